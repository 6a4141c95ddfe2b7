#include "app/cli/commandcatalog.h"

#include "app/cli/optioncatalog.h"
#include "core/platform/environment.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

QString CommandCatalog::programName()
{
    return u"backup-console-cli"_s;
}

QList<CommandSpec> CommandCatalog::catalogCommands(CatalogKind kind)
{
    // The kind's key is the commands' first word. What differs between the four kinds: the words
    // of the help, and what an item carries.
    const QString topic = toKey(kind);
    QString item, add, list, edit, remove;
    QStringList extra, editExtra;
    if (kind == CatalogKind::Profile) {
        item = tr("PROFILE"), add = tr("Create a profile: defaults and data lock for accounts.");
        list = tr("List a group's profiles."), edit = tr("Change a profile; accounts that inherit follow.");
        remove = tr("Delete a profile no account uses.");
        extra = {u"data-lock"_s, u"backup-locations"_s, u"notifications"_s, u"quota"_s, u"overage"_s};
        editExtra = {u"no-data-lock"_s};
    } else if (kind == CatalogKind::Storage) {
        item = tr("STORAGE"), add = tr("Create a storage where accounts' backups go.");
        list = tr("List a group's storages."), edit = tr("Change a storage.");
        remove = tr("Delete a storage no account or group uses.");
        extra = {u"region"_s};
    } else if (kind == CatalogKind::Subscription) {
        item = tr("SUBSCRIPTION"), add = tr("Create a subscription that licenses accounts.");
        list = tr("List a group's subscriptions."), edit = tr("Rename a subscription.");
        remove = tr("Delete a subscription no account uses.");
    } else {
        item = tr("SECURITY_GROUP"), add = tr("Create a security group: what operators holding it may do.");
        list = tr("List a group's security groups."), edit = tr("Change a security group.");
        remove = tr("Delete a security group no account uses.");
        extra = {u"permission"_s};
        editExtra = {u"no-permissions"_s};
    }
    const QStringList common {u"group"_s, u"name"_s};
    const QHash<QString, OptionText> newName {{u"name"_s, {tr("NAME"), tr("The new name, unique within the group.")}}};
    return {
        {{topic, u"add"_s}, tr("--group GROUP --name NAME [OPTIONS]"), add, common + extra + QStringList {u"json"_s}},
        {{topic, u"list"_s}, tr("--group GROUP [--available] [--json]"), list, {u"group"_s, u"available"_s, u"json"_s}},
        {{topic, u"edit"_s},
         tr("%1 --group GROUP [--name NEW_NAME] [OPTIONS]").arg(item),
         edit,
         common + extra + editExtra + QStringList {u"json"_s},
         1,
         1,
         newName},
        {{topic, u"delete"_s}, tr("%1 --group GROUP").arg(item), remove, {u"group"_s}, 1, 1},
    };
}

namespace {

// `account add` takes the group's default profile and subscription; each opt-out follows its option.
QStringList withOptOuts(QStringList options)
{
    options.insert(options.indexOf(u"profile"_s) + 1, u"no-profile"_s);
    options.insert(options.indexOf(u"subscription"_s) + 1, u"no-subscriptions"_s);
    return options;
}

} // namespace

