#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/domain/account.h"
#include "core/services/accountservice.h"
#include "core/services/authority.h"
#include "core/services/groupservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <optional>

namespace bc::cli {

class Output;

// The recycle bin: account deleted | restore | purge, and database settings (how long the bin keeps a
// deleted account). Each bin command first purges the accounts whose time has passed, so that what
// it shows and finds is what the bin holds; a cron job of "account purge --expired" is optional.
class AccountBinCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountBinCommands)

public:
    AccountBinCommands(AccountService &accounts, GroupService &groups, Authority &authority, Output &output);

    ExitCode deleted(const Invocation &invocation);
    ExitCode restore(const Invocation &invocation);
    ExitCode purge(const Invocation &invocation);
    ExitCode settings(const Invocation &invocation);

private:
    // The kept accounts the arguments name, by login (a kept account is no longer found by the
    // account lookup), each one the operator may delete in its group; what is not found or refused
    // lands in `errors` under its login, `refused` telling whether any was the operator's refusal.
    // nullopt: the bin could not be read (the exit status is said).
    struct Named
    {
        QList<qint64> ids;
        QHash<qint64, DeletedAccount> kept;
        QList<Error> errors;
        bool refused = false;
    };
    std::optional<Named> named(const Invocation &invocation, std::optional<ExitCode> &said);
    // The message of a login the bin does not hold: the account is not deleted, or there is none.
    Error notKept(const QString &login);
    // The outcome of restoreAll() or purgeAll() as an exit status, after its refusals and, with
    // --json, the document (`done` the key of the accounts it did).
    ExitCode finish(const Invocation &invocation, Named &asked, const BulkOutcome &outcome, const QString &done,
                    const QJsonArray &doneItems);
    Result<void> purgeExpired(int *purged = nullptr);

    AccountService &m_accounts;
    GroupService &m_groups;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
