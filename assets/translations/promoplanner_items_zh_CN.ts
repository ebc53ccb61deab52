<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckResults</name>
    <message>
        <source>Empty box: not checked yet · green ✓: yes · red ✗: no. Click the box or press Space to change it.</source>
        <translation>空框:尚未检查 · 绿色 ✓:是 · 红色 ✗:否。点击方框或按空格键更改。</translation>
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
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Promotion price</source>
        <translation>特价</translation>
    </message>
    <message>
        <source>Display / zone</source>
        <translation>陈列 / 陈列区</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日检查</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Golden position</source>
        <translation>黄金位置</translation>
    </message>
    <message>
        <source>Price tag right</source>
        <translation>价签正确</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>未到货</translation>
    </message>
    <message>
        <source>not at golden position</source>
        <translation>未在黄金位置</translation>
    </message>
    <message>
        <source>price tag wrong</source>
        <translation>价签错误</translation>
    </message>
    <message>
        <source>✓ all right</source>
        <translation>✓ 全部合格</translation>
    </message>
</context>
<context>
    <name>DailyChecksScreen</name>
    <message>
        <source>Name of the person checking</source>
        <translation>检查人姓名</translation>
    </message>
    <message>
        <source>Only items that failed yesterday</source>
        <translation>只看昨日不合格的商品</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>打印检查表…</translation>
    </message>
    <message>
        <source>Scan a barcode (or type it and press Enter)</source>
        <translation>扫描条码(或输入条码后按回车)</translation>
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
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Click the box or press Space to change a result.</source>
        <translation>点击方框或按空格键更改结果。</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>%1 items · %2 checked · %3 failed today · %4 failed yesterday</source>
        <translation>共 %1 个商品 · 已检查 %2 个 · 今日不合格 %3 个 · 昨日不合格 %4 个</translation>
    </message>
    <message>
        <source>No special-price item is on sale on this day.</source>
        <translation>这一天没有在促销期内的特价商品。</translation>
    </message>
    <message>
        <source>%1 is not on this day&apos;s list!</source>
        <translation>%1 不在今天的检查清单上!</translation>
    </message>
    <message>
        <source>It is on the %1 list.</source>
        <translation>它在 %1 的清单上。</translation>
    </message>
    <message>
        <source>Seen: %1 — marked arrived.</source>
        <translation>已扫到:%1 — 已记为到货。</translation>
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
        <translation>检查表未保存:%1</translation>
    </message>
    <message>
        <source>Choose the day and the floor: the list is the printed sheet. Type your name as checker, then scan each item&apos;s barcode (or type it and press Enter) to mark it arrived; a code not on the day&apos;s list turns the banner red. Click a result box or press Space to switch it between yes and no, and write what is wrong in the note. Items that failed yesterday are marked; Print sheet makes the PDF for the walk.</source>
        <translation>选择日期和楼层:列表与打印的检查表一致。先填写检查人姓名,然后逐个扫描商品条码(或输入条码后按回车)标记为已到货;不在当天清单上的条码会使提示条变红。点击结果方框或按空格键在“是”和“否”之间切换,并在备注中写明问题。昨日不合格的商品会有标记;“打印检查表”生成巡检用的 PDF。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: name, barcode, spec, notes</source>
        <translation>筛选:品名、条码、规格、备注</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation>全部采购</translation>
    </message>
</context>
<context>
    <name>ItemColumns</name>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Regular price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Promotion price</source>
        <translation>特价</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>降幅</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格带</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感商品</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>陈列方式</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Pile display</source>
        <translation>堆头</translation>
    </message>
    <message>
        <source>End rack</source>
        <translation>端架</translation>
    </message>
    <message>
        <source>Cross display</source>
        <translation>关联陈列</translation>
    </message>
    <message>
        <source>Choose a product photo</source>
        <translation>选择商品图片</translation>
    </message>
    <message>
        <source>Product photo</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>New row: fill in %1 to save it.</source>
        <translation>新行:填写 %1 后即可保存。</translation>
    </message>