QList<CommandSpec> CommandCatalog::commands()
{
    const QStringList accountFields {
        u"login"_s,
        u"email"_s,
        u"first-name"_s,
        u"last-name"_s,
        u"display-name"_s,
        u"notification-email"_s,
        u"mobile"_s,
        u"phone"_s,
        u"address"_s,
        u"password-stdin"_s,
        u"quota"_s,
        u"overage"_s,
        u"backup-locations"_s,
        u"notifications"_s,
        u"profile"_s,
        u"storage"_s,
        u"subscription"_s,
        u"security-group"_s,
        u"json"_s,
    };
    QList<CommandSpec> result {
        {{u"help"_s}, tr("[COMMAND]"), tr("Show help for a command."), {}, 0, 3},
        {{u"group"_s, u"add"_s},
         tr("NAME [--parent GROUP] [--customer-id ID]"),
         tr("Create a group (the top group when the database is empty)."),
         {u"parent"_s, u"customer-id"_s, u"json"_s},
         1,
         1},
        {{u"group"_s, u"list"_s}, tr("[--json]"), tr("List the group tree with account counts."), {u"json"_s}, 0, 0},
        {{u"group"_s, u"rename"_s}, tr("GROUP NEW_NAME"), tr("Rename a group."), {u"json"_s}, 2, 2},
        {{u"group"_s, u"delete"_s}, tr("GROUP"), tr("Delete an empty group."), {}, 1, 1},
        {{u"group"_s, u"mfa"_s, u"require"_s},
         tr("GROUP [--json]"),
         tr("Require multi-factor authentication of the group's operators and those of the groups below it."),
         {u"json"_s},
         1,
         1},
        {{u"group"_s, u"mfa"_s, u"optional"_s},
         tr("GROUP [--json]"),
         tr("Stop requiring multi-factor authentication in the group (groups above it may still require it)."),
         {u"json"_s},
         1,
         1},
        {{u"group"_s, u"settings"_s},
         tr("GROUP [--json] | GROUP --set [OPTIONS]"),
         tr("Show or change a group's organization settings."),
         {u"json"_s, u"set"_s, u"customer-id"_s, u"contact-company"_s, u"contact-address"_s, u"contact-phone"_s,
          u"contact-email"_s, u"service"_s, u"auto-backup"_s, u"digest-recipient"_s, u"no-digest-recipients"_s,
          u"default-storage"_s, u"default-profile"_s, u"default-subscription"_s, u"limit"_s, u"activation-days"_s},
         1,
         1,
         {{u"limit"_s,
           {tr("RESOURCE=N"),
            tr("A cap for the group's accounts and the groups below: RESOURCE as for --quota, then a number or "
               "\"unlimited\"; storage with a unit and . as the decimal point (storage=1.5TB). Repeatable.")}}}},
        {{u"account"_s, u"add"_s},
         tr("--group GROUP --login LOGIN --email EMAIL [OPTIONS]"),
         tr("Create an account."),
         QStringList {u"group"_s, u"admin"_s, u"no-agent-auto-update"_s, u"no-business-notifications"_s,
                      u"no-activation-email"_s, u"activation-subject"_s, u"activation-body-file"_s}
             + withOptOuts(accountFields),
         0,
         0,
         {{u"profile"_s,
           {tr("ID|NAME"),
            tr("The profile whose defaults the account takes (default: the group's default profile); --quota, "
               "--overage, --backup-locations and --notifications given with it override its values.")}},
          {u"no-profile"_s, {QString(), tr("Do not take the group's default profile: the account has no profile.")}},
          {u"subscription"_s,
           {tr("ID|NAME"),
            tr("A subscription that licenses the account, instead of the group's default subscription. Repeatable.")}},
          {u"no-subscriptions"_s,
           {QString(), tr("Do not take the group's default subscription: the account starts unlicensed.")}}}},
        {{u"account"_s, u"edit"_s},
         tr("LOGIN [OPTIONS]"),
         tr("Change an account; only the options given change."),
         accountFields
             + QStringList {u"admin"_s, u"no-admin"_s, u"agent-auto-update"_s, u"no-agent-auto-update"_s,
                            u"business-notifications"_s, u"no-business-notifications"_s, u"no-profile"_s,
                            u"reset-to-profile"_s, u"no-subscriptions"_s, u"no-security-groups"_s},
         1,
         1,
         {{u"login"_s, {tr("LOGIN"), tr("A new login, unique across the database.")}},
          {u"subscription"_s, {tr("ID|NAME"), tr("A subscription of the account; replaces the list. Repeatable.")}},
          {u"security-group"_s,
           {tr("ID|NAME"), tr("A security group of the account; replaces the list. Repeatable.")}}}},
        {{u"account"_s, u"change"_s},
         tr("(LOGIN... | --group GROUP [--include-subgroups] [--status STATUS] [--search TEXT]) [--move-to GROUP] "
            "[--profile ID|NAME | --no-profile] [--storage ID|NAME | --group-storage] [--quota RESOURCE=N]... "
            "[--add-subscription ID|NAME]... [--remove-subscription ID|NAME]... [--add-security-group ID|NAME]... "
            "[--remove-security-group ID|NAME]... [--json]"),
         tr("Change many accounts at once: those named, or every account of a list; only the options given change."),
         {u"group"_s, u"include-subgroups"_s, u"status"_s, u"search"_s, u"move-to"_s, u"profile"_s, u"no-profile"_s,
          u"storage"_s, u"group-storage"_s, u"quota"_s, u"overage"_s, u"add-subscription"_s, u"remove-subscription"_s,
          u"add-security-group"_s, u"remove-security-group"_s, u"json"_s},
         0,
         100000,
         {{u"group"_s, {tr("GROUP"), tr("Change every account of this group's list (by id or path).")}},
          {u"include-subgroups"_s, {QString(), tr("With --group: also the accounts of the groups below it.")}},
          {u"profile"_s,
           {tr("ID|NAME"),
            tr("The profile each account takes; its values apply where the account "
               "has none of its own.")}},
          {u"no-profile"_s, {QString(), tr("Take the accounts off their profiles.")}},
          {u"storage"_s, {tr("ID|NAME"), tr("Where the accounts' backups go.")}},
          {u"quota"_s, {tr("RESOURCE=N"), tr("A limit set on each account (as account edit reads it). Repeatable.")}},
          {u"overage"_s, {tr("RESOURCE=N"), tr("The overage of a limit --quota sets. Repeatable.")}}}},
        {{u"account"_s, u"assign-subscription"_s},
         tr("LOGIN --subscription ID|NAME..."),
         tr("License an account: add subscriptions to those it has."),
         {u"subscription"_s, u"json"_s},
         1,
         1},
        {{u"account"_s, u"list"_s},
         tr("[--group GROUP [--include-subgroups]] [--status STATUS] [--search TEXT] [--limit N] [--json|--csv]"),
         tr("List accounts."),
         {u"group"_s, u"include-subgroups"_s, u"status"_s, u"search"_s, u"limit"_s, u"sort"_s, u"descending"_s,
          u"json"_s, u"csv"_s},
         0,
         0},
        {{u"account"_s, u"import"_s},
         tr("FILE --group GROUP [--dry-run] [--plan PLAN.json] [--column HEADER=FIELD,…]... [--errors FILE.csv] "
            "[--json]"),
         tr("Create or update accounts from a CSV file: this console's columns, or a Microsoft 365 or Google "
            "Workspace export."),
         {u"group"_s, u"dry-run"_s, u"plan"_s, u"column"_s, u"errors"_s, u"json"_s},
         1,
         1},
        {{u"group"_s, u"template"_s},
         tr("GROUP [--json] | GROUP --set [--subject TEXT] [--body-file PATH] [--html-file PATH] | GROUP --reset"),
         tr("Show or change the activation email a group's new accounts get."),
         {u"json"_s, u"set"_s, u"subject"_s, u"body-file"_s, u"html-file"_s, u"reset"_s},
         1,
         1},
        {{u"account"_s, u"show"_s},
         tr("LOGIN [--json]"),
         tr("Show one account and its activation."),
         {u"json"_s},
         1,
         1},
        {{u"account"_s, u"resend-activation"_s},
         tr("LOGIN..."),
         tr("Send inactive accounts a new activation email; their earlier links stop working."),
         {u"json"_s},
         1,
         10000},
        {{u"account"_s, u"disable"_s}, tr("LOGIN"), tr("Disable an account."), {u"json"_s}, 1, 1},
        {{u"account"_s, u"enable"_s}, tr("LOGIN"), tr("Enable a disabled account again."), {u"json"_s}, 1, 1},
        {{u"account"_s, u"delete"_s},
         tr("LOGIN"),
         tr("Delete an account: it stays in the recycle bin, its login taken, until restored or purged."),
         {},
         1,
         1},
        {{u"account"_s, u"deleted"_s},
         tr("[--group GROUP] [--limit N] [--json]"),
         tr("List the deleted accounts in the recycle bin, most recently deleted first, with when each is purged."),
         {u"group"_s, u"limit"_s, u"json"_s},
         0,
         0,
         {{u"group"_s, {tr("GROUP"), tr("Only the deleted accounts of this group and the groups below it.")}},
          {u"limit"_s, {tr("N"), tr("Show at most N accounts (default: 10000).")}}}},
        {{u"account"_s, u"restore"_s},
         tr("LOGIN... [--json]"),
         tr("Bring deleted accounts back from the recycle bin with their ids, groups, quotas, links and passwords."),
         {u"json"_s},
         1,
         10000},
        {{u"account"_s, u"purge"_s},
         tr("LOGIN... | --expired [--json]"),
         tr("Let deleted accounts go for good, freeing their logins; those on a data-locked profile wait for "
            "their time in the recycle bin to pass."),
         {u"expired"_s, u"json"_s},
         0,
         10000},
    };
    const QHash<QString, OptionText> password {
        {u"password-stdin"_s,
         {QString(),
          tr("Read the mail server's password from the first line of standard input (default: the "
             "environment variable %1).")
              .arg(Environment::smtpPassword)}}};
    result += QList<CommandSpec> {
        {{u"outbox"_s, u"list"_s},
         tr("[--limit N] [--json]"),
         tr("List the emails in the outbox, newest first."),
         {u"limit"_s, u"json"_s},
         0,
         0,
         {{u"limit"_s, {tr("N"), tr("Show at most N emails (default: 100).")}}}},
        {{u"outbox"_s, u"retry"_s}, tr("ID"), tr("Send a failed or waiting email again now."), {u"json"_s}, 1, 1},
        {{u"outbox"_s, u"send"_s},
         tr("[--password-stdin]"),
         tr("Send every email that is due, once, and say how many went."),
         {u"password-stdin"_s, u"json"_s},
         0,
         0,
         password},
        {{u"mail"_s, u"settings"_s},
         tr("[--json] | --set [--host HOST] [--port N] [--security MODE] [--user USER] [--sender ADDRESS] "
            "[--ca-file PATH] [--timeout S] [--activation-url URL]"),
         tr("Show or change how the console reaches its mail server (the password is not stored)."),
         {u"json"_s, u"set"_s, u"host"_s, u"port"_s, u"security"_s, u"user"_s, u"sender"_s, u"ca-file"_s, u"timeout"_s,
          u"activation-url"_s},
         0,
         0},
        {{u"mail"_s, u"test"_s},
         tr("--to EMAIL [--password-stdin]"),
         tr("Send a test email now, with everything else that is due."),
         {u"to"_s, u"password-stdin"_s, u"json"_s},
         0,
         0,
         password},
    };
    for (CatalogKind kind : keyedValues<CatalogKind>())
        result += catalogCommands(kind);
    result.append({{u"operator"_s, u"list"_s},
                   tr("[--json]"),
                   tr("List the operators of your group and the groups below it: scope, security groups, MFA."),
                   {u"json"_s},
                   0,
                   0});
    result.append({{u"operator"_s, u"show"_s},
                   tr("LOGIN [--json]"),
                   tr("Show an operator: its scope (group path), permissions and whether it uses MFA."),
                   {u"json"_s},
                   1,
                   1});
    result.append({{u"operator"_s, u"mfa"_s, u"enroll"_s},
                   tr("LOGIN [--json]"),
                   tr("Enrol an operator in multi-factor authentication: prints the otpauth:// URI for an "
                      "authenticator app and ten single-use recovery codes, shown this once."),
                   {u"json"_s},
                   1,
                   1});
    result.append({{u"operator"_s, u"mfa"_s, u"reset"_s},
                   tr("LOGIN"),
                   tr("Forget an operator's authenticator and recovery codes (a lost phone); it signs in with its "
                      "password alone until it enrols again."),
                   {},
                   1,
                   1});
    result.append({{u"audit"_s, u"list"_s},
                   tr("[--since TIME] [--until TIME] [--actor NAME] [--action ACTION] [--object-type TYPE] "
                      "[--group GROUP [--include-subgroups]] [--search TEXT] [--limit N] [--json|--csv]"),
                   tr("List the audit log, newest first: who changed what, when, before and after."),
                   {u"since"_s, u"until"_s, u"actor"_s, u"action"_s, u"object-type"_s, u"group"_s,
                    u"include-subgroups"_s, u"search"_s, u"limit"_s, u"json"_s, u"csv"_s},
                   0,
                   0,
                   {{u"group"_s, {tr("GROUP"), tr("Only entries about this group, its accounts and its items.")}},
                    {u"include-subgroups"_s, {QString(), tr("Also the entries of the groups below --group.")}},
                    {u"search"_s,
                     {tr("TEXT"), tr("Only entries whose object (a login, a name) contains the text, in any case.")}},
                    {u"limit"_s, {tr("N"), tr("Show at most N entries (default: all).")}}}});
    result.append({{u"database"_s, u"settings"_s},
                   tr("[--json] | --set --recycle-bin-days N"),
                   tr("Show or change the whole database's settings: how long deleted accounts stay in the "
                      "recycle bin."),
                   {u"json"_s, u"set"_s, u"recycle-bin-days"_s},
                   0,
                   0});
    result.append({{u"database"_s, u"check"_s},
                   tr("[--full] [--json]"),
                   tr("Check the database file for damage, without changing it (exit status 3 when damaged); on a "
                      "server, what its setup leaves open to operators (exit status 3 when anything)."),
                   {u"full"_s, u"json"_s},
                   0,
                   0});
    result.append({{u"demo"_s},
                   tr("[--msp-name NAME]"),
                   tr("Fill an empty database with sample groups and accounts."),
                   {u"msp-name"_s, u"accounts"_s, u"json"_s},
                   0,
                   0});
    return result;
}

