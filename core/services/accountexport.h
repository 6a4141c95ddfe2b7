#pragma once

#include "core/domain/accountquery.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QHash>
#include <QString>

#include <functional>

namespace bc {

class AccountService;
class CatalogService;
class GroupService;

// Writes the accounts of a list as this console's CSV (AccountCsv), what an import reads back: the
// header, then every account of the list in its order, read page by page from an anchor
// (AccountService::readAll) and handed on as each page is read, so that a million accounts never sit
// in memory. Each record names its group by its path below the group the list is made for (the
// top group when the list names none) and its catalog's items by name. `account list --csv` and
// the console's Export… both write through here. Runs on the thread of its services' Database.
class AccountExport final
{
    Q_DISABLE_COPY_MOVE(AccountExport)

public:
    // How many accounts are read at a time.
    static constexpr int pageSize = 1000;

    AccountExport(AccountService &accounts, GroupService &groups, CatalogService &catalog);

    // `write` gets the text of the records as they come, the header with the first page (so that a
    // list refused before any page writes nothing), and how many accounts are written with it; it
    // returns false to stop. `limit`: at most that many accounts, all when negative. The number of
    // accounts written.
    using Write = std::function<bool(const QString &text, qint64 written)>;
    Result<qint64> run(const AccountQuery &query, qint64 limit, const Write &write);

private:
    AccountService &m_accounts;
    GroupService &m_groups;
    CatalogService &m_catalog;
    QHash<qint64, Catalog> m_catalogs; // by group, each read once
};

} // namespace bc
