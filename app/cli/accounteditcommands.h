#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/services/accountservice.h"
#include "core/services/authority.h"

#include <QCoreApplication>

namespace bc::cli {

class CatalogResolver;
class Output;

// account edit | assign-subscription: changes to an existing account, through AccountService::update.
class AccountEditCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountEditCommands)

public:
    AccountEditCommands(AccountService &accounts, CatalogResolver &resolver, Authority &authority, Output &output);

    ExitCode edit(const Invocation &invocation);
    ExitCode assignSubscription(const Invocation &invocation);

private:
    ExitCode report(const Invocation &invocation, const Account &account, const QString &text);

    AccountService &m_accounts;
    CatalogResolver &m_resolver;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
