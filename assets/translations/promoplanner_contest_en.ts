<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContestScreen</name>
    <message numerus="yes">
        <source>%n round(s) including the final</source>
        <translation>
            <numerusform>%n round including the final</numerusform>
            <numerusform>%n rounds including the final</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First round: %n group(s) (%1); %2.</source>
        <translation>
            <numerusform>First round: %n group (%1); %2.</numerusform>
            <numerusform>First round: %n groups (%1); %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
