#pragma once

#include "core/domain/account.h"
#include "core/domain/enumkeys.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bc {

// The columns the account list can be sorted by; the storage layer maps each to SQL.
enum class AccountColumn
{
    Login,
    Name,
    Email,
    Status,
    Administrator,
    StorageQuota,
    Created
};

// The narrower lists a status filter offers beside the statuses.
enum class AccountTrait
{
    Unlicensed, // no subscription
    Administrator, // the administrator switch is on
    EmailFailed // inactive, and its newest activation email could not be sent
};

template<> struct EnumKeys<AccountTrait>
{
    static constexpr std::array entries {
        EnumKey<AccountTrait> {AccountTrait::Unlicensed, "unlicensed"},
        EnumKey<AccountTrait> {AccountTrait::Administrator, "admin"},
        EnumKey<AccountTrait> {AccountTrait::EmailFailed, "email-failed"},
    };
};

// Which accounts a list shows and in what order. Filtering and sorting happen in SQL.
struct AccountQuery
{
    qint64 groupId = 0; // 0: every group
    bool includeSubgroups = false;
    std::optional<AccountStatus> status;
    std::optional<AccountTrait> trait; // and, with or without a status, only these
    // Matches the login, email or name, folded (case and width do not count): anywhere from three
    // characters on, at the start below that (AccountListQuery::searchCondition).
    QString search;
    AccountColumn sortColumn = AccountColumn::Login;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    friend bool operator==(const AccountQuery &, const AccountQuery &) = default;

    // Whether the two list the same rows in the same order: every group is the top group (of id
    // `topGroupId`; 0: not known) with its subgroups, as AccountListQuery lists it.
    [[nodiscard]] bool sameRowsAs(const AccountQuery &other, qint64 topGroupId) const
    {
        const auto everyGroup = [topGroupId](const AccountQuery &query) {
            return query.groupId == 0 || (query.includeSubgroups && query.groupId == topGroupId);
        };
        AccountQuery mine = *this;
        AccountQuery theirs = other;
        for (AccountQuery *query : {&mine, &theirs}) {
            if (everyGroup(*query)) {
                query->groupId = 0;
                query->includeSubgroups = true;
            }
        }
        return mine == theirs;
    }
};

// The one status filter of a list, named by a key: a status ("active", "inactive", "disabled")
// or a trait ("unlicensed", "admin", "email-failed"). The CLI's --status and the console's
// Status box both read it here.
class StatusFilter
{
public:
    // Every key, statuses first.
    static QStringList keys()
    {
        QStringList result;
        for (auto status : {AccountStatus::Active, AccountStatus::Inactive, AccountStatus::Disabled})
            result.append(toKey(status));
        return result + allKeys<AccountTrait>();
    }
    // Sets the query's status or trait from a key (and clears the other one); an empty key clears
    // both. False, leaving the query as it was, when the key is none of keys().
    static bool apply(AccountQuery &query, const QString &filterKey)
    {
        if (filterKey.trimmed().isEmpty()) {
            query.status.reset();
            query.trait.reset();
            return true;
        }
        if (const auto status = fromKey<AccountStatus>(filterKey)) {
            query.status = status;
            query.trait.reset();
            return true;
        }
        if (const auto trait = fromKey<AccountTrait>(filterKey)) {
            query.status.reset();
            query.trait = trait;
            return true;
        }
        return false;
    }
};

} // namespace bc
