<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentsScreen</name>
    <message numerus="yes">
        <source>This phase has %n rule error(s) (the Dashboard lists them). A numbered proof goes to the buyers to check and sign: make it anyway?</source>
        <translation>
            <numerusform>This phase has %n rule error (the Dashboard lists them). A numbered proof goes to the buyers to check and sign: make it anyway?</numerusform>
            <numerusform>This phase has %n rule errors (the Dashboard lists them). A numbered proof goes to the buyers to check and sign: make it anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB, made in %2 s.</source>
        <translation>
            <numerusform>%n page, %1 KB, made in %2 s.</numerusform>
            <numerusform>%n pages, %1 KB, made in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to %1.</source>
        <translation>
            <numerusform>%n page sent to %1.</numerusform>
            <numerusform>%n pages sent to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
