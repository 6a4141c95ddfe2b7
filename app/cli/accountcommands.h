#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/domain/account.h"
#include "core/domain/accountquery.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"

#include <QCoreApplication>

namespace bc::cli {

class CatalogResolver;
class Output;

// account add | list | show | disable | enable | delete | resend-activation.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountCommands)

public:
    AccountCommands(AccountService &accounts, GroupService &groups, CatalogService &catalog,
                    ActivationService &activation, CatalogResolver &resolver, Authority &authority, Output &output);

    ExitCode add(const Invocation &invocation);
    ExitCode list(const Invocation &invocation);
    ExitCode show(const Invocation &invocation);
    ExitCode disable(const Invocation &invocation);
    ExitCode enable(const Invocation &invocation);
    ExitCode remove(const Invocation &invocation);
    ExitCode resendActivation(const Invocation &invocation);

    // The account with that login; the error names the login field when there is none.
    static Result<Account> byLogin(AccountService &accounts, const QString &login);
    // The list --group (with --include-subgroups), --status and --search describe, narrowed to what
    // the operator may read (account list, account change); nullopt when it is one, else the exit
    // status of what was said about it (an unknown group, a refusal, a wrong option).
    static std::optional<ExitCode> readListQuery(const Invocation &invocation, GroupService &groups,
                                                 Authority &authority, Output &output, AccountQuery &query);

private:
    ExitCode changeStatus(const Invocation &invocation, bool enable);
    // `account list --csv`: every account of the list (up to `limit` when ≥ 0) as AccountExport writes it.
    ExitCode writeCsv(const AccountQuery &query, int limit);
    // --no-activation-email, --activation-subject and --activation-body-file into `draft`;
    // what is not given comes from the group's template.
    void readActivationEmail(const Invocation &invocation, qint64 groupId, AccountDraft &draft, QList<Error> &errors);

    AccountService &m_accounts;
    GroupService &m_groups;
    CatalogService &m_catalog;
    ActivationService &m_activation;
    CatalogResolver &m_resolver;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
