#pragma once

#include "app/cli/invocation.h"

#include "core/domain/account.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QList>

namespace bc::cli {

class CatalogResolver;

// Reads the options of `account add` and `account edit` into an AccountDraft: the options given
// change `base` (the defaults when adding, the account's draft when editing), nothing else does.
// Values are parsed by core (OptionReader); profiles, storages, subscriptions and security groups
// are found by id or name among what the group offers (CatalogResolver). Quota, backup-location and
// notification options given while the account has a profile become overrides (ProfileRules keys).
class AccountDraftReader
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountDraftReader)

public:
    struct Draft
    {
        AccountDraft draft;
        QList<Error> errors; // values the options could not give; their fields keep `base`'s values
    };
    static Draft read(const Invocation &invocation, AccountDraft base, qint64 groupId, CatalogResolver &resolver);
    // The first line of standard input, without its line break.
    static Result<QString> passwordFromStandardInput();

private:
    static void readIdentity(const Invocation &invocation, AccountDraft &draft, QList<Error> &errors);
    static void readProfile(const Invocation &invocation, qint64 groupId, CatalogResolver &resolver,
                            AccountDraft &draft, QList<Error> &errors);
    static void readInheritable(const Invocation &invocation, AccountDraft &draft, QList<Error> &errors);
    static void readLinks(const Invocation &invocation, qint64 groupId, CatalogResolver &resolver, AccountDraft &draft,
                          QList<Error> &errors);
};

} // namespace bc::cli
