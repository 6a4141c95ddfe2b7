<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountIdentityPage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Who the account is for. The login must be unique across all organizations.</source>
        <translation>À qui le compte est destiné. L&apos;identifiant doit être unique dans toutes les organisations.</translation>
    </message>
    <message>
        <source>e.g. alice.smith</source>
        <translation>p. ex. alice.smith</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>AccountOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Where backups go and which emails the account receives.</source>
        <translation>Où vont les sauvegardes et quels e-mails le compte reçoit.</translation>
    </message>
    <message>
        <source>Backup l&amp;ocations:</source>
        <translation>Emp&amp;lacements de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Local &amp;and cloud</source>
        <translation>Local &amp;et cloud</translation>
    </message>
    <message>
        <source>&amp;Cloud only</source>
        <translation>&amp;Cloud uniquement</translation>
    </message>
    <message>
        <source>Notification &amp;level:</source>
        <translation>&amp;Niveau de notification&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;usiness notifications</source>
        <translation>Notifications mét&amp;ier</translation>
    </message>
    <message>
        <source>When off, the account&apos;s email address gets no notifications about exceeded quotas.</source>
        <translation>Si désactivé, l&apos;adresse e-mail du compte ne reçoit aucune notification de dépassement de quota.</translation>
    </message>
</context>
<context>
    <name>bc::AboutDialog</name>
    <message>
        <source>About Backup Account Console</source>
        <translation>À propos de Backup Account Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Backup Account Console&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Backup Account Console&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create and manage the cloud-backup accounts of your customers&apos; users.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1).&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see &lt;a href=&quot;%2&quot;&gt;the GNU General Public License&lt;/a&gt; for details.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Créez et gérez les comptes de sauvegarde cloud des utilisateurs de vos clients.&lt;/p&gt;&lt;p&gt;Ce programme est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (%1).&lt;/p&gt;&lt;p&gt;Il est distribué dans l&apos;espoir qu&apos;il sera utile, mais SANS AUCUNE GARANTIE&#xa0;; consultez &lt;a href=&quot;%2&quot;&gt;la GNU General Public License&lt;/a&gt; pour plus de détails.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3, exécuté avec Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>bc::AccountAccessPage</name>
    <message>
        <source>Services and access</source>
        <translation>Services et accès</translation>
    </message>
    <message>
        <source>The subscriptions that license the account, and the security groups that decide what it may do in this console.</source>
        <translation>Les abonnements qui accordent une licence au compte, et les groupes de sécurité qui décident de ce qu&apos;il peut faire dans cette console.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>This organization has no subscriptions.</source>
        <translation>Cette organisation n&apos;a aucun abonnement.</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Groupe de sécurité</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>This organization has no security groups.</source>
        <translation>Cette organisation n&apos;a aucun groupe de sécurité.</translation>
    </message>
    <message>
        <source>Optional. They matter only once the user operates this console; administrator privileges already grant every permission.</source>
        <translation>Facultatif. Ils ne comptent que lorsque l&apos;utilisateur utilise cette console&#xa0;; les privilèges d&apos;administrateur accordent déjà toutes les permissions.</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions:</source>
        <translation>&amp;Abonnements&#xa0;:</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>&amp;Groupes de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Aucune permission</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>None ticked: the account starts unlicensed and backs up nothing until a subscription is assigned to it.</source>
        <translation>Aucun coché&#xa0;: le compte démarre sans licence et ne sauvegarde rien tant qu&apos;aucun abonnement ne lui est attribué.</translation>
    </message>
    <message numerus="yes">
        <source>Licensed by %n subscription(s).</source>
        <translation>
            <numerusform>Sous licence par %n abonnement.</numerusform>
            <numerusform>Sous licence par %n abonnements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s default subscription</source>
        <translation>L&apos;abonnement par défaut du groupe</translation>
    </message>
    <message>
        <source>Licensed by the group&apos;s default subscription.</source>
        <translation>Sous licence par l&apos;abonnement par défaut du groupe.</translation>
    </message>
</context>
<context>
    <name>bc::AccountActions</name>
    <message>
        <source>De&amp;tails…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <source>Show and edit every field of the account, and its history (Enter)</source>
        <translation>Afficher et modifier tous les champs du compte, ainsi que son historique (Entrée)</translation>
    </message>
    <message>
        <source>Assign &amp;service…</source>
        <translation>Attri&amp;buer un service…</translation>
    </message>
    <message>
        <source>Add subscriptions to the selected accounts, which licenses them</source>
        <translation>Ajouter aux comptes sélectionnés des abonnements, qui leur accordent une licence</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Compte «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>The subscriptions could not be read</source>
        <translation>Les abonnements n&apos;ont pas pu être lus</translation>
    </message>
    <message numerus="yes">
        <source>Service assigned to %n account(s).</source>
        <translation>
            <numerusform>Service attribué à %n compte.</numerusform>
            <numerusform>Service attribué à %n comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>An account&apos;s login in a list of accounts; use your language&apos;s quotation marks.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1: the first accounts of a list (&quot;alice&quot;, &quot;bob&quot;); %n: how many others there are.</extracomment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the profile, storage, quotas, subscriptions or security groups of the selected accounts at once</source>
        <translation>Modifier en une fois le profil, le stockage, les quotas, les abonnements ou les groupes de sécurité des comptes sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Move to group…</source>
        <translation>&amp;Déplacer vers un groupe…</translation>
    </message>
    <message>
        <source>Move the selected accounts to another group</source>
        <translation>Déplacer les comptes sélectionnés vers un autre groupe</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every account of the list, also those not shown yet (Ctrl+A)</source>
        <translation>Sélectionner tous les comptes de la liste, y compris ceux qui ne sont pas encore affichés (Ctrl+A)</translation>
    </message>
    <message>
        <source>The choices could not be read</source>
        <translation>Les choix n&apos;ont pas pu être lus</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) moved.</source>
        <translation>
            <numerusform>%n compte déplacé.</numerusform>
            <numerusform>%n comptes déplacés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed.</source>
        <translation>
            <numerusform>%n compte modifié.</numerusform>
            <numerusform>%n comptes modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountActivationPage</name>
    <message>
        <source>Activation email</source>
        <translation>E-mail d&apos;activation</translation>
    </message>
    <message>
        <source>The email with the link the user follows to choose a password and activate the account.</source>
        <translation>L&apos;e-mail contenant le lien que l&apos;utilisateur suit pour choisir un mot de passe et activer le compte.</translation>
    </message>
    <message>
        <source>Send an &amp;activation email</source>
        <translation>Envoyer un e-mail d&apos;&amp;activation</translation>
    </message>
    <message>
        <source>Use the &amp;group&apos;s email</source>
        <translation>Utiliser l&apos;e-mail du &amp;groupe</translation>
    </message>
    <message>
        <source>Forget the changes and send the email the group&apos;s accounts get.</source>
        <translation>Abandonner les modifications et envoyer l&apos;e-mail que reçoivent les comptes du groupe.</translation>
    </message>
    <message>
        <source>Preview of the activation email</source>
        <translation>Aperçu de l&apos;e-mail d&apos;activation</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: %1 the user&apos;s name, %2 the login, %3 your organization, %4 the activation link (required), %5 when the link expires.</source>
        <translation>Espaces réservés&#xa0;: %1 le nom de l&apos;utilisateur, %2 l&apos;identifiant, %3 votre organisation, %4 le lien d&apos;activation (obligatoire), %5 la date d&apos;expiration du lien.</translation>
    </message>
    <message>
        <source>Pre&amp;view, as the user will see it:</source>
        <translation>Aperçu, tel que l&apos;&amp;utilisateur le verra&#xa0;:</translation>
    </message>
    <message>
        <source>The preview is not available: %1</source>
        <translation>L&apos;aperçu n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>No email is sent: the account stays inactive until you send one later with &quot;Resend activation email&quot;.</source>
        <translation>Aucun e-mail n&apos;est envoyé&#xa0;: le compte reste inactif jusqu&apos;à ce que vous en envoyiez un plus tard avec «&#xa0;Renvoyer l&apos;e-mail d&apos;activation&#xa0;».</translation>
    </message>
    <message>
        <source>Sent when you press Finish. Change the subject or the text to give this account its own email; the account stays inactive until the user follows the link.</source>
        <translation>Envoyé lorsque vous cliquez sur Terminer. Modifiez l&apos;objet ou le texte pour donner à ce compte son propre e-mail&#xa0;; le compte reste inactif jusqu&apos;à ce que l&apos;utilisateur suive le lien.</translation>
    </message>
    <message>
        <source>The group&apos;s activation email is sent when you press Finish; the account stays inactive until the user follows the link.</source>
        <translation>L&apos;e-mail d&apos;activation du groupe est envoyé lorsque vous cliquez sur Terminer&#xa0;; le compte reste inactif jusqu&apos;à ce que l&apos;utilisateur suive le lien.</translation>
    </message>
    <message>
        <source>The activation link points to %1, which only this computer can open: the public address of the activation server is not set up. Set it in File → Email settings… under &quot;Activation link base&quot;, before the email is sent.</source>
        <translation>Le lien d’activation pointe vers %1, que seul cet ordinateur peut ouvrir&#xa0;: l’adresse publique du serveur d’activation n’est pas configurée. Indiquez-la dans Fichier → Paramètres d’e-mail… sous «&#xa0;Base des liens d’activation&#xa0;», avant l’envoi de l’e-mail.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>Loading the group&apos;s activation email…</source>
        <translation>Chargement de l&apos;e-mail d&apos;activation du groupe…</translation>
    </message>
</context>
<context>
    <name>bc::AccountBackupTab</name>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (verrouillage des données)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>The group&apos;s default</source>
        <translation>Valeur par défaut du groupe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>St&amp;orage:</source>
        <translation>Stoc&amp;kage&#xa0;:</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Backup &amp;locations:</source>
        <translation>Emplacements de sauve&amp;garde&#xa0;:</translation>
    </message>
    <message>
        <source>backup locations</source>
        <translation>emplacements de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notifications&#xa0;:</translation>
    </message>
    <message>
        <source>notification level</source>
        <translation>niveau de notification</translation>
    </message>
    <message>
        <source>B&amp;usiness notifications</source>
        <translation>Notifications mét&amp;ier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has data lock: this account cannot move to another profile, cannot be deleted, and its licenses cannot be removed.</source>
        <translation>«&#xa0;%1&#xa0;» a le verrouillage des données&#xa0;: ce compte ne peut pas changer de profil ni être supprimé, et ses licences ne peuvent pas être retirées.</translation>
    </message>
</context>
<context>
    <name>bc::AccountChangeDialog</name>
    <message>
        <source>Leave as it is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>Move accounts</source>
        <translation>Déplacer des comptes</translation>
    </message>
    <message>
        <source>Change accounts</source>
        <translation>Modifier des comptes</translation>
    </message>
    <message numerus="yes">
        <source>Change %n account(s). Only what you set here changes; each account keeps the rest.</source>
        <translation>
            <numerusform>Modifier %n compte. Seul ce que vous indiquez ici change&#xa0;; le compte garde le reste.</numerusform>
            <numerusform>Modifier %n comptes. Seul ce que vous indiquez ici change&#xa0;; chaque compte garde le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the accounts to this group. Its profiles, storages and limits apply.</source>
        <translation>Déplacer les comptes dans ce groupe. Ses profils, stockages et limites s&apos;appliquent.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>The group&apos;s default storage</source>
        <translation>Le stockage par défaut du groupe</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>%1&#xa0;: limite</translation>
    </message>
    <message>
        <source>Overage, 0 GB</source>
        <translation>Dépassement, 0 Go</translation>
    </message>
    <message>
        <source>Overage, 0</source>
        <translation>Dépassement, 0</translation>
    </message>
    <message>
        <source>%1 overage</source>
        <translation>%1&#xa0;: dépassement</translation>
    </message>
    <message>
        <source>A ticked box adds it to every account, a cleared box removes it, a partly ticked box leaves each account as it is.</source>
        <translation>Une case cochée l&apos;ajoute à chaque compte, une case vide le retire, une case partiellement cochée laisse chaque compte tel quel.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>S&amp;tockage&#xa0;:</translation>
    </message>
    <message>
        <source>Quotas:</source>
        <translation>Quotas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subscriptions:</source>
        <translation>A&amp;bonnements&#xa0;:</translation>
    </message>
    <message>
        <source>Securit&amp;y groups:</source>
        <translation>Groupes de s&amp;écurité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Moving accounts…</source>
        <translation>Déplacement des comptes…</translation>
    </message>
    <message>
        <source>Changing accounts…</source>
        <translation>Modification des comptes…</translation>
    </message>
    <message>
        <source>None in this group</source>
        <translation>Aucun dans ce groupe</translation>
    </message>
</context>
<context>
    <name>bc::AccountDetailsDialog</name>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation>Compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sauvegarde</translation>
    </message>
    <message>
        <source>Lice&amp;nses and access</source>
        <translation>&amp;Licences et accès</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Hist&amp;orique</translation>
    </message>
    <message>
        <source>&amp;Subscriptions (an account without one is unlicensed):</source>
        <translation>&amp;Abonnements (un compte sans abonnement n&apos;a pas de licence)&#xa0;:</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>This organization has no subscriptions.</source>
        <translation>Cette organisation n&apos;a aucun abonnement.</translation>
    </message>
    <message>
        <source>Securit&amp;y groups:</source>
        <translation>&amp;Groupes de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Groupe de sécurité</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>This organization has no security groups.</source>
        <translation>Cette organisation n&apos;a aucun groupe de sécurité.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile; its licenses cannot be removed.</source>
        <translation>Le compte utilise un profil avec verrouillage des données&#xa0;; ses licences ne peuvent pas être retirées.</translation>
    </message>
    <message>
        <source>No activation email queued</source>
        <translation>Aucun e-mail d&apos;activation en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>bc::AccountHistoryModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Created as &quot;%1&quot;</source>
        <translation>Créé sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>An item of the catalog the account&apos;s group no longer offers; %1 is its number.</extracomment>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Activation email sent again</source>
        <translation>E-mail d’activation renvoyé</translation>
    </message>
    <message>
        <source>Queued activation email withdrawn</source>
        <translation>E-mail d’activation en file d’attente retiré</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Notification email</source>
        <translation>E-mail de notification</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Agent auto-update</source>
        <translation>Mise à jour automatique de l’agent</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>Emplacements de sauvegarde</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Business notifications</source>
        <translation>Notifications métier</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Groupes de sécurité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 overage</source>
        <translation>Dépassement de %1</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>Limite de %1</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
    <message>
        <source>the group&apos;s default</source>
        <translation>stockage par défaut du groupe</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Unsent emails withdrawn: %1</source>
        <extracomment>How many emails of the account that had not gone out were withdrawn.</extracomment>
        <translation>E-mails non envoyés retirés&#xa0;: %1</translation>
    </message>
    <message>
        <source>A new link; earlier links no longer work</source>
        <translation>Un nouveau lien&#xa0;; les liens précédents ne fonctionnent plus</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1, %2 par %3</translation>
    </message>
</context>
<context>
    <name>bc::AccountIdentityTab</name>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Laissez vide pour conserver le mot de passe actuel.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Activation&#xa0;:</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Waiting for the user to activate the account</source>
        <translation>En attente de l&apos;activation du compte par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>No activation pending</source>
        <translation>Aucune activation en attente</translation>
    </message>
</context>
<context>
    <name>bc::AccountImport</name>
    <message>
        <source>The file is empty: it needs a header naming its columns.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <source>The file has no login column: name one &quot;login&quot; (or, in an export of Microsoft 365 or Google Workspace, &quot;User principal name&quot; or &quot;Email Address&quot;).</source>
        <translation>Le fichier n&apos;a pas de colonne d&apos;identifiant&#xa0;: nommez-en une «&#xa0;login&#xa0;» (ou, dans un export de Microsoft 365 ou de Google Workspace, «&#xa0;User principal name&#xa0;» ou «&#xa0;Email Address&#xa0;»).</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is none of create, update, disable and delete.</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» n&apos;est ni create, ni update, ni disable, ni delete.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already in record %2 of this file; a file names each account once.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» figure déjà dans l&apos;enregistrement %2 de ce fichier&#xa0;; un fichier nomme chaque compte une seule fois.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken by an account outside &quot;%2&quot;; logins are unique across all organizations.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est pris par un compte hors de «&#xa0;%2&#xa0;»&#xa0;; les identifiants sont uniques dans toutes les organisations.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is in &quot;%2&quot;; an import does not move accounts to another group.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est dans «&#xa0;%2&#xa0;»&#xa0;; un import ne déplace pas de comptes vers un autre groupe.</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Il n&apos;y a pas de compte d&apos;identifiant «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Write yes or no, not &quot;%1&quot;.</source>
        <translation>Écrivez yes ou no, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;y a pas de profil «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe au-dessus.</translation>
    </message>
    <message>
        <source>There is no storage &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;y a pas de stockage «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe au-dessus.</translation>
    </message>
    <message>
        <source>There is no subscription &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;y a pas d&apos;abonnement «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe au-dessus.</translation>
    </message>
    <message>
        <source>There is no security group &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;y a pas de groupe de sécurité «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe au-dessus.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Il n&apos;y a pas de groupe «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>désactiver</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>The check did not have this record: the file changed since. Check it again.</source>
        <translation>La vérification ne connaissait pas cet enregistrement&#xa0;: le fichier a changé depuis. Vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Someone changed the account since the check. Check the file again to see what the import would do now.</source>
        <translation>Quelqu&apos;un a modifié le compte depuis la vérification. Vérifiez à nouveau le fichier pour voir ce que ferait l&apos;importation maintenant.</translation>
    </message>
    <message>
        <source>The check said %1, but now it is %2: someone changed the account since. Check the file again to see what the import would do now.</source>
        <extracomment>%1 and %2 are outcomes: create, update, unchanged, disable, delete, error.</extracomment>
        <translation>La vérification indiquait «&#xa0;%1&#xa0;», mais c&apos;est maintenant «&#xa0;%2&#xa0;»&#xa0;: quelqu&apos;un a modifié le compte depuis. Vérifiez à nouveau le fichier pour voir ce que ferait l&apos;importation maintenant.</translation>
    </message>
</context>
<context>
    <name>bc::AccountListExport</name>
    <message>
        <source>Export Accounts</source>
        <extracomment>%1 the file&apos;s name, %2 how many accounts are in it so far.</extracomment>
        <translation>Exporter les comptes</translation>
    </message>
    <message>
        <source>Exporting the accounts to &quot;%1&quot;…
Accounts written: %2</source>
        <translation>Export des comptes vers «&#xa0;%1&#xa0;»…
Comptes écrits&#xa0;: %2</translation>
    </message>
    <message>
        <source>E&amp;xport accounts…</source>
        <translation>E&amp;xporter les comptes…</translation>
    </message>
    <message>
        <source>Write every account of the list, as it is filtered and sorted, to a CSV file that an import reads back.</source>
        <translation>Écrire chaque compte de la liste, filtrée et triée telle quelle, dans un fichier CSV qu&apos;un import relit.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) exported to %1.</source>
        <extracomment>%1 the file the accounts went to.</extracomment>
        <translation>
            <numerusform>%n compte exporté vers %1.</numerusform>
            <numerusform>%n comptes exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AccountListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Sans licence</translation>
    </message>
    <message>
        <source>Waiting for the user to activate the account</source>
        <translation>En attente de l&apos;activation du compte par l&apos;utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) assigned</source>
        <translation>
            <numerusform>%n abonnement attribué</numerusform>
            <numerusform>%n abonnements attribués</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscription assigned; Account → Assign service… licenses it</source>
        <translation>Aucun abonnement attribué&#xa0;; Compte → Attribuer un service… lui accorde une licence</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Storage quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
</context>
<context>
    <name>bc::AccountListPanel</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Login, email or name</source>
        <translation>Identifiant, e-mail ou nom</translation>
    </message>
    <message>
        <source>Include s&amp;ubgroups</source>
        <translation>Inclure les so&amp;us-groupes</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Sans licence</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Email failed</source>
        <translation>E-mail en échec</translation>
    </message>
    <message>
        <source>Inactive accounts whose activation email could not be sent</source>
        <translation>Comptes inactifs dont l&apos;e-mail d&apos;activation n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; applied.</source>
        <translation>Filtre «&#xa0;%1&#xa0;» appliqué.</translation>
    </message>
</context>
<context>
    <name>bc::AccountOptionsPage</name>
    <message>
        <source>backup locations</source>
        <translation>emplacements de sauvegarde</translation>
    </message>
    <message>
        <source>notification level</source>
        <translation>niveau de notification</translation>
    </message>
</context>
<context>
    <name>bc::AccountProfilePage</name>
    <message>
        <source>Storage quota %1, backup locations %2, notifications %3</source>
        <translation>Quota de stockage %1, emplacements de sauvegarde %2, notifications %3</translation>
    </message>
    <message>
        <source>Profile and storage</source>
        <translation>Profil et stockage</translation>
    </message>
    <message>
        <source>A profile gives the account its quotas, backup locations and notification level. A value you change on the next pages becomes the account&apos;s own; profile changes no longer touch it.</source>
        <translation>Un profil donne au compte ses quotas, ses emplacements de sauvegarde et son niveau de notification. Une valeur que vous modifiez dans les pages suivantes devient propre au compte&#xa0;; les changements du profil ne la touchent plus.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (verrouillage des données)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, the group&apos;s default</source>
        <translation>%1, valeur par défaut du groupe</translation>
    </message>
    <message>
        <source>No storage defined</source>
        <translation>Aucun stockage défini</translation>
    </message>
    <message>
        <source>The organization has no storage yet; the account gets the default one.</source>
        <translation>L&apos;organisation n&apos;a pas encore de stockage&#xa0;; le compte reçoit celui par défaut.</translation>
    </message>
    <message>
        <source>Where this account&apos;s backups are kept.</source>
        <translation>Où les sauvegardes de ce compte sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>St&amp;ockage&#xa0;:</translation>
    </message>
    <message>
        <source>Data lock: once created, this account cannot be deleted, cannot move to another profile, and its licenses cannot be removed.</source>
        <translation>Verrouillage des données&#xa0;: une fois créé, ce compte ne peut pas être supprimé ni changer de profil, et ses licences ne peuvent pas être retirées.</translation>
    </message>
    <message>
        <source>Profiles marked with a lock have data lock: their accounts cannot be deleted and cannot move to another profile.</source>
        <translation>Les profils marqués d&apos;un cadenas ont le verrouillage des données&#xa0;: leurs comptes ne peuvent pas être supprimés ni changer de profil.</translation>
    </message>
    <message>
        <source>This organization has no profiles; set the account&apos;s values yourself.</source>
        <translation>Cette organisation n&apos;a aucun profil&#xa0;; définissez vous-même les valeurs du compte.</translation>
    </message>
    <message>
        <source>Loading the group&apos;s profiles and storages…</source>
        <translation>Chargement des profils et des stockages du groupe…</translation>
    </message>
</context>
<context>
    <name>bc::AccountQuotasPage</name>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>How much this account may back up. Overage is how far usage may pass the limit before backups fail. Storage takes sizes such as &quot;500 GB&quot;, &quot;1.5 TiB&quot; or &quot;750 MiB&quot;.</source>
        <translation>Combien ce compte peut sauvegarder. Le dépassement indique de combien l&apos;utilisation peut excéder la limite avant que les sauvegardes échouent. Le stockage accepte des tailles comme «&#xa0;500 GB&#xa0;», «&#xa0;1,5 TiB&#xa0;» ou «&#xa0;750 MiB&#xa0;».</translation>
    </message>
    <message>
        <source>Not offered: the organization has switched off %1.</source>
        <translation>Non proposé&#xa0;: l&apos;organisation a désactivé %1.</translation>
    </message>
    <message>
        <source>Loading the group&apos;s limits…</source>
        <translation>Chargement des limites du groupe…</translation>
    </message>
</context>
<context>
    <name>bc::AccountRules</name>
    <message>
        <source>Enter a login.</source>
        <translation>Saisissez un identifiant.</translation>
    </message>
    <message numerus="yes">
        <source>A login can have at most %n characters.</source>
        <translation>
            <numerusform>Un identifiant peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un identifiant peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>a space or invisible character</source>
        <translation>une espace ou un caractère invisible</translation>
    </message>
    <message>
        <source>A login may contain letters, digits and . _ - @ only, not %1.</source>
        <translation>Un identifiant ne peut contenir que des lettres, des chiffres et . _ - @, pas %1.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>An email address can have at most %n characters.</source>
        <translation>
            <numerusform>Une adresse e-mail peut comporter au plus %n caractère.</numerusform>
            <numerusform>Une adresse e-mail peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; it should look like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; elle devrait ressembler à name@example.com.</translation>
    </message>
    <message numerus="yes">
        <source>A name can have at most %n characters.</source>
        <translation>
            <numerusform>Un nom peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un nom peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or invisible characters.</source>
        <translation>Un nom ne peut pas contenir de saut de ligne ni de caractère invisible.</translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>Saisissez un nombre supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>The group allows at most %1 for %2; enter %1 or less.</source>
        <translation>Le groupe autorise au plus %1 pour %2&#xa0;; saisissez %1 ou moins.</translation>
    </message>
    <message>
        <source>Enter the mobile number in international form: + and country code, then the number, e.g. +49 151 23456789.</source>
        <translation>Saisissez le numéro de mobile au format international&#xa0;: + et l&apos;indicatif du pays, puis le numéro, p. ex. +49 151 23456789.</translation>
    </message>
    <message>
        <source>Enter a telephone number with at least 6 digits, e.g. +44 20 7946 0958.</source>
        <translation>Saisissez un numéro de téléphone d&apos;au moins 6 chiffres, p. ex. +44 20 7946 0958.</translation>
    </message>
    <message numerus="yes">
        <source>An address can have at most %n characters.</source>
        <translation>
            <numerusform>Une adresse peut comporter au plus %n caractère.</numerusform>
            <numerusform>Une adresse peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>An address cannot contain invisible characters.</source>
        <translation>Une adresse ne peut pas contenir de caractère invisible.</translation>
    </message>
    <message>
        <source>An administrator needs a telephone number.</source>
        <translation>Un administrateur doit avoir un numéro de téléphone.</translation>
    </message>
    <message>
        <source>An administrator needs a postal address.</source>
        <translation>Un administrateur doit avoir une adresse postale.</translation>
    </message>
