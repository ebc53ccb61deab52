<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The history is kept as it was written; nobody can change it.</source>
        <translation>历史按写入时原样保存，任何人都不能修改。</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>%1 of %2 changes shown</source>
        <translation>显示 %1 条，共 %2 条变更</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Late record</source>
        <translation>逾期记录</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>免于考核</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>抽签</translation>
    </message>
    <message>
        <source>Drawn again</source>
        <translation>重新抽签</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>退赛</translation>
    </message>
    <message>
        <source>Tie decided</source>
        <translation>并列裁决</translation>
    </message>
    <message>
        <source>%1 (really %2)</source>
        <translation>%1（实际 %2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>(all fields)</source>
        <translation>（全部字段）</translation>
    </message>
    <message>
        <source>Made at %1 on a clock set with --now to %2.</source>
        <translation>实际于 %1 做出，当时时钟用 --now 设为 %2。</translation>
    </message>
</context>
<context>
    <name>ItemHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <source>%1 changes, newest first. The history cannot be edited.</source>
        <translation>%1 条变更，最新的在前。历史不能修改。</translation>
    </message>
</context>
</TS>
