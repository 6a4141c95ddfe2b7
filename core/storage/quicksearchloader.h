#pragma once

#include "core/domain/account.h"
#include "core/domain/accountmatch.h"
#include "core/domain/error.h"
#include "core/domain/group.h"

#include <QAtomicInteger>
#include <QList>
#include <QObject>

#include <memory>

namespace bc {

class Database;

// Answers "go to anything" (the command palette) on a worker thread, over a connection of its
// own, as AccountPageLoader does for the account list: groups by their path
// (GroupStore::findByPath), accounts by login, email or name with the list's own search
// (AccountListQuery::searchCondition, the first page of the list of every group). Every request
// carries a generation; supersede() makes the worker skip requests of older generations still
// queued, so that typing does not queue a search per character. Move it to a QThread, call
// search() through QMetaObject::invokeMethod, and listen to its signals.
class QuickSearchLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSearchLoader)

public:
    explicit QuickSearchLoader(QString location, QObject *parent = nullptr);
    ~QuickSearchLoader() override;

    // Thread-safe: requests of generations below `generation` are dropped unanswered.
    void supersede(quint64 generation) { m_latest.storeRelease(generation); }

    // Worker thread. At most `limit` groups, then at most `limit` accounts, that match `text`;
    // each list is announced as soon as it is read.
    void search(quint64 generation, const QString &text, int limit);

Q_SIGNALS:
    void groupsFound(quint64 generation, const QList<bc::GroupMatch> &groups);
    void accountsFound(quint64 generation, const QList<bc::AccountMatch> &accounts);
    void failed(quint64 generation, const bc::Error &error);

private:
    bool superseded(quint64 generation) const { return generation < m_latest.loadAcquire(); }
    // The connection, opened on first use (so in the worker thread); null when that failed,
    // which was reported.
    Database *database(quint64 generation);

    QString m_location;
    std::unique_ptr<Database> m_db;
    QAtomicInteger<quint64> m_latest;
};

} // namespace bc