</context>
<context>
    <name>bc::AccountService</name>
    <message>
        <source>The login &quot;%1&quot; is already taken; logins are unique across all organizations.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà pris&#xa0;; les identifiants sont uniques dans toutes les organisations.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken; logins are unique across all organizations. &quot;%2&quot; is free.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà pris&#xa0;; les identifiants sont uniques dans toutes les organisations. «&#xa0;%2&#xa0;» est libre.</translation>
    </message>
    <message>
        <source>Choose one of the profiles of this group or of a group above it.</source>
        <translation>Choisissez l&apos;un des profils de ce groupe ou d&apos;un groupe parent.</translation>
    </message>
    <message>
        <source>Choose one of the storages of this group or of a group above it.</source>
        <translation>Choisissez l&apos;un des stockages de ce groupe ou d&apos;un groupe parent.</translation>
    </message>
    <message>
        <source>Choose subscriptions of this group or of a group above it.</source>
        <translation>Choisissez des abonnements de ce groupe ou d&apos;un groupe parent.</translation>
    </message>
    <message>
        <source>Choose security groups of this group or of a group above it.</source>
        <translation>Choisissez des groupes de sécurité de ce groupe ou d&apos;un groupe parent.</translation>
    </message>
    <message>
        <source>Choose the group the account belongs to.</source>
        <translation>Choisissez le groupe auquel le compte appartient.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile; its profile cannot change.</source>
        <translation>Le compte utilise un profil avec verrouillage des données&#xa0;; son profil ne peut pas changer.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile; its licenses cannot be removed.</source>
        <translation>Le compte utilise un profil avec verrouillage des données&#xa0;; ses licences ne peuvent pas être retirées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a data-locked profile and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un profil avec verrouillage des données et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The account is no longer in the recycle bin.</source>
        <translation>Le compte n&apos;est plus dans la corbeille.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: its profile no longer exists. Restore it after giving the group a profile again, or purge it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être restauré&#xa0;: son profil n’existe plus. Restaurez-le après avoir redonné un profil au groupe, ou supprimez-le définitivement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a data-locked profile and cannot be purged by hand; it is purged when its time in the recycle bin has passed.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un profil avec verrouillage des données et ne peut pas être supprimé définitivement à la main&#xa0;; il est supprimé lorsque son temps dans la corbeille est écoulé.</translation>
    </message>
    <message>
        <source>Keep deleted accounts from 1 to %1 days.</source>
        <translation>Conservez les comptes supprimés de 1 à %1 jours.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; belongs to a deleted account in the recycle bin (View → Deleted accounts). Restore that account, or purge it to use the login again.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» appartient à un compte supprimé dans la corbeille (Affichage → Comptes supprimés). Restaurez ce compte, ou supprimez-le définitivement pour réutiliser l’identifiant.</translation>
    </message>
    <message>
        <source>%1 changed it on %2.</source>
        <translation>%1 l’a modifié le %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was restored since.</source>
        <translation>«&#xa0;%1&#xa0;» a été restauré depuis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was purged from the recycle bin since.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé définitivement de la corbeille depuis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was purged for good and cannot be brought back.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé définitivement et ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted since.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé depuis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed since.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié depuis.</translation>
    </message>
    <message>
        <source>The last change has nothing that can be undone.</source>
        <translation>La dernière modification ne contient rien qui puisse être annulé.</translation>
    </message>
</context>
<context>
    <name>bc::AccountStateChanges</name>
    <message>
        <source>Disable accounts</source>
        <translation>Désactiver des comptes</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)? They stop backing up until they are enabled again.</source>
        <translation>
            <numerusform>Désactiver %n compte&#xa0;? Ses sauvegardes s&apos;arrêtent jusqu&apos;à ce qu&apos;il soit réactivé.</numerusform>
            <numerusform>Désactiver %n comptes&#xa0;? Leurs sauvegardes s&apos;arrêtent jusqu&apos;à ce qu&apos;ils soient réactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enabling accounts…</source>
        <translation>Réactivation des comptes…</translation>
    </message>
    <message>
        <source>Disabling accounts…</source>
        <translation>Désactivation des comptes…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n compte réactivé.</numerusform>
            <numerusform>%n comptes réactivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n compte désactivé.</numerusform>
            <numerusform>%n comptes désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every account was enabled</source>
        <translation>Tous les comptes n&apos;ont pas été réactivés</translation>
    </message>
    <message>
        <source>Not every account was disabled</source>
        <translation>Tous les comptes n&apos;ont pas été désactivés</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>Supprimer des comptes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting accounts…</source>
        <translation>Suppression des comptes…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted.</source>
        <translation>
            <numerusform>%n compte supprimé.</numerusform>
            <numerusform>%n comptes supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every account was deleted</source>
        <translation>Tous les comptes n&apos;ont pas été supprimés</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)? Their backups stop, and they go to the recycle bin: View → Deleted accounts… restores them until they are purged.</source>
        <translation>
            <numerusform>Supprimer %n compte&#xa0;? Ses sauvegardes s’arrêtent et il va dans la corbeille&#xa0;: Affichage → Comptes supprimés… le restaure tant qu’il n’est pas supprimé définitivement.</numerusform>
            <numerusform>Supprimer %n comptes&#xa0;? Leurs sauvegardes s’arrêtent et ils vont dans la corbeille&#xa0;: Affichage → Comptes supprimés… les restaure tant qu’ils ne sont pas supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account &quot;%1&quot;? Its backups stop, and it goes to the recycle bin: View → Deleted accounts… restores it until it is purged.</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;? Ses sauvegardes s’arrêtent et il va dans la corbeille&#xa0;: Affichage → Comptes supprimés… le restaure tant qu’il n’est pas supprimé définitivement.</translation>
    </message>
</context>
<context>
    <name>bc::AccountSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Check the new account. Press Finish to create it; it stays inactive until the user activates it from the email.</source>
        <translation>Vérifiez le nouveau compte. Cliquez sur Terminer pour le créer&#xa0;; il reste inactif jusqu&apos;à ce que l&apos;utilisateur l&apos;active depuis l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Summary of the new account</source>
        <translation>Résumé du nouveau compte</translation>
    </message>
    <message>
        <source>The account was not saved. %1
Everything you entered is still here; press Finish to try again.</source>
        <translation>Le compte n&apos;a pas été enregistré. %1
