<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardScreen</name>
    <message>
        <source>No campaign yet: make one with Campaign → New campaign… (or load the demo with “promoplanner demo”).</source>
        <translation>还没有促销计划：请用“促销计划 → 新建促销计划…”建立一个（或用“promoplanner demo”载入示例）。</translation>
    </message>
    <message>
        <source>No campaign to check yet.</source>
        <translation>还没有可检查的促销计划。</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>所有规则均已满足。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) — double-click one to open what it concerns.</source>
        <translation>
            <numerusform>%n 条检查结果——双击可打开相关对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Display check, phase %1, so far: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>陈列检查（第%1阶段）至今：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n fix task(s) open</source>
        <translation>
            <numerusform>未完成整改任务 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已逾期 %1 项</translation>
    </message>
    <message>
        <source>Sales target not set yet (Phases &amp; quotas).</source>
        <translation>尚未填写销售计划（见“阶段与配额”）。</translation>
    </message>
    <message>
        <source>%1 × 10,000 yuan (%2)</source>
        <translation>%1 万元（%2）</translation>
    </message>
    <message>
        <source>Sales target: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Stretch target: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>计划完成：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;力争完成：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The dashboard shows the campaign month with holidays, phases, deadlines and events, each floor&apos;s items against its quota, the countdown to each buyers&apos; deadline and the rule findings. Double-click a finding to open what it concerns.</source>
        <translation>总览显示促销计划月份的节日、阶段、截止时间和活动，各楼层商品数与配额的对比，采购截止倒计时以及规则检查结果。双击一条结果即可打开相关对象。</translation>
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
        <source>Phase %1: %2</source>
        <translation>第%1阶段：%2</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>还没有促销计划。</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>第%1阶段</translation>
    </message>
</context>
<context>
    <name>ProgressPanelWidget</name>
    <message>
        <source>No campaign yet.</source>
        <translation>还没有促销计划。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase %1 %2&lt;/b&gt; (%3 – %4): %5 of %6 items</source>
        <translation>&lt;b&gt;第%1阶段 %2&lt;/b&gt;（%3 – %4）：%5 / %6 件商品</translation>
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
        <translation>—（无最低要求）</translation>
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
        <translation>逾期：%1（%2 未达标）</translation>
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
</TS>
