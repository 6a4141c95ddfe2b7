#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"

#include <QString>
#include <QStringList>

namespace bc {

// The console's own CSV of accounts: what `account list --csv` writes, one record per account, and
// the columns an import of this console reads. Names, not ids, so that a file moves between
// databases: the group as a path below the group the list was made for, the catalog's items by name.
namespace AccountCsv {

// What an account's record names, looked up by whoever writes it.
struct Names
{
    QString group = {}; // the path below the listed group ("Contoso/Sales"); empty: that group itself
    QString profile = {};
    QString storage = {};
    QStringList subscriptions = {};
    QStringList securityGroups = {};
};

// What the `group` column holds for a group at `groupPath` in a list made for the group at
// `listedPath` (paths as GroupService::paths gives them): the path below it, empty for that group.
QString groupBelow(const QString &groupPath, const QString &listedPath);
// The column names, in order: the first record of a file.
QStringList columns();
// An account's fields in the order of columns(). Timestamps in UTC ISO 8601; switches "yes" or
// "no"; a quota's limit "unlimited" or an amount as Quotas::parseLimit reads it in the C locale;
// several names joined with "; ".
QStringList fields(const Account &account, const Names &names);
// The same as one record of the file (Csv::row).
QString record(const Account &account, const Names &names);
// What a draft names in `catalog` (its group's, as loadCatalog() reads it), `group` being its
// group's path below the listed group; an item the catalog does not hold is named by its id.
Names namesIn(const Catalog &catalog, const AccountDraft &draft, const QString &group);
// What joins several names in one field.
inline constexpr QStringView separator = u"; ";

} // namespace AccountCsv

} // namespace bc
