#pragma once

#include "exitcode.h"
#include "invocation.h"

#include "account.h"
#include "accountservice.h"
#include "groupservice.h"

#include <QCoreApplication>

namespace bc::cli {

class CatalogResolver;
class Output;

// account add | list | show | disable | enable | delete.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountCommands)

public:
    AccountCommands(AccountService &accounts, GroupService &groups, CatalogResolver &resolver, Output &output);

    ExitCode add(const Invocation &invocation);
    ExitCode list(const Invocation &invocation);
    ExitCode show(const Invocation &invocation);
    ExitCode disable(const Invocation &invocation);
    ExitCode enable(const Invocation &invocation);
    ExitCode remove(const Invocation &invocation);

    // The account with that login; the error names the login field when there is none.
    static Result<Account> byLogin(AccountService &accounts, const QString &login);

private:
    ExitCode changeStatus(const Invocation &invocation, bool enable);
    QString groupPath(qint64 groupId);

    AccountService &m_accounts;
    GroupService &m_groups;
    CatalogResolver &m_resolver;
    Output &m_output;
};

} // namespace bc::cli
