#include "core/storage/quicksearchloader.h"

#include "core/domain/accountquery.h"
#include "core/platform/logging.h"
#include "core/storage/accountlistquery.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"

#include <QElapsedTimer>

namespace bc {

QuickSearchLoader::QuickSearchLoader(QString location, QObject *parent)
    : DatabaseWorker(std::move(location), {}, parent)
{
}

QuickSearchLoader::~QuickSearchLoader() = default;

void QuickSearchLoader::search(quint64 generation, const QString &text, int limit, qint64 within)
{
    Database *db = databaseFor(generation);
    if (!db)
        return;
    QElapsedTimer timer;
    timer.start();
    GroupStore groupStore(*db);
    auto groups = groupStore.findByPath(text, limit, within);
    if (!groups) {
        Q_EMIT failed(generation, groups.error());
        return;
    }
    Q_EMIT groupsFound(generation, *groups);
    const qint64 grouped = timer.elapsed();
    if (superseded(generation))
        return;

    // The first page of the list of every group it reaches, searched: what the list would show.
    AccountQuery query;
    query.search = text.trimmed();
    query.groupId = within;
    query.includeSubgroups = true;
    QList<AccountMatch> accounts;
    if (!AccountStore::searchKey(query.search).isEmpty()) {
        auto page = AccountListQuery(*db).countedPage(query, 0, limit);
        if (!page) {
            Q_EMIT failed(generation, page.error());
            return;
        }
        QList<qint64> groupIds;
        for (const Account &account : std::as_const(page->accounts)) {
            if (!groupIds.contains(account.groupId))
                groupIds.append(account.groupId);
        }
        auto paths = groupStore.paths(groupIds);
        if (!paths) {
            Q_EMIT failed(generation, paths.error());
            return;
        }
        for (const Account &account : std::as_const(page->accounts))
            accounts.append({account, paths->value(account.groupId)});
    }
    qCDebug(lcPerf) << "quick search: groups in" << grouped << "ms, accounts in" << timer.elapsed() - grouped << "ms";
    Q_EMIT accountsFound(generation, accounts);
}

} // namespace bc
