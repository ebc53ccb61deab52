<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddPhaseDialog</name>
    <message>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
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
        <translation>首日：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>末日：</translation>
    </message>
    <message>
        <source>Flyer items:</source>
        <translation>海报商品数：</translation>
    </message>
    <message>
        <source>Print run (copies):</source>
        <translation>印数（份）：</translation>
    </message>
</context>
<context>
    <name>CampaignMenu</name>
    <message>
        <source>&amp;Campaign</source>
        <translation>促销计划(&amp;C)</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>已创建“%1”。</translation>
    </message>
</context>
<context>
    <name>CampaignPickerWidget</name>
    <message>
        <source>No campaign yet</source>
        <translation>还没有促销计划</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建促销计划</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>From the June template (the source plan, without items)</source>
        <translation>六月模板（原方案，不含商品）</translation>
    </message>
    <message>
        <source>Copy of an earlier campaign, moved to its holidays</source>
        <translation>复制往期促销计划，按节日移到新日期</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>建立方式：</translation>
    </message>
    <message>
        <source>Campaign to copy:</source>
        <translation>要复制的促销计划：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Dates of its own:</source>
        <translation>自定日期：</translation>
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
        <source>Carry the items over as a draft list for the buyers</source>
        <translation>把商品带入作为草稿清单，由采购确认</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>跟随节日</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>第%1阶段：%2</translation>
    </message>
    <message>
        <source>Phase %1 “%2” falls outside the campaign&apos;s dates (%3 – %4)%5: change its first day in the table to move it.</source>
        <translation>第%1阶段“%2”落在促销计划日期（%3 – %4）之外%5：请在表中修改其首日以移动该阶段。</translation>
    </message>
    <message>
        <source>, with %1 on %2</source>
        <translation>，因%1在 %2</translation>
    </message>
</context>
<context>
    <name>PhaseActionsWidget</name>
    <message>
        <source>Add phase…</source>
        <translation>添加阶段…</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>提前</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>推后</translation>
    </message>
    <message>
        <source>Remove phase %1 “%2”?</source>
        <translation>删除第%1阶段“%2”？</translation>
    </message>
    <message>
        <source>Its %1 items go with it; a copy of the phase and its items stays in the history.</source>
        <translation>其 %1 个商品将一并删除；历史记录中会保留该阶段及其商品的副本。</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
</TS>
