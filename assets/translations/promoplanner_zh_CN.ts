<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityFormWidget</name>
    <message>
        <source>Kind:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期:</translation>
    </message>
    <message>
        <source>Receipt of at least (yuan):</source>
        <translation>单张小票满(元):</translation>
    </message>
    <message>
        <source>Add-on price (yuan):</source>
        <translation>加价(元):</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>赠品:</translation>
    </message>
    <message>
        <source>Gifts in stock:</source>
        <translation>赠品库存:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点:</translation>
    </message>
    <message>
        <source>Rules shown to customers:</source>
        <translation>向顾客公示的规则:</translation>
    </message>
</context>
<context>
    <name>CampaignFormWidget</name>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题:</translation>
    </message>
    <message>
        <source>Sales target (万元):</source>
        <translation>计划完成(万元):</translation>
    </message>
    <message>
        <source>Stretch target (万元):</source>
        <translation>力争完成(万元):</translation>
    </message>
    <message>
        <source>In 万元, ten thousands of yuan: 120 means ¥1,200,000.</source>
        <translation>单位万元:120 即 ¥1,200,000。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>保存促销活动</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>金额过大:最多 %1。</translation>
    </message>
</context>
<context>
    <name>ContestScreen</name>
    <message>
        <source>Name:</source>
        <translation>姓名:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>1st place:</source>
        <translation>第一名:</translation>
    </message>
    <message>
        <source>2nd place:</source>
        <translation>第二名:</translation>
    </message>
    <message>
        <source>3rd place:</source>
        <translation>第三名:</translation>
    </message>
    <message>
        <source>e.g. a case of beer</source>
        <translation>例如:啤酒一箱</translation>
    </message>
    <message>
        <source>Save prizes</source>
        <translation>保存奖品</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>奖品</translation>
    </message>
    <message>
        <source>Register an entrant</source>
        <translation>登记参赛者</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>所需准备</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>比赛:</translation>
    </message>
    <message>
        <source>This campaign has no contest.</source>
        <translation>本次活动没有比赛。</translation>
    </message>
    <message>
        <source>Contest day %1 at %2; registration from %3. Groups of %4, %5 cans for every entrant.</source>
        <translation>比赛日 %1,地点 %2;%3 起报名。每组 %4 人,每位参赛者送啤酒 %5 听。</translation>
    </message>
    <message>
        <source>Entrants: %1</source>
        <translation>参赛人数:%1</translation>
    </message>
    <message>
        <source>Cans of beer to have ready: %1</source>
        <translation>需备啤酒:%1 听</translation>
    </message>
    <message>
        <source>Heats: nobody registered yet.</source>
        <translation>分组:尚无人报名。</translation>
    </message>
    <message>
        <source>First round: %1 groups (%2); %3 rounds including the final.</source>
        <translation>第一轮:%1 组(%2);含决赛共 %3 轮。</translation>
    </message>
    <message>
        <source>Register entrants of the beer-drinking contest from the day registration opens until contest day. Type a name (and phone) and press Enter; select somebody and press Delete to remove them. Each entrant receives the cans shown; the heats are groups of four, the fastest of each going through. Type the prizes of places 1, 2 and 3 and press Save prizes.</source>
        <translation>从报名开始日到比赛日登记喝啤酒比赛的参赛者。输入姓名(和电话)后按回车;选中某人后按 Delete 删除。每位参赛者领取所示数量的啤酒;每组四人,各组最快者晋级。填写第一、二、三名的奖品后按“保存奖品”。</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>No campaign yet. Load the demo with “promoplanner demo”.</source>
        <translation>还没有促销活动。可用“promoplanner demo”载入演示数据。</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>所有规则均已满足。</translation>
    </message>
    <message>
        <source>%1 findings — double-click one to open what it concerns.</source>
        <translation>%1 条检查结果——双击可打开相关对象。</translation>
    </message>
    <message>
        <source>June sales target not set yet (Phases &amp; quotas).</source>
        <translation>尚未填写六月销售计划(见“阶段与配额”)。</translation>
    </message>
    <message>
        <source>%1 万元 (%2)</source>
        <translation>%1 万元(%2)</translation>
    </message>
    <message>
        <source>Sales target: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Stretch target: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>计划完成:&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;力争完成:&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The dashboard shows the campaign month with holidays, phases, deadlines and events, each floor&apos;s items against its quota, the countdown to each buyers&apos; deadline and the rule findings. Double-click a finding to open what it concerns.</source>
        <translation>总览显示活动月份的节日、阶段、截止时间和活动,各楼层商品数与配额的对比,采购截止倒计时以及规则检查结果。双击一条结果即可打开相关对象。</translation>
    </message>
