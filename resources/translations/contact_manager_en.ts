<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BackupActions</name>
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
    <name>Cli</name>
    <message numerus="yes">
        <source>Left out: the column(s) {columns} (no field of this app).</source>
        <translation>
            <numerusform>Left out: the column {columns} (no field of this app).</numerusform>
            <numerusform>Left out: the columns {columns} (no field of this app).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s) into {account}: {present} already present, {refused} refused.</source>
        <translation>
            <numerusform>Imported %n user into {account}: {present} already present, {refused} refused.</numerusform>
            <numerusform>Imported %n users into {account}: {present} already present, {refused} refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused (listed above): fix them and import them again.</source>
        <translation>
            <numerusform>%n row refused (listed above): fix it and import it again.</numerusform>
            <numerusform>%n rows refused (listed above): fix them and import them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) refused (listed above).</source>
        <translation>
            <numerusform>Nothing imported: %n row refused (listed above).</numerusform>
            <numerusform>Nothing imported: %n rows refused (listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: guests, bots or deactivated members (listed above).</source>
        <translation>
            <numerusform>%n row left out: a guest, bot or deactivated member (listed above).</numerusform>
            <numerusform>%n rows left out: guests, bots or deactivated members (listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) of {account} to {path}.</source>
        <translation>
            <numerusform>Exported %n change of {account} to {path}.</numerusform>
            <numerusform>Exported %n changes of {account} to {path}.</numerusform>
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
    <name>Import</name>
    <message numerus="yes">
        <source>it starts with the UTF-8 mark, but line(s) {lines} are not UTF-8 text: save it again as “CSV UTF-8”.</source>
        <translation>
            <numerusform>it starts with the UTF-8 mark, but line {lines} is not UTF-8 text: save it again as “CSV UTF-8”.</numerusform>
            <numerusform>it starts with the UTF-8 mark, but lines {lines} are not UTF-8 text: save it again as “CSV UTF-8”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the column(s) {columns} could not be matched to a field; say which field each holds, or leave it out.</source>
        <translation>
            <numerusform>the column {columns} could not be matched to a field; say which field it holds, or leave it out.</numerusform>
            <numerusform>the columns {columns} could not be matched to a field; say which field each holds, or leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s) from {file}</source>
        <translation>
            <numerusform>Imported %n user from {file}</numerusform>
            <numerusform>Imported %n users from {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>No field was recognised for the column(s) %1: choose the field each holds, or leave it out.</source>
        <translation>
            <numerusform>No field was recognised for the column %1: choose the field it holds, or leave it out.</numerusform>
            <numerusform>No field was recognised for the columns %1: choose the field each holds, or leave them out.</numerusform>
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
    <name>ReplaceDialog</name>
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
