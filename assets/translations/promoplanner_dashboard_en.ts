<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <source>%n finding(s) — double-click one to open what it concerns.</source>
        <translation>
            <numerusform>%n finding — double-click it to open what it concerns.</numerusform>
            <numerusform>%n findings — double-click one to open what it concerns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix task(s) open</source>
        <translation>
            <numerusform>%n fix task open</numerusform>
            <numerusform>%n fix tasks open</numerusform>
        </translation>
    </message>
</context>
</TS>
