<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RecurrenceRules</name>
    <message numerus="yes">
        <source>%n incidents within %1 days.</source>
        <translation>
            <numerusform>%n incident within %1 days.</numerusform>
            <numerusform>%n incidents within %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::MainWindow</name>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
</TS>
