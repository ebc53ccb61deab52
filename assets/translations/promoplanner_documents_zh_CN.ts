<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>采购：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>楼层：</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>比赛：</translation>
    </message>
    <message>
        <source>Every buyer</source>
        <translation>全部采购</translation>
    </message>
    <message>
        <source>Every floor</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>There is no campaign yet: make one with Campaign → New campaign….</source>
        <translation>还没有促销计划：请用“促销计划 → 新建促销计划…”建立一个。</translation>
    </message>
    <message>
        <source>This campaign has no phase yet: add one on Phases &amp; quotas.</source>
        <translation>该促销计划还没有阶段：请在“阶段与配额”页面添加。</translation>
    </message>
    <message>
        <source>This campaign has no contest yet: add one on the Contest screen.</source>
        <translation>该促销计划还没有比赛：请在“比赛”页面添加。</translation>
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
        <translation>排好版的本阶段海报，供采购核对签字（一轮校样）。</translation>
    </message>
    <message>
        <source>Buyer checklist</source>
        <translation>采购核对清单</translation>
    </message>
    <message>
        <source>Each buyer&apos;s items, quota and deadline, to hand out and sign.</source>
        <translation>每位采购的商品、配额和截止时间，分发签字用。</translation>
    </message>
    <message>
        <source>Daily display check</source>
        <translation>每日陈列检查</translation>
    </message>
    <message>
        <source>The sheet a floor&apos;s checker takes round: arrived, golden position, price tag.</source>
        <translation>楼层检查人巡场用表：是否到货、是否在黄金位置、价签是否正确。</translation>
    </message>
    <message>
        <source>Display check pack of a phase</source>
        <translation>阶段陈列检查合订本</translation>
    </message>
    <message>
        <source>Every day&apos;s display check sheets of a phase, for printing in one go.</source>
        <translation>本阶段每天的陈列检查表，一次打印。</translation>
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
        <translation>促销日历</translation>
    </message>
    <message>
        <source>Each month of the campaign with holidays, phases, deadlines and events, for the notice board.</source>
        <translation>促销计划每个月的月历，含节日、阶段、截止时间和活动，张贴公告栏用。</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>无法生成文档：%1</translation>
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
        <source>Smaller (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>As wide as the view (Ctrl+0)</source>
        <translation>与窗口同宽（Ctrl+0）</translation>
    </message>
    <message>
        <source>Bigger (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print on a printer, through the print dialog</source>
        <translation>通过打印对话框在打印机上打印</translation>
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
    <message numerus="yes">
        <source>This phase has %n rule error(s) (the Dashboard lists them). A numbered proof goes to the buyers to check and sign: make it anyway?</source>
        <translation>
            <numerusform>本阶段有 %n 个规则错误（见总览）。编号校样要交采购核对签字：仍要生成吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Proof with rule errors</source>
        <translation>校样含规则错误</translation>
    </message>
    <message>
        <source>Make the proof</source>
        <translation>生成校样</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>No proof made: first mend the rule errors, or make a draft.</source>
        <translation>未生成校样：请先改正规则错误，或生成草稿。</translation>
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
            <numerusform>共 %n 页，%1 KB，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Proof v%1 (not yet recorded): it is recorded when you save it or open it in the PDF viewer.</source>
        <translation>校样 v%1（尚未登记）：保存或在 PDF 阅读器中打开时才登记。</translation>
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
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>No PDF viewer is installed to open it. Print it with Print…, or save it with Save as… and open it on another computer.</source>
        <translation>没有安装可以打开它的 PDF 阅读器。请用“打印…”直接打印，或用“另存为…”保存后在其他电脑上打开。</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to %1.</source>
        <translation>
            <numerusform>已向 %1 发送 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document and what it is for, then Make (Ctrl+Enter). It is made in the background — keep working, or Cancel (Esc). Look at it here, then print it (Print…), save it or open it in your PDF viewer.</source>
        <translation>选择文档及其用途，然后点“生成”（Ctrl+Enter）。文档在后台生成——您可以继续工作，或点“取消”（Esc）。在此预览后，可打印（打印…）、保存或在 PDF 阅读器中打开。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>… %1 more pages: open the document to see them all.</source>
        <translation>… 另有 %1 页：打开文档查看全部。</translation>
    </message>
</context>
</TS>
