#pragma once

#include "core/domain/account.h"
#include "core/domain/accountlistchange.h"
#include "core/domain/accountquery.h"
#include "core/domain/error.h"
#include "core/mail/outboxmessage.h"
#include "core/services/workerthread.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace bc {

class AccountPageLoader;

// The account list's questions, answered on a thread of their own over a second connection to
// the database (AccountPageLoader): each request returns at once and its answer arrives as a
// signal on the thread that made this object. Every request carries the generation of the list it
// is for; supersede() drops the requests of older generations still waiting.
class AccountPages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPages)

public:
    // `databaseLocation` is what Database::open() takes (AccountService::databaseLocation()).
    explicit AccountPages(const QString &databaseLocation, QObject *parent = nullptr);
    // `password` for a server this process has not connected to yet (Workspace::prepareAccountPages).
    AccountPages(const QString &databaseLocation, const QString &password, QObject *parent = nullptr);
    ~AccountPages() override;

    // Thread-safe: requests of generations below `generation` are dropped unanswered.
    void supersede(quint64 generation);

    // The count, the rows [offset, offset + limit) and the rows of `locate` (accounts a view holds
    // persistent indexes on): loaded().
    void load(quint64 generation, const AccountQuery &query, int offset, int limit, const QList<qint64> &locate);
    // The rows [offset, offset + limit): fetched(), with `epoch` echoed back.
    void fetch(quint64 generation, quint64 epoch, const AccountQuery &query, int offset, int limit);
    // Where a changed account now stands and how many rows there are: located().
    void locate(quint64 generation, const AccountQuery &query, qint64 id, AccountListChange change);
    // Where an account stands in the list, for a view to show it: found().
    void find(quint64 generation, const AccountQuery &query, qint64 id);
    // From now on the activation states of every page's rows follow it, once no request waits:
    // activationRead().
    void readActivation();
    // Which of the accounts are on a data-locked profile (the Delete hint of a selection):
    // dataLockedRead(), with `question` echoed back. A question still waiting when a newer one is
    // asked is skipped.
    void readDataLocked(quint64 question, const QList<qint64> &accountIds);

Q_SIGNALS:
    void loaded(quint64 generation, int count, int offset, const QList<bc::Account> &accounts,
                const QHash<qint64, int> &rows);
    void fetched(quint64 generation, quint64 epoch, int offset, const QList<bc::Account> &accounts);
    void located(quint64 generation, qint64 id, int row, int count, bc::AccountListChange change);
    void found(quint64 generation, qint64 id, int row);
    void failed(quint64 generation, const bc::Error &error);
    // Every row of the list of `generation` can now be read from a nearby anchor.
    void anchored(quint64 generation);
    void activationRead(quint64 generation, const QList<qint64> &accountIds,
                        const QHash<qint64, bc::ActivationState> &states);
    // The logins of those of the accounts on a data-locked profile, by id; empty when none are, or
    // when that could not be told.
    void dataLockedRead(quint64 question, const QList<qint64> &accountIds, const QHash<qint64, QString> &logins);

private:
    // Queues `request` for the loader; the details it reads when idle wait while requests do.
    template<typename Request> void queue(Request request);

    WorkerThreadPtr m_thread;
    AccountPageLoader *m_loader = nullptr;
};

} // namespace bc
