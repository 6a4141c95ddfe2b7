#include "core/storage/accountpageloader.h"

#include "core/platform/logging.h"
#include "core/storage/accountstore.h"
#include "core/storage/activationstore.h"
#include "core/storage/database.h"

#include <QElapsedTimer>

namespace bc {

AccountPageLoader::AccountPageLoader(QString location, QString password, QObject *parent)
    : DatabaseWorker(std::move(location), std::move(password), parent)
    , m_idle(this)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, &AccountPageLoader::readDetail);
}

AccountPageLoader::~AccountPageLoader() = default;

void AccountPageLoader::openedAhead(Database &database)
{
    AccountListQuery(database, &m_memo).learnRoot();
}

void AccountPageLoader::load(quint64 generation, const AccountQuery &query, int offset, int limit,
                             const QList<qint64> &locate)
{
    Database *db = databaseFor(generation);
    if (!db)
        return;
    QElapsedTimer timer;
    timer.start();
    AccountListQuery store(*db, &m_memo);
    auto page = store.countedPage(query, offset, limit);
    if (!page) {
        Q_EMIT failed(generation, page.error());
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
    qCDebug(lcPerf) << "worker: count and page" << paged << "ms, located" << locate.size() << "rows in"
                    << timer.elapsed() - paged << "ms";
    Q_EMIT loaded(generation, page->count, offset, page->accounts, rows);
    noteRows(generation, page->accounts);
    startAnchoring(generation, query, page->count);
}

void AccountPageLoader::noteRows(quint64 generation, const QList<Account> &accounts)
{
    if (!m_readsActivation || accounts.isEmpty())
        return;
    if (generation != m_activationGeneration) {
        m_activationGeneration = generation;
        m_activationIds.clear();
    }
    for (const Account &account : accounts)
        m_activationIds.append(account.id);
    // Pages scrolled past meanwhile have left the list's memory: their rows' states are read with
    // them when they come back.
    if (const qsizetype over = m_activationIds.size() - maxActivationIds; over > 0)
        m_activationIds.remove(0, over);
    m_idle.start();
}

void AccountPageLoader::readDataLocked(quint64 question, const QList<qint64> &accountIds)
{
    m_question.emplace(question, accountIds);
    m_idle.start();
}

void AccountPageLoader::requestDone()
{
    if (m_question || !m_activationIds.isEmpty())
        m_idle.start();
}

void AccountPageLoader::readDetail()
{
    // A request waits in the event queue: it goes first, and its end starts the wait again.
    if (m_waiting.loadAcquire() > 0)
        return;
    if (m_question) {
        const auto [question, ids] = *std::exchange(m_question, std::nullopt);
        QHash<qint64, QString> logins;
        // The connection as it is: a question that cannot be answered now is answered "unknown".
        if (Database *db = database(0)) {
            auto locked = AccountStore(*db).dataLockedLogins(ids);
            if (locked)
                logins = *std::move(locked);
            else
                qCWarning(lcDb) << "data lock of the selection:" << locked.error().message;
        }
        Q_EMIT dataLockedRead(question, ids, logins);
    } else if (!m_activationIds.isEmpty() && !superseded(m_activationGeneration)) {
        const quint64 generation = m_activationGeneration;
        const QList<qint64> ids = std::exchange(m_activationIds, {});
        Database *db = database(generation);
        if (!db)
            return; // failed() said why; the next page tries again
        auto states = ActivationStore(*db).statesFor(ids);
        if (states)
            Q_EMIT activationRead(generation, ids, *states);
        else // the column stays as it was; the next page, or the next change, reads it again
            qCWarning(lcDb) << "activation states:" << states.error().message;
    } else {
        m_activationIds.clear();
    }
    requestDone();
}

void AccountPageLoader::startAnchoring(quint64 generation, const AccountQuery &query, int count)
{
    m_anchors = {};
    m_anchors.generation = generation;
    m_anchors.query = query;
    m_anchors.count = count;
    m_anchors.timer.start();
    if (count <= 2 * anchorStep || !AccountStore::searchKey(query.search).isEmpty()) {
        // Skipping a few thousand index entries costs less than noting anchors. Search results
        // are sorted from the search index's matches for every page, with or without anchors.
        m_anchors.complete = true;
        Q_EMIT anchored(generation);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, generation] { anchorMore(generation); }, Qt::QueuedConnection);
}

bool AccountPageLoader::extendAnchors(Database &db, int batch)
{
    const AccountAnchor from = m_anchors.anchors.isEmpty() ? AccountAnchor() : m_anchors.anchors.last();
    auto more = AccountListQuery(db, &m_memo).anchors(m_anchors.query, from, anchorStep, batch);
    if (!more) {
        // The list still works without anchors (pages skip index entries); say why in the log.
        qCWarning(lcPerf) << "anchors:" << more.error().message;
        m_anchors.complete = true;
        return false;
    }
    m_anchors.anchors.append(*more);
    if (more->size() < batch)
        m_anchors.complete = true;
    return true;
}

