<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountIdentityPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Who the account is for. The login must be unique across all organizations.</source>
        <translation>Für wen das Konto ist. Der Anmeldename muss in allen Organisationen eindeutig sein.</translation>
    </message>
    <message>
        <source>e.g. alice.smith</source>
        <translation>z. B. alice.smith</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>AccountOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Where backups go and which emails the account receives.</source>
        <translation>Wohin Sicherungen gehen und welche E-Mails das Konto erhält.</translation>
    </message>
    <message>
        <source>Backup l&amp;ocations:</source>
        <translation>Sicherungszie&amp;le:</translation>
    </message>
    <message>
        <source>Local &amp;and cloud</source>
        <translation>Lok&amp;al und Cloud</translation>
    </message>
    <message>
        <source>&amp;Cloud only</source>
        <translation>Nur &amp;Cloud</translation>
    </message>
    <message>
        <source>Notification &amp;level:</source>
        <translation>Benachrichtigungss&amp;tufe:</translation>
    </message>
    <message>
        <source>B&amp;usiness notifications</source>
        <translation>Geschäftliche Benachrichtig&amp;ungen</translation>
    </message>
    <message>
        <source>When off, the account&apos;s email address gets no notifications about exceeded quotas.</source>
        <translation>Wenn aus, erhält die E-Mail-Adresse des Kontos keine Benachrichtigungen über überschrittene Kontingente.</translation>
    </message>
</context>
<context>
    <name>bc::AboutDialog</name>
    <message>
        <source>About Backup Account Console</source>
        <translation>Über Backup Account Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Backup Account Console&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Backup Account Console&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create and manage the cloud-backup accounts of your customers&apos; users.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1).&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see &lt;a href=&quot;%2&quot;&gt;the GNU General Public License&lt;/a&gt; for details.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellen und verwalten Sie die Cloud-Sicherungskonten der Benutzer Ihrer Kunden.&lt;/p&gt;&lt;p&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (%1).&lt;/p&gt;&lt;p&gt;Es wird in der Hoffnung verbreitet, dass es nützlich ist, jedoch OHNE JEDE GEWÄHRLEISTUNG; Einzelheiten finden Sie in &lt;a href=&quot;%2&quot;&gt;der GNU General Public License&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3, läuft mit Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>bc::AccountAccessPage</name>
    <message>
        <source>Services and access</source>
        <translation>Dienste und Zugriff</translation>
    </message>
    <message>
        <source>The subscriptions that license the account, and the security groups that decide what it may do in this console.</source>
        <translation>Die Abonnements, die das Konto lizenzieren, und die Sicherheitsgruppen, die festlegen, was es in dieser Konsole darf.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>This organization has no subscriptions.</source>
        <translation>Diese Organisation hat keine Abonnements.</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>This organization has no security groups.</source>
        <translation>Diese Organisation hat keine Sicherheitsgruppen.</translation>
    </message>
    <message>
        <source>Optional. They matter only once the user operates this console; administrator privileges already grant every permission.</source>
        <translation>Optional. Sie zählen erst, wenn der Benutzer diese Konsole bedient; Administratorrechte gewähren bereits jede Berechtigung.</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions:</source>
        <translation>&amp;Abonnements:</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>Sicherheits&amp;gruppen:</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>None ticked: the account starts unlicensed and backs up nothing until a subscription is assigned to it.</source>
        <translation>Keines ausgewählt: Das Konto startet ohne Lizenz und sichert nichts, bis ihm ein Abonnement zugewiesen wird.</translation>
    </message>
    <message numerus="yes">
        <source>Licensed by %n subscription(s).</source>
        <translation>
            <numerusform>Lizenziert durch %n Abonnement.</numerusform>
            <numerusform>Lizenziert durch %n Abonnements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s default subscription</source>
        <translation>Das Standardabonnement der Gruppe</translation>
    </message>
    <message>
        <source>Licensed by the group&apos;s default subscription.</source>
        <translation>Lizenziert durch das Standardabonnement der Gruppe.</translation>
    </message>
</context>
<context>
    <name>bc::AccountActions</name>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <source>Show and edit every field of the account, and its history (Enter)</source>
        <translation>Alle Felder des Kontos und seinen Verlauf anzeigen und bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Assign &amp;service…</source>
        <translation>Dienst &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Add subscriptions to the selected accounts, which licenses them</source>
        <translation>Den ausgewählten Konten Abonnements hinzufügen, die sie lizenzieren</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Konto „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The subscriptions could not be read</source>
        <translation>Die Abonnements konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Service assigned to %n account(s).</source>
        <translation>
            <numerusform>Dienst %n Konto zugewiesen.</numerusform>
            <numerusform>Dienst %n Konten zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>An account&apos;s login in a list of accounts; use your language&apos;s quotation marks.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1: the first accounts of a list (&quot;alice&quot;, &quot;bob&quot;); %n: how many others there are.</extracomment>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the profile, storage, quotas, subscriptions or security groups of the selected accounts at once</source>
        <translation>Profil, Speicher, Kontingente, Abonnements oder Sicherheitsgruppen der ausgewählten Konten auf einmal ändern</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>In &amp;Gruppe verschieben…</translation>
    </message>
    <message>
        <source>Move the selected accounts to another group</source>
        <translation>Die ausgewählten Konten in eine andere Gruppe verschieben</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select every account of the list, also those not shown yet (Ctrl+A)</source>
        <translation>Jedes Konto der Liste auswählen, auch die noch nicht angezeigten (Strg+A)</translation>
    </message>
    <message>
        <source>The choices could not be read</source>
        <translation>Die Auswahl konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) moved.</source>
        <translation>
            <numerusform>%n Konto verschoben.</numerusform>
            <numerusform>%n Konten verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed.</source>
        <translation>
            <numerusform>%n Konto geändert.</numerusform>
            <numerusform>%n Konten geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountActivationPage</name>
    <message>
        <source>Activation email</source>
        <translation>Aktivierungs-E-Mail</translation>
    </message>
    <message>
        <source>The email with the link the user follows to choose a password and activate the account.</source>
        <translation>Die E-Mail mit dem Link, über den der Benutzer ein Passwort wählt und das Konto aktiviert.</translation>
    </message>
    <message>
        <source>Send an &amp;activation email</source>
        <translation>&amp;Aktivierungs-E-Mail senden</translation>
    </message>
    <message>
        <source>Use the &amp;group&apos;s email</source>
        <translation>E-Mail der &amp;Gruppe verwenden</translation>
    </message>
    <message>
        <source>Forget the changes and send the email the group&apos;s accounts get.</source>
        <translation>Die Änderungen verwerfen und die E-Mail senden, die die Konten der Gruppe erhalten.</translation>
    </message>
    <message>
        <source>Preview of the activation email</source>
        <translation>Vorschau der Aktivierungs-E-Mail</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Placeholders: %1 the user&apos;s name, %2 the login, %3 your organization, %4 the activation link (required), %5 when the link expires.</source>
        <translation>Platzhalter: %1 der Name des Benutzers, %2 der Anmeldename, %3 Ihre Organisation, %4 der Aktivierungslink (erforderlich), %5 wann der Link abläuft.</translation>
    </message>
    <message>
        <source>Pre&amp;view, as the user will see it:</source>
        <translation>&amp;Vorschau, wie der Benutzer sie sieht:</translation>
    </message>
    <message>
        <source>The preview is not available: %1</source>
        <translation>Die Vorschau ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>No email is sent: the account stays inactive until you send one later with &quot;Resend activation email&quot;.</source>
        <translation>Es wird keine E-Mail gesendet: Das Konto bleibt inaktiv, bis Sie später eine mit „Aktivierungs-E-Mail erneut senden“ schicken.</translation>
    </message>
    <message>
        <source>Sent when you press Finish. Change the subject or the text to give this account its own email; the account stays inactive until the user follows the link.</source>
        <translation>Wird gesendet, wenn Sie auf „Abschließen“ klicken. Ändern Sie Betreff oder Text, um diesem Konto eine eigene E-Mail zu geben; das Konto bleibt inaktiv, bis der Benutzer dem Link folgt.</translation>
    </message>
    <message>
        <source>The group&apos;s activation email is sent when you press Finish; the account stays inactive until the user follows the link.</source>
        <translation>Die Aktivierungs-E-Mail der Gruppe wird gesendet, wenn Sie auf „Abschließen“ klicken; das Konto bleibt inaktiv, bis der Benutzer dem Link folgt.</translation>
    </message>
    <message>
        <source>The activation link points to %1, which only this computer can open: the public address of the activation server is not set up. Set it in File → Email settings… under &quot;Activation link base&quot;, before the email is sent.</source>
        <translation>Der Aktivierungslink zeigt auf %1, das nur dieser Computer öffnen kann: Die öffentliche Adresse des Aktivierungsservers ist nicht eingerichtet. Tragen Sie sie unter Datei → E-Mail-Einstellungen… bei „Basis der Aktivierungslinks“ ein, bevor die E-Mail gesendet wird.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwo</translation>
    </message>
    <message>
        <source>Loading the group&apos;s activation email…</source>
        <translation>Aktivierungs-E-Mail der Gruppe wird geladen…</translation>
    </message>
</context>
<context>
    <name>bc::AccountBackupTab</name>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (Datensperre)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>The group&apos;s default</source>
        <translation>Standard der Gruppe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>St&amp;orage:</source>
        <translation>Spei&amp;cher:</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Backup &amp;locations:</source>
        <translation>Sicherungs&amp;ziele:</translation>
    </message>
    <message>
        <source>backup locations</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Benachrichtigungen:</translation>
    </message>
    <message>
        <source>notification level</source>
        <translation>Benachrichtigungsstufe</translation>
    </message>
    <message>
        <source>B&amp;usiness notifications</source>
        <translation>Geschäftliche Benachrichtig&amp;ungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has data lock: this account cannot move to another profile, cannot be deleted, and its licenses cannot be removed.</source>
        <translation>„%1“ hat eine Datensperre: Dieses Konto kann nicht in ein anderes Profil wechseln, nicht gelöscht werden, und seine Lizenzen können nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>bc::AccountChangeDialog</name>
    <message>
        <source>Leave as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Move accounts</source>
        <translation>Konten verschieben</translation>
    </message>
    <message>
        <source>Change accounts</source>
        <translation>Konten ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change %n account(s). Only what you set here changes; each account keeps the rest.</source>
        <translation>
            <numerusform>%n Konto ändern. Nur was Sie hier festlegen, ändert sich; alles andere bleibt, wie es ist.</numerusform>
            <numerusform>%n Konten ändern. Nur was Sie hier festlegen, ändert sich; jedes Konto behält alles andere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the accounts to this group. Its profiles, storages and limits apply.</source>
        <translation>Die Konten in diese Gruppe verschieben. Ihre Profile, Speicher und Grenzen gelten dann.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>The group&apos;s default storage</source>
        <translation>Standardspeicher der Gruppe</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>%1: Grenze</translation>
    </message>
    <message>
        <source>Overage, 0 GB</source>
        <translation>Überschreitung, 0 GB</translation>
    </message>
    <message>
        <source>Overage, 0</source>
        <translation>Überschreitung, 0</translation>
    </message>
    <message>
        <source>%1 overage</source>
        <translation>%1: Überschreitung</translation>
    </message>
    <message>
        <source>A ticked box adds it to every account, a cleared box removes it, a partly ticked box leaves each account as it is.</source>
        <translation>Ein Häkchen fügt es jedem Konto hinzu, ein leeres Kästchen entfernt es, ein teilweise markiertes lässt jedes Konto, wie es ist.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>S&amp;peicher:</translation>
    </message>
    <message>
        <source>Quotas:</source>
        <translation>Kontingente:</translation>
    </message>
    <message>
        <source>&amp;Subscriptions:</source>
        <translation>A&amp;bonnements:</translation>
    </message>
    <message>
        <source>Securit&amp;y groups:</source>
        <translation>Sic&amp;herheitsgruppen:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Moving accounts…</source>
        <translation>Konten werden verschoben…</translation>
    </message>
    <message>
        <source>Changing accounts…</source>
        <translation>Konten werden geändert…</translation>
    </message>
    <message>
        <source>None in this group</source>
        <translation>Keine in dieser Gruppe</translation>
    </message>
</context>
<context>
    <name>bc::AccountDetailsDialog</name>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation>Konto „%1“</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sicherung</translation>
    </message>
    <message>
        <source>Lice&amp;nses and access</source>
        <translation>&amp;Lizenzen und Zugriff</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Verlau&amp;f</translation>
    </message>
    <message>
        <source>&amp;Subscriptions (an account without one is unlicensed):</source>
        <translation>&amp;Abonnements (ein Konto ohne Abonnement ist nicht lizenziert):</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>This organization has no subscriptions.</source>
        <translation>Diese Organisation hat keine Abonnements.</translation>
    </message>
    <message>
        <source>Securit&amp;y groups:</source>
        <translation>Sicherheits&amp;gruppen:</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>This organization has no security groups.</source>
        <translation>Diese Organisation hat keine Sicherheitsgruppen.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile; its licenses cannot be removed.</source>
        <translation>Das Konto hat ein Profil mit Datensperre; seine Lizenzen können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No activation email queued</source>
        <translation>Keine Aktivierungs-E-Mail eingereiht</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>bc::AccountHistoryModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Created as &quot;%1&quot;</source>
        <translation>Angelegt als „%1“</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>An item of the catalog the account&apos;s group no longer offers; %1 is its number.</extracomment>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Activation email sent again</source>
        <translation>Aktivierungs-E-Mail erneut gesendet</translation>
    </message>
    <message>
        <source>Queued activation email withdrawn</source>
        <translation>Eingereihte Aktivierungs-E-Mail zurückgezogen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Notification email</source>
        <translation>Benachrichtigungs-E-Mail</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Agent auto-update</source>
        <translation>Automatische Agent-Aktualisierung</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Business notifications</source>
        <translation>Geschäftliche Benachrichtigungen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 overage</source>
        <translation>Überschreitung für %1</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>Limit für %1</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>the group&apos;s default</source>
        <translation>Standardspeicher der Gruppe</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Unsent emails withdrawn: %1</source>
        <extracomment>How many emails of the account that had not gone out were withdrawn.</extracomment>
        <translation>Zurückgezogene, nicht gesendete E-Mails: %1</translation>
    </message>
    <message>
        <source>A new link; earlier links no longer work</source>
        <translation>Ein neuer Link; frühere Links funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1, %2 von %3</translation>
    </message>
</context>
<context>
    <name>bc::AccountIdentityTab</name>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Leer lassen, um das aktuelle Passwort zu behalten.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Waiting for the user to activate the account</source>
        <translation>Wartet darauf, dass der Benutzer das Konto aktiviert</translation>
    </message>
    <message>
        <source>No activation pending</source>
        <translation>Keine Aktivierung ausstehend</translation>
    </message>
</context>
<context>
    <name>bc::AccountImport</name>
    <message>
        <source>The file is empty: it needs a header naming its columns.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile, die ihre Spalten nennt.</translation>
    </message>
    <message>
        <source>The file has no login column: name one &quot;login&quot; (or, in an export of Microsoft 365 or Google Workspace, &quot;User principal name&quot; or &quot;Email Address&quot;).</source>
        <translation>Die Datei hat keine Spalte für den Anmeldenamen: Nennen Sie eine „login“ (oder, in einem Export von Microsoft 365 oder Google Workspace, „User principal name“ oder „Email Address“).</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is none of create, update, disable and delete.</source>
        <translation>Die Aktion „%1“ ist keine von create, update, disable und delete.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already in record %2 of this file; a file names each account once.</source>
        <translation>Der Anmeldename „%1“ steht schon in Datensatz %2 dieser Datei; eine Datei nennt jedes Konto einmal.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken by an account outside &quot;%2&quot;; logins are unique across all organizations.</source>
        <translation>Der Anmeldename „%1“ gehört einem Konto außerhalb von „%2“; Anmeldenamen sind in allen Organisationen eindeutig.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is in &quot;%2&quot;; an import does not move accounts to another group.</source>
        <translation>Das Konto „%1“ ist in „%2“; ein Import verschiebt keine Konten in eine andere Gruppe.</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>In „%2“ gibt es kein Konto mit dem Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <source>Write yes or no, not &quot;%1&quot;.</source>
        <translation>Schreiben Sie yes oder no, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt kein Profil „%1“ in dieser Gruppe oder einer Gruppe darüber.</translation>
    </message>
    <message>
        <source>There is no storage &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt keinen Speicher „%1“ in dieser Gruppe oder einer Gruppe darüber.</translation>
    </message>
    <message>
        <source>There is no subscription &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt kein Abonnement „%1“ in dieser Gruppe oder einer Gruppe darüber.</translation>
    </message>
    <message>
        <source>There is no security group &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt keine Sicherheitsgruppe „%1“ in dieser Gruppe oder einer Gruppe darüber.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Es gibt keine Gruppe „%1“ in „%2“.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>The check did not have this record: the file changed since. Check it again.</source>
        <translation>Die Prüfung kannte diesen Datensatz nicht: Die Datei hat sich seither geändert. Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Someone changed the account since the check. Check the file again to see what the import would do now.</source>
        <translation>Jemand hat das Konto seit der Prüfung geändert. Prüfen Sie die Datei erneut, um zu sehen, was der Import jetzt täte.</translation>
    </message>
    <message>
        <source>The check said %1, but now it is %2: someone changed the account since. Check the file again to see what the import would do now.</source>
        <extracomment>%1 and %2 are outcomes: create, update, unchanged, disable, delete, error.</extracomment>
        <translation>Die Prüfung ergab „%1“, jetzt aber „%2“: Jemand hat das Konto seither geändert. Prüfen Sie die Datei erneut, um zu sehen, was der Import jetzt täte.</translation>
    </message>
</context>
<context>
    <name>bc::AccountListExport</name>
    <message>
        <source>Export Accounts</source>
        <extracomment>%1 the file&apos;s name, %2 how many accounts are in it so far.</extracomment>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>Exporting the accounts to &quot;%1&quot;…
Accounts written: %2</source>
        <translation>Die Konten werden nach „%1“ exportiert…
Geschriebene Konten: %2</translation>
    </message>
    <message>
        <source>E&amp;xport accounts…</source>
        <translation>Konten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every account of the list, as it is filtered and sorted, to a CSV file that an import reads back.</source>
        <translation>Jedes Konto der Liste, gefiltert und sortiert wie sie ist, in eine CSV-Datei schreiben, die ein Import wieder liest.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) exported to %1.</source>
        <extracomment>%1 the file the accounts went to.</extracomment>
        <translation>
            <numerusform>%n Konto nach %1 exportiert.</numerusform>
            <numerusform>%n Konten nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Nicht lizenziert</translation>
    </message>
    <message>
        <source>Waiting for the user to activate the account</source>
        <translation>Wartet darauf, dass der Benutzer das Konto aktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) assigned</source>
        <translation>
            <numerusform>%n Abonnement zugewiesen</numerusform>
            <numerusform>%n Abonnements zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription assigned; Account → Assign service… licenses it</source>
        <translation>Kein Abonnement zugewiesen; Konto → Dienst zuweisen… lizenziert es</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Storage quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
</context>
<context>
    <name>bc::AccountListPanel</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Login, email or name</source>
        <translation>Anmeldename, E-Mail oder Name</translation>
    </message>
    <message>
        <source>Include s&amp;ubgroups</source>
        <translation>&amp;Untergruppen einbeziehen</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Nicht lizenziert</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Email failed</source>
        <translation>E-Mail fehlgeschlagen</translation>
    </message>
    <message>
        <source>Inactive accounts whose activation email could not be sent</source>
        <translation>Inaktive Konten, deren Aktivierungs-E-Mail nicht gesendet werden konnte</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; applied.</source>
        <translation>Filter „%1“ angewendet.</translation>
    </message>
</context>
<context>
    <name>bc::AccountOptionsPage</name>
    <message>
        <source>backup locations</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <source>notification level</source>
        <translation>Benachrichtigungsstufe</translation>
    </message>
</context>
<context>
    <name>bc::AccountProfilePage</name>
    <message>
        <source>Storage quota %1, backup locations %2, notifications %3</source>
        <translation>Speicherkontingent %1, Sicherungsziele %2, Benachrichtigungen %3</translation>
    </message>
    <message>
        <source>Profile and storage</source>
        <translation>Profil und Speicher</translation>
    </message>
    <message>
        <source>A profile gives the account its quotas, backup locations and notification level. A value you change on the next pages becomes the account&apos;s own; profile changes no longer touch it.</source>
        <translation>Ein Profil gibt dem Konto seine Kontingente, Sicherungsziele und Benachrichtigungsstufe. Ein Wert, den Sie auf den nächsten Seiten ändern, wird zum eigenen Wert des Kontos; Profiländerungen wirken sich dann nicht mehr darauf aus.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (Datensperre)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, the group&apos;s default</source>
        <translation>%1, Standard der Gruppe</translation>
    </message>
    <message>
        <source>No storage defined</source>
        <translation>Kein Speicher festgelegt</translation>
    </message>
    <message>
        <source>The organization has no storage yet; the account gets the default one.</source>
        <translation>Die Organisation hat noch keinen Speicher; das Konto erhält den Standardspeicher.</translation>
    </message>
    <message>
        <source>Where this account&apos;s backups are kept.</source>
        <translation>Wo die Sicherungen dieses Kontos aufbewahrt werden.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>Spei&amp;cher:</translation>
    </message>
    <message>
        <source>Data lock: once created, this account cannot be deleted, cannot move to another profile, and its licenses cannot be removed.</source>
        <translation>Datensperre: Nach dem Anlegen kann dieses Konto nicht gelöscht werden, nicht in ein anderes Profil wechseln, und seine Lizenzen können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Profiles marked with a lock have data lock: their accounts cannot be deleted and cannot move to another profile.</source>
        <translation>Mit einem Schloss markierte Profile haben eine Datensperre: Ihre Konten können nicht gelöscht werden und nicht in ein anderes Profil wechseln.</translation>
    </message>
    <message>
        <source>This organization has no profiles; set the account&apos;s values yourself.</source>
        <translation>Diese Organisation hat keine Profile; legen Sie die Werte des Kontos selbst fest.</translation>
    </message>
    <message>
        <source>Loading the group&apos;s profiles and storages…</source>
        <translation>Profile und Speicherorte der Gruppe werden geladen…</translation>
    </message>
</context>
<context>
    <name>bc::AccountQuotasPage</name>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>How much this account may back up. Overage is how far usage may pass the limit before backups fail. Storage takes sizes such as &quot;500 GB&quot;, &quot;1.5 TiB&quot; or &quot;750 MiB&quot;.</source>
        <translation>Wie viel dieses Konto sichern darf. Die Überschreitung gibt an, wie weit die Nutzung das Limit übersteigen darf, bevor Sicherungen fehlschlagen. Speicher nimmt Größen wie „500 GB“, „1,5 TiB“ oder „750 MiB“ an.</translation>
    </message>
    <message>
        <source>Not offered: the organization has switched off %1.</source>
        <translation>Nicht angeboten: Die Organisation hat %1 ausgeschaltet.</translation>
    </message>
    <message>
        <source>Loading the group&apos;s limits…</source>
        <translation>Grenzwerte der Gruppe werden geladen…</translation>
    </message>
</context>
<context>
    <name>bc::AccountRules</name>
    <message>
        <source>Enter a login.</source>
        <translation>Geben Sie einen Anmeldenamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>A login can have at most %n characters.</source>
        <translation>
            <numerusform>Ein Anmeldename darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Anmeldename darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>a space or invisible character</source>
        <translation>ein Leerzeichen oder unsichtbares Zeichen</translation>
    </message>
    <message>
        <source>A login may contain letters, digits and . _ - @ only, not %1.</source>
        <translation>Ein Anmeldename darf nur Buchstaben, Ziffern und . _ - @ enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n characters.</source>
        <translation>
            <numerusform>Eine E-Mail-Adresse darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Eine E-Mail-Adresse darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; it should look like name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen.</translation>
    </message>
    <message numerus="yes">
        <source>A name can have at most %n characters.</source>
        <translation>
            <numerusform>Ein Name darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Name darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or invisible characters.</source>
        <translation>Ein Name darf keine Zeilenumbrüche oder unsichtbaren Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>Geben Sie eine Zahl von null oder mehr ein.</translation>
    </message>
    <message>
        <source>The group allows at most %1 for %2; enter %1 or less.</source>
        <translation>Die Gruppe erlaubt höchstens %1 für %2; geben Sie %1 oder weniger ein.</translation>
    </message>
    <message>
        <source>Enter the mobile number in international form: + and country code, then the number, e.g. +49 151 23456789.</source>
        <translation>Geben Sie die Mobilnummer im internationalen Format ein: + und Ländervorwahl, dann die Nummer, z. B. +49 151 23456789.</translation>
    </message>
    <message>
        <source>Enter a telephone number with at least 6 digits, e.g. +44 20 7946 0958.</source>
        <translation>Geben Sie eine Telefonnummer mit mindestens 6 Ziffern ein, z. B. +44 20 7946 0958.</translation>
    </message>
    <message numerus="yes">
        <source>An address can have at most %n characters.</source>
        <translation>
            <numerusform>Eine Anschrift darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Eine Anschrift darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>An address cannot contain invisible characters.</source>
        <translation>Eine Anschrift darf keine unsichtbaren Zeichen enthalten.</translation>
    </message>
    <message>
        <source>An administrator needs a telephone number.</source>
        <translation>Ein Administrator braucht eine Telefonnummer.</translation>
    </message>
    <message>
        <source>An administrator needs a postal address.</source>
        <translation>Ein Administrator braucht eine Postanschrift.</translation>
    </message>
