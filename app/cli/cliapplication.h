#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/output.h"

#include <QCoreApplication>
#include <QStringList>

namespace bc {
class AccountService;
class ActivationService;
class Authority;
class CatalogService;
class Database;
class GroupService;
} // namespace bc

namespace bc::cli {

class Invocation;

// The whole CLI: parses the arguments, opens the database, runs one command, returns its exit status.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CliApplication)

public:
    CliApplication() = default;

    // `arguments` includes the program name, as QCoreApplication::arguments() gives it.
    ExitCode run(const QStringList &arguments);

private:
    ExitCode help(const Invocation &invocation);
    ExitCode execute(const Invocation &invocation);
    // What a command works with: the services of the open database and who signed in.
    struct Services
    {
        Database &database;
        GroupService &groups;
        AccountService &accounts;
        CatalogService &catalog;
        ActivationService &activation;
        Authority &authority;
    };
    ExitCode dispatch(const Invocation &invocation, Services &services, const QString &location);
    ExitCode dispatchAccount(const Invocation &invocation, Services &services);
    ExitCode demo(const Invocation &invocation, GroupService &groups, AccountService &accounts,
                  CatalogService &catalog);

    Output m_output;
};

} // namespace bc::cli
