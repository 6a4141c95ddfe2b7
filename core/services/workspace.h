#pragma once

#include "core/domain/account.h"
#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"
#include "core/domain/group.h"
#include "core/storage/database.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace bc {

class AccountPages;
class ActingOperator;
class AccountService;
class ActivationService;
class AuditLog;
class CatalogService;
class GroupService;
class OperatorSignIn;
class WorkspaceThread;

// The services of one open database, as a job on the workspace's thread sees them.
struct WorkspaceServices
{
    Database &database;
    GroupService &groups;
    AccountService &accounts;
    CatalogService &catalog;
    ActivationService &activation;
    OperatorSignIn &operators;
    AuditLog &audit;
    // Who works here (signed in, or nobody on a database without operators): jobs ask it before they
    // write, and the audit log names it.
    ActingOperator &acting;
};

// What a long job tells the one who waits for it, and hears back: how far it is, and whether the
// user pressed Cancel. A job checks isCanceled() between batches and stops after the one it is in.
class JobProgress
{
public:
    virtual ~JobProgress() = default;
    virtual bool isCanceled() const = 0;
    virtual void report(int done, int total) = 0;
};

// One open database ("workspace") and the thread on which all its work runs. The thread has its
// own connection and its own services; the GUI thread hands it jobs and gets their results back as
// values, so it never waits on the database — not on a slow network, not on a dead server.
//
// A job is a callable taking WorkspaceServices & (and, for a long one, JobProgress &) and
// returning a value. run() gives a QFuture of that value; call() delivers it to a callback on the
// thread of a receiver, and drops it when the receiver is gone by then (a dialog closed before its
// answer arrived). Jobs run one after the other, in the order they were handed over.
//
// The services' signals come back as this object's signals, on the thread that made it. Changes
// other connections commit are noticed on the worker too (ChangeWatcher): changedElsewhere().
// Whether the server can be reached is told by reachabilityChanged(); while it cannot, jobs fail
// with Error::Code::ConnectionLost and the worker keeps trying in the background.
//
// Destroying a Workspace returns at once, even while a job waits on a server: a hung thread is left
// to finish and clean up by itself.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(DatabaseAddress address, Database::OpenOptions options, QObject *parent = nullptr);
    ~Workspace() override;

    const DatabaseAddress &address() const { return m_address; }

    // Whom a job serves. Over a slow link every statement costs a round trip, so what the user
    // waits to see must not queue behind what only fills in details.
    enum class Priority
    {
        // A result the user waits for: a dialog's data, a save, a bulk action. The default.
        Interactive,
        // A check while typing (is this login free?): the person waits for it at the field, past
        // whatever the dialog is still loading. Goes before every job that waits (not before the
        // one running). Such a job only reads, and quickly; call() does not run it once its
        // receiver is gone.
        Check,
        // Details that follow what is shown (the activation state of listed rows, the Delete hint,
        // the email preview, the getting-started checklist). Runs when no interactive job waits,
        // so it may run after jobs handed over later: such a job only reads. call() does not run
        // it once its receiver is gone.
        Background,
    };

    // Opens the database on the worker: connects, migrates (options.confirmMigration is asked on
    // the worker thread, which waits for the answer), builds the services and starts watching for
    // changes. A job handed over before the open finished waits for it; after a failed open every
    // job fails with the open's error.
    QFuture<Result<void>> open();

    // Starts the account list's own worker now (AccountPages), so that its connection opens while
    // this workspace opens its own: over a slow link a connection costs about ten round trips,
    // which the list then need not wait for after the window appears. `password` is the one the
    // workspace opens with. takeAccountPages() hands it to the list; null when none was prepared.
    void prepareAccountPages(const QString &password);
    [[nodiscard]] std::unique_ptr<AccountPages> takeAccountPages();

    // The operator's sign-in ends with this workspace (Sign out, another database): as it closes,
    // its worker revokes `sessionKey` on the server (Database::revokeSessionKey) after the job in
    // progress. A server that does not answer delays only the worker's own end; the key then ends
    // by itself twelve hours after it was last used.
    void endSignIn(const QString &sessionKey);

    // Hands `job` to the worker; its value arrives in the future. The future is canceled when the
    // workspace closes before the job ran; canceling it before the job started skips the job (a
    // check whose answer a later edit made useless), unless the job takes JobProgress.
    template<typename Job> auto run(Job job, Priority priority = Priority::Interactive)
    {
        using Value = JobValue<Job>;
        static_assert(!std::is_void_v<Value>, "a job returns a value (a Result<void> at least)");
        auto promise = std::make_shared<QPromise<Value>>();
        QFuture<Value> future = promise->future();
        post(
            [promise, job = std::move(job)](WorkspaceServices *services,
                                            const Error *openError) mutable -> std::optional<Error> {
                // A long job hears Cancel between its batches instead: it stops after the one under way.
                if (promise->isCanceled() && !takesProgress<Job>) {
                    promise->finish();
                    return std::nullopt;
                }
                promise->start();
                std::optional<Error> failure;
                if (services) {
                    PromiseProgress<Value> progress(*promise);
                    // What one job writes is one change of the person's (Edit → Undo takes it back whole).
                    AuditBatchScope batch(services->database);
                    Value value = invokeJob(job, *services, progress);
                    if constexpr (isResult<Value>::value) {
                        if (!value)
                            failure = value.error();
                    }
                    promise->addResult(std::move(value));
                } else if constexpr (isResult<Value>::value) {
                    promise->addResult(Value(std::unexpected(*openError)));
                }
                promise->finish();
                return failure;
            },
            priority);
        return future;
    }

    // run(), and `done(value)` on `receiver`'s thread once the value is there — unless `receiver`
    // was destroyed meanwhile, or the job was canceled. Returns the watcher, a child of
    // `receiver`, for progress and Cancel.
    template<typename Job, typename Done>
    auto call(QObject *receiver, Job job, Done done, Priority priority = Priority::Interactive)
    {
        using Value = JobValue<Job>;
        QFuture<Value> future = run(std::move(job), priority);
        auto *watcher = new QFutureWatcher<Value>(receiver);
        // Nobody is left to see a background answer or a check's: the job need not run.
        if (priority != Priority::Interactive) {
            connect(watcher, &QObject::destroyed, [future]() mutable {
                if (!future.isFinished())
                    future.cancel();
            });
        }
        connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)]() mutable {
            watcher->deleteLater();
            if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                done(watcher->future().takeResult());
        });
        watcher->setFuture(future);
        return watcher;
    }

    // Worker threads that have not ended yet, across all workspaces and their helpers (a closed
    // workspace's thread may still be waiting on a server). For tests, and for a clean exit.
    static int runningThreads();