</context>
<context>
    <name>bc::AccountService</name>
    <message>
        <source>The login &quot;%1&quot; is already taken; logins are unique across all organizations.</source>
        <translation>Der Anmeldename „%1“ ist bereits vergeben; Anmeldenamen sind in allen Organisationen eindeutig.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken; logins are unique across all organizations. &quot;%2&quot; is free.</source>
        <translation>Der Anmeldename „%1“ ist bereits vergeben; Anmeldenamen sind in allen Organisationen eindeutig. „%2“ ist frei.</translation>
    </message>
    <message>
        <source>Choose one of the profiles of this group or of a group above it.</source>
        <translation>Wählen Sie eines der Profile dieser Gruppe oder einer übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>Choose one of the storages of this group or of a group above it.</source>
        <translation>Wählen Sie einen der Speicher dieser Gruppe oder einer übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>Choose subscriptions of this group or of a group above it.</source>
        <translation>Wählen Sie Abonnements dieser Gruppe oder einer übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>Choose security groups of this group or of a group above it.</source>
        <translation>Wählen Sie Sicherheitsgruppen dieser Gruppe oder einer übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>Choose the group the account belongs to.</source>
        <translation>Wählen Sie die Gruppe, zu der das Konto gehört.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile; its profile cannot change.</source>
        <translation>Das Konto hat ein Profil mit Datensperre; sein Profil kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile; its licenses cannot be removed.</source>
        <translation>Das Konto hat ein Profil mit Datensperre; seine Lizenzen können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a data-locked profile and cannot be deleted.</source>
        <translation>„%1“ hat ein Profil mit Datensperre und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The account is no longer in the recycle bin.</source>
        <translation>Das Konto ist nicht mehr im Papierkorb.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: its profile no longer exists. Restore it after giving the group a profile again, or purge it.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Sein Profil existiert nicht mehr. Stellen Sie es wieder her, nachdem die Gruppe wieder ein Profil hat, oder löschen Sie es endgültig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a data-locked profile and cannot be purged by hand; it is purged when its time in the recycle bin has passed.</source>
        <translation>„%1“ hat ein Profil mit Datensperre und kann nicht von Hand endgültig gelöscht werden; es wird gelöscht, wenn seine Zeit im Papierkorb abgelaufen ist.</translation>
    </message>
    <message>
        <source>Keep deleted accounts from 1 to %1 days.</source>
        <translation>Gelöschte Konten 1 bis %1 Tage aufbewahren.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; belongs to a deleted account in the recycle bin (View → Deleted accounts). Restore that account, or purge it to use the login again.</source>
        <translation>Der Anmeldename „%1“ gehört einem gelöschten Konto im Papierkorb (Ansicht → Gelöschte Konten). Stellen Sie dieses Konto wieder her, oder löschen Sie es endgültig, um den Anmeldenamen wieder zu verwenden.</translation>
    </message>
    <message>
        <source>%1 changed it on %2.</source>
        <translation>%1 hat es am %2 geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was restored since.</source>
        <translation>„%1“ wurde inzwischen wiederhergestellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was purged from the recycle bin since.</source>
        <translation>„%1“ wurde inzwischen endgültig aus dem Papierkorb gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was purged for good and cannot be brought back.</source>
        <translation>„%1“ wurde endgültig gelöscht und kann nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted since.</source>
        <translation>„%1“ wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed since.</source>
        <translation>„%1“ wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>The last change has nothing that can be undone.</source>
        <translation>Die letzte Änderung enthält nichts, was rückgängig gemacht werden kann.</translation>
    </message>
</context>
<context>
    <name>bc::AccountStateChanges</name>
    <message>
        <source>Disable accounts</source>
        <translation>Konten sperren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)? They stop backing up until they are enabled again.</source>
        <translation>
            <numerusform>%n Konto sperren? Es sichert nichts mehr, bis es wieder entsperrt wird.</numerusform>
            <numerusform>%n Konten sperren? Sie sichern nichts mehr, bis sie wieder entsperrt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Enabling accounts…</source>
        <translation>Konten werden entsperrt…</translation>
    </message>
    <message>
        <source>Disabling accounts…</source>
        <translation>Konten werden gesperrt…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n Konto entsperrt.</numerusform>
            <numerusform>%n Konten entsperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n Konto gesperrt.</numerusform>
            <numerusform>%n Konten gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every account was enabled</source>
        <translation>Nicht alle Konten wurden entsperrt</translation>
    </message>
    <message>
        <source>Not every account was disabled</source>
        <translation>Nicht alle Konten wurden gesperrt</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>Konten löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting accounts…</source>
        <translation>Konten werden gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted.</source>
        <translation>
            <numerusform>%n Konto gelöscht.</numerusform>
            <numerusform>%n Konten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every account was deleted</source>
        <translation>Nicht alle Konten wurden gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)? Their backups stop, and they go to the recycle bin: View → Deleted accounts… restores them until they are purged.</source>
        <translation>
            <numerusform>%n Konto löschen? Seine Sicherungen stoppen, und es kommt in den Papierkorb: Ansicht → Gelöschte Konten… stellt es wieder her, bis es endgültig gelöscht wird.</numerusform>
            <numerusform>%n Konten löschen? Ihre Sicherungen stoppen, und sie kommen in den Papierkorb: Ansicht → Gelöschte Konten… stellt sie wieder her, bis sie endgültig gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account &quot;%1&quot;? Its backups stop, and it goes to the recycle bin: View → Deleted accounts… restores it until it is purged.</source>
        <translation>Das Konto „%1“ löschen? Seine Sicherungen stoppen, und es kommt in den Papierkorb: Ansicht → Gelöschte Konten… stellt es wieder her, bis es endgültig gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>bc::AccountSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check the new account. Press Finish to create it; it stays inactive until the user activates it from the email.</source>
        <translation>Prüfen Sie das neue Konto. Klicken Sie auf „Abschließen“, um es anzulegen; es bleibt inaktiv, bis der Benutzer es über die E-Mail aktiviert.</translation>
    </message>
    <message>
        <source>Summary of the new account</source>
        <translation>Zusammenfassung des neuen Kontos</translation>
    </message>
    <message>
        <source>The account was not saved. %1
Everything you entered is still here; press Finish to try again.</source>
        <translation>Das Konto wurde nicht gespeichert. %1
Alle Ihre Eingaben sind noch vorhanden; klicken Sie auf „Abschließen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The group&apos;s default</source>
        <translation>Standard der Gruppe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Notification email</source>
        <translation>Benachrichtigungs-E-Mail</translation>
    </message>
    <message>
        <source>The sign-in email</source>
        <translation>Die Anmelde-E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Mobile (SMS MFA)</source>
        <translation>Mobil (SMS-MFA)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Not set; the user chooses one from the activation email</source>
        <translation>Nicht festgelegt; der Benutzer wählt eines über die Aktivierungs-E-Mail</translation>
    </message>
    <message>
        <source>Not set; the user chooses one once an activation email is sent</source>
        <translation>Nicht festgelegt; der Benutzer wählt eines, sobald eine Aktivierungs-E-Mail gesendet wurde</translation>
    </message>
    <message>
        <source>Administrator privileges</source>
        <translation>Administratorrechte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Agent auto update</source>
        <translation>Automatische Agent-Aktualisierung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (Datensperre)</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Not offered; the service is switched off</source>
        <translation>Nicht angeboten; der Dienst ist ausgeschaltet</translation>
    </message>
    <message>
        <source>%1, overage %2</source>
        <translation>%1, Überschreitung %2</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <source>Notification level</source>
        <translation>Benachrichtigungsstufe</translation>
    </message>
    <message>
        <source>Business notifications</source>
        <translation>Geschäftliche Benachrichtigungen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>None; the account starts unlicensed</source>
        <translation>Keine; das Konto startet ohne Lizenz</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Activation email</source>
        <translation>Aktivierungs-E-Mail</translation>
    </message>
    <message>
        <source>Not sent; the account stays inactive until one is sent with &quot;Resend activation email&quot;</source>
        <translation>Nicht gesendet; das Konto bleibt inaktiv, bis eine mit „Aktivierungs-E-Mail erneut senden“ gesendet wird</translation>
    </message>
    <message>
        <source>Will be sent (own text)</source>
        <translation>Wird gesendet (eigener Text)</translation>
    </message>
    <message>
        <source>Will be sent (group&apos;s text)</source>
        <translation>Wird gesendet (Text der Gruppe)</translation>
    </message>
    <message>
        <source>%1 (from profile)</source>
        <translation>%1 (aus dem Profil)</translation>
    </message>
    <message>
        <source>%1 (changed; the profile has %2)</source>
        <translation>%1 (geändert; das Profil hat %2)</translation>
    </message>
    <message>
        <source>The account is not saved yet: %1
Retrying by itself every few seconds (attempt %2); everything you entered is kept. Cancel stops trying.</source>
        <translation>Das Konto ist noch nicht gespeichert: %1
Es wird alle paar Sekunden von selbst erneut versucht (Versuch %2); alle Ihre Eingaben bleiben erhalten. „Abbrechen“ beendet die Versuche.</translation>
    </message>
</context>
<context>
    <name>bc::AccountText</name>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cloud only</source>
        <translation>Nur Cloud</translation>
    </message>
    <message>
        <source>Local and cloud</source>
        <translation>Lokal und Cloud</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>Keine Benachrichtigungen</translation>
    </message>
    <message>
        <source>Backup failures</source>
        <translation>Fehlgeschlagene Sicherungen</translation>
    </message>
    <message>
        <source>Backup failures and warnings</source>
        <translation>Fehlgeschlagene Sicherungen und Warnungen</translation>
    </message>
    <message>
        <source>Failures, warnings and successful backups</source>
        <translation>Fehler, Warnungen und erfolgreiche Sicherungen</translation>
    </message>
</context>
<context>
    <name>bc::ActingOperator</name>
    <message>
        <source>Nobody is signed in: sign in as an operator to work here.</source>
        <translation>Niemand ist angemeldet: Melden Sie sich als Operator an, um hier zu arbeiten.</translation>
    </message>
</context>
<context>
    <name>bc::ActivationActions</name>
    <message>
        <source>Resend &amp;activation email</source>
        <translation>&amp;Aktivierungs-E-Mail erneut senden</translation>
    </message>
    <message>
        <source>Send the selected inactive accounts a new activation link; earlier links stop working.</source>
        <translation>Den ausgewählten inaktiven Konten einen neuen Aktivierungslink senden; frühere Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Retry &amp;sending</source>
        <translation>Senden &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send the activation email of the selected accounts again now.</source>
        <translation>Die Aktivierungs-E-Mail der ausgewählten Konten jetzt erneut senden.</translation>
    </message>
    <message>
        <source>&amp;Email settings…</source>
        <translation>E-&amp;Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>The mail server that sends activation emails.</source>
        <translation>Der Mailserver, der die Aktivierungs-E-Mails sendet.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n activation email(s); earlier links no longer work.</source>
        <translation>
            <numerusform>%n Aktivierungs-E-Mail eingereiht; frühere Links funktionieren nicht mehr.</numerusform>
            <numerusform>%n Aktivierungs-E-Mails eingereiht; frühere Links funktionieren nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some activation emails were not sent</source>
        <translation>Einige Aktivierungs-E-Mails wurden nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n activation email(s) again.</source>
        <translation>
            <numerusform>%n Aktivierungs-E-Mail wird erneut gesendet.</numerusform>
            <numerusform>%n Aktivierungs-E-Mails werden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No activation email of the selection is waiting or failed.</source>
        <translation>Keine Aktivierungs-E-Mail der Auswahl wartet oder ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Some emails could not be retried</source>
        <translation>Einige E-Mails konnten nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>Not sent: no mail server set up.</source>
        <translation>Nicht gesendet: kein Mailserver eingerichtet.</translation>
    </message>
    <message>
        <source>Email is not set up</source>
        <translation>E-Mail ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>No mail server is set up, so no email can be sent. The activation emails wait in the outbox and go out once a mail server is set up.</source>
        <translation>Es ist kein Mailserver eingerichtet, daher kann keine E-Mail gesendet werden. Die Aktivierungs-E-Mails warten im Postausgang und gehen hinaus, sobald ein Mailserver eingerichtet ist.</translation>
    </message>
    <message>
        <source>Set up &amp;email…</source>
        <translation>E-&amp;Mail einrichten…</translation>
    </message>
    <message>
        <source>Queuing activation emails…</source>
        <extracomment>The progress dialog of Resend activation email on many accounts.</extracomment>
        <translation>Aktivierungs-E-Mails werden eingereiht…</translation>
    </message>
</context>
<context>
    <name>bc::ActivationService</name>
    <message>
        <source>This activation link is not known. Check that the whole link was copied, or ask your help desk for a new one.</source>
        <translation>Dieser Aktivierungslink ist nicht bekannt. Prüfen Sie, ob der ganze Link kopiert wurde, oder bitten Sie Ihren Helpdesk um einen neuen.</translation>
    </message>
    <message>
        <source>This activation link was used already. Sign in with the password you chose.</source>
        <translation>Dieser Aktivierungslink wurde bereits verwendet. Melden Sie sich mit dem Passwort an, das Sie gewählt haben.</translation>
    </message>
    <message>
        <source>A newer activation email replaced this link. Use the link in the newest email.</source>
        <translation>Eine neuere Aktivierungs-E-Mail hat diesen Link ersetzt. Verwenden Sie den Link in der neuesten E-Mail.</translation>
    </message>
    <message>
        <source>This activation link has expired. Ask your help desk to send a new one.</source>
        <translation>Dieser Aktivierungslink ist abgelaufen. Bitten Sie Ihren Helpdesk, einen neuen zu senden.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your help desk to enable it.</source>
        <translation>Dieses Konto ist gesperrt. Bitten Sie Ihren Helpdesk, es zu entsperren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not waiting for activation; only inactive accounts get activation emails.</source>
        <translation>„%1“ wartet nicht auf eine Aktivierung; nur inaktive Konten erhalten Aktivierungs-E-Mails.</translation>
    </message>
    <message>
        <source>A link may stay valid from 1 to 90 days.</source>
        <translation>Ein Link kann 1 bis 90 Tage gültig bleiben.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>Enter the text of the email.</source>
        <translation>Geben Sie den Text der E-Mail ein.</translation>
    </message>
    <message>
        <source>The text must contain {link}: without it the user cannot activate the account.</source>
        <translation>Der Text muss {link} enthalten: Ohne ihn kann der Benutzer das Konto nicht aktivieren.</translation>
    </message>
    <message>
        <source>Test email from the Backup Account Console</source>
        <translation>Test-E-Mail von der Backup Account Console</translation>
    </message>
    <message>
        <source>This is a test. The console can send email through this server.</source>
        <translation>Dies ist ein Test. Die Konsole kann E-Mails über diesen Server senden.</translation>
    </message>
</context>
<context>
    <name>bc::ActivationText</name>
    <message>
        <source>Email queued</source>
        <translation>E-Mail eingereiht</translation>
    </message>
    <message>
        <source>Email queued (retrying: %1)</source>
        <translation>E-Mail eingereiht (erneuter Versuch: %1)</translation>
    </message>
    <message>
        <source>Email sending</source>
        <translation>E-Mail wird gesendet</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pending since %1 · link expires %2</source>
        <extracomment>Shown for an inactive account: when its activation started and when its link stops working.</extracomment>
        <translation>Ausstehend seit %1 · Link läuft ab %2</translation>
    </message>
    <message>
        <source>Not sent: no mail server set up</source>
        <translation>Nicht gesendet: kein Mailserver eingerichtet</translation>
    </message>
    <message>
        <source>Email withdrawn</source>
        <translation>E-Mail zurückgezogen</translation>
    </message>
</context>
<context>
    <name>bc::AddAccountWizard</name>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Add account to %1</source>
        <translation>Konto zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>The group&apos;s details could not be read: %1 Trying again…</source>
        <translation>Die Angaben der Gruppe konnten nicht gelesen werden: %1 Neuer Versuch folgt…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>bc::AssignServiceDialog</name>
    <message>
        <source>Assign service</source>
        <translation>Dienst zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Subscriptions to add to %n account(s):</source>
        <translation>
            <numerusform>&amp;Abonnements, die %n Konto hinzugefügt werden:</numerusform>
            <numerusform>&amp;Abonnements, die %n Konten hinzugefügt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>This organization has no subscriptions; add one with Group → Subscriptions…</source>
        <translation>Diese Organisation hat keine Abonnements; fügen Sie eines mit Gruppe → Abonnements… hinzu.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assigning the subscriptions…</source>
        <translation>Abonnements werden zugewiesen…</translation>
    </message>
</context>
<context>
    <name>bc::AuditLog</name>
    <message>
        <source>The end of the time range must come after its start; no entry lies between them.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Anfang liegen; dazwischen liegt kein Eintrag.</translation>
    </message>
    <message>
        <source>Subgroups need a group to start from; choose a group.</source>
        <translation>Untergruppen brauchen eine Gruppe als Ausgangspunkt; wählen Sie eine Gruppe.</translation>
    </message>
</context>
<context>
    <name>bc::AuditLogLauncher</name>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Who changed what and when, with filters and an export to CSV.</source>
        <translation>Wer wann was geändert hat, mit Filtern und einem Export als CSV.</translation>
    </message>
</context>
<context>
    <name>bc::AuditLogModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>An object of the audit log: %1 its type (&quot;Account&quot;), %2 its number.</extracomment>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>bc::AuditLogWindow</name>
    <message>
        <source>Any</source>
        <extracomment>A date filter of the audit log that keeps every date.</extracomment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation>Objekt&amp;typ:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Include &amp;subgroups</source>
        <translation>Untergruppen ein&amp;schließen</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Jeder Operator</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>A part of the login or name</source>
        <translation>Ein Teil des Logins oder Namens</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; scroll down for more.</source>
        <translation>
            <numerusform>%n Eintrag bisher; nach unten scrollen für mehr.</numerusform>
            <numerusform>%n Einträge bisher; nach unten scrollen für mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <extracomment>%1 the file&apos;s name, %2 how many entries of the audit log are in it so far.</extracomment>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <extracomment>%1 the file the audit log&apos;s entries went to.</extracomment>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit log to &quot;%1&quot;…
Entries written: %2</source>
        <translation>Das Prüfprotokoll wird nach „%1“ exportiert…
Geschriebene Einträge: %2</translation>
    </message>
</context>
<context>
    <name>bc::Authority</name>
    <message>
        <source>This database has operators: sign in as one of them to work on it.</source>
        <translation>Diese Datenbank hat Operatoren: Melden Sie sich als einer von ihnen an, um damit zu arbeiten.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not do this in &quot;%2&quot;: it lacks the permission %3.</source>
        <translation>Der Operator „%1“ darf das in „%2“ nicht: Ihm fehlt die Berechtigung %3.</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>die ganze Datenbank</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not reach &quot;%2&quot;: it works only in &quot;%3&quot; and the groups below it.</source>
        <translation>Der Operator „%1“ darf „%2“ nicht erreichen: Er arbeitet nur in „%3“ und den Gruppen darunter.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not do this in &quot;%2&quot;: it works only in &quot;%3&quot; and the groups below it.</source>
        <translation>Der Operator „%1“ darf das in „%2“ nicht: Er arbeitet nur in „%3“ und den Gruppen darunter.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not grant what it lacks itself: the permission %2.</source>
        <translation>Der Operator „%1“ darf nichts vergeben, was ihm selbst fehlt: die Berechtigung %2.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not make an account an administrator: only an administrator may.</source>
        <translation>Der Operator „%1“ darf kein Konto zum Administrator machen: Das darf nur ein Administrator.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not give the security group &quot;%2&quot;: it lacks the permission %3.</source>
        <translation>Der Operator „%1“ darf die Sicherheitsgruppe „%2“ nicht vergeben: Ihm fehlt die Berechtigung %3.</translation>
    </message>
    <message>
        <source>No operator has the login &quot;%1&quot;.</source>
        <translation>Kein Operator hat das Login „%1“.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; is not enrolled in multi-factor authentication: %2 Enrol yourself first: operator mfa enroll %1</source>
        <translation>Der Operator „%1“ ist nicht für die Mehr-Faktor-Authentifizierung eingerichtet: %2 Richten Sie sich zuerst selbst ein: operator mfa enroll %1</translation>
    </message>
    <message>
        <source>once any operator is enrolled, the top group&apos;s operators need it to sign in, and it is one of them.</source>
        <translation>Sobald irgendein Operator eingerichtet ist, brauchen die Operatoren der obersten Gruppe sie zur Anmeldung, und er ist einer von ihnen.</translation>
    </message>
    <message>
        <source>the switch would make it need it to sign in, as it works in &quot;%1&quot;.</source>
        <translation>Mit dem Schalter bräuchte er sie zur Anmeldung, da er in „%1“ arbeitet.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not reset its own multi-factor authentication: it needs it to sign in, as %2 It could not sign in again to enrol. Another operator who manages operators resets and enrols it.</source>
        <translation>Der Operator „%1“ darf seine eigene Mehr-Faktor-Authentifizierung nicht zurücksetzen, denn er braucht sie zur Anmeldung: %2 Er könnte sich danach nicht wieder anmelden, um sich neu einzurichten. Ein anderer Operator, der Operatoren verwaltet, setzt sie zurück und richtet ihn neu ein.</translation>
    </message>
</context>
<context>
    <name>bc::BulkActionRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n account(s): %2</source>
        <extracomment>A bulk action stopped by a database problem; %1 the problem.</extracomment>
        <translation>
            <numerusform>Angehalten nach %1 von %n Konto: %2</numerusform>
            <numerusform>Angehalten nach %1 von %n Konten: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %1 of %n account(s); the others were left as they were.</source>
        <translation>
            <numerusform>Abgebrochen nach %1 von %n Konto; die übrigen blieben unverändert.</numerusform>
            <numerusform>Abgebrochen nach %1 von %n Konten; die übrigen blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more account(s) were refused</source>
        <translation>
            <numerusform>und %n weiteres Konto wurde abgelehnt</numerusform>
            <numerusform>und %n weitere Konten wurden abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>A refused account and why: %1 its login, %2 the reason.</extracomment>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>bc::CatalogDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>bc::CatalogItemForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>bc::CatalogKindAdapter</name>
    <message>
        <source>Profiles of &quot;%1&quot;</source>
        <translation>Profile von „%1“</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>This group defines no profile yet.</source>
        <translation>Diese Gruppe legt noch kein Profil fest.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Data lock</source>
        <translation>Datensperre</translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation>Benachrichtigungen: %1</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Storages of &quot;%1&quot;</source>
        <translation>Speicher von „%1“</translation>
    </message>
    <message>
        <source>Add storage</source>
        <translation>Speicher hinzufügen</translation>
    </message>
    <message>
        <source>Storage &quot;%1&quot;</source>
        <translation>Speicher „%1“</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>This group defines no storage yet.</source>
        <translation>Diese Gruppe legt noch keinen Speicher fest.</translation>
    </message>
    <message>
        <source>Delete the storage &quot;%1&quot;?</source>
        <translation>Den Speicher „%1“ löschen?</translation>
    </message>
    <message>
        <source>Subscriptions of &quot;%1&quot;</source>
        <translation>Abonnements von „%1“</translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation>Abonnement hinzufügen</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot;</source>
        <translation>Abonnement „%1“</translation>
    </message>
    <message>
        <source>This group defines no subscription yet.</source>
        <translation>Diese Gruppe legt noch kein Abonnement fest.</translation>
    </message>
    <message>
        <source>Delete the subscription &quot;%1&quot;?</source>
        <translation>Das Abonnement „%1“ löschen?</translation>
    </message>
    <message>
        <source>Security groups of &quot;%1&quot;</source>
        <translation>Sicherheitsgruppen von „%1“</translation>
    </message>
    <message>
        <source>Add security group</source>
        <translation>Sicherheitsgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Security group &quot;%1&quot;</source>
        <translation>Sicherheitsgruppe „%1“</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>This group defines no security group yet.</source>
        <translation>Diese Gruppe legt noch keine Sicherheitsgruppe fest.</translation>
    </message>
    <message>
        <source>Delete the security group &quot;%1&quot;?</source>
        <translation>Die Sicherheitsgruppe „%1“ löschen?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>bc::CatalogListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>bc::CatalogService</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>This group has one named &quot;%1&quot; already; choose another name.</source>
        <translation>Diese Gruppe hat bereits einen Eintrag namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is still in use by %n account(s) or group(s); change them first.</source>
        <translation>
            <numerusform>„%1“ wird noch von %n Konto oder Gruppe verwendet; ändern Sie diese zuerst.</numerusform>
            <numerusform>„%1“ wird noch von %n Konten oder Gruppen verwendet; ändern Sie diese zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>Geben Sie eine Zahl von null oder mehr ein.</translation>
    </message>
    <message>
        <source>The group above allows at most %1; enter %1 or less.</source>
        <translation>Die übergeordnete Gruppe erlaubt höchstens %1; geben Sie %1 oder weniger ein.</translation>
    </message>
    <message>
        <source>The default storage must be one of this group&apos;s storages or of a group above it.</source>
        <translation>Der Standardspeicher muss einer der Speicher dieser Gruppe oder einer übergeordneten Gruppe sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default profile of &quot;%2&quot;; choose another default in that group&apos;s settings first.</source>
        <translation>„%1“ ist das Standardprofil von „%2“; wählen Sie zuerst in den Einstellungen dieser Gruppe einen anderen Standard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default storage of &quot;%2&quot;; choose another default in that group&apos;s settings first.</source>
        <translation>„%1“ ist der Standardspeicher von „%2“; wählen Sie zuerst in den Einstellungen dieser Gruppe einen anderen Standard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default subscription of &quot;%2&quot;; choose another default in that group&apos;s settings first.</source>
        <translation>„%1“ ist das Standardabonnement von „%2“; wählen Sie zuerst in den Einstellungen dieser Gruppe einen anderen Standard.</translation>
    </message>
    <message>
        <source>The default profile must be one of this group&apos;s profiles or of a group above it.</source>
        <translation>Das Standardprofil muss eines der Profile dieser Gruppe oder einer übergeordneten Gruppe sein.</translation>
    </message>
    <message>
        <source>The default subscription must be one of this group&apos;s subscriptions or of a group above it.</source>
        <translation>Das Standardabonnement muss eines der Abonnements dieser Gruppe oder einer übergeordneten Gruppe sein.</translation>
    </message>
</context>
<context>
    <name>bc::CatalogText</name>
    <message>
        <source>Physical workstations</source>
        <translation>Physische Arbeitsplatzrechner</translation>
    </message>
    <message>
        <source>Physical servers</source>
        <translation>Physische Server</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobilgeräte</translation>
    </message>
    <message>
        <source>Microsoft 365 mailboxes</source>
        <translation>Microsoft-365-Postfächer</translation>
    </message>
    <message>
        <source>Microsoft 365 OneDrive</source>
        <translation>Microsoft 365 OneDrive</translation>
    </message>
    <message>
        <source>Microsoft 365 SharePoint</source>
        <translation>Microsoft 365 SharePoint</translation>
    </message>
    <message>
        <source>Microsoft 365 Teams</source>
        <translation>Microsoft 365 Teams</translation>
    </message>
    <message>
        <source>Create accounts</source>
        <translation>Konten anlegen</translation>
    </message>
    <message>
        <source>Edit accounts</source>
        <translation>Konten bearbeiten</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>Konten löschen</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Das Prüfprotokoll einsehen</translation>
    </message>
    <message>
        <source>Manage groups and their settings</source>
        <translation>Gruppen und ihre Einstellungen verwalten</translation>
    </message>
    <message>
        <source>Manage profiles, storages, subscriptions and security groups</source>
        <translation>Profile, Speicher, Abonnements und Sicherheitsgruppen verwalten</translation>
    </message>
    <message>
        <source>Manage operators</source>
        <translation>Operatoren verwalten</translation>
    </message>
