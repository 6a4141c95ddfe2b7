#include "app/cli/optioncatalog.h"

#include "core/mail/emailtemplate.h"
#include "core/platform/environment.h"
#include "core/platform/translations.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

QStringList OptionCatalog::globalOptions()
{
    return {u"database"_s, u"operator"_s, u"operator-password-stdin"_s, u"otp"_s, u"lang"_s, u"verbose"_s, u"h"_s,
            u"help"_s,     u"version"_s};
}

QList<std::pair<QString, QString>> OptionCatalog::exclusiveOptions()
{
    return {
        {u"admin"_s, u"no-admin"_s},
        {u"agent-auto-update"_s, u"no-agent-auto-update"_s},
        {u"business-notifications"_s, u"no-business-notifications"_s},
        {u"profile"_s, u"no-profile"_s},
        {u"data-lock"_s, u"no-data-lock"_s},
        {u"permission"_s, u"no-permissions"_s},
        {u"digest-recipient"_s, u"no-digest-recipients"_s},
        {u"subscription"_s, u"no-subscriptions"_s},
        {u"security-group"_s, u"no-security-groups"_s},
        {u"storage"_s, u"group-storage"_s},
        {u"set"_s, u"reset"_s},
        {u"json"_s, u"csv"_s},
        // Standard input carries one password.
        {u"operator-password-stdin"_s, u"password-stdin"_s},
        {u"no-activation-email"_s, u"activation-subject"_s},
        {u"no-activation-email"_s, u"activation-body-file"_s},
    };
}

