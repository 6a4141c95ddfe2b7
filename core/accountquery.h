#pragma once

#include "account.h"

#include <QString>

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

// Which accounts a list shows and in what order. Filtering and sorting happen in SQL.
struct AccountQuery
{
    qint64 groupId = 0; // 0: every group
    bool includeSubgroups = false;
    std::optional<AccountStatus> status;
    // Matches the login, email or name, folded (case and width do not count): anywhere from three
    // characters on, at the start below that (AccountStore::searchCondition).
    QString search;
    AccountColumn sortColumn = AccountColumn::Login;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    friend bool operator==(const AccountQuery &, const AccountQuery &) = default;
};

} // namespace bc
