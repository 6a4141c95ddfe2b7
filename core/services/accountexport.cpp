#include "core/services/accountexport.h"

#include "core/domain/accountcsv.h"
#include "core/domain/csv.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"

#include <optional>

namespace bc {

AccountExport::AccountExport(AccountService &accounts, GroupService &groups, CatalogService &catalog)
    : m_accounts(accounts)
    , m_groups(groups)
    , m_catalog(catalog)
{
}

Result<qint64> AccountExport::run(const AccountQuery &query, qint64 limit, const Write &write)
{
    // The group the list is made for: each record names its account's group below it, as an import
    // into that group (or another one) reads it.
    qint64 base = query.groupId;
    if (base == 0) {
        auto root = m_groups.root();
        if (!root)
            return fail(root.error());
        base = *root ? (*root)->id : 0;
    }
    QHash<qint64, QString> paths;
    if (base != 0) {
        auto found = m_groups.paths({base});
        if (!found)
            return fail(found.error());
        paths = *found;
    }
    const QString basePath = paths.value(base);

    QString text = Csv::row(AccountCsv::columns());
    qint64 written = 0;
    bool stopped = false;
    std::optional<Error> failure;
    const int size = limit < 0 ? pageSize : int(std::min<qint64>(limit, pageSize));
    auto read = m_accounts.readAll(query, std::max(size, 1), [&](const QList<Account> &page) {
        QList<qint64> unknown;
        for (const Account &account : page) {
            if (!paths.contains(account.groupId) && !unknown.contains(account.groupId))
                unknown.append(account.groupId);
        }
        if (!unknown.isEmpty()) {
            auto more = m_groups.paths(unknown);
            if (!more) {
                failure = more.error();
                return false;
            }
            paths.insert(*more);
        }
        for (const Account &account : page) {
            if (limit >= 0 && written >= limit)
                break;
            auto catalog = m_catalogs.constFind(account.groupId);
            if (catalog == m_catalogs.cend()) {
                auto loaded = m_catalog.catalog(account.groupId);
                if (!loaded) {
                    failure = loaded.error();
                    return false;
                }
                catalog = m_catalogs.insert(account.groupId, *loaded);
            }
            text += AccountCsv::record(
                account,
                AccountCsv::namesIn(*catalog, account, AccountCsv::groupBelow(paths.value(account.groupId), basePath)));
            ++written;
        }
        if (!write(std::exchange(text, {}), written)) {
            stopped = true;
            return false;
        }
        return limit < 0 || written < limit;
    });
    if (!read)
        return fail(read.error());
    if (failure)
        return fail(*failure);
    if (!text.isEmpty() && !stopped)
        write(text, 0); // no account: the header alone
    return written;
}

} // namespace bc
