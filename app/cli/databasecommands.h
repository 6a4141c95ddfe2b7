#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include <QCoreApplication>

namespace bc {
class Database;
}

namespace bc::cli {

class Output;

// database check [--full]: whether a SQLite file is intact, without opening it as a database of
// the console (no migration, no write; a damaged file cannot be opened that way); on a server,
// what its setup leaves open to operators (ServerSetup).
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::DatabaseCommands)

public:
    explicit DatabaseCommands(Output &output);

    ExitCode check(const Invocation &invocation, const QString &location);
    ExitCode checkServer(const Invocation &invocation, Database &database);

private:
    Output &m_output;
};

} // namespace bc::cli