Tout ce que vous avez saisi est toujours là&#xa0;; cliquez sur Terminer pour réessayer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>The group&apos;s default</source>
        <translation>Valeur par défaut du groupe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notification email</source>
        <translation>E-mail de notification</translation>
    </message>
    <message>
        <source>The sign-in email</source>
        <translation>L&apos;e-mail de connexion</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Mobile (SMS MFA)</source>
        <translation>Mobile (MFA par SMS)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Not set; the user chooses one from the activation email</source>
        <translation>Non défini&#xa0;; l&apos;utilisateur en choisit un depuis l&apos;e-mail d&apos;activation</translation>
    </message>
    <message>
        <source>Not set; the user chooses one once an activation email is sent</source>
        <translation>Non défini&#xa0;; l&apos;utilisateur en choisit un une fois qu&apos;un e-mail d&apos;activation est envoyé</translation>
    </message>
    <message>
        <source>Administrator privileges</source>
        <translation>Privilèges d&apos;administrateur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Agent auto update</source>
        <translation>Mise à jour automatique de l&apos;agent</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (verrouillage des données)</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Emplacement de stockage</translation>
    </message>
    <message>
        <source>Not offered; the service is switched off</source>
        <translation>Non proposé&#xa0;; le service est désactivé</translation>
    </message>
    <message>
        <source>%1, overage %2</source>
        <translation>%1, dépassement %2</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>Emplacements de sauvegarde</translation>
    </message>
    <message>
        <source>Notification level</source>
        <translation>Niveau de notification</translation>
    </message>
    <message>
        <source>Business notifications</source>
        <translation>Notifications métier</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>None; the account starts unlicensed</source>
        <translation>Aucun&#xa0;; le compte démarre sans licence</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Groupes de sécurité</translation>
    </message>
    <message>
        <source>Activation email</source>
        <translation>E-mail d&apos;activation</translation>
    </message>
    <message>
        <source>Not sent; the account stays inactive until one is sent with &quot;Resend activation email&quot;</source>
        <translation>Non envoyé&#xa0;; le compte reste inactif jusqu&apos;à ce qu&apos;un e-mail soit envoyé avec «&#xa0;Renvoyer l&apos;e-mail d&apos;activation&#xa0;»</translation>
    </message>
    <message>
        <source>Will be sent (own text)</source>
        <translation>Sera envoyé (texte propre)</translation>
    </message>
    <message>
        <source>Will be sent (group&apos;s text)</source>
        <translation>Sera envoyé (texte du groupe)</translation>
    </message>
    <message>
        <source>%1 (from profile)</source>
        <translation>%1 (du profil)</translation>
    </message>
    <message>
        <source>%1 (changed; the profile has %2)</source>
        <translation>%1 (modifié&#xa0;; le profil a %2)</translation>
    </message>
    <message>
        <source>The account is not saved yet: %1
Retrying by itself every few seconds (attempt %2); everything you entered is kept. Cancel stops trying.</source>
        <translation>Le compte n&apos;est pas encore enregistré&#xa0;: %1
La console réessaie d&apos;elle-même à quelques secondes d&apos;intervalle (tentative %2)&#xa0;; tout ce que vous avez saisi est conservé. «&#xa0;Annuler&#xa0;» arrête les tentatives.</translation>
    </message>
</context>
<context>
    <name>bc::AccountText</name>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Cloud only</source>
        <translation>Cloud uniquement</translation>
    </message>
    <message>
        <source>Local and cloud</source>
        <translation>Local et cloud</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>Aucune notification</translation>
    </message>
    <message>
        <source>Backup failures</source>
        <translation>Échecs de sauvegarde</translation>
    </message>
    <message>
        <source>Backup failures and warnings</source>
        <translation>Échecs de sauvegarde et avertissements</translation>
    </message>
    <message>
        <source>Failures, warnings and successful backups</source>
        <translation>Échecs, avertissements et sauvegardes réussies</translation>
    </message>
</context>
<context>
    <name>bc::ActingOperator</name>
    <message>
        <source>Nobody is signed in: sign in as an operator to work here.</source>
        <translation>Personne n’est connecté&#xa0;: connectez-vous en tant qu’opérateur pour travailler ici.</translation>
    </message>
</context>
<context>
    <name>bc::ActivationActions</name>
    <message>
        <source>Resend &amp;activation email</source>
        <translation>Renvoyer l&apos;e-mail d&apos;a&amp;ctivation</translation>
    </message>
    <message>
        <source>Send the selected inactive accounts a new activation link; earlier links stop working.</source>
        <translation>Envoyer aux comptes inactifs sélectionnés un nouveau lien d&apos;activation&#xa0;; les liens précédents cessent de fonctionner.</translation>
    </message>
    <message>
        <source>Retry &amp;sending</source>
        <translation>Réessayer l&apos;e&amp;nvoi</translation>
    </message>
    <message>
        <source>Send the activation email of the selected accounts again now.</source>
        <translation>Renvoyer maintenant l&apos;e-mail d&apos;activation des comptes sélectionnés.</translation>
    </message>
    <message>
        <source>&amp;Email settings…</source>
        <translation>Paramètres d&apos;&amp;e-mail…</translation>
    </message>
    <message>
        <source>The mail server that sends activation emails.</source>
        <translation>Le serveur de messagerie qui envoie les e-mails d&apos;activation.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n activation email(s); earlier links no longer work.</source>
        <translation>
            <numerusform>%n e-mail d&apos;activation mis en file d&apos;attente&#xa0;; les liens précédents ne fonctionnent plus.</numerusform>
            <numerusform>%n e-mails d&apos;activation mis en file d&apos;attente&#xa0;; les liens précédents ne fonctionnent plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some activation emails were not sent</source>
        <translation>Certains e-mails d&apos;activation n&apos;ont pas été envoyés</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n activation email(s) again.</source>
        <translation>
            <numerusform>Nouvel envoi de %n e-mail d&apos;activation.</numerusform>
            <numerusform>Nouvel envoi de %n e-mails d&apos;activation.</numerusform>
        </translation>
    </message>
    <message>
        <source>No activation email of the selection is waiting or failed.</source>
        <translation>Aucun e-mail d&apos;activation de la sélection n&apos;est en attente ou en échec.</translation>
    </message>
    <message>
        <source>Some emails could not be retried</source>
        <translation>Certains e-mails n&apos;ont pas pu être renvoyés</translation>
    </message>
    <message>
        <source>Not sent: no mail server set up.</source>
        <translation>Non envoyé&#xa0;: aucun serveur de messagerie configuré.</translation>
    </message>
    <message>
        <source>Email is not set up</source>
        <translation>L’e-mail n’est pas configuré</translation>
    </message>
    <message>
        <source>No mail server is set up, so no email can be sent. The activation emails wait in the outbox and go out once a mail server is set up.</source>
        <translation>Aucun serveur de messagerie n’est configuré, aucun e-mail ne peut donc être envoyé. Les e-mails d’activation attendent dans la boîte d’envoi et partiront dès qu’un serveur de messagerie sera configuré.</translation>
    </message>
    <message>
        <source>Set up &amp;email…</source>
        <translation>Configurer l’&amp;e-mail…</translation>
    </message>
    <message>
        <source>Queuing activation emails…</source>
        <extracomment>The progress dialog of Resend activation email on many accounts.</extracomment>
        <translation>Mise en file des e-mails d’activation…</translation>
    </message>
</context>
<context>
    <name>bc::ActivationService</name>
    <message>
        <source>This activation link is not known. Check that the whole link was copied, or ask your help desk for a new one.</source>
        <translation>Ce lien d&apos;activation est inconnu. Vérifiez que le lien a été copié en entier, ou demandez-en un nouveau à votre support.</translation>
    </message>
    <message>
        <source>This activation link was used already. Sign in with the password you chose.</source>
        <translation>Ce lien d&apos;activation a déjà été utilisé. Connectez-vous avec le mot de passe que vous avez choisi.</translation>
    </message>
    <message>
        <source>A newer activation email replaced this link. Use the link in the newest email.</source>
        <translation>Un e-mail d&apos;activation plus récent a remplacé ce lien. Utilisez le lien du dernier e-mail.</translation>
    </message>
    <message>
        <source>This activation link has expired. Ask your help desk to send a new one.</source>
        <translation>Ce lien d&apos;activation a expiré. Demandez à votre support de vous en envoyer un nouveau.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your help desk to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à votre support de le réactiver.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not waiting for activation; only inactive accounts get activation emails.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;attend pas d&apos;activation&#xa0;; seuls les comptes inactifs reçoivent des e-mails d&apos;activation.</translation>
    </message>
    <message>
        <source>A link may stay valid from 1 to 90 days.</source>
        <translation>Un lien peut rester valide de 1 à 90 jours.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un objet.</translation>
    </message>
    <message>
        <source>Enter the text of the email.</source>
        <translation>Saisissez le texte de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>The text must contain {link}: without it the user cannot activate the account.</source>
        <translation>Le texte doit contenir {link}&#xa0;: sans lui, l&apos;utilisateur ne peut pas activer le compte.</translation>
    </message>
    <message>
        <source>Test email from the Backup Account Console</source>
        <translation>E-mail de test de Backup Account Console</translation>
    </message>
    <message>
        <source>This is a test. The console can send email through this server.</source>
        <translation>Ceci est un test. La console peut envoyer des e-mails par ce serveur.</translation>
    </message>
</context>
<context>
    <name>bc::ActivationText</name>
    <message>
        <source>Email queued</source>
        <translation>E-mail en file d&apos;attente</translation>
    </message>
    <message>
        <source>Email queued (retrying: %1)</source>
        <translation>E-mail en file d&apos;attente (nouvelle tentative&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Email sending</source>
        <translation>E-mail en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pending since %1 · link expires %2</source>
        <extracomment>Shown for an inactive account: when its activation started and when its link stops working.</extracomment>
        <translation>En attente depuis %1 · le lien expire %2</translation>
    </message>
    <message>
        <source>Not sent: no mail server set up</source>
        <translation>Non envoyé&#xa0;: aucun serveur de messagerie configuré</translation>
    </message>
    <message>
        <source>Email withdrawn</source>
        <translation>E-mail retiré</translation>
    </message>
</context>
<context>
    <name>bc::AddAccountWizard</name>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>Add account to %1</source>
        <translation>Ajouter un compte à %1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>The group&apos;s details could not be read: %1 Trying again…</source>
        <translation>Les informations du groupe n&apos;ont pas pu être lues&#xa0;: %1 Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>bc::AssignServiceDialog</name>
    <message>
        <source>Assign service</source>
        <translation>Attribuer un service</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Subscriptions to add to %n account(s):</source>
        <translation>
            <numerusform>&amp;Abonnements à ajouter à %n compte&#xa0;:</numerusform>
            <numerusform>&amp;Abonnements à ajouter à %n comptes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>This organization has no subscriptions; add one with Group → Subscriptions…</source>
        <translation>Cette organisation n&apos;a aucun abonnement&#xa0;; ajoutez-en un avec Groupe → Abonnements…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Assigning the subscriptions…</source>
        <translation>Attribution des abonnements…</translation>
    </message>
</context>
<context>
    <name>bc::AuditLog</name>
    <message>
        <source>The end of the time range must come after its start; no entry lies between them.</source>
        <translation>La fin de la période doit venir après son début&#xa0;; aucune entrée ne se trouve entre les deux.</translation>
    </message>
    <message>
        <source>Subgroups need a group to start from; choose a group.</source>
        <translation>Les sous-groupes ont besoin d&apos;un groupe de départ&#xa0;; choisissez un groupe.</translation>
    </message>
</context>
<context>
    <name>bc::AuditLogLauncher</name>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Who changed what and when, with filters and an export to CSV.</source>
        <translation>Qui a modifié quoi et quand, avec des filtres et un export en CSV.</translation>
    </message>
</context>
<context>
    <name>bc::AuditLogModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Groupe de sécurité</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>An object of the audit log: %1 its type (&quot;Account&quot;), %2 its number.</extracomment>
        <translation>%1 n°&#xa0;%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>bc::AuditLogWindow</name>
    <message>
        <source>Any</source>
        <extracomment>A date filter of the audit log that keeps every date.</extracomment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation>&amp;Type d’objet&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Include &amp;subgroups</source>
        <translation>Inclure les &amp;sous-groupes</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Tout opérateur</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>A part of the login or name</source>
        <translation>Une partie de l’identifiant ou du nom</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; scroll down for more.</source>
        <translation>
            <numerusform>%n entrée pour l’instant&#xa0;; faites défiler pour en voir plus.</numerusform>
            <numerusform>%n entrées pour l’instant&#xa0;; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The export was canceled; no file was written.</source>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <extracomment>%1 the file&apos;s name, %2 how many entries of the audit log are in it so far.</extracomment>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <extracomment>%1 the file the audit log&apos;s entries went to.</extracomment>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit log to &quot;%1&quot;…
Entries written: %2</source>
        <translation>Export du journal d’audit vers «&#xa0;%1&#xa0;»…
Entrées écrites&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::Authority</name>
    <message>
        <source>This database has operators: sign in as one of them to work on it.</source>
        <translation>Cette base de données a des opérateurs&#xa0;: connectez-vous en tant que l’un d’eux pour y travailler.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not do this in &quot;%2&quot;: it lacks the permission %3.</source>
        <translation>L’opérateur «&#xa0;%1&#xa0;» ne peut pas faire cela dans «&#xa0;%2&#xa0;»&#xa0;: il lui manque l’autorisation %3.</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>toute la base de données</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not reach &quot;%2&quot;: it works only in &quot;%3&quot; and the groups below it.</source>
        <translation>L’opérateur «&#xa0;%1&#xa0;» ne peut pas accéder à «&#xa0;%2&#xa0;»&#xa0;: il travaille uniquement dans «&#xa0;%3&#xa0;» et les groupes en dessous.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not do this in &quot;%2&quot;: it works only in &quot;%3&quot; and the groups below it.</source>
        <translation>L’opérateur «&#xa0;%1&#xa0;» ne peut pas faire cela dans «&#xa0;%2&#xa0;»&#xa0;: il travaille uniquement dans «&#xa0;%3&#xa0;» et les groupes en dessous.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not grant what it lacks itself: the permission %2.</source>
        <translation>L’opérateur «&#xa0;%1&#xa0;» ne peut pas accorder ce qui lui manque&#xa0;: l’autorisation %2.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not make an account an administrator: only an administrator may.</source>
        <translation>L’opérateur «&#xa0;%1&#xa0;» ne peut pas faire d’un compte un administrateur&#xa0;: seul un administrateur le peut.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not give the security group &quot;%2&quot;: it lacks the permission %3.</source>
        <translation>L’opérateur «&#xa0;%1&#xa0;» ne peut pas attribuer le groupe de sécurité «&#xa0;%2&#xa0;»&#xa0;: il lui manque l’autorisation %3.</translation>
    </message>
    <message>
        <source>No operator has the login &quot;%1&quot;.</source>
        <translation>Aucun opérateur n’a l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; is not enrolled in multi-factor authentication: %2 Enrol yourself first: operator mfa enroll %1</source>
        <translation>L&apos;opérateur «&#xa0;%1&#xa0;» n&apos;est pas inscrit à l&apos;authentification multifacteur&#xa0;: %2 Inscrivez-vous d&apos;abord vous-même&#xa0;: operator mfa enroll %1</translation>
    </message>
    <message>
        <source>once any operator is enrolled, the top group&apos;s operators need it to sign in, and it is one of them.</source>
        <translation>dès qu&apos;un opérateur est inscrit, les opérateurs du groupe de tête en ont besoin pour se connecter, et il en fait partie.</translation>
    </message>
    <message>
        <source>the switch would make it need it to sign in, as it works in &quot;%1&quot;.</source>
        <translation>avec ce réglage, il en aurait besoin pour se connecter, car il travaille dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; may not reset its own multi-factor authentication: it needs it to sign in, as %2 It could not sign in again to enrol. Another operator who manages operators resets and enrols it.</source>
        <translation>L&apos;opérateur «&#xa0;%1&#xa0;» ne peut pas réinitialiser sa propre authentification multifacteur&#xa0;: il en a besoin pour se connecter, car %2 Il ne pourrait plus se connecter pour s&apos;inscrire à nouveau. Un autre opérateur qui gère les opérateurs la réinitialise et l&apos;inscrit.</translation>
    </message>
</context>
<context>
    <name>bc::BulkActionRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n account(s): %2</source>
        <extracomment>A bulk action stopped by a database problem; %1 the problem.</extracomment>
        <translation>
            <numerusform>Arrêté après %1 compte sur %n : %2</numerusform>
            <numerusform>Arrêté après %1 comptes sur %n : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %1 of %n account(s); the others were left as they were.</source>
        <translation>
            <numerusform>Annulé après %1 compte sur %n ; les autres sont restés inchangés.</numerusform>
            <numerusform>Annulé après %1 comptes sur %n ; les autres sont restés inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more account(s) were refused</source>
        <translation>
            <numerusform>et %n autre compte a été refusé</numerusform>
            <numerusform>et %n autres comptes ont été refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>A refused account and why: %1 its login, %2 the reason.</extracomment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::CatalogDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>bc::CatalogItemForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bc::CatalogKindAdapter</name>
    <message>
        <source>Profiles of &quot;%1&quot;</source>
        <translation>Profils de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>This group defines no profile yet.</source>
        <translation>Ce groupe ne définit encore aucun profil.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Data lock</source>
        <translation>Verrouillage des données</translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation>notifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>stockage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Storages of &quot;%1&quot;</source>
        <translation>Stockages de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add storage</source>
        <translation>Ajouter un stockage</translation>
    </message>
    <message>
        <source>Storage &quot;%1&quot;</source>
        <translation>Stockage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>This group defines no storage yet.</source>
        <translation>Ce groupe ne définit encore aucun stockage.</translation>
    </message>
    <message>
        <source>Delete the storage &quot;%1&quot;?</source>
        <translation>Supprimer le stockage «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Subscriptions of &quot;%1&quot;</source>
        <translation>Abonnements de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation>Ajouter un abonnement</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot;</source>
        <translation>Abonnement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This group defines no subscription yet.</source>
        <translation>Ce groupe ne définit encore aucun abonnement.</translation>
    </message>
    <message>
        <source>Delete the subscription &quot;%1&quot;?</source>
        <translation>Supprimer l&apos;abonnement «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Security groups of &quot;%1&quot;</source>
        <translation>Groupes de sécurité de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add security group</source>
        <translation>Ajouter un groupe de sécurité</translation>
    </message>
    <message>
        <source>Security group &quot;%1&quot;</source>
        <translation>Groupe de sécurité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>This group defines no security group yet.</source>
        <translation>Ce groupe ne définit encore aucun groupe de sécurité.</translation>
    </message>
    <message>
        <source>Delete the security group &quot;%1&quot;?</source>
        <translation>Supprimer le groupe de sécurité «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>bc::CatalogListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>bc::CatalogService</name>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>This group has one named &quot;%1&quot; already; choose another name.</source>
        <translation>Ce groupe a déjà un élément nommé «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is still in use by %n account(s) or group(s); change them first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est encore utilisé par %n compte ou groupe&#xa0;; modifiez-le d&apos;abord.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est encore utilisé par %n comptes ou groupes&#xa0;; modifiez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>Saisissez un nombre supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>The group above allows at most %1; enter %1 or less.</source>
        <translation>Le groupe parent autorise au plus %1&#xa0;; saisissez %1 ou moins.</translation>
    </message>
    <message>
        <source>The default storage must be one of this group&apos;s storages or of a group above it.</source>
        <translation>Le stockage par défaut doit être l&apos;un des stockages de ce groupe ou d&apos;un groupe parent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default profile of &quot;%2&quot;; choose another default in that group&apos;s settings first.</source>
        <translation>«&#xa0;%1&#xa0;» est le profil par défaut de «&#xa0;%2&#xa0;»&#xa0;; choisissez d&apos;abord une autre valeur par défaut dans les paramètres de ce groupe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default storage of &quot;%2&quot;; choose another default in that group&apos;s settings first.</source>
        <translation>«&#xa0;%1&#xa0;» est le stockage par défaut de «&#xa0;%2&#xa0;»&#xa0;; choisissez d&apos;abord une autre valeur par défaut dans les paramètres de ce groupe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default subscription of &quot;%2&quot;; choose another default in that group&apos;s settings first.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;abonnement par défaut de «&#xa0;%2&#xa0;»&#xa0;; choisissez d&apos;abord une autre valeur par défaut dans les paramètres de ce groupe.</translation>
    </message>
    <message>
        <source>The default profile must be one of this group&apos;s profiles or of a group above it.</source>
        <translation>Le profil par défaut doit être l&apos;un des profils de ce groupe ou d&apos;un groupe parent.</translation>
    </message>
    <message>
        <source>The default subscription must be one of this group&apos;s subscriptions or of a group above it.</source>
        <translation>L&apos;abonnement par défaut doit être l&apos;un des abonnements de ce groupe ou d&apos;un groupe parent.</translation>
    </message>
</context>
<context>
    <name>bc::CatalogText</name>
    <message>
        <source>Physical workstations</source>
        <translation>Postes de travail physiques</translation>
    </message>
    <message>
        <source>Physical servers</source>
        <translation>Serveurs physiques</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Machines virtuelles</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Appareils mobiles</translation>
    </message>
    <message>
        <source>Microsoft 365 mailboxes</source>
        <translation>Boîtes aux lettres Microsoft 365</translation>
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
        <translation>Créer des comptes</translation>
    </message>
    <message>
        <source>Edit accounts</source>
        <translation>Modifier des comptes</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>Supprimer des comptes</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Manage groups and their settings</source>
        <translation>Gérer les groupes et leurs paramètres</translation>
    </message>
    <message>
        <source>Manage profiles, storages, subscriptions and security groups</source>
        <translation>Gérer les profils, stockages, abonnements et groupes de sécurité</translation>
    </message>
    <message>
        <source>Manage operators</source>
        <translation>Gérer les opérateurs</translation>
    </message>
</context>
<context>
    <name>bc::ChangeUndo</name>
    <message>
        <source>The group &quot;%1&quot; was deleted since.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» a été supprimé depuis.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was renamed since.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» a été renommé depuis.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has accounts or groups of its own since.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» a depuis ses propres comptes ou groupes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this kind of change cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: ce type de modification ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted since.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé depuis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed since.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié depuis.</translation>
    </message>
    <message>
        <source>The change&apos;s record in the audit log cannot be read.</source>
        <translation>L&apos;entrée de la modification dans le journal d&apos;audit ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The settings of &quot;%1&quot; were changed since.</source>
        <translation>Les paramètres de «&#xa0;%1&#xa0;» ont été modifiés depuis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted with its group since.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé depuis avec son groupe.</translation>
    </message>
    <message>
        <source>The multi-factor switch of &quot;%1&quot; was turned since.</source>
        <translation>L&apos;interrupteur d&apos;authentification multifacteur de «&#xa0;%1&#xa0;» a été basculé depuis.</translation>
    </message>
    <message>
        <source>The activation link or email of &quot;%1&quot; was changed since.</source>
        <translation>Le lien ou l&apos;e-mail d&apos;activation de «&#xa0;%1&#xa0;» a été modifié depuis.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was deleted by an earlier version of the console, which did not keep enough of it to make it again; make it again by hand.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» a été supprimé par une version antérieure de la console, qui n&apos;en a pas gardé assez pour le recréer&#xa0;; recréez-le à la main.</translation>
    </message>
    <message>
        <source>The group that &quot;%1&quot; was in was deleted since.</source>
        <translation>Le groupe qui contenait «&#xa0;%1&#xa0;» a été supprimé depuis.</translation>
    </message>
</context>
<context>
    <name>bc::ColumnChooser</name>
    <message>
        <source>Choose the columns of the account list.</source>
        <translation>Choisir les colonnes de la liste des comptes.</translation>
    </message>
    <message>
        <source>This column is always shown.</source>
        <translation>Cette colonne est toujours affichée.</translation>
    </message>
    <message>
        <source>&amp;Show all columns</source>
        <translation>&amp;Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>C&amp;olonnes…</translation>
    </message>
</context>
<context>
    <name>bc::CommandPalette</name>
    <message>
        <source>Run an action, or go to a group (Acme/Contoso) or an account (login, email, name)</source>
        <translation>Lancer une action, ou aller à un groupe (Acme/Contoso) ou à un compte (identifiant, e-mail, nom)</translation>
    </message>
    <message>
        <source>Go to anything</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Actions, groups and accounts found</source>
        <translation>Actions, groupes et comptes trouvés</translation>
    </message>
    <message>
        <source>Groups and accounts could not be searched: %1</source>
        <translation>Impossible de rechercher les groupes et les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching groups and accounts…</source>
        <translation>Recherche des groupes et des comptes…</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Haut et Bas pour choisir, Entrée pour lancer, Échap pour fermer.</translation>
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
        <translation>Actions</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>login (name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>email in group path</comment>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionBanner</name>
    <message>
        <source>%1
The console keeps trying in the background; everything that needs no database still works.</source>
        <translation>%1
La console continue d’essayer en arrière-plan&#xa0;; tout ce qui n’a pas besoin de la base de données fonctionne toujours.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionCheck</name>
    <message>
        <source>A new database cannot be created in &quot;%1&quot;: the folder cannot be written.</source>
        <translation>Impossible de créer une nouvelle base de données dans «&#xa0;%1&#xa0;»&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Saved connect&amp;ions:</source>
        <translation>C&amp;onnexions enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Duplic&amp;ate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Keep the connections without connecting</source>
        <translation>Enregistrer les connexions sans se connecter</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the saved connection &quot;%1&quot;?</source>
        <translation>Supprimer la connexion enregistrée «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The database itself is not changed. The deletion is kept when you save or connect.</source>
        <translation>La base de données elle-même n&apos;est pas modifiée. La suppression est conservée quand vous enregistrez ou vous connectez.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The connections were saved.</source>
        <translation>Les connexions ont été enregistrées.</translation>
    </message>
    <message>
        <source>Not connected: see the marked field.</source>
        <translation>Non connecté&#xa0;: voir le champ signalé.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected: the database is ready.</source>
        <translation>Connecté&#xa0;: la base de données est prête.</translation>
    </message>
    <message>
        <source>The file does not exist yet: Connect creates a new, empty database there.</source>
        <translation>Le fichier n&apos;existe pas encore&#xa0;: «&#xa0;Se connecter&#xa0;» y crée une nouvelle base de données vide.</translation>
    </message>
    <message>
        <source>Connected. The database has an older layout (version %1); Connect asks before updating it to version %2.</source>
        <translation>Connecté. La base de données a une structure plus ancienne (version %1)&#xa0;; «&#xa0;Se connecter&#xa0;» demande avant de la mettre à jour vers la version %2.</translation>
    </message>
    <message>
        <source>Connected, but the password could not be remembered. Untick &quot;Remember&quot; to go on without it.</source>
        <translation>Connecté, mais le mot de passe n&apos;a pas pu être gardé. Décochez «&#xa0;Garder dans le trousseau du système&#xa0;» pour continuer sans lui.</translation>
    </message>
    <message>
        <source>Connect asks for your operator login and password; the server checks them then.</source>
        <translation>Connecter demande votre identifiant et votre mot de passe d’opérateur ; le serveur les vérifie alors.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionForm</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Fichier SQLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>MariaDB server</source>
        <translation>Serveur MariaDB</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: your login name on this computer</source>
        <translation>Vide&#xa0;: votre identifiant sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>&amp;Garder dans le trousseau du système</translation>
    </message>
    <message>
        <source>Default of the client library (prefer)</source>
        <translation>Valeur par défaut de la bibliothèque cliente (prefer)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Désactivé (disable)</translation>
    </message>
    <message>
        <source>Only if the server insists (allow)</source>
        <translation>Seulement si le serveur l&apos;exige (allow)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Always, without checking the server (require)</source>
        <translation>Toujours, sans vérifier le serveur (require)</translation>
    </message>
    <message>
        <source>Always, checking the certificate (verify-ca)</source>
        <translation>Toujours, en vérifiant le certificat (verify-ca)</translation>
    </message>
    <message>
        <source>Always, checking certificate and host name (verify-full)</source>
        <translation>Toujours, en vérifiant le certificat et le nom d&apos;hôte (verify-full)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: ~/.postgresql/root.crt</source>
        <translation>Vide&#xa0;: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>Cert&amp;ificat racine&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sign in as an &amp;operator, with your own login and password</source>
        <translation>Se connecter comme opérateur, a&amp;vec son propre identifiant et mot de passe</translation>
    </message>
    <message>
        <source>The server knows each operator as a user of its own and shows it only its part of the groups. Leave this off to connect as the database&apos;s owner.</source>
        <translation>Le serveur connaît chaque opérateur comme un utilisateur à part et ne lui montre que sa partie des groupes. Laissez ceci désactivé pour vous connecter en tant que propriétaire de la base.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionProfile</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Saisissez un nom pour la connexion.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Another connection is called &quot;%1&quot;; choose another name.</source>
        <translation>Une autre connexion s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choisissez le fichier de base de données.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file in it.</source>
        <translation>Ceci est un dossier&#xa0;; choisissez un fichier à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Enter a host name (db.example.com) or an IP address.</source>
        <translation>Saisissez un nom d&apos;hôte (db.example.com) ou une adresse IP.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Saisissez le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>A database name cannot contain /, ? or #.</source>
        <translation>Un nom de base de données ne peut pas contenir /, ? ou #.</translation>
    </message>
    <message>
        <source>A database name has at most %1 bytes.</source>
        <translation>Un nom de base de données compte au plus %1 octets.</translation>
    </message>
    <message>
        <source>Choose a TLS mode from the list.</source>
        <translation>Choisissez un mode TLS dans la liste.</translation>
    </message>
    <message>
        <source>This file cannot be read; choose the server&apos;s root certificate (a .pem or .crt file).</source>
        <translation>Ce fichier ne peut pas être lu&#xa0;; choisissez le certificat racine du serveur (un fichier .pem ou .crt).</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionTestBar</name>
    <message>
        <source>T&amp;est connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Ne p&amp;lus attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the database; nothing is changed.</source>
        <translation>Ne plus attendre la base de données&#xa0;; rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Stopped waiting. Nothing was changed.</source>
        <translation>Attente interrompue. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>bc::ConsoleSession</name>
    <message>
        <source>The demo data was not written</source>
        <translation>Les données de démonstration n&apos;ont pas été écrites</translation>
    </message>
    <message>
        <source>Welcome to the Backup Account Console</source>
        <translation>Bienvenue dans Backup Account Console</translation>
    </message>
    <message>
        <source>This database is empty. Enter the &amp;name of your organization (the managed-service provider); customer organizations go below it.</source>
        <translation>Cette base de données est vide. Saisissez le &amp;nom de votre organisation (le fournisseur de services managés)&#xa0;; les organisations clientes viennent en dessous.</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>La base de données n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening Database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <source>Updating %1…</source>
        <translation>Mise à jour de %1…</translation>
    </message>
</context>
<context>
    <name>bc::ContactFields</name>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom affi&amp;ché&#xa0;:</translation>
    </message>
    <message>
        <source>Use a different email for n&amp;otifications</source>
        <translation>&amp;Utiliser une autre adresse pour les notifications</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Notification ema&amp;il:</source>
        <translation>E-mail de noti&amp;fication&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, e.g. +49 151 23456789</source>
        <translation>Facultatif, p. ex. +49 151 23456789</translation>
    </message>
    <message>
        <source>&amp;Mobile (SMS MFA):</source>
        <translation>Mo&amp;bile (MFA par SMS)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>p. ex. +44 20 7946 0958</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Street, postcode and town, country</source>
        <translation>Rue, code postal et ville, pays</translation>
    </message>
    <message>
        <source>Postal addre&amp;ss:</source>
        <translation>A&amp;dresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Leave empty to use the first and last name.</source>
        <translation>Laissez vide pour utiliser le prénom et le nom.</translation>
    </message>
    <message>
        <source>Backup notifications go here instead of to the sign-in email.</source>
        <translation>Les notifications de sauvegarde arrivent ici au lieu de l&apos;e-mail de connexion.</translation>
    </message>
    <message>
        <source>Optional. Receives sign-in codes by SMS (multi-factor authentication).</source>
        <translation>Facultatif. Reçoit les codes de connexion par SMS (authentification multifacteur).</translation>
    </message>
    <message>
        <source>Required: administrators must be reachable by telephone.</source>
        <translation>Obligatoire&#xa0;: les administrateurs doivent être joignables par téléphone.</translation>
    </message>
    <message>
        <source>Required: administrators must give a postal address.</source>
        <translation>Obligatoire&#xa0;: les administrateurs doivent indiquer une adresse postale.</translation>
    </message>
</context>
<context>
    <name>bc::CsvFileExport</name>
    <message>
        <source>The console may not write &quot;%1&quot;, or its folder does not exist. Choose another folder or file name.</source>
        <translation>La console n’a pas le droit d’écrire «&#xa0;%1&#xa0;», ou son dossier n’existe pas. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed, perhaps because the disk is full. Nothing was saved; free some space or choose another place.</source>
        <translation>L’écriture de «&#xa0;%1&#xa0;» a échoué, peut-être parce que le disque est plein. Rien n’a été enregistré&#xa0;; libérez de la place ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>bc::CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1 has a quoted field that is never closed: a quote (&quot;) is missing.</source>
        <translation>L&apos;enregistrement %1 a un champ entre guillemets qui n&apos;est jamais fermé&#xa0;: il manque un guillemet (&quot;).</translation>
    </message>
    <message>
        <source>Record %1 has a quote (&quot;) inside a field that does not start with one. Put the field in quotes and double the quotes inside it (&quot;5&quot;&quot; disk&quot;), as spreadsheets save it.</source>
        <translation>L&apos;enregistrement %1 a un guillemet (&quot;) dans un champ qui ne commence pas par un guillemet. Mettez le champ entre guillemets et doublez les guillemets qu&apos;il contient (&quot;5&quot;&quot; disk&quot;), comme les tableurs l&apos;enregistrent.</translation>
    </message>
    <message>
        <source>The file could not be read at record %1: it holds a field too long to keep in memory.</source>
        <translation>Le fichier n&apos;a pas pu être lu à l&apos;enregistrement %1&#xa0;: il contient un champ trop long pour la mémoire.</translation>
    </message>
    <message>
        <source>Record %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>L&apos;enregistrement %1 n&apos;est pas du texte UTF-8. Enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>bc::Database</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This activation link was used already.</source>
        <translation>Ce lien d&apos;activation a déjà été utilisé.</translation>
    </message>
    <message>
        <source>That email was sent already.</source>
        <translation>Cet e-mail a déjà été envoyé.</translation>
    </message>
    <message>
        <source>That email is no longer in the outbox.</source>
        <translation>Cet e-mail n&apos;est plus dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The storage no longer exists.</source>
        <translation>Le stockage n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The subscription no longer exists.</source>
        <translation>L&apos;abonnement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The security group no longer exists.</source>
        <translation>Le groupe de sécurité n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite pour Qt est absent&#xa0;; installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be opened.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database of this console.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données de cette console.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds other data and is not a database of this console.</source>
        <translation>«&#xa0;%1&#xa0;» contient d&apos;autres données et n&apos;est pas une base de données de cette console.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer version of the console (schema %2; this one knows %3). Update the console; nothing was changed.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a été écrite par une version plus récente de la console (schéma %2&#xa0;; celle-ci connaît %3). Mettez à jour la console&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The console is damaged: a schema migration is missing.</source>
        <translation>La console est endommagée&#xa0;: une migration de schéma manque.</translation>
    </message>
    <message>
        <source>That login is already taken.</source>
        <translation>Cet identifiant est déjà pris.</translation>
    </message>
    <message>
        <source>The database has a top group already.</source>
        <translation>La base de données a déjà un groupe racine.</translation>
    </message>
    <message>
        <source>A group with that name exists there already.</source>
        <translation>Un groupe portant ce nom y existe déjà.</translation>
    </message>
    <message>
        <source>The account is on a data-locked profile: it cannot be deleted, change profile or lose a license.</source>
        <translation>Le compte utilise un profil avec verrouillage des données&#xa0;: il ne peut pas être supprimé, changer de profil ni perdre une licence.</translation>
    </message>
    <message>
        <source>The audit log cannot be changed or shortened.</source>
        <translation>Le journal d&apos;audit ne peut être ni modifié ni raccourci.</translation>
    </message>
    <message>
        <source>That name is taken here already.</source>
        <translation>Ce nom est déjà pris ici.</translation>
    </message>
    <message>
        <source>Something it refers to was changed or removed meanwhile.</source>
        <translation>Un élément auquel il fait référence a été modifié ou supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The database refused a value that breaks one of its rules.</source>
        <translation>La base de données a refusé une valeur qui enfreint l&apos;une de ses règles.</translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change. Try again in a moment; nothing was lost.</source>
        <translation>La base de données est occupée par la modification d&apos;un autre programme. Réessayez dans un instant&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again; nothing was lost.</source>
        <translation>Le disque contenant la base de données est plein. Libérez de l&apos;espace et réessayez&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only). Nothing was changed.</source>
        <translation>Le fichier de base de données ne peut pas être écrit (il est en lecture seule). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database file could not be read or written. Check the disk and try again.</source>
        <translation>Le fichier de base de données n&apos;a pas pu être lu ou écrit. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The database file is damaged or not a database.</source>
        <translation>Le fichier de base de données est endommagé ou n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <source>The database could not do that. Details are in the console&apos;s log.</source>
        <translation>La base de données n&apos;a pas pu effectuer cette opération. Les détails se trouvent dans le journal de la console.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Le groupe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The %1 driver for Qt is missing; install the package %2.</source>
        <translation>Le pilote %1 pour Qt est absent&#xa0;; installez le paquet %2.</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>Le serveur %1 a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server; ask its administrator to create it.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;existe pas sur le serveur&#xa0;; demandez à son administrateur de la créer.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made: check the TLS mode and the root certificate.</source>
        <translation>Aucune connexion sécurisée (TLS) à %1 n&apos;a pu être établie&#xa0;: vérifiez le mode TLS et le certificat racine.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check the host name, the port and the network.</source>
        <translation>Le serveur de base de données %1 est injoignable. Vérifiez le nom d&apos;hôte, le port et le réseau.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was left as it was (schema %2); this console needs schema %3.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a été laissée telle quelle (schéma %2)&#xa0;; cette console a besoin du schéma %3.</translation>
    </message>
    <message>
        <source>A value is too long for the database.</source>
        <translation>Une valeur est trop longue pour la base de données.</translation>
    </message>
    <message>
        <source>The database server has no space left. Ask its administrator; nothing was lost.</source>
        <translation>Le serveur de base de données n&apos;a plus d&apos;espace libre. Adressez-vous à son administrateur&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The database server accepts no changes at the moment (read-only). Nothing was changed.</source>
        <translation>Le serveur de base de données n&apos;accepte aucune modification pour le moment (lecture seule). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your database user may not do that; ask the database&apos;s administrator.</source>
        <translation>Votre utilisateur de base de données n&apos;a pas le droit de faire cela&#xa0;; adressez-vous à l&apos;administrateur de la base de données.</translation>
    </message>
    <message>
        <source>The database server is unreachable. What you typed is kept; try again when it is back.</source>
        <translation>Le serveur de base de données est injoignable. Ce que vous avez saisi est conservé&#xa0;; réessayez quand il sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>On %1 an operator signs in with its own login, and none was given (the CLI&apos;s --operator or %2).</source>
        <translation>Sur %1, un opérateur se connecte avec son propre identifiant, et aucun n’a été donné (--operator de la CLI ou %2).</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; on %2 has ended. Sign out (File menu) and sign in again.</source>
        <translation>La connexion de « %1 » à %2 a pris fin. Déconnectez-vous (menu Fichier) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; needs an update (schema %2 to %3), which only its owner may make. Ask whoever holds the owner&apos;s credentials to open it once with this version of the console or the CLI; nothing was changed.</source>
        <translation>La base « %1 » doit être mise à jour (schéma %2 vers %3), ce que seul son propriétaire peut faire. Demandez à qui détient les identifiants du propriétaire de l’ouvrir une fois avec cette version de la console ou de la CLI ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>bc::DatabaseAddress</name>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names no file.</source>
        <translation>L&apos;adresse de base de données «&#xa0;%1&#xa0;» ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>The console cannot open &quot;%1&quot; databases; use a file path, postgresql:// or mariadb://.</source>
        <translation>La console ne peut pas ouvrir de bases «&#xa0;%1&#xa0;»&#xa0;; utilisez un chemin de fichier, postgresql:// ou mariadb://.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;adresse de base de données «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The database address must not contain a password. The console asks for it and keeps it in the system keychain; the CLI reads BACKUP_CONSOLE_DATABASE_PASSWORD.</source>
        <translation>L&apos;adresse de base de données ne doit pas contenir de mot de passe. La console le demande et le garde dans le trousseau du système&#xa0;; la CLI lit BACKUP_CONSOLE_DATABASE_PASSWORD.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; names no database (…/name at its end).</source>
        <translation>L&apos;adresse de base de données «&#xa0;%1&#xa0;» ne désigne aucune base (…/nom à la fin).</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>sslmode «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database address has an unknown option &quot;%1&quot;.</source>
        <translation>L&apos;adresse de base de données contient une option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 on %2:%3 (%4)</source>
        <translation>%1 sur %2:%3 (%4)</translation>
    </message>
    <message>
        <source>Unknown signin &quot;%1&quot;; the only one is &quot;operator&quot;.</source>
        <translation>signin « %1 » inconnu ; le seul possible est « operator ».</translation>
    </message>
    <message>
        <source>An address on which an operator signs in names no user: the operator&apos;s login is the user.</source>
        <translation>Une adresse où un opérateur se connecte ne nomme aucun utilisateur : l’identifiant de l’opérateur est l’utilisateur.</translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsDialog</name>
    <message>
        <source>Deleted Accounts</source>
        <translation>Comptes supprimés</translation>
    </message>
    <message>
        <source>A part of the login, name, email or group</source>
        <translation>Une partie de l’identifiant, du nom, de l’e-mail ou du groupe</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Reche&amp;rcher&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>After the number of days in &quot;Keep deleted accounts for [30] days&quot;.</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Keep deleted accounts for:</source>
        <translation>&amp;Conserver les comptes supprimés pendant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Bring the selected accounts back, with their groups, quotas, links and history</source>
        <translation>Récupérer les comptes sélectionnés, avec leurs groupes, quotas, liens et historique</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>Delete the selected accounts for good; they cannot be restored afterwards</source>
        <translation>Supprimer définitivement les comptes sélectionnés&#xa0;; ils ne pourront plus être restaurés</translation>
    </message>
    <message>
        <source>Restoring accounts…</source>
        <translation>Restauration des comptes…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s) permanently? They can no longer be restored.</source>
        <translation>
            <numerusform>Supprimer définitivement %n compte&#xa0;? Il ne pourra plus être restauré.</numerusform>
            <numerusform>Supprimer définitivement %n comptes&#xa0;? Ils ne pourront plus être restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account &quot;%1&quot; permanently? It can no longer be restored.</source>
        <translation>Supprimer définitivement le compte «&#xa0;%1&#xa0;»&#xa0;? Il ne pourra plus être restauré.</translation>
    </message>
    <message>
        <source>Delete accounts permanently</source>
        <translation>Supprimer définitivement des comptes</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Deleting accounts permanently…</source>
        <translation>Suppression définitive des comptes…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored.</source>
        <translation>
            <numerusform>%n compte restauré.</numerusform>
            <numerusform>%n comptes restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted permanently.</source>
        <translation>
            <numerusform>%n compte supprimé définitivement.</numerusform>
            <numerusform>%n comptes supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No deleted accounts are kept.</source>
        <translation>Aucun compte supprimé n’est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deleted account(s) match the search.</source>
        <translation>
            <numerusform>%1 sur %n compte supprimé correspondent à la recherche.</numerusform>
            <numerusform>%1 sur %n comptes supprimés correspondent à la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted account(s).</source>
        <translation>
            <numerusform>%n compte supprimé.</numerusform>
            <numerusform>%n comptes supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsLauncher</name>
    <message>
        <source>&amp;Deleted accounts…</source>
        <translation>Comptes &amp;supprimés…</translation>
    </message>
    <message>
        <source>The deleted accounts kept in the recycle bin: restore them, or delete them for good.</source>
        <translation>Les comptes supprimés conservés dans la corbeille&#xa0;: les restaurer, ou les supprimer définitivement.</translation>
    </message>
</context>
<context>
    <name>bc::DeletedAccountsModel</name>
    <message numerus="yes">
        <source>%1 (kept %n day(s) after it was deleted)</source>
        <extracomment>%1 the date and time; %2 the database&apos;s retention period in days.</extracomment>
        <translation>
            <numerusform>%1 (conservé %n jour après sa suppression)</numerusform>
            <numerusform>%1 (conservé %n jours après sa suppression)</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Supprimé définitivement le</translation>
    </message>
</context>
<context>
    <name>bc::DemoData</name>
    <message>
        <source>The demo data goes only into an empty database; this one has groups already.</source>
        <translation>Les données de démonstration ne vont que dans une base de données vide&#xa0;; celle-ci a déjà des groupes.</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Support</translation>
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
        <translation>Backup PAYG n° %1</translation>
    </message>
</context>
<context>
    <name>bc::DiscardGuard</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed in this window will be lost.</source>
        <translation>Ce que vous avez saisi dans cette fenêtre sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
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
        <translation>Adresse à ajouter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
</context>
<context>
    <name>bc::EmailSettingsDialog</name>
    <message>
        <source>Email Settings</source>
        <translation>Paramètres d&apos;e-mail</translation>
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
        <translation>TLS dès le début</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <source>Empty: no sign-in</source>
        <translation>Vide&#xa0;: pas d&apos;authentification</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Backup Desk &lt;backup@msp.example&gt;</source>
        <translation>Backup Desk &lt;backup@msp.example&gt;</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificates</source>
        <translation>Vide&#xa0;: les certificats du système</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
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
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, not in the database.</source>
        <translation>Conservé dans le trousseau de cet ordinateur, pas dans la base de données.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Activation &amp;link base:</source>
        <translation>Base des &amp;liens d&apos;activation&#xa0;:</translation>
    </message>
    <message>
        <source>Where backup-console-server answers; every activation link starts here.</source>
        <translation>Où backup-console-server répond&#xa0;; chaque lien d&apos;activation commence ici.</translation>
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
        <translation>Envoyer un e-mail de &amp;test</translation>
    </message>
    <message>
        <source>Send t&amp;o:</source>
        <translation>En&amp;voyer à&#xa0;:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Delivered to %1. Check that it arrived.</source>
        <translation>Remis à %1. Vérifiez qu&apos;il est bien arrivé.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>bc::EmailTemplates</name>
    <message>
        <source>Activate your backup account, {name}</source>
        <translation>Activez votre compte de sauvegarde, {name}</translation>
    </message>
    <message>
        <source>Hello {name},

{organization} has created a backup account for you with the login {login}.

Open this link to choose your password and activate the account:
{link}

The link works once and expires on {expiry}.

If you did not expect this message, you can ignore it.</source>
        <translation>Bonjour {name},

{organization} a créé pour vous un compte de sauvegarde avec l&apos;identifiant {login}.

Ouvrez ce lien pour choisir votre mot de passe et activer le compte&#xa0;:
{link}

Le lien ne fonctionne qu&apos;une fois et expire le {expiry}.

Si vous n&apos;attendiez pas ce message, vous pouvez l&apos;ignorer.</translation>
    </message>
</context>
<context>
    <name>bc::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>A few steps before the first accounts; each opens the dialog that does it.</source>
        <translation>Quelques étapes avant les premiers comptes&#xa0;; chacune ouvre la boîte de dialogue qui s&apos;en charge.</translation>
    </message>
    <message>
        <source>Add your first customer organization below your top group.</source>
        <translation>Ajoutez votre première organisation cliente sous votre groupe racine.</translation>
    </message>
    <message>
        <source>Add a &amp;customer…</source>
        <translation>Ajouter un &amp;client…</translation>
    </message>
    <message>
        <source>Add a storage: where the accounts&apos; backups go.</source>
        <translation>Ajoutez un stockage&#xa0;: là où vont les sauvegardes des comptes.</translation>
    </message>
    <message>
        <source>Add a &amp;storage…</source>
        <translation>Ajouter un &amp;stockage…</translation>
    </message>
    <message>
        <source>Add a profile: the quotas and settings new accounts start with.</source>
        <translation>Ajoutez un profil&#xa0;: les quotas et réglages avec lesquels démarrent les nouveaux comptes.</translation>
    </message>
    <message>
        <source>Add a &amp;profile…</source>
        <translation>Ajouter un &amp;profil…</translation>
    </message>
    <message>
        <source>Set up email, so that new accounts receive their activation links.</source>
        <translation>Configurez l&apos;e-mail, afin que les nouveaux comptes reçoivent leur lien d&apos;activation.</translation>
    </message>
    <message>
        <source>Set up e&amp;mail…</source>
        <translation>Configurer l&apos;e-&amp;mail…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>bc::GroupActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Pr&amp;ofils…</translation>
    </message>
    <message>
        <source>S&amp;torages…</source>
        <translation>S&amp;tockages…</translation>
    </message>
    <message>
        <source>Su&amp;bscriptions…</source>
        <translation>A&amp;bonnements…</translation>
    </message>
    <message>
        <source>Security gro&amp;ups…</source>
        <translation>Groupes de sécur&amp;ité…</translation>
    </message>
    <message>
        <source>Settings of &quot;%1&quot; saved.</source>
        <translation>Paramètres de «&#xa0;%1&#xa0;» enregistrés.</translation>
    </message>
    <message>
        <source>Contact details, services, digest recipients, defaults for new accounts and limits</source>
        <translation>Coordonnées, services, destinataires du résumé, valeurs par défaut des nouveaux comptes et limites</translation>
    </message>
</context>
<context>
    <name>bc::GroupActivationTab</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Links stay &amp;valid for:</source>
        <translation>Durée de &amp;validité des liens&#xa0;:</translation>
    </message>
    <message>
        <source>This group has its &amp;own activation email</source>
        <translation>Ce groupe a son &amp;propre e-mail d&apos;activation</translation>
    </message>
    <message>
        <source>Otherwise its accounts get the email of the group above it, or the default one.</source>
        <translation>Sinon, ses comptes reçoivent l&apos;e-mail du groupe parent, ou celui par défaut.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: %1. {link} is required.</source>
        <translation>Espaces réservés&#xa0;: %1. {link} est obligatoire.</translation>
    </message>
</context>
<context>
    <name>bc::GroupDefaults</name>
    <message>
        <source>Inherited: %1 from %2</source>
        <translation>Hérité&#xa0;: %1 de %2</translation>
    </message>
    <message>
        <source>Automatic: %1, the only subscription offered</source>
        <translation>Automatique&#xa0;: %1, le seul abonnement proposé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>bc::GroupNameDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>bc::GroupRules</name>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Saisissez un nom pour le groupe.</translation>
    </message>
    <message numerus="yes">
        <source>A group name can have at most %n characters.</source>
        <translation>
            <numerusform>Un nom de groupe peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un nom de groupe peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A group name cannot contain &quot;/&quot;; it separates groups in paths.</source>
        <translation>Un nom de groupe ne peut pas contenir «&#xa0;/&#xa0;»&#xa0;; il sépare les groupes dans les chemins.</translation>
    </message>
    <message>
        <source>A group name cannot contain line breaks or invisible characters.</source>
        <translation>Un nom de groupe ne peut pas contenir de saut de ligne ni de caractère invisible.</translation>
    </message>
</context>
<context>
    <name>bc::GroupService</name>
    <message>
        <source>The database has a top group already.</source>
        <translation>La base de données a déjà un groupe racine.</translation>
    </message>
    <message>
        <source>There is a group named &quot;%1&quot; here already; choose another name.</source>
        <translation>Il existe déjà ici un groupe nommé «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The top group cannot be deleted.</source>
        <translation>Le groupe racine ne peut pas être supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n account(s). Move or delete them first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n compte. Déplacez-le ou supprimez-le d&apos;abord.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n comptes. Déplacez-les ou supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n subgroup(s). Delete them first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n sous-groupe. Supprimez-le d&apos;abord.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n sous-groupes. Supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no group with the id %1.</source>
        <translation>Il n&apos;existe aucun groupe avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>Name a group by its id or its path from the top group.</source>
        <translation>Désignez un groupe par son id ou par son chemin depuis le groupe racine.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot;; a path starts with the top group&apos;s name.</source>
        <translation>Il n&apos;existe aucun groupe «&#xa0;%1&#xa0;»&#xa0;; un chemin commence par le nom du groupe racine.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Il n&apos;existe aucun groupe «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n deleted account(s) in the recycle bin (View → Deleted accounts). Restore or purge them first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n compte supprimé dans la corbeille (Affichage → Comptes supprimés). Restaurez-le ou supprimez-le définitivement d’abord.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a encore %n comptes supprimés dans la corbeille (Affichage → Comptes supprimés). Restaurez-les ou supprimez-les définitivement d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::GroupSettingsDialog</name>
    <message>
        <source>Back up new Microsoft 365 &amp;users automatically</source>
        <translation>Sauvegarder automatiquement les nouveaux &amp;utilisateurs Microsoft 365</translation>
    </message>
    <message>
        <source>Back up new &amp;OneDrive accounts automatically</source>
        <translation>Sauvegarder automatiquement les nouveaux comptes &amp;OneDrive</translation>
    </message>
    <message>
        <source>Back up new &amp;SharePoint sites automatically</source>
        <translation>Sauvegarder automatiquement les nouveaux sites &amp;SharePoint</translation>
    </message>
    <message>
        <source>Back up new &amp;Teams automatically</source>
        <translation>Sauvegarder automatiquement les nouvelles équipes &amp;Teams</translation>
    </message>
    <message>
        <source>Settings of &quot;%1&quot;</source>
        <translation>Paramètres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Se&amp;rvices</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Your own identifier for this customer, e.g. from your billing system.</source>
        <translation>Votre propre identifiant pour ce client, p. ex. celui de votre système de facturation.</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0958</source>
        <translation>p. ex. +44 20 7946 0958</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Société&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Services to back up</source>
        <translation>Services à sauvegarder</translation>
    </message>
    <message>
        <source>New Microsoft 365 users and sites</source>
        <translation>Nouveaux utilisateurs et sites Microsoft 365</translation>
    </message>
    <message>
        <source>Summary digest &amp;recipients:</source>
        <translation>&amp;Destinataires du résumé&#xa0;:</translation>
    </message>
    <message>
        <source>They receive a regular email about the health of this organization&apos;s backups.</source>
        <translation>Ils reçoivent régulièrement un e-mail sur l&apos;état des sauvegardes de cette organisation.</translation>
    </message>
    <message>
        <source>&amp;Default storage:</source>
        <translation>Stockage par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Limits for the accounts of this group</source>
        <translation>Limites pour les comptes de ce groupe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch the service on to back up its new users automatically.</source>
        <translation>Activez le service pour sauvegarder automatiquement ses nouveaux utilisateurs.</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>&amp;Activation</translation>
    </message>
    <message>
        <source>Defaults and &amp;limits</source>
        <translation>Valeurs par défaut et &amp;limites</translation>
    </message>
    <message>
        <source>Default &amp;profile:</source>
        <translation>&amp;Profil par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>New accounts start with its quotas and settings; they can still choose another.</source>
        <translation>Les nouveaux comptes reprennent ses quotas et ses réglages&#xa0;; un autre reste possible.</translation>
    </message>
    <message>
        <source>Default &amp;subscription:</source>
        <translation>Abonnement par déf&amp;aut&#xa0;:</translation>
    </message>
    <message>
        <source>New accounts start licensed by it.</source>
        <translation>Les nouveaux comptes démarrent sous licence de cet abonnement.</translation>
    </message>
    <message>
        <source>%1 (data lock)</source>
        <translation>%1 (verrouillage des données)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Operators in this group and below must use t&amp;wo-step sign-in</source>
        <translation>Les opérateurs de ce groupe et des groupes inférieurs doivent utiliser la connexion en &amp;deux étapes</translation>
    </message>
    <message>
        <source>Its operators must use it already: %1</source>
        <translation>Ses opérateurs doivent déjà l’utiliser&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::GroupTreeModel</name>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n compte</numerusform>
            <numerusform>%1&#xa0;: %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>bc::IdentityText</name>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>P&amp;rénom&#xa0;:</translation>
    </message>
    <message>
        <source>Las&amp;t name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Administrator privileges</source>
        <translation>Privilèges d&apos;&amp;administrateur</translation>
    </message>
    <message>
        <source>An administrator can manage the accounts and groups of this organization, and must give a telephone number and a postal address.</source>
        <translation>Un administrateur peut gérer les comptes et les groupes de cette organisation, et doit indiquer un numéro de téléphone et une adresse postale.</translation>
    </message>
    <message>
        <source>Agent auto &amp;update</source>
        <translation>Mise à jour automatique de l&apos;a&amp;gent</translation>
    </message>
    <message>
        <source>When off, agents registered under this account are not updated to new versions automatically.</source>
        <translation>Si désactivé, les agents enregistrés sous ce compte ne sont pas mis à jour automatiquement vers les nouvelles versions.</translation>
    </message>
</context>
<context>
    <name>bc::ImportColumnsPage</name>
    <message>
        <source>a file in this console&apos;s own columns, or a spreadsheet</source>
        <translation>un fichier avec les colonnes de cette console, ou un tableur</translation>
    </message>
    <message>
        <source>a user export of the Microsoft 365 admin center</source>
        <translation>un export des utilisateurs du centre d&apos;administration Microsoft 365</translation>
    </message>
    <message>
        <source>a user download of the Google Workspace admin console</source>
        <translation>un téléchargement des utilisateurs de la console d&apos;administration Google Workspace</translation>
    </message>
    <message>
        <source>File and Columns</source>
        <translation>Fichier et colonnes</translation>
    </message>
    <message>
        <source>Choose a CSV file of users. Each account goes into %1, or into the group below it that its &quot;group&quot; column names. Nothing is written before you have seen the check.</source>
        <extracomment>%1 the group the accounts go into.</extracomment>
        <translation>Choisissez un fichier CSV d&apos;utilisateurs. Chaque compte va dans %1, ou dans le groupe en dessous que nomme sa colonne «&#xa0;group&#xa0;». Rien n&apos;est écrit avant que vous ayez vu la vérification.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Chemin d&apos;un fichier .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember my choices for files of this kind</source>
        <translation>&amp;Mémoriser mes choix pour les fichiers de ce type</translation>
    </message>
    <message>
        <source>&amp;Use the columns as the file names them</source>
        <translation>&amp;Utiliser les colonnes telles que le fichier les nomme</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header naming its columns.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>First record: %1</source>
        <extracomment>%1 the value of a column in the file&apos;s first record.</extracomment>
        <translation>Premier enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message numerus="yes">
        <source>This looks like %1, with %n column(s). Choose what each column gives an account:</source>
        <extracomment>%1 the kind of file (&quot;a user export of the Microsoft 365 admin center&quot;), %2 how many columns it has.</extracomment>
        <translation>
            <numerusform>Cela ressemble à %1, avec %n colonne. Choisissez ce que chaque colonne donne à un compte&#xa0;:</numerusform>
            <numerusform>Cela ressemble à %1, avec %n colonnes. Choisissez ce que chaque colonne donne à un compte&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No column gives the login: choose one for &quot;Login&quot;.</source>
        <translation>Aucune colonne ne donne l&apos;identifiant&#xa0;: choisissez-en une pour «&#xa0;Identifiant&#xa0;».</translation>
    </message>
</context>
<context>
    <name>bc::ImportLauncher</name>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>&amp;Importer des comptes…</translation>
    </message>
    <message>
        <source>Create and update the accounts of a CSV file of users in the selected group, after a check that shows what it would do.</source>
        <translation>Créer et modifier les comptes d&apos;un fichier CSV d&apos;utilisateurs dans le groupe sélectionné, après une vérification qui montre ce qui se passerait.</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Select the group to import into in the tree first.</source>
        <translation>Sélectionnez d&apos;abord dans l&apos;arborescence le groupe dans lequel importer.</translation>
    </message>
</context>
<context>
    <name>bc::ImportPlan</name>
    <message>
        <source>This is not a plan that &quot;account import --dry-run --plan&quot; wrote. Run the dry run again to write one.</source>
        <translation>Ce n&apos;est pas un plan écrit par «&#xa0;account import --dry-run --plan&#xa0;». Relancez l&apos;essai à blanc pour en écrire un.</translation>
    </message>
    <message>
        <source>This plan was written by another version of the console. Run the dry run again to write one.</source>
        <translation>Ce plan a été écrit par une autre version de la console. Relancez l&apos;essai à blanc pour en écrire un.</translation>
    </message>
    <message>
        <source>The file changed since the dry run that wrote this plan, so nothing was imported. Run the dry run again.</source>
        <translation>Le fichier a changé depuis l&apos;essai à blanc qui a écrit ce plan&#xa0;: rien n&apos;a été importé. Relancez l&apos;essai à blanc.</translation>
    </message>
    <message>
        <source>The plan was checked for another group. Import into that group, or run the dry run again.</source>
        <translation>Le plan a été vérifié pour un autre groupe. Importez dans ce groupe ou relancez l&apos;essai à blanc.</translation>
    </message>
</context>
<context>
    <name>bc::ImportRecordModel</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Send activation email</source>
        <translation>Envoyer l&apos;e-mail d&apos;activation</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A field an import changes: %1 its name, %2 the old value, %3 the new one.</extracomment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>The number of a record (line) in the file.</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>L&apos;importation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>bc::ImportRunPage</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file changed since the check, so nothing was imported. Close this window and import the file again to check it anew.</source>
        <translation>Le fichier a changé depuis la vérification, rien n&apos;a donc été importé. Fermez cette fenêtre et importez à nouveau le fichier pour le vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What the import would do with each record. Nothing is written yet.</source>
        <translation>Ce que l&apos;importation ferait de chaque enregistrement. Rien n&apos;est encore écrit.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The import does what the check showed. A record whose account someone changed since is a conflict and is left as it is.</source>
        <translation>L&apos;importation fait ce que la vérification a montré. Un enregistrement dont quelqu&apos;un a modifié le compte depuis est un conflit et reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop after the records under way; those are done whole.</source>
        <translation>Arrêter après les enregistrements en cours, qui sont traités entièrement.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Search logins and details</source>
        <translation>Rechercher dans les identifiants et les détails</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;errors as CSV…</source>
        <translation>Enregistrer les &amp;erreurs en CSV…</translation>
    </message>
    <message>
        <source>The records that are not imported, with a column saying why: fix them and import the file as it is.</source>
        <translation>Les enregistrements qui ne sont pas importés, avec une colonne qui dit pourquoi&#xa0;: corrigez-les et importez le fichier tel quel.</translation>
    </message>
    <message>
        <source>Save Errors</source>
        <translation>Enregistrer les erreurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking every record of the file…</source>
        <translation>Vérification de chaque enregistrement du fichier…</translation>
    </message>
    <message>
        <source>Importing the records the check showed…</source>
        <translation>Importation des enregistrements que la vérification a montrés…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <extracomment>%1 what went wrong, in plain words.</extracomment>
        <translation>Le fichier n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import stopped: %1 The records before it are imported whole; importing the file again goes on with the rest.</source>
        <translation>L&apos;importation s&apos;est interrompue&#xa0;: %1 Les enregistrements précédents sont importés entièrement&#xa0;; importer à nouveau le fichier continue avec le reste.</translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n record(s). Go Back and Next to check the whole file.</source>
        <translation>
            <numerusform>La vérification a été arrêtée après %n enregistrement. Faites Précédent puis Suivant pour vérifier tout le fichier.</numerusform>
            <numerusform>La vérification a été arrêtée après %n enregistrements. Faites Précédent puis Suivant pour vérifier tout le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked. Nothing is written yet: Import does what the table shows.</source>
        <translation>Vérifié. Rien n&apos;est encore écrit&#xa0;: Importer fait ce que montre le tableau.</translation>
    </message>
    <message>
        <source>Checked. There is nothing to import: every record is unchanged or has an error.</source>
        <translation>Vérifié. Il n&apos;y a rien à importer&#xa0;: chaque enregistrement est inchangé ou comporte une erreur.</translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped after %n record(s). Those are imported whole; importing the file again goes on with the rest.</source>
        <translation>
            <numerusform>L&apos;importation a été arrêtée après %n enregistrement. Celui-ci est importé entièrement&#xa0;; importer à nouveau le fichier continue avec le reste.</numerusform>
            <numerusform>L&apos;importation a été arrêtée après %n enregistrements. Ceux-ci sont importés entièrement&#xa0;; importer à nouveau le fichier continue avec le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>L&apos;importation est terminée.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <extracomment>%1 the names of the file&apos;s columns that the import does not read.</extracomment>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à modifier</numerusform>
            <numerusform>%n à modifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to disable</source>
        <translation>
            <numerusform>%n à désactiver</numerusform>
            <numerusform>%n à désactiver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n désactivé</numerusform>
            <numerusform>%n désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n à supprimer</numerusform>
            <numerusform>%n à supprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n avec erreur</numerusform>
            <numerusform>%n avec erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message numerus="yes">
        <source>The import deletes %n account(s), with their backups.</source>
        <translation>
            <numerusform>L&apos;importation supprime %n compte, avec ses sauvegardes.</numerusform>
            <numerusform>L&apos;importation supprime %n comptes, avec leurs sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the table by &quot;%1&quot; to see which.</source>
        <translation>Filtrez le tableau par «&#xa0;%1&#xa0;» pour voir lesquels.</translation>
    </message>
    <message>
        <source>Import and &amp;Delete</source>
        <translation>Importer et &amp;supprimer</translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>The errors could not be saved to &quot;%1&quot;: %2</source>
        <translation>Les erreurs n&apos;ont pas pu être enregistrées dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::ImportWizard</name>
    <message>
        <source>Import Accounts into %1</source>
        <extracomment>%1 the group the accounts go into.</extracomment>
        <translation>Importer des comptes dans %1</translation>
    </message>
</context>
<context>
    <name>bc::IntegrityCheck</name>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite pour Qt est absent&#xa0;; installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; could not be read.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is damaged: parts of it cannot be read. The console does not open it, so that nothing is written on top of the damage.

Restore the file from a backup. To rescue what is still readable into a new file, run:
    sqlite3 &quot;%1&quot; .recover | sqlite3 &quot;%2&quot;</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» est endommagé&#xa0;: certaines parties ne peuvent pas être lues. La console ne l&apos;ouvre pas, afin que rien ne soit écrit par-dessus les dégâts.

Restaurez le fichier depuis une sauvegarde. Pour récupérer ce qui est encore lisible dans un nouveau fichier, exécutez&#xa0;:
    sqlite3 &quot;%1&quot; .recover | sqlite3 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>bc::KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access; type the password. It is kept only until the console closes.</source>
        <translation>Le trousseau du système a refusé l&apos;accès&#xa0;; saisissez le mot de passe. Il n&apos;est gardé que jusqu&apos;à la fermeture de la console.</translation>
    </message>
    <message>
        <source>No system keychain is available; type the password. It is kept only until the console closes.</source>
        <translation>Aucun trousseau du système n&apos;est disponible&#xa0;; saisissez le mot de passe. Il n&apos;est gardé que jusqu&apos;à la fermeture de la console.</translation>
    </message>
    <message>
        <source>The system keychain refused to store the password.</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer le mot de passe.</translation>
    </message>
    <message>
        <source>No system keychain is available to remember the password.</source>
        <translation>Aucun trousseau du système n&apos;est disponible pour garder le mot de passe.</translation>
    </message>
</context>
<context>
    <name>bc::LoginField</name>
    <message>
        <source>Could not check whether this login is free: %1</source>
        <translation>Impossible de vérifier si cet identifiant est libre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>Utiliser «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Checking whether this login is free…</source>
        <translation>Vérification de la disponibilité de cet identifiant…</translation>
    </message>
</context>
<context>
    <name>bc::MailSender</name>
    <message>
        <source>The mail server could not be reached (%1).</source>
        <translation>Le serveur de messagerie est injoignable (%1).</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>Le serveur de messagerie n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Le serveur de messagerie a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server failed (%1).</source>
        <translation>La connexion sécurisée au serveur de messagerie a échoué (%1).</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off (%1).</source>
        <translation>La connexion au serveur de messagerie a été interrompue (%1).</translation>
    </message>
    <message>
        <source>The mail server did not accept the message (%1).</source>
        <translation>Le serveur de messagerie n&apos;a pas accepté le message (%1).</translation>
    </message>
    <message>
        <source>The mail library could not be started.</source>
        <translation>La bibliothèque de messagerie n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Set up the mail server first (Settings → Email).</source>
        <translation>Configurez d&apos;abord le serveur de messagerie (Paramètres → E-mail).</translation>
    </message>
</context>
<context>
    <name>bc::MailSetupBanner</name>
    <message>
        <source>No mail server is set up: activation emails wait in the outbox and are not sent.</source>
        <translation>Aucun serveur de messagerie n’est configuré&#xa0;: les e-mails d’activation attendent dans la boîte d’envoi et ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>Set up &amp;email…</source>
        <translation>Configurer l’&amp;e-mail…</translation>
    </message>
</context>
<context>
    <name>bc::MainWindow</name>
    <message>
        <source>The account list could not be read</source>
        <translation>La liste des comptes n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>The groups could not be read</source>
        <translation>Les groupes n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Add an account to the selected group (%1)</source>
        <translation>Ajouter un compte au groupe sélectionné (%1)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>Ajouter un &amp;groupe…</translation>
    </message>
    <message>
        <source>&amp;Rename group…</source>
        <translation>&amp;Renommer le groupe…</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>Supprimer le gro&amp;upe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Delete this group</source>
        <translation>Supprimer ce groupe</translation>
    </message>
    <message>
        <source>A group can be deleted once it has no accounts and no subgroups</source>
        <translation>Un groupe peut être supprimé dès qu&apos;il n&apos;a plus de comptes ni de sous-groupes</translation>
    </message>
    <message>
        <source>Delete the selected accounts</source>
        <translation>Supprimer les comptes sélectionnés</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; created; it is inactive until the user activates it.</source>
        <translation>Compte «&#xa0;%1&#xa0;» créé&#xa0;; il reste inactif jusqu&apos;à ce que l&apos;utilisateur l&apos;active.</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>&amp;Name of the new group in &quot;%1&quot;:</source>
        <translation>&amp;Nom du nouveau groupe dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; added.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>&amp;New name for &quot;%1&quot;:</source>
        <translation>&amp;Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; renamed to &quot;%2&quot;.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;?</source>
        <translation>Supprimer le groupe «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The group was not deleted</source>
        <translation>Le groupe n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; deleted.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>Se &amp;connecter à une base de données…</translation>
    </message>
    <message>
        <source>Open another database: a file or a PostgreSQL or MariaDB server.</source>
        <translation>Ouvrir une autre base de données&#xa0;: un fichier ou un serveur PostgreSQL ou MariaDB.</translation>
    </message>
    <message>
        <source>&amp;Go to anything…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <source>&amp;Search accounts</source>
        <translation>&amp;Rechercher des comptes</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Read the groups and the accounts again from the database.</source>
        <translation>Relire les groupes et les comptes depuis la base de données.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Rechargé.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) selected</source>
        <translation>
            <numerusform>%n compte sélectionné</numerusform>
            <numerusform>%n comptes sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server answers again.</source>
        <translation>Le serveur de base de données répond de nouveau.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Close this operator&apos;s work and sign in again, as the same or another operator.</source>
        <translation>Fermer le travail de cet opérateur et se reconnecter, en tant que le même ou un autre opérateur.</translation>
    </message>
    <message>
        <source>Signed in as %1 in %2</source>
        <translation>Connecté en tant que %1 dans %2</translation>
    </message>
    <message>
        <source>Not signed in, no operators yet — %1</source>
        <translation>Non connecté, pas encore d’opérateurs — %1</translation>
    </message>
    <message>
        <source>Not signed in: this database has no operators yet</source>
        <translation>Non connecté&#xa0;: cette base de données n’a pas encore d’opérateurs</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
