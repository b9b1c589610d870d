<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Set duration to %n step(s)</source>
        <translation>
            <numerusform>Set duration to %n step</numerusform>
            <numerusform>Set duration to %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>powerfield::EventModel</name>
    <message numerus="yes">
        <source>%n change(s) at time %1</source>
        <translation>
            <numerusform>%n change at time %1</numerusform>
            <numerusform>%n changes at time %1</numerusform>
        </translation>
    </message>
</context>
</TS>
