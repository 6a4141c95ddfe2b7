#pragma once

#include "app/cli/commandspec.h"

#include "core/domain/catalogkind.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bc::cli {

// Every command and option the CLI knows, and the help texts made from them.
class CommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CommandCatalog)

public:
    static QString programName();
    static QList<CommandSpec> commands();

    // The command named by the first words of `positional`; nullopt when none matches.
    static std::optional<CommandSpec> find(const QStringList &positional);
    // The commands whose first word is `topic` ("account"); empty when none.
    static QList<CommandSpec> commandsOf(const QString &topic);

    static QString usage();
    static QString help(const CommandSpec &command);
    static QString topicHelp(const QString &topic);
    static QString usageHint(const QString &commandName = QString());

private:
    static QString optionLine(const QCommandLineOption &option);
    static QStringList globalOptionLines();
    // add | list | edit | delete of profiles, storages, subscriptions or security groups.
    static QList<CommandSpec> catalogCommands(CatalogKind kind);
};

} // namespace bc::cli
