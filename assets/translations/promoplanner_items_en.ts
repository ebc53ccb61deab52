<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ItemsScreen</name>
    <message numerus="yes">
        <source>%n carried item(s) confirmed.</source>
        <translation>
            <numerusform>%n carried item confirmed.</numerusform>
            <numerusform>%n carried items confirmed.</numerusform>
        </translation>
    </message>
</context>
</TS>
