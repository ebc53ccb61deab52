<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContestScreen</name>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
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
        <translation>第一名：</translation>
    </message>
    <message>
        <source>2nd place:</source>
        <translation>第二名：</translation>
    </message>
    <message>
        <source>3rd place:</source>
        <translation>第三名：</translation>
    </message>
    <message>
        <source>e.g. a case of beer</source>
        <translation>例如：啤酒一箱</translation>
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
        <translation>比赛：</translation>
    </message>
    <message>
        <source>This campaign has no contest.</source>
        <translation>本次活动没有比赛。</translation>
    </message>
    <message>
        <source>Contest day %1 at %2; registration from %3. Groups of %4, %5 cans for every entrant.</source>
        <translation>比赛日 %1，地点 %2；%3 起报名。每组 %4 人，每位参赛者送啤酒 %5 听。</translation>
    </message>
    <message>
        <source>Entrants: %1</source>
        <translation>参赛人数：%1</translation>
    </message>
    <message>
        <source>Cans of beer to have ready: %1</source>
        <translation>需备啤酒：%1 听</translation>
    </message>
    <message>
        <source>Heats: nobody registered yet.</source>
        <translation>分组：尚无人报名。</translation>
    </message>
    <message>
        <source>First round: %1 groups (%2); %3 rounds including the final.</source>
        <translation>第一轮：%1 组（%2）；含决赛共 %3 轮。</translation>
    </message>
    <message>
        <source>Entrant “%1” not registered yet</source>
        <translation>参赛者“%1”尚未登记</translation>
    </message>
    <message>
        <source>Register entrants of the beer-drinking contest from the day registration opens until contest day. Type a name (and phone) and press Enter; select somebody and press Delete to remove them. Each entrant receives the cans shown; the heats are groups of four, the fastest of each going through. Type the prizes of places 1, 2 and 3 and press Save prizes.</source>
        <translation>从报名开始日到比赛日登记喝啤酒比赛的参赛者。输入姓名（和电话）后按回车；选中某人后按 Delete 删除。每位参赛者领取所示数量的啤酒；每组四人，各组最快者晋级。填写第一、二、三名的奖品后按“保存奖品”。</translation>
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
</TS>
