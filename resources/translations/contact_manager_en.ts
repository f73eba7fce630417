<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AdminActions</name>
    <message numerus="yes">
        <source>{path}

It holds %n account(s). A copy of the current data is saved first.</source>
        <translation>
            <numerusform>{path}

It holds %n account. A copy of the current data is saved first.</numerusform>
            <numerusform>{path}

It holds %n accounts. A copy of the current data is saved first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <source>Exported %n change(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n change to {path}.</numerusform>
            <numerusform>Exported %n changes to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
</TS>
