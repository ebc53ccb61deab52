<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckResults</name>
    <message>
        <source>Empty box: not checked yet · green ✓: yes · red ✗: no. Click the box or press Space to change it.</source>
        <translation>空框：尚未检查 · 绿色 ✓：是 · 红色 ✗：否。点击方框或按空格键更改。</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CheckSheetTableModel</name>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Promotion price</source>
        <translation>特价</translation>
    </message>
    <message>
        <source>Display / zone</source>
        <translation>陈列 / 陈列区</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日检查</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Golden position</source>
        <translation>黄金位置</translation>
    </message>
    <message>
        <source>Price tag right</source>
        <translation>价签正确</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>未到货</translation>
    </message>
    <message>
        <source>not at golden position</source>
        <translation>未在黄金位置</translation>
    </message>
    <message>
        <source>price tag wrong</source>
        <translation>价签错误</translation>
    </message>
    <message>
        <source>✓ all right</source>
        <translation>✓ 全部合格</translation>
    </message>
</context>
<context>
    <name>DailyChecksScreen</name>
    <message>
        <source>Name of the person checking</source>
        <translation>检查人姓名</translation>
    </message>
    <message>
        <source>Only items that failed yesterday</source>
        <translation>只看昨日不合格的商品</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>打印检查表…</translation>
    </message>
    <message>
        <source>Scan a barcode (or type it and press Enter)</source>
        <translation>扫描条码（或输入条码后按回车）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Click the box or press Space to change a result.</source>
        <translation>点击方框或按空格键更改结果。</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>%1 items · %2 checked · %3 failed today · %4 failed yesterday</source>
        <translation>共 %1 个商品 · 已检查 %2 个 · 今日不合格 %3 个 · 昨日不合格 %4 个</translation>
    </message>
    <message>
        <source>No special-price item is on sale on this day.</source>
        <translation>这一天没有在促销期内的特价商品。</translation>
    </message>
    <message>
        <source>%1 is not on this day&apos;s list!</source>
        <translation>%1 不在今天的检查清单上！</translation>
    </message>
    <message>
        <source>It is on the %1 list.</source>
        <translation>它在 %1 的清单上。</translation>
    </message>
    <message>
        <source>Seen: %1 — marked arrived.</source>
        <translation>已扫到：%1 — 已记为到货。</translation>
    </message>
    <message>
        <source>Save the display check sheet</source>
        <translation>保存陈列检查表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was not saved: %1</source>
        <translation>检查表未保存：%1</translation>
    </message>
    <message>
        <source>Choose the day and the floor: the list is the printed sheet. Type your name as checker, then scan each item&apos;s barcode (or type it and press Enter) to mark it arrived; a code not on the day&apos;s list turns the banner red. Click a result box or press Space to switch it between yes and no, and write what is wrong in the note. Items that failed yesterday are marked; Print sheet makes the PDF for the walk.</source>
        <translation>选择日期和楼层：列表与打印的检查表一致。先填写检查人姓名，然后逐个扫描商品条码（或输入条码后按回车）标记为已到货；不在当天清单上的条码会使提示条变红。点击结果方框或按空格键在“是”和“否”之间切换，并在备注中写明问题。昨日不合格的商品会有标记；“打印检查表”生成巡检用的 PDF。</translation>
    </message>
</context>
</TS>
