#include "commandcatalog.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

QString CommandCatalog::programName()
{
    return u"backup-console-cli"_s;
}

QStringList CommandCatalog::globalOptions()
{
    return {u"database"_s, u"verbose"_s, u"h"_s, u"help"_s, u"version"_s};
}

QList<QCommandLineOption> CommandCatalog::options()
{
    const QString resourceValue = tr("RESOURCE=N");
    return {
        // Global
        {{u"database"_s},
         tr("The database file or sqlite:// URL (default: %1).").arg(u"$BACKUP_CONSOLE_DATABASE"_s),
         tr("PATH|URL")},
        {{u"verbose"_s}, tr("Also print the core library's log messages.")},
        {{u"h"_s, u"help"_s}, tr("Show help for the command and exit.")},
        {{u"version"_s}, tr("Show the version and exit.")},
        // Output
        {{u"json"_s}, tr("Print one JSON document instead of text.")},
        // Groups
        {{u"parent"_s}, tr("The parent group, by id or path (default: the top group)."), tr("GROUP")},
        // Accounts
        {{u"group"_s}, tr("The group, by id or by path from the top group (\"Acme MSP/Contoso\")."), tr("GROUP")},
        {{u"login"_s}, tr("The login, unique across the database."), tr("LOGIN")},
        {{u"email"_s}, tr("The sign-in email address."), tr("EMAIL")},
        {{u"first-name"_s}, tr("The first name."), tr("NAME")},
        {{u"last-name"_s}, tr("The last name."), tr("NAME")},
        {{u"admin"_s}, tr("Make the account an administrator.")},
        {{u"no-agent-auto-update"_s}, tr("Do not update the backup agent automatically.")},
        {{u"quota"_s},
         tr("A limit: workstations, servers, virtual-machines, mobile-devices, m365-mailboxes or storage, "
            "then a number or \"unlimited\" (storage takes units: storage=500GB). Repeatable."),
         resourceValue},
        {{u"overage"_s}, tr("How far usage may pass a limit before backups fail. Repeatable."), resourceValue},
        {{u"backup-locations"_s}, tr("Where backups go: local-and-cloud (default) or cloud-only."), tr("WHERE")},
        {{u"notifications"_s}, tr("Notification level: off, less (default), more or all."), tr("LEVEL")},
        {{u"no-business-notifications"_s}, tr("Send no business notifications.")},
        {{u"include-subgroups"_s}, tr("Also list the accounts of the groups below --group.")},
        {{u"status"_s}, tr("Only accounts in this status: active, inactive or disabled."), tr("STATUS")},
        {{u"search"_s}, tr("Only accounts whose login, email or name contains the text."), tr("TEXT")},
        {{u"limit"_s}, tr("Show at most N accounts."), tr("N")},
        {{u"sort"_s}, tr("Sort by login (default), name, email, status, admin, storage or created."), tr("COLUMN")},
        {{u"descending"_s}, tr("Sort in descending order.")},
        // Demo
        {{u"msp-name"_s}, tr("The name of the top group (default: Northwind MSP)."), tr("NAME")},
        {{u"accounts"_s}, tr("How many accounts to create (default: 300)."), tr("N")},
    };
}

QList<CommandSpec> CommandCatalog::commands()
{
    return {
        {{u"help"_s}, tr("[COMMAND]"), tr("Show help for a command."), {}, 0, 2},
        {{u"group"_s, u"add"_s},
         tr("NAME [--parent GROUP]"),
         tr("Create a group (the top group when the database is empty)."),
         {u"parent"_s, u"json"_s},
         1,
         1},
        {{u"group"_s, u"list"_s}, tr("[--json]"), tr("List the group tree with account counts."), {u"json"_s}, 0, 0},
        {{u"group"_s, u"rename"_s}, tr("GROUP NEW_NAME"), tr("Rename a group."), {u"json"_s}, 2, 2},
        {{u"group"_s, u"delete"_s}, tr("GROUP"), tr("Delete an empty group."), {}, 1, 1},
        {{u"account"_s, u"add"_s},
         tr("--group GROUP --login LOGIN --email EMAIL [OPTIONS]"),
         tr("Create an account."),
         {u"group"_s, u"login"_s, u"email"_s, u"first-name"_s, u"last-name"_s, u"admin"_s, u"no-agent-auto-update"_s,
          u"quota"_s, u"overage"_s, u"backup-locations"_s, u"notifications"_s, u"no-business-notifications"_s,
          u"json"_s},
         0,
         0},
        {{u"account"_s, u"list"_s},
         tr("[--group GROUP [--include-subgroups]] [--status STATUS] [--search TEXT] [--limit N] [--json]"),
         tr("List accounts."),
         {u"group"_s, u"include-subgroups"_s, u"status"_s, u"search"_s, u"limit"_s, u"sort"_s, u"descending"_s,
          u"json"_s},
         0,
         0},
        {{u"account"_s, u"show"_s}, tr("LOGIN [--json]"), tr("Show one account."), {u"json"_s}, 1, 1},
        {{u"account"_s, u"disable"_s}, tr("LOGIN"), tr("Disable an account."), {u"json"_s}, 1, 1},
        {{u"account"_s, u"enable"_s}, tr("LOGIN"), tr("Enable a disabled account again."), {u"json"_s}, 1, 1},
        {{u"account"_s, u"delete"_s}, tr("LOGIN"), tr("Delete an account."), {}, 1, 1},
        {{u"demo"_s},
         tr("[--msp-name NAME]"),
         tr("Fill an empty database with sample groups and accounts."),
         {u"msp-name"_s, u"accounts"_s, u"json"_s},
         0,
         0},
    };
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
    const QStringList globals = globalOptions();
    for (const QCommandLineOption &option : options()) {
        if (globals.contains(option.names().constLast()))
            lines.append(optionLine(option));
    }
    lines.append(QString());
    lines.append(tr("GROUP is an id or a path of names from the top group: \"Acme MSP/Contoso/Sales\"."));
    lines.append(tr("Run \"%1 help COMMAND\" for the options of a command.").arg(programName()));
    lines.append(tr("Exit status: 0 done, 1 input rejected, 2 usage error, 3 database problem."));
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
        const QList<QCommandLineOption> all = options();
        for (const QString &name : command.options) {
            const auto it = std::find_if(all.cbegin(), all.cend(), [&name](const QCommandLineOption &option) {
                return option.names().constLast() == name;
            });
            if (it != all.cend())
                lines.append(optionLine(*it));
        }
    }
    lines.append(QString());
    lines.append(tr("Global options:"));
    const QStringList globals = globalOptions();
    for (const QCommandLineOption &option : options()) {
        if (globals.contains(option.names().constLast()))
            lines.append(optionLine(option));
    }
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