</context>
<context>
    <name>bc::ChangeUndo</name>
    <message>
        <source>The group &quot;%1&quot; was deleted since.</source>
        <translation>Die Gruppe „%1“ wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was renamed since.</source>
        <translation>Die Gruppe „%1“ wurde inzwischen umbenannt.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has accounts or groups of its own since.</source>
        <translation>Die Gruppe „%1“ hat inzwischen eigene Konten oder Gruppen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this kind of change cannot be undone.</source>
        <translation>„%1“: Diese Art von Änderung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted since.</source>
        <translation>„%1“ wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed since.</source>
        <translation>„%1“ wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>The change&apos;s record in the audit log cannot be read.</source>
        <translation>Der Eintrag der Änderung im Prüfprotokoll kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The settings of &quot;%1&quot; were changed since.</source>
        <translation>Die Einstellungen von „%1“ wurden inzwischen geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted with its group since.</source>
        <translation>„%1“ wurde inzwischen mit seiner Gruppe gelöscht.</translation>
    </message>
    <message>
        <source>The multi-factor switch of &quot;%1&quot; was turned since.</source>
        <translation>Der Schalter für Mehr-Faktor-Authentifizierung von „%1“ wurde inzwischen umgelegt.</translation>
    </message>
    <message>
        <source>The activation link or email of &quot;%1&quot; was changed since.</source>
        <translation>Aktivierungslink oder Aktivierungs-E-Mail von „%1“ wurden inzwischen geändert.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was deleted by an earlier version of the console, which did not keep enough of it to make it again; make it again by hand.</source>
        <translation>Die Gruppe „%1“ wurde von einer früheren Version der Konsole gelöscht, die zu wenig von ihr aufbewahrt hat, um sie wieder anzulegen; legen Sie sie von Hand wieder an.</translation>
    </message>
    <message>
        <source>The group that &quot;%1&quot; was in was deleted since.</source>
        <translation>Die Gruppe, in der „%1“ war, wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>bc::ColumnChooser</name>
    <message>
        <source>Choose the columns of the account list.</source>
        <translation>Die Spalten der Kontenliste auswählen.</translation>
    </message>
    <message>
        <source>This column is always shown.</source>
        <translation>Diese Spalte wird immer angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Show all columns</source>
        <translation>&amp;Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>Spa&amp;lten…</translation>
    </message>
</context>
<context>
    <name>bc::CommandPalette</name>
    <message>
        <source>Run an action, or go to a group (Acme/Contoso) or an account (login, email, name)</source>
        <translation>Aktion ausführen oder zu einer Gruppe (Acme/Contoso) oder einem Konto (Anmeldename, E-Mail, Name) springen</translation>
    </message>
    <message>
        <source>Go to anything</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Actions, groups and accounts found</source>
        <translation>Gefundene Aktionen, Gruppen und Konten</translation>
    </message>
    <message>
        <source>Groups and accounts could not be searched: %1</source>
        <translation>Gruppen und Konten konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Searching groups and accounts…</source>
        <translation>Gruppen und Konten werden durchsucht…</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Auf und Ab wählen, Eingabe führt aus, Esc schließt.</translation>
    </message>