std::optional<CommandSpec> CommandCatalog::find(const QStringList &positional)
{
    for (const CommandSpec &command : commands()) {
        if (positional.size() >= command.words.size() && positional.mid(0, command.words.size()) == command.words)
            return command;
    }
    return std::nullopt;
}

QList<CommandSpec> CommandCatalog::commandsOf(const QString &topic)
{
    QList<CommandSpec> result;
    for (const CommandSpec &command : commands()) {
        if (command.words.size() > 1 && command.words.first() == topic)
            result.append(command);
    }
    return result;
}

QString CommandCatalog::optionLine(const QCommandLineOption &option)
{
    QString names;
    for (const QString &name : option.names())
        names += (names.isEmpty() ? QString() : u", "_s) + (name.size() == 1 ? u"-"_s : u"--"_s) + name;
    if (!option.valueName().isEmpty())
        names += u' ' + option.valueName();
    return u"  %1\n      %2"_s.arg(names, option.description());
}

QStringList CommandCatalog::globalOptionLines()
{
    QStringList lines;
    const QStringList globals = OptionCatalog::globalOptions();
    for (const QCommandLineOption &option : OptionCatalog::options()) {
        if (globals.contains(option.names().constLast()))
            lines.append(optionLine(option));
    }
    return lines;
}

