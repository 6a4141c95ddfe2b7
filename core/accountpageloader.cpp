#include "accountpageloader.h"

#include "accountstore.h"
#include "database.h"
#include "logging.h"

#include <QElapsedTimer>

namespace bc {

AccountPageLoader::AccountPageLoader(QString location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
{
}

AccountPageLoader::~AccountPageLoader() = default;

Database *AccountPageLoader::database(quint64 generation)
{
    // Opened on first use, so in the worker thread, which then owns the connection.
    if (!m_db) {
        auto opened = Database::open(m_location);
        if (!opened) {
            Q_EMIT failed(generation, opened.error());
            return nullptr;
        }
        m_db = std::move(*opened);
    }
    return m_db.get();
}

void AccountPageLoader::load(quint64 generation, const AccountQuery &query, int offset, int limit,
                             const QList<qint64> &locate)
{
    if (superseded(generation))
        return;
    Database *db = database(generation);
    if (!db)
        return;
    QElapsedTimer timer;
    timer.start();
    AccountStore store(*db);
    auto count = store.count(query);
    if (!count) {
        Q_EMIT failed(generation, count.error());
        return;
    }
    const qint64 counted = timer.elapsed();
    auto accounts = store.page(query, offset, limit);
    if (!accounts) {
        Q_EMIT failed(generation, accounts.error());
        return;
    }
    const qint64 paged = timer.elapsed();
    QHash<qint64, int> rows;
    for (qint64 id : locate) {
        if (superseded(generation))
            return;
        auto row = store.rowOf(query, id);
        if (row && *row >= 0)
            rows.insert(id, *row);
    }
    qCDebug(lcPerf) << "worker: count" << counted << "ms, page" << paged - counted << "ms, located" << locate.size()
                    << "rows in" << timer.elapsed() - paged << "ms";
    Q_EMIT loaded(generation, *count, offset, *accounts, rows);
}

void AccountPageLoader::fetch(quint64 generation, quint64 epoch, const AccountQuery &query, int offset, int limit)
{
    if (superseded(generation))
        return;
    Database *db = database(generation);
    if (!db)
        return;
    auto accounts = AccountStore(*db).page(query, offset, limit);
    if (!accounts) {
        Q_EMIT failed(generation, accounts.error());
        return;
    }
    Q_EMIT fetched(generation, epoch, offset, *accounts);
}

void AccountPageLoader::locate(quint64 generation, const AccountQuery &query, qint64 id, Change change)
{
    if (superseded(generation))
        return;
    Database *db = database(generation);
    if (!db)
        return;
    AccountStore store(*db);
    auto row = change == Change::Removed ? Result<int>(-1) : store.rowOf(query, id);
    auto count = store.count(query);
    if (!row || !count) {
        Q_EMIT failed(generation, !row ? row.error() : count.error());
        return;
    }
    Q_EMIT located(generation, id, *row, *count, change);
}

} // namespace bc
