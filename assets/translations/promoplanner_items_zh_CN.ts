<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: name, barcode, spec, notes</source>
        <translation>筛选：品名、条码、规格、备注</translation>
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
        <translation>新行：填写 %1 后即可保存。</translation>
    </message>
    <message>
        <source>Carried over from the earlier campaign: check it, then confirm it (right-click → Confirm carried items).</source>
        <translation>从往期促销计划带入：请核对后确认（右键 → 确认带入的商品）。</translation>
    </message>
</context>
<context>
    <name>ItemConflicts</name>
    <message>
        <source>Changed by %1 at %2: %3; yours %4.</source>
        <translation>已被%1于 %2 修改为：%3；您的是 %4。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Save your value over your colleague&apos;s (in the history).</source>
        <translation>用您的值覆盖同事的值（记入历史）。</translation>
    </message>
    <message>
        <source>Drop your value; your colleague&apos;s stays.</source>
        <translation>放弃您的值，保留同事的值。</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile. %2</source>
        <translation>%1 在此期间已被他人修改。%2</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>No cell here was changed by somebody else meanwhile.</source>
        <translation>这里没有在此期间被他人修改的单元格。</translation>
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
        <translation>%1 个商品，未设配额</translation>
    </message>
    <message>
        <source>%1 of %2–%3 items</source>
        <translation>%1 个商品（配额 %2–%3）</translation>
    </message>
    <message>
        <source>sensitive %1 of ≥ %2</source>
        <translation>敏感商品 %1 个（至少 %2）</translation>
    </message>
    <message>
        <source>No buyer deadline set</source>
        <translation>未设采购截止时间</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>截止 %1：%2</translation>
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
        <source>Pasted row %1</source>
        <translation>粘贴的第 %1 行</translation>
    </message>
    <message>
        <source>… and %1 more refused rows.</source>
        <translation>……另有 %1 行被拒绝。</translation>
    </message>
    <message>
        <source>Nothing of this paste was saved.</source>
        <translation>本次粘贴的内容均未保存。</translation>
    </message>
    <message>
        <source>Columns not known, left out: %1.</source>
        <translation>无法识别的列已忽略：%1。</translation>
    </message>
    <message>
        <source>Rows changed: %1.</source>
        <translation>已修改 %1 行。</translation>
    </message>
    <message>
        <source>Pasted row %1 falls below the last item; nothing was pasted.</source>
        <translation>粘贴的第 %1 行超出了最后一个商品，未粘贴任何内容。</translation>
    </message>
    <message>
        <source>These rows have no floor. Choose a floor in the Floor filter above, or include a Floor column in the copied rows. Nothing of this paste was saved.</source>
        <translation>这些行没有楼层。请在上方的“楼层”筛选中选择一个楼层，或在复制的内容中包含“楼层”列。本次粘贴的内容均未保存。</translation>
    </message>
    <message>
        <source>Rows added: %1.</source>
        <translation>已添加 %1 行。</translation>
    </message>
    <message>
        <source>Discard refused entries</source>
        <translation>放弃未保存的输入</translation>
    </message>
    <message>
        <source>Add row (Ins)</source>
        <translation>添加行（Ins）</translation>
    </message>
    <message>
        <source>Remove rows (Ctrl+-)</source>
        <translation>删除行（Ctrl+-）</translation>
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
        <source>Space ticks or unticks %1.</source>
        <translation>按空格键勾选或取消“%1”。</translation>
    </message>
    <message>
        <source>%1 is filled in by the program.</source>
        <translation>“%1”由程序填写。</translation>
    </message>
    <message>
        <source>Insert a new row</source>
        <translation>插入新行</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>Remove rows…</source>
        <translation>删除行…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste over cells</source>
        <translation>粘贴覆盖单元格</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Confirm carried items</source>
        <translation>确认带入的商品</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Read-only (grey rows): %1</source>
        <translation>只读（灰色行）：%1</translation>
    </message>
    <message>
        <source>%1 items shown</source>
        <translation>显示 %1 个商品</translation>
    </message>
    <message>
        <source>New row, %2:</source>
        <translation>新行，%2：</translation>
    </message>
    <message>
        <source>Row %1, %2:</source>
        <translation>第 %1 行，%2：</translation>
    </message>
    <message numerus="yes">
        <source>%n carried item(s) confirmed.</source>
        <translation>
            <numerusform>已确认 %n 个带入的商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the cursor on a saved item to see its history.</source>
        <translation>请把光标放在已保存的商品上查看其历史。</translation>
    </message>
    <message>
        <source>Type special-price items straight into the grid; each change is saved when you leave the cell (Tab goes right, Enter goes down), and a row you type in stays where it is until you leave it. Insert adds a row, Delete clears the selected cells, Ctrl+- removes the selected rows, Ctrl+V pastes over cells, Ctrl+Shift+V pastes rows copied from Excel or WPS as new items (a header row names the columns; columns it does not know are left out), Ctrl+Z and Ctrl+Shift+Z undo and redo, Esc drops a refused entry, Ctrl+H shows an item&apos;s history. A red cell was refused (the reason is under the table); an amber cell was changed by a colleague meanwhile (Keep mine or Take theirs, under the table or on the right-click menu); a yellow row has a rule finding; grey rows are not yours or their deadline has passed. The counters show each floor against its quota and the time left to the deadline.</source>
        <translation>直接在表格中录入特价商品；离开单元格即保存（Tab 向右，Enter 向下），正在录入的行在离开之前不会移动位置。Insert 添加一行，Delete 清除所选单元格，Ctrl+- 删除所选行，Ctrl+V 粘贴覆盖单元格，Ctrl+Shift+V 把从 Excel 或 WPS 复制的行粘贴为新商品（表头行标明各列；无法识别的列会被忽略），Ctrl+Z 和 Ctrl+Shift+Z 撤销和重做，Esc 放弃被拒绝的输入，Ctrl+H 查看商品的历史。红色单元格表示输入被拒绝（原因见表格下方）；橙色单元格表示在此期间已被同事修改（可在表格下方或右键菜单中选择“保留我的”或“采用对方的”）；黄色行有规则提示；灰色行不属于您或已过截止时间。计数器显示各楼层与配额的对比及距截止的剩余时间。</translation>
    </message>
    <message>
        <source>New row “%1”</source>
        <translation>新行“%1”</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>新行</translation>
    </message>
    <message>
        <source>to fill in: %1</source>
        <translation>待填写：%1</translation>
    </message>
    <message>
        <source>Remove %1 rows from the flyer? Ctrl+Z puts them back.</source>
        <translation>从海报中删除 %1 行吗？按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>New rows not saved yet are gone for good.</source>
        <translation>尚未保存的新行将彻底丢弃。</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>%1 cannot be left empty, so those cells keep their values; Ctrl+- removes whole rows.</source>
        <translation>%1 不能为空，已保留原值；要删除整行请按 Ctrl+-。</translation>
    </message>
    <message>
        <source>Nothing was cleared.</source>
        <translation>未清除任何内容。</translation>
    </message>
    <message>
        <source>“%1”, %2: “%3” was refused</source>
        <translation>“%1”的%2：“%3”被拒绝</translation>
    </message>
</context>
</TS>