QString CommandCatalog::usage()
{
    QStringList lines;
    lines.append(tr("Usage: %1 COMMAND [ARGUMENTS] [--database PATH|URL]").arg(programName()));
    lines.append(QString());
    lines.append(tr("Manage the groups and accounts of the Backup Account Console from scripts."));
    lines.append(QString());
    lines.append(tr("Commands:"));
    qsizetype width = 0;
    for (const CommandSpec &command : commands())
        width = std::max(width, command.name().size());
    for (const CommandSpec &command : commands())
        lines.append(u"  %1  %2"_s.arg(command.name().leftJustified(width), command.summary));
    lines.append(QString());
    lines.append(tr("Global options:"));
    lines += globalOptionLines();
    lines.append(QString());
    lines.append(tr("GROUP is an id or a path of names from the top group: \"Acme MSP/Contoso/Sales\"."));
    lines.append(tr("PROFILE, STORAGE, SUBSCRIPTION and SECURITY_GROUP are an id or a name in the group."));
    lines.append(tr("Run \"%1 help COMMAND\" for the options of a command.").arg(programName()));
    lines.append(tr("Exit status: 0 done, 1 input rejected, 2 usage error, 3 database problem, 4 not signed in or "
                    "not allowed."));
    return lines.join(u'\n');
}