</context>
<context>
    <name>bc::CommandPaletteModel</name>
    <message>
        <source>%1 › %2</source>
        <comment>menu › submenu</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>login (name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>email in group path</comment>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionBanner</name>
    <message>
        <source>%1
The console keeps trying in the background; everything that needs no database still works.</source>
        <translation>%1
Die Konsole versucht es im Hintergrund weiter; alles, was keine Datenbank braucht, funktioniert weiter.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionCheck</name>
    <message>
        <source>A new database cannot be created in &quot;%1&quot;: the folder cannot be written.</source>
        <translation>In „%1“ kann keine neue Datenbank angelegt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Saved connect&amp;ions:</source>
        <translation>Gespei&amp;cherte Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Duplic&amp;ate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sp&amp;eichern</translation>
    </message>
    <message>
        <source>Keep the connections without connecting</source>
        <translation>Die Verbindungen speichern, ohne zu verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the saved connection &quot;%1&quot;?</source>
        <translation>Die gespeicherte Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>The database itself is not changed. The deletion is kept when you save or connect.</source>
        <translation>Die Datenbank selbst bleibt unverändert. Das Löschen gilt, sobald Sie speichern oder verbinden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The connections were saved.</source>
        <translation>Die Verbindungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Not connected: see the marked field.</source>
        <translation>Nicht verbunden: siehe das markierte Feld.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connected: the database is ready.</source>
        <translation>Verbunden: Die Datenbank ist bereit.</translation>
    </message>
    <message>
        <source>The file does not exist yet: Connect creates a new, empty database there.</source>
        <translation>Die Datei gibt es noch nicht: „Verbinden“ legt dort eine neue, leere Datenbank an.</translation>
    </message>
    <message>
        <source>Connected. The database has an older layout (version %1); Connect asks before updating it to version %2.</source>
        <translation>Verbunden. Die Datenbank hat einen älteren Aufbau (Version %1); „Verbinden“ fragt, bevor sie auf Version %2 aktualisiert wird.</translation>
    </message>
    <message>
        <source>Connected, but the password could not be remembered. Untick &quot;Remember&quot; to go on without it.</source>
        <translation>Verbunden, aber das Passwort konnte nicht gespeichert werden. Schalten Sie „Im Schlüsselbund des Systems speichern“ aus, um ohne es fortzufahren.</translation>
    </message>
    <message>
        <source>Connect asks for your operator login and password; the server checks them then.</source>
        <translation>Verbinden fragt nach Ihrem Operator-Anmeldenamen und Passwort; der Server prüft sie dann.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionForm</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>MariaDB server</source>
        <translation>MariaDB-Server</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Empty: your login name on this computer</source>
        <translation>Leer: Ihr Anmeldename auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>P&amp;asswort:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im Schlüsselbund des S&amp;ystems speichern</translation>
    </message>
    <message>
        <source>Default of the client library (prefer)</source>
        <translation>Vorgabe der Client-Bibliothek (prefer)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Aus (disable)</translation>
    </message>
    <message>
        <source>Only if the server insists (allow)</source>
        <translation>Nur wenn der Server darauf besteht (allow)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Always, without checking the server (require)</source>
        <translation>Immer, ohne den Server zu prüfen (require)</translation>
    </message>
    <message>
        <source>Always, checking the certificate (verify-ca)</source>
        <translation>Immer, mit Prüfung des Zertifikats (verify-ca)</translation>
    </message>
    <message>
        <source>Always, checking certificate and host name (verify-full)</source>
        <translation>Immer, mit Prüfung von Zertifikat und Hostname (verify-full)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Empty: ~/.postgresql/root.crt</source>
        <translation>Leer: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>Sta&amp;mmzertifikat:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sign in as an &amp;operator, with your own login and password</source>
        <translation>Als &amp;Operator anmelden, mit eigenem Anmeldenamen und Passwort</translation>
    </message>
    <message>
        <source>The server knows each operator as a user of its own and shows it only its part of the groups. Leave this off to connect as the database&apos;s owner.</source>
        <translation>Der Server kennt jeden Operator als eigenen Benutzer und zeigt ihm nur seinen Teil der Gruppen. Lassen Sie dies aus, um sich als Eigentümer der Datenbank zu verbinden.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionProfile</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Another connection is called &quot;%1&quot;; choose another name.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Wählen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file in it.</source>
        <translation>Das ist ein Ordner; wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>Enter a host name (db.example.com) or an IP address.</source>
        <translation>Geben Sie einen Hostnamen (db.example.com) oder eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>A database name cannot contain /, ? or #.</source>
        <translation>Ein Datenbankname darf kein /, ? oder # enthalten.</translation>
    </message>
    <message>
        <source>A database name has at most %1 bytes.</source>
        <translation>Ein Datenbankname hat höchstens %1 Bytes.</translation>
    </message>
    <message>
        <source>Choose a TLS mode from the list.</source>
        <translation>Wählen Sie einen TLS-Modus aus der Liste.</translation>
    </message>
    <message>
        <source>This file cannot be read; choose the server&apos;s root certificate (a .pem or .crt file).</source>
        <translation>Diese Datei kann nicht gelesen werden; wählen Sie das Stammzertifikat des Servers (eine .pem- oder .crt-Datei).</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionTestBar</name>
    <message>
        <source>T&amp;est connection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Warten beenden</translation>
    </message>
    <message>
        <source>Stop waiting for the database; nothing is changed.</source>
        <translation>Nicht länger auf die Datenbank warten; nichts wird geändert.</translation>
    </message>
    <message>
        <source>Stopped waiting. Nothing was changed.</source>
        <translation>Warten beendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>bc::ConsoleSession</name>
    <message>
        <source>The demo data was not written</source>
        <translation>Die Demodaten wurden nicht geschrieben</translation>
    </message>
    <message>
        <source>Welcome to the Backup Account Console</source>
        <translation>Willkommen bei der Backup Account Console</translation>
    </message>
    <message>
        <source>This database is empty. Enter the &amp;name of your organization (the managed-service provider); customer organizations go below it.</source>
        <translation>Diese Datenbank ist leer. Geben Sie den &amp;Namen Ihrer Organisation (des Managed-Service-Providers) ein; Kundenorganisationen kommen darunter.</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening Database</source>
        <translation>Datenbank wird geöffnet</translation>
    </message>
    <message>
        <source>Updating %1…</source>
        <translation>Aktualisiere %1…</translation>
    </message>
</context>
<context>
    <name>bc::ContactFields</name>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzei&amp;gename:</translation>
    </message>
    <message>
        <source>Use a different email for n&amp;otifications</source>
        <translation>Benachrichtigungen an andere Adresse sen&amp;den</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Notification ema&amp;il:</source>
        <translation>Benachrichtigungs-E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>Optional, e.g. +49 151 23456789</source>
        <translation>Optional, z. B. +49 151 23456789</translation>
    </message>
    <message>
        <source>&amp;Mobile (SMS MFA):</source>
        <translation>&amp;Mobil (SMS-MFA):</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>z. B. +44 20 7946 0958</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Street, postcode and town, country</source>
        <translation>Straße, Postleitzahl und Ort, Land</translation>
    </message>
    <message>
        <source>Postal addre&amp;ss:</source>
        <translation>Postans&amp;chrift:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Leave empty to use the first and last name.</source>
        <translation>Leer lassen, um Vor- und Nachnamen zu verwenden.</translation>
    </message>
    <message>
        <source>Backup notifications go here instead of to the sign-in email.</source>
        <translation>Sicherungsbenachrichtigungen gehen hierhin statt an die Anmelde-E-Mail.</translation>
    </message>
    <message>
        <source>Optional. Receives sign-in codes by SMS (multi-factor authentication).</source>
        <translation>Optional. Empfängt Anmeldecodes per SMS (Mehr-Faktor-Authentifizierung).</translation>
    </message>
    <message>
        <source>Required: administrators must be reachable by telephone.</source>
        <translation>Erforderlich: Administratoren müssen telefonisch erreichbar sein.</translation>
    </message>
    <message>
        <source>Required: administrators must give a postal address.</source>
        <translation>Erforderlich: Administratoren müssen eine Postanschrift angeben.</translation>
    </message>
</context>
<context>
    <name>bc::CsvFileExport</name>
    <message>
        <source>The console may not write &quot;%1&quot;, or its folder does not exist. Choose another folder or file name.</source>
        <translation>Die Konsole darf „%1“ nicht schreiben, oder der Ordner existiert nicht. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed, perhaps because the disk is full. Nothing was saved; free some space or choose another place.</source>
        <translation>„%1“ konnte nicht geschrieben werden, vielleicht ist der Datenträger voll. Nichts wurde gespeichert; schaffen Sie Platz oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>bc::CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Record %1 has a quoted field that is never closed: a quote (&quot;) is missing.</source>
        <translation>Datensatz %1 hat ein Feld in Anführungszeichen, das nie geschlossen wird: Ein Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <source>Record %1 has a quote (&quot;) inside a field that does not start with one. Put the field in quotes and double the quotes inside it (&quot;5&quot;&quot; disk&quot;), as spreadsheets save it.</source>
        <translation>Datensatz %1 hat ein Anführungszeichen (&quot;) in einem Feld, das nicht mit einem beginnt. Setzen Sie das Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin (&quot;5&quot;&quot; disk&quot;), wie Tabellenkalkulationen es speichern.</translation>
    </message>
    <message>
        <source>The file could not be read at record %1: it holds a field too long to keep in memory.</source>
        <translation>Die Datei konnte bei Datensatz %1 nicht gelesen werden: Sie enthält ein Feld, das zu lang für den Arbeitsspeicher ist.</translation>
    </message>
    <message>
        <source>Record %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Datensatz %1 ist kein UTF-8-Text. Speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>bc::Database</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This activation link was used already.</source>
        <translation>Dieser Aktivierungslink wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>That email was sent already.</source>
        <translation>Diese E-Mail wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>That email is no longer in the outbox.</source>
        <translation>Diese E-Mail ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The storage no longer exists.</source>
        <translation>Der Speicher existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The subscription no longer exists.</source>
        <translation>Das Abonnement existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The security group no longer exists.</source>
        <translation>Die Sicherheitsgruppe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber für Qt fehlt; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be opened.</source>
        <translation>Die Datenbank „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database of this console.</source>
        <translation>„%1“ ist keine Datenbank dieser Konsole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds other data and is not a database of this console.</source>
        <translation>„%1“ enthält andere Daten und ist keine Datenbank dieser Konsole.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer version of the console (schema %2; this one knows %3). Update the console; nothing was changed.</source>
        <translation>Die Datenbank „%1“ wurde von einer neueren Version der Konsole geschrieben (Schema %2; diese kennt %3). Aktualisieren Sie die Konsole; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The console is damaged: a schema migration is missing.</source>
        <translation>Die Konsole ist beschädigt: Eine Schemamigration fehlt.</translation>
    </message>
    <message>
        <source>That login is already taken.</source>
        <translation>Dieser Anmeldename ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The database has a top group already.</source>
        <translation>Die Datenbank hat bereits eine oberste Gruppe.</translation>
    </message>
    <message>
        <source>A group with that name exists there already.</source>
        <translation>Dort gibt es bereits eine Gruppe mit diesem Namen.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile: it cannot be deleted, change profile or lose a license.</source>
        <translation>Das Konto hat ein Profil mit Datensperre: Es kann nicht gelöscht werden, sein Profil nicht wechseln und keine Lizenz verlieren.</translation>
    </message>
    <message>
        <source>The audit log cannot be changed or shortened.</source>
        <translation>Das Prüfprotokoll kann nicht geändert oder gekürzt werden.</translation>
    </message>
    <message>
        <source>That name is taken here already.</source>
        <translation>Dieser Name ist hier bereits vergeben.</translation>
    </message>
    <message>
        <source>Something it refers to was changed or removed meanwhile.</source>
        <translation>Etwas, worauf es verweist, wurde inzwischen geändert oder entfernt.</translation>
    </message>
    <message>
        <source>The database refused a value that breaks one of its rules.</source>
        <translation>Die Datenbank hat einen Wert abgelehnt, der gegen eine ihrer Regeln verstößt.</translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change. Try again in a moment; nothing was lost.</source>
        <translation>Die Datenbank ist mit der Änderung eines anderen Programms beschäftigt. Versuchen Sie es gleich noch einmal; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again; nothing was lost.</source>
        <translation>Der Datenträger mit der Datenbank ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only). Nothing was changed.</source>
        <translation>Die Datenbankdatei kann nicht geschrieben werden (sie ist schreibgeschützt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database file could not be read or written. Check the disk and try again.</source>
        <translation>Die Datenbankdatei konnte nicht gelesen oder geschrieben werden. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file is damaged or not a database.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Datenbank.</translation>
    </message>
    <message>
        <source>The database could not do that. Details are in the console&apos;s log.</source>
        <translation>Die Datenbank konnte das nicht ausführen. Einzelheiten stehen im Protokoll der Konsole.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Die Gruppe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The %1 driver for Qt is missing; install the package %2.</source>
        <translation>Der %1-Treiber für Qt fehlt; installieren Sie das Paket %2.</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>Der Server %1 hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server; ask its administrator to create it.</source>
        <translation>Die Datenbank „%1“ existiert auf dem Server nicht; bitten Sie dessen Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made: check the TLS mode and the root certificate.</source>
        <translation>Eine sichere (TLS-)Verbindung zu %1 konnte nicht hergestellt werden: Prüfen Sie den TLS-Modus und das Stammzertifikat.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check the host name, the port and the network.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar. Prüfen Sie den Hostnamen, den Port und das Netzwerk.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was left as it was (schema %2); this console needs schema %3.</source>
        <translation>Die Datenbank „%1“ wurde unverändert gelassen (Schema %2); diese Konsole braucht Schema %3.</translation>
    </message>
    <message>
        <source>A value is too long for the database.</source>
        <translation>Ein Wert ist zu lang für die Datenbank.</translation>
    </message>
    <message>
        <source>The database server has no space left. Ask its administrator; nothing was lost.</source>
        <translation>Der Datenbankserver hat keinen Speicherplatz mehr. Wenden Sie sich an seinen Administrator; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The database server accepts no changes at the moment (read-only). Nothing was changed.</source>
        <translation>Der Datenbankserver nimmt derzeit keine Änderungen an (schreibgeschützt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your database user may not do that; ask the database&apos;s administrator.</source>
        <translation>Ihr Datenbankbenutzer darf das nicht; wenden Sie sich an den Administrator der Datenbank.</translation>
    </message>
    <message>
        <source>The database server is unreachable. What you typed is kept; try again when it is back.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Ihre Eingaben bleiben erhalten; versuchen Sie es erneut, wenn er wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>On %1 an operator signs in with its own login, and none was given (the CLI&apos;s --operator or %2).</source>
        <translation>Auf %1 meldet sich ein Operator mit eigenem Anmeldenamen an, und keiner wurde angegeben (--operator der CLI oder %2).</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; on %2 has ended. Sign out (File menu) and sign in again.</source>
        <translation>Die Anmeldung von „%1“ bei %2 ist abgelaufen. Melden Sie sich ab (Menü Datei) und wieder an.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; needs an update (schema %2 to %3), which only its owner may make. Ask whoever holds the owner&apos;s credentials to open it once with this version of the console or the CLI; nothing was changed.</source>
        <translation>Die Datenbank „%1“ braucht eine Aktualisierung (Schema %2 auf %3), die nur ihr Eigentümer vornehmen darf. Bitten Sie, wer die Zugangsdaten des Eigentümers hat, sie einmal mit dieser Version der Konsole oder der CLI zu öffnen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>bc::DatabaseAddress</name>
    <message>
        <source>No database was given.</source>
        <translation>Es wurde keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names no file.</source>
        <translation>Die Datenbankadresse „%1“ nennt keine Datei.</translation>
    </message>
    <message>
        <source>The console cannot open &quot;%1&quot; databases; use a file path, postgresql:// or mariadb://.</source>
        <translation>Die Konsole kann keine „%1“-Datenbanken öffnen; verwenden Sie einen Dateipfad, postgresql:// oder mariadb://.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Datenbankadresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The database address must not contain a password. The console asks for it and keeps it in the system keychain; the CLI reads BACKUP_CONSOLE_DATABASE_PASSWORD.</source>
        <translation>Die Datenbankadresse darf kein Passwort enthalten. Die Konsole fragt danach und bewahrt es im Schlüsselbund des Systems auf; die CLI liest BACKUP_CONSOLE_DATABASE_PASSWORD.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names no database (…/name at its end).</source>
        <translation>Die Datenbankadresse „%1“ nennt keine Datenbank (…/name am Ende).</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter sslmode „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The database address has an unknown option &quot;%1&quot;.</source>
        <translation>Die Datenbankadresse hat eine unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>%1 on %2:%3 (%4)</source>
        <translation>%1 auf %2:%3 (%4)</translation>
    </message>
    <message>
        <source>Unknown signin &quot;%1&quot;; the only one is &quot;operator&quot;.</source>
        <translation>Unbekanntes signin „%1“; das einzige ist „operator“.</translation>
    </message>
    <message>
        <source>An address on which an operator signs in names no user: the operator&apos;s login is the user.</source>
        <translation>Eine Adresse, an der sich ein Operator anmeldet, nennt keinen Benutzer: der Anmeldename des Operators ist der Benutzer.</translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsDialog</name>
    <message>
        <source>Deleted Accounts</source>
        <translation>Gelöschte Konten</translation>
    </message>
    <message>
        <source>A part of the login, name, email or group</source>
        <translation>Ein Teil von Anmeldename, Name, E-Mail oder Gruppe</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>After the number of days in &quot;Keep deleted accounts for [30] days&quot;.</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep deleted accounts for:</source>
        <translation>Gelöschte Konten &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the selected accounts back, with their groups, quotas, links and history</source>
        <translation>Die ausgewählten Konten mit ihren Gruppen, Kontingenten, Verknüpfungen und ihrem Verlauf zurückholen</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>Delete the selected accounts for good; they cannot be restored afterwards</source>
        <translation>Die ausgewählten Konten endgültig löschen; sie können danach nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restoring accounts…</source>
        <translation>Konten werden wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s) permanently? They can no longer be restored.</source>
        <translation>
            <numerusform>%n Konto endgültig löschen? Es kann danach nicht mehr wiederhergestellt werden.</numerusform>
            <numerusform>%n Konten endgültig löschen? Sie können danach nicht mehr wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account &quot;%1&quot; permanently? It can no longer be restored.</source>
        <translation>Das Konto „%1“ endgültig löschen? Es kann danach nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete accounts permanently</source>
        <translation>Konten endgültig löschen</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Deleting accounts permanently…</source>
        <translation>Konten werden endgültig gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored.</source>
        <translation>
            <numerusform>%n Konto wiederhergestellt.</numerusform>
            <numerusform>%n Konten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted permanently.</source>
        <translation>
            <numerusform>%n Konto endgültig gelöscht.</numerusform>
            <numerusform>%n Konten endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No deleted accounts are kept.</source>
        <translation>Es werden keine gelöschten Konten aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deleted account(s) match the search.</source>
        <translation>
            <numerusform>%1 von %n gelöschten Konto passen zur Suche.</numerusform>
            <numerusform>%1 von %n gelöschten Konten passen zur Suche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted account(s).</source>
        <translation>
            <numerusform>%n gelöschtes Konto.</numerusform>
            <numerusform>%n gelöschte Konten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsLauncher</name>
    <message>
        <source>&amp;Deleted accounts…</source>
        <translation>&amp;Gelöschte Konten…</translation>
    </message>
    <message>
        <source>The deleted accounts kept in the recycle bin: restore them, or delete them for good.</source>
        <translation>Die gelöschten Konten im Papierkorb: wiederherstellen oder endgültig löschen.</translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsModel</name>
    <message numerus="yes">
        <source>%1 (kept %n day(s) after it was deleted)</source>
        <extracomment>%1 the date and time; %2 the database&apos;s retention period in days.</extracomment>
        <translation>
            <numerusform>%1 (%n Tag nach dem Löschen aufbewahrt)</numerusform>
            <numerusform>%1 (%n Tage nach dem Löschen aufbewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Endgültig gelöscht am</translation>
    </message>
</context>
<context>
    <name>bc::DemoData</name>
    <message>
        <source>The demo data goes only into an empty database; this one has groups already.</source>
        <translation>Die Demodaten kommen nur in eine leere Datenbank; diese hat bereits Gruppen.</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>%1 cloud</source>
        <translation>Cloud %1</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Backup PAYG #%1</source>
        <translation>Backup PAYG Nr. %1</translation>
    </message>
</context>
<context>
    <name>bc::DiscardGuard</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Die vorgenommenen Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you typed in this window will be lost.</source>
        <translation>Was Sie in diesem Fenster eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>bc::EmailListEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation>Hinzuzufügende Adresse</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>bc::EmailSettingsDialog</name>
    <message>
        <source>Email Settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Empty: no sign-in</source>
        <translation>Leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Backup Desk &lt;backup@msp.example&gt;</source>
        <translation>Backup Desk &lt;backup@msp.example&gt;</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificates</source>
        <translation>Leer: die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>https://activate.msp.example</source>
        <translation>https://activate.msp.example</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, not in the database.</source>
        <translation>Wird im Schlüsselbund dieses Computers gespeichert, nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Activation &amp;link base:</source>
        <translation>Basis der Aktivierungs&amp;links:</translation>
    </message>
    <message>
        <source>Where backup-console-server answers; every activation link starts here.</source>
        <translation>Wo backup-console-server antwortet; jeder Aktivierungslink beginnt hier.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>you@msp.example</source>
        <translation>you@msp.example</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Send t&amp;o:</source>
        <translation>Se&amp;nden an:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Delivered to %1. Check that it arrived.</source>
        <translation>Zugestellt an %1. Prüfen Sie, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>bc::EmailTemplates</name>
    <message>
        <source>Activate your backup account, {name}</source>
        <translation>Aktivieren Sie Ihr Sicherungskonto, {name}</translation>
    </message>
    <message>
        <source>Hello {name},

{organization} has created a backup account for you with the login {login}.

Open this link to choose your password and activate the account:
{link}

The link works once and expires on {expiry}.

If you did not expect this message, you can ignore it.</source>
        <translation>Hallo {name},

{organization} hat ein Sicherungskonto für Sie mit dem Anmeldenamen {login} angelegt.

Öffnen Sie diesen Link, um Ihr Passwort zu wählen und das Konto zu aktivieren:
{link}

Der Link funktioniert einmal und läuft am {expiry} ab.

Wenn Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren.</translation>
    </message>
</context>
<context>
    <name>bc::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>A few steps before the first accounts; each opens the dialog that does it.</source>
        <translation>Ein paar Schritte vor den ersten Konten; jeder öffnet den Dialog, der ihn erledigt.</translation>
    </message>
    <message>
        <source>Add your first customer organization below your top group.</source>
        <translation>Legen Sie Ihre erste Kundenorganisation unter Ihrer obersten Gruppe an.</translation>
    </message>
    <message>
        <source>Add a &amp;customer…</source>
        <translation>&amp;Kunden hinzufügen…</translation>
    </message>
    <message>
        <source>Add a storage: where the accounts&apos; backups go.</source>
        <translation>Legen Sie einen Speicher an: wohin die Sicherungen der Konten gehen.</translation>
    </message>
    <message>
        <source>Add a &amp;storage…</source>
        <translation>&amp;Speicher hinzufügen…</translation>
    </message>
    <message>
        <source>Add a profile: the quotas and settings new accounts start with.</source>
        <translation>Legen Sie ein Profil an: die Kontingente und Einstellungen, mit denen neue Konten beginnen.</translation>
    </message>
    <message>
        <source>Add a &amp;profile…</source>
        <translation>&amp;Profil hinzufügen…</translation>
    </message>
    <message>
        <source>Set up email, so that new accounts receive their activation links.</source>
        <translation>Richten Sie E-Mail ein, damit neue Konten ihre Aktivierungslinks erhalten.</translation>
    </message>
    <message>
        <source>Set up e&amp;mail…</source>
        <translation>E-&amp;Mail einrichten…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>bc::GroupActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>S&amp;torages…</source>
        <translation>&amp;Speicher…</translation>
    </message>
    <message>
        <source>Su&amp;bscriptions…</source>
        <translation>&amp;Abonnements…</translation>
    </message>
    <message>
        <source>Security gro&amp;ups…</source>
        <translation>Sic&amp;herheitsgruppen…</translation>
    </message>
    <message>
        <source>Settings of &quot;%1&quot; saved.</source>
        <translation>Einstellungen von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Contact details, services, digest recipients, defaults for new accounts and limits</source>
        <translation>Kontaktdaten, Dienste, Empfänger der Übersicht, Vorgaben für neue Konten und Grenzen</translation>
    </message>
</context>
<context>
    <name>bc::GroupActivationTab</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Links stay &amp;valid for:</source>
        <translation>&amp;Links bleiben gültig für:</translation>
    </message>
    <message>
        <source>This group has its &amp;own activation email</source>
        <translation>Diese Gruppe hat ihre &amp;eigene Aktivierungs-E-Mail</translation>
    </message>
    <message>
        <source>Otherwise its accounts get the email of the group above it, or the default one.</source>
        <translation>Sonst erhalten ihre Konten die E-Mail der übergeordneten Gruppe oder die Standard-E-Mail.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Placeholders: %1. {link} is required.</source>
        <translation>Platzhalter: %1. {link} ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>bc::GroupDefaults</name>
    <message>
        <source>Inherited: %1 from %2</source>
        <translation>Geerbt: %1 von %2</translation>
    </message>
    <message>
        <source>Automatic: %1, the only subscription offered</source>
        <translation>Automatisch: %1, das einzige angebotene Abonnement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>bc::GroupNameDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>bc::GroupRules</name>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Geben Sie einen Namen für die Gruppe ein.</translation>
    </message>
    <message numerus="yes">
        <source>A group name can have at most %n characters.</source>
        <translation>
            <numerusform>Ein Gruppenname darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Gruppenname darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A group name cannot contain &quot;/&quot;; it separates groups in paths.</source>
        <translation>Ein Gruppenname darf kein „/“ enthalten; es trennt Gruppen in Pfaden.</translation>
    </message>
    <message>
        <source>A group name cannot contain line breaks or invisible characters.</source>
        <translation>Ein Gruppenname darf keine Zeilenumbrüche oder unsichtbaren Zeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>bc::GroupService</name>
    <message>
        <source>The database has a top group already.</source>
        <translation>Die Datenbank hat bereits eine oberste Gruppe.</translation>
    </message>
    <message>
        <source>There is a group named &quot;%1&quot; here already; choose another name.</source>
        <translation>Hier gibt es bereits eine Gruppe namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The top group cannot be deleted.</source>
        <translation>Die oberste Gruppe kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n account(s). Move or delete them first.</source>
        <translation>
            <numerusform>„%1“ hat noch %n Konto. Verschieben oder löschen Sie es zuerst.</numerusform>
            <numerusform>„%1“ hat noch %n Konten. Verschieben oder löschen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n subgroup(s). Delete them first.</source>
        <translation>
            <numerusform>„%1“ hat noch %n Untergruppe. Löschen Sie sie zuerst.</numerusform>
            <numerusform>„%1“ hat noch %n Untergruppen. Löschen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no group with the id %1.</source>
        <translation>Es gibt keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>Name a group by its id or its path from the top group.</source>
        <translation>Geben Sie eine Gruppe durch ihre ID oder ihren Pfad ab der obersten Gruppe an.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot;; a path starts with the top group&apos;s name.</source>
        <translation>Es gibt keine Gruppe „%1“; ein Pfad beginnt mit dem Namen der obersten Gruppe.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Es gibt keine Gruppe „%1“ in „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n deleted account(s) in the recycle bin (View → Deleted accounts). Restore or purge them first.</source>
        <translation>
            <numerusform>„%1“ hat noch %n gelöschtes Konto im Papierkorb (Ansicht → Gelöschte Konten). Stellen Sie es zuerst wieder her, oder löschen Sie es endgültig.</numerusform>
            <numerusform>„%1“ hat noch %n gelöschte Konten im Papierkorb (Ansicht → Gelöschte Konten). Stellen Sie sie zuerst wieder her, oder löschen Sie sie endgültig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::GroupSettingsDialog</name>
    <message>
        <source>Back up new Microsoft 365 &amp;users automatically</source>
        <translation>Neue Microsoft-365-Ben&amp;utzer automatisch sichern</translation>
    </message>
    <message>
        <source>Back up new &amp;OneDrive accounts automatically</source>
        <translation>Neue &amp;OneDrive-Konten automatisch sichern</translation>
    </message>
    <message>
        <source>Back up new &amp;SharePoint sites automatically</source>
        <translation>Neue &amp;SharePoint-Websites automatisch sichern</translation>
    </message>
    <message>
        <source>Back up new &amp;Teams automatically</source>
        <translation>Neue &amp;Teams automatisch sichern</translation>
    </message>
    <message>
        <source>Settings of &quot;%1&quot;</source>
        <translation>Einstellungen von „%1“</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>&amp;Dienste</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Your own identifier for this customer, e.g. from your billing system.</source>
        <translation>Ihre eigene Kennung für diesen Kunden, z. B. aus Ihrem Abrechnungssystem.</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>z. B. +44 20 7946 0958</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ans&amp;chrift:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Services to back up</source>
        <translation>Zu sichernde Dienste</translation>
    </message>
    <message>
        <source>New Microsoft 365 users and sites</source>
        <translation>Neue Microsoft-365-Benutzer und -Websites</translation>
    </message>
    <message>
        <source>Summary digest &amp;recipients:</source>
        <translation>&amp;Empfänger der Übersicht:</translation>
    </message>
    <message>
        <source>They receive a regular email about the health of this organization&apos;s backups.</source>
        <translation>Sie erhalten regelmäßig eine E-Mail über den Zustand der Sicherungen dieser Organisation.</translation>
    </message>
    <message>
        <source>&amp;Default storage:</source>
        <translation>&amp;Standardspeicher:</translation>
    </message>
    <message>
        <source>Limits for the accounts of this group</source>
        <translation>Grenzen für die Konten dieser Gruppe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch the service on to back up its new users automatically.</source>
        <translation>Schalten Sie den Dienst ein, um seine neuen Benutzer automatisch zu sichern.</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>A&amp;ktivierung</translation>
    </message>
    <message>
        <source>Defaults and &amp;limits</source>
        <translation>Vorgaben und &amp;Grenzen</translation>
    </message>
    <message>
        <source>Default &amp;profile:</source>
        <translation>Standard&amp;profil:</translation>
    </message>
    <message>
        <source>New accounts start with its quotas and settings; they can still choose another.</source>
        <translation>Neue Konten beginnen mit seinen Kontingenten und Einstellungen; ein anderes kann weiterhin gewählt werden.</translation>
    </message>
    <message>
        <source>Default &amp;subscription:</source>
        <translation>Standardabo&amp;nnement:</translation>
    </message>
    <message>
        <source>New accounts start licensed by it.</source>
        <translation>Neue Konten sind von Anfang an dadurch lizenziert.</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (Datensperre)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Operators in this group and below must use t&amp;wo-step sign-in</source>
        <translation>Operatoren dieser Gruppe und darunter müssen die &amp;zweistufige Anmeldung verwenden</translation>
    </message>
    <message>
        <source>Its operators must use it already: %1</source>
        <translation>Ihre Operatoren müssen sie bereits verwenden: %1</translation>
    </message>
</context>
<context>
    <name>bc::GroupTreeModel</name>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1: %n Konto</numerusform>
            <numerusform>%1: %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>bc::IdentityText</name>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Las&amp;t name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Administrator privileges</source>
        <translation>Administrator&amp;rechte</translation>
    </message>
    <message>
        <source>An administrator can manage the accounts and groups of this organization, and must give a telephone number and a postal address.</source>
        <translation>Ein Administrator kann die Konten und Gruppen dieser Organisation verwalten und muss eine Telefonnummer und eine Postanschrift angeben.</translation>
    </message>
    <message>
        <source>Agent auto &amp;update</source>
        <translation>Automatische Agent-Akt&amp;ualisierung</translation>
    </message>
    <message>
        <source>When off, agents registered under this account are not updated to new versions automatically.</source>
        <translation>Wenn aus, werden unter diesem Konto registrierte Agenten nicht automatisch auf neue Versionen aktualisiert.</translation>
    </message>
</context>
<context>
    <name>bc::ImportColumnsPage</name>
    <message>
        <source>a file in this console&apos;s own columns, or a spreadsheet</source>
        <translation>eine Datei mit den eigenen Spalten dieser Konsole oder eine Tabelle</translation>
    </message>
    <message>
        <source>a user export of the Microsoft 365 admin center</source>
        <translation>ein Benutzerexport des Microsoft 365 Admin Centers</translation>
    </message>
    <message>
        <source>a user download of the Google Workspace admin console</source>
        <translation>ein Benutzer-Download der Google Workspace-Verwaltungskonsole</translation>
    </message>
    <message>
        <source>File and Columns</source>
        <translation>Datei und Spalten</translation>
    </message>
    <message>
        <source>Choose a CSV file of users. Each account goes into %1, or into the group below it that its &quot;group&quot; column names. Nothing is written before you have seen the check.</source>
        <extracomment>%1 the group the accounts go into.</extracomment>
        <translation>Wählen Sie eine CSV-Datei mit Benutzern. Jedes Konto kommt in %1 oder in die Gruppe darunter, die seine Spalte „group“ nennt. Nichts wird geschrieben, bevor Sie die Prüfung gesehen haben.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Remember my choices for files of this kind</source>
        <translation>Meine Auswahl für Dateien dieser Art &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Use the columns as the file names them</source>
        <translation>Spalten so &amp;verwenden, wie die Datei sie benennt</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header naming its columns.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile, die ihre Spalten benennt.</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Diese Spalte ignorieren</translation>
    </message>
    <message>
        <source>First record: %1</source>
        <extracomment>%1 the value of a column in the file&apos;s first record.</extracomment>
        <translation>Erster Datensatz: %1</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message numerus="yes">
        <source>This looks like %1, with %n column(s). Choose what each column gives an account:</source>
        <extracomment>%1 the kind of file (&quot;a user export of the Microsoft 365 admin center&quot;), %2 how many columns it has.</extracomment>
        <translation>
            <numerusform>Dies sieht aus wie %1, mit %n Spalte. Wählen Sie, was jede Spalte einem Konto gibt:</numerusform>
            <numerusform>Dies sieht aus wie %1, mit %n Spalten. Wählen Sie, was jede Spalte einem Konto gibt:</numerusform>
        </translation>
    </message>
    <message>
        <source>No column gives the login: choose one for &quot;Login&quot;.</source>
        <translation>Keine Spalte liefert den Anmeldenamen: Wählen Sie eine für „Anmeldename“.</translation>
    </message>
</context>
<context>
    <name>bc::ImportLauncher</name>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>Konten &amp;importieren…</translation>
    </message>
    <message>
        <source>Create and update the accounts of a CSV file of users in the selected group, after a check that shows what it would do.</source>
        <translation>Die Konten einer CSV-Datei mit Benutzern in der ausgewählten Gruppe anlegen und ändern, nach einer Prüfung, die zeigt, was geschähe.</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>Select the group to import into in the tree first.</source>
        <translation>Wählen Sie zuerst im Baum die Gruppe, in die importiert werden soll.</translation>
    </message>
</context>
<context>
    <name>bc::ImportPlan</name>
    <message>
        <source>This is not a plan that &quot;account import --dry-run --plan&quot; wrote. Run the dry run again to write one.</source>
        <translation>Das ist kein Plan, den „account import --dry-run --plan“ geschrieben hat. Führen Sie den Probelauf erneut aus, um einen zu schreiben.</translation>
    </message>
    <message>
        <source>This plan was written by another version of the console. Run the dry run again to write one.</source>
        <translation>Dieser Plan wurde von einer anderen Version der Konsole geschrieben. Führen Sie den Probelauf erneut aus, um einen zu schreiben.</translation>
    </message>
    <message>
        <source>The file changed since the dry run that wrote this plan, so nothing was imported. Run the dry run again.</source>
        <translation>Die Datei hat sich seit dem Probelauf, der diesen Plan schrieb, geändert; deshalb wurde nichts importiert. Führen Sie den Probelauf erneut aus.</translation>
    </message>
    <message>
        <source>The plan was checked for another group. Import into that group, or run the dry run again.</source>
        <translation>Der Plan wurde für eine andere Gruppe geprüft. Importieren Sie in diese Gruppe oder führen Sie den Probelauf erneut aus.</translation>
    </message>
</context>
<context>
    <name>bc::ImportRecordModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Send activation email</source>
        <translation>Aktivierungs-E-Mail senden</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A field an import changes: %1 its name, %2 the old value, %3 the new one.</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>The number of a record (line) in the file.</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>Import bewirkt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>bc::ImportRunPage</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file changed since the check, so nothing was imported. Close this window and import the file again to check it anew.</source>
        <translation>Die Datei hat sich seit der Prüfung geändert, daher wurde nichts importiert. Schließen Sie dieses Fenster und importieren Sie die Datei erneut, um sie neu zu prüfen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What the import would do with each record. Nothing is written yet.</source>
        <translation>Was der Import mit jedem Datensatz täte. Noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The import does what the check showed. A record whose account someone changed since is a conflict and is left as it is.</source>
        <translation>Der Import tut, was die Prüfung zeigte. Ein Datensatz, dessen Konto seither jemand geändert hat, ist ein Konflikt und bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop after the records under way; those are done whole.</source>
        <translation>Nach den laufenden Datensätzen anhalten; diese werden ganz erledigt.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Search logins and details</source>
        <translation>Anmeldenamen und Details durchsuchen</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Save &amp;errors as CSV…</source>
        <translation>&amp;Fehler als CSV speichern…</translation>
    </message>
    <message>
        <source>The records that are not imported, with a column saying why: fix them and import the file as it is.</source>
        <translation>Die Datensätze, die nicht importiert werden, mit einer Spalte, die sagt warum: Beheben Sie die Fehler und importieren Sie die Datei, wie sie ist.</translation>
    </message>
    <message>
        <source>Save Errors</source>
        <translation>Fehler speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking every record of the file…</source>
        <translation>Jeder Datensatz der Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Importing the records the check showed…</source>
        <translation>Die Datensätze werden importiert, wie die Prüfung sie zeigte…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <extracomment>%1 what went wrong, in plain words.</extracomment>
        <translation>Die Datei konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The import stopped: %1 The records before it are imported whole; importing the file again goes on with the rest.</source>
        <translation>Der Import wurde unterbrochen: %1 Die Datensätze davor sind ganz importiert; ein erneuter Import der Datei macht mit dem Rest weiter.</translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n record(s). Go Back and Next to check the whole file.</source>
        <translation>
            <numerusform>Die Prüfung wurde nach %n Datensatz angehalten. Gehen Sie Zurück und Weiter, um die ganze Datei zu prüfen.</numerusform>
            <numerusform>Die Prüfung wurde nach %n Datensätzen angehalten. Gehen Sie Zurück und Weiter, um die ganze Datei zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked. Nothing is written yet: Import does what the table shows.</source>
        <translation>Geprüft. Noch ist nichts geschrieben: Importieren tut, was die Tabelle zeigt.</translation>
    </message>
    <message>
        <source>Checked. There is nothing to import: every record is unchanged or has an error.</source>
        <translation>Geprüft. Es gibt nichts zu importieren: Jeder Datensatz ist unverändert oder fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped after %n record(s). Those are imported whole; importing the file again goes on with the rest.</source>
        <translation>
            <numerusform>Der Import wurde nach %n Datensatz angehalten. Dieser ist ganz importiert; ein erneuter Import der Datei macht mit dem Rest weiter.</numerusform>
            <numerusform>Der Import wurde nach %n Datensätzen angehalten. Diese sind ganz importiert; ein erneuter Import der Datei macht mit dem Rest weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Der Import ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <extracomment>%1 the names of the file&apos;s columns that the import does not read.</extracomment>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n angelegt</numerusform>
            <numerusform>%n angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu ändern</numerusform>
            <numerusform>%n zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to disable</source>
        <translation>
            <numerusform>%n zu deaktivieren</numerusform>
            <numerusform>%n zu deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n zu löschen</numerusform>
            <numerusform>%n zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n mit Fehler</numerusform>
            <numerusform>%n mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message numerus="yes">
        <source>The import deletes %n account(s), with their backups.</source>
        <translation>
            <numerusform>Der Import löscht %n Konto samt seinen Sicherungen.</numerusform>
            <numerusform>Der Import löscht %n Konten samt ihren Sicherungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the table by &quot;%1&quot; to see which.</source>
        <translation>Filtern Sie die Tabelle nach „%1“, um zu sehen, welche.</translation>
    </message>
    <message>
        <source>Import and &amp;Delete</source>
        <translation>Importieren und &amp;löschen</translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>The errors could not be saved to &quot;%1&quot;: %2</source>
        <translation>Die Fehler konnten nicht in „%1“ gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>bc::ImportWizard</name>
    <message>
        <source>Import Accounts into %1</source>
        <extracomment>%1 the group the accounts go into.</extracomment>
        <translation>Konten in %1 importieren</translation>
    </message>
</context>
<context>
    <name>bc::IntegrityCheck</name>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber für Qt fehlt; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be read.</source>
        <translation>Die Datenbankdatei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is damaged: parts of it cannot be read. The console does not open it, so that nothing is written on top of the damage.

Restore the file from a backup. To rescue what is still readable into a new file, run:
    sqlite3 &quot;%1&quot; .recover | sqlite3 &quot;%2&quot;</source>
        <translation>Die Datenbankdatei „%1“ ist beschädigt: Teile davon können nicht gelesen werden. Die Konsole öffnet sie nicht, damit nichts über die beschädigten Stellen geschrieben wird.

Stellen Sie die Datei aus einer Sicherung wieder her. Um das noch Lesbare in eine neue Datei zu retten, führen Sie aus:
    sqlite3 &quot;%1&quot; .recover | sqlite3 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>bc::KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access; type the password. It is kept only until the console closes.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert; geben Sie das Passwort ein. Es wird nur aufbewahrt, bis die Konsole geschlossen wird.</translation>
    </message>
    <message>
        <source>No system keychain is available; type the password. It is kept only until the console closes.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; geben Sie das Passwort ein. Es wird nur aufbewahrt, bis die Konsole geschlossen wird.</translation>
    </message>
    <message>
        <source>The system keychain refused to store the password.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Passworts verweigert.</translation>
    </message>
    <message>
        <source>No system keychain is available to remember the password.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, der das Passwort speichern könnte.</translation>
    </message>
</context>
<context>
    <name>bc::LoginField</name>
    <message>
        <source>Could not check whether this login is free: %1</source>
        <translation>Es konnte nicht geprüft werden, ob dieser Anmeldename frei ist: %1</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>Checking whether this login is free…</source>
        <translation>Es wird geprüft, ob dieser Anmeldename frei ist…</translation>
    </message>
</context>
<context>
    <name>bc::MailSender</name>
    <message>
        <source>The mail server could not be reached (%1).</source>
        <translation>Der Mailserver war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>Der Mailserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Der Mailserver hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server failed (%1).</source>
        <translation>Eine sichere Verbindung zum Mailserver ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off (%1).</source>
        <translation>Die Verbindung zum Mailserver ist abgebrochen (%1).</translation>
    </message>
    <message>
        <source>The mail server did not accept the message (%1).</source>
        <translation>Der Mailserver hat die Nachricht nicht angenommen (%1).</translation>
    </message>
    <message>
        <source>The mail library could not be started.</source>
        <translation>Die Mail-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Set up the mail server first (Settings → Email).</source>
        <translation>Richten Sie zuerst den Mailserver ein (Einstellungen → E-Mail).</translation>
    </message>
</context>
<context>
    <name>bc::MailSetupBanner</name>
    <message>
        <source>No mail server is set up: activation emails wait in the outbox and are not sent.</source>
        <translation>Kein Mailserver eingerichtet: Aktivierungs-E-Mails warten im Postausgang und werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Set up &amp;email…</source>
        <translation>E-&amp;Mail einrichten…</translation>
    </message>
</context>
<context>
    <name>bc::MainWindow</name>
    <message>
        <source>The account list could not be read</source>
        <translation>Die Kontenliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The groups could not be read</source>
        <translation>Die Gruppen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account to the selected group (%1)</source>
        <translation>Der ausgewählten Gruppe ein Konto hinzufügen (%1)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>&amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename group…</source>
        <translation>Gruppe &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>Gruppe &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Delete this group</source>
        <translation>Diese Gruppe löschen</translation>
    </message>
    <message>
        <source>A group can be deleted once it has no accounts and no subgroups</source>
        <translation>Eine Gruppe kann gelöscht werden, sobald sie keine Konten und keine Untergruppen hat</translation>
    </message>
    <message>
        <source>Delete the selected accounts</source>
        <translation>Die ausgewählten Konten löschen</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; created; it is inactive until the user activates it.</source>
        <translation>Konto „%1“ angelegt; es ist inaktiv, bis der Benutzer es aktiviert.</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name of the new group in &quot;%1&quot;:</source>
        <translation>&amp;Name der neuen Gruppe in „%1“:</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; added.</source>
        <translation>Gruppe „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>&amp;New name for &quot;%1&quot;:</source>
        <translation>&amp;Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; renamed to &quot;%2&quot;.</source>
        <translation>Gruppe „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;?</source>
        <translation>Die Gruppe „%1“ löschen?</translation>
    </message>
    <message>
        <source>The group was not deleted</source>
        <translation>Die Gruppe wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; deleted.</source>
        <translation>Gruppe „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>Mit Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open another database: a file or a PostgreSQL or MariaDB server.</source>
        <translation>Eine andere Datenbank öffnen: eine Datei oder einen PostgreSQL- oder MariaDB-Server.</translation>
    </message>
    <message>
        <source>&amp;Go to anything…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>&amp;Search accounts</source>
        <translation>Konten &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the groups and the accounts again from the database.</source>
        <translation>Die Gruppen und die Konten erneut aus der Datenbank lesen.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Neu geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) selected</source>
        <translation>
            <numerusform>%n Konto ausgewählt</numerusform>
            <numerusform>%n Konten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server answers again.</source>
        <translation>Der Datenbankserver antwortet wieder.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Close this operator&apos;s work and sign in again, as the same or another operator.</source>
        <translation>Die Arbeit dieses Operators schließen und neu anmelden, als derselbe oder ein anderer Operator.</translation>
    </message>
    <message>
        <source>Signed in as %1 in %2</source>
        <translation>Angemeldet als %1 in %2</translation>
    </message>
    <message>
        <source>Not signed in, no operators yet — %1</source>
        <translation>Nicht angemeldet, noch keine Operatoren — %1</translation>
    </message>
    <message>
        <source>Not signed in: this database has no operators yet</source>
        <translation>Nicht angemeldet: Diese Datenbank hat noch keine Operatoren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
</context>
<context>
    <name>bc::MfaAction</name>
    <message>
        <source>Enrol the operator in two-step sign-in (a code from an authenticator app), or reset it</source>
        <translation>Den Operator für die zweistufige Anmeldung einrichten (ein Code aus einer Authenticator-App) oder sie zurücksetzen</translation>
    </message>
    <message>
        <source>T&amp;wo-step sign-in…</source>
        <translation>Zweist&amp;ufige Anmeldung…</translation>
    </message>
    <message>
        <source>Select one operator&apos;s account: %1</source>
        <translation>Wählen Sie das Konto eines Operators: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator: only an account with the administrator switch or a security group signs in to the console.</source>
        <translation>„%1“ ist kein Operator: Nur ein Konto mit dem Administratorschalter oder einer Sicherheitsgruppe meldet sich an der Konsole an.</translation>
    </message>
</context>
<context>
    <name>bc::MfaDialog</name>
    <message>
        <source>Two-step sign-in of &quot;%1&quot;</source>
        <translation>Zweistufige Anmeldung von „%1“</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>Make a new secret and recovery codes; from then on a code from the authenticator app is needed to sign in</source>
        <translation>Ein neues Geheimnis und neue Wiederherstellungscodes erzeugen; danach ist zur Anmeldung ein Code aus der Authenticator-App nötig</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Forget the secret and the recovery codes, for a lost phone</source>
        <translation>Das Geheimnis und die Wiederherstellungscodes vergessen, bei einem verlorenen Telefon</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator: only an account with the administrator switch or a security group signs in to the console.</source>
        <translation>„%1“ ist kein Operator: Nur ein Konto mit dem Administratorschalter oder einer Sicherheitsgruppe meldet sich an der Konsole an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enrolled: it signs in with its password and a code from its authenticator app, or one of its recovery codes.</source>
        <translation>„%1“ ist eingerichtet: Es meldet sich mit seinem Passwort und einem Code aus seiner Authenticator-App oder einem seiner Wiederherstellungscodes an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enrolled: it signs in with its password alone.</source>
        <translation>„%1“ ist nicht eingerichtet: Es meldet sich nur mit seinem Passwort an.</translation>
    </message>
    <message>
        <source>It must use two-step sign-in: %1</source>
        <extracomment>%1: why, in core&apos;s words (&quot;the group &quot;Acme MSP&quot; requires it for its operators …&quot;).</extracomment>
        <translation>Dieses Konto muss die zweistufige Anmeldung verwenden: %1</translation>
    </message>
    <message>
        <source>Two-step sign-in is optional for it.</source>
        <translation>Für dieses Konto ist die zweistufige Anmeldung freiwillig.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enrolled in two-step sign-in.</source>
        <translation>„%1“ ist für die zweistufige Anmeldung eingerichtet.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in</source>
        <translation>Zweistufige Anmeldung zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the two-step sign-in of &quot;%1&quot;?</source>
        <translation>Die zweistufige Anmeldung von „%1“ zurücksetzen?</translation>
    </message>
    <message>
        <source>Its authenticator app and its recovery codes stop working at once. It signs in with its password alone until it is enrolled again.</source>
        <translation>Seine Authenticator-App und seine Wiederherstellungscodes funktionieren sofort nicht mehr. Es meldet sich nur mit seinem Passwort an, bis es wieder eingerichtet ist.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The two-step sign-in of &quot;%1&quot; is reset.</source>
        <translation>Die zweistufige Anmeldung von „%1“ ist zurückgesetzt.</translation>
    </message>
    <message>
        <source>Close without the recovery codes</source>
        <translation>Ohne die Wiederherstellungscodes schließen</translation>
    </message>
    <message>
        <source>Close without copying or saving the recovery codes?</source>
        <translation>Schließen, ohne die Wiederherstellungscodes zu kopieren oder zu speichern?</translation>
    </message>
    <message>
        <source>They are shown only once. Without them, &quot;%1&quot; cannot sign in when its phone is lost, until an operator resets its two-step sign-in.</source>
        <translation>Sie werden nur einmal angezeigt. Ohne sie kann sich „%1“ bei verlorenem Telefon nicht anmelden, bis ein Operator seine zweistufige Anmeldung zurücksetzt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Keep them open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
</context>
<context>
    <name>bc::MfaEnrolmentView</name>
    <message>
        <source>Scan the code with an authenticator app, or type the secret into it:</source>
        <translation>Scannen Sie den Code mit einer Authenticator-App oder geben Sie das Geheimnis dort ein:</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>Geheim&amp;nis:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the secret, without spaces</source>
        <translation>Das Geheimnis ohne Leerzeichen kopieren</translation>
    </message>
    <message>
        <source>Recovery c&amp;odes:</source>
        <translation>Wiederherstellungs&amp;codes:</translation>
    </message>
    <message>
        <source>Copy co&amp;des</source>
        <translation>Codes k&amp;opieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve codes…</source>
        <translation>Codes s&amp;peichern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown only once.&lt;/b&gt; Keep the recovery codes somewhere safe, away from the phone: each signs in once in place of a code from the app. Nothing shows them again.</source>
        <translation>&lt;b&gt;Nur einmal angezeigt.&lt;/b&gt; Bewahren Sie die Wiederherstellungscodes sicher und getrennt vom Telefon auf: Jeder gilt für eine Anmeldung anstelle eines Codes aus der App. Nichts zeigt sie wieder an.</translation>
    </message>
    <message>
        <source>Recovery codes of &quot;%1&quot; for the Backup Account Console; each signs in once.</source>
        <extracomment>The first line of the saved recovery codes. %1: the operator&apos;s login.</extracomment>
        <translation>Wiederherstellungscodes von „%1“ für die Backup Account Console; jeder gilt für eine Anmeldung.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Wiederherstellungscodes speichern</translation>
    </message>
    <message>
        <source>recovery-codes-%1.txt</source>
        <translation>wiederherstellungscodes-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved in &quot;%1&quot;.</source>
        <translation>Gespeichert in „%1“.</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in &quot;%1&quot;: %2. Choose another folder, or copy them.</source>
        <translation>Die Wiederherstellungscodes konnten nicht in „%1“ gespeichert werden: %2. Wählen Sie einen anderen Ordner oder kopieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>bc::MigrationQuestion</name>
    <message>
        <source>Update the Database?</source>
        <translation>Datenbank aktualisieren?</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was last used by an older version of the console. To open it, this console has to update its layout from version %2 to version %3, in one step.</source>
        <translation>Die Datenbank „%1“ wurde zuletzt von einer älteren Version der Konsole benutzt. Um sie zu öffnen, muss diese Konsole ihren Aufbau in einem Schritt von Version %2 auf Version %3 aktualisieren.</translation>
    </message>
    <message>
        <source>After the update, every other console that uses this database must be updated to this version too; older consoles can no longer open it.

If you do not update, nothing in the database changes and it is not opened.</source>
        <translation>Nach der Aktualisierung müssen alle anderen Konsolen, die diese Datenbank benutzen, ebenfalls auf diese Version aktualisiert werden; ältere Konsolen können sie nicht mehr öffnen.

Wenn Sie nicht aktualisieren, ändert sich nichts an der Datenbank und sie wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Update Database</source>
        <translation>&amp;Datenbank aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Do Not Update</source>
        <translation>&amp;Nicht aktualisieren</translation>
    </message>
</context>
<context>
    <name>bc::OperatorSignIn</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Der Anmeldename oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The code is wrong. Enter the six digits your authenticator app shows now, or an unused recovery code.</source>
        <translation>Der Code ist falsch. Geben Sie die sechs Ziffern ein, die Ihre Authenticator-App jetzt anzeigt, oder einen unbenutzten Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>This code was used already. Wait until your authenticator app shows the next one.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie, bis Ihre Authenticator-App den nächsten anzeigt.</translation>
    </message>
    <message>
        <source>No account has the login &quot;%1&quot;.</source>
        <translation>Kein Konto hat den Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator: only an account with the administrator switch or a security group may sign in to the console.</source>
        <translation>„%1“ ist kein Bediener: Nur ein Konto mit dem Administratorschalter oder einer Sicherheitsgruppe darf sich an der Konsole anmelden.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. An administrator can enable it again.</source>
        <translation>Das Konto „%1“ ist deaktiviert. Ein Administrator kann es wieder aktivieren.</translation>
    </message>
    <message>
        <source>Enter the six-digit code your authenticator app shows, or a recovery code.</source>
        <translation>Geben Sie den sechsstelligen Code ein, den Ihre Authenticator-App anzeigt, oder einen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enrolled already. Reset its multi-factor authentication first to enrol it again.</source>
        <translation>„%1“ ist bereits eingerichtet. Setzen Sie zuerst die Mehr-Faktor-Authentifizierung zurück, um sie neu einzurichten.</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; requires it for its operators and those of the groups below it.</source>
        <translation>Die Gruppe „%1“ verlangt sie von ihren Operatoren und denen der Gruppen darunter.</translation>
    </message>
    <message>
        <source>the top group&apos;s operators need it once any operator is enrolled.</source>
        <translation>Die Operatoren der obersten Gruppe brauchen sie, sobald irgendein Operator eingerichtet ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs multi-factor authentication to sign in and is not enrolled: %2 To get enrolled, ask an operator who manages operators there to run &quot;operator mfa enroll %1&quot; and to hand over the QR code or URI it shows.</source>
        <translation>„%1“ braucht zur Anmeldung die Mehr-Faktor-Authentifizierung und ist nicht eingerichtet: %2 Bitten Sie einen Operator, der dort Operatoren verwaltet, „operator mfa enroll %1“ auszuführen und Ihnen den angezeigten QR-Code oder die URI zu übergeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works in an organization below the top group, and this database is on MariaDB, which cannot keep an operator inside its organization: only operators of the top group sign in here. To give an organization operators of its own, keep the database on PostgreSQL.</source>
        <translation>„%1“ arbeitet in einer Organisation unterhalb der obersten Gruppe, und diese Datenbank liegt auf MariaDB, die einen Operator nicht auf seine Organisation beschränken kann: Hier melden sich nur Operatoren der obersten Gruppe an. Damit eine Organisation eigene Operatoren bekommt, führen Sie die Datenbank auf PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs multi-factor authentication to sign in and is not enrolled. To get enrolled, ask an operator who manages operators there to run &quot;operator mfa enroll %1&quot; and to hand over the QR code or URI it shows.</source>
        <translation>„%1“ braucht zur Anmeldung die Mehr-Faktor-Authentifizierung und ist nicht eingerichtet. Bitten Sie einen Operator, der dort Operatoren verwaltet, „operator mfa enroll %1“ auszuführen und Ihnen den angezeigten QR-Code oder die URI zu übergeben.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordDialog</name>
    <message>
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter your password for %1.</source>
        <translation>Geben Sie Ihr Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>Enter the password of the user &quot;%1&quot; for %2.</source>
        <translation>Geben Sie das Passwort des Benutzers „%1“ für %2 ein.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordField</name>
    <message>
        <source>Optional. Leave empty and the user chooses a password from the activation email.</source>
        <translation>Optional. Leer lassen, dann wählt der Benutzer ein Passwort über die Aktivierungs-E-Mail.</translation>
    </message>
    <message numerus="yes">
        <source>Optional, at least %n characters</source>
        <translation>
            <numerusform>Optional, mindestens %n Zeichen</numerusform>
            <numerusform>Optional, mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>Show the password as plain text</source>
        <translation>Das Passwort als Klartext anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Das Passwort verbergen</translation>
    </message>
    <message>
        <source>Meets the password policy. Only a secure hash of it is stored.</source>
        <translation>Erfüllt die Passwortrichtlinie. Nur ein sicherer Hash davon wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordHasher</name>
    <message>
        <source>The password could not be protected (libsodium failed).</source>
        <translation>Das Passwort konnte nicht geschützt werden (libsodium ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The password could not be protected: not enough memory. Try again.</source>
        <translation>Das Passwort konnte nicht geschützt werden: nicht genug Arbeitsspeicher. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordPolicy</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation>Das Passwort darf nicht der Anmeldename sein.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones and is tried first by attackers; choose another.</source>
        <translation>Dieses Passwort gehört zu den häufigsten und wird von Angreifern zuerst ausprobiert; wählen Sie ein anderes.</translation>
    </message>
</context>
<context>
    <name>bc::PortRules</name>
    <message>
        <source>Enter a port from 1 to 65535.</source>
        <translation>Geben Sie einen Port von 1 bis 65535 ein.</translation>
    </message>
</context>
<context>
    <name>bc::ProfileForm</name>
    <message>
        <source>&amp;Data lock: accounts on this profile cannot be deleted or change profile</source>
        <translation>&amp;Datensperre: Konten mit diesem Profil können nicht gelöscht werden und das Profil nicht wechseln</translation>
    </message>
    <message>
        <source>&amp;Backup locations:</source>
        <translation>Sicherungs&amp;ziele:</translation>
    </message>
    <message>
        <source>N&amp;otifications:</source>
        <translation>Benachrichti&amp;gungen:</translation>
    </message>
    <message>
        <source>Quotas of the accounts on this profile</source>
        <translation>Kontingente der Konten mit diesem Profil</translation>
    </message>
</context>
<context>
    <name>bc::ProfileInheritance</name>
    <message>
        <source>%1, overage %2</source>
        <translation>%1, Überschreitung %2</translation>
    </message>
</context>
<context>
    <name>bc::ProfileValueIndicator</name>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1 to the profile&apos;s value</source>
        <translation>%1 auf den Wert des Profils zurücksetzen</translation>
    </message>
    <message>
        <source>From profile</source>
        <translation>Aus dem Profil</translation>
    </message>
    <message>
        <source>The profile&apos;s value; it follows when the profile changes.</source>
        <translation>Der Wert des Profils; er ändert sich mit dem Profil.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Set for this account; profile changes no longer touch it. The profile has %1.</source>
        <translation>Für dieses Konto festgelegt; Profiländerungen wirken sich nicht mehr darauf aus. Das Profil hat %1.</translation>
    </message>
    <message>
        <source>Use the profile&apos;s value again: %1</source>
        <translation>Wieder den Wert des Profils verwenden: %1</translation>
    </message>
</context>
<context>
    <name>bc::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>A QR code of: %1</source>
        <translation>Ein QR-Code von: %1</translation>
    </message>
</context>
<context>
    <name>bc::QuotaRow</name>
    <message>
        <source>Physical &amp;workstations:</source>
        <translation>Physische A&amp;rbeitsplatzrechner:</translation>
    </message>
    <message>
        <source>Physical &amp;servers:</source>
        <translation>Physische Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Virtual machines:</source>
        <translation>V&amp;irtuelle Maschinen:</translation>
    </message>
    <message>
        <source>&amp;Mobile devices:</source>
        <translation>&amp;Mobilgeräte:</translation>
    </message>
    <message>
        <source>Microsoft &amp;365 mailboxes:</source>
        <translation>Microsoft-&amp;365-Postfächer:</translation>
    </message>
    <message>
        <source>S&amp;torage quota:</source>
        <translation>Speicherkonti&amp;ngent:</translation>
    </message>
    <message>
        <source>e.g. 500 GB</source>
        <translation>z. B. 500 GB</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>z. B. 10</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>Limit für %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 unbegrenzt</translation>
    </message>
    <message>
        <source>Overage:</source>
        <translation>Überschreitung:</translation>
    </message>
    <message>
        <source>0 GB</source>
        <translation>0 GB</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>%1 overage</source>
        <translation>Überschreitung für %1</translation>
    </message>
    <message>
        <source>How far usage may pass the limit before backups fail.</source>
        <translation>Wie weit die Nutzung das Limit übersteigen darf, bevor Sicherungen fehlschlagen.</translation>
    </message>
    <message>
        <source>This group caps %1.</source>
        <translation>Diese Gruppe begrenzt %1.</translation>
    </message>
    <message>
        <source>At most %1 in this group.</source>
        <translation>Höchstens %1 in dieser Gruppe.</translation>
    </message>
    <message>
        <source>An overage applies once a limit is set.</source>
        <translation>Eine Überschreitung gilt erst, wenn ein Limit gesetzt ist.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>bc::Quotas</name>
    <message>
        <source>Physical workstations</source>
        <translation>Physische Arbeitsplatzrechner</translation>
    </message>
    <message>
        <source>Physical servers</source>
        <translation>Physische Server</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobilgeräte</translation>
    </message>
    <message>
        <source>Microsoft 365 mailboxes</source>
        <translation>Microsoft-365-Postfächer</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>Geben Sie eine Zahl von null oder mehr ein.</translation>
    </message>
    <message>
        <source>Enter a whole number, or choose Unlimited.</source>
        <translation>Geben Sie eine ganze Zahl ein oder wählen Sie „Unbegrenzt“.</translation>
    </message>
    <message>
        <source>Enter a whole number (0 for no overage).</source>
        <translation>Geben Sie eine ganze Zahl ein (0 für keine Überschreitung).</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
</context>
<context>
    <name>bc::QuotasEditor</name>
    <message>
        <source>Physical &amp;workstations:</source>
        <translation>Physische A&amp;rbeitsplatzrechner:</translation>
    </message>
    <message>
        <source>Physical ser&amp;vers:</source>
        <translation>Physische S&amp;erver:</translation>
    </message>
    <message>
        <source>&amp;Virtual machines:</source>
        <translation>V&amp;irtuelle Maschinen:</translation>
    </message>
    <message>
        <source>Mo&amp;bile devices:</source>
        <translation>M&amp;obilgeräte:</translation>
    </message>
    <message>
        <source>Microsoft &amp;365 mailboxes:</source>
        <translation>Microsoft-&amp;365-Postfächer:</translation>
    </message>
    <message>
        <source>Storage &amp;quota:</source>
        <translation>Speicherkontingen&amp;t:</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>Limit für %1</translation>
    </message>
    <message>
        <source>e.g. 500 GB</source>
        <translation>z. B. 500 GB</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>z. B. 10</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 unbegrenzt</translation>
    </message>
    <message>
        <source>Overage:</source>
        <translation>Überschreitung:</translation>
    </message>
    <message>
        <source>%1 overage</source>
        <translation>Überschreitung für %1</translation>
    </message>
    <message>
        <source>0 GB</source>
        <translation>0 GB</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>How far usage may pass the limit before backups fail.</source>
        <translation>Wie weit die Nutzung das Limit übersteigen darf, bevor Sicherungen fehlschlagen.</translation>
    </message>
    <message>
        <source>At most %1 in this group.</source>
        <translation>Höchstens %1 in dieser Gruppe.</translation>
    </message>
    <message>
        <source>An overage applies once a limit is set.</source>
        <translation>Eine Überschreitung gilt erst, wenn ein Limit gesetzt ist.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>bc::SavedFilterGroupLink</name>
    <message>
        <source>The saved filter&apos;s group no longer exists or is out of your reach: the rest of the filter is applied to the selected group.</source>
        <translation>Die Gruppe des gespeicherten Filters gibt es nicht mehr, oder sie liegt außerhalb Ihres Bereichs: Der übrige Filter gilt für die ausgewählte Gruppe.</translation>
    </message>
</context>
<context>
    <name>bc::SavedFilterNameDialog</name>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>&amp;Name of the filter:</source>
        <translation>&amp;Name des Filters:</translation>
    </message>
    <message>
        <source>A saved filter has this name: saving replaces it.</source>
        <translation>Ein gespeicherter Filter hat diesen Namen: Speichern ersetzt ihn.</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; exists already. Replace it?</source>
        <translation>Ein gespeicherter Filter namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Choose Another Name</source>
        <translation>&amp;Anderen Namen wählen</translation>
    </message>
</context>
<context>
    <name>bc::SavedFilters</name>
    <message>
        <source>Enter a name for the filter.</source>
        <translation>Geben Sie einen Namen für den Filter ein.</translation>
    </message>
    <message numerus="yes">
        <source>A filter&apos;s name has at most %n characters.</source>
        <translation>
            <numerusform>Der Name eines Filters hat höchstens %n Zeichen.</numerusform>
            <numerusform>Der Name eines Filters hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::SavedFiltersButton</name>
    <message>
        <source>Save the current filter under a name, or apply a saved one.</source>
        <translation>Den aktuellen Filter unter einem Namen speichern oder einen gespeicherten anwenden.</translation>
    </message>
    <message>
        <source>&amp;Save current filter…</source>
        <translation>Aktuellen Filter &amp;speichern…</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>&amp;Delete saved filter</source>
        <translation>Gespeicherten Filter &amp;löschen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>Den gespeicherten Filter „%1“ löschen?</translation>
    </message>
    <message>
        <source>The accounts stay as they are; only the filter&apos;s name and settings go.</source>
        <translation>Die Konten bleiben, wie sie sind; nur der Name und die Einstellungen des Filters werden gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot; deleted.</source>
        <translation>Gespeicherter Filter „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Saved f&amp;ilters</source>
        <translation>Gespeicherte F&amp;ilter</translation>
    </message>
</context>
<context>
    <name>bc::SecurityGroupForm</name>
    <message>
        <source>Members may</source>
        <translation>Mitglieder dürfen</translation>
    </message>
</context>
<context>
    <name>bc::ServerSetup</name>
    <message>
        <source>The server did not answer what it is set up to do.</source>
        <translation>Der Server hat nicht beantwortet, wie er eingerichtet ist.</translation>
    </message>
    <message>
        <source>The server answers a wrong password for an operator&apos;s role at once, so whoever has its address can try passwords as fast as it answers. Load its auth_delay module: in postgresql.conf, shared_preload_libraries = &apos;auth_delay&apos; and auth_delay.milliseconds = 1000, then restart it.</source>
        <translation>Der Server beantwortet ein falsches Passwort für die Rolle eines Operators sofort; wer seine Adresse kennt, kann also Passwörter so schnell ausprobieren, wie er antwortet. Laden Sie sein Modul auth_delay: in postgresql.conf shared_preload_libraries = &apos;auth_delay&apos; und auth_delay.milliseconds = 1000, dann den Server neu starten.</translation>
    </message>
    <message>
        <source>Row security is not installed: operators&apos; scopes are kept by the console only, and anyone with the owner&apos;s credentials sees everything. A user that may create roles installs it: CALL bc_row_security_install();</source>
        <translation>Die Zeilensicherheit ist nicht eingerichtet: Nur die Konsole hält Operatoren in ihren Bereichen, und wer die Zugangsdaten des Eigentümers hat, sieht alles. Ein Benutzer, der Rollen anlegen darf, richtet sie ein: CALL bc_row_security_install();</translation>
    </message>
    <message>
        <source>These tables do not force row security, so their owner passes it: %1. Install it again: CALL bc_row_security_install();</source>
        <translation>Diese Tabellen erzwingen keine Zeilensicherheit, ihr Eigentümer umgeht sie also: %1. Richten Sie sie erneut ein: CALL bc_row_security_install();</translation>
    </message>
    <message>
        <source>These operators&apos; roles pass row security (superuser or BYPASSRLS), so they see every customer: %1. Take it away: ALTER ROLE … NOSUPERUSER NOBYPASSRLS.</source>
        <translation>Die Rollen dieser Operatoren umgehen die Zeilensicherheit (Superuser oder BYPASSRLS) und sehen so jeden Kunden: %1. Entziehen Sie es ihnen: ALTER ROLE … NOSUPERUSER NOBYPASSRLS.</translation>
    </message>
</context>
<context>
    <name>bc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
</context>
<context>
    <name>bc::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 as an operator.</source>
        <translation>Als Operator bei %1 anmelden.</translation>
    </message>
    <message>
        <source>Only with multi-factor authentication: the six digits your authenticator app shows, or a recovery code.</source>
        <translation>Nur mit Multi-Faktor-Authentifizierung: die sechs Ziffern, die Ihre Authenticator-App zeigt, oder ein Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>bc::SignInLockout</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Minute und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Minuten und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::StorageForm</name>
    <message>
        <source>e.g. EU West (Frankfurt)</source>
        <translation>z. B. EU West (Frankfurt)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
</context>
<context>
    <name>bc::StorageSize</name>
    <message>
        <source>A size cannot be negative.</source>
        <translation>Eine Größe kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>That size is too large.</source>
        <translation>Diese Größe ist zu groß.</translation>
    </message>
    <message>
        <source>A size must come to a whole number of bytes.</source>
        <translation>Eine Größe muss eine ganze Zahl von Bytes ergeben.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter a size such as &quot;%1&quot;, &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>Geben Sie eine Größe wie „%1“, „%2“ oder „%3“ ein.</translation>
    </message>
    <message>
        <source>Add a unit, such as %1 or %2.</source>
        <translation>Geben Sie eine Einheit an, etwa %1 oder %2.</translation>
    </message>
    <message>
        <source>Did you mean %1? Use . as the decimal point, without group separators.</source>
        <translation>Meinten Sie %1? Verwenden Sie . als Dezimaltrennzeichen, ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could mean %2 or %3; use . as the decimal point, without group separators.</source>
        <translation>„%1“ kann %2 oder %3 bedeuten; verwenden Sie . als Dezimaltrennzeichen, ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could mean %2 or %3; write it as one of them.</source>
        <translation>„%1“ kann %2 oder %3 bedeuten; schreiben Sie es als eines davon.</translation>
    </message>
    <message>
        <source>= %1 %2</source>
        <translation>= %1 %2</translation>
    </message>
    <message>
        <source>≈ %1 %2</source>
        <translation>≈ %1 %2</translation>
    </message>
</context>
<context>
    <name>bc::Totp</name>
    <message>
        <source>The one-time password secret is damaged.</source>
        <translation>Das Geheimnis für Einmalpasswörter ist beschädigt.</translation>
    </message>
    <message>
        <source>The one-time password could not be computed.</source>
        <translation>Das Einmalpasswort konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>bc::Translations</name>
    <message>
        <source>The language of the messages: %1 (default: the user&apos;s).</source>
        <translation>Die Sprache der Meldungen: %1 (Standard: die des Benutzers).</translation>
    </message>
    <message>
        <source>There is no translation &quot;%1&quot;; choose one of %2.</source>
        <translation>Es gibt keine Übersetzung „%1“; wählen Sie eine von %2.</translation>
    </message>
</context>
<context>
    <name>bc::UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back your last change or bulk action, import included, once you confirmed what it changes back.</source>
        <translation>Ihre letzte Änderung oder Massenaktion, auch einen Import, rückgängig machen, nachdem Sie bestätigt haben, was sie zurücksetzt.</translation>
    </message>
    <message>
        <source>Looking for your last change…</source>
        <translation>Ihre letzte Änderung wird gesucht…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Your last change, made on %1, cannot be undone.</source>
        <translation>Ihre letzte Änderung vom %1 kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Your last change only sent or withdrew activation emails, which cannot be taken back.</source>
        <translation>Ihre letzte Änderung hat nur Aktivierungs-E-Mails gesendet oder zurückgezogen, was nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Your last change has nothing that can be undone.</source>
        <translation>Ihre letzte Änderung enthält nichts, was rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>You may not undo your last change.</source>
        <translation>Sie dürfen Ihre letzte Änderung nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undoing your last change…</source>
        <translation>Ihre letzte Änderung wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Not everything was undone.</source>
        <translation>Nicht alles wurde rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>disabled %n account(s)</source>
        <translation>
            <numerusform>%n Konto deaktiviert</numerusform>
            <numerusform>%n Konten deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enabled %n account(s)</source>
        <translation>
            <numerusform>%n Konto aktiviert</numerusform>
            <numerusform>%n Konten aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n account(s)</source>
        <translation>
            <numerusform>%n Konto gelöscht</numerusform>
            <numerusform>%n Konten gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created %n account(s)</source>
        <translation>
            <numerusform>%n Konto angelegt</numerusform>
            <numerusform>%n Konten angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %n account(s)</source>
        <translation>
            <numerusform>%n Konto wiederhergestellt</numerusform>
            <numerusform>%n Konten wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n account(s)</source>
        <translation>
            <numerusform>%n Konto verschoben</numerusform>
            <numerusform>%n Konten verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed %n account(s)</source>
        <translation>
            <numerusform>%n Konto geändert</numerusform>
            <numerusform>%n Konten geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo your last change (%1 on %2)?</source>
        <extracomment>%1 what the change did (&quot;disabled 3 accounts&quot;), %2 when.</extracomment>
        <translation>Ihre letzte Änderung rückgängig machen (%1 am %2)?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be restored from the recycle bin.</source>
        <extracomment>%1 the accounts (&quot;alice&quot; and &quot;bob&quot;, or &quot;3 accounts&quot;).</extracomment>
        <translation>
            <numerusform>%1 wird aus dem Papierkorb wiederhergestellt.</numerusform>
            <numerusform>%1 werden aus dem Papierkorb wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted again: they go to the recycle bin.</source>
        <translation>
            <numerusform>%1 wird wieder gelöscht: Es kommt in den Papierkorb.</numerusform>
            <numerusform>%1 werden wieder gelöscht: Sie kommen in den Papierkorb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be enabled again.</source>
        <translation>
            <numerusform>%1 wird wieder aktiviert.</numerusform>
            <numerusform>%1 werden wieder aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be disabled again.</source>
        <translation>
            <numerusform>%1 wird wieder deaktiviert.</numerusform>
            <numerusform>%1 werden wieder deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be moved back to the group they were in.</source>
        <translation>
            <numerusform>%1 wird in seine frühere Gruppe zurückverschoben.</numerusform>
            <numerusform>%1 werden in ihre früheren Gruppen zurückverschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be given back their previous settings.</source>
        <translation>
            <numerusform>%1 erhält seine früheren Einstellungen zurück.</numerusform>
            <numerusform>%1 erhalten ihre früheren Einstellungen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1.</source>
        <translation>Darunter: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n activation email(s) it sent or withdrew stay as they are.</source>
        <translation>
            <numerusform>Die %n Aktivierungs-E-Mail, die sie gesendet oder zurückgezogen hat, bleibt, wie sie ist.</numerusform>
            <numerusform>Die %n Aktivierungs-E-Mails, die sie gesendet oder zurückgezogen hat, bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Es wurde nichts rückgängig gemacht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) back as they were.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Konto ist wieder, wie es war.</numerusform>
            <numerusform>Rückgängig gemacht: %n Konten sind wieder, wie sie waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) restored from the recycle bin.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Konto aus dem Papierkorb wiederhergestellt.</numerusform>
            <numerusform>Rückgängig gemacht: %n Konten aus dem Papierkorb wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) deleted again.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Konto wieder gelöscht.</numerusform>
            <numerusform>Rückgängig gemacht: %n Konten wieder gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) enabled again.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Konto wieder aktiviert.</numerusform>
            <numerusform>Rückgängig gemacht: %n Konten wieder aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) disabled again.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Konto wieder deaktiviert.</numerusform>
            <numerusform>Rückgängig gemacht: %n Konten wieder deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) moved back.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Konto zurückverschoben.</numerusform>
            <numerusform>Rückgängig gemacht: %n Konten zurückverschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) given back their previous settings.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Konto hat seine früheren Einstellungen zurück.</numerusform>
            <numerusform>Rückgängig gemacht: %n Konten haben ihre früheren Einstellungen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: your last change is taken back.</source>
        <translation>Rückgängig gemacht: Ihre letzte Änderung ist zurückgenommen.</translation>
    </message>
    <message>
        <source>renamed the group &quot;%1&quot;</source>
        <extracomment>What a change did, in &quot;Undo your last change (%1 on &lt;date&gt;)?&quot;.</extracomment>
        <translation>die Gruppe „%1“ umbenannt</translation>
    </message>
    <message>
        <source>made the group &quot;%1&quot;</source>
        <translation>die Gruppe „%1“ angelegt</translation>
    </message>
    <message>
        <source>added &quot;%1&quot;</source>
        <translation>„%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>changed &quot;%1&quot;</source>
        <translation>„%1“ geändert</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will be called &quot;%2&quot; again.</source>
        <translation>Die Gruppe „%1“ heißt wieder „%2“.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will be deleted again.</source>
        <translation>Die Gruppe „%1“ wird wieder gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be deleted again.</source>
        <translation>„%1“ wird wieder gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will get its previous settings back.</source>
        <translation>„%1“ erhält seine vorherigen Einstellungen zurück.</translation>
    </message>
    <message>
        <source>changed the settings of &quot;%1&quot;</source>
        <translation>die Einstellungen von „%1“ geändert</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will get its previous settings back.</source>
        <translation>Die Gruppe „%1“ erhält ihre vorherigen Einstellungen zurück.</translation>
    </message>
    <message>
        <source>deleted &quot;%1&quot;</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be added again as it was.</source>
        <translation>„%1“ wird wieder so angelegt, wie es war.</translation>
    </message>
    <message>
        <source>required multi-factor authentication in &quot;%1&quot;</source>
        <translation>in „%1“ Mehr-Faktor-Authentifizierung verlangt</translation>
    </message>
    <message>
        <source>made multi-factor authentication optional in &quot;%1&quot;</source>
        <translation>in „%1“ Mehr-Faktor-Authentifizierung freigestellt</translation>
    </message>
    <message>
        <source>changed the activation link or email of &quot;%1&quot;</source>
        <translation>Aktivierungslink oder Aktivierungs-E-Mail von „%1“ geändert</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will no longer require multi-factor authentication.</source>
        <translation>Die Gruppe „%1“ verlangt keine Mehr-Faktor-Authentifizierung mehr.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will require multi-factor authentication again.</source>
        <translation>Die Gruppe „%1“ verlangt wieder Mehr-Faktor-Authentifizierung.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will get its previous activation link lifetime and email back.</source>
        <translation>Die Gruppe „%1“ erhält ihre vorherige Gültigkeitsdauer des Aktivierungslinks und ihre vorherige Aktivierungs-E-Mail zurück.</translation>
    </message>
    <message>
        <source>deleted the group &quot;%1&quot;</source>
        <translation>die Gruppe „%1“ gelöscht</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will be made again as it was: its settings, its activation link and email, and whether it requires multi-factor authentication.</source>
        <translation>Die Gruppe „%1“ wird wieder so angelegt, wie sie war: mit ihren Einstellungen, ihrem Aktivierungslink und ihrer Aktivierungs-E-Mail und damit, ob sie Mehr-Faktor-Authentifizierung verlangt.</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountBinCommands</name>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Endgültig gelöscht am</translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts shown: %1. The recycle bin keeps each for %n day(s).</source>
        <translation>
            <numerusform>Angezeigte gelöschte Konten: %1. Der Papierkorb bewahrt jedes %n Tag auf.</numerusform>
            <numerusform>Angezeigte gelöschte Konten: %1. Der Papierkorb bewahrt jedes %n Tage auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not deleted; the recycle bin holds only deleted accounts.</source>
        <translation>Das Konto „%1“ ist nicht gelöscht; der Papierkorb enthält nur gelöschte Konten.</translation>
    </message>
    <message>
        <source>There is no deleted account with the login &quot;%1&quot;.</source>
        <translation>Es gibt kein gelöschtes Konto mit dem Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <source>Restored account &quot;%1&quot; (id %2) in &quot;%3&quot;.</source>
        <translation>Konto „%1“ (ID %2) in „%3“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>Give either logins or --expired, not both.</source>
        <translation>Geben Sie entweder Anmeldenamen oder --expired an, nicht beides.</translation>
    </message>
    <message>
        <source>Name the deleted accounts to purge, or give --expired.</source>
        <translation>Nennen Sie die endgültig zu löschenden Konten, oder geben Sie --expired an.</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n deleted account(s) whose time in the recycle bin had passed.</source>
        <translation>
            <numerusform>%n gelöschtes Konto endgültig gelöscht, dessen Zeit im Papierkorb abgelaufen war.</numerusform>
            <numerusform>%n gelöschte Konten endgültig gelöscht, deren Zeit im Papierkorb abgelaufen war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purged account &quot;%1&quot; (id %2); its login is free again.</source>
        <translation>Konto „%1“ (ID %2) endgültig gelöscht; sein Anmeldename ist wieder frei.</translation>
    </message>
    <message>
        <source>Add --set to change settings.</source>
        <translation>Fügen Sie --set hinzu, um Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>--set needs an option that says what to change.</source>
        <translation>--set braucht eine Option, die sagt, was geändert werden soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>„%1“ ist keine Anzahl von Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts now stay in the recycle bin for %n day(s).</source>
        <translation>
            <numerusform>Gelöschte Konten bleiben jetzt %n Tag im Papierkorb.</numerusform>
            <numerusform>Gelöschte Konten bleiben jetzt %n Tage im Papierkorb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n deleted account(s) kept longer than that.</source>
        <translation>
            <numerusform>%n gelöschtes Konto, das länger aufbewahrt war, endgültig gelöscht.</numerusform>
            <numerusform>%n gelöschte Konten, die länger aufbewahrt waren, endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recycle bin:</source>
        <translation>Papierkorb:</translation>
    </message>
    <message numerus="yes">
        <source>deleted accounts are kept %n day(s), then purged</source>
        <translation>
            <numerusform>gelöschte Konten werden %n Tag aufbewahrt, dann endgültig gelöscht</numerusform>
            <numerusform>gelöschte Konten werden %n Tage aufbewahrt, dann endgültig gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountChangeCommand</name>
    <message>
        <source>Name the accounts by login, or give --group (with --include-subgroups, --status or --search) for every account of that list; not both.</source>
        <translation>Nennen Sie die Konten mit ihrem Anmeldenamen, oder geben Sie --group an (mit --include-subgroups, --status oder --search) für jedes Konto dieser Liste; nicht beides.</translation>
    </message>
    <message>
        <source>--overage %1 needs --quota %1 as well: the limit it passes.</source>
        <translation>--overage %1 braucht auch --quota %1: die Grenze, die es überschreitet.</translation>
    </message>
    <message>
        <source>Say what to change: --move-to, --profile, --storage, --quota, --add-subscription, --remove-subscription, --add-security-group or --remove-security-group.</source>
        <translation>Geben Sie an, was sich ändern soll: --move-to, --profile, --storage, --quota, --add-subscription, --remove-subscription, --add-security-group oder --remove-security-group.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n account(s).</source>
        <translation>
            <numerusform>%n Konto geändert.</numerusform>
            <numerusform>%n Konten geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were as asked already.</source>
        <translation>
            <numerusform>%n Konto war bereits wie verlangt.</numerusform>
            <numerusform>%n Konten waren bereits wie verlangt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountCommands</name>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto mit dem Anmeldenamen „%1“.</translation>
    </message>
    <message>
        <source>The command &quot;account add&quot; needs %1.</source>
        <translation>Der Befehl „account add“ braucht %1.</translation>
    </message>
    <message>
        <source>Created account &quot;%1&quot; (id %2) in &quot;%3&quot;.</source>
        <translation>Konto „%1“ (ID %2) in „%3“ angelegt.</translation>
    </message>
    <message>
        <source>Queued a new activation email for &quot;%1&quot;; earlier links no longer work.</source>
        <translation>Neue Aktivierungs-E-Mail für „%1“ eingereiht; frühere Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>--include-subgroups needs --group.</source>
        <translation>--include-subgroups braucht --group.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column; use one of %2.</source>
        <translation>„%1“ ist keine Spalte; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Storage quota</source>
        <translation>Speicherkontingent</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Accounts shown: %1 of %2.</source>
        <translation>Angezeigte Konten: %1 von %2.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; now has the status %2.</source>
        <translation>Das Konto „%1“ hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>Deleted account &quot;%1&quot; (id %2).</source>
        <translation>Konto „%1“ (ID %2) gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of %2.</source>
        <translation>„%1“ ist kein Status; verwenden Sie einen von %2.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted account &quot;%1&quot; (id %2): the recycle bin keeps it %n day(s); &quot;account restore %1&quot; brings it back.</source>
        <translation>
            <numerusform>Konto „%1“ (ID %2) gelöscht: Der Papierkorb bewahrt es %n Tag auf; „account restore %1“ holt es zurück.</numerusform>
            <numerusform>Konto „%1“ (ID %2) gelöscht: Der Papierkorb bewahrt es %n Tage auf; „account restore %1“ holt es zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountDetails</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (from the profile)</source>
        <translation>%1 (aus dem Profil)</translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (überschrieben)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Notification email:</source>
        <translation>Benachrichtigungs-E-Mail:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Password set:</source>
        <translation>Passwort festgelegt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Licensed:</source>
        <translation>Lizenziert:</translation>
    </message>
    <message>
        <source>no (unlicensed)</source>
        <translation>nein (nicht lizenziert)</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <source>Agent auto-update:</source>
        <translation>Automatische Agent-Aktualisierung:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Backup storage:</source>
        <translation>Sicherungsspeicher:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Abonnements:</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>Sicherheitsgruppen:</translation>
    </message>
    <message>
        <source>Backup locations:</source>
        <translation>Sicherungsziele:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Business notifications:</source>
        <translation>Geschäftliche Benachrichtigungen:</translation>
    </message>
    <message>
        <source>%1 (overage %2)</source>
        <translation>%1 (Überschreitung %2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <source>Activation email:</source>
        <translation>Aktivierungs-E-Mail:</translation>
    </message>
    <message>
        <source>Pending since:</source>
        <translation>Ausstehend seit:</translation>
    </message>
    <message>
        <source>Link expires:</source>
        <translation>Link läuft ab:</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountDraftReader</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Write the password on the first line of standard input.</source>
        <translation>Schreiben Sie das Passwort in die erste Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value a profile gives; use one of %2.</source>
        <translation>„%1“ ist kein Wert, den ein Profil vorgibt; verwenden Sie einen von %2.</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountEditCommands</name>
    <message>
        <source>Changed account &quot;%1&quot; (id %2).</source>
        <translation>Konto „%1“ (ID %2) geändert.</translation>
    </message>
    <message>
        <source>The command &quot;account assign-subscription&quot; needs --subscription.</source>
        <translation>Der Befehl „account assign-subscription“ braucht --subscription.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is licensed by: %2.</source>
        <translation>Das Konto „%1“ ist lizenziert durch: %2.</translation>
    </message>
</context>
<context>
    <name>bc::cli::AuditCommands</name>
    <message>
        <source>--include-subgroups needs --group.</source>
        <translation>--include-subgroups braucht --group.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type; use one of %2.</source>
        <translation>„%1“ ist keine Objektart; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Entries shown: %1.</source>
        <translation>Angezeigte Einträge: %1.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CatalogCommands</name>
    <message>
        <source>Data lock</source>
        <translation>Datensperre</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Storage quota</source>
        <translation>Speicherkontingent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs %2.</source>
        <translation>Der Befehl „%1“ braucht %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n.</source>
        <translation>
            <numerusform>Angezeigt: %n.</numerusform>
            <numerusform>Angezeigt: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; (id %2).</source>
        <translation>Profil „%1“ (ID %2) angelegt.</translation>
    </message>
    <message>
        <source>Changed profile &quot;%1&quot; (id %2).</source>
        <translation>Profil „%1“ (ID %2) geändert.</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; (id %2).</source>
        <translation>Profil „%1“ (ID %2) gelöscht.</translation>
    </message>
    <message>
        <source>Created storage &quot;%1&quot; (id %2).</source>
        <translation>Speicher „%1“ (ID %2) angelegt.</translation>
    </message>
    <message>
        <source>Changed storage &quot;%1&quot; (id %2).</source>
        <translation>Speicher „%1“ (ID %2) geändert.</translation>
    </message>
    <message>
        <source>Deleted storage &quot;%1&quot; (id %2).</source>
        <translation>Speicher „%1“ (ID %2) gelöscht.</translation>
    </message>
    <message>
        <source>Created subscription &quot;%1&quot; (id %2).</source>
        <translation>Abonnement „%1“ (ID %2) angelegt.</translation>
    </message>
    <message>
        <source>Changed subscription &quot;%1&quot; (id %2).</source>
        <translation>Abonnement „%1“ (ID %2) geändert.</translation>
    </message>
    <message>
        <source>Deleted subscription &quot;%1&quot; (id %2).</source>
        <translation>Abonnement „%1“ (ID %2) gelöscht.</translation>
    </message>
    <message>
        <source>Created security group &quot;%1&quot; (id %2).</source>
        <translation>Sicherheitsgruppe „%1“ (ID %2) angelegt.</translation>
    </message>
    <message>
        <source>Changed security group &quot;%1&quot; (id %2).</source>
        <translation>Sicherheitsgruppe „%1“ (ID %2) geändert.</translation>
    </message>
    <message>
        <source>Deleted security group &quot;%1&quot; (id %2).</source>
        <translation>Sicherheitsgruppe „%1“ (ID %2) gelöscht.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CatalogItemReader</name>
    <message>
        <source>There is no permission &quot;%1&quot;; choose one of %2.</source>
        <translation>Es gibt keine Berechtigung „%1“; wählen Sie eine von %2.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CatalogResolver</name>
    <message>
        <source>The group has no profile &quot;%1&quot;.</source>
        <translation>Die Gruppe hat kein Profil „%1“.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt kein Profil „%1“ in dieser oder einer übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>The group has no storage &quot;%1&quot;.</source>
        <translation>Die Gruppe hat keinen Speicher „%1“.</translation>
    </message>
    <message>
        <source>There is no storage &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt keinen Speicher „%1“ in dieser oder einer übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>The group has no subscription &quot;%1&quot;.</source>
        <translation>Die Gruppe hat kein Abonnement „%1“.</translation>
    </message>
    <message>
        <source>There is no subscription &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt kein Abonnement „%1“ in dieser oder einer übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>The group has no security group &quot;%1&quot;.</source>
        <translation>Die Gruppe hat keine Sicherheitsgruppe „%1“.</translation>
    </message>
    <message>
        <source>There is no security group &quot;%1&quot; in this group or a group above it.</source>
        <translation>Es gibt keine Sicherheitsgruppe „%1“ in dieser oder einer übergeordneten Gruppe.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CliApplication</name>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Created %1 groups and %2 accounts of sample data.</source>
        <translation>%1 Gruppen und %2 Konten mit Beispieldaten angelegt.</translation>
    </message>
    <message>
        <source>The database refused the operator &quot;%1&quot;: its password is wrong, or it has no database role yet (&quot;operator show %1&quot; with the owner&apos;s address tells; its role is made when its password is set).</source>
        <translation>Die Datenbank hat den Operator „%1“ abgewiesen: Sein Passwort ist falsch, oder er hat noch keine Datenbankrolle („operator show %1“ mit der Adresse des Eigentümers zeigt es; die Rolle entsteht, wenn sein Passwort gesetzt wird).</translation>
    </message>
</context>
<context>
    <name>bc::cli::CliSignIn</name>
    <message>
        <source>This database has operators: sign in with --operator LOGIN (or $%1) and the password from $%2 or --operator-password-stdin.</source>
        <translation>Diese Datenbank hat Operatoren: Melden Sie sich mit --operator LOGIN (oder $%1) und dem Passwort aus $%2 oder --operator-password-stdin an.</translation>
    </message>
    <message>
        <source>No password for the operator &quot;%1&quot;: set $%2 or use --operator-password-stdin.</source>
        <translation>Kein Passwort für den Operator „%1“: Setzen Sie $%2 oder verwenden Sie --operator-password-stdin.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; needs a code: give --otp CODE (or $%2) from its authenticator app, or a recovery code.</source>
        <translation>Der Operator „%1“ braucht einen Code: Geben Sie --otp CODE (oder $%2) aus seiner Authenticator-App an, oder einen Wiederherstellungscode.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CommandCatalog</name>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Create a profile: defaults and data lock for accounts.</source>
        <translation>Ein Profil anlegen: Standardwerte und Datensperre für Konten.</translation>
    </message>
    <message>
        <source>List a group&apos;s profiles.</source>
        <translation>Die Profile einer Gruppe auflisten.</translation>
    </message>
    <message>
        <source>Change a profile; accounts that inherit follow.</source>
        <translation>Ein Profil ändern; Konten, die erben, folgen.</translation>
    </message>
    <message>
        <source>Delete a profile no account uses.</source>
        <translation>Ein Profil löschen, das kein Konto verwendet.</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>Create a storage where accounts&apos; backups go.</source>
        <translation>Einen Speicher anlegen, in den die Sicherungen von Konten gehen.</translation>
    </message>
    <message>
        <source>List a group&apos;s storages.</source>
        <translation>Die Speicher einer Gruppe auflisten.</translation>
    </message>
    <message>
        <source>Change a storage.</source>
        <translation>Einen Speicher ändern.</translation>
    </message>
    <message>
        <source>Delete a storage no account or group uses.</source>
        <translation>Einen Speicher löschen, den kein Konto und keine Gruppe verwendet.</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>Create a subscription that licenses accounts.</source>
        <translation>Ein Abonnement anlegen, das Konten lizenziert.</translation>
    </message>
    <message>
        <source>List a group&apos;s subscriptions.</source>
        <translation>Die Abonnements einer Gruppe auflisten.</translation>
    </message>
    <message>
        <source>Rename a subscription.</source>
        <translation>Ein Abonnement umbenennen.</translation>
    </message>
    <message>
        <source>Delete a subscription no account uses.</source>
        <translation>Ein Abonnement löschen, das kein Konto verwendet.</translation>
    </message>
    <message>
        <source>SECURITY_GROUP</source>
        <translation>SICHERHEITSGRUPPE</translation>
    </message>
    <message>
        <source>Create a security group: what operators holding it may do.</source>
        <translation>Eine Sicherheitsgruppe anlegen: was Bediener, die sie haben, tun dürfen.</translation>
    </message>
    <message>
        <source>List a group&apos;s security groups.</source>
        <translation>Die Sicherheitsgruppen einer Gruppe auflisten.</translation>
    </message>
    <message>
        <source>Change a security group.</source>
        <translation>Eine Sicherheitsgruppe ändern.</translation>
    </message>
    <message>
        <source>Delete a security group no account uses.</source>
        <translation>Eine Sicherheitsgruppe löschen, die kein Konto verwendet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The new name, unique within the group.</source>
        <translation>Der neue Name, eindeutig innerhalb der Gruppe.</translation>
    </message>
    <message>
        <source>--group GROUP --name NAME [OPTIONS]</source>
        <translation>--group GRUPPE --name NAME [OPTIONEN]</translation>
    </message>
    <message>
        <source>--group GROUP [--available] [--json]</source>
        <translation>--group GRUPPE [--available] [--json]</translation>
    </message>
    <message>
        <source>%1 --group GROUP [--name NEW_NAME] [OPTIONS]</source>
        <translation>%1 --group GRUPPE [--name NEUER_NAME] [OPTIONEN]</translation>
    </message>
    <message>
        <source>%1 --group GROUP</source>
        <translation>%1 --group GRUPPE</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[BEFEHL]</translation>
    </message>
    <message>
        <source>Show help for a command.</source>
        <translation>Hilfe zu einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>NAME [--parent GROUP] [--customer-id ID]</source>
        <translation>NAME [--parent GRUPPE] [--customer-id ID]</translation>
    </message>
    <message>
        <source>Create a group (the top group when the database is empty).</source>
        <translation>Eine Gruppe anlegen (die oberste Gruppe, wenn die Datenbank leer ist).</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>List the group tree with account counts.</source>
        <translation>Den Gruppenbaum mit der Anzahl der Konten auflisten.</translation>
    </message>
    <message>
        <source>GROUP NEW_NAME</source>
        <translation>GRUPPE NEUER_NAME</translation>
    </message>
    <message>
        <source>Rename a group.</source>
        <translation>Eine Gruppe umbenennen.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Delete an empty group.</source>
        <translation>Eine leere Gruppe löschen.</translation>
    </message>
    <message>
        <source>GROUP [--json] | GROUP --set [OPTIONS]</source>
        <translation>GRUPPE [--json] | GRUPPE --set [OPTIONEN]</translation>
    </message>
    <message>
        <source>Show or change a group&apos;s organization settings.</source>
        <translation>Die Organisationseinstellungen einer Gruppe anzeigen oder ändern.</translation>
    </message>
    <message>
        <source>RESOURCE=N</source>
        <translation>RESSOURCE=N</translation>
    </message>
    <message>
        <source>--group GROUP --login LOGIN --email EMAIL [OPTIONS]</source>
        <translation>--group GRUPPE --login ANMELDENAME --email E-MAIL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Create an account.</source>
        <translation>Ein Konto anlegen.</translation>
    </message>
    <message>
        <source>LOGIN [OPTIONS]</source>
        <translation>ANMELDENAME [OPTIONEN]</translation>
    </message>
    <message>
        <source>Change an account; only the options given change.</source>
        <translation>Ein Konto ändern; nur die angegebenen Optionen ändern sich.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ANMELDENAME</translation>
    </message>
    <message>
        <source>A new login, unique across the database.</source>
        <translation>Ein neuer Anmeldename, eindeutig in der ganzen Datenbank.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>A subscription of the account; replaces the list. Repeatable.</source>
        <translation>Ein Abonnement des Kontos; ersetzt die Liste. Wiederholbar.</translation>
    </message>
    <message>
        <source>A security group of the account; replaces the list. Repeatable.</source>
        <translation>Eine Sicherheitsgruppe des Kontos; ersetzt die Liste. Wiederholbar.</translation>
    </message>
    <message>
        <source>LOGIN --subscription ID|NAME...</source>
        <translation>ANMELDENAME --subscription ID|NAME...</translation>
    </message>
    <message>
        <source>License an account: add subscriptions to those it has.</source>
        <translation>Ein Konto lizenzieren: Abonnements zu den vorhandenen hinzufügen.</translation>
    </message>
    <message>
        <source>List accounts.</source>
        <translation>Konten auflisten.</translation>
    </message>
    <message>
        <source>GROUP [--json] | GROUP --set [--subject TEXT] [--body-file PATH] [--html-file PATH] | GROUP --reset</source>
        <translation>GRUPPE [--json] | GRUPPE --set [--subject TEXT] [--body-file PFAD] [--html-file PFAD] | GRUPPE --reset</translation>
    </message>
    <message>
        <source>Show or change the activation email a group&apos;s new accounts get.</source>
        <translation>Die Aktivierungs-E-Mail, die neue Konten einer Gruppe erhalten, anzeigen oder ändern.</translation>
    </message>
    <message>
        <source>LOGIN [--json]</source>
        <translation>ANMELDENAME [--json]</translation>
    </message>
    <message>
        <source>Show one account and its activation.</source>
        <translation>Ein Konto und seine Aktivierung anzeigen.</translation>
    </message>
    <message>
        <source>LOGIN...</source>
        <translation>ANMELDENAME...</translation>
    </message>
    <message>
        <source>Send inactive accounts a new activation email; their earlier links stop working.</source>
        <translation>Inaktiven Konten eine neue Aktivierungs-E-Mail senden; ihre früheren Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Disable an account.</source>
        <translation>Ein Konto sperren.</translation>
    </message>
    <message>
        <source>Enable a disabled account again.</source>
        <translation>Ein gesperrtes Konto wieder entsperren.</translation>
    </message>
    <message>
        <source>Read the mail server&apos;s password from the first line of standard input (default: the environment variable %1).</source>
        <translation>Das Passwort des Mailservers aus der ersten Zeile der Standardeingabe lesen (Standard: die Umgebungsvariable %1).</translation>
    </message>
    <message>
        <source>[--limit N] [--json]</source>
        <translation>[--limit N] [--json]</translation>
    </message>
    <message>
        <source>List the emails in the outbox, newest first.</source>
        <translation>Die E-Mails im Postausgang auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show at most N emails (default: 100).</source>
        <translation>Höchstens N E-Mails anzeigen (Standard: 100).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Send a failed or waiting email again now.</source>
        <translation>Eine fehlgeschlagene oder wartende E-Mail jetzt erneut senden.</translation>
    </message>
    <message>
        <source>[--password-stdin]</source>
        <translation>[--password-stdin]</translation>
    </message>
    <message>
        <source>Send every email that is due, once, and say how many went.</source>
        <translation>Jede fällige E-Mail einmal senden und angeben, wie viele gesendet wurden.</translation>
    </message>
    <message>
        <source>[--json] | --set [--host HOST] [--port N] [--security MODE] [--user USER] [--sender ADDRESS] [--ca-file PATH] [--timeout S] [--activation-url URL]</source>
        <translation>[--json] | --set [--host HOST] [--port N] [--security MODUS] [--user BENUTZER] [--sender ADRESSE] [--ca-file PFAD] [--timeout S] [--activation-url URL]</translation>
    </message>
    <message>
        <source>Show or change how the console reaches its mail server (the password is not stored).</source>
        <translation>Anzeigen oder ändern, wie die Konsole ihren Mailserver erreicht (das Passwort wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>--to EMAIL [--password-stdin]</source>
        <translation>--to E-MAIL [--password-stdin]</translation>
    </message>
    <message>
        <source>Send a test email now, with everything else that is due.</source>
        <translation>Jetzt eine Test-E-Mail senden, zusammen mit allem anderen, was fällig ist.</translation>
    </message>
    <message>
        <source>[--msp-name NAME]</source>
        <translation>[--msp-name NAME]</translation>
    </message>
    <message>
        <source>Fill an empty database with sample groups and accounts.</source>
        <translation>Eine leere Datenbank mit Beispielgruppen und -konten füllen.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [--database PATH|URL]</source>
        <translation>Aufruf: %1 BEFEHL [ARGUMENTE] [--database PFAD|URL]</translation>
    </message>
    <message>
        <source>Manage the groups and accounts of the Backup Account Console from scripts.</source>
        <translation>Die Gruppen und Konten der Backup Account Console aus Skripten verwalten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>GROUP is an id or a path of names from the top group: &quot;Acme MSP/Contoso/Sales&quot;.</source>
        <translation>GRUPPE ist eine ID oder ein Pfad aus Namen ab der obersten Gruppe: „Acme MSP/Contoso/Sales“.</translation>
    </message>
    <message>
        <source>PROFILE, STORAGE, SUBSCRIPTION and SECURITY_GROUP are an id or a name in the group.</source>
        <translation>PROFIL, SPEICHER, ABONNEMENT und SICHERHEITSGRUPPE sind eine ID oder ein Name in der Gruppe.</translation>
    </message>
    <message>
        <source>Run &quot;%1 help COMMAND&quot; for the options of a command.</source>
        <translation>Führen Sie „%1 help BEFEHL“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Aufruf: %1 %2 %3</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [ARGUMENTS]</source>
        <translation>Aufruf: %1 %2 BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Führen Sie „%1 --help“ aus, um den Aufruf zu sehen.</translation>
    </message>
    <message>
        <source>Run &quot;%1 help %2&quot; for usage.</source>
        <translation>Führen Sie „%1 help %2“ aus, um den Aufruf zu sehen.</translation>
    </message>
    <message>
        <source>A cap for the group&apos;s accounts and the groups below: RESOURCE as for --quota, then a number or &quot;unlimited&quot;; storage with a unit and . as the decimal point (storage=1.5TB). Repeatable.</source>
        <translation>Eine Obergrenze für die Konten der Gruppe und die Gruppen darunter: RESSOURCE wie bei --quota, dann eine Zahl oder „unlimited“; storage mit Einheit und . als Dezimaltrennzeichen (storage=1.5TB). Wiederholbar.</translation>
    </message>
    <message>
        <source>The profile whose defaults the account takes (default: the group&apos;s default profile); --quota, --overage, --backup-locations and --notifications given with it override its values.</source>
        <translation>Das Profil, dessen Vorgaben das Konto übernimmt (Standard: das Standardprofil der Gruppe); mit ihm angegebene --quota, --overage, --backup-locations und --notifications überschreiben seine Werte.</translation>
    </message>
    <message>
        <source>Do not take the group&apos;s default profile: the account has no profile.</source>
        <translation>Das Standardprofil der Gruppe nicht übernehmen: das Konto hat kein Profil.</translation>
    </message>
    <message>
        <source>A subscription that licenses the account, instead of the group&apos;s default subscription. Repeatable.</source>
        <translation>Ein Abonnement, das das Konto lizenziert, anstelle des Standardabonnements der Gruppe. Wiederholbar.</translation>
    </message>
    <message>
        <source>Do not take the group&apos;s default subscription: the account starts unlicensed.</source>
        <translation>Das Standardabonnement der Gruppe nicht übernehmen: das Konto beginnt ohne Lizenz.</translation>
    </message>
    <message>
        <source>[--full] [--json]</source>
        <translation>[--full] [--json]</translation>
    </message>
    <message>
        <source>Enrol an operator in multi-factor authentication: prints the otpauth:// URI for an authenticator app and ten single-use recovery codes, shown this once.</source>
        <translation>Einen Bediener für die Mehr-Faktor-Authentifizierung einrichten: gibt die otpauth://-URI für eine Authenticator-App und zehn einmal verwendbare Wiederherstellungscodes aus, nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>Forget an operator&apos;s authenticator and recovery codes (a lost phone); it signs in with its password alone until it enrols again.</source>
        <translation>Authenticator und Wiederherstellungscodes eines Bedieners vergessen (ein verlorenes Telefon); er meldet sich nur mit seinem Passwort an, bis er sich neu einrichtet.</translation>
    </message>
    <message>
        <source>[--since TIME] [--until TIME] [--actor NAME] [--action ACTION] [--object-type TYPE] [--group GROUP [--include-subgroups]] [--search TEXT] [--limit N] [--json|--csv]</source>
        <translation>[--since ZEIT] [--until ZEIT] [--actor NAME] [--action AKTION] [--object-type ART] [--group GRUPPE [--include-subgroups]] [--search TEXT] [--limit N] [--json|--csv]</translation>
    </message>
    <message>
        <source>List the audit log, newest first: who changed what, when, before and after.</source>
        <translation>Das Prüfprotokoll auflisten, das Neueste zuerst: wer was wann geändert hat, vorher und nachher.</translation>
    </message>
    <message>
        <source>Only entries about this group, its accounts and its items.</source>
        <translation>Nur Einträge über diese Gruppe, ihre Konten und ihre Elemente.</translation>
    </message>
    <message>
        <source>Also the entries of the groups below --group.</source>
        <translation>Auch die Einträge der Gruppen unterhalb von --group.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only entries whose object (a login, a name) contains the text, in any case.</source>
        <translation>Nur Einträge, deren Objekt (ein Anmeldename, ein Name) den Text enthält, in beliebiger Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Show at most N entries (default: all).</source>
        <translation>Höchstens N Einträge anzeigen (Standard: alle).</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 input rejected, 2 usage error, 3 database problem, 4 not signed in or not allowed.</source>
        <translation>Exit-Status: 0 erledigt, 1 Eingabe abgelehnt, 2 Aufruffehler, 3 Datenbankproblem, 4 nicht angemeldet oder nicht erlaubt.</translation>
    </message>
    <message>
        <source>List the operators of your group and the groups below it: scope, security groups, MFA.</source>
        <translation>Die Operatoren Ihrer Gruppe und der Gruppen darunter auflisten: Bereich, Sicherheitsgruppen, MFA.</translation>
    </message>
    <message>
        <source>Show an operator: its scope (group path), permissions and whether it uses MFA.</source>
        <translation>Einen Operator anzeigen: seinen Bereich (Gruppenpfad), seine Berechtigungen und ob er MFA verwendet.</translation>
    </message>
    <message>
        <source>GROUP [--json]</source>
        <translation>GRUPPE [--json]</translation>
    </message>
    <message>
        <source>Require multi-factor authentication of the group&apos;s operators and those of the groups below it.</source>
        <translation>Die Mehr-Faktor-Authentifizierung von den Operatoren der Gruppe und der Gruppen darunter verlangen.</translation>
    </message>
    <message>
        <source>Stop requiring multi-factor authentication in the group (groups above it may still require it).</source>
        <translation>Die Mehr-Faktor-Authentifizierung in der Gruppe nicht mehr verlangen (übergeordnete Gruppen können sie weiter verlangen).</translation>
    </message>
    <message>
        <source>[--group GROUP [--include-subgroups]] [--status STATUS] [--search TEXT] [--limit N] [--json|--csv]</source>
        <translation>[--group GRUPPE [--include-subgroups]] [--status STATUS] [--search TEXT] [--limit N] [--json|--csv]</translation>
    </message>
    <message>
        <source>Create or update accounts from a CSV file: this console&apos;s columns, or a Microsoft 365 or Google Workspace export.</source>
        <translation>Konten aus einer CSV-Datei anlegen oder ändern: die Spalten dieser Konsole oder ein Export aus Microsoft 365 oder Google Workspace.</translation>
    </message>
    <message>
        <source>(LOGIN... | --group GROUP [--include-subgroups] [--status STATUS] [--search TEXT]) [--move-to GROUP] [--profile ID|NAME | --no-profile] [--storage ID|NAME | --group-storage] [--quota RESOURCE=N]... [--add-subscription ID|NAME]... [--remove-subscription ID|NAME]... [--add-security-group ID|NAME]... [--remove-security-group ID|NAME]... [--json]</source>
        <translation>(ANMELDENAME... | --group GRUPPE [--include-subgroups] [--status STATUS] [--search TEXT]) [--move-to GRUPPE] [--profile ID|NAME | --no-profile] [--storage ID|NAME | --group-storage] [--quota RESSOURCE=N]... [--add-subscription ID|NAME]... [--remove-subscription ID|NAME]... [--add-security-group ID|NAME]... [--remove-security-group ID|NAME]... [--json]</translation>
    </message>
    <message>
        <source>Change many accounts at once: those named, or every account of a list; only the options given change.</source>
        <translation>Viele Konten auf einmal ändern: die genannten oder jedes Konto einer Liste; nur die angegebenen Optionen ändern sich.</translation>
    </message>
    <message>
        <source>Change every account of this group&apos;s list (by id or path).</source>
        <translation>Jedes Konto der Liste dieser Gruppe ändern (nach ID oder Pfad).</translation>
    </message>
    <message>
        <source>With --group: also the accounts of the groups below it.</source>
        <translation>Mit --group: auch die Konten der Gruppen darunter.</translation>
    </message>
    <message>
        <source>The profile each account takes; its values apply where the account has none of its own.</source>
        <translation>Das Profil, das jedes Konto erhält; seine Werte gelten, wo das Konto keine eigenen hat.</translation>
    </message>
    <message>
        <source>Take the accounts off their profiles.</source>
        <translation>Die Konten von ihren Profilen lösen.</translation>
    </message>
    <message>
        <source>Where the accounts&apos; backups go.</source>
        <translation>Wohin die Sicherungen der Konten gehen.</translation>
    </message>
    <message>
        <source>A limit set on each account (as account edit reads it). Repeatable.</source>
        <translation>Eine Grenze, die an jedem Konto gesetzt wird (wie account edit sie liest). Wiederholbar.</translation>
    </message>
    <message>
        <source>The overage of a limit --quota sets. Repeatable.</source>
        <translation>Die Überschreitung einer Grenze, die --quota setzt. Wiederholbar.</translation>
    </message>
    <message>
        <source>Delete an account: it stays in the recycle bin, its login taken, until restored or purged.</source>
        <translation>Ein Konto löschen: Es bleibt mit seinem vergebenen Anmeldenamen im Papierkorb, bis es wiederhergestellt oder endgültig gelöscht wird.</translation>
    </message>
    <message>
        <source>[--group GROUP] [--limit N] [--json]</source>
        <translation>[--group GRUPPE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>List the deleted accounts in the recycle bin, most recently deleted first, with when each is purged.</source>
        <translation>Die gelöschten Konten im Papierkorb auflisten, die zuletzt gelöschten zuerst, mit dem Tag ihrer endgültigen Löschung.</translation>
    </message>
    <message>
        <source>Only the deleted accounts of this group and the groups below it.</source>
        <translation>Nur die gelöschten Konten dieser Gruppe und der Gruppen darunter.</translation>
    </message>
    <message>
        <source>Show at most N accounts (default: 10000).</source>
        <translation>Höchstens N Konten zeigen (Standard: 10000).</translation>
    </message>
    <message>
        <source>LOGIN... [--json]</source>
        <translation>ANMELDENAME... [--json]</translation>
    </message>
    <message>
        <source>Bring deleted accounts back from the recycle bin with their ids, groups, quotas, links and passwords.</source>
        <translation>Gelöschte Konten mit ihren IDs, Gruppen, Kontingenten, Verknüpfungen und Passwörtern aus dem Papierkorb zurückholen.</translation>
    </message>
    <message>
        <source>LOGIN... | --expired [--json]</source>
        <translation>ANMELDENAME... | --expired [--json]</translation>
    </message>
    <message>
        <source>Let deleted accounts go for good, freeing their logins; those on a data-locked profile wait for their time in the recycle bin to pass.</source>
        <translation>Gelöschte Konten endgültig löschen und ihre Anmeldenamen freigeben; Konten mit einem Profil mit Datensperre warten, bis ihre Zeit im Papierkorb abgelaufen ist.</translation>
    </message>
    <message>
        <source>[--json] | --set --recycle-bin-days N</source>
        <translation>[--json] | --set --recycle-bin-days N</translation>
    </message>
    <message>
        <source>Show or change the whole database&apos;s settings: how long deleted accounts stay in the recycle bin.</source>
        <translation>Die Einstellungen der ganzen Datenbank anzeigen oder ändern: wie lange gelöschte Konten im Papierkorb bleiben.</translation>
    </message>
    <message>
        <source>Check the database file for damage, without changing it (exit status 3 when damaged); on a server, what its setup leaves open to operators (exit status 3 when anything).</source>
        <translation>Die Datenbankdatei auf Schäden prüfen, ohne sie zu ändern (Exit-Status 3, wenn sie beschädigt ist); auf einem Server, was seine Einrichtung Operatoren offen lässt (Exit-Status 3, wenn etwas offen ist).</translation>
    </message>
    <message>
        <source>FILE --group GROUP [--dry-run] [--plan PLAN.json] [--column HEADER=FIELD,…]... [--errors FILE.csv] [--json]</source>
        <translation>DATEI --group GRUPPE [--dry-run] [--plan PLAN.json] [--column KOPF=FELD,…]... [--errors DATEI.csv] [--json]</translation>
    </message>
</context>
<context>
    <name>bc::cli::CommandLine</name>
    <message>
        <source>Name a command.</source>
        <translation>Geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>„%1“ braucht einen Befehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unbekannter Befehl „%1 %2“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; does not take the option %2.</source>
        <translation>Der Befehl „%1“ kennt die Option %2 nicht.</translation>
    </message>
    <message>
        <source>Give either %1 or %2, not both.</source>
        <translation>Geben Sie entweder %1 oder %2 an, nicht beide.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs more arguments: %2 %1 %3</source>
        <translation>Der Befehl „%1“ braucht mehr Argumente: %2 %1 %3</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation>Der Befehl „%1“ nimmt kein Argument „%2“.</translation>
    </message>
</context>
<context>
    <name>bc::cli::DatabaseCommands</name>
    <message>
        <source>There is no database file &quot;%1&quot;.</source>
        <translation>Es gibt keine Datenbankdatei „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SQLite database file.</source>
        <translation>„%1“ ist keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is intact (full check).</source>
        <translation>Die Datenbankdatei „%1“ ist unbeschädigt (vollständige Prüfung).</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is intact (quick check; --full also compares every index with its table).</source>
        <translation>Die Datenbankdatei „%1“ ist unbeschädigt (schnelle Prüfung; --full vergleicht auch jeden Index mit seiner Tabelle).</translation>
    </message>
    <message>
        <source>%1 keeps operators to their groups: row security is installed and forced, no operator&apos;s role passes it, and a wrong password for an operator&apos;s role waits %2 ms.</source>
        <translation>%1 hält Operatoren in ihren Gruppen: Die Zeilensicherheit ist eingerichtet und erzwungen, keine Rolle eines Operators umgeht sie, und ein falsches Passwort für die Rolle eines Operators wartet %2 ms.</translation>
    </message>
    <message>
        <source>%1 has no row security to check: the console keeps operators to their groups there.</source>
        <translation>%1 hat keine Zeilensicherheit zu prüfen: Dort hält die Konsole Operatoren in ihren Gruppen.</translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupCommands</name>
    <message>
        <source>Created group &quot;%1&quot; (id %2).</source>
        <translation>Gruppe „%1“ (ID %2) angelegt.</translation>
    </message>
    <message>
        <source>The database has no groups yet; create the top group with &quot;group add NAME&quot;.</source>
        <translation>Die Datenbank hat noch keine Gruppen; legen Sie die oberste Gruppe mit „group add NAME“ an.</translation>
    </message>
    <message>
        <source>%1%2  (id %3, accounts: %4)</source>
        <translation>%1%2  (ID %3, Konten: %4)</translation>
    </message>
    <message>
        <source>Renamed group %1 to &quot;%2&quot;.</source>
        <translation>Gruppe %1 in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Deleted group &quot;%1&quot; (id %2).</source>
        <translation>Gruppe „%1“ (ID %2) gelöscht.</translation>
    </message>
    <message>
        <source>The operators of &quot;%1&quot; and of the groups below it need multi-factor authentication to sign in.</source>
        <translation>Die Operatoren von „%1“ und der Gruppen darunter brauchen zur Anmeldung die Mehr-Faktor-Authentifizierung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer requires multi-factor authentication (a group above it still may).</source>
        <translation>„%1“ verlangt keine Mehr-Faktor-Authentifizierung mehr (eine übergeordnete Gruppe kann sie weiter verlangen).</translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupSettingsCommands</name>
    <message>
        <source>There is no service &quot;%1&quot;; choose one of %2.</source>
        <translation>Es gibt keinen Dienst „%1“; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>Add --set to change settings.</source>
        <translation>Fügen Sie --set hinzu, um Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>--set needs an option that says what to change.</source>
        <translation>--set braucht eine Option, die sagt, was geändert werden soll.</translation>
    </message>
    <message>
        <source>Changed the settings of &quot;%1&quot;.</source>
        <translation>Die Einstellungen von „%1“ wurden geändert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Customer id:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <source>Contact company:</source>
        <translation>Kontakt – Firma:</translation>
    </message>
    <message>
        <source>Contact address:</source>
        <translation>Kontakt – Anschrift:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Kontakt – Telefon:</translation>
    </message>
    <message>
        <source>Contact email:</source>
        <translation>Kontakt – E-Mail:</translation>
    </message>
    <message>
        <source>Services on:</source>
        <translation>Dienste ein:</translation>
    </message>
    <message>
        <source>Services off:</source>
        <translation>Dienste aus:</translation>
    </message>
    <message>
        <source>Back up new users automatically:</source>
        <translation>Neue Benutzer automatisch sichern:</translation>
    </message>
    <message>
        <source>Digest recipients:</source>
        <translation>Empfänger der Übersicht:</translation>
    </message>
    <message>
        <source>Default storage:</source>
        <translation>Standardspeicher:</translation>
    </message>
    <message>
        <source>%1 limit:</source>
        <translation>Limit für %1:</translation>
    </message>
    <message>
        <source>Activation links valid:</source>
        <translation>Aktivierungslinks gültig:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Default profile:</source>
        <translation>Standardprofil:</translation>
    </message>
    <message>
        <source>Default subscription:</source>
        <translation>Standardabonnement:</translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupTemplateCommands</name>
    <message>
        <source>--reset takes no --subject, --body-file or --html-file.</source>
        <translation>--reset nimmt kein --subject, --body-file oder --html-file.</translation>
    </message>
    <message>
        <source>Add --set to change the template.</source>
        <translation>Fügen Sie --set hinzu, um die Vorlage zu ändern.</translation>
    </message>
    <message>
        <source>--set needs --subject, --body-file or --html-file.</source>
        <translation>--set braucht --subject, --body-file oder --html-file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes its activation email from the group above again.</source>
        <translation>„%1“ übernimmt seine Aktivierungs-E-Mail wieder von der übergeordneten Gruppe.</translation>
    </message>
    <message>
        <source>Changed the activation email of &quot;%1&quot;.</source>
        <translation>Die Aktivierungs-E-Mail von „%1“ wurde geändert.</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Betreff: %1

%2</translation>
    </message>
    <message numerus="yes">
        <source>Links stay valid for %n day(s). Placeholders: %1.</source>
        <translation>
            <numerusform>Links bleiben %n Tag gültig. Platzhalter: %1.</numerusform>
            <numerusform>Links bleiben %n Tage gültig. Platzhalter: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::ImportCommands</name>
    <message>
        <source>The command &quot;account import&quot; needs --group.</source>
        <translation>Der Befehl „account import“ braucht --group.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>Die Datei „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The errors file &quot;%1&quot; could not be written: %2</source>
        <translation>Die Fehlerdatei „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Record %1, %2: %3</source>
        <translation>Datensatz %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) with errors.</source>
        <translation>
            <numerusform>… und %n weiterer Datensatz mit Fehlern.</numerusform>
            <numerusform>… und %n weitere Datensätze mit Fehlern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Ignorierte Spalten: %1.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 disabled, %5 deleted, %6 errors, %7 conflicts.</source>
        <translation>%1 angelegt, %2 geändert, %3 unverändert, %4 gesperrt, %5 gelöscht, %6 Fehler, %7 Konflikte.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Probelauf, nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>--column takes a column&apos;s header, =, and the fields it feeds: --column &quot;User principal name=login,email&quot; (none after = ignores it).</source>
        <translation>--column nimmt die Überschrift einer Spalte, =, und die Felder, die sie füllt: --column „User principal name=login,email“ (keines nach = ignoriert sie).</translation>
    </message>
    <message>
        <source>An import has no field &quot;%1&quot;. The fields: %2.</source>
        <translation>Ein Import hat kein Feld „%1“. Die Felder: %2.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be opened: %2</source>
        <translation>Der Plan „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The plan holds the columns its dry run used: give --column with --dry-run, not with --plan.</source>
        <translation>Der Plan enthält die Spalten seines Probelaufs: Geben Sie --column mit --dry-run an, nicht mit --plan.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be written: %2</source>
        <translation>Der Plan „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::MailCommands</name>
    <message>
        <source>&quot;%1&quot; is no security mode; use none, starttls or tls.</source>
        <translation>„%1“ ist kein Sicherheitsmodus; verwenden Sie none, starttls oder tls.</translation>
    </message>
    <message>
        <source>Add --set to change settings.</source>
        <translation>Fügen Sie --set hinzu, um Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>--set needs an option that says what to change.</source>
        <translation>--set braucht eine Option, die sagt, was geändert werden soll.</translation>
    </message>
    <message>
        <source>Changed the mail settings.</source>
        <translation>Die Mail-Einstellungen wurden geändert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die des Systems</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation links:</source>
        <translation>Aktivierungslinks:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>not stored; give it to &quot;outbox send&quot; (%1 or --password-stdin)</source>
        <translation>nicht gespeichert; übergeben Sie es an „outbox send“ (%1 oder --password-stdin)</translation>
    </message>
    <message>
        <source>No email is sent until a host and a sender are set.</source>
        <translation>Es wird keine E-Mail gesendet, bevor ein Host und ein Absender festgelegt sind.</translation>
    </message>
    <message>
        <source>The command &quot;mail test&quot; needs --to.</source>
        <translation>Der Befehl „mail test“ braucht --to.</translation>
    </message>
    <message>
        <source>The test email to %1 was not delivered: %2</source>
        <translation>Die Test-E-Mail an %1 wurde nicht zugestellt: %2</translation>
    </message>
    <message>
        <source>Sent a test email to %1.</source>
        <translation>Eine Test-E-Mail an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>bc::cli::MailDelivery</name>
    <message>
        <source>account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <source>No mail server is set up; run &quot;mail settings --set --host HOST --sender ADDRESS&quot; first.</source>
        <translation>Es ist kein Mailserver eingerichtet; führen Sie zuerst „mail settings --set --host HOST --sender ADRESSE“ aus.</translation>
    </message>
</context>
<context>
    <name>bc::cli::OperatorCommands</name>
    <message>
        <source>Add the URI to an authenticator app and keep the recovery codes somewhere safe: each signs in once, and nothing shows them again.</source>
        <translation>Fügen Sie die URI einer Authenticator-App hinzu und bewahren Sie die Wiederherstellungscodes sicher auf: Jeder gilt für eine Anmeldung, und nichts zeigt sie noch einmal an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signs in with its password alone until it enrols again (&quot;operator mfa enroll %1&quot;).</source>
        <translation>„%1“ meldet sich nur mit seinem Passwort an, bis er sich neu einrichtet („operator mfa enroll %1“).</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message numerus="yes">
        <source>Operators shown: %n.</source>
        <translation>
            <numerusform>Angezeigte Operatoren: %n.</numerusform>
            <numerusform>Angezeigte Operatoren: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <source>Scope: %1 and the groups below it</source>
        <translation>Bereich: %1 und die Gruppen darunter</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <source>Security groups: %1</source>
        <translation>Sicherheitsgruppen: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Multi-factor authentication: %1</source>
        <translation>Mehr-Faktor-Authentifizierung: %1</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>The account is disabled: it cannot sign in.</source>
        <translation>Das Konto ist deaktiviert: Es kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA verlangt</translation>
    </message>
    <message>
        <source>Multi-factor authentication required: %1</source>
        <translation>Mehr-Faktor-Authentifizierung verlangt: %1</translation>
    </message>
    <message>
        <source>none yet (made when its password is set, or when it signs in with the owner&apos;s address)</source>
        <translation>noch keine (entsteht, wenn sein Passwort gesetzt wird oder er sich über die Adresse des Eigentümers anmeldet)</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Datenbankrolle</translation>
    </message>
    <message>
        <source>Database role: %1</source>
        <translation>Datenbankrolle: %1</translation>
    </message>
</context>
<context>
    <name>bc::cli::OptionCatalog</name>
    <message>
        <source>RESOURCE=N</source>
        <translation>RESSOURCE=N</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Also print the core library&apos;s log messages.</source>
        <translation>Auch die Protokollmeldungen der Kernbibliothek ausgeben.</translation>
    </message>
    <message>
        <source>Show help for the command and exit.</source>
        <translation>Hilfe zum Befehl anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The parent group, by id or path (default: the top group).</source>
        <translation>Die übergeordnete Gruppe, per ID oder Pfad (Standard: die oberste Gruppe).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>The partner or customer id of the organization.</source>
        <translation>Die Partner- oder Kundennummer der Organisation.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Change the settings named by the other options; the rest stay.</source>
        <translation>Die von den anderen Optionen genannten Einstellungen ändern; der Rest bleibt.</translation>
    </message>
    <message>
        <source>The company name of the contact.</source>
        <translation>Der Firmenname des Kontakts.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The postal address of the contact.</source>
        <translation>Die Postanschrift des Kontakts.</translation>
    </message>
    <message>
        <source>The telephone number of the contact.</source>
        <translation>Die Telefonnummer des Kontakts.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>The email address of the contact.</source>
        <translation>Die E-Mail-Adresse des Kontakts.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Switch a service on or off: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes, m365-onedrive, m365-sharepoint, m365-teams. Repeatable.</source>
        <translation>Einen Dienst ein- oder ausschalten: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes, m365-onedrive, m365-sharepoint, m365-teams. Wiederholbar.</translation>
    </message>
    <message>
        <source>KEY=on|off</source>
        <translation>SCHLÜSSEL=on|off</translation>
    </message>
    <message>
        <source>Back up new users of a Microsoft 365 service automatically. Repeatable.</source>
        <translation>Neue Benutzer eines Microsoft-365-Dienstes automatisch sichern. Wiederholbar.</translation>
    </message>
    <message>
        <source>Who receives the summary digest; replaces the list. Repeatable.</source>
        <translation>Wer die Übersicht erhält; ersetzt die Liste. Wiederholbar.</translation>
    </message>
    <message>
        <source>Send the summary digest to nobody.</source>
        <translation>Die Übersicht an niemanden senden.</translation>
    </message>
    <message>
        <source>The group, by id or by path from the top group (&quot;Acme MSP/Contoso&quot;).</source>
        <translation>Die Gruppe, per ID oder per Pfad ab der obersten Gruppe („Acme MSP/Contoso“).</translation>
    </message>
    <message>
        <source>The login, unique across the database.</source>
        <translation>Der Anmeldename, eindeutig in der ganzen Datenbank.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ANMELDENAME</translation>
    </message>
    <message>
        <source>The sign-in email address.</source>
        <translation>Die Anmelde-E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The first name.</source>
        <translation>Der Vorname.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The last name.</source>
        <translation>Der Nachname.</translation>
    </message>
    <message>
        <source>The name shown (default: first and last name).</source>
        <translation>Der angezeigte Name (Standard: Vor- und Nachname).</translation>
    </message>
    <message>
        <source>Where notifications go, when not to the sign-in email.</source>
        <translation>Wohin Benachrichtigungen gehen, wenn nicht an die Anmelde-E-Mail.</translation>
    </message>
    <message>
        <source>The mobile number for SMS sign-in codes, in international form (+4915112345678).</source>
        <translation>Die Mobilnummer für SMS-Anmeldecodes, im internationalen Format (+4915112345678).</translation>
    </message>
    <message>
        <source>The telephone number (required for administrators).</source>
        <translation>Die Telefonnummer (für Administratoren erforderlich).</translation>
    </message>
    <message>
        <source>The postal address (required for administrators).</source>
        <translation>Die Postanschrift (für Administratoren erforderlich).</translation>
    </message>
    <message>
        <source>Read a password from the first line of standard input (never from arguments).</source>
        <translation>Ein Passwort aus der ersten Zeile der Standardeingabe lesen (nie aus Argumenten).</translation>
    </message>
    <message>
        <source>Make the account an administrator.</source>
        <translation>Das Konto zum Administrator machen.</translation>
    </message>
    <message>
        <source>Make the account no administrator.</source>
        <translation>Dem Konto die Administratorrechte nehmen.</translation>
    </message>
    <message>
        <source>Update the backup agent automatically.</source>
        <translation>Den Sicherungsagenten automatisch aktualisieren.</translation>
    </message>
    <message>
        <source>Do not update the backup agent automatically.</source>
        <translation>Den Sicherungsagenten nicht automatisch aktualisieren.</translation>
    </message>
    <message>
        <source>Where backups go: local-and-cloud (default) or cloud-only.</source>
        <translation>Wohin Sicherungen gehen: local-and-cloud (Standard) oder cloud-only.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Notification level: off, less (default), more or all.</source>
        <translation>Benachrichtigungsstufe: off, less (Standard), more oder all.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Send business notifications.</source>
        <translation>Geschäftliche Benachrichtigungen senden.</translation>
    </message>
    <message>
        <source>Send no business notifications.</source>
        <translation>Keine geschäftlichen Benachrichtigungen senden.</translation>
    </message>
    <message>
        <source>The profile whose defaults the account takes; --quota, --overage, --backup-locations and --notifications given with it override its values.</source>
        <translation>Das Profil, dessen Standardwerte das Konto übernimmt; zusammen damit angegebene --quota, --overage, --backup-locations und --notifications überschreiben seine Werte.</translation>
    </message>
    <message>
        <source>Take the account off its profile; its values become its own.</source>
        <translation>Das Konto von seinem Profil lösen; seine Werte werden zu eigenen Werten.</translation>
    </message>
    <message>
        <source>Take a value from the profile again: quota.RESOURCE, backupLocations or notificationLevel. Repeatable.</source>
        <translation>Einen Wert wieder aus dem Profil übernehmen: quota.RESSOURCE, backupLocations oder notificationLevel. Wiederholbar.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Where the account&apos;s backups go (default: the group&apos;s default storage).</source>
        <translation>Wohin die Sicherungen des Kontos gehen (Standard: der Standardspeicher der Gruppe).</translation>
    </message>
    <message>
        <source>A subscription that licenses the account. Repeatable.</source>
        <translation>Ein Abonnement, das das Konto lizenziert. Wiederholbar.</translation>
    </message>
    <message>
        <source>Remove every subscription from the account.</source>
        <translation>Alle Abonnements vom Konto entfernen.</translation>
    </message>
    <message>
        <source>A security group of the account. Repeatable.</source>
        <translation>Eine Sicherheitsgruppe des Kontos. Wiederholbar.</translation>
    </message>
    <message>
        <source>Remove the account from every security group.</source>
        <translation>Das Konto aus allen Sicherheitsgruppen entfernen.</translation>
    </message>
    <message>
        <source>Also list the accounts of the groups below --group.</source>
        <translation>Auch die Konten der Gruppen unterhalb von --group auflisten.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only accounts whose login, email or name contains the text (one or two characters: starts with it).</source>
        <translation>Nur Konten, deren Anmeldename, E-Mail oder Name den Text enthält (bei ein oder zwei Zeichen: mit ihm beginnt).</translation>
    </message>
    <message>
        <source>Show at most N accounts.</source>
        <translation>Höchstens N Konten anzeigen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Sort by login (default), name, email, status, admin, storage or created.</source>
        <translation>Sortieren nach login (Standard), name, email, status, admin, storage oder created.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <source>The name, unique within the group.</source>
        <translation>Der Name, eindeutig innerhalb der Gruppe.</translation>
    </message>
    <message>
        <source>List what accounts of the group may use: its own and those of the groups above.</source>
        <translation>Auflisten, was Konten der Gruppe verwenden dürfen: ihr Eigenes und das der übergeordneten Gruppen.</translation>
    </message>
    <message>
        <source>Accounts on the profile cannot be deleted and cannot change profile.</source>
        <translation>Konten mit diesem Profil können nicht gelöscht werden und das Profil nicht wechseln.</translation>
    </message>
    <message>
        <source>Lift the data lock.</source>
        <translation>Die Datensperre aufheben.</translation>
    </message>
    <message>
        <source>Where the storage is (e.g. eu-central).</source>
        <translation>Wo sich der Speicher befindet (z. B. eu-central).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation>BERECHTIGUNG</translation>
    </message>
    <message>
        <source>Take every permission away.</source>
        <translation>Alle Berechtigungen entziehen.</translation>
    </message>
    <message>
        <source>Do not send the account an activation email.</source>
        <translation>Dem Konto keine Aktivierungs-E-Mail senden.</translation>
    </message>
    <message>
        <source>The subject of this account&apos;s activation email.</source>
        <translation>Der Betreff der Aktivierungs-E-Mail dieses Kontos.</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the body of this account&apos;s activation email; it must contain {link}. Placeholders: %1.</source>
        <translation>Eine UTF-8-Textdatei mit dem Text der Aktivierungs-E-Mail dieses Kontos; sie muss {link} enthalten. Platzhalter: %1.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The subject of the group&apos;s activation email.</source>
        <translation>Der Betreff der Aktivierungs-E-Mail der Gruppe.</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the plain-text body; it must contain {link}. Placeholders: %1.</source>
        <translation>Eine UTF-8-Textdatei mit dem Nur-Text-Inhalt; sie muss {link} enthalten. Platzhalter: %1.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the HTML body (default: made from the text).</source>
        <translation>Eine UTF-8-Datei mit dem HTML-Inhalt (Standard: aus dem Text erzeugt).</translation>
    </message>
    <message>
        <source>Drop the group&apos;s own template; the group above decides again.</source>
        <translation>Die eigene Vorlage der Gruppe verwerfen; wieder entscheidet die übergeordnete Gruppe.</translation>
    </message>
    <message>
        <source>How many days an activation link stays valid (1 to 90).</source>
        <translation>Wie viele Tage ein Aktivierungslink gültig bleibt (1 bis 90).</translation>
    </message>
    <message>
        <source>The mail server&apos;s host name.</source>
        <translation>Der Hostname des Mailservers.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>The mail server&apos;s port (587 for STARTTLS, 465 for TLS, 25).</source>
        <translation>Der Port des Mailservers (587 für STARTTLS, 465 für TLS, 25).</translation>
    </message>
    <message>
        <source>How to protect the connection: none, starttls or tls.</source>
        <translation>Wie die Verbindung geschützt wird: none, starttls oder tls.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>The user name for the mail server (empty: no sign-in).</source>
        <translation>Der Benutzername für den Mailserver (leer: keine Anmeldung).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Who emails come from: &quot;Backup Desk &lt;backup@msp.example&gt;&quot;.</source>
        <translation>Von wem E-Mails kommen: „Backup Desk &lt;backup@msp.example&gt;“.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>An extra root certificate (PEM) to trust, e.g. a company CA.</source>
        <translation>Ein zusätzliches Stammzertifikat (PEM), dem vertraut wird, z. B. eine Firmen-CA.</translation>
    </message>
    <message>
        <source>Seconds to wait for the mail server.</source>
        <translation>Sekunden, die auf den Mailserver gewartet wird.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Where backup-console-server answers, the start of every activation link.</source>
        <translation>Wo backup-console-server antwortet, der Anfang jedes Aktivierungslinks.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The address the test email goes to.</source>
        <translation>Die Adresse, an die die Test-E-Mail geht.</translation>
    </message>
    <message>
        <source>The name of the top group (default: Northwind MSP).</source>
        <translation>Der Name der obersten Gruppe (Standard: Northwind MSP).</translation>
    </message>
    <message>
        <source>How many accounts to create (default: 300).</source>
        <translation>Wie viele Konten angelegt werden (Standard: 300).</translation>
    </message>
    <message>
        <source>The database: a file path, postgresql://user@host:port/name or mariadb://user@host:port/name (default: %1). A server&apos;s password comes from %2, never from the address.</source>
        <translation>Die Datenbank: ein Dateipfad, postgresql://benutzer@host:port/name oder mariadb://benutzer@host:port/name (Standard: %1). Das Passwort eines Servers kommt aus %2, nie aus der Adresse.</translation>
    </message>
    <message>
        <source>Check everything, every index against its table (PRAGMA integrity_check; slow on big files) instead of the quick check the console runs when it opens a file.</source>
        <translation>Alles prüfen, jeden Index gegen seine Tabelle (PRAGMA integrity_check; langsam bei großen Dateien), statt der schnellen Prüfung, die die Konsole beim Öffnen einer Datei ausführt.</translation>
    </message>
    <message>
        <source>The storage of new accounts that name none; &quot;none&quot;: the group above decides.</source>
        <translation>Der Speicher neuer Konten, die keinen nennen; „none“: die übergeordnete Gruppe entscheidet.</translation>
    </message>
    <message>
        <source>ID|NAME|none</source>
        <translation>ID|NAME|none</translation>
    </message>
    <message>
        <source>The profile new accounts of the group and of the groups below start with; &quot;none&quot;: the group above decides.</source>
        <translation>Das Profil, mit dem neue Konten der Gruppe und der Gruppen darunter beginnen; „none“: die übergeordnete Gruppe entscheidet.</translation>
    </message>
    <message>
        <source>The subscription that licenses new accounts of the group and of the groups below; &quot;none&quot;: the group above decides (or the only subscription the group offers).</source>
        <translation>Das Abonnement, das neue Konten der Gruppe und der Gruppen darunter lizenziert; „none“: die übergeordnete Gruppe entscheidet (oder das einzige Abonnement, das die Gruppe anbietet).</translation>
    </message>
    <message>
        <source>A limit: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes or storage, then a number or &quot;unlimited&quot;. Storage takes a unit (storage=500GB, storage=1.5TiB) and, in every language, . as the decimal point and no group separators. Repeatable.</source>
        <translation>Ein Limit: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes oder storage, dann eine Zahl oder „unlimited“. storage nimmt eine Einheit (storage=500GB, storage=1.5TiB) und, in jeder Sprache, . als Dezimaltrennzeichen und keine Tausendertrennzeichen. Wiederholbar.</translation>
    </message>
    <message>
        <source>How far usage may pass a limit before backups fail; storage written as for --quota (storage=10GB). Repeatable.</source>
        <translation>Wie weit die Nutzung ein Limit übersteigen darf, bevor Sicherungen fehlschlagen; storage wie bei --quota geschrieben (storage=10GB). Wiederholbar.</translation>
    </message>
    <message>
        <source>Only accounts in this status: active, inactive or disabled; or only those unlicensed, admin (administrators) or email-failed (their activation email could not be sent).</source>
        <translation>Nur Konten mit diesem Status: active, inactive oder disabled; oder nur die nicht lizenzierten (unlicensed), die Administratoren (admin) oder die, deren Aktivierungs-E-Mail nicht gesendet werden konnte (email-failed).</translation>
    </message>
    <message>
        <source>Print comma-separated values (RFC 4180, UTF-8) instead of text; a value a spreadsheet would run as a formula starts with an apostrophe.</source>
        <translation>Kommagetrennte Werte (RFC 4180, UTF-8) statt Text ausgeben; ein Wert, den eine Tabellenkalkulation als Formel ausführen würde, beginnt mit einem Apostroph.</translation>
    </message>
    <message>
        <source>Only entries from this time on: 2026-03-04, 2026-03-04T09:30 (local time) or 2026-03-04T09:30Z (UTC).</source>
        <translation>Nur Einträge ab dieser Zeit: 2026-03-04, 2026-03-04T09:30 (Ortszeit) oder 2026-03-04T09:30Z (UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Only entries before this time, written as for --since.</source>
        <translation>Nur Einträge vor dieser Zeit, geschrieben wie bei --since.</translation>
    </message>
    <message>
        <source>Only entries by this operator (its login, or the system user that made the change).</source>
        <translation>Nur Einträge dieses Operators (sein Anmeldename oder der Systembenutzer, der die Änderung vorgenommen hat).</translation>
    </message>
    <message>
        <source>Only entries of this action, e.g. account.created or group.renamed.</source>
        <translation>Nur Einträge dieser Aktion, z. B. account.created oder group.renamed.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>Only entries about this kind of object: account, group, profile, storage, subscription or security-group.</source>
        <translation>Nur Einträge über diese Objektart: account, group, profile, storage, subscription oder security-group.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>A permission: create-accounts, edit-accounts, delete-accounts, manage-groups (and their settings), view-audit-log, manage-settings (profiles, storages, subscriptions and security groups) or manage-operators. Repeatable; replaces the list.</source>
        <translation>Eine Berechtigung: create-accounts, edit-accounts, delete-accounts, manage-groups (samt ihren Einstellungen), view-audit-log, manage-settings (Profile, Speicher, Abonnements und Sicherheitsgruppen) oder manage-operators. Wiederholbar; ersetzt die Liste.</translation>
    </message>
    <message>
        <source>Sign in as this operator (default: $%1). Needed once the database has an operator; its password comes from $%2 or --operator-password-stdin.</source>
        <translation>Als dieser Operator anmelden (Standard: $%1). Nötig, sobald die Datenbank einen Operator hat; sein Passwort kommt aus $%2 oder --operator-password-stdin.</translation>
    </message>
    <message>
        <source>Read the operator&apos;s password from the first line of standard input (never from arguments).</source>
        <translation>Das Passwort des Operators aus der ersten Zeile der Standardeingabe lesen (nie aus Argumenten).</translation>
    </message>
    <message>
        <source>The operator&apos;s code from its authenticator app, or a recovery code (default: $%1).</source>
        <translation>Der Code des Operators aus seiner Authenticator-App, oder ein Wiederherstellungscode (Standard: $%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Check every record and say what an import would do; write nothing.</source>
        <translation>Jeden Datensatz prüfen und sagen, was ein Import täte; nichts schreiben.</translation>
    </message>
    <message>
        <source>Write the records that were not imported to this CSV file, with their row, field and message, to fix and import again.</source>
        <translation>Die nicht importierten Datensätze mit Zeile, Feld und Meldung in diese CSV-Datei schreiben, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <source>Move the accounts to this group, by id or by path from the top group.</source>
        <translation>Die Konten in diese Gruppe verschieben, nach ID oder Pfad ab der obersten Gruppe.</translation>
    </message>
    <message>
        <source>Put the accounts on their group&apos;s default storage.</source>
        <translation>Die Konten auf den Standardspeicher ihrer Gruppe setzen.</translation>
    </message>
    <message>
        <source>A subscription to add to each account. Repeatable.</source>
        <translation>Ein Abonnement, das jedem Konto hinzugefügt wird. Wiederholbar.</translation>
    </message>
    <message>
        <source>A subscription to take from each account. Repeatable.</source>
        <translation>Ein Abonnement, das jedem Konto entzogen wird. Wiederholbar.</translation>
    </message>
    <message>
        <source>A security group to add each account to. Repeatable.</source>
        <translation>Eine Sicherheitsgruppe, in die jedes Konto aufgenommen wird. Wiederholbar.</translation>
    </message>
    <message>
        <source>A security group to take each account out of. Repeatable.</source>
        <translation>Eine Sicherheitsgruppe, aus der jedes Konto entfernt wird. Wiederholbar.</translation>
    </message>
    <message>
        <source>Purge every deleted account whose time in the recycle bin has passed (any bin command does so first).</source>
        <translation>Jedes gelöschte Konto endgültig löschen, dessen Zeit im Papierkorb abgelaufen ist (jeder Papierkorb-Befehl tut das zuerst).</translation>
    </message>
    <message>
        <source>How many days a deleted account stays in the recycle bin before it is purged (1 to 3650; default 30).</source>
        <translation>Wie viele Tage ein gelöschtes Konto im Papierkorb bleibt, bevor es endgültig gelöscht wird (1 bis 3650; Standard 30).</translation>
    </message>
    <message>
        <source>With --dry-run: write what it showed to this file. Without: import only what that dry run showed; a record whose account changed since is a conflict, and a changed file is not imported.</source>
        <translation>Mit --dry-run: in diese Datei schreiben, was er zeigte. Ohne: nur importieren, was dieser Probelauf zeigte; ein Datensatz, dessen Konto sich seitdem geändert hat, ist ein Konflikt, und eine geänderte Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>Feed a column to other fields than its header says (HEADER=login,email), or ignore it (HEADER=). Repeatable.</source>
        <translation>Eine Spalte in andere Felder leiten, als ihre Überschrift sagt (KOPF=login,email), oder sie ignorieren (KOPF=). Wiederholbar.</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>KOPF=FELD</translation>
    </message>
</context>
<context>
    <name>bc::cli::OptionReader</name>
    <message>
        <source>Write &quot;%1&quot; as RESOURCE=VALUE, for example storage=500GB.</source>
        <translation>Schreiben Sie „%1“ als RESSOURCE=WERT, zum Beispiel storage=500GB.</translation>
    </message>
    <message>
        <source>There is no resource &quot;%1&quot;; choose one of %2.</source>
        <translation>Es gibt keine Ressource „%1“; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice; use %2 or %3.</source>
        <translation>„%1“ ist keine Auswahl; verwenden Sie %2 oder %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice; use one of %2.</source>
        <translation>„%1“ ist keine Auswahl; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Enter a whole number of %1 or more.</source>
        <translation>Geben Sie eine ganze Zahl von %1 oder mehr ein.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot; as KEY=on or KEY=off, for example servers=off.</source>
        <translation>Schreiben Sie „%1“ als SCHLÜSSEL=on oder SCHLÜSSEL=off, zum Beispiel servers=off.</translation>
    </message>
    <message>
        <source>Enter a whole number of zero or more.</source>
        <translation>Geben Sie eine ganze Zahl von null oder mehr ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it as 2026-03-04, 2026-03-04T09:30 (local time) or 2026-03-04T09:30Z (UTC).</source>
        <translation>„%1“ ist keine Zeit; schreiben Sie sie als 2026-03-04, 2026-03-04T09:30 (Ortszeit) oder 2026-03-04T09:30Z (UTC).</translation>
    </message>
</context>
<context>
    <name>bc::cli::OutboxCommands</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Emails shown: %1.</source>
        <translation>Angezeigte E-Mails: %1.</translation>
    </message>
    <message>
        <source>Give the id that &quot;outbox list&quot; shows.</source>
        <translation>Geben Sie die ID an, die „outbox list“ anzeigt.</translation>
    </message>
    <message>
        <source>The email %1 to %2 is queued again; &quot;outbox send&quot; or a running console sends it.</source>
        <translation>Die E-Mail %1 an %2 ist wieder eingereiht; „outbox send“ oder eine laufende Konsole sendet sie.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n email(s).</source>
        <translation>
            <numerusform>%n E-Mail gesendet.</numerusform>
            <numerusform>%n E-Mails gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::Output</name>
    <message>
        <source>The change was refused.</source>
        <translation>Die Änderung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about one input: the input&apos;s key (e.g. &quot;login&quot;), then the reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bc::server::ActivationPage</name>
    <message>
        <source>This link cannot be used</source>
        <translation>Dieser Link kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Please try again later</source>
        <translation>Bitte versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The service is not available right now. Nothing was changed; try the link again in a few minutes.</source>
        <translation>Der Dienst ist gerade nicht verfügbar. Es wurde nichts geändert; versuchen Sie den Link in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Hello %1. Choose a password for the backup account &lt;strong&gt;%2&lt;/strong&gt;.</source>
        <translation>Hallo %1. Wählen Sie ein Passwort für das Sicherungskonto &lt;strong&gt;%2&lt;/strong&gt;.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; not your login and not a common password.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; nicht Ihr Anmeldename und kein häufiges Passwort.</numerusform>
            <numerusform>Mindestens %n Zeichen; nicht Ihr Anmeldename und kein häufiges Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>Mein Konto aktivieren</translation>
    </message>
    <message>
        <source>Activate your backup account</source>
        <translation>Aktivieren Sie Ihr Sicherungskonto</translation>
    </message>
    <message>
        <source>Your account is active</source>
        <translation>Ihr Konto ist aktiv</translation>
    </message>
    <message>
        <source>Thank you, %1. The account %2 is active; sign in with your login and the password you chose.</source>
        <translation>Danke, %1. Das Konto %2 ist aktiv; melden Sie sich mit Ihrem Anmeldenamen und dem gewählten Passwort an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backup Account Console</source>
        <translation>Backup Account Console</translation>
    </message>
    <message>
        <source>Create and manage backup accounts.</source>
        <translation>Sicherungskonten anlegen und verwalten.</translation>
    </message>
    <message>
        <source>Fill an empty database with a sample of groups and accounts.</source>
        <translation>Eine leere Datenbank mit Beispielgruppen und -konten füllen.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The database to open: a file path, postgresql://user@host:port/name or mariadb://user@host:port/name, never with a password (default: the last connection, else %1).</source>
        <translation>Die zu öffnende Datenbank: ein Dateipfad, postgresql://benutzer@host:port/name oder mariadb://benutzer@host:port/name, nie mit Passwort (Vorgabe: die zuletzt benutzte Verbindung, sonst %1).</translation>
    </message>
    <message>
        <source>location</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The operator&apos;s login the sign-in starts with (default: $%1). With $%2 (and $%3) set, it signs in without asking.</source>
        <translation>Der Anmeldename des Operators, mit dem die Anmeldung beginnt (Standard: $%1). Sind $%2 (und $%3) gesetzt, meldet sie sich ohne Nachfrage an.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Serves the activation pages of the Backup Account Console.</source>
        <translation>Stellt die Aktivierungsseiten der Backup Account Console bereit.</translation>
    </message>
    <message>
        <source>Address to listen on (default: %1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: %1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: 8080).</source>
        <translation>Port, auf dem gelauscht wird (Standard: 8080).</translation>
    </message>
    <message>
        <source>Also deliver the outbox (SMTP password from BACKUP_CONSOLE_SMTP_PASSWORD).</source>
        <translation>Auch den Postausgang zustellen (SMTP-Passwort aus BACKUP_CONSOLE_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>Give a port from 0 to 65535 and an IP address to listen on.</source>
        <translation>Geben Sie einen Port von 0 bis 65535 und eine IP-Adresse an, auf der gelauscht wird.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2; is it in use?</source>
        <translation>Kann auf %1 Port %2 nicht lauschen; wird er schon verwendet?</translation>
    </message>
    <message>
        <source>The database: a file path, postgresql://user@host:port/name or mariadb://user@host:port/name (default: %1). A server&apos;s password comes from BACKUP_CONSOLE_DATABASE_PASSWORD, never from the address.</source>
        <translation>Die Datenbank: ein Dateipfad, postgresql://benutzer@host:port/name oder mariadb://benutzer@host:port/name (Standard: %1). Das Passwort eines Servers kommt aus BACKUP_CONSOLE_DATABASE_PASSWORD, nie aus der Adresse.</translation>
    </message>
</context>
</TS>
