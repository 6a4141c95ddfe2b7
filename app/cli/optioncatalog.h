#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

namespace bc::cli {

// Every option the CLI knows, with its help text; which command takes which is CommandCatalog's.
class OptionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::OptionCatalog)

public:
    // Every option of every command, the global ones included, for the parser.
    static QList<QCommandLineOption> options();
    // The options that every command accepts.
    static QStringList globalOptions();
    // Pairs that contradict each other (`--admin` and `--no-admin`): a usage error together.
    static QList<std::pair<QString, QString>> exclusiveOptions();
};

} // namespace bc::cli