</context>
<context>
    <name>ItemCounters</name>
    <message>
        <source>passed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <source>%1 d %2 h left</source>
        <translation>还剩 %1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>还剩 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 items, no quota</source>
        <translation>%1 个商品,未设配额</translation>
    </message>
    <message>
        <source>%1 of %2–%3 items</source>
        <translation>%1 个商品(配额 %2–%3)</translation>
    </message>
    <message>
        <source>sensitive %1 of ≥ %2</source>
        <translation>敏感商品 %1 个(至少 %2)</translation>
    </message>
    <message>
        <source>No buyer deadline set</source>
        <translation>未设采购截止时间</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>截止 %1:%2</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>edit items</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <source>add items</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>delete items</source>
        <translation>删除商品</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message>
        <source>Discard refused entries</source>
        <translation>放弃未保存的输入</translation>
    </message>
    <message>
        <source>Add row (Ins)</source>
        <translation>添加行 (Ins)</translation>
    </message>
    <message>
        <source>Delete rows (Del)</source>
        <translation>删除行 (Del)</translation>
    </message>
    <message>
        <source>Paste as new rows</source>
        <translation>粘贴为新行</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Read-only (grey rows): %1</source>
        <translation>只读(灰色行):%1</translation>
    </message>
    <message>
        <source>%1 items shown</source>
        <translation>显示 %1 个商品</translation>
    </message>
    <message>
        <source>New row, %2:</source>
        <translation>新行,%2:</translation>
    </message>
    <message>
        <source>Row %1, %2:</source>
        <translation>第 %1 行,%2:</translation>
    </message>
    <message>
        <source>Type special-price items straight into the grid; each change is saved when you leave the cell. Insert adds a row, Delete removes the selected rows, Ctrl+V pastes over cells, Ctrl+Shift+V pastes rows copied from Excel or WPS as new items, Ctrl+Z and Ctrl+Shift+Z undo and redo, Esc drops a refused entry. A red cell was refused (the reason is under the table); a yellow row has a rule finding; grey rows are not yours or their deadline has passed. The counters show each floor against its quota and the time left to the deadline.</source>
        <translation>直接在表格中录入特价商品,离开单元格即保存。Insert 新增一行,Delete 删除所选行,Ctrl+V 粘贴覆盖单元格,Ctrl+Shift+V 将从 Excel 或 WPS 复制的多行粘贴为新商品,Ctrl+Z 和 Ctrl+Shift+Z 撤销与重做,Esc 放弃被拒绝的输入。红色单元格表示输入被拒绝(原因显示在表格下方);黄色行有规则检查问题;灰色行不属于您或已过截止时间。计数器显示各楼层商品数与配额及距截止的剩余时间。</translation>
    </message>
    <message>
        <source>Rows added: %1.</source>
        <translation>已添加 %1 行。</translation>
    </message>
    <message>
        <source>Rows changed: %1.</source>
        <translation>已修改 %1 行。</translation>
    </message>
    <message>
        <source>… and %1 more refused rows.</source>
        <translation>……另有 %1 行被拒绝。</translation>
    </message>
    <message>
        <source>Pasted row %1 falls below the last item; nothing was pasted.</source>
        <translation>粘贴的第 %1 行超出了最后一个商品,未粘贴任何内容。</translation>
    </message>
    <message>
        <source>These rows have no floor. Choose a floor in the Floor filter above, or include a Floor column in the copied rows. Nothing of this paste was saved.</source>
        <translation>这些行没有楼层。请在上方的“楼层”筛选中选择一个楼层,或在复制的内容中包含“楼层”列。本次粘贴的内容均未保存。</translation>
    </message>
    <message>
        <source>Pasted row %1</source>
        <translation>粘贴的第 %1 行</translation>
    </message>
    <message>
        <source>Nothing of this paste was saved.</source>
        <translation>本次粘贴的内容均未保存。</translation>
    </message>
</context>
</TS>