</context>
<context>
    <name>DeadlinesWidget</name>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Assessment (yuan)</source>
        <translation>考核(元)</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止时间:</translation>
    </message>
    <message>
        <source>What is due:</source>
        <translation>需提交内容:</translation>
    </message>
    <message>
        <source>Assessment if late (yuan):</source>
        <translation>逾期考核(元):</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新建截止时间</translation>
    </message>
    <message>
        <source>Save deadline</source>
        <translation>保存截止时间</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>On or after the phase&apos;s first day (%1): allowed, but the flyer is printed by then.</source>
        <translation>在本阶段首日(%1)或之后:可以保存,但届时海报已经印好。</translation>
    </message>
</context>
<context>
    <name>DocumentChoicesWidget</name>
    <message>
        <source>Count as the next proof round</source>
        <translation>记为下一轮校样</translation>
    </message>
    <message>
        <source>Draft — only the planning department numbers proof rounds.</source>
        <translation>草稿——只有企划部才能编号校样轮次。</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段:</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>采购:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>楼层:</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>比赛:</translation>
    </message>
    <message>
        <source>Every buyer</source>
        <translation>全部采购</translation>
    </message>
    <message>
        <source>Every floor</source>
        <translation>全部楼层</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>DM flyer proof</source>
        <translation>DM 海报校样</translation>
    </message>
    <message>
        <source>The phase&apos;s flyer laid out for the buyers to check and sign (one proof round).</source>
        <translation>排好版的本阶段海报,供采购核对签字(一轮校样)。</translation>
    </message>
    <message>
        <source>Buyer checklist</source>
        <translation>采购核对清单</translation>
    </message>
    <message>
        <source>Each buyer&apos;s items, quota and deadline, to hand out and sign.</source>
        <translation>每位采购的商品、配额和截止时间,分发签字用。</translation>
    </message>
    <message>
        <source>Daily display check</source>
        <translation>每日陈列检查</translation>
    </message>
    <message>
        <source>The sheet a floor&apos;s checker takes round: arrived, golden position, price tag.</source>
        <translation>楼层检查人巡场用表:是否到货、是否在黄金位置、价签是否正确。</translation>
    </message>
    <message>
        <source>Display check pack of a phase</source>
        <translation>阶段陈列检查合订本</translation>
    </message>
    <message>
        <source>Every day&apos;s display check sheets of a phase, for printing in one go.</source>
        <translation>本阶段每天的陈列检查表,一次打印。</translation>
    </message>
    <message>
        <source>Contest sheet</source>
        <translation>比赛表</translation>
    </message>
    <message>
        <source>Registration list and heats of the beer-drinking contest.</source>
        <translation>喝啤酒比赛的报名名单和分组。</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <source>The month with holidays, phases, deadlines and events, for the notice board.</source>
        <translation>含节日、阶段、截止时间和活动的月历,张贴公告栏用。</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>无法生成文档:%1</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Make document</source>
        <translation>生成文档</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
        <source>&lt;b&gt;Document&lt;/b&gt;</source>
        <translation>&lt;b&gt;文档&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This document is not part of this version of the program yet.</source>
        <translation>本版本程序尚未包含此文档。</translation>
    </message>
    <message>
        <source>Making “%1”…</source>
        <translation>正在生成“%1”…</translation>
    </message>
    <message>
        <source>Making “%1”… %2 s</source>
        <translation>正在生成“%1”… %2 秒</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB, made in %2 s.</source>
        <translation>
            <numerusform>共 %n 页,%1 KB,用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Proof v%1 (not yet recorded): it is recorded when you save it or open it in the PDF viewer.</source>
        <translation>校样 v%1(尚未登记):保存或在 PDF 阅读器中打开时才登记。</translation>
    </message>
    <message>
        <source>Proof v%1 recorded.</source>
        <translation>已登记校样 v%1。</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存:%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Choose a document and what it is for, then Make (Ctrl+Enter). It is made in the background — keep working, or Cancel (Esc). Look at it here, then save it or open it in your PDF viewer to print.</source>
        <translation>选择文档及其参数,然后点“生成文档”(Ctrl+Enter)。文档在后台生成——可继续工作,或按“取消”(Esc)。在此预览,然后保存或用 PDF 阅读器打开打印。</translation>
    </message>
