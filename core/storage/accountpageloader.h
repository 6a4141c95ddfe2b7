#pragma once

#include "core/domain/account.h"
#include "core/domain/accountlistchange.h"
#include "core/domain/accountquery.h"
#include "core/domain/error.h"
#include "core/mail/outboxmessage.h"
#include "core/storage/accountlistquery.h"
#include "core/storage/databaseworker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTimer>

#include <optional>
#include <utility>

namespace bc {

class Database;

// Answers the account list's questions on a worker thread, over a connection of its own
// (DatabaseWorker). Every request carries the generation of the list it is for. Move it to a
// QThread, call its request functions through QMetaObject::invokeMethod, and listen to its
// signals.
//
// After the first page of a list that is not a search it notes, between requests, an anchor (sort
// key and id) every anchorStep rows of the list; a page far down is then read from the anchor before it (keyset)
// instead of skipping hundreds of thousands of index entries. A change of an account moves the
// rows after it, so the anchors are noted again.
class AccountPageLoader final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPageLoader)

public:
    // What a change of one account means for the list; echoed back by located().
    using Change = AccountListChange;

    static constexpr int anchorStep = 1024;
    // How long the connection is quiet before a detail is read (setReadsActivation()).
    static constexpr int idleMs = 50;
    // The most rows whose activation states wait to be read: the latest pages'.
    static constexpr qsizetype maxActivationIds = 1024;

    explicit AccountPageLoader(QString location, QString password = {}, QObject *parent = nullptr);
    ~AccountPageLoader() override;

    // Worker thread. The count, the rows [offset, offset + limit), and the rows of `locate`
    // (accounts a view holds persistent indexes on) in the list `query` describes.
    void load(quint64 generation, const bc::AccountQuery &query, int offset, int limit, const QList<qint64> &locate);
    // Worker thread. The rows [offset, offset + limit).
    // `epoch` is echoed back, for the model to tell a page asked before its rows moved.
    void fetch(quint64 generation, quint64 epoch, const bc::AccountQuery &query, int offset, int limit);
    // Worker thread. Where account `id` now stands (-1: not listed) and how many rows there are.
    void locate(quint64 generation, const bc::AccountQuery &query, qint64 id, bc::AccountPageLoader::Change change);
    // Worker thread. Where account `id` stands in the list (-1: not listed), for a view to show it.
    void find(quint64 generation, const bc::AccountQuery &query, qint64 id);

    // Worker thread: from now on the activation states of the rows of each page are read too
    // (activationRead()). Such details are read once no request has waited for `idleMs`: what
    // fills in a column comes after what the person asked for, and after what the same moment
    // asks next (the next page, the list read again after a change); and on this connection, not
    // on the workspace's, where it would hold up a save or a bulk action over a slow link.
    void setReadsActivation(bool reads) { m_readsActivation = reads; }
    // Worker thread. Which of the accounts are on a data-locked profile, by id with their logins
    // (the Delete hint of a selection): dataLockedRead(), empty when that could not be told. A
    // detail, as the activation states: asked once the connection was idle a moment; a question
    // not asked yet is replaced by the next one.
    void readDataLocked(quint64 question, const QList<qint64> &accountIds);

    // Any thread, for whoever queues requests for this worker (AccountPages): one more waits, and
    // one of them starts now. The details wait while any does.
    void requestQueued() { m_waiting.ref(); }
    void requestStarts() { m_waiting.deref(); }
    // Worker thread: a request ran; the details wait for a quiet moment again.
    void requestDone();

Q_SIGNALS:
    void loaded(quint64 generation, int count, int offset, const QList<bc::Account> &accounts,
                const QHash<qint64, int> &rows);
    void fetched(quint64 generation, quint64 epoch, int offset, const QList<bc::Account> &accounts);
    void located(quint64 generation, qint64 id, int row, int count, bc::AccountPageLoader::Change change);
    void found(quint64 generation, qint64 id, int row);
    // Every row of the list of `generation` can now be read from a nearby anchor.
    void anchored(quint64 generation);
    // The activation states of `accountIds` (setReadsActivation()); an account without an email or
    // a link has none.
    void activationRead(quint64 generation, const QList<qint64> &accountIds,
                        const QHash<qint64, bc::ActivationState> &states);
    void dataLockedRead(quint64 question, const QList<qint64> &accountIds, const QHash<qint64, QString> &logins);

protected:
    // Learns the top group (AccountListQuery::Memo) before the first list asks.
    void openedAhead(Database &database) override;

private:
    // The anchors of the list loaded last.
    struct Anchors
    {
        quint64 generation = 0;
        AccountQuery query;
        int count = 0;
        QList<AccountAnchor> anchors; // every anchorStep rows from row 0
        QMap<int, AccountAnchor> sparse; // rows jumped to before the anchors got there, by row
        bool complete = false;
        QElapsedTimer timer;
    };
    void startAnchoring(quint64 generation, const AccountQuery &query, int count);
    // Notes up to `batch` more anchors; false when that failed.
    bool extendAnchors(Database &db, int batch);
    // Worker thread, queued: notes a batch of anchors, then queues itself again until complete.
    void anchorMore(quint64 generation);
    // The nearest anchor at or before `row` of `query`'s list, noting anchors up to it first.
    AccountAnchor anchorFor(Database &db, quint64 generation, const AccountQuery &query, int row);

    // Worker thread: the rows of a page just delivered, whose activation states are read next.
    void noteRows(quint64 generation, const QList<Account> &accounts);
    // Worker thread, on m_idle: one detail (the Delete hint first, then the activation states),
    // unless a request waits.
    void readDetail();

    Anchors m_anchors;
    AccountListQuery::Memo m_memo; // of the one database this loader reads
    bool m_readsActivation = false;
    QAtomicInt m_waiting; // requests queued and not started
    QTimer m_idle; // the details' quiet moment
    quint64 m_activationGeneration = 0;
    QList<qint64> m_activationIds; // noted, not read yet
    std::optional<std::pair<quint64, QList<qint64>>> m_question; // readDataLocked()'s, not asked yet
};

} // namespace bc