</context>
<context>
    <name>bc::MfaAction</name>
    <message>
        <source>Enrol the operator in two-step sign-in (a code from an authenticator app), or reset it</source>
        <translation>Inscrire l’opérateur à la connexion en deux étapes (un code d’une application d’authentification), ou la réinitialiser</translation>
    </message>
    <message>
        <source>T&amp;wo-step sign-in…</source>
        <translation>C&amp;onnexion en deux étapes…</translation>
    </message>
    <message>
        <source>Select one operator&apos;s account: %1</source>
        <translation>Sélectionnez le compte d’un opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator: only an account with the administrator switch or a security group signs in to the console.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un opérateur&#xa0;: seul un compte avec l’option administrateur ou un groupe de sécurité se connecte à la console.</translation>
    </message>
</context>
<context>
    <name>bc::MfaDialog</name>
    <message>
        <source>Two-step sign-in of &quot;%1&quot;</source>
        <translation>Connexion en deux étapes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Make a new secret and recovery codes; from then on a code from the authenticator app is needed to sign in</source>
        <translation>Créer un nouveau secret et des codes de récupération&#xa0;; ensuite, un code de l’application d’authentification est nécessaire pour se connecter</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Réinitialiser…</translation>
    </message>
    <message>
        <source>Forget the secret and the recovery codes, for a lost phone</source>
        <translation>Oublier le secret et les codes de récupération, pour un téléphone perdu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator: only an account with the administrator switch or a security group signs in to the console.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un opérateur&#xa0;: seul un compte avec l’option administrateur ou un groupe de sécurité se connecte à la console.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enrolled: it signs in with its password and a code from its authenticator app, or one of its recovery codes.</source>
        <translation>«&#xa0;%1&#xa0;» est inscrit&#xa0;: il se connecte avec son mot de passe et un code de son application d’authentification, ou l’un de ses codes de récupération.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enrolled: it signs in with its password alone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas inscrit&#xa0;: il se connecte avec son seul mot de passe.</translation>
    </message>
    <message>
        <source>It must use two-step sign-in: %1</source>
        <extracomment>%1: why, in core&apos;s words (&quot;the group &quot;Acme MSP&quot; requires it for its operators …&quot;).</extracomment>
        <translation>Il doit utiliser la connexion en deux étapes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two-step sign-in is optional for it.</source>
        <translation>La connexion en deux étapes est facultative pour lui.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enrolled in two-step sign-in.</source>
        <translation>«&#xa0;%1&#xa0;» est inscrit à la connexion en deux étapes.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in</source>
        <translation>Réinitialiser la connexion en deux étapes</translation>
    </message>
    <message>
        <source>Reset the two-step sign-in of &quot;%1&quot;?</source>
        <translation>Réinitialiser la connexion en deux étapes de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its authenticator app and its recovery codes stop working at once. It signs in with its password alone until it is enrolled again.</source>
        <translation>Son application d’authentification et ses codes de récupération cessent aussitôt de fonctionner. Il se connecte avec son seul mot de passe jusqu’à ce qu’il soit de nouveau inscrit.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Réinitialisation…</translation>
    </message>
    <message>
        <source>The two-step sign-in of &quot;%1&quot; is reset.</source>
        <translation>La connexion en deux étapes de «&#xa0;%1&#xa0;» est réinitialisée.</translation>
    </message>
    <message>
        <source>Close without the recovery codes</source>
        <translation>Fermer sans les codes de récupération</translation>
    </message>
    <message>
        <source>Close without copying or saving the recovery codes?</source>
        <translation>Fermer sans copier ni enregistrer les codes de récupération&#xa0;?</translation>
    </message>
    <message>
        <source>They are shown only once. Without them, &quot;%1&quot; cannot sign in when its phone is lost, until an operator resets its two-step sign-in.</source>
        <translation>Ils ne sont affichés qu’une fois. Sans eux, «&#xa0;%1&#xa0;» ne peut pas se connecter si son téléphone est perdu, jusqu’à ce qu’un opérateur réinitialise sa connexion en deux étapes.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Keep them open</source>
        <translation>&amp;Les garder ouverts</translation>
    </message>