QString CommandCatalog::help(const CommandSpec &command)
{
    QStringList lines;
    lines.append(tr("Usage: %1 %2 %3").arg(programName(), command.name(), command.arguments).trimmed());
    lines.append(QString());
    lines.append(command.summary);
    if (!command.options.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Options:"));
        const QList<QCommandLineOption> all = OptionCatalog::options();
        for (const QString &name : command.options) {
            const auto it = std::find_if(all.cbegin(), all.cend(), [&name](const QCommandLineOption &option) {
                return option.names().constLast() == name;
            });
            if (it == all.cend())
                continue;
            QCommandLineOption option = *it;
            if (const auto text = command.optionTexts.constFind(name); text != command.optionTexts.cend()) {
                option.setValueName(text->valueName);
                option.setDescription(text->description);
            }
            lines.append(optionLine(option));
        }
    }
    lines.append(QString());
    lines.append(tr("Global options:"));
    lines += globalOptionLines();
    return lines.join(u'\n');
}

QString CommandCatalog::topicHelp(const QString &topic)
{
    QStringList lines;
    lines.append(tr("Usage: %1 %2 COMMAND [ARGUMENTS]").arg(programName(), topic));
    lines.append(QString());
    lines.append(tr("Commands:"));
    for (const CommandSpec &command : commandsOf(topic))
        lines.append(u"  %1 %2\n      %3"_s.arg(command.name(), command.arguments, command.summary));
    return lines.join(u'\n');
}

QString CommandCatalog::usageHint(const QString &commandName)
{
    if (commandName.isEmpty())
        return tr("Run \"%1 --help\" for usage.").arg(programName());
    return tr("Run \"%1 help %2\" for usage.").arg(programName(), commandName);
}

} // namespace bc::cli
