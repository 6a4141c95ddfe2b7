#pragma once

#include "core/domain/account.h"
#include "core/mail/outboxmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bc::cli {

class CatalogResolver;

// The text of `account show` and the cells the account commands share.
class AccountDetails
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountDetails)

public:
    // Every field, one per line; profile, storage, subscriptions and security groups by name, and
    // for an account on a profile whether each value is inherited or its own.
    // With `activation`, also where the activation email and link stand.
    static QString text(const Account &account, const QString &groupPath, CatalogResolver &resolver,
                        const std::optional<ActivationState> &activation = std::nullopt);

    static QString yesNo(bool value);
    static QString formatTime(const QDateTime &when);

private:
    static QString origin(const Account &account, const QString &key, const QString &value);
};

} // namespace bc::cli
