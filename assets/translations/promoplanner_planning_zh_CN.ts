<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignFormWidget</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Sales target (10,000 yuan):</source>
        <translation>计划完成（万元）：</translation>
    </message>
    <message>
        <source>Stretch target (10,000 yuan):</source>
        <translation>力争完成（万元）：</translation>
    </message>
    <message>
        <source>In units of 10,000 yuan: 120 means ¥1,200,000.</source>
        <translation>单位万元：120 即 ¥1,200,000。</translation>
    </message>
    <message>
        <source>The rule check warns about an item more than this many percent off: likely a typo in its price (70 unless changed).</source>
        <translation>降价幅度超过此百分比的商品会在规则检查中提醒：很可能是价格输错（未修改时为 70）。</translation>
    </message>
    <message>
        <source>% off (a likely typo)</source>
        <translation>% 时提醒（可能输错）</translation>
    </message>
    <message>
        <source>Flag discounts deeper than:</source>
        <translation>降价超过：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>保存促销计划</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>促销计划</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>金额过大：最多 %1。</translation>
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
        <translation>考核（元）</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <source>What is due:</source>
        <translation>需提交内容：</translation>
    </message>
    <message>
        <source>Assessment if late (yuan):</source>
        <translation>逾期考核（元）：</translation>
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
        <source>Buyers&apos; deadlines</source>
        <translation>采购截止时间</translation>
    </message>
    <message>
        <source>After the phase ended (%1 – %2): a deadline must fall by %2.</source>
        <translation>晚于阶段结束日（%1 – %2）：截止时间须在 %2 或之前。</translation>
    </message>
    <message>
        <source>On or after the phase&apos;s first day (%1): allowed, but the flyer is printed by then.</source>
        <translation>在本阶段首日（%1）或之后：可以保存，但届时海报已经印好。</translation>
    </message>
    <message>
        <source>Already passed: nobody will be assessed for this deadline.</source>
        <translation>已经过去：不会据此截止时间考核任何人。</translation>
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
        <translation>节日：</translation>
    </message>
    <message>
        <source>Own name:</source>
        <translation>自定名称：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>(needed for the store&apos;s own and other holidays)</source>
        <translation>（本店节日和其他节日须填写）</translation>
    </message>
    <message>
        <source>Take every proposed holiday</source>
        <translation>采用全部推荐节日</translation>
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
        <source>Holidays of the campaign</source>
        <translation>促销计划的节日</translation>
    </message>
    <message>
        <source>%1 — proposed (%2): select it and save to take it</source>
        <translation>%1——推荐（%2）：选中后保存即可采用</translation>
    </message>
    <message>
        <source>Proposed for %1: %2</source>
        <translation>%1 年推算结果：%2</translation>
    </message>
</context>
<context>
    <name>PhaseFormWidget</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Flyer items:</source>
        <translation>海报商品数：</translation>
    </message>
    <message>
        <source>Print run (copies):</source>
        <translation>印数（份）：</translation>
    </message>
    <message>
        <source>Negotiation scope:</source>
        <translation>谈判范围：</translation>
    </message>
    <message>
        <source>Save phase</source>
        <translation>保存阶段</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
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
        <translation>促销计划</translation>
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
        <source>Buyers&apos; lists</source>
        <translation>采购清单</translation>
    </message>
    <message>
        <source>Holidays of the campaign</source>
        <translation>促销计划的节日</translation>
    </message>
    <message>
        <source>Golden positions of each floor (all phases)</source>
        <translation>各楼层黄金位置（各阶段通用）</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>cannot be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Golden positions</source>
        <translation>黄金位置</translation>
    </message>
    <message>
        <source>Save the changes to this phase first?</source>
        <translation>先保存对本阶段的修改吗？</translation>
    </message>
    <message>
        <source>Read-only: only the planning department changes the campaign, phases, quotas, deadlines and holidays.</source>
        <translation>只读：只有企划部可以修改促销计划、阶段、配额、截止时间和节日。</translation>
    </message>
    <message>
        <source>You may set the floors&apos; golden positions.</source>
        <translation>您可以设置各楼层的黄金位置。</translation>
    </message>
    <message>
        <source>Remove the quota of %1 from this phase? Its minimum, maximum and sensitive minimum are forgotten.</source>
        <translation>从本阶段删除 %1 的配额吗？其最少、最多和最少敏感商品数将被清除。</translation>
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
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Nothing to save: every form is as stored.</source>
        <translation>无需保存：各表单均与已存内容一致。</translation>
    </message>
    <message>
        <source>Set up the campaign (its sales target and stretch target, typed in units of 10,000 yuan — and the discount above which an item is flagged as a likely typo) and each phase: its theme, dates, flyer size and print run; the items each floor brings (type into the grid like a spreadsheet); the buyers&apos; deadlines; the holidays of the campaign; and each floor&apos;s end racks and pile-display spots. Enter in a field saves its form; Ctrl+S saves every changed form and grid of the screen and says what it could not save. The holidays of the campaign&apos;s dates are proposed (public holidays, the lunar festivals and the days retail sells on); take, move or drop each, and add the store&apos;s own. Add, remove and reorder phases beside the phase picker.</source>
        <translation>设置促销计划（计划完成和力争完成目标，以万元填写；以及降价超过多少即视为可能输错的提醒上限）和各阶段：主题、日期、海报商品数和印数；各楼层的商品数（像电子表格一样在表格中录入）；采购截止时间；促销计划的节日；以及各楼层的端架和堆头位数。在字段中按 Enter 保存该表单；Ctrl+S 保存本页所有修改过的表单和表格，并说明哪些未能保存。程序会按促销计划日期推荐节日（法定节假日、农历传统节日和零售促销日），每个都可采用、改期或删除，也可添加本店自己的节日。在阶段选择框旁可添加、删除阶段和调整顺序。</translation>
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
    <message>
        <source>Not saved yet: %1 needs %2 too.</source>
        <translation>尚未保存：%1 还需要填写%2。</translation>
    </message>
</context>
</TS>
