<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckResults</name>
    <message>
        <location filename="../../promoplanner/ui/checks/results.py" line="21" />
        <source>Empty box: not checked yet · green ✓: yes · red ✗: no. Click the box or press Space to change it.</source>
        <translation>空框:尚未检查 · 绿色 ✓:是 · 红色 ✗:否。点击方框或按空格键更改。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/results.py" line="31" />
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/results.py" line="32" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/results.py" line="32" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CheckSheetTableModel</name>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="44" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="45" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="46" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="47" />
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="48" />
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="49" />
        <source>Promotion price</source>
        <translation>特价</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="50" />
        <source>Display / zone</source>
        <translation>陈列 / 陈列区</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="51" />
        <source>Yesterday</source>
        <translation>昨日检查</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="52" />
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="53" />
        <source>Golden position</source>
        <translation>黄金位置</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="54" />
        <source>Price tag right</source>
        <translation>价签正确</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="55" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="56" />
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="65" />
        <source>not arrived</source>
        <translation>未到货</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="66" />
        <source>not at golden position</source>
        <translation>未在黄金位置</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="67" />
        <source>price tag wrong</source>
        <translation>价签错误</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/model.py" line="201" />
        <source>✓ all right</source>
        <translation>✓ 全部合格</translation>
    </message>
</context>
<context>
    <name>DailyChecksScreen</name>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="67" />
        <source>Name of the person checking</source>
        <translation>检查人姓名</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="68" />
        <source>Only items that failed yesterday</source>
        <translation>只看昨日不合格的商品</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="69" />
        <source>Print sheet…</source>
        <translation>打印检查表…</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="72" />
        <source>Scan a barcode (or type it and press Enter)</source>
        <translation>扫描条码(或输入条码后按回车)</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="96" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="97" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="98" />
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="108" />
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="150" />
        <source>Click the box or press Space to change a result.</source>
        <translation>点击方框或按空格键更改结果。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="176" />
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="214" />
        <source>%1 items · %2 checked · %3 failed today · %4 failed yesterday</source>
        <translation>共 %1 个商品 · 已检查 %2 个 · 今日不合格 %3 个 · 昨日不合格 %4 个</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="220" />
        <source>No special-price item is on sale on this day.</source>
        <translation>这一天没有在促销期内的特价商品。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="265" />
        <source>%1 is not on this day's list!</source>
        <translation>%1 不在今天的检查清单上!</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="267" />
        <source>It is on the %1 list.</source>
        <translation>它在 %1 的清单上。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="281" />
        <source>Seen: %1 — marked arrived.</source>
        <translation>已扫到:%1 — 已记为到货。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="328" />
        <source>Save the display check sheet</source>
        <translation>保存陈列检查表</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="328" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/checks/screen.py" line="349" />
        <source>The sheet was not saved: %1</source>
        <translation>检查表未保存:%1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../promoplanner/ui/items/toolbar.py" line="40" />
        <source>Filter: name, barcode, spec, notes</source>
        <translation>筛选:品名、条码、规格、备注</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/toolbar.py" line="47" />
        <source>Phase</source>
        <translation>档期</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/toolbar.py" line="48" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/toolbar.py" line="49" />
        <source>Buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/toolbar.py" line="80" />
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/toolbar.py" line="83" />
        <source>All buyers</source>
        <translation>全部采购</translation>
    </message>
</context>
<context>
    <name>ItemColumns</name>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="67" />
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="68" />
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="69" />
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="70" />
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="71" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="72" />
        <source>Regular price</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="73" />
        <source>Promotion price</source>
        <translation>特价</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="74" />
        <source>Off</source>
        <translation>降幅</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="75" />
        <source>Tier</source>
        <translation>价格带</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="76" />
        <source>Sensitive</source>
        <translation>敏感商品</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="77" />
        <source>Display</source>
        <translation>陈列方式</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="78" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="79" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="80" />
        <source>Buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="81" />
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="82" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="90" />
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="91" />
        <source>Pile display</source>
        <translation>堆头</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="92" />
        <source>End rack</source>
        <translation>端架</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/columns.py" line="93" />
        <source>Cross display</source>
        <translation>关联陈列</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/delegates.py" line="91" />
        <source>Choose a product photo</source>
        <translation>选择商品图片</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/delegates.py" line="120" />
        <source>Product photo</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/delegates.py" line="122" />
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/model.py" line="272" />
        <source>New row: fill in %1 to save it.</source>
        <translation>新行:填写 %1 后即可保存。</translation>
    </message>
</context>
<context>
    <name>ItemCounters</name>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="21" />
        <source>passed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="28" />
        <source>%1 d %2 h left</source>
        <translation>还剩 %1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="33" />
        <source>%1 h %2 min left</source>
        <translation>还剩 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="80" />
        <source>%1 items, no quota</source>
        <translation>%1 个商品,未设配额</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="86" />
        <source>%1 of %2–%3 items</source>
        <translation>%1 个商品(配额 %2–%3)</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="95" />
        <source>sensitive %1 of ≥ %2</source>
        <translation>敏感商品 %1 个(至少 %2)</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="107" />
        <source>No buyer deadline set</source>
        <translation>未设采购截止时间</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/counters.py" line="113" />
        <source>Deadline %1: %2</source>
        <translation>截止 %1:%2</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../promoplanner/ui/items/commands.py" line="123" />
        <source>edit items</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/commands.py" line="142" />
        <source>add items</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/commands.py" line="160" />
        <source>delete items</source>
        <translation>删除商品</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="45" />
        <source>Discard refused entries</source>
        <translation>放弃未保存的输入</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="75" />
        <source>Add row (Ins)</source>
        <translation>添加行 (Ins)</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="76" />
        <source>Delete rows (Del)</source>
        <translation>删除行 (Del)</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="77" />
        <source>Paste as new rows</source>
        <translation>粘贴为新行</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="78" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="79" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="179" />
        <source>Read-only (grey rows): %1</source>
        <translation>只读(灰色行):%1</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="195" />
        <source>%1 items shown</source>
        <translation>显示 %1 个商品</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="217" />
        <source>New row, %2:</source>
        <translation>新行,%2:</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/screen.py" line="219" />
        <source>Row %1, %2:</source>
        <translation>第 %1 行,%2:</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/clipboard.py" line="98" />
        <source>Rows added: %1.</source>
        <translation>已添加 %1 行。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/clipboard.py" line="65" />
        <source>Rows changed: %1.</source>
        <translation>已修改 %1 行。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/clipboard.py" line="31" />
        <source>… and %1 more refused rows.</source>
        <translation>……另有 %1 行被拒绝。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/clipboard.py" line="69" />
        <source>Pasted row %1 falls below the last item; nothing was pasted.</source>
        <translation>粘贴的第 %1 行超出了最后一个商品,未粘贴任何内容。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/clipboard.py" line="88" />
        <source>These rows have no floor. Choose a floor in the Floor filter above, or include a Floor column in the copied rows. Nothing of this paste was saved.</source>
        <translation>这些行没有楼层。请在上方的“楼层”筛选中选择一个楼层,或在复制的内容中包含“楼层”列。本次粘贴的内容均未保存。</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/clipboard.py" line="24" />
        <source>Pasted row %1</source>
        <translation>粘贴的第 %1 行</translation>
    </message>
    <message>
        <location filename="../../promoplanner/ui/items/clipboard.py" line="33" />
        <source>Nothing of this paste was saved.</source>
        <translation>本次粘贴的内容均未保存。</translation>
    </message>
</context>
</TS>