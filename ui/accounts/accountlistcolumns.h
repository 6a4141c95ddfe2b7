#pragma once

#include "ui/accounts/accountlistmodel.h"

#include <QString>

#include <array>

namespace bc {

// The stable key of each column of the account list (AccountListModel::Column): what a saved
// filter stores for its hidden columns and its order. Keys never change once stored.
class AccountListColumns
{
public:
    static QString key(int column)
    {
        return column >= 0 && column < int(keys.size()) ? QString::fromLatin1(keys.at(column)) : QString();
    }
    // -1 for a key that names no column.
    static int column(const QString &key)
    {
        for (int column = 0; column < int(keys.size()); ++column) {
            if (key == QLatin1String(keys.at(column)))
                return column;
        }
        return -1;
    }

private:
    static constexpr std::array<const char *, AccountListModel::ColumnCount> keys {
        "login", "name", "email", "status", "admin", "storage", "created", "license", "activation"};
};

} // namespace bc