QList<QCommandLineOption> OptionCatalog::options()
{
    const QString resourceValue = tr("RESOURCE=N");
    const QString item = tr("ID|NAME");
    return {
        // Global
        {{u"database"_s},
         tr("The database: a file path, postgresql://user@host:port/name or mariadb://user@host:port/name "
            "(default: %1). A server's password comes from %2, never from the address.")
             .arg(u'$' + Environment::database, u'$' + Environment::databasePassword),
         tr("PATH|URL")},
        {{u"operator"_s},
         tr("Sign in as this operator (default: $%1). Needed once the database has an operator; its password "
            "comes from $%2 or --operator-password-stdin.")
             .arg(Environment::operatorLogin, Environment::operatorPassword),
         tr("LOGIN")},
        {{u"operator-password-stdin"_s},
         tr("Read the operator's password from the first line of standard input (never from arguments).")},
        {{u"otp"_s},
         tr("The operator's code from its authenticator app, or a recovery code (default: $%1).").arg(Environment::otp),
         tr("CODE")},
        // Read by main() before the parser runs (bc::languageArgument); here for --help and validation.
        {{u"lang"_s}, languageOptionDescription(), tr("LANGUAGE")},
        {{u"verbose"_s}, tr("Also print the core library's log messages.")},
        {{u"h"_s, u"help"_s}, tr("Show help for the command and exit.")},
        {{u"version"_s}, tr("Show the version and exit.")},
        // Output
        {{u"json"_s}, tr("Print one JSON document instead of text.")},
        // Database
        {{u"full"_s},
         tr("Check everything, every index against its table (PRAGMA integrity_check; slow on big files) "
            "instead of the quick check the console runs when it opens a file.")},
        // Groups
        {{u"parent"_s}, tr("The parent group, by id or path (default: the top group)."), tr("GROUP")},
        {{u"customer-id"_s}, tr("The partner or customer id of the organization."), tr("ID")},
        {{u"set"_s}, tr("Change the settings named by the other options; the rest stay.")},
        {{u"contact-company"_s}, tr("The company name of the contact."), tr("TEXT")},
        {{u"contact-address"_s}, tr("The postal address of the contact."), tr("TEXT")},
        {{u"contact-phone"_s}, tr("The telephone number of the contact."), tr("PHONE")},
        {{u"contact-email"_s}, tr("The email address of the contact."), tr("EMAIL")},
        {{u"service"_s},
         tr("Switch a service on or off: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes, "
            "m365-onedrive, m365-sharepoint, m365-teams. Repeatable."),
         tr("KEY=on|off")},
        {{u"auto-backup"_s},
         tr("Back up new users of a Microsoft 365 service automatically. Repeatable."),
         tr("KEY=on|off")},
        {{u"digest-recipient"_s}, tr("Who receives the summary digest; replaces the list. Repeatable."), tr("EMAIL")},
        {{u"no-digest-recipients"_s}, tr("Send the summary digest to nobody.")},
        {{u"default-storage"_s},
         tr("The storage of new accounts that name none; \"none\": the group above decides."),
         tr("ID|NAME|none")},
        {{u"default-profile"_s},
         tr("The profile new accounts of the group and of the groups below start with; \"none\": the group above "
            "decides."),
         tr("ID|NAME|none")},
        {{u"default-subscription"_s},
         tr("The subscription that licenses new accounts of the group and of the groups below; \"none\": the group "
            "above decides (or the only subscription the group offers)."),
         tr("ID|NAME|none")},
        // Accounts
        {{u"group"_s}, tr("The group, by id or by path from the top group (\"Acme MSP/Contoso\")."), tr("GROUP")},
        {{u"login"_s}, tr("The login, unique across the database."), tr("LOGIN")},
        {{u"email"_s}, tr("The sign-in email address."), tr("EMAIL")},
        {{u"first-name"_s}, tr("The first name."), tr("NAME")},
        {{u"last-name"_s}, tr("The last name."), tr("NAME")},
        {{u"display-name"_s}, tr("The name shown (default: first and last name)."), tr("NAME")},
        {{u"notification-email"_s}, tr("Where notifications go, when not to the sign-in email."), tr("EMAIL")},
        {{u"mobile"_s},
         tr("The mobile number for SMS sign-in codes, in international form (+4915112345678)."),
         tr("PHONE")},
        {{u"phone"_s}, tr("The telephone number (required for administrators)."), tr("PHONE")},
        {{u"address"_s}, tr("The postal address (required for administrators)."), tr("TEXT")},
        {{u"password-stdin"_s}, tr("Read a password from the first line of standard input (never from arguments).")},
        {{u"admin"_s}, tr("Make the account an administrator.")},
        {{u"no-admin"_s}, tr("Make the account no administrator.")},
        {{u"agent-auto-update"_s}, tr("Update the backup agent automatically.")},
        {{u"no-agent-auto-update"_s}, tr("Do not update the backup agent automatically.")},
        {{u"quota"_s},
         tr("A limit: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes or storage, "
            "then a number or \"unlimited\". Storage takes a unit (storage=500GB, storage=1.5TiB) and, in every "
            "language, . as the decimal point and no group separators. Repeatable."),
         resourceValue},
        {{u"overage"_s},
         tr("How far usage may pass a limit before backups fail; storage written as for --quota (storage=10GB). "
            "Repeatable."),
         resourceValue},
        {{u"backup-locations"_s}, tr("Where backups go: local-and-cloud (default) or cloud-only."), tr("WHERE")},
        {{u"notifications"_s}, tr("Notification level: off, less (default), more or all."), tr("LEVEL")},
        {{u"business-notifications"_s}, tr("Send business notifications.")},
        {{u"no-business-notifications"_s}, tr("Send no business notifications.")},
        {{u"profile"_s},
         tr("The profile whose defaults the account takes; --quota, --overage, --backup-locations and "
            "--notifications given with it override its values."),
         item},
        {{u"no-profile"_s}, tr("Take the account off its profile; its values become its own.")},
        {{u"reset-to-profile"_s},
         tr("Take a value from the profile again: quota.RESOURCE, backupLocations or notificationLevel. "
            "Repeatable."),
         tr("KEY")},
        {{u"storage"_s}, tr("Where the account's backups go (default: the group's default storage)."), item},
        {{u"subscription"_s}, tr("A subscription that licenses the account. Repeatable."), item},
        {{u"no-subscriptions"_s}, tr("Remove every subscription from the account.")},
        {{u"security-group"_s}, tr("A security group of the account. Repeatable."), item},
        {{u"no-security-groups"_s}, tr("Remove the account from every security group.")},
        {{u"include-subgroups"_s}, tr("Also list the accounts of the groups below --group.")},
        {{u"move-to"_s}, tr("Move the accounts to this group, by id or by path from the top group."), tr("GROUP")},
        {{u"group-storage"_s}, tr("Put the accounts on their group's default storage.")},
        {{u"add-subscription"_s}, tr("A subscription to add to each account. Repeatable."), item},
        {{u"remove-subscription"_s}, tr("A subscription to take from each account. Repeatable."), item},
        {{u"add-security-group"_s}, tr("A security group to add each account to. Repeatable."), item},
        {{u"remove-security-group"_s}, tr("A security group to take each account out of. Repeatable."), item},
        {{u"status"_s},
         tr("Only accounts in this status: active, inactive or disabled; or only those unlicensed, admin "
            "(administrators) or email-failed (their activation email could not be sent)."),
         tr("STATUS")},
        {{u"search"_s},
         tr("Only accounts whose login, email or name contains the text (one or two "
            "characters: starts with it)."),
         tr("TEXT")},
        {{u"limit"_s}, tr("Show at most N accounts."), tr("N")},
        {{u"sort"_s}, tr("Sort by login (default), name, email, status, admin, storage or created."), tr("COLUMN")},
        {{u"descending"_s}, tr("Sort in descending order.")},
        // The recycle bin
        {{u"expired"_s},
         tr("Purge every deleted account whose time in the recycle bin has passed (any bin command does so "
            "first).")},
        {{u"recycle-bin-days"_s},
         tr("How many days a deleted account stays in the recycle bin before it is purged (1 to 3650; default 30)."),
         tr("N")},
        // Profiles, storages, subscriptions, security groups
        {{u"name"_s}, tr("The name, unique within the group."), tr("NAME")},
        {{u"available"_s}, tr("List what accounts of the group may use: its own and those of the groups above.")},
        {{u"data-lock"_s}, tr("Accounts on the profile cannot be deleted and cannot change profile.")},
        {{u"no-data-lock"_s}, tr("Lift the data lock.")},
        {{u"region"_s}, tr("Where the storage is (e.g. eu-central)."), tr("REGION")},
        {{u"permission"_s},
         tr("A permission: create-accounts, edit-accounts, delete-accounts, manage-groups (and their settings), "
            "view-audit-log, manage-settings (profiles, storages, subscriptions and security groups) or "
            "manage-operators. Repeatable; replaces the list."),
         tr("PERMISSION")},
        {{u"no-permissions"_s}, tr("Take every permission away.")},
        // Activation emails and mail
        {{u"no-activation-email"_s}, tr("Do not send the account an activation email.")},
        {{u"activation-subject"_s}, tr("The subject of this account's activation email."), tr("TEXT")},
        {{u"activation-body-file"_s},
         tr("A UTF-8 text file with the body of this account's activation email; it must contain {link}. "
            "Placeholders: %1.")
             .arg(EmailTemplates::placeholders().join(u", "_s)),
         tr("PATH")},
        {{u"subject"_s}, tr("The subject of the group's activation email."), tr("TEXT")},
        {{u"body-file"_s},
         tr("A UTF-8 text file with the plain-text body; it must contain {link}. Placeholders: %1.")
             .arg(EmailTemplates::placeholders().join(u", "_s)),
         tr("PATH")},
        {{u"html-file"_s}, tr("A UTF-8 file with the HTML body (default: made from the text)."), tr("PATH")},
        {{u"reset"_s}, tr("Drop the group's own template; the group above decides again.")},
        {{u"activation-days"_s}, tr("How many days an activation link stays valid (1 to 90)."), tr("N")},
        {{u"host"_s}, tr("The mail server's host name."), tr("HOST")},
        {{u"port"_s}, tr("The mail server's port (587 for STARTTLS, 465 for TLS, 25)."), tr("N")},
        {{u"security"_s}, tr("How to protect the connection: none, starttls or tls."), tr("MODE")},
        {{u"user"_s}, tr("The user name for the mail server (empty: no sign-in)."), tr("USER")},
        {{u"sender"_s}, tr("Who emails come from: \"Backup Desk <backup@msp.example>\"."), tr("ADDRESS")},
        {{u"ca-file"_s}, tr("An extra root certificate (PEM) to trust, e.g. a company CA."), tr("PATH")},
        {{u"timeout"_s}, tr("Seconds to wait for the mail server."), tr("S")},
        {{u"activation-url"_s},
         tr("Where backup-console-server answers, the start of every activation link."),
         tr("URL")},
        {{u"to"_s}, tr("The address the test email goes to."), tr("EMAIL")},
        // Import
        {{u"dry-run"_s}, tr("Check every record and say what an import would do; write nothing.")},
        {{u"plan"_s},
         tr("With --dry-run: write what it showed to this file. Without: import only what that dry run showed; a "
            "record whose account changed since is a conflict, and a changed file is not imported."),
         tr("PLAN.json")},
        {{u"column"_s},
         tr("Feed a column to other fields than its header says (HEADER=login,email), or ignore it (HEADER=). "
            "Repeatable."),
         tr("HEADER=FIELD")},
        {{u"errors"_s},
         tr("Write the records that were not imported to this CSV file, with their row, field and message, to fix "
            "and import again."),
         tr("FILE.csv")},
        // Audit log
        {{u"csv"_s},
         tr("Print comma-separated values (RFC 4180, UTF-8) instead of text; a value a spreadsheet would run as a "
            "formula starts with an apostrophe.")},
        {{u"since"_s},
         tr("Only entries from this time on: 2026-03-04, 2026-03-04T09:30 (local time) or 2026-03-04T09:30Z (UTC)."),
         tr("TIME")},
        {{u"until"_s}, tr("Only entries before this time, written as for --since."), tr("TIME")},
        {{u"actor"_s},
         tr("Only entries by this operator (its login, or the system user that made the change)."),
         tr("NAME")},
        {{u"action"_s}, tr("Only entries of this action, e.g. account.created or group.renamed."), tr("ACTION")},
        {{u"object-type"_s},
         tr("Only entries about this kind of object: account, group, profile, storage, subscription or "
            "security-group."),
         tr("TYPE")},
        // Demo
        {{u"msp-name"_s}, tr("The name of the top group (default: Northwind MSP)."), tr("NAME")},
        {{u"accounts"_s}, tr("How many accounts to create (default: 300)."), tr("N")},
    };
}

} // namespace bc::cli