</context>
<context>
    <name>bc::MfaEnrolmentView</name>
    <message>
        <source>Scan the code with an authenticator app, or type the secret into it:</source>
        <translation>Scannez le code avec une application d’authentification, ou saisissez-y le secret&#xa0;:</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>Secre&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the secret, without spaces</source>
        <translation>Copier le secret, sans espaces</translation>
    </message>
    <message>
        <source>Recovery c&amp;odes:</source>
        <translation>C&amp;odes de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Copy co&amp;des</source>
        <translation>Copier les co&amp;des</translation>
    </message>
    <message>
        <source>Sa&amp;ve codes…</source>
        <translation>&amp;Enregistrer les codes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown only once.&lt;/b&gt; Keep the recovery codes somewhere safe, away from the phone: each signs in once in place of a code from the app. Nothing shows them again.</source>
        <translation>&lt;b&gt;Affichés une seule fois.&lt;/b&gt; Gardez les codes de récupération en lieu sûr, loin du téléphone&#xa0;: chacun permet une connexion à la place d’un code de l’application. Rien ne les affichera de nouveau.</translation>
    </message>
    <message>
        <source>Recovery codes of &quot;%1&quot; for the Backup Account Console; each signs in once.</source>
        <extracomment>The first line of the saved recovery codes. %1: the operator&apos;s login.</extracomment>
        <translation>Codes de récupération de «&#xa0;%1&#xa0;» pour la Backup Account Console&#xa0;; chacun permet une connexion.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Enregistrer les codes de récupération</translation>
    </message>
    <message>
        <source>recovery-codes-%1.txt</source>
        <translation>codes-de-recuperation-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved in &quot;%1&quot;.</source>
        <translation>Enregistrés dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in &quot;%1&quot;: %2. Choose another folder, or copy them.</source>
        <translation>Les codes de récupération n’ont pas pu être enregistrés dans «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un autre dossier, ou copiez-les.</translation>
    </message>
</context>
<context>
    <name>bc::MigrationQuestion</name>
    <message>
        <source>Update the Database?</source>
        <translation>Mettre à jour la base de données&#xa0;?</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was last used by an older version of the console. To open it, this console has to update its layout from version %2 to version %3, in one step.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a été utilisée en dernier par une version plus ancienne de la console. Pour l&apos;ouvrir, cette console doit mettre à jour sa structure de la version %2 à la version %3, en une seule étape.</translation>
    </message>
    <message>
        <source>After the update, every other console that uses this database must be updated to this version too; older consoles can no longer open it.

If you do not update, nothing in the database changes and it is not opened.</source>
        <translation>Après la mise à jour, toutes les autres consoles qui utilisent cette base de données doivent aussi être mises à jour vers cette version&#xa0;; les consoles plus anciennes ne peuvent plus l&apos;ouvrir.

Si vous ne mettez pas à jour, rien ne change dans la base de données et elle n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>&amp;Update Database</source>
        <translation>&amp;Mettre à jour la base</translation>
    </message>
    <message>
        <source>&amp;Do Not Update</source>
        <translation>&amp;Ne pas mettre à jour</translation>
    </message>
</context>
<context>
    <name>bc::OperatorSignIn</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The code is wrong. Enter the six digits your authenticator app shows now, or an unused recovery code.</source>
        <translation>Le code est incorrect. Saisissez les six chiffres que votre application d&apos;authentification affiche maintenant, ou un code de récupération inutilisé.</translation>
    </message>
    <message>
        <source>This code was used already. Wait until your authenticator app shows the next one.</source>
        <translation>Ce code a déjà été utilisé. Attendez que votre application d&apos;authentification affiche le suivant.</translation>
    </message>
    <message>
        <source>No account has the login &quot;%1&quot;.</source>
        <translation>Aucun compte n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator: only an account with the administrator switch or a security group may sign in to the console.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un opérateur&#xa0;: seul un compte avec l&apos;option administrateur ou un groupe de sécurité peut se connecter à la console.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. An administrator can enable it again.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé. Un administrateur peut le réactiver.</translation>
    </message>
    <message>
        <source>Enter the six-digit code your authenticator app shows, or a recovery code.</source>
        <translation>Saisissez le code à six chiffres affiché par votre application d&apos;authentification, ou un code de récupération.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enrolled already. Reset its multi-factor authentication first to enrol it again.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà inscrit. Réinitialisez d&apos;abord son authentification multifacteur pour l&apos;inscrire à nouveau.</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; requires it for its operators and those of the groups below it.</source>
        <translation>le groupe «&#xa0;%1&#xa0;» l&apos;exige de ses opérateurs et de ceux des groupes en dessous.</translation>
    </message>
    <message>
        <source>the top group&apos;s operators need it once any operator is enrolled.</source>
        <translation>les opérateurs du groupe de tête en ont besoin dès qu&apos;un opérateur est inscrit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs multi-factor authentication to sign in and is not enrolled: %2 To get enrolled, ask an operator who manages operators there to run &quot;operator mfa enroll %1&quot; and to hand over the QR code or URI it shows.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin de l&apos;authentification multifacteur pour se connecter et n&apos;est pas inscrit&#xa0;: %2 Pour être inscrit, demandez à un opérateur qui y gère les opérateurs d&apos;exécuter «&#xa0;operator mfa enroll %1&#xa0;» et de vous remettre le code QR ou l&apos;URI affiché.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works in an organization below the top group, and this database is on MariaDB, which cannot keep an operator inside its organization: only operators of the top group sign in here. To give an organization operators of its own, keep the database on PostgreSQL.</source>
        <translation>«&#xa0;%1&#xa0;» travaille dans une organisation sous le groupe racine, et cette base de données est sur MariaDB, qui ne peut pas restreindre un opérateur à son organisation&#xa0;: seuls les opérateurs du groupe racine se connectent ici. Pour donner à une organisation ses propres opérateurs, gardez la base de données sur PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs multi-factor authentication to sign in and is not enrolled. To get enrolled, ask an operator who manages operators there to run &quot;operator mfa enroll %1&quot; and to hand over the QR code or URI it shows.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin de l&apos;authentification multifacteur pour se connecter et n&apos;est pas inscrit. Pour être inscrit, demandez à un opérateur qui y gère les opérateurs d&apos;exécuter «&#xa0;operator mfa enroll %1&#xa0;» et de vous remettre le code QR ou l&apos;URI affiché.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordDialog</name>
    <message>
        <source>Database Password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>&amp;Garder dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter your password for %1.</source>
        <translation>Saisissez votre mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Enter the password of the user &quot;%1&quot; for %2.</source>
        <translation>Saisissez le mot de passe de l&apos;utilisateur «&#xa0;%1&#xa0;» pour %2.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordField</name>
    <message>
        <source>Optional. Leave empty and the user chooses a password from the activation email.</source>
        <translation>Facultatif. Laissez vide et l&apos;utilisateur choisira un mot de passe depuis l&apos;e-mail d&apos;activation.</translation>
    </message>
    <message numerus="yes">
        <source>Optional, at least %n characters</source>
        <translation>
            <numerusform>Facultatif, au moins %n caractère</numerusform>
            <numerusform>Facultatif, au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>Show the password as plain text</source>
        <translation>Afficher le mot de passe en clair</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Meets the password policy. Only a secure hash of it is stored.</source>
        <translation>Conforme à la politique de mots de passe. Seule une empreinte sécurisée en est stockée.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordHasher</name>
    <message>
        <source>The password could not be protected (libsodium failed).</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (échec de libsodium).</translation>
    </message>
    <message>
        <source>The password could not be protected: not enough memory. Try again.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé&#xa0;: mémoire insuffisante. Réessayez.</translation>
    </message>
</context>
<context>
    <name>bc::PasswordPolicy</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Un mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation>Le mot de passe ne peut pas être l&apos;identifiant.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones and is tried first by attackers; choose another.</source>
        <translation>Ce mot de passe fait partie des plus courants et les attaquants l&apos;essaient en premier&#xa0;; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>bc::PortRules</name>
    <message>
        <source>Enter a port from 1 to 65535.</source>
        <translation>Saisissez un port de 1 à 65535.</translation>
    </message>
</context>
<context>
    <name>bc::ProfileForm</name>
    <message>
        <source>&amp;Data lock: accounts on this profile cannot be deleted or change profile</source>
        <translation>Verrouillage des &amp;données&#xa0;: les comptes de ce profil ne peuvent pas être supprimés ni changer de profil</translation>
    </message>
    <message>
        <source>&amp;Backup locations:</source>
        <translation>&amp;Emplacements de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otifications:</source>
        <translation>No&amp;tifications&#xa0;:</translation>
    </message>
    <message>
        <source>Quotas of the accounts on this profile</source>
        <translation>Quotas des comptes de ce profil</translation>
    </message>
</context>
<context>
    <name>bc::ProfileInheritance</name>
    <message>
        <source>%1, overage %2</source>
        <translation>%1, dépassement %2</translation>
    </message>
</context>
<context>
    <name>bc::ProfileValueIndicator</name>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset %1 to the profile&apos;s value</source>
        <translation>Remettre %1 à la valeur du profil</translation>
    </message>
    <message>
        <source>From profile</source>
        <translation>Du profil</translation>
    </message>
    <message>
        <source>The profile&apos;s value; it follows when the profile changes.</source>
        <translation>La valeur du profil&#xa0;; elle suit les changements du profil.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Set for this account; profile changes no longer touch it. The profile has %1.</source>
        <translation>Défini pour ce compte&#xa0;; les changements du profil ne le touchent plus. Le profil a %1.</translation>
    </message>
    <message>
        <source>Use the profile&apos;s value again: %1</source>
        <translation>Utiliser à nouveau la valeur du profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>A QR code of: %1</source>
        <translation>Un code QR de&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::QuotaRow</name>
    <message>
        <source>Physical &amp;workstations:</source>
        <translation>Postes de travail ph&amp;ysiques&#xa0;:</translation>
    </message>
    <message>
        <source>Physical &amp;servers:</source>
        <translation>Serveurs p&amp;hysiques&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Virtual machines:</source>
        <translation>Machines &amp;virtuelles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mobile devices:</source>
        <translation>Appareils mo&amp;biles&#xa0;:</translation>
    </message>
    <message>
        <source>Microsoft &amp;365 mailboxes:</source>
        <translation>Boîtes aux lettres Microsoft &amp;365&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;torage quota:</source>
        <translation>&amp;Quota de stockage&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 500 GB</source>
        <translation>p. ex. 500 GB</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>p. ex. 10</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>Limite de %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 illimité</translation>
    </message>
    <message>
        <source>Overage:</source>
        <translation>Dépassement&#xa0;:</translation>
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
        <translation>Dépassement de %1</translation>
    </message>
    <message>
        <source>How far usage may pass the limit before backups fail.</source>
        <translation>De combien l&apos;utilisation peut excéder la limite avant que les sauvegardes échouent.</translation>
    </message>
    <message>
        <source>This group caps %1.</source>
        <translation>Ce groupe plafonne %1.</translation>
    </message>
    <message>
        <source>At most %1 in this group.</source>
        <translation>Au plus %1 dans ce groupe.</translation>
    </message>
    <message>
        <source>An overage applies once a limit is set.</source>
        <translation>Un dépassement ne s&apos;applique qu&apos;une fois une limite fixée.</translation>
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
        <translation>Postes de travail physiques</translation>
    </message>
    <message>
        <source>Physical servers</source>
        <translation>Serveurs physiques</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Machines virtuelles</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Appareils mobiles</translation>
    </message>
    <message>
        <source>Microsoft 365 mailboxes</source>
        <translation>Boîtes aux lettres Microsoft 365</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>Saisissez un nombre supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>Enter a whole number, or choose Unlimited.</source>
        <translation>Saisissez un nombre entier, ou choisissez Illimité.</translation>
    </message>
    <message>
        <source>Enter a whole number (0 for no overage).</source>
        <translation>Saisissez un nombre entier (0 pour aucun dépassement).</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
</context>
<context>
    <name>bc::QuotasEditor</name>
    <message>
        <source>Physical &amp;workstations:</source>
        <translation>Postes de travail ph&amp;ysiques&#xa0;:</translation>
    </message>
    <message>
        <source>Physical ser&amp;vers:</source>
        <translation>&amp;Serveurs physiques&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Virtual machines:</source>
        <translation>Machines &amp;virtuelles&#xa0;:</translation>
    </message>
    <message>
        <source>Mo&amp;bile devices:</source>
        <translation>Appareils &amp;mobiles&#xa0;:</translation>
    </message>
    <message>
        <source>Microsoft &amp;365 mailboxes:</source>
        <translation>Boîtes aux lettres Microsoft &amp;365&#xa0;:</translation>
    </message>
    <message>
        <source>Storage &amp;quota:</source>
        <translation>Quota de st&amp;ockage&#xa0;:</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>Limite de %1</translation>
    </message>
    <message>
        <source>e.g. 500 GB</source>
        <translation>p. ex. 500 GB</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>p. ex. 10</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 illimité</translation>
    </message>
    <message>
        <source>Overage:</source>
        <translation>Dépassement&#xa0;:</translation>
    </message>
    <message>
        <source>%1 overage</source>
        <translation>Dépassement de %1</translation>
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
        <translation>De combien l&apos;utilisation peut excéder la limite avant que les sauvegardes échouent.</translation>
    </message>
    <message>
        <source>At most %1 in this group.</source>
        <translation>Au plus %1 dans ce groupe.</translation>
    </message>
    <message>
        <source>An overage applies once a limit is set.</source>
        <translation>Un dépassement ne s&apos;applique qu&apos;une fois une limite fixée.</translation>
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
        <translation>Le groupe du filtre enregistré n’existe plus ou est hors de votre portée&#xa0;: le reste du filtre s’applique au groupe sélectionné.</translation>
    </message>
</context>
<context>
    <name>bc::SavedFilterNameDialog</name>
    <message>
        <source>Save Filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>&amp;Name of the filter:</source>
        <translation>&amp;Nom du filtre&#xa0;:</translation>
    </message>
    <message>
        <source>A saved filter has this name: saving replaces it.</source>
        <translation>Un filtre enregistré porte ce nom&#xa0;: l’enregistrer le remplace.</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; exists already. Replace it?</source>
        <translation>Un filtre enregistré nommé «&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Choose Another Name</source>
        <translation>&amp;Choisir un autre nom</translation>
    </message>
</context>
<context>
    <name>bc::SavedFilters</name>
    <message>
        <source>Enter a name for the filter.</source>
        <translation>Saisissez un nom pour le filtre.</translation>
    </message>
    <message numerus="yes">
        <source>A filter&apos;s name has at most %n characters.</source>
        <translation>
            <numerusform>Le nom d’un filtre compte au plus %n caractère.</numerusform>
            <numerusform>Le nom d’un filtre compte au plus %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::SavedFiltersButton</name>
    <message>
        <source>Save the current filter under a name, or apply a saved one.</source>
        <translation>Enregistrer le filtre actuel sous un nom, ou appliquer un filtre enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save current filter…</source>
        <translation>&amp;Enregistrer le filtre actuel…</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Aucun filtre enregistré</translation>
    </message>
    <message>
        <source>&amp;Delete saved filter</source>
        <translation>&amp;Supprimer un filtre enregistré</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filtre «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Supprimer le filtre enregistré</translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>Supprimer le filtre enregistré «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The accounts stay as they are; only the filter&apos;s name and settings go.</source>
        <translation>Les comptes restent tels quels&#xa0;; seuls le nom et les réglages du filtre disparaissent.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot; deleted.</source>
        <translation>Filtre enregistré «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Saved f&amp;ilters</source>
        <translation>Filtres &amp;enregistrés</translation>
    </message>
</context>
<context>
    <name>bc::SecurityGroupForm</name>
    <message>
        <source>Members may</source>
        <translation>Les membres peuvent</translation>
    </message>
</context>
<context>
    <name>bc::ServerSetup</name>
    <message>
        <source>The server did not answer what it is set up to do.</source>
        <translation>Le serveur n’a pas répondu sur sa configuration.</translation>
    </message>
    <message>
        <source>The server answers a wrong password for an operator&apos;s role at once, so whoever has its address can try passwords as fast as it answers. Load its auth_delay module: in postgresql.conf, shared_preload_libraries = &apos;auth_delay&apos; and auth_delay.milliseconds = 1000, then restart it.</source>
        <translation>Le serveur répond tout de suite à un mauvais mot de passe pour le rôle d’un opérateur : qui connaît son adresse peut donc essayer des mots de passe aussi vite qu’il répond. Chargez son module auth_delay : dans postgresql.conf, shared_preload_libraries = &apos;auth_delay&apos; et auth_delay.milliseconds = 1000, puis redémarrez-le.</translation>
    </message>
    <message>
        <source>Row security is not installed: operators&apos; scopes are kept by the console only, and anyone with the owner&apos;s credentials sees everything. A user that may create roles installs it: CALL bc_row_security_install();</source>
        <translation>La sécurité au niveau des lignes n’est pas installée : seule la console limite les opérateurs à leur périmètre, et qui a les identifiants du propriétaire voit tout. Un utilisateur autorisé à créer des rôles l’installe : CALL bc_row_security_install();</translation>
    </message>
    <message>
        <source>These tables do not force row security, so their owner passes it: %1. Install it again: CALL bc_row_security_install();</source>
        <translation>Ces tables n’imposent pas la sécurité au niveau des lignes, leur propriétaire la contourne donc : %1. Installez-la de nouveau : CALL bc_row_security_install();</translation>
    </message>
    <message>
        <source>These operators&apos; roles pass row security (superuser or BYPASSRLS), so they see every customer: %1. Take it away: ALTER ROLE … NOSUPERUSER NOBYPASSRLS.</source>
        <translation>Les rôles de ces opérateurs contournent la sécurité au niveau des lignes (superutilisateur ou BYPASSRLS) et voient ainsi tous les clients : %1. Retirez-le-leur : ALTER ROLE … NOSUPERUSER NOBYPASSRLS.</translation>
    </message>
</context>
<context>
    <name>bc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
</context>
<context>
    <name>bc::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to %1 as an operator.</source>
        <translation>Connectez-vous à %1 en tant qu’opérateur.</translation>
    </message>
    <message>
        <source>Only with multi-factor authentication: the six digits your authenticator app shows, or a recovery code.</source>
        <translation>Uniquement avec l’authentification multifacteur&#xa0;: les six chiffres affichés par votre application d’authentification, ou un code de récupération.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>bc::SignInLockout</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Trop de connexions échouées. Attendez %n minute, puis réessayez.</numerusform>
            <numerusform>Trop de connexions échouées. Attendez %n minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de connexions échouées. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de connexions échouées. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::StorageForm</name>
    <message>
        <source>e.g. EU West (Frankfurt)</source>
        <translation>p. ex. EU West (Francfort)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bc::StorageSize</name>
    <message>
        <source>A size cannot be negative.</source>
        <translation>Une taille ne peut pas être négative.</translation>
    </message>
    <message>
        <source>That size is too large.</source>
        <translation>Cette taille est trop grande.</translation>
    </message>
    <message>
        <source>A size must come to a whole number of bytes.</source>
        <translation>Une taille doit correspondre à un nombre entier d&apos;octets.</translation>
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
        <translation>Saisissez une taille comme «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» ou «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Add a unit, such as %1 or %2.</source>
        <translation>Ajoutez une unité, par exemple %1 ou %2.</translation>
    </message>
    <message>
        <source>Did you mean %1? Use . as the decimal point, without group separators.</source>
        <translation>Vouliez-vous dire %1&#xa0;? Utilisez . comme séparateur décimal, sans séparateur de milliers.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could mean %2 or %3; use . as the decimal point, without group separators.</source>
        <translation>«&#xa0;%1&#xa0;» peut signifier %2 ou %3&#xa0;; utilisez . comme séparateur décimal, sans séparateur de milliers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could mean %2 or %3; write it as one of them.</source>
        <translation>«&#xa0;%1&#xa0;» peut signifier %2 ou %3&#xa0;; écrivez l&apos;une de ces deux formes.</translation>
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
        <translation>Le secret des mots de passe à usage unique est endommagé.</translation>
    </message>
    <message>
        <source>The one-time password could not be computed.</source>
        <translation>Le mot de passe à usage unique n&apos;a pas pu être calculé.</translation>
    </message>
</context>
<context>
    <name>bc::Translations</name>
    <message>
        <source>The language of the messages: %1 (default: the user&apos;s).</source>
        <translation>La langue des messages&#xa0;: %1 (par défaut&#xa0;: celle de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>There is no translation &quot;%1&quot;; choose one of %2.</source>
        <translation>Il n&apos;existe aucune traduction «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;une de %2.</translation>
    </message>