</context>
<context>
    <name>EntrantsTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>报名日期</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Display zones</source>
        <translation>陈列区</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段:</translation>
    </message>
    <message>
        <source>Activities are what customers join (spend 50 yuan and wrap zongzi, +5 yuan for a tie); display zones are where goods stand (mass, end-cap or cross-merchandising) and which flyer items they show. Dates must fall inside the phase.</source>
        <translation>活动是顾客参加的内容(满 50 元包粽子,加 5 元送领带);陈列区是商品摆放的位置(大量陈列、端头陈列或关联陈列)以及其中展示的海报商品。日期必须在阶段之内。</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>对象</translation>
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
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>GoldenSpotsTableModel</name>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>End racks</source>
        <translation>端架</translation>
    </message>
    <message>
        <source>Pile-display spots</source>
        <translation>堆头位</translation>
    </message>
    <message>
        <source>Items needing a spot / spots</source>
        <translation>需占位商品 / 位数</translation>
    </message>
    <message>
        <source>More items need an end rack or pile spot than the floor has.</source>
        <translation>需要端架或堆头的商品多于本层的位数。</translation>
    </message>
</context>
<context>
    <name>HolidaysWidget</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Other holiday</source>
        <translation>其他节日</translation>
    </message>
    <message>
        <source>Holiday:</source>
        <translation>节日:</translation>
    </message>
    <message>
        <source>Own name:</source>
        <translation>自定名称:</translation>
    </message>
    <message>
        <source>(optional for the three June holidays)</source>
        <translation>(六月三个节日可不填)</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期:</translation>
    </message>
    <message>
        <source>Propose for the year</source>
        <translation>按年份推算</translation>
    </message>
    <message>
        <source>Save holiday</source>
        <translation>保存节日</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Proposed for %1: %2</source>
        <translation>%1 年推算结果:%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mass display (pile)</source>
        <translation>大量陈列(堆头)</translation>
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
        <translation>楼层经理</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>促销活动</translation>
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
</context>
<context>
    <name>MainStatusBar</name>
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
        <translation>楼层经理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户:%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <source>No deadline ahead</source>
        <translation>没有即将到来的截止时间</translation>
    </message>
    <message>
        <source>Next deadline: %1 (%2)</source>
        <translation>下一个截止时间:%1(%2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>promoplanner — promotion planning</source>
        <translation>promoplanner — 促销企划</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Acting as: </source>
        <translation>当前身份:</translation>
    </message>
    <message>
        <source>Planning department</source>
        <translation>企划部</translation>
    </message>
    <message>
        <source>Floor manager</source>
        <translation>楼层经理</translation>
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
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
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
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <source>Ctrl+1…7 switch screens. Ctrl+N new, Ctrl+S save, Ctrl+F find, Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+P print, Ctrl+O open another database.
A value the program refuses stays in its field, marked in red with the reason beside it, until you correct it or press Discard.</source>
        <translation>Ctrl+1…7 切换页面。Ctrl+N 新建,Ctrl+S 保存,Ctrl+F 查找,Ctrl+Z 撤销,Ctrl+Shift+Z 重做,Ctrl+P 打印,Ctrl+O 打开其他数据库。
程序拒绝的值会留在输入框中,以红色标出并在旁边说明原因,直到您改正或点“放弃”。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>MonthCalendarWidget</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>还没有促销活动。</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>第%1阶段</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>… %1 more pages: open the document to see them all.</source>
        <translation>… 另有 %1 页:打开文档查看全部。</translation>
    </message>
</context>
<context>
    <name>PhaseFormWidget</name>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期:</translation>
    </message>
    <message>
        <source>Flyer items:</source>
        <translation>海报商品数:</translation>
    </message>
    <message>
        <source>Print run (copies):</source>
        <translation>印数(份):</translation>
    </message>
    <message>
        <source>Negotiation scope:</source>
        <translation>谈判范围:</translation>
    </message>
    <message>
        <source>Save phase</source>
        <translation>保存阶段</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>PhasePickerWidget</name>
    <message>
        <source>Phase %1: %2</source>
        <translation>第%1阶段:%2</translation>
    </message>
</context>
<context>
    <name>PlanningScreen</name>
    <message>
        <source>Discard refused edits</source>
        <translation>放弃被拒绝的修改</translation>
    </message>
    <message>
        <source>Remove floor&apos;s quota</source>
        <translation>删除该楼层配额</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Flyer items per floor</source>
        <translation>各楼层海报商品数</translation>
    </message>
    <message>
        <source>Buyers&apos; deadlines</source>
        <translation>采购截止时间</translation>
    </message>
    <message>
        <source>Holidays of the campaign</source>
        <translation>活动节日</translation>
    </message>
    <message>
        <source>Golden positions of each floor (all phases)</source>
        <translation>各楼层黄金位置(各阶段通用)</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段:</translation>
    </message>
    <message>
        <source>Set up the campaign (its June sales target and stretch target, typed in 万元 — ten thousands of yuan) and each phase: its theme, dates, flyer size and print run; the items each floor brings (type into the grid like a spreadsheet); the buyers&apos; deadlines; the holidays of the campaign; and each floor&apos;s end racks and pile-display spots. “Propose for the year” computes Children&apos;s Day, the Dragon Boat Festival and Father&apos;s Day.</source>
        <translation>设置促销活动(六月计划完成与力争完成的销售额,以万元填写)和每个阶段:主题、日期、海报商品数和印数;各楼层的商品数(像电子表格一样在表格中输入);采购的截止时间;活动的节日;以及各楼层的端架和堆头位数。“按年份推算”会计算儿童节、端午节和父亲节。</translation>
    </message>
</context>
<context>
    <name>ProgressPanelWidget</name>
    <message>
        <source>No campaign yet.</source>
        <translation>还没有促销活动。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase %1 %2&lt;/b&gt; (%3 – %4): %5 of %6 items</source>
        <translation>&lt;b&gt;第%1阶段 %2&lt;/b&gt;(%3 – %4):%5 / %6 件商品</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Items / quota</source>
        <translation>商品 / 配额</translation>
    </message>
    <message>
        <source>Price-sensitive / min</source>
        <translation>敏感商品 / 下限</translation>
    </message>
    <message>
        <source>— (no minimum)</source>
        <translation>—(无最低要求)</translation>
    </message>
    <message>
        <source>%1 price-sensitive items; this floor has no minimum.</source>
        <translation>价格敏感商品 %1 个;本楼层没有最低要求。</translation>
    </message>
    <message>
        <source>Buyers&apos; deadline %1 — %2</source>
        <translation>采购截止 %1 — %2</translation>
    </message>
    <message>
        <source> ✓ every floor on time</source>
        <translation> ✓ 各楼层均按时完成</translation>
    </message>
    <message>
        <source>Late: %1 (%2 short)</source>
        <translation>逾期:%1(%2 未达标)</translation>
    </message>
    <message>
        <source>Starts tomorrow</source>
        <translation>明天开始</translation>
    </message>
    <message>
        <source>Starts in %1 days</source>
        <translation>%1 天后开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Running · day %1 of %2</source>
        <translation>进行中 · 第 %1 天 / 共 %2 天</translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Items now</source>
        <translation>现有商品</translation>
    </message>
    <message>
        <source>Min items</source>
        <translation>最少商品</translation>
    </message>
    <message>
        <source>Max items</source>
        <translation>最多商品</translation>
    </message>
    <message>
        <source>Min price-sensitive</source>
        <translation>最少敏感商品</translation>
    </message>
    <message>
        <source>Negotiation scope</source>
        <translation>谈判范围</translation>
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
        <translation>语言:</translation>
    </message>
    <message>
        <source>Planning department</source>
        <translation>企划部</translation>
    </message>
    <message>
        <source>Floor manager</source>
        <translation>楼层经理</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>当前身份:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the program.</source>
        <translation>新的语言在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>WanEdit</name>
    <message>
        <source>“%1” is not an amount in 万元; write it like 120 or 85.5.</source>
        <translation>“%1”不是以万元计的金额,请按 120 或 85.5 这样填写。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>销售目标不能为负数。</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>金额过大:最多 %1。</translation>
    </message>
    <message>
        <source>“%1”: 万元 take at most six decimals (down to the fen).</source>
        <translation>“%1”:万元最多六位小数(精确到分)。</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>例如 120</translation>
    </message>
</context>
<context>
    <name>ZoneFormWidget</name>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <source>Display form:</source>
        <translation>陈列方式:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>楼层:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点:</translation>
    </message>
    <message>
        <source>Find items…</source>
        <translation>查找商品…</translation>
    </message>
    <message>
        <source>Items shown:</source>
        <translation>陈列商品:</translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation>全店</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
</TS>
