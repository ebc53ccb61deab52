<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContestBoard</name>
    <message>
        <source>Contest board</source>
        <translation>比赛大屏</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>%1 entrants registered</source>
        <translation>已报名 %1 人</translation>
    </message>
    <message>
        <source>Page Up/Down: turn the page · Space: pause · Esc: close the board</source>
        <translation>上下翻页键：翻页&#x3000;空格键：暂停&#x3000;Esc：关闭大屏</translation>
    </message>
    <message>
        <source>Esc: close the board</source>
        <translation>Esc：关闭大屏</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>领奖台</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>决赛</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>paused (Space turns on)</source>
        <translation>已暂停（按空格键继续）</translation>
    </message>
    <message>
        <source>Heat %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>%1 · racing now</source>
        <translation>%1 · 正在比赛</translation>
    </message>
</context>
<context>
    <name>ContestRunPanel</name>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show the contest as stored now.</source>
        <translation>显示比赛当前已存的状态。</translation>
    </message>
    <message>
        <source>Draw round 1</source>
        <translation>第 1 轮抽签</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>重新抽签</translation>
    </message>
    <message>
        <source>Board for a TV</source>
        <translation>电视大屏</translation>
    </message>
    <message>
        <source>Withdraw / no-show</source>
        <translation>退赛／未到场</translation>
    </message>
    <message>
        <source>Tie to decide</source>
        <translation>待裁决的并列</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>领奖台</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>Prize handed out</source>
        <translation>奖品已发放</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>决赛</translation>
    </message>
    <message>
        <source>Heat %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>Final drawn</source>
        <translation>决赛已抽签</translation>
    </message>
    <message>
        <source>Draw the final</source>
        <translation>决赛抽签</translation>
    </message>
    <message>
        <source>Draw round %1</source>
        <translation>第 %1 轮抽签</translation>
    </message>
    <message>
        <source>Ready to draw.</source>
        <translation>可以抽签。</translation>
    </message>
    <message>
        <source>Somebody withdrew from the drawn round: draw it again.</source>
        <translation>已抽签的本轮有人退赛，请重新抽签。</translation>
    </message>
    <message>
        <source>Type each time and press Enter (DNF or DQ also).</source>
        <translation>输入每人用时后按回车（也可输入 DNF 或 DQ）。</translation>
    </message>
    <message>
        <source>A tie waits for your decision.</source>
        <translation>有并列成绩等待裁决。</translation>
    </message>
    <message>
        <source>Enter the re-run times of the tied.</source>
        <translation>请录入并列选手的重赛成绩。</translation>
    </message>
    <message>
        <source>The contest is over.</source>
        <translation>比赛已结束。</translation>
    </message>
    <message>
        <source>The contest is over and prizes are handed out: the final&apos;s times are locked. To correct one, untick “Prize handed out” first.</source>
        <translation>比赛已结束，奖品已发放：决赛用时已锁定。如需更正，请先取消“奖品已发放”的勾选。</translation>
    </message>
    <message>
        <source>Round %1 · %2 entrants · %3 gift cans</source>
        <translation>第 %1 轮 · %2 名选手 · 赠送啤酒 %3 罐</translation>
    </message>
    <message>
        <source>Re-run time of %1</source>
        <translation>%1 的重赛用时</translation>
    </message>
    <message>
        <source>Re-run between them</source>
        <translation>并列者重赛</translation>
    </message>
    <message>
        <source>Earlier registration goes first</source>
        <translation>按报名先后决定</translation>
    </message>
    <message>
        <source>Reloaded: the heat shows what is stored now. Press Enter to save %1.</source>
        <translation>已刷新：本组显示的是当前已存的成绩。按回车保存 %1。</translation>
    </message>
    <message>
        <source>Draw before the contest day?</source>
        <translation>在比赛日之前抽签？</translation>
    </message>
    <message>
        <source>Draw round 1 anyway</source>
        <translation>仍然抽第 1 轮签</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暂不抽签</translation>
    </message>
</context>
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
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Heats and final</source>
        <translation>分组与决赛</translation>
    </message>
    <message>
        <source>This campaign has no contest.</source>
        <translation>本促销计划没有比赛。</translation>
    </message>
    <message>
        <source>Contest day %1 at %2; registration from %3. Groups of %4, %5 cans for every entrant.</source>
        <translation>比赛日 %1，地点 %2；%3 起报名。每组 %4 人，每位参赛者赠送啤酒 %5 罐。</translation>
    </message>
    <message>
        <source>Entrants: %1</source>
        <translation>参赛人数：%1</translation>
    </message>
    <message>
        <source>Cans of beer to have ready: %1</source>
        <translation>需备赠送啤酒：%1 罐</translation>
    </message>
    <message>
        <source>Heats: nobody registered yet.</source>
        <translation>分组：尚无人报名。</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) including the final</source>
        <translation>
            <numerusform>含决赛共 %n 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First round: %n group(s) (%1); %2.</source>
        <translation>
            <numerusform>第一轮：%n 组（%1）；%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entrant “%1” not registered yet</source>
        <translation>参赛者“%1”尚未登记</translation>
    </message>
    <message>
        <source>Register entrants of the beer-drinking contest from the day registration opens until contest day. Type a name (and phone) and press Enter; select somebody and press Delete to remove them. Each entrant receives the cans shown; the heats are groups of four, the fastest of each going through. Type the prizes of places 1, 2 and 3 and press Save prizes. On the evening, open Heats and final: Draw round 1, type each time (12.34, DNF or DQ) and press Enter for the next; Q goes through by place, q by time. Draw the next round when all times are in, then the final; tick each prize when it is handed out. Board for a TV opens a full-screen board for the square (Esc closes it).</source>
        <translation>从报名开始日到比赛日登记喝啤酒比赛的参赛者。输入姓名（和电话）后按回车；选中某人后按 Delete 删除。每位参赛者领取所示数量的啤酒；每组四人，各组最快者晋级。输入第 1、2、3 名的奖品后点击“保存奖品”。比赛当晚打开“分组与决赛”：点击“第 1 轮抽签”，输入每人用时（12.34、DNF 或 DQ）后按回车进入下一人；Q 按名次晋级，q 按用时晋级。全部成绩录入后抽签下一轮，然后是决赛；每发放一份奖品就勾选一次。“电视大屏”打开广场用的全屏大屏（按 Esc 关闭）。</translation>
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
    <name>HeatCard</name>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show the heat as stored now; what you typed stays in its field.</source>
        <translation>显示本组当前已存的成绩；您输入的内容仍保留在输入框中。</translation>
    </message>
</context>
</TS>
