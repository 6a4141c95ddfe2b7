#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include <QCoreApplication>

namespace bc {
class AccountService;
class Authority;
class Database;
class GroupService;
} // namespace bc

namespace bc::cli {

class Output;

// account import FILE --group GROUP [--dry-run] [--errors FILE.csv] [--json]: AccountImport.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::ImportCommands)

public:
    ImportCommands(Database &database, AccountService &accounts, GroupService &groups, Authority &authority,
                   Output &output);

    ExitCode import(const Invocation &invocation);

private:
    Database &m_db;
    AccountService &m_accounts;
    GroupService &m_groups;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