</context>
<context>
    <name>bc::UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back your last change or bulk action, import included, once you confirmed what it changes back.</source>
        <translation>Annuler votre dernière modification ou action groupée, importation comprise, après avoir confirmé ce qu’elle rétablit.</translation>
    </message>
    <message>
        <source>Looking for your last change…</source>
        <translation>Recherche de votre dernière modification…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>Your last change, made on %1, cannot be undone.</source>
        <translation>Votre dernière modification, faite le %1, ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Your last change only sent or withdrew activation emails, which cannot be taken back.</source>
        <translation>Votre dernière modification n’a fait qu’envoyer ou retirer des e-mails d’activation, ce qui ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Your last change has nothing that can be undone.</source>
        <translation>Votre dernière modification ne contient rien qui puisse être annulé.</translation>
    </message>
    <message>
        <source>You may not undo your last change.</source>
        <translation>Vous n’avez pas le droit d’annuler votre dernière modification.</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Rien n’a été annulé.</translation>
    </message>
    <message>
        <source>Undoing your last change…</source>
        <translation>Annulation de votre dernière modification…</translation>
    </message>
    <message>
        <source>Not everything was undone.</source>
        <translation>Tout n’a pas été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>disabled %n account(s)</source>
        <translation>
            <numerusform>%n compte désactivé</numerusform>
            <numerusform>%n comptes désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enabled %n account(s)</source>
        <translation>
            <numerusform>%n compte activé</numerusform>
            <numerusform>%n comptes activés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n account(s)</source>
        <translation>
            <numerusform>%n compte supprimé</numerusform>
            <numerusform>%n comptes supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created %n account(s)</source>
        <translation>
            <numerusform>%n compte créé</numerusform>
            <numerusform>%n comptes créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %n account(s)</source>
        <translation>
            <numerusform>%n compte restauré</numerusform>
            <numerusform>%n comptes restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n account(s)</source>
        <translation>
            <numerusform>%n compte déplacé</numerusform>
            <numerusform>%n comptes déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed %n account(s)</source>
        <translation>
            <numerusform>%n compte modifié</numerusform>
            <numerusform>%n comptes modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo your last change (%1 on %2)?</source>
        <extracomment>%1 what the change did (&quot;disabled 3 accounts&quot;), %2 when.</extracomment>
        <translation>Annuler votre dernière modification (%1 le %2)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be restored from the recycle bin.</source>
        <extracomment>%1 the accounts (&quot;alice&quot; and &quot;bob&quot;, or &quot;3 accounts&quot;).</extracomment>
        <translation>
            <numerusform>%1 sera restauré depuis la corbeille.</numerusform>
            <numerusform>%1 seront restaurés depuis la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted again: they go to the recycle bin.</source>
        <translation>
            <numerusform>%1 sera de nouveau supprimé&#xa0;: il va dans la corbeille.</numerusform>
            <numerusform>%1 seront de nouveau supprimés&#xa0;: ils vont dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be enabled again.</source>
        <translation>
            <numerusform>%1 sera de nouveau activé.</numerusform>
            <numerusform>%1 seront de nouveau activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be disabled again.</source>
        <translation>
            <numerusform>%1 sera de nouveau désactivé.</numerusform>
            <numerusform>%1 seront de nouveau désactivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be moved back to the group they were in.</source>
        <translation>
            <numerusform>%1 sera replacé dans le groupe où il était.</numerusform>
            <numerusform>%1 seront replacés dans le groupe où ils étaient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be given back their previous settings.</source>
        <translation>
            <numerusform>%1 retrouvera ses paramètres précédents.</numerusform>
            <numerusform>%1 retrouveront leurs paramètres précédents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1.</source>
        <translation>Parmi eux&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n activation email(s) it sent or withdrew stay as they are.</source>
        <translation>
            <numerusform>L’e-mail d’activation (%n) qu’elle a envoyé ou retiré reste tel quel.</numerusform>
            <numerusform>Les %n e-mails d’activation qu’elle a envoyés ou retirés restent tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Rien n’a été annulé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) back as they were.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n compte est revenu à son état précédent.</numerusform>
            <numerusform>Annulé&#xa0;: %n comptes sont revenus à leur état précédent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) restored from the recycle bin.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n compte restauré depuis la corbeille.</numerusform>
            <numerusform>Annulé&#xa0;: %n comptes restaurés depuis la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) deleted again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n compte de nouveau supprimé.</numerusform>
            <numerusform>Annulé&#xa0;: %n comptes de nouveau supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) enabled again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n compte de nouveau activé.</numerusform>
            <numerusform>Annulé&#xa0;: %n comptes de nouveau activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) disabled again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n compte de nouveau désactivé.</numerusform>
            <numerusform>Annulé&#xa0;: %n comptes de nouveau désactivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) moved back.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n compte replacé.</numerusform>
            <numerusform>Annulé&#xa0;: %n comptes replacés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n account(s) given back their previous settings.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n compte a retrouvé ses paramètres précédents.</numerusform>
            <numerusform>Annulé&#xa0;: %n comptes ont retrouvé leurs paramètres précédents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: your last change is taken back.</source>
        <translation>Annulé&#xa0;: votre dernière modification est reprise.</translation>
    </message>
    <message>
        <source>renamed the group &quot;%1&quot;</source>
        <extracomment>What a change did, in &quot;Undo your last change (%1 on &lt;date&gt;)?&quot;.</extracomment>
        <translation>renommé le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>made the group &quot;%1&quot;</source>
        <translation>créé le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>added &quot;%1&quot;</source>
        <translation>ajouté «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>changed &quot;%1&quot;</source>
        <translation>modifié «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will be called &quot;%2&quot; again.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» s&apos;appellera de nouveau «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will be deleted again.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» sera de nouveau supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be deleted again.</source>
        <translation>«&#xa0;%1&#xa0;» sera de nouveau supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will get its previous settings back.</source>
        <translation>«&#xa0;%1&#xa0;» retrouvera ses paramètres précédents.</translation>
    </message>
    <message>
        <source>changed the settings of &quot;%1&quot;</source>
        <translation>modifié les paramètres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will get its previous settings back.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» retrouvera ses paramètres précédents.</translation>
    </message>
    <message>
        <source>deleted &quot;%1&quot;</source>
        <translation>supprimé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be added again as it was.</source>
        <translation>«&#xa0;%1&#xa0;» sera de nouveau ajouté tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>required multi-factor authentication in &quot;%1&quot;</source>
        <translation>exigé l&apos;authentification multifacteur dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>made multi-factor authentication optional in &quot;%1&quot;</source>
        <translation>rendu l&apos;authentification multifacteur facultative dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>changed the activation link or email of &quot;%1&quot;</source>
        <translation>modifié le lien ou l&apos;e-mail d&apos;activation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will no longer require multi-factor authentication.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» n&apos;exigera plus l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will require multi-factor authentication again.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» exigera de nouveau l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will get its previous activation link lifetime and email back.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» retrouvera sa durée de validité du lien d&apos;activation et son e-mail d&apos;activation précédents.</translation>
    </message>
    <message>
        <source>deleted the group &quot;%1&quot;</source>
        <translation>supprimé le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; will be made again as it was: its settings, its activation link and email, and whether it requires multi-factor authentication.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» sera recréé tel qu&apos;il était&#xa0;: ses paramètres, son lien et son e-mail d&apos;activation, et l&apos;exigence ou non de l&apos;authentification multifacteur.</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountBinCommands</name>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Supprimé définitivement le</translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts shown: %1. The recycle bin keeps each for %n day(s).</source>
        <translation>
            <numerusform>Comptes supprimés affichés&#xa0;: %1. La corbeille conserve chacun %n jour.</numerusform>
            <numerusform>Comptes supprimés affichés&#xa0;: %1. La corbeille conserve chacun %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not deleted; the recycle bin holds only deleted accounts.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’est pas supprimé&#xa0;; la corbeille ne contient que des comptes supprimés.</translation>
    </message>
    <message>
        <source>There is no deleted account with the login &quot;%1&quot;.</source>
        <translation>Il n’y a aucun compte supprimé avec l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Restored account &quot;%1&quot; (id %2) in &quot;%3&quot;.</source>
        <translation>Compte «&#xa0;%1&#xa0;» (id %2) restauré dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Give either logins or --expired, not both.</source>
        <translation>Indiquez soit des identifiants, soit --expired, pas les deux.</translation>
    </message>
    <message>
        <source>Name the deleted accounts to purge, or give --expired.</source>
        <translation>Nommez les comptes supprimés à supprimer définitivement, ou indiquez --expired.</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n deleted account(s) whose time in the recycle bin had passed.</source>
        <translation>
            <numerusform>%n compte supprimé dont le temps dans la corbeille était écoulé a été supprimé définitivement.</numerusform>
            <numerusform>%n comptes supprimés dont le temps dans la corbeille était écoulé ont été supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purged account &quot;%1&quot; (id %2); its login is free again.</source>
        <translation>Compte «&#xa0;%1&#xa0;» (id %2) supprimé définitivement&#xa0;; son identifiant est de nouveau libre.</translation>
    </message>
    <message>
        <source>Add --set to change settings.</source>
        <translation>Ajoutez --set pour modifier les paramètres.</translation>
    </message>
    <message>
        <source>--set needs an option that says what to change.</source>
        <translation>--set a besoin d’une option qui indique quoi modifier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted accounts now stay in the recycle bin for %n day(s).</source>
        <translation>
            <numerusform>Les comptes supprimés restent désormais %n jour dans la corbeille.</numerusform>
            <numerusform>Les comptes supprimés restent désormais %n jours dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n deleted account(s) kept longer than that.</source>
        <translation>
            <numerusform>%n compte supprimé conservé plus longtemps a été supprimé définitivement.</numerusform>
            <numerusform>%n comptes supprimés conservés plus longtemps ont été supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recycle bin:</source>
        <translation>Corbeille&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>deleted accounts are kept %n day(s), then purged</source>
        <translation>
            <numerusform>les comptes supprimés sont conservés %n jour, puis supprimés définitivement</numerusform>
            <numerusform>les comptes supprimés sont conservés %n jours, puis supprimés définitivement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountChangeCommand</name>
    <message>
        <source>Name the accounts by login, or give --group (with --include-subgroups, --status or --search) for every account of that list; not both.</source>
        <translation>Nommez les comptes par leur identifiant, ou donnez --group (avec --include-subgroups, --status ou --search) pour tous les comptes de cette liste&#xa0;; pas les deux.</translation>
    </message>
    <message>
        <source>--overage %1 needs --quota %1 as well: the limit it passes.</source>
        <translation>--overage %1 demande aussi --quota %1&#xa0;: la limite qu&apos;il dépasse.</translation>
    </message>
    <message>
        <source>Say what to change: --move-to, --profile, --storage, --quota, --add-subscription, --remove-subscription, --add-security-group or --remove-security-group.</source>
        <translation>Indiquez ce qui doit changer&#xa0;: --move-to, --profile, --storage, --quota, --add-subscription, --remove-subscription, --add-security-group ou --remove-security-group.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n account(s).</source>
        <translation>
            <numerusform>%n compte modifié.</numerusform>
            <numerusform>%n comptes modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were as asked already.</source>
        <translation>
            <numerusform>%n compte était déjà comme demandé.</numerusform>
            <numerusform>%n comptes étaient déjà comme demandé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountCommands</name>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun compte avec l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The command &quot;account add&quot; needs %1.</source>
        <translation>La commande «&#xa0;account add&#xa0;» nécessite %1.</translation>
    </message>
    <message>
        <source>Created account &quot;%1&quot; (id %2) in &quot;%3&quot;.</source>
        <translation>Compte «&#xa0;%1&#xa0;» (id %2) créé dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Queued a new activation email for &quot;%1&quot;; earlier links no longer work.</source>
        <translation>Nouvel e-mail d&apos;activation mis en file d&apos;attente pour «&#xa0;%1&#xa0;»&#xa0;; les liens précédents ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>--include-subgroups needs --group.</source>
        <translation>--include-subgroups nécessite --group.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une colonne&#xa0;; utilisez l&apos;une de %2.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Storage quota</source>
        <translation>Quota de stockage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Accounts shown: %1 of %2.</source>
        <translation>Comptes affichés&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; now has the status %2.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a maintenant l&apos;état %2.</translation>
    </message>
    <message>
        <source>Deleted account &quot;%1&quot; (id %2).</source>
        <translation>Compte «&#xa0;%1&#xa0;» (id %2) supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un état&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted account &quot;%1&quot; (id %2): the recycle bin keeps it %n day(s); &quot;account restore %1&quot; brings it back.</source>
        <translation>
            <numerusform>Compte «&#xa0;%1&#xa0;» (id %2) supprimé&#xa0;: la corbeille le conserve %n jour&#xa0;; «&#xa0;account restore %1&#xa0;» le récupère.</numerusform>
            <numerusform>Compte «&#xa0;%1&#xa0;» (id %2) supprimé&#xa0;: la corbeille le conserve %n jours&#xa0;; «&#xa0;account restore %1&#xa0;» le récupère.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountDetails</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (from the profile)</source>
        <translation>%1 (du profil)</translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (remplacé)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Notification email:</source>
        <translation>E-mail de notification&#xa0;:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Password set:</source>
        <translation>Mot de passe défini&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Licensed:</source>
        <translation>Sous licence&#xa0;:</translation>
    </message>
    <message>
        <source>no (unlicensed)</source>
        <translation>non (sans licence)</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Agent auto-update:</source>
        <translation>Mise à jour automatique de l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Backup storage:</source>
        <translation>Stockage des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Subscriptions:</source>
        <translation>Abonnements&#xa0;:</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>Groupes de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Backup locations:</source>
        <translation>Emplacements de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications&#xa0;:</translation>
    </message>
    <message>
        <source>Business notifications:</source>
        <translation>Notifications métier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (overage %2)</source>
        <translation>%1 (dépassement %2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Activé&#xa0;:</translation>
    </message>
    <message>
        <source>Activation email:</source>
        <translation>E-mail d&apos;activation&#xa0;:</translation>
    </message>
    <message>
        <source>Pending since:</source>
        <translation>En attente depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Link expires:</source>
        <translation>Expiration du lien&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountDraftReader</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation>L&apos;entrée standard n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Write the password on the first line of standard input.</source>
        <translation>Écrivez le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value a profile gives; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur fournie par un profil&#xa0;; utilisez l&apos;une de %2.</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountEditCommands</name>
    <message>
        <source>Changed account &quot;%1&quot; (id %2).</source>
        <translation>Compte «&#xa0;%1&#xa0;» (id %2) modifié.</translation>
    </message>
    <message>
        <source>The command &quot;account assign-subscription&quot; needs --subscription.</source>
        <translation>La commande «&#xa0;account assign-subscription&#xa0;» nécessite --subscription.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is licensed by: %2.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est sous licence par&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>bc::cli::AuditCommands</name>
    <message>
        <source>--include-subgroups needs --group.</source>
        <translation>--include-subgroups nécessite --group.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;objet&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Entries shown: %1.</source>
        <translation>Entrées affichées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CatalogCommands</name>
    <message>
        <source>Data lock</source>
        <translation>Verrouillage des données</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>Emplacements de sauvegarde</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Storage quota</source>
        <translation>Quota de stockage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs %2.</source>
        <translation>La commande «&#xa0;%1&#xa0;» nécessite %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n.</source>
        <translation>
            <numerusform>Affiché&#xa0;: %n.</numerusform>
            <numerusform>Affichés&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; (id %2).</source>
        <translation>Profil «&#xa0;%1&#xa0;» (id %2) créé.</translation>
    </message>
    <message>
        <source>Changed profile &quot;%1&quot; (id %2).</source>
        <translation>Profil «&#xa0;%1&#xa0;» (id %2) modifié.</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; (id %2).</source>
        <translation>Profil «&#xa0;%1&#xa0;» (id %2) supprimé.</translation>
    </message>
    <message>
        <source>Created storage &quot;%1&quot; (id %2).</source>
        <translation>Stockage «&#xa0;%1&#xa0;» (id %2) créé.</translation>
    </message>
    <message>
        <source>Changed storage &quot;%1&quot; (id %2).</source>
        <translation>Stockage «&#xa0;%1&#xa0;» (id %2) modifié.</translation>
    </message>
    <message>
        <source>Deleted storage &quot;%1&quot; (id %2).</source>
        <translation>Stockage «&#xa0;%1&#xa0;» (id %2) supprimé.</translation>
    </message>
    <message>
        <source>Created subscription &quot;%1&quot; (id %2).</source>
        <translation>Abonnement «&#xa0;%1&#xa0;» (id %2) créé.</translation>
    </message>
    <message>
        <source>Changed subscription &quot;%1&quot; (id %2).</source>
        <translation>Abonnement «&#xa0;%1&#xa0;» (id %2) modifié.</translation>
    </message>
    <message>
        <source>Deleted subscription &quot;%1&quot; (id %2).</source>
        <translation>Abonnement «&#xa0;%1&#xa0;» (id %2) supprimé.</translation>
    </message>
    <message>
        <source>Created security group &quot;%1&quot; (id %2).</source>
        <translation>Groupe de sécurité «&#xa0;%1&#xa0;» (id %2) créé.</translation>
    </message>
    <message>
        <source>Changed security group &quot;%1&quot; (id %2).</source>
        <translation>Groupe de sécurité «&#xa0;%1&#xa0;» (id %2) modifié.</translation>
    </message>
    <message>
        <source>Deleted security group &quot;%1&quot; (id %2).</source>
        <translation>Groupe de sécurité «&#xa0;%1&#xa0;» (id %2) supprimé.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CatalogItemReader</name>
    <message>
        <source>There is no permission &quot;%1&quot;; choose one of %2.</source>
        <translation>Il n&apos;existe aucune permission «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;une de %2.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CatalogResolver</name>
    <message>
        <source>The group has no profile &quot;%1&quot;.</source>
        <translation>Le groupe n&apos;a aucun profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;existe aucun profil «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe parent.</translation>
    </message>
    <message>
        <source>The group has no storage &quot;%1&quot;.</source>
        <translation>Le groupe n&apos;a aucun stockage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no storage &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;existe aucun stockage «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe parent.</translation>
    </message>
    <message>
        <source>The group has no subscription &quot;%1&quot;.</source>
        <translation>Le groupe n&apos;a aucun abonnement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no subscription &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;existe aucun abonnement «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe parent.</translation>
    </message>
    <message>
        <source>The group has no security group &quot;%1&quot;.</source>
        <translation>Le groupe n&apos;a aucun groupe de sécurité «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no security group &quot;%1&quot; in this group or a group above it.</source>
        <translation>Il n&apos;existe aucun groupe de sécurité «&#xa0;%1&#xa0;» dans ce groupe ni dans un groupe parent.</translation>
    </message>
</context>
<context>
    <name>bc::cli::CliApplication</name>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune commande «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Created %1 groups and %2 accounts of sample data.</source>
        <translation>%1 groupes et %2 comptes de démonstration créés.</translation>
    </message>
    <message>
        <source>The database refused the operator &quot;%1&quot;: its password is wrong, or it has no database role yet (&quot;operator show %1&quot; with the owner&apos;s address tells; its role is made when its password is set).</source>
        <translation>La base de données a refusé l&apos;opérateur «&#xa0;%1&#xa0;»&#xa0;: son mot de passe est faux, ou il n&apos;a pas encore de rôle de base de données («&#xa0;operator show %1&#xa0;» avec l&apos;adresse du propriétaire l&apos;indique&#xa0;; le rôle est créé quand son mot de passe est défini).</translation>
    </message>
</context>
<context>
    <name>bc::cli::CliSignIn</name>
    <message>
        <source>This database has operators: sign in with --operator LOGIN (or $%1) and the password from $%2 or --operator-password-stdin.</source>
        <translation>Cette base de données a des opérateurs&#xa0;: connectez-vous avec --operator LOGIN (ou $%1) et le mot de passe de $%2 ou de --operator-password-stdin.</translation>
    </message>
    <message>
        <source>No password for the operator &quot;%1&quot;: set $%2 or use --operator-password-stdin.</source>
        <translation>Aucun mot de passe pour l’opérateur «&#xa0;%1&#xa0;»&#xa0;: définissez $%2 ou utilisez --operator-password-stdin.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; needs a code: give --otp CODE (or $%2) from its authenticator app, or a recovery code.</source>
        <translation>L’opérateur «&#xa0;%1&#xa0;» a besoin d’un code&#xa0;: indiquez --otp CODE (ou $%2) de son application d’authentification, ou un code de récupération.</translation>
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
        <translation>Créer un profil&#xa0;: valeurs par défaut et verrouillage des données pour les comptes.</translation>
    </message>
    <message>
        <source>List a group&apos;s profiles.</source>
        <translation>Lister les profils d&apos;un groupe.</translation>
    </message>
    <message>
        <source>Change a profile; accounts that inherit follow.</source>
        <translation>Modifier un profil&#xa0;; les comptes qui en héritent suivent.</translation>
    </message>
    <message>
        <source>Delete a profile no account uses.</source>
        <translation>Supprimer un profil qu&apos;aucun compte n&apos;utilise.</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>Create a storage where accounts&apos; backups go.</source>
        <translation>Créer un stockage où vont les sauvegardes des comptes.</translation>
    </message>
    <message>
        <source>List a group&apos;s storages.</source>
        <translation>Lister les stockages d&apos;un groupe.</translation>
    </message>
    <message>
        <source>Change a storage.</source>
        <translation>Modifier un stockage.</translation>
    </message>
    <message>
        <source>Delete a storage no account or group uses.</source>
        <translation>Supprimer un stockage qu&apos;aucun compte ni groupe n&apos;utilise.</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>Create a subscription that licenses accounts.</source>
        <translation>Créer un abonnement qui accorde une licence aux comptes.</translation>
    </message>
    <message>
        <source>List a group&apos;s subscriptions.</source>
        <translation>Lister les abonnements d&apos;un groupe.</translation>
    </message>
    <message>
        <source>Rename a subscription.</source>
        <translation>Renommer un abonnement.</translation>
    </message>
    <message>
        <source>Delete a subscription no account uses.</source>
        <translation>Supprimer un abonnement qu&apos;aucun compte n&apos;utilise.</translation>
    </message>
    <message>
        <source>SECURITY_GROUP</source>
        <translation>GROUPE_SÉCURITÉ</translation>
    </message>
    <message>
        <source>Create a security group: what operators holding it may do.</source>
        <translation>Créer un groupe de sécurité&#xa0;: ce que peuvent faire les opérateurs qui en sont membres.</translation>
    </message>
    <message>
        <source>List a group&apos;s security groups.</source>
        <translation>Lister les groupes de sécurité d&apos;un groupe.</translation>
    </message>
    <message>
        <source>Change a security group.</source>
        <translation>Modifier un groupe de sécurité.</translation>
    </message>
    <message>
        <source>Delete a security group no account uses.</source>
        <translation>Supprimer un groupe de sécurité qu&apos;aucun compte n&apos;utilise.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The new name, unique within the group.</source>
        <translation>Le nouveau nom, unique dans le groupe.</translation>
    </message>
    <message>
        <source>--group GROUP --name NAME [OPTIONS]</source>
        <translation>--group GROUPE --name NOM [OPTIONS]</translation>
    </message>
    <message>
        <source>--group GROUP [--available] [--json]</source>
        <translation>--group GROUPE [--available] [--json]</translation>
    </message>
    <message>
        <source>%1 --group GROUP [--name NEW_NAME] [OPTIONS]</source>
        <translation>%1 --group GROUPE [--name NOUVEAU_NOM] [OPTIONS]</translation>
    </message>
    <message>
        <source>%1 --group GROUP</source>
        <translation>%1 --group GROUPE</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[COMMANDE]</translation>
    </message>
    <message>
        <source>Show help for a command.</source>
        <translation>Afficher l&apos;aide d&apos;une commande.</translation>
    </message>
    <message>
        <source>NAME [--parent GROUP] [--customer-id ID]</source>
        <translation>NOM [--parent GROUPE] [--customer-id ID]</translation>
    </message>
    <message>
        <source>Create a group (the top group when the database is empty).</source>
        <translation>Créer un groupe (le groupe racine si la base de données est vide).</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>List the group tree with account counts.</source>
        <translation>Lister l&apos;arborescence des groupes avec le nombre de comptes.</translation>
    </message>
    <message>
        <source>GROUP NEW_NAME</source>
        <translation>GROUPE NOUVEAU_NOM</translation>
    </message>
    <message>
        <source>Rename a group.</source>
        <translation>Renommer un groupe.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>Delete an empty group.</source>
        <translation>Supprimer un groupe vide.</translation>
    </message>
    <message>
        <source>GROUP [--json] | GROUP --set [OPTIONS]</source>
        <translation>GROUPE [--json] | GROUPE --set [OPTIONS]</translation>
    </message>
    <message>
        <source>Show or change a group&apos;s organization settings.</source>
        <translation>Afficher ou modifier les paramètres d&apos;organisation d&apos;un groupe.</translation>
    </message>
    <message>
        <source>RESOURCE=N</source>
        <translation>RESSOURCE=N</translation>
    </message>
    <message>
        <source>--group GROUP --login LOGIN --email EMAIL [OPTIONS]</source>
        <translation>--group GROUPE --login IDENTIFIANT --email E-MAIL [OPTIONS]</translation>
    </message>
    <message>
        <source>Create an account.</source>
        <translation>Créer un compte.</translation>
    </message>
    <message>
        <source>LOGIN [OPTIONS]</source>
        <translation>IDENTIFIANT [OPTIONS]</translation>
    </message>
    <message>
        <source>Change an account; only the options given change.</source>
        <translation>Modifier un compte&#xa0;; seules les options indiquées changent.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>A new login, unique across the database.</source>
        <translation>Un nouvel identifiant, unique dans toute la base de données.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NOM</translation>
    </message>
    <message>
        <source>A subscription of the account; replaces the list. Repeatable.</source>
        <translation>Un abonnement du compte&#xa0;; remplace la liste. Répétable.</translation>
    </message>
    <message>
        <source>A security group of the account; replaces the list. Repeatable.</source>
        <translation>Un groupe de sécurité du compte&#xa0;; remplace la liste. Répétable.</translation>
    </message>
    <message>
        <source>LOGIN --subscription ID|NAME...</source>
        <translation>IDENTIFIANT --subscription ID|NOM...</translation>
    </message>
    <message>
        <source>License an account: add subscriptions to those it has.</source>
        <translation>Accorder une licence à un compte&#xa0;: ajouter des abonnements à ceux qu&apos;il a.</translation>
    </message>
    <message>
        <source>List accounts.</source>
        <translation>Lister les comptes.</translation>
    </message>
    <message>
        <source>GROUP [--json] | GROUP --set [--subject TEXT] [--body-file PATH] [--html-file PATH] | GROUP --reset</source>
        <translation>GROUPE [--json] | GROUPE --set [--subject TEXTE] [--body-file CHEMIN] [--html-file CHEMIN] | GROUPE --reset</translation>
    </message>
    <message>
        <source>Show or change the activation email a group&apos;s new accounts get.</source>
        <translation>Afficher ou modifier l&apos;e-mail d&apos;activation que reçoivent les nouveaux comptes d&apos;un groupe.</translation>
    </message>
    <message>
        <source>LOGIN [--json]</source>
        <translation>IDENTIFIANT [--json]</translation>
    </message>
    <message>
        <source>Show one account and its activation.</source>
        <translation>Afficher un compte et son activation.</translation>
    </message>
    <message>
        <source>LOGIN...</source>
        <translation>IDENTIFIANT...</translation>
    </message>
    <message>
        <source>Send inactive accounts a new activation email; their earlier links stop working.</source>
        <translation>Envoyer aux comptes inactifs un nouvel e-mail d&apos;activation&#xa0;; leurs liens précédents cessent de fonctionner.</translation>
    </message>
    <message>
        <source>Disable an account.</source>
        <translation>Désactiver un compte.</translation>
    </message>
    <message>
        <source>Enable a disabled account again.</source>
        <translation>Réactiver un compte désactivé.</translation>
    </message>
    <message>
        <source>Read the mail server&apos;s password from the first line of standard input (default: the environment variable %1).</source>
        <translation>Lire le mot de passe du serveur de messagerie sur la première ligne de l&apos;entrée standard (par défaut&#xa0;: la variable d&apos;environnement %1).</translation>
    </message>
    <message>
        <source>[--limit N] [--json]</source>
        <translation>[--limit N] [--json]</translation>
    </message>
    <message>
        <source>List the emails in the outbox, newest first.</source>
        <translation>Lister les e-mails de la boîte d&apos;envoi, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show at most N emails (default: 100).</source>
        <translation>Afficher au plus N e-mails (par défaut&#xa0;: 100).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Send a failed or waiting email again now.</source>
        <translation>Renvoyer maintenant un e-mail en échec ou en attente.</translation>
    </message>
    <message>
        <source>[--password-stdin]</source>
        <translation>[--password-stdin]</translation>
    </message>
    <message>
        <source>Send every email that is due, once, and say how many went.</source>
        <translation>Envoyer une fois chaque e-mail dû et indiquer combien sont partis.</translation>
    </message>
    <message>
        <source>[--json] | --set [--host HOST] [--port N] [--security MODE] [--user USER] [--sender ADDRESS] [--ca-file PATH] [--timeout S] [--activation-url URL]</source>
        <translation>[--json] | --set [--host HÔTE] [--port N] [--security MODE] [--user UTILISATEUR] [--sender ADRESSE] [--ca-file CHEMIN] [--timeout S] [--activation-url URL]</translation>
    </message>
    <message>
        <source>Show or change how the console reaches its mail server (the password is not stored).</source>
        <translation>Afficher ou modifier la façon dont la console joint son serveur de messagerie (le mot de passe n&apos;est pas stocké).</translation>
    </message>
    <message>
        <source>--to EMAIL [--password-stdin]</source>
        <translation>--to E-MAIL [--password-stdin]</translation>
    </message>
    <message>
        <source>Send a test email now, with everything else that is due.</source>
        <translation>Envoyer maintenant un e-mail de test, avec tout ce qui est dû par ailleurs.</translation>
    </message>
    <message>
        <source>[--msp-name NAME]</source>
        <translation>[--msp-name NOM]</translation>
    </message>
    <message>
        <source>Fill an empty database with sample groups and accounts.</source>
        <translation>Remplir une base de données vide avec des groupes et des comptes de démonstration.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [--database PATH|URL]</source>
        <translation>Utilisation&#xa0;: %1 COMMANDE [ARGUMENTS] [--database CHEMIN|URL]</translation>
    </message>
    <message>
        <source>Manage the groups and accounts of the Backup Account Console from scripts.</source>
        <translation>Gérer les groupes et les comptes de Backup Account Console depuis des scripts.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>GROUP is an id or a path of names from the top group: &quot;Acme MSP/Contoso/Sales&quot;.</source>
        <translation>GROUPE est un id ou un chemin de noms depuis le groupe racine&#xa0;: «&#xa0;Acme MSP/Contoso/Sales&#xa0;».</translation>
    </message>
    <message>
        <source>PROFILE, STORAGE, SUBSCRIPTION and SECURITY_GROUP are an id or a name in the group.</source>
        <translation>PROFIL, STOCKAGE, ABONNEMENT et GROUPE_SÉCURITÉ sont un id ou un nom dans le groupe.</translation>
    </message>
    <message>
        <source>Run &quot;%1 help COMMAND&quot; for the options of a command.</source>
        <translation>Exécutez «&#xa0;%1 help COMMANDE&#xa0;» pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Utilisation&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [ARGUMENTS]</source>
        <translation>Utilisation&#xa0;: %1 %2 COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Exécutez «&#xa0;%1 --help&#xa0;» pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Run &quot;%1 help %2&quot; for usage.</source>
        <translation>Exécutez «&#xa0;%1 help %2&#xa0;» pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>A cap for the group&apos;s accounts and the groups below: RESOURCE as for --quota, then a number or &quot;unlimited&quot;; storage with a unit and . as the decimal point (storage=1.5TB). Repeatable.</source>
        <translation>Un plafond pour les comptes du groupe et les groupes en dessous&#xa0;: RESSOURCE comme pour --quota, puis un nombre ou «&#xa0;unlimited&#xa0;»&#xa0;; storage avec une unité et . comme séparateur décimal (storage=1.5TB). Répétable.</translation>
    </message>
    <message>
        <source>The profile whose defaults the account takes (default: the group&apos;s default profile); --quota, --overage, --backup-locations and --notifications given with it override its values.</source>
        <translation>Le profil dont le compte reprend les valeurs (par défaut&#xa0;: le profil par défaut du groupe)&#xa0;; --quota, --overage, --backup-locations et --notifications indiqués avec lui remplacent ses valeurs.</translation>
    </message>
    <message>
        <source>Do not take the group&apos;s default profile: the account has no profile.</source>
        <translation>Ne pas reprendre le profil par défaut du groupe&#xa0;: le compte n&apos;a pas de profil.</translation>
    </message>
    <message>
        <source>A subscription that licenses the account, instead of the group&apos;s default subscription. Repeatable.</source>
        <translation>Un abonnement qui accorde une licence au compte, à la place de l&apos;abonnement par défaut du groupe. Répétable.</translation>
    </message>
    <message>
        <source>Do not take the group&apos;s default subscription: the account starts unlicensed.</source>
        <translation>Ne pas reprendre l&apos;abonnement par défaut du groupe&#xa0;: le compte démarre sans licence.</translation>
    </message>
    <message>
        <source>[--full] [--json]</source>
        <translation>[--full] [--json]</translation>
    </message>
    <message>
        <source>Enrol an operator in multi-factor authentication: prints the otpauth:// URI for an authenticator app and ten single-use recovery codes, shown this once.</source>
        <translation>Inscrire un opérateur à l&apos;authentification multifacteur&#xa0;: affiche l&apos;URI otpauth:// pour une application d&apos;authentification et dix codes de récupération à usage unique, montrés cette seule fois.</translation>
    </message>
    <message>
        <source>Forget an operator&apos;s authenticator and recovery codes (a lost phone); it signs in with its password alone until it enrols again.</source>
        <translation>Oublier l&apos;authentificateur et les codes de récupération d&apos;un opérateur (un téléphone perdu)&#xa0;; il se connecte avec son seul mot de passe jusqu&apos;à sa nouvelle inscription.</translation>
    </message>
    <message>
        <source>[--since TIME] [--until TIME] [--actor NAME] [--action ACTION] [--object-type TYPE] [--group GROUP [--include-subgroups]] [--search TEXT] [--limit N] [--json|--csv]</source>
        <translation>[--since HEURE] [--until HEURE] [--actor NOM] [--action ACTION] [--object-type TYPE] [--group GROUPE [--include-subgroups]] [--search TEXTE] [--limit N] [--json|--csv]</translation>
    </message>
    <message>
        <source>List the audit log, newest first: who changed what, when, before and after.</source>
        <translation>Lister le journal d&apos;audit, le plus récent d&apos;abord&#xa0;: qui a modifié quoi, quand, avant et après.</translation>
    </message>
    <message>
        <source>Only entries about this group, its accounts and its items.</source>
        <translation>Uniquement les entrées concernant ce groupe, ses comptes et ses éléments.</translation>
    </message>
    <message>
        <source>Also the entries of the groups below --group.</source>
        <translation>Aussi les entrées des groupes situés sous --group.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Only entries whose object (a login, a name) contains the text, in any case.</source>
        <translation>Uniquement les entrées dont l&apos;objet (un identifiant, un nom) contient le texte, quelle que soit la casse.</translation>
    </message>
    <message>
        <source>Show at most N entries (default: all).</source>
        <translation>Afficher au plus N entrées (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 input rejected, 2 usage error, 3 database problem, 4 not signed in or not allowed.</source>
        <translation>Code de sortie&#xa0;: 0 terminé, 1 saisie refusée, 2 erreur d’utilisation, 3 problème de base de données, 4 non connecté ou non autorisé.</translation>
    </message>
    <message>
        <source>List the operators of your group and the groups below it: scope, security groups, MFA.</source>
        <translation>Lister les opérateurs de votre groupe et des groupes en dessous&#xa0;: portée, groupes de sécurité, MFA.</translation>
    </message>
    <message>
        <source>Show an operator: its scope (group path), permissions and whether it uses MFA.</source>
        <translation>Afficher un opérateur&#xa0;: sa portée (chemin du groupe), ses autorisations et s’il utilise la MFA.</translation>
    </message>
    <message>
        <source>GROUP [--json]</source>
        <translation>GROUPE [--json]</translation>
    </message>
    <message>
        <source>Require multi-factor authentication of the group&apos;s operators and those of the groups below it.</source>
        <translation>Exiger l&apos;authentification multifacteur des opérateurs du groupe et de ceux des groupes en dessous.</translation>
    </message>
    <message>
        <source>Stop requiring multi-factor authentication in the group (groups above it may still require it).</source>
        <translation>Ne plus exiger l&apos;authentification multifacteur dans le groupe (les groupes au-dessus peuvent encore l&apos;exiger).</translation>
    </message>
    <message>
        <source>[--group GROUP [--include-subgroups]] [--status STATUS] [--search TEXT] [--limit N] [--json|--csv]</source>
        <translation>[--group GROUPE [--include-subgroups]] [--status ÉTAT] [--search TEXTE] [--limit N] [--json|--csv]</translation>
    </message>
    <message>
        <source>Create or update accounts from a CSV file: this console&apos;s columns, or a Microsoft 365 or Google Workspace export.</source>
        <translation>Créer ou modifier des comptes depuis un fichier CSV&#xa0;: les colonnes de cette console, ou un export de Microsoft 365 ou de Google Workspace.</translation>
    </message>
    <message>
        <source>(LOGIN... | --group GROUP [--include-subgroups] [--status STATUS] [--search TEXT]) [--move-to GROUP] [--profile ID|NAME | --no-profile] [--storage ID|NAME | --group-storage] [--quota RESOURCE=N]... [--add-subscription ID|NAME]... [--remove-subscription ID|NAME]... [--add-security-group ID|NAME]... [--remove-security-group ID|NAME]... [--json]</source>
        <translation>(IDENTIFIANT... | --group GROUPE [--include-subgroups] [--status STATUS] [--search TEXTE]) [--move-to GROUPE] [--profile ID|NOM | --no-profile] [--storage ID|NOM | --group-storage] [--quota RESSOURCE=N]... [--add-subscription ID|NOM]... [--remove-subscription ID|NOM]... [--add-security-group ID|NOM]... [--remove-security-group ID|NOM]... [--json]</translation>
    </message>
    <message>
        <source>Change many accounts at once: those named, or every account of a list; only the options given change.</source>
        <translation>Modifier plusieurs comptes à la fois&#xa0;: ceux nommés, ou tous les comptes d&apos;une liste&#xa0;; seules les options données changent.</translation>
    </message>
    <message>
        <source>Change every account of this group&apos;s list (by id or path).</source>
        <translation>Modifier tous les comptes de la liste de ce groupe (par id ou chemin).</translation>
    </message>
    <message>
        <source>With --group: also the accounts of the groups below it.</source>
        <translation>Avec --group&#xa0;: aussi les comptes des groupes en dessous.</translation>
    </message>
    <message>
        <source>The profile each account takes; its values apply where the account has none of its own.</source>
        <translation>Le profil que prend chaque compte&#xa0;; ses valeurs s&apos;appliquent là où le compte n&apos;a pas les siennes.</translation>
    </message>
    <message>
        <source>Take the accounts off their profiles.</source>
        <translation>Retirer les comptes de leurs profils.</translation>
    </message>
    <message>
        <source>Where the accounts&apos; backups go.</source>
        <translation>Où vont les sauvegardes des comptes.</translation>
    </message>
    <message>
        <source>A limit set on each account (as account edit reads it). Repeatable.</source>
        <translation>Une limite fixée sur chaque compte (comme account edit la lit). Répétable.</translation>
    </message>
    <message>
        <source>The overage of a limit --quota sets. Repeatable.</source>
        <translation>Le dépassement d&apos;une limite que fixe --quota. Répétable.</translation>
    </message>
    <message>
        <source>Delete an account: it stays in the recycle bin, its login taken, until restored or purged.</source>
        <translation>Supprimer un compte&#xa0;: il reste dans la corbeille, son identifiant pris, jusqu’à sa restauration ou sa suppression définitive.</translation>
    </message>
    <message>
        <source>[--group GROUP] [--limit N] [--json]</source>
        <translation>[--group GROUPE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>List the deleted accounts in the recycle bin, most recently deleted first, with when each is purged.</source>
        <translation>Lister les comptes supprimés de la corbeille, les plus récents d’abord, avec la date de leur suppression définitive.</translation>
    </message>
    <message>
        <source>Only the deleted accounts of this group and the groups below it.</source>
        <translation>Uniquement les comptes supprimés de ce groupe et des groupes en dessous.</translation>
    </message>
    <message>
        <source>Show at most N accounts (default: 10000).</source>
        <translation>Afficher au plus N comptes (par défaut&#xa0;: 10000).</translation>
    </message>
    <message>
        <source>LOGIN... [--json]</source>
        <translation>IDENTIFIANT... [--json]</translation>
    </message>
    <message>
        <source>Bring deleted accounts back from the recycle bin with their ids, groups, quotas, links and passwords.</source>
        <translation>Récupérer des comptes supprimés depuis la corbeille avec leurs id, groupes, quotas, liens et mots de passe.</translation>
    </message>
    <message>
        <source>LOGIN... | --expired [--json]</source>
        <translation>IDENTIFIANT... | --expired [--json]</translation>
    </message>
    <message>
        <source>Let deleted accounts go for good, freeing their logins; those on a data-locked profile wait for their time in the recycle bin to pass.</source>
        <translation>Supprimer définitivement des comptes supprimés, libérant leurs identifiants&#xa0;; ceux qui utilisent un profil avec verrouillage des données attendent la fin de leur temps dans la corbeille.</translation>
    </message>
    <message>
        <source>[--json] | --set --recycle-bin-days N</source>
        <translation>[--json] | --set --recycle-bin-days N</translation>
    </message>
    <message>
        <source>Show or change the whole database&apos;s settings: how long deleted accounts stay in the recycle bin.</source>
        <translation>Afficher ou modifier les paramètres de toute la base de données&#xa0;: combien de temps les comptes supprimés restent dans la corbeille.</translation>
    </message>
    <message>
        <source>Check the database file for damage, without changing it (exit status 3 when damaged); on a server, what its setup leaves open to operators (exit status 3 when anything).</source>
        <translation>Vérifier que le fichier de base de données n’est pas endommagé, sans le modifier (code de sortie 3 s’il l’est) ; sur un serveur, ce que sa configuration laisse ouvert aux opérateurs (code de sortie 3 s’il y a quelque chose).</translation>
    </message>
    <message>
        <source>FILE --group GROUP [--dry-run] [--plan PLAN.json] [--column HEADER=FIELD,…]... [--errors FILE.csv] [--json]</source>
        <translation>FICHIER --group GROUPE [--dry-run] [--plan PLAN.json] [--column EN-TÊTE=CHAMP,…]... [--errors FICHIER.csv] [--json]</translation>
    </message>
</context>
<context>
    <name>bc::cli::CommandLine</name>
    <message>
        <source>Name a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; does not take the option %2.</source>
        <translation>La commande «&#xa0;%1&#xa0;» n&apos;accepte pas l&apos;option %2.</translation>
    </message>
    <message>
        <source>Give either %1 or %2, not both.</source>
        <translation>Indiquez soit %1, soit %2, mais pas les deux.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs more arguments: %2 %1 %3</source>
        <translation>La commande «&#xa0;%1&#xa0;» nécessite davantage d&apos;arguments&#xa0;: %2 %1 %3</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation>La commande «&#xa0;%1&#xa0;» n&apos;accepte pas d&apos;argument «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>bc::cli::DatabaseCommands</name>
    <message>
        <source>There is no database file &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de fichier de base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SQLite database file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is intact (full check).</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» est intact (vérification complète).</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; is intact (quick check; --full also compares every index with its table).</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» est intact (vérification rapide&#xa0;; --full compare aussi chaque index à sa table).</translation>
    </message>
    <message>
        <source>%1 keeps operators to their groups: row security is installed and forced, no operator&apos;s role passes it, and a wrong password for an operator&apos;s role waits %2 ms.</source>
        <translation>%1 limite les opérateurs à leurs groupes : la sécurité au niveau des lignes est installée et imposée, aucun rôle d’opérateur ne la contourne, et un mauvais mot de passe pour le rôle d’un opérateur attend %2 ms.</translation>
    </message>
    <message>
        <source>%1 has no row security to check: the console keeps operators to their groups there.</source>
        <translation>%1 n’a pas de sécurité au niveau des lignes à vérifier : la console y limite les opérateurs à leurs groupes.</translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupCommands</name>
    <message>
        <source>Created group &quot;%1&quot; (id %2).</source>
        <translation>Groupe «&#xa0;%1&#xa0;» (id %2) créé.</translation>
    </message>
    <message>
        <source>The database has no groups yet; create the top group with &quot;group add NAME&quot;.</source>
        <translation>La base de données n&apos;a encore aucun groupe&#xa0;; créez le groupe racine avec «&#xa0;group add NOM&#xa0;».</translation>
    </message>
    <message>
        <source>%1%2  (id %3, accounts: %4)</source>
        <translation>%1%2  (id %3, comptes&#xa0;: %4)</translation>
    </message>
    <message>
        <source>Renamed group %1 to &quot;%2&quot;.</source>
        <translation>Groupe %1 renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Deleted group &quot;%1&quot; (id %2).</source>
        <translation>Groupe «&#xa0;%1&#xa0;» (id %2) supprimé.</translation>
    </message>
    <message>
        <source>The operators of &quot;%1&quot; and of the groups below it need multi-factor authentication to sign in.</source>
        <translation>Les opérateurs de «&#xa0;%1&#xa0;» et des groupes en dessous ont besoin de l&apos;authentification multifacteur pour se connecter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer requires multi-factor authentication (a group above it still may).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;exige plus l&apos;authentification multifacteur (un groupe au-dessus peut encore l&apos;exiger).</translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupSettingsCommands</name>
    <message>
        <source>There is no service &quot;%1&quot;; choose one of %2.</source>
        <translation>Il n&apos;existe aucun service «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Add --set to change settings.</source>
        <translation>Ajoutez --set pour modifier les paramètres.</translation>
    </message>
    <message>
        <source>--set needs an option that says what to change.</source>
        <translation>--set nécessite une option qui indique ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>Changed the settings of &quot;%1&quot;.</source>
        <translation>Paramètres de «&#xa0;%1&#xa0;» modifiés.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Customer id:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Contact company:</source>
        <translation>Société du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact address:</source>
        <translation>Adresse du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>Téléphone du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact email:</source>
        <translation>E-mail du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Services on:</source>
        <translation>Services activés&#xa0;:</translation>
    </message>
    <message>
        <source>Services off:</source>
        <translation>Services désactivés&#xa0;:</translation>
    </message>
    <message>
        <source>Back up new users automatically:</source>
        <translation>Sauvegarder automatiquement les nouveaux utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Digest recipients:</source>
        <translation>Destinataires du résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Default storage:</source>
        <translation>Stockage par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>%1 limit:</source>
        <translation>Limite de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Activation links valid:</source>
        <translation>Validité des liens d&apos;activation&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Default profile:</source>
        <translation>Profil par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default subscription:</source>
        <translation>Abonnement par défaut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bc::cli::GroupTemplateCommands</name>
    <message>
        <source>--reset takes no --subject, --body-file or --html-file.</source>
        <translation>--reset n&apos;accepte ni --subject, ni --body-file, ni --html-file.</translation>
    </message>
    <message>
        <source>Add --set to change the template.</source>
        <translation>Ajoutez --set pour modifier le modèle.</translation>
    </message>
    <message>
        <source>--set needs --subject, --body-file or --html-file.</source>
        <translation>--set nécessite --subject, --body-file ou --html-file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes its activation email from the group above again.</source>
        <translation>«&#xa0;%1&#xa0;» reprend à nouveau l&apos;e-mail d&apos;activation du groupe parent.</translation>
    </message>
    <message>
        <source>Changed the activation email of &quot;%1&quot;.</source>
        <translation>E-mail d&apos;activation de «&#xa0;%1&#xa0;» modifié.</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Objet&#xa0;: %1

%2</translation>
    </message>
    <message numerus="yes">
        <source>Links stay valid for %n day(s). Placeholders: %1.</source>
        <translation>
            <numerusform>Les liens restent valides %n jour. Espaces réservés&#xa0;: %1.</numerusform>
            <numerusform>Les liens restent valides %n jours. Espaces réservés&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::ImportCommands</name>
    <message>
        <source>The command &quot;account import&quot; needs --group.</source>
        <translation>La commande «&#xa0;account import&#xa0;» a besoin de --group.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The errors file &quot;%1&quot; could not be written: %2</source>
        <translation>Le fichier d&apos;erreurs «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Record %1, %2: %3</source>
        <translation>Enregistrement %1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) with errors.</source>
        <translation>
            <numerusform>… et %n autre enregistrement avec des erreurs.</numerusform>
            <numerusform>… et %n autres enregistrements avec des erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 disabled, %5 deleted, %6 errors, %7 conflicts.</source>
        <translation>%1 créés, %2 modifiés, %3 inchangés, %4 désactivés, %5 supprimés, %6 erreurs, %7 conflits.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Essai à blanc, rien n&apos;est écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>--column takes a column&apos;s header, =, and the fields it feeds: --column &quot;User principal name=login,email&quot; (none after = ignores it).</source>
        <translation>--column prend l&apos;en-tête d&apos;une colonne, =, et les champs qu&apos;elle remplit&#xa0;: --column «&#xa0;User principal name=login,email&#xa0;» (aucun après = l&apos;ignore).</translation>
    </message>
    <message>
        <source>An import has no field &quot;%1&quot;. The fields: %2.</source>
        <translation>Un import n&apos;a pas de champ «&#xa0;%1&#xa0;». Les champs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be opened: %2</source>
        <translation>Le plan «&#xa0;%1&#xa0;» n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The plan holds the columns its dry run used: give --column with --dry-run, not with --plan.</source>
        <translation>Le plan contient les colonnes de son essai à blanc&#xa0;: donnez --column avec --dry-run, pas avec --plan.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be written: %2</source>
        <translation>Le plan «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::MailCommands</name>
    <message>
        <source>&quot;%1&quot; is no security mode; use none, starttls or tls.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mode de sécurité&#xa0;; utilisez none, starttls ou tls.</translation>
    </message>
    <message>
        <source>Add --set to change settings.</source>
        <translation>Ajoutez --set pour modifier les paramètres.</translation>
    </message>
    <message>
        <source>--set needs an option that says what to change.</source>
        <translation>--set nécessite une option qui indique ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>Changed the mail settings.</source>
        <translation>Paramètres de messagerie modifiés.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>ceux du système</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Activation links:</source>
        <translation>Liens d&apos;activation&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>not stored; give it to &quot;outbox send&quot; (%1 or --password-stdin)</source>
        <translation>non stocké&#xa0;; transmettez-le à «&#xa0;outbox send&#xa0;» (%1 ou --password-stdin)</translation>
    </message>
    <message>
        <source>No email is sent until a host and a sender are set.</source>
        <translation>Aucun e-mail n&apos;est envoyé tant qu&apos;un hôte et un expéditeur ne sont pas définis.</translation>
    </message>
    <message>
        <source>The command &quot;mail test&quot; needs --to.</source>
        <translation>La commande «&#xa0;mail test&#xa0;» nécessite --to.</translation>
    </message>
    <message>
        <source>The test email to %1 was not delivered: %2</source>
        <translation>L&apos;e-mail de test à %1 n&apos;a pas été remis&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent a test email to %1.</source>
        <translation>E-mail de test envoyé à %1.</translation>
    </message>
</context>
<context>
    <name>bc::cli::MailDelivery</name>
    <message>
        <source>account %1: %2</source>
        <translation>compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No mail server is set up; run &quot;mail settings --set --host HOST --sender ADDRESS&quot; first.</source>
        <translation>Aucun serveur de messagerie n&apos;est configuré&#xa0;; exécutez d&apos;abord «&#xa0;mail settings --set --host HÔTE --sender ADRESSE&#xa0;».</translation>
    </message>
</context>
<context>
    <name>bc::cli::OperatorCommands</name>
    <message>
        <source>Add the URI to an authenticator app and keep the recovery codes somewhere safe: each signs in once, and nothing shows them again.</source>
        <translation>Ajoutez l&apos;URI à une application d&apos;authentification et conservez les codes de récupération en lieu sûr&#xa0;: chacun permet une connexion, et rien ne les affichera de nouveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signs in with its password alone until it enrols again (&quot;operator mfa enroll %1&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» se connecte avec son seul mot de passe jusqu&apos;à sa nouvelle inscription («&#xa0;operator mfa enroll %1&#xa0;»).</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Groupes de sécurité</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message numerus="yes">
        <source>Operators shown: %n.</source>
        <translation>
            <numerusform>Opérateurs affichés : %n.</numerusform>
            <numerusform>Opérateurs affichés : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope: %1 and the groups below it</source>
        <translation>Portée&#xa0;: %1 et les groupes en dessous</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Security groups: %1</source>
        <translation>Groupes de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Autorisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Multi-factor authentication: %1</source>
        <translation>Authentification multifacteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>configurée</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>non configurée</translation>
    </message>
    <message>
        <source>The account is disabled: it cannot sign in.</source>
        <translation>Le compte est désactivé&#xa0;: il ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA exigée</translation>
    </message>
    <message>
        <source>Multi-factor authentication required: %1</source>
        <translation>Authentification multifacteur exigée&#xa0;: %1</translation>
    </message>
    <message>
        <source>none yet (made when its password is set, or when it signs in with the owner&apos;s address)</source>
        <translation>aucun pour l&apos;instant (créé quand son mot de passe est défini, ou quand il se connecte avec l&apos;adresse du propriétaire)</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Rôle de base de données</translation>
    </message>
    <message>
        <source>Database role: %1</source>
        <translation>Rôle de base de données&#xa0;: %1</translation>
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
        <translation>ID|NOM</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>CHEMIN|URL</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Also print the core library&apos;s log messages.</source>
        <translation>Afficher aussi les messages de journal de la bibliothèque principale.</translation>
    </message>
    <message>
        <source>Show help for the command and exit.</source>
        <translation>Afficher l&apos;aide de la commande et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Produire un seul document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>The parent group, by id or path (default: the top group).</source>
        <translation>Le groupe parent, par id ou par chemin (par défaut&#xa0;: le groupe racine).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>The partner or customer id of the organization.</source>
        <translation>L&apos;identifiant partenaire ou client de l&apos;organisation.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Change the settings named by the other options; the rest stay.</source>
        <translation>Modifier les paramètres désignés par les autres options&#xa0;; le reste est conservé.</translation>
    </message>
    <message>
        <source>The company name of the contact.</source>
        <translation>Le nom de la société du contact.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The postal address of the contact.</source>
        <translation>L&apos;adresse postale du contact.</translation>
    </message>
    <message>
        <source>The telephone number of the contact.</source>
        <translation>Le numéro de téléphone du contact.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <source>The email address of the contact.</source>
        <translation>L&apos;adresse e-mail du contact.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Switch a service on or off: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes, m365-onedrive, m365-sharepoint, m365-teams. Repeatable.</source>
        <translation>Activer ou désactiver un service&#xa0;: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes, m365-onedrive, m365-sharepoint, m365-teams. Répétable.</translation>
    </message>
    <message>
        <source>KEY=on|off</source>
        <translation>CLÉ=on|off</translation>
    </message>
    <message>
        <source>Back up new users of a Microsoft 365 service automatically. Repeatable.</source>
        <translation>Sauvegarder automatiquement les nouveaux utilisateurs d&apos;un service Microsoft 365. Répétable.</translation>
    </message>
    <message>
        <source>Who receives the summary digest; replaces the list. Repeatable.</source>
        <translation>Qui reçoit le résumé&#xa0;; remplace la liste. Répétable.</translation>
    </message>
    <message>
        <source>Send the summary digest to nobody.</source>
        <translation>N&apos;envoyer le résumé à personne.</translation>
    </message>
    <message>
        <source>The group, by id or by path from the top group (&quot;Acme MSP/Contoso&quot;).</source>
        <translation>Le groupe, par id ou par chemin depuis le groupe racine («&#xa0;Acme MSP/Contoso&#xa0;»).</translation>
    </message>
    <message>
        <source>The login, unique across the database.</source>
        <translation>L&apos;identifiant, unique dans toute la base de données.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>The sign-in email address.</source>
        <translation>L&apos;adresse e-mail de connexion.</translation>
    </message>
    <message>
        <source>The first name.</source>
        <translation>Le prénom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The last name.</source>
        <translation>Le nom de famille.</translation>
    </message>
    <message>
        <source>The name shown (default: first and last name).</source>
        <translation>Le nom affiché (par défaut&#xa0;: prénom et nom).</translation>
    </message>
    <message>
        <source>Where notifications go, when not to the sign-in email.</source>
        <translation>Où vont les notifications, si ce n&apos;est pas à l&apos;e-mail de connexion.</translation>
    </message>
    <message>
        <source>The mobile number for SMS sign-in codes, in international form (+4915112345678).</source>
        <translation>Le numéro de mobile pour les codes de connexion par SMS, au format international (+4915112345678).</translation>
    </message>
    <message>
        <source>The telephone number (required for administrators).</source>
        <translation>Le numéro de téléphone (obligatoire pour les administrateurs).</translation>
    </message>
    <message>
        <source>The postal address (required for administrators).</source>
        <translation>L&apos;adresse postale (obligatoire pour les administrateurs).</translation>
    </message>
    <message>
        <source>Read a password from the first line of standard input (never from arguments).</source>
        <translation>Lire un mot de passe sur la première ligne de l&apos;entrée standard (jamais depuis les arguments).</translation>
    </message>
    <message>
        <source>Make the account an administrator.</source>
        <translation>Faire du compte un administrateur.</translation>
    </message>
    <message>
        <source>Make the account no administrator.</source>
        <translation>Retirer au compte le rôle d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Update the backup agent automatically.</source>
        <translation>Mettre à jour l&apos;agent de sauvegarde automatiquement.</translation>
    </message>
    <message>
        <source>Do not update the backup agent automatically.</source>
        <translation>Ne pas mettre à jour l&apos;agent de sauvegarde automatiquement.</translation>
    </message>
    <message>
        <source>Where backups go: local-and-cloud (default) or cloud-only.</source>
        <translation>Où vont les sauvegardes&#xa0;: local-and-cloud (par défaut) ou cloud-only.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>Notification level: off, less (default), more or all.</source>
        <translation>Niveau de notification&#xa0;: off, less (par défaut), more ou all.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Send business notifications.</source>
        <translation>Envoyer les notifications métier.</translation>
    </message>
    <message>
        <source>Send no business notifications.</source>
        <translation>Ne pas envoyer de notifications métier.</translation>
    </message>
    <message>
        <source>The profile whose defaults the account takes; --quota, --overage, --backup-locations and --notifications given with it override its values.</source>
        <translation>Le profil dont le compte prend les valeurs par défaut&#xa0;; --quota, --overage, --backup-locations et --notifications indiqués avec lui remplacent ses valeurs.</translation>
    </message>
    <message>
        <source>Take the account off its profile; its values become its own.</source>
        <translation>Détacher le compte de son profil&#xa0;; ses valeurs deviennent les siennes.</translation>
    </message>
    <message>
        <source>Take a value from the profile again: quota.RESOURCE, backupLocations or notificationLevel. Repeatable.</source>
        <translation>Reprendre une valeur du profil&#xa0;: quota.RESSOURCE, backupLocations ou notificationLevel. Répétable.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Where the account&apos;s backups go (default: the group&apos;s default storage).</source>
        <translation>Où vont les sauvegardes du compte (par défaut&#xa0;: le stockage par défaut du groupe).</translation>
    </message>
    <message>
        <source>A subscription that licenses the account. Repeatable.</source>
        <translation>Un abonnement qui accorde une licence au compte. Répétable.</translation>
    </message>
    <message>
        <source>Remove every subscription from the account.</source>
        <translation>Retirer tous les abonnements du compte.</translation>
    </message>
    <message>
        <source>A security group of the account. Repeatable.</source>
        <translation>Un groupe de sécurité du compte. Répétable.</translation>
    </message>
    <message>
        <source>Remove the account from every security group.</source>
        <translation>Retirer le compte de tous les groupes de sécurité.</translation>
    </message>
    <message>
        <source>Also list the accounts of the groups below --group.</source>
        <translation>Lister aussi les comptes des groupes situés sous --group.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Only accounts whose login, email or name contains the text (one or two characters: starts with it).</source>
        <translation>Uniquement les comptes dont l&apos;identifiant, l&apos;e-mail ou le nom contient le texte (pour un ou deux caractères&#xa0;: commence par ce texte).</translation>
    </message>
    <message>
        <source>Show at most N accounts.</source>
        <translation>Afficher au plus N comptes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Sort by login (default), name, email, status, admin, storage or created.</source>
        <translation>Trier par login (par défaut), name, email, status, admin, storage ou created.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Trier par ordre décroissant.</translation>
    </message>
    <message>
        <source>The name, unique within the group.</source>
        <translation>Le nom, unique dans le groupe.</translation>
    </message>
    <message>
        <source>List what accounts of the group may use: its own and those of the groups above.</source>
        <translation>Lister ce que les comptes du groupe peuvent utiliser&#xa0;: ce qui lui est propre et ce qui vient des groupes parents.</translation>
    </message>
    <message>
        <source>Accounts on the profile cannot be deleted and cannot change profile.</source>
        <translation>Les comptes de ce profil ne peuvent pas être supprimés ni changer de profil.</translation>
    </message>
    <message>
        <source>Lift the data lock.</source>
        <translation>Lever le verrouillage des données.</translation>
    </message>
    <message>
        <source>Where the storage is (e.g. eu-central).</source>
        <translation>Où se trouve le stockage (p. ex. eu-central).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation>PERMISSION</translation>
    </message>
    <message>
        <source>Take every permission away.</source>
        <translation>Retirer toutes les permissions.</translation>
    </message>
    <message>
        <source>Do not send the account an activation email.</source>
        <translation>Ne pas envoyer d&apos;e-mail d&apos;activation au compte.</translation>
    </message>
    <message>
        <source>The subject of this account&apos;s activation email.</source>
        <translation>L&apos;objet de l&apos;e-mail d&apos;activation de ce compte.</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the body of this account&apos;s activation email; it must contain {link}. Placeholders: %1.</source>
        <translation>Un fichier texte UTF-8 avec le corps de l&apos;e-mail d&apos;activation de ce compte&#xa0;; il doit contenir {link}. Espaces réservés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>The subject of the group&apos;s activation email.</source>
        <translation>L&apos;objet de l&apos;e-mail d&apos;activation du groupe.</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the plain-text body; it must contain {link}. Placeholders: %1.</source>
        <translation>Un fichier texte UTF-8 avec le corps en texte brut&#xa0;; il doit contenir {link}. Espaces réservés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the HTML body (default: made from the text).</source>
        <translation>Un fichier UTF-8 avec le corps HTML (par défaut&#xa0;: produit à partir du texte).</translation>
    </message>
    <message>
        <source>Drop the group&apos;s own template; the group above decides again.</source>
        <translation>Abandonner le modèle propre au groupe&#xa0;; le groupe parent décide à nouveau.</translation>
    </message>
    <message>
        <source>How many days an activation link stays valid (1 to 90).</source>
        <translation>Combien de jours un lien d&apos;activation reste valide (1 à 90).</translation>
    </message>
    <message>
        <source>The mail server&apos;s host name.</source>
        <translation>Le nom d&apos;hôte du serveur de messagerie.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>The mail server&apos;s port (587 for STARTTLS, 465 for TLS, 25).</source>
        <translation>Le port du serveur de messagerie (587 pour STARTTLS, 465 pour TLS, 25).</translation>
    </message>
    <message>
        <source>How to protect the connection: none, starttls or tls.</source>
        <translation>Comment protéger la connexion&#xa0;: none, starttls ou tls.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>The user name for the mail server (empty: no sign-in).</source>
        <translation>Le nom d&apos;utilisateur pour le serveur de messagerie (vide&#xa0;: pas d&apos;authentification).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Who emails come from: &quot;Backup Desk &lt;backup@msp.example&gt;&quot;.</source>
        <translation>De qui viennent les e-mails&#xa0;: «&#xa0;Backup Desk &lt;backup@msp.example&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>An extra root certificate (PEM) to trust, e.g. a company CA.</source>
        <translation>Un certificat racine (PEM) supplémentaire auquel faire confiance, p. ex. une AC d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Seconds to wait for the mail server.</source>
        <translation>Secondes d&apos;attente du serveur de messagerie.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Where backup-console-server answers, the start of every activation link.</source>
        <translation>Où backup-console-server répond, le début de chaque lien d&apos;activation.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The address the test email goes to.</source>
        <translation>L&apos;adresse à laquelle va l&apos;e-mail de test.</translation>
    </message>
    <message>
        <source>The name of the top group (default: Northwind MSP).</source>
        <translation>Le nom du groupe racine (par défaut&#xa0;: Northwind MSP).</translation>
    </message>
    <message>
        <source>How many accounts to create (default: 300).</source>
        <translation>Combien de comptes créer (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>The database: a file path, postgresql://user@host:port/name or mariadb://user@host:port/name (default: %1). A server&apos;s password comes from %2, never from the address.</source>
        <translation>La base de données&#xa0;: un chemin de fichier, postgresql://utilisateur@hôte:port/nom ou mariadb://utilisateur@hôte:port/nom (par défaut&#xa0;: %1). Le mot de passe d&apos;un serveur vient de %2, jamais de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Check everything, every index against its table (PRAGMA integrity_check; slow on big files) instead of the quick check the console runs when it opens a file.</source>
        <translation>Tout vérifier, chaque index par rapport à sa table (PRAGMA integrity_check&#xa0;; lent sur les gros fichiers), au lieu de la vérification rapide que la console effectue à l&apos;ouverture d&apos;un fichier.</translation>
    </message>
    <message>
        <source>The storage of new accounts that name none; &quot;none&quot;: the group above decides.</source>
        <translation>Le stockage des nouveaux comptes qui n&apos;en indiquent aucun&#xa0;; «&#xa0;none&#xa0;»&#xa0;: le groupe parent décide.</translation>
    </message>
    <message>
        <source>ID|NAME|none</source>
        <translation>ID|NAME|none</translation>
    </message>
    <message>
        <source>The profile new accounts of the group and of the groups below start with; &quot;none&quot;: the group above decides.</source>
        <translation>Le profil avec lequel commencent les nouveaux comptes du groupe et des groupes en dessous&#xa0;; «&#xa0;none&#xa0;»&#xa0;: le groupe parent décide.</translation>
    </message>
    <message>
        <source>The subscription that licenses new accounts of the group and of the groups below; &quot;none&quot;: the group above decides (or the only subscription the group offers).</source>
        <translation>L&apos;abonnement qui accorde une licence aux nouveaux comptes du groupe et des groupes en dessous&#xa0;; «&#xa0;none&#xa0;»&#xa0;: le groupe parent décide (ou le seul abonnement que propose le groupe).</translation>
    </message>
    <message>
        <source>A limit: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes or storage, then a number or &quot;unlimited&quot;. Storage takes a unit (storage=500GB, storage=1.5TiB) and, in every language, . as the decimal point and no group separators. Repeatable.</source>
        <translation>Une limite&#xa0;: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes ou storage, puis un nombre ou «&#xa0;unlimited&#xa0;». storage prend une unité (storage=500GB, storage=1.5TiB) et, dans toutes les langues, . comme séparateur décimal, sans séparateur de milliers. Répétable.</translation>
    </message>
    <message>
        <source>How far usage may pass a limit before backups fail; storage written as for --quota (storage=10GB). Repeatable.</source>
        <translation>De combien l&apos;utilisation peut excéder une limite avant que les sauvegardes échouent&#xa0;; storage s&apos;écrit comme pour --quota (storage=10GB). Répétable.</translation>
    </message>
    <message>
        <source>Only accounts in this status: active, inactive or disabled; or only those unlicensed, admin (administrators) or email-failed (their activation email could not be sent).</source>
        <translation>Uniquement les comptes dans cet état&#xa0;: active, inactive ou disabled&#xa0;; ou uniquement ceux sans licence (unlicensed), les administrateurs (admin) ou ceux dont l&apos;e-mail d&apos;activation n&apos;a pas pu être envoyé (email-failed).</translation>
    </message>
    <message>
        <source>Print comma-separated values (RFC 4180, UTF-8) instead of text; a value a spreadsheet would run as a formula starts with an apostrophe.</source>
        <translation>Produire des valeurs séparées par des virgules (RFC 4180, UTF-8) au lieu de texte&#xa0;; une valeur qu&apos;un tableur exécuterait comme formule commence par une apostrophe.</translation>
    </message>
    <message>
        <source>Only entries from this time on: 2026-03-04, 2026-03-04T09:30 (local time) or 2026-03-04T09:30Z (UTC).</source>
        <translation>Uniquement les entrées à partir de cette heure&#xa0;: 2026-03-04, 2026-03-04T09:30 (heure locale) ou 2026-03-04T09:30Z (UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Only entries before this time, written as for --since.</source>
        <translation>Uniquement les entrées antérieures à cette heure, écrite comme pour --since.</translation>
    </message>
    <message>
        <source>Only entries by this operator (its login, or the system user that made the change).</source>
        <translation>Uniquement les entrées de cet opérateur (son identifiant, ou l&apos;utilisateur système qui a fait la modification).</translation>
    </message>
    <message>
        <source>Only entries of this action, e.g. account.created or group.renamed.</source>
        <translation>Uniquement les entrées de cette action, p. ex. account.created ou group.renamed.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Only entries about this kind of object: account, group, profile, storage, subscription or security-group.</source>
        <translation>Uniquement les entrées concernant ce type d&apos;objet&#xa0;: account, group, profile, storage, subscription ou security-group.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A permission: create-accounts, edit-accounts, delete-accounts, manage-groups (and their settings), view-audit-log, manage-settings (profiles, storages, subscriptions and security groups) or manage-operators. Repeatable; replaces the list.</source>
        <translation>Une autorisation&#xa0;: create-accounts, edit-accounts, delete-accounts, manage-groups (et leurs paramètres), view-audit-log, manage-settings (profils, stockages, abonnements et groupes de sécurité) ou manage-operators. Répétable&#xa0;; remplace la liste.</translation>
    </message>
    <message>
        <source>Sign in as this operator (default: $%1). Needed once the database has an operator; its password comes from $%2 or --operator-password-stdin.</source>
        <translation>Se connecter en tant que cet opérateur (par défaut&#xa0;: $%1). Nécessaire dès que la base de données a un opérateur&#xa0;; son mot de passe vient de $%2 ou de --operator-password-stdin.</translation>
    </message>
    <message>
        <source>Read the operator&apos;s password from the first line of standard input (never from arguments).</source>
        <translation>Lire le mot de passe de l’opérateur sur la première ligne de l’entrée standard (jamais depuis les arguments).</translation>
    </message>
    <message>
        <source>The operator&apos;s code from its authenticator app, or a recovery code (default: $%1).</source>
        <translation>Le code de l’opérateur issu de son application d’authentification, ou un code de récupération (par défaut&#xa0;: $%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Check every record and say what an import would do; write nothing.</source>
        <translation>Vérifier chaque enregistrement et dire ce que ferait un import&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Write the records that were not imported to this CSV file, with their row, field and message, to fix and import again.</source>
        <translation>Écrire les enregistrements non importés dans ce fichier CSV, avec leur ligne, leur champ et leur message, pour les corriger et les importer à nouveau.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>Move the accounts to this group, by id or by path from the top group.</source>
        <translation>Déplacer les comptes dans ce groupe, par id ou par chemin depuis le groupe de tête.</translation>
    </message>
    <message>
        <source>Put the accounts on their group&apos;s default storage.</source>
        <translation>Mettre les comptes sur le stockage par défaut de leur groupe.</translation>
    </message>
    <message>
        <source>A subscription to add to each account. Repeatable.</source>
        <translation>Un abonnement à ajouter à chaque compte. Répétable.</translation>
    </message>
    <message>
        <source>A subscription to take from each account. Repeatable.</source>
        <translation>Un abonnement à retirer de chaque compte. Répétable.</translation>
    </message>
    <message>
        <source>A security group to add each account to. Repeatable.</source>
        <translation>Un groupe de sécurité auquel ajouter chaque compte. Répétable.</translation>
    </message>
    <message>
        <source>A security group to take each account out of. Repeatable.</source>
        <translation>Un groupe de sécurité dont retirer chaque compte. Répétable.</translation>
    </message>
    <message>
        <source>Purge every deleted account whose time in the recycle bin has passed (any bin command does so first).</source>
        <translation>Supprimer définitivement chaque compte supprimé dont le temps dans la corbeille est écoulé (toute commande de la corbeille le fait d’abord).</translation>
    </message>
    <message>
        <source>How many days a deleted account stays in the recycle bin before it is purged (1 to 3650; default 30).</source>
        <translation>Nombre de jours pendant lesquels un compte supprimé reste dans la corbeille avant sa suppression définitive (1 à 3650&#xa0;; 30 par défaut).</translation>
    </message>
    <message>
        <source>With --dry-run: write what it showed to this file. Without: import only what that dry run showed; a record whose account changed since is a conflict, and a changed file is not imported.</source>
        <translation>Avec --dry-run&#xa0;: écrire dans ce fichier ce qu&apos;il a montré. Sans&#xa0;: n&apos;importer que ce que cet essai à blanc a montré&#xa0;; un enregistrement dont le compte a changé depuis est un conflit, et un fichier modifié n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>Feed a column to other fields than its header says (HEADER=login,email), or ignore it (HEADER=). Repeatable.</source>
        <translation>Envoyer une colonne vers d&apos;autres champs que ceux que dit son en-tête (EN-TÊTE=login,email), ou l&apos;ignorer (EN-TÊTE=). Répétable.</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>EN-TÊTE=CHAMP</translation>
    </message>
</context>
<context>
    <name>bc::cli::OptionReader</name>
    <message>
        <source>Write &quot;%1&quot; as RESOURCE=VALUE, for example storage=500GB.</source>
        <translation>Écrivez «&#xa0;%1&#xa0;» sous la forme RESSOURCE=VALEUR, par exemple storage=500GB.</translation>
    </message>
    <message>
        <source>There is no resource &quot;%1&quot;; choose one of %2.</source>
        <translation>Il n&apos;existe aucune ressource «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;une de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice; use %2 or %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un choix possible&#xa0;; utilisez %2 ou %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un choix possible&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enter a whole number of %1 or more.</source>
        <translation>Saisissez un nombre entier supérieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot; as KEY=on or KEY=off, for example servers=off.</source>
        <translation>Écrivez «&#xa0;%1&#xa0;» sous la forme CLÉ=on ou CLÉ=off, par exemple servers=off.</translation>
    </message>
    <message>
        <source>Enter a whole number of zero or more.</source>
        <translation>Saisissez un nombre entier supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it as 2026-03-04, 2026-03-04T09:30 (local time) or 2026-03-04T09:30Z (UTC).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;; écrivez-la sous la forme 2026-03-04, 2026-03-04T09:30 (heure locale) ou 2026-03-04T09:30Z (UTC).</translation>
    </message>
</context>
<context>
    <name>bc::cli::OutboxCommands</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Emails shown: %1.</source>
        <translation>E-mails affichés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the id that &quot;outbox list&quot; shows.</source>
        <translation>Indiquez l&apos;id qu&apos;affiche «&#xa0;outbox list&#xa0;».</translation>
    </message>
    <message>
        <source>The email %1 to %2 is queued again; &quot;outbox send&quot; or a running console sends it.</source>
        <translation>L&apos;e-mail %1 à %2 est de nouveau en file d&apos;attente&#xa0;; «&#xa0;outbox send&#xa0;» ou une console en cours d&apos;exécution l&apos;enverra.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n email(s).</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::cli::Output</name>
    <message>
        <source>The change was refused.</source>
        <translation>La modification a été refusée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about one input: the input&apos;s key (e.g. &quot;login&quot;), then the reason.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::server::ActivationPage</name>
    <message>
        <source>This link cannot be used</source>
        <translation>Ce lien ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Please try again later</source>
        <translation>Veuillez réessayer plus tard</translation>
    </message>
    <message>
        <source>The service is not available right now. Nothing was changed; try the link again in a few minutes.</source>
        <translation>Le service n&apos;est pas disponible pour le moment. Rien n&apos;a été modifié&#xa0;; réessayez le lien dans quelques minutes.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Hello %1. Choose a password for the backup account &lt;strong&gt;%2&lt;/strong&gt;.</source>
        <translation>Bonjour %1. Choisissez un mot de passe pour le compte de sauvegarde &lt;strong&gt;%2&lt;/strong&gt;.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; not your login and not a common password.</source>
        <translation>
            <numerusform>Au moins %n caractère&#xa0;; ni votre identifiant ni un mot de passe courant.</numerusform>
            <numerusform>Au moins %n caractères&#xa0;; ni votre identifiant ni un mot de passe courant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>Activate my account</source>
        <translation>Activer mon compte</translation>
    </message>
    <message>
        <source>Activate your backup account</source>
        <translation>Activez votre compte de sauvegarde</translation>
    </message>
    <message>
        <source>Your account is active</source>
        <translation>Votre compte est actif</translation>
    </message>
    <message>
        <source>Thank you, %1. The account %2 is active; sign in with your login and the password you chose.</source>
        <translation>Merci, %1. Le compte %2 est actif&#xa0;; connectez-vous avec votre identifiant et le mot de passe que vous avez choisi.</translation>
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
        <translation>Créer et gérer des comptes de sauvegarde.</translation>
    </message>
    <message>
        <source>Fill an empty database with a sample of groups and accounts.</source>
        <translation>Remplir une base de données vide avec un échantillon de groupes et de comptes.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>La base de données n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The database to open: a file path, postgresql://user@host:port/name or mariadb://user@host:port/name, never with a password (default: the last connection, else %1).</source>
        <translation>La base de données à ouvrir&#xa0;: un chemin de fichier, postgresql://utilisateur@hôte:port/nom ou mariadb://utilisateur@hôte:port/nom, jamais avec un mot de passe (par défaut&#xa0;: la dernière connexion, sinon %1).</translation>
    </message>
    <message>
        <source>location</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The operator&apos;s login the sign-in starts with (default: $%1). With $%2 (and $%3) set, it signs in without asking.</source>
        <translation>L’identifiant de l’opérateur par lequel commence la connexion (par défaut&#xa0;: $%1). Si $%2 (et $%3) sont définies, la connexion se fait sans demande.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Serves the activation pages of the Backup Account Console.</source>
        <translation>Sert les pages d&apos;activation de Backup Account Console.</translation>
    </message>
    <message>
        <source>Address to listen on (default: %1).</source>
        <translation>Adresse d&apos;écoute (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: 8080).</source>
        <translation>Port d&apos;écoute (par défaut&#xa0;: 8080).</translation>
    </message>
    <message>
        <source>Also deliver the outbox (SMTP password from BACKUP_CONSOLE_SMTP_PASSWORD).</source>
        <translation>Distribuer aussi la boîte d&apos;envoi (mot de passe SMTP depuis BACKUP_CONSOLE_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>Give a port from 0 to 65535 and an IP address to listen on.</source>
        <translation>Indiquez un port de 0 à 65535 et une adresse IP d&apos;écoute.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2; is it in use?</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;; est-il déjà utilisé&#xa0;?</translation>
    </message>
    <message>
        <source>The database: a file path, postgresql://user@host:port/name or mariadb://user@host:port/name (default: %1). A server&apos;s password comes from BACKUP_CONSOLE_DATABASE_PASSWORD, never from the address.</source>
        <translation>La base de données&#xa0;: un chemin de fichier, postgresql://utilisateur@hôte:port/nom ou mariadb://utilisateur@hôte:port/nom (par défaut&#xa0;: %1). Le mot de passe d&apos;un serveur vient de BACKUP_CONSOLE_DATABASE_PASSWORD, jamais de l&apos;adresse.</translation>
    </message>
</context>
</TS>
