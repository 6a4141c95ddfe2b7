#pragma once

#include "core/domain/account.h"
#include "core/domain/error.h"
#include "core/domain/fields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc {

// Every rule an account's fields must meet before storage is asked. Pure functions: no database.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(bc::AccountRules)

public:
    static constexpr int maxLoginLength = 64;
    static constexpr int maxNameLength = 100;
    static constexpr int maxEmailLength = 254;

    // The form under which logins are compared: trimmed, NFKC-normalized, case-folded.
    static QString loginKey(const QString &login);

    static Result<void> checkLogin(const QString &login);
    static constexpr int maxAddressLength = 500;

    static Result<void> checkEmail(const QString &email, const QString &field = Field::email);
    // A mobile number in E.164 form ("+4915112345678"); spaces, dashes, dots and brackets are
    // allowed while typing and dropped by normalizedPhone().
    static Result<void> checkMobile(const QString &mobile);
    // A telephone number as people write it: digits, spaces, + - ( ) . /, at least 6 digits.
    static Result<void> checkPhone(const QString &phone, const QString &field = Field::phone);
    static Result<void> checkAddress(const QString &address, const QString &field = Field::address);
    static QString normalizedPhone(const QString &phone);
    // Administrators must be reachable: the contact fields they must fill (phone, address); none
    // for other accounts.
    static QStringList requiredContactFields(bool administrator);
    // Whether a form shows the contact fields of a draft: for an administrator, or while they hold
    // something.
    static bool showsContactFields(const AccountDraft &draft);
    static Result<void> checkName(const QString &name, const QString &field);
    // An account's limit may not exceed the tightest limit of its group and the groups above.
    static QList<Error> checkQuotas(const Quotas &quotas, const Quotas &groupLimits);
    // All of the above for a whole draft; empty when it is valid.
    static QList<Error> check(const AccountDraft &draft, const Quotas &groupLimits);

    // Trims what should be trimmed, fills the display name; the stored form of a draft.
    static AccountDraft normalized(AccountDraft draft);

    // Candidates for a free login close to `login` ("alice" → "alice2", "alice3", ...).
    static QStringList loginVariants(const QString &login, int count);
};

class GroupRules
{
    Q_DECLARE_TR_FUNCTIONS(bc::GroupRules)

public:
    static constexpr int maxNameLength = 100;
    static QString nameKey(const QString &name);
    static Result<void> checkName(const QString &name);
    // The tightest of two sets of limits, resource by resource.
    static Quotas tightest(const Quotas &a, const Quotas &b);
};

} // namespace bc