Q_SIGNALS:
    void groupAdded(const bc::Group &group);
    void groupChanged(const bc::Group &group);
    void groupRemoved(qint64 id, qint64 parentId);
    void accountAdded(const bc::Account &account);
    void accountChanged(const bc::Account &account);
    void accountRemoved(qint64 id, qint64 groupId);
    void accountsChanged(const QList<qint64> &accountIds);
    void accountsRemoved(const QList<qint64> &accountIds, const QList<qint64> &groupIds);
    void accountsAdded(const QList<qint64> &accountIds, const QList<qint64> &groupIds);
    void catalogChanged(qint64 groupId);
    void settingsChanged(qint64 groupId);
    void accountActivated(const bc::Account &account);
    void outboxChanged(qint64 accountId);
    void outboxesChanged(const QList<qint64> &accountIds);
    void smtpSettingsChanged();
    // Another connection committed a change.
    void changedElsewhere();
    // The server stopped answering (`reachable` false, with what the user should read) or answers
    // again. Told once per change.
    void reachabilityChanged(bool reachable, const QString &problem);

private:
    template<typename T> struct isResult : std::false_type
    {
    };
    template<typename T> struct isResult<Result<T>> : std::true_type
    {
    };

    template<typename Job> static auto invokeJob(Job &job, WorkspaceServices &services, JobProgress &progress)
    {
        if constexpr (std::is_invocable_v<Job &, WorkspaceServices &, JobProgress &>)
            return job(services, progress);
        else
            return job(services);
    }

    template<typename Job>
    static constexpr bool takesProgress = std::is_invocable_v<Job &, WorkspaceServices &, JobProgress &>;

    template<typename Job>
    using JobValue =
        decltype(invokeJob(std::declval<Job &>(), std::declval<WorkspaceServices &>(), std::declval<JobProgress &>()));

    template<typename Value> class PromiseProgress final : public JobProgress
    {
    public:
        explicit PromiseProgress(QPromise<Value> &promise)
            : m_promise(promise)
        {
        }
        bool isCanceled() const override { return m_promise.isCanceled(); }
        void report(int done, int total) override
        {
            m_promise.setProgressRange(0, total);
            m_promise.setProgressValue(done);
        }

    private:
        QPromise<Value> &m_promise;
    };

    // Queues `job` on the worker; it gets the services, or null and the open's error, and returns
    // the error of its result if it failed (a lost connection makes the server "unreachable").
    void post(std::function<std::optional<Error>(WorkspaceServices *, const Error *)> job, Priority priority);

    DatabaseAddress m_address;
    WorkspaceThread *m_thread = nullptr;
    std::unique_ptr<AccountPages> m_pages;
};

} // namespace bc
