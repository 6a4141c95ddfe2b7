#pragma once

#include "core/domain/error.h"

#include <QAtomicInteger>
#include <QObject>
#include <QString>

#include <memory>

namespace bc {

class Database;

// What the loaders that answer on a worker thread over a connection of their own share
// (AccountPageLoader, QuickSearchLoader). A Database lives in the thread that opened it, so the
// connection is opened on first use, in the worker thread, which then owns it. Every request
// carries a generation; supersede() makes the worker skip requests of older generations still
// queued, so that typing does not queue a query per character.
class DatabaseWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    ~DatabaseWorker() override;

    // Thread-safe: requests of generations below `generation` are dropped unanswered.
    void supersede(quint64 generation) { m_latest.storeRelease(generation); }

    // Worker thread: opens the connection before the first request needs it, so that over a slow
    // link its round trips overlap the window's own. It never migrates (the workspace asks first);
    // when it cannot open, the first request tries again and reports why.
    void connectAhead();

Q_SIGNALS:
    void failed(quint64 generation, const bc::Error &error);

protected:
    // Worker thread: the connection opened ahead of the first request; for what a loader learns
    // once while it has nothing else to do.
    virtual void openedAhead(Database &database) { Q_UNUSED(database); }

    // `password`: for a server whose password this process has not remembered yet (the workspace
    // opening beside it); empty for what Database::open() finds itself.
    explicit DatabaseWorker(QString location, QString password = {}, QObject *parent = nullptr);

    [[nodiscard]] bool superseded(quint64 generation) const { return generation < m_latest.loadAcquire(); }
    // The connection; null when it could not be opened, which failed() reported for `generation`
    // (the next request tries again).
    Database *database(quint64 generation);
    // The connection for a request of `generation`; null when the request is superseded (or the
    // connection failed, which was reported).
    Database *databaseFor(quint64 generation);

private:
    QString m_location;
    QString m_password;
    std::unique_ptr<Database> m_db;
    QAtomicInteger<quint64> m_latest;
};

} // namespace bc
