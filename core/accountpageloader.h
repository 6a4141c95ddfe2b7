#pragma once

#include "account.h"
#include "accountquery.h"
#include "error.h"

#include <QAtomicInteger>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace bc {

class Database;

// Answers the account list's questions on a worker thread, over a connection of its own (a
// Database lives in the thread that opened it). Every request carries the generation of the
// list it is for; supersede() makes the worker skip requests of older generations still queued,
// so that typing a search does not queue a query per character. Move it to a QThread, call its
// request functions through QMetaObject::invokeMethod, and listen to its signals.
class AccountPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPageLoader)

public:
    // What a change of one account means for the list; echoed back by located().
    enum class Change
    {
        Added,
        Changed,
        Removed
    };
    Q_ENUM(Change)

    explicit AccountPageLoader(QString location, QObject *parent = nullptr);
    ~AccountPageLoader() override;

    // Thread-safe: requests of generations below `generation` are dropped unanswered.
    void supersede(quint64 generation) { m_latest.storeRelease(generation); }

    // Worker thread. The count, the rows [offset, offset + limit), and the rows of `locate`
    // (accounts a view holds persistent indexes on) in the list `query` describes.
    void load(quint64 generation, const bc::AccountQuery &query, int offset, int limit, const QList<qint64> &locate);
    // Worker thread. The rows [offset, offset + limit).
    // `epoch` is echoed back, for the model to tell a page asked before its rows moved.
    void fetch(quint64 generation, quint64 epoch, const bc::AccountQuery &query, int offset, int limit);
    // Worker thread. Where account `id` now stands (-1: not listed) and how many rows there are.
    void locate(quint64 generation, const bc::AccountQuery &query, qint64 id, bc::AccountPageLoader::Change change);

Q_SIGNALS:
    void loaded(quint64 generation, int count, int offset, const QList<bc::Account> &accounts,
                const QHash<qint64, int> &rows);
    void fetched(quint64 generation, quint64 epoch, int offset, const QList<bc::Account> &accounts);
    void located(quint64 generation, qint64 id, int row, int count, bc::AccountPageLoader::Change change);
    void failed(quint64 generation, const bc::Error &error);

private:
    bool superseded(quint64 generation) const { return generation < m_latest.loadAcquire(); }
    Database *database(quint64 generation);

    QString m_location;
    std::unique_ptr<Database> m_db;
    QAtomicInteger<quint64> m_latest;
};

} // namespace bc
