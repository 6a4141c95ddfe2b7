#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/domain/accountchange.h"
#include "core/domain/accountselection.h"
#include "core/services/accountservice.h"
#include "core/services/authority.h"
#include "core/services/groupservice.h"

#include <QCoreApplication>

namespace bc::cli {

class CatalogResolver;
class Output;

// account change: one change made to many accounts — those named by login, or every account of a
// list (--group with --include-subgroups, --status, --search, as account list takes them) — through
// AccountService::changeAll, the console's Account → Change… and Move to group…: a profile, a
// storage, quotas, subscriptions and security groups added or removed, another group. Each account
// is checked as an edit; one refused is named, and the others are changed (exit status 1 then).
class AccountChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountChangeCommand)

public:
    AccountChangeCommand(AccountService &accounts, GroupService &groups, CatalogResolver &resolver,
                         Authority &authority, Output &output);

    ExitCode run(const Invocation &invocation);

private:
    // The accounts to change and the group whose catalog names the items (--group, else the first
    // named account's).
    struct Target
    {
        AccountSelection selection;
        qint64 groupId = 0;
    };
    ExitCode target(const Invocation &invocation, Target &target);
    // The change the options describe; their errors in `errors`.
    AccountChange change(const Invocation &invocation, qint64 groupId, QList<Error> &errors);

    AccountService &m_accounts;
    GroupService &m_groups;
    CatalogResolver &m_resolver;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
