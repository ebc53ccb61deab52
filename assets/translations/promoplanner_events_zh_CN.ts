<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityFormWidget</name>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
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
        <source>Receipt of at least (yuan):</source>
        <translation>单张小票满（元）：</translation>
    </message>
    <message>
        <source>Add-on price (yuan):</source>
        <translation>加价（元）：</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>赠品：</translation>
    </message>
    <message>
        <source>Gifts in stock:</source>
        <translation>赠品库存：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Rules shown to customers:</source>
        <translation>向顾客公示的规则：</translation>
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
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Save the changes to this phase&apos;s activity and zone first?</source>
        <translation>先保存本阶段活动和陈列区的修改吗？</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>活动“%1”</translation>
    </message>
    <message>
        <source>Display zone “%1”</source>
        <translation>陈列区“%1”</translation>
    </message>
    <message>
        <source>Activities are what customers join (spend 50 yuan and wrap zongzi, +5 yuan for a tie); display zones are where goods stand (mass, end-cap or cross-merchandising) and which flyer items they show. Dates must fall inside the phase.</source>
        <translation>活动是顾客参加的内容（满 50 元包粽子，加 5 元送领带）；陈列区是商品摆放的位置（大量陈列、端头陈列或关联陈列）以及其中展示的海报商品。日期必须在阶段之内。</translation>
    </message>
</context>
<context>
    <name>ZoneFormWidget</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Display form:</source>
        <translation>陈列方式：</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>楼层：</translation>
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
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Find items…</source>
        <translation>查找商品…</translation>
    </message>
    <message>
        <source>Items shown:</source>
        <translation>陈列商品：</translation>
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
