<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckResults</name>
    <message>
        <source>Empty box: not checked yet · green ✓: yes · red ✗: no. Click the box or press Space to change it.</source>
        <translation>空框：尚未检查 · 绿色 ✓：是 · 红色 ✗：否。点击方框或按空格键更改。</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CheckSheetTableModel</name>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Barcode / PLU</source>
        <translation>条码 / PLU</translation>
    </message>
    <message>
        <source>Planned position</source>
        <translation>计划陈列位置</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>到位</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Who fixes</source>
        <translation>整改人</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>full</source>
        <translation>充足</translation>
    </message>
    <message>
        <source>low</source>
        <translation>偏少</translation>
    </message>
    <message>
        <source>out, card up</source>
        <translation>缺货（已挂缺货牌）</translation>
    </message>
    <message>
        <source>out, no card</source>
        <translation>缺货（未挂缺货牌）</translation>
    </message>
    <message>
        <source>not at its planned position</source>
        <translation>未在计划位置陈列</translation>
    </message>
    <message>
        <source>price tag differs from the flyer</source>
        <translation>价签与海报价不符</translation>
    </message>
    <message>
        <source>POP card missing</source>
        <translation>缺少 POP 牌</translation>
    </message>
    <message>
        <source>out without the card</source>
        <translation>缺货且未挂牌</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>早检</translation>
    </message>
    <message>
        <source>midday</source>
        <translation>午检</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>晚检</translation>
    </message>
    <message>
        <source>(%1 checks)</source>
        <translation>（共 %1 次检查）</translation>
    </message>
    <message>
        <source>Price tag right</source>
        <translation>价签正确</translation>
    </message>
</context>
<context>
    <name>DailyChecksScreen</name>
    <message>
        <source>Print sheet…</source>
        <translation>打印检查表…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>No special-price item is on sale on this day.</source>
        <translation>这一天没有在促销期内的特价商品。</translation>
    </message>
    <message>
        <source>Only items with an open fix task</source>
        <translation>只看有未完成整改任务的商品</translation>
    </message>
    <message>
        <source>Walking order…</source>
        <translation>巡查顺序…</translation>
    </message>
    <message>
        <source>Scan a barcode or a scale label (or type a barcode or PLU and press Enter)</source>
        <translation>扫描条码或秤签（或输入条码、PLU 后按回车）</translation>
    </message>
    <message>
        <source>All right ✓</source>
        <translation>全部合格 ✓</translation>
    </message>
    <message>
        <source>Record the selected item as right (Ctrl+Enter)</source>
        <translation>将所选商品记录为合格（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Re-checked: right now</source>
        <translation>复查：现已合格</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Who fixes</source>
        <translation>整改人</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现于</translation>
    </message>
    <message>
        <source>Click a box or press Space; a complete line is recorded at once.</source>
        <translation>点击方框或按空格键；一行填写完整即自动记录。</translation>
    </message>
    <message>
        <source>%1 items · %2 checked · %3 entries not recorded yet</source>
        <translation>共 %1 个商品 · 已检查 %2 个 · %3 行尚未记录</translation>
    </message>
    <message>
        <source>Pass rate %1: %2</source>
        <translation>%1 合格率：%2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open fix tasks: %1 (%2 overdue)</source>
        <translation>未完成整改任务：%1 项（已逾期 %2 项）</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Recorded: %1 — all right.</source>
        <translation>已记录：%1 — 全部合格。</translation>
    </message>
    <message>
        <source>Re-checked: %1 is right; its task is done.</source>
        <translation>已复查：%1 合格，整改任务完成。</translation>
    </message>
    <message>
        <source>Found: %1 — enter what you see, or All right ✓.</source>
        <translation>找到：%1 — 请填写检查结果，或点击“全部合格 ✓”。</translation>
    </message>
    <message>
        <source>Save the display check sheet</source>
        <translation>保存陈列检查表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was not saved: %1</source>
        <translation>检查表未保存：%1</translation>
    </message>
    <message>
        <source>Choose the day, the floor and the round, then scan an item&apos;s barcode or scale label (or type its barcode or PLU) to find it, then click Placed, Price tag and POP and choose the stock; All right ✓ (Ctrl+Enter) records a right item at once. For anything wrong write the problem, who fixes it and by when (HH:MM is today): the check is recorded when the line is complete, and the task stays in the list below until a re-check finds the item right. Overdue tasks are red.</source>
        <translation>选择日期、楼层和检查班次，然后扫描商品条码或秤签（或输入条码、PLU）找到商品，再点击“到位”“价签正确”“POP”并选择库存；“全部合格 ✓”（Ctrl+Enter）可一次记录合格商品。不合格的请填写问题、整改人和整改期限（只填 HH:MM 即为当天）：一行填写完整即记录，整改任务会留在下方列表中，直到复查合格。逾期任务以红色显示。</translation>
    </message>
</context>
<context>
    <name>WalkOrderDialog</name>
    <message>
        <source>Walking order</source>
        <translation>巡查顺序</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>The department walked first is at the top.</source>
        <translation>最先巡查的部门排在最上面。</translation>
    </message>
</context>
</TS>
