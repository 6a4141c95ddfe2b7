<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bc::AccountAccessPage</name>
    <message numerus="yes">
        <source>Licensed by %n subscription(s).</source>
        <translation>
            <numerusform>Licensed by %n subscription.</numerusform>
            <numerusform>Licensed by %n subscriptions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountActions</name>
    <message numerus="yes">
        <source>Service assigned to %n account(s).</source>
        <translation>
            <numerusform>Service assigned to %n account.</numerusform>
            <numerusform>Service assigned to %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1: the first accounts of a list (&quot;alice&quot;, &quot;bob&quot;); %n: how many others there are.</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) moved.</source>
        <translation>
            <numerusform>%n account moved.</numerusform>
            <numerusform>%n accounts moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed.</source>
        <translation>
            <numerusform>%n account changed.</numerusform>
            <numerusform>%n accounts changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountChangeDialog</name>
    <message numerus="yes">
        <source>Change %n account(s). Only what you set here changes; each account keeps the rest.</source>
        <translation>
            <numerusform>Change %n account. Only what you set here changes; the account keeps the rest.</numerusform>
            <numerusform>Change %n accounts. Only what you set here changes; each account keeps the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountListExport</name>
    <message numerus="yes">
        <source>%n account(s) exported to %1.</source>
        <extracomment>%1 the file the accounts went to.</extracomment>
        <translation>
            <numerusform>%n account exported to %1.</numerusform>
            <numerusform>%n accounts exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountListModel</name>
    <message numerus="yes">
        <source>%n subscription(s) assigned</source>
        <translation>
            <numerusform>%n subscription assigned</numerusform>
            <numerusform>%n subscriptions assigned</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>An address can have at most %n characters.</source>
        <translation>
            <numerusform>An address can have at most %n characters.</numerusform>
            <numerusform>An address can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountStateChanges</name>
    <message numerus="yes">
        <source>Disable %n account(s)? They stop backing up until they are enabled again.</source>
        <translation>
            <numerusform>Disable %n account? It stops backing up until it is enabled again.</numerusform>
            <numerusform>Disable %n accounts? They stop backing up until they are enabled again.</numerusform>
        </translation>
    </message>
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
        <source>%n account(s) deleted.</source>
        <translation>
            <numerusform>%n account deleted.</numerusform>
            <numerusform>%n accounts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)? Their backups stop, and they go to the recycle bin: View → Deleted accounts… restores them until they are purged.</source>
        <translation>
            <numerusform>Delete %n account? Its backups stop, and it goes to the recycle bin: View → Deleted accounts… restores it until it is purged.</numerusform>
            <numerusform>Delete %n accounts? Their backups stop, and they go to the recycle bin: View → Deleted accounts… restores them until they are purged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ActivationActions</name>
    <message numerus="yes">
        <source>Queued %n activation email(s); earlier links no longer work.</source>
        <translation>
            <numerusform>Queued %n activation email; earlier links no longer work.</numerusform>
            <numerusform>Queued %n activation emails; earlier links no longer work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n activation email(s) again.</source>
        <translation>
            <numerusform>Sending %n activation email again.</numerusform>
            <numerusform>Sending %n activation emails again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AssignServiceDialog</name>
    <message numerus="yes">
        <source>&amp;Subscriptions to add to %n account(s):</source>
        <translation>
            <numerusform>&amp;Subscriptions to add to %n account:</numerusform>
            <numerusform>&amp;Subscriptions to add to %n accounts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AuditLogWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; scroll down for more.</source>
        <translation>
            <numerusform>The newest %n entry; scroll down for more.</numerusform>
            <numerusform>The newest %n entries; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <extracomment>%1 the file the audit log&apos;s entries went to.</extracomment>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::BulkActionRunner</name>
    <message numerus="yes">
        <source>Stopped after %1 of %n account(s): %2</source>
        <extracomment>A bulk action stopped by a database problem; %1 the problem.</extracomment>
        <translation>
            <numerusform>Stopped after %1 of %n account: %2</numerusform>
            <numerusform>Stopped after %1 of %n accounts: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %1 of %n account(s); the others were left as they were.</source>
        <translation>
            <numerusform>Canceled after %1 of %n account; the others were left as they were.</numerusform>
            <numerusform>Canceled after %1 of %n accounts; the others were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more account(s) were refused</source>
        <translation>
            <numerusform>and %n more account were refused</numerusform>
            <numerusform>and %n more accounts were refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::CatalogService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is still in use by %n account(s) or group(s); change them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; is still in use by %n account or group; change it first.</numerusform>
            <numerusform>&quot;%1&quot; is still in use by %n accounts or groups; change them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsDialog</name>
    <message numerus="yes">
        <source>Delete %n account(s) permanently? They can no longer be restored.</source>
        <translation>
            <numerusform>Delete %n account permanently? It can no longer be restored.</numerusform>
            <numerusform>Delete %n accounts permanently? They can no longer be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored.</source>
        <translation>
            <numerusform>%n account restored.</numerusform>
            <numerusform>%n accounts restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted permanently.</source>
        <translation>
            <numerusform>%n account deleted permanently.</numerusform>
            <numerusform>%n accounts deleted permanently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deleted account(s) match the search.</source>
        <translation>
            <numerusform>%1 of %n deleted account match the search.</numerusform>
            <numerusform>%1 of %n deleted accounts match the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted account(s).</source>
        <translation>
            <numerusform>%n deleted account.</numerusform>
            <numerusform>%n deleted accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsModel</name>
    <message numerus="yes">
        <source>%1 (kept %n day(s) after it was deleted)</source>
        <extracomment>%1 the date and time; %2 the database&apos;s retention period in days.</extracomment>
        <translation>
            <numerusform>%1 (kept %n day after it was deleted)</numerusform>
            <numerusform>%1 (kept %n days after it was deleted)</numerusform>
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
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n deleted account(s) in the recycle bin (View → Deleted accounts). Restore or purge them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; still has %n deleted account in the recycle bin (View → Deleted accounts). Restore or purge it first.</numerusform>
            <numerusform>&quot;%1&quot; still has %n deleted accounts in the recycle bin (View → Deleted accounts). Restore or purge them first.</numerusform>
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
    <name>bc::ImportColumnsPage</name>
    <message numerus="yes">
        <source>This looks like %1, with %n column(s). Choose what each column gives an account:</source>
        <extracomment>%1 the kind of file (&quot;a user export of the Microsoft 365 admin center&quot;), %2 how many columns it has.</extracomment>
        <translation>
            <numerusform>This looks like %1, with %n column. Choose what each column gives an account:</numerusform>
            <numerusform>This looks like %1, with %n columns. Choose what each column gives an account:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ImportRunPage</name>
    <message numerus="yes">
        <source>The check was stopped after %n record(s). Go Back and Next to check the whole file.</source>
        <translation>
            <numerusform>The check was stopped after %n record. Go Back and Next to check the whole file.</numerusform>
            <numerusform>The check was stopped after %n records. Go Back and Next to check the whole file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped after %n record(s). Those are imported whole; importing the file again goes on with the rest.</source>
        <translation>
            <numerusform>The import was stopped after %n record. It is imported whole; importing the file again goes on with the rest.</numerusform>
            <numerusform>The import was stopped after %n records. Those are imported whole; importing the file again goes on with the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to disable</source>
        <translation>
            <numerusform>%n to disable</numerusform>
            <numerusform>%n to disable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n disabled</numerusform>
            <numerusform>%n disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with an error</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import deletes %n account(s), with their backups.</source>
        <translation>
            <numerusform>The import deletes %n account, with its backups.</numerusform>
            <numerusform>The import deletes %n accounts, with their backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s) selected</source>
        <translation>
            <numerusform>%n account selected</numerusform>
            <numerusform>%n accounts selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::PasswordField</name>
    <message numerus="yes">
        <source>Optional, at least %n characters</source>
        <translation>
            <numerusform>Optional, at least %n characters</numerusform>
            <numerusform>Optional, at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::PasswordPolicy</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n characters.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::SavedFilters</name>
    <message numerus="yes">
        <source>A filter&apos;s name has at most %n characters.</source>
        <translation>
            <numerusform>A filter&apos;s name has at most %n character.</numerusform>
            <numerusform>A filter&apos;s name has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::SignInLockout</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many failed sign-ins. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Wait %n second, then try again.</numerusform>
            <numerusform>Too many failed sign-ins. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::UndoController</name>
    <message numerus="yes">
        <source>disabled %n account(s)</source>
        <translation>
            <numerusform>disabled %n account</numerusform>
            <numerusform>disabled %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enabled %n account(s)</source>
        <translation>
            <numerusform>enabled %n account</numerusform>
            <numerusform>enabled %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n account(s)</source>
        <translation>
            <numerusform>deleted %n account</numerusform>
            <numerusform>deleted %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created %n account(s)</source>
        <translation>
            <numerusform>created %n account</numerusform>
            <numerusform>created %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %n account(s)</source>
        <translation>
            <numerusform>restored %n account</numerusform>
            <numerusform>restored %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n account(s)</source>
        <translation>
            <numerusform>moved %n account</numerusform>
            <numerusform>moved %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed %n account(s)</source>
        <translation>
            <numerusform>changed %n account</numerusform>
            <numerusform>changed %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be restored from the recycle bin.</source>
        <extracomment>%1 the accounts (&quot;alice&quot; and &quot;bob&quot;, or &quot;3 accounts&quot;).</extracomment>
        <translation>
            <numerusform>%1 will be restored from the recycle bin.</numerusform>
            <numerusform>%1 will be restored from the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted again: they go to the recycle bin.</source>
        <translation>
            <numerusform>%1 will be deleted again: it goes to the recycle bin.</numerusform>
            <numerusform>%1 will be deleted again: they go to the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be enabled again.</source>
        <translation>
            <numerusform>%1 will be enabled again.</numerusform>
            <numerusform>%1 will be enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be disabled again.</source>
        <translation>
            <numerusform>%1 will be disabled again.</numerusform>
            <numerusform>%1 will be disabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be moved back to the group they were in.</source>
        <translation>
            <numerusform>%1 will be moved back to the group it was in.</numerusform>
            <numerusform>%1 will be moved back to the group they were in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be given back their previous settings.</source>
        <translation>
            <numerusform>%1 will be given back its previous settings.</numerusform>
            <numerusform>%1 will be given back their previous settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n activation email(s) it sent or withdrew stay as they are.</source>
        <translation>
            <numerusform>The %n activation email it sent or withdrew stays as it is.</numerusform>
            <numerusform>The %n activation emails it sent or withdrew stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) back as they were.</source>
        <translation>
            <numerusform>Undone: %n account back as it was.</numerusform>
            <numerusform>Undone: %n accounts back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) restored from the recycle bin.</source>
        <translation>
            <numerusform>Undone: %n account restored from the recycle bin.</numerusform>
            <numerusform>Undone: %n accounts restored from the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) deleted again.</source>
        <translation>
            <numerusform>Undone: %n account deleted again.</numerusform>
            <numerusform>Undone: %n accounts deleted again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) enabled again.</source>
        <translation>
            <numerusform>Undone: %n account enabled again.</numerusform>
            <numerusform>Undone: %n accounts enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) disabled again.</source>
        <translation>
            <numerusform>Undone: %n account disabled again.</numerusform>
            <numerusform>Undone: %n accounts disabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) moved back.</source>
        <translation>
            <numerusform>Undone: %n account moved back.</numerusform>
            <numerusform>Undone: %n accounts moved back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) given back their previous settings.</source>
        <translation>
            <numerusform>Undone: %n account given back its previous settings.</numerusform>
            <numerusform>Undone: %n accounts given back their previous settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountBinCommands</name>
    <message numerus="yes">
        <source>Deleted accounts shown: %1. The recycle bin keeps each for %n day(s).</source>
        <translation>
            <numerusform>Deleted accounts shown: %1. The recycle bin keeps each for %n day.</numerusform>
            <numerusform>Deleted accounts shown: %1. The recycle bin keeps each for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n deleted account(s) whose time in the recycle bin had passed.</source>
        <translation>
            <numerusform>Purged %n deleted account whose time in the recycle bin had passed.</numerusform>
            <numerusform>Purged %n deleted accounts whose time in the recycle bin had passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts now stay in the recycle bin for %n day(s).</source>
        <translation>
            <numerusform>Deleted accounts now stay in the recycle bin for %n day.</numerusform>
            <numerusform>Deleted accounts now stay in the recycle bin for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n deleted account(s) kept longer than that.</source>
        <translation>
            <numerusform>Purged %n deleted account kept longer than that.</numerusform>
            <numerusform>Purged %n deleted accounts kept longer than that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted accounts are kept %n day(s), then purged</source>
        <translation>
            <numerusform>deleted accounts are kept %n day, then purged</numerusform>
            <numerusform>deleted accounts are kept %n days, then purged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountChangeCommand</name>
    <message numerus="yes">
        <source>Changed %n account(s).</source>
        <translation>
            <numerusform>Changed %n account.</numerusform>
            <numerusform>Changed %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were as asked already.</source>
        <translation>
            <numerusform>%n account was as asked already.</numerusform>
            <numerusform>%n accounts were as asked already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountCommands</name>
    <message numerus="yes">
        <source>Deleted account &quot;%1&quot; (id %2): the recycle bin keeps it %n day(s); &quot;account restore %1&quot; brings it back.</source>
        <translation>
            <numerusform>Deleted account &quot;%1&quot; (id %2): the recycle bin keeps it %n day; &quot;account restore %1&quot; brings it back.</numerusform>
            <numerusform>Deleted account &quot;%1&quot; (id %2): the recycle bin keeps it %n days; &quot;account restore %1&quot; brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::CatalogCommands</name>
    <message numerus="yes">
        <source>Shown: %n.</source>
        <translation>
            <numerusform>Shown: %n.</numerusform>
            <numerusform>Shown: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupSettingsCommands</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupTemplateCommands</name>
    <message numerus="yes">
        <source>Links stay valid for %n day(s). Placeholders: %1.</source>
        <translation>
            <numerusform>Links stay valid for %n day. Placeholders: %1.</numerusform>
            <numerusform>Links stay valid for %n days. Placeholders: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::ImportCommands</name>
    <message numerus="yes">
        <source>… and %n more record(s) with errors.</source>
        <translation>
            <numerusform>… and %n more record with errors.</numerusform>
            <numerusform>… and %n more records with errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::MailCommands</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::OperatorCommands</name>
    <message numerus="yes">
        <source>Operators shown: %n.</source>
        <translation>
            <numerusform>Operator shown: %n.</numerusform>
            <numerusform>Operators shown: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::OutboxCommands</name>
    <message numerus="yes">
        <source>Sent %n email(s).</source>
        <translation>
            <numerusform>Sent %n email.</numerusform>
            <numerusform>Sent %n emails.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::server::ActivationPage</name>
    <message numerus="yes">
        <source>At least %n characters; not your login and not a common password.</source>
        <translation>
            <numerusform>At least %n characters; not your login and not a common password.</numerusform>
            <numerusform>At least %n characters; not your login and not a common password.</numerusform>
        </translation>
    </message>
</context>
</TS>