void AccountPageLoader::anchorMore(quint64 generation)
{
    if (superseded(generation) || m_anchors.generation != generation || m_anchors.complete)
        return;
    Database *db = database(generation);
    if (!db)
        return;
    // One anchor at a time (about 1,024 index entries, two statements at most), after which the
    // requests that came in meanwhile go first: over a slow link each statement is a round trip,
    // and a new page or sort must not wait for more than one anchor's.
    if (!extendAnchors(*db, 1))
        return;
    if (!m_anchors.complete) {
        QMetaObject::invokeMethod(
            this, [this, generation] { anchorMore(generation); }, Qt::QueuedConnection);
        return;
    }
    qCDebug(lcPerf) << "worker: anchors every" << anchorStep << "rows of" << m_anchors.count << "in"
                    << m_anchors.timer.elapsed() << "ms";
    Q_EMIT anchored(generation);
}

AccountAnchor AccountPageLoader::anchorFor(Database &db, quint64 generation, const AccountQuery &query, int row)
{
    if (m_anchors.generation != generation || m_anchors.query != query)
        return {};
    const qsizetype wanted = row / anchorStep;
    if (wanted < m_anchors.anchors.size() || m_anchors.complete)
        return m_anchors.anchors.isEmpty() ? AccountAnchor()
                                           : m_anchors.anchors.at(qMin(wanted, m_anchors.anchors.size() - 1));
    // Asked for before the anchors got there (a jump right after the list came).
    const auto sparse = m_anchors.sparse.upperBound(row);
    if (sparse != m_anchors.sparse.cbegin() && row - std::prev(sparse)->row < anchorStep)
        return *std::prev(sparse);
    QElapsedTimer timer;
    timer.start();
    const int noted = m_anchors.anchors.isEmpty() ? 0 : m_anchors.anchors.last().row;
    if (m_anchors.count - 1 - row < row - noted) {
        // Nearer the end: find the row from there (the sort index walked backwards), and keep
        // it as an anchor of its own for the pages around it.
        auto anchor = AccountListQuery(db, &m_memo).anchorAt(query, row, m_anchors.count);
        if (anchor && anchor->isValid()) {
            m_anchors.sparse.insert(row, *anchor);
            qCDebug(lcPerf) << "worker: anchor at row" << row << "from the end in" << timer.elapsed() << "ms";
            return *anchor;
        }
    }
    // Note the anchors up to the row now (what skipping to it costs anyway), so that the next
    // page down is quick too.
    extendAnchors(db, static_cast<int>(wanted - m_anchors.anchors.size() + 1));
    qCDebug(lcPerf) << "worker: anchors up to row" << row << "in" << timer.elapsed() << "ms";
    if (m_anchors.complete)
        Q_EMIT anchored(generation);
    if (m_anchors.anchors.isEmpty())
        return {};
    return m_anchors.anchors.at(qMin(wanted, m_anchors.anchors.size() - 1));
}

void AccountPageLoader::fetch(quint64 generation, quint64 epoch, const AccountQuery &query, int offset, int limit)
{
    Database *db = databaseFor(generation);
    if (!db)
        return;
    QElapsedTimer timer;
    timer.start();
    const AccountAnchor anchor = anchorFor(*db, generation, query, offset);
    const int rows = m_anchors.generation == generation ? m_anchors.count : -1;
    auto accounts = AccountListQuery(*db, &m_memo).page(query, offset, limit, anchor, rows);
    if (!accounts) {
        Q_EMIT failed(generation, accounts.error());
        return;
    }
    qCDebug(lcPerf) << "worker: rows" << offset << "to" << offset + accounts->size() << "in" << timer.elapsed() << "ms"
                    << (anchor.isValid() ? "from the anchor at row" : "by skipping") << anchor.row;
    Q_EMIT fetched(generation, epoch, offset, *accounts);
    noteRows(generation, *accounts);
}

void AccountPageLoader::locate(quint64 generation, const AccountQuery &query, qint64 id, Change change)
{
    Database *db = databaseFor(generation);
    if (!db)
        return;
    // Where it stands and how many rows there are, in one round trip.
    AccountListQuery store(*db, &m_memo);
    int row = -1;
    int count = 0;
    QList<Database::Read> reads {store.countRead(query, &count)};
    if (change != Change::Removed)
        reads.append(store.rowOfRead(query, id, &row));
    if (auto read = db->readTogether(reads); !read) {
        Q_EMIT failed(generation, read.error());
        return;
    }
    Q_EMIT located(generation, id, row, count, change);
    // The rows after the change moved: note the anchors again.
    if (m_anchors.generation == generation)
        startAnchoring(generation, query, count);
}

void AccountPageLoader::find(quint64 generation, const AccountQuery &query, qint64 id)
{
    Database *db = databaseFor(generation);
    if (!db)
        return;
    QElapsedTimer timer;
    timer.start();
    auto row = AccountListQuery(*db, &m_memo).rowOf(query, id);
    if (!row) {
        Q_EMIT failed(generation, row.error());
        return;
    }
    qCDebug(lcPerf) << "worker: found account" << id << "at row" << *row << "in" << timer.elapsed() << "ms";
    Q_EMIT found(generation, id, *row);
}

} // namespace bc
