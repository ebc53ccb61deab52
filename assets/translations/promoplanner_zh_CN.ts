<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Mass display (pile)</source>
        <translation>大量陈列（堆头）</translation>
    </message>
    <message>
        <source>End-cap display</source>
        <translation>端头陈列</translation>
    </message>
    <message>
        <source>Cross-merchandising</source>
        <translation>关联陈列</translation>
    </message>
    <message>
        <source>Regular shelf</source>
        <translation>普通货架</translation>
    </message>
    <message>
        <source>Spend and join an event</source>
        <translation>满额参加活动</translation>
    </message>
    <message>
        <source>Gift for a small add-on price</source>
        <translation>加价换购赠品</translation>
    </message>
    <message>
        <source>Tasting</source>
        <translation>试吃试饮</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节庆活动</translation>
    </message>
    <message>
        <source>Special price and tasting</source>
        <translation>特价品尝区</translation>
    </message>
    <message>
        <source>Seasonal display</source>
        <translation>季节商品陈列</translation>
    </message>
    <message>
        <source>Holiday counter</source>
        <translation>节日专柜</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Planning department</source>
        <translation>企划部</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Floor manager</source>
        <translation>卖场管理部</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>促销计划</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>陈列区</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <source>passed %1 ago</source>
        <translation>已过 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <source>nobody signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>planning department</source>
        <translation>企划部</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>floor manager</source>
        <translation>卖场管理部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Clock stands still at %1 (--now)</source>
        <translation>时钟停在 %1（--now）</translation>
    </message>
    <message>
        <source>The program was started with a fixed time: countdowns and the passing of deadlines do not move. Start it without --now (and without PROMOPLANNER_NOW) to follow the computer&apos;s clock.</source>
        <translation>程序以固定时间启动：倒计时不走，截止时间也不会到来。启动时不加 --now（也不设 PROMOPLANNER_NOW），即按电脑时钟运行。</translation>
    </message>
    <message>
        <source>No deadline ahead</source>
        <translation>没有即将到来的截止时间</translation>
    </message>
    <message>
        <source>Next deadline: %1 (%2)</source>
        <translation>下一个截止时间：%1（%2）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>promoplanner — promotion planning</source>
        <translation>promoplanner — 促销企划</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <source>Save your changes before going to “%1”?</source>
        <translation>转到“%1”之前保存修改吗？</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Save your changes before somebody else signs in?</source>
        <translation>换人登录前要保存您的修改吗？</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>促销计划</translation>
    </message>
    <message>
        <source>Campaign: </source>
        <translation>促销计划：</translation>
    </message>
    <message>
        <source>Save your changes before closing promoplanner?</source>
        <translation>关闭 promoplanner 之前保存修改吗？</translation>
    </message>
    <message>
        <source>Waiting for somebody to sign in…</source>
        <translation>等待登录……</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Nothing to do here for this command.</source>
        <translation>此命令在当前页面无可执行的操作。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Set &amp;up this store…</source>
        <translation>设置本门店(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>变更记录(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The store is set up already; change it on the Store screen.</source>
        <translation>门店已设置；请在“门店”页面修改。</translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation>导入商品(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport items…</source>
        <translation>导出商品(&amp;X)…</translation>
    </message>
    <message>
        <source>Blank &amp;template…</source>
        <translation>空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>promoplanner databases (*.sqlite *.db);;All files (*)</source>
        <translation>promoplanner 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Ctrl+1…9 switch screens. Ctrl+N new, Ctrl+S save, Ctrl+F find, Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+P print, Ctrl+O open another database.
A value the program refuses stays in its field, marked in red with the reason beside it, until you correct it or press Discard.</source>
        <translation>Ctrl+1…9 切换页面。Ctrl+N 新建，Ctrl+S 保存，Ctrl+F 查找，Ctrl+Z 撤销，Ctrl+Shift+Z 重做，Ctrl+P 打印，Ctrl+O 打开其他数据库。
程序拒绝的值会留在输入框中，以红色标出并在旁边说明原因，直到您改正或点“放弃”。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>There is no database at %1. Make a new one there?</source>
        <translation>%1 处没有数据库。要在那里新建一个吗？</translation>
    </message>
    <message>
        <source>%1 is an empty file; it holds nothing. Make a new database in it?</source>
        <translation>%1 是空文件，其中没有任何内容。要在其中新建数据库吗？</translation>
    </message>
</context>
<context>
    <name>PhasePickerWidget</name>
    <message>
        <source>Phase %1: %2</source>
        <translation>第%1阶段：%2</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Phases &amp; quotas</source>
        <translation>阶段与配额</translation>
    </message>
    <message>
        <source>Flyer items</source>
        <translation>海报商品</translation>
    </message>
    <message>
        <source>Activities &amp; zones</source>
        <translation>活动与陈列区</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>Daily checks</source>
        <translation>每日检查</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>This screen is not part of this version yet.</source>
        <translation>本版本尚未包含此页面。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the program.</source>
        <translation>新的语言在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>WanEdit</name>
    <message>
        <source>“%1” is not an amount in 10,000 yuan; write it like 120 or 85.5.</source>
        <translation>“%1”不是以万元计的金额，请按 120 或 85.5 这样填写。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>销售目标不能为负数。</translation>
    </message>
    <message>
        <source>Too large: at most %1 (10,000 yuan), that is %2.</source>
        <translation>过大：最多 %1 万元，即 %2。</translation>
    </message>
    <message>
        <source>“%1”: amounts in 10,000 yuan take at most six decimals (down to the fen).</source>
        <translation>“%1”：万元最多六位小数（精确到分）。</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>例如 120</translation>
    </message>
</context>
<context>
    <name>WindowKeeper</name>
    <message>
        <source>Save your changes before opening another database?</source>
        <translation>打开其他数据库之前保存修改吗？</translation>
    </message>
</context>
</TS>
