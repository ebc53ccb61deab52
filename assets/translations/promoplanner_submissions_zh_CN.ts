<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return %1&apos;s list</source>
        <translation>退回 %1 的清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>需修改之处</translation>
    </message>
    <message>
        <source>Why does the list go back?</source>
        <translation>退回的原因是什么？</translation>
    </message>
    <message>
        <source>Comments on single items (optional):</source>
        <translation>对单个商品的意见（可选）：</translation>
    </message>
</context>
<context>
    <name>SubmissionsOverviewWidget</name>
    <message>
        <source>&lt;b&gt;Buyers&apos; lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;采购清单&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SubmissionsPanelWidget</name>
    <message>
        <source>Buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>At the deadline</source>
        <translation>截止时</translation>
    </message>
    <message>
        <source>Submit my list</source>
        <translation>提交我的清单</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Waive assessment…</source>
        <translation>免除考核…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>on time (%1 items)</source>
        <translation>按时（%1 个商品）</translation>
    </message>
    <message>
        <source>%1 short, assessment %2 yuan</source>
        <translation>缺 %1 个，考核 %2 元</translation>
    </message>
    <message>
        <source> (waived)</source>
        <translation>（已免除）</translation>
    </message>
    <message>
        <source>Your list was returned: %1</source>
        <translation>您的清单被退回：%1</translation>
    </message>
    <message>
        <source>Your list: %1</source>
        <translation>您的清单：%1</translation>
    </message>
    <message>
        <source>Waive assessment</source>
        <translation>免除考核</translation>
    </message>
    <message>
        <source>Why is %1 let off the assessment?</source>
        <translation>为什么免除 %1 的考核？</translation>
    </message>
</context>
</TS>
