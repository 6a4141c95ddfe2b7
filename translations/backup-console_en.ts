<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bc::AccountListPanel</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountRules</name>
    <message numerus="yes">
        <source>A login can have at most %n characters.</source>
        <translation>
            <numerusform>A login can have at most %n characters.</numerusform>
            <numerusform>A login can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n characters.</source>
        <translation>
            <numerusform>An email address can have at most %n characters.</numerusform>
            <numerusform>An email address can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A name can have at most %n characters.</source>
        <translation>
            <numerusform>A name can have at most %n characters.</numerusform>
            <numerusform>A name can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::GroupRules</name>
    <message numerus="yes">
        <source>A group name can have at most %n characters.</source>
        <translation>
            <numerusform>A group name can have at most %n characters.</numerusform>
            <numerusform>A group name can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::GroupService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n account(s). Move or delete them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; still has %n account. Move or delete it first.</numerusform>
            <numerusform>&quot;%1&quot; still has %n accounts. Move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n subgroup(s). Delete them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; still has %n subgroup. Delete it first.</numerusform>
            <numerusform>&quot;%1&quot; still has %n subgroups. Delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::GroupTreeModel</name>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1: %n account</numerusform>
            <numerusform>%1: %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n account enabled.</numerusform>
            <numerusform>%n accounts enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n account disabled.</numerusform>
            <numerusform>%n accounts disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)? Their backups stop and this cannot be undone.</source>
        <translation>
            <numerusform>Delete %n account? Its backups stop and this cannot be undone.</numerusform>
            <numerusform>Delete %n accounts? Their backups stop and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted.</source>
        <translation>
            <numerusform>%n account deleted.</numerusform>
            <numerusform>%n accounts deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
