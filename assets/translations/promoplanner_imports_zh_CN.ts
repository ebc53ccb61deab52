<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HeaderMappingDialog</name>
    <message>
        <source>Columns the program does not know</source>
        <translation>未识别的列</translation>
    </message>
    <message>
        <source>— leave this column out —</source>
        <translation>— 忽略此列 —</translation>
    </message>
    <message>
        <source>What does each of these columns hold? You are asked only once.</source>
        <translation>这些列分别是什么内容？只需回答一次，程序会记住。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import items — %1</source>
        <translation>导入商品 — %1</translation>
    </message>
    <message>
        <source>Leave out the rows to fix</source>
        <translation>不导入待修正的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Into phase:</source>
        <translation>导入到阶段：</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在检查 %1 行…</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>未变 %1</translation>
    </message>
    <message>
        <source>%1 to fix</source>
        <translation>待修正 %1</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>不导入 %1</translation>
    </message>
    <message>
        <source>%1 rows: %2.</source>
        <translation>共 %1 行：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 empty rows skipped.</source>
        <translation>已跳过 %1 个空行。</translation>
    </message>
    <message>
        <source>Fix a value in place (double-click it) or leave its row out, then import.</source>
        <translation>请直接修改有误的值（双击单元格），或不导入该行，然后再导入。</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>正在导入 %1 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTableModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
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
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged items.</source>
        <translation>已导入：新增 %1 个、修改 %2 个、未变 %3 个商品。</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1 items written to %2.</source>
        <translation>已将 %1 个商品写入 %2。</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>Blank list written to %1.</source>
        <translation>空白清单已写入 %1。</translation>
    </message>
</context>
</TS>
