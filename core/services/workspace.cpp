#include "core/services/workspace.h"

#include "core/platform/logging.h"
#include "core/services/accountpages.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/activationservice.h"
#include "core/services/auditlog.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/services/workerthread.h"
#include "core/storage/changewatcher.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTimer>

#include <deque>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// While the server cannot be reached, how often the worker tries again.
constexpr int retryIntervalMs = 2000;

} // namespace

// The worker: a thread with its own event loop, connection and services. Everything in State lives
// and dies on this thread; the Workspace only posts jobs and hears signals.
class WorkspaceThread final : public WorkerThread
{
public:
    using Job = std::function<std::optional<Error>(WorkspaceServices *, const Error *)>;

    WorkspaceThread(DatabaseAddress address, Database::OpenOptions options, Workspace *workspace)
        : WorkerThread(u"workspace"_s)
        , m_address(std::move(address))
        , m_options(std::move(options))
        , m_workspace(workspace)
        , m_context(new QObject)
    {
        m_context->moveToThread(this);
    }

    // Any thread, until detach(): queues the job behind the others of its priority.
    void post(Job job, Workspace::Priority priority)
    {
        const QMutexLocker lock(&m_queueMutex);
        switch (priority) {
        case Workspace::Priority::Check:
            m_checks.push_back(std::move(job));
            break;
        case Workspace::Priority::Interactive:
            m_interactive.push_back(std::move(job));
            break;
        case Workspace::Priority::Background:
            m_background.push_back(std::move(job));
            break;
        }
        scheduleNext();
    }

    // Any thread: the session key that cleanUp() revokes.
    void revokeAtEnd(const QString &sessionKey)
    {
        const QMutexLocker lock(&m_queueMutex);
        m_revokeKey = sessionKey;
    }

protected:
    // The workspace is going: no more signals to it; pending jobs are dropped (their futures are
    // canceled) and the thread ends after the job in progress.
    void detach() override
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_workspace = nullptr;
        }
        // Their promises go with them, which cancels their futures.
        const QMutexLocker lock(&m_queueMutex);
        m_checks.clear();
        m_interactive.clear();
        m_background.clear();
    }

    // Here, on the worker: the services and the connection go with the thread that made them.
    void cleanUp() override
    {
        QString key;
        {
            const QMutexLocker lock(&m_queueMutex);
            key = m_revokeKey;
        }
        if (!key.isEmpty() && m_state && m_state->database) {
            if (auto revoked = m_state->database->revokeSessionKey(key); !revoked)
                qCWarning(lcDb).noquote()
                    << "the session key was not revoked on the server:" << revoked.error().message;
        }
        m_state.reset();
        delete m_context;
        m_context = nullptr;
    }

public:
    // After a job: a lost connection makes the server unreachable until a retry reaches it.
    void noteOutcome(const Error *error)
    {
        if (error && error->code == Error::Code::ConnectionLost)
            setReachable(false, error->message);
        else if (!error && !m_reachable)
            setReachable(true, {});
    }

private:
    struct State
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<GroupService> groups;
        std::unique_ptr<AccountService> accounts;
        std::unique_ptr<CatalogService> catalog;
        std::unique_ptr<ActivationService> activation;
        std::unique_ptr<OperatorSignIn> operators;
        std::unique_ptr<AuditLog> audit;
        std::unique_ptr<ActingOperator> acting;
        std::unique_ptr<ChangeWatcher> watcher;
        std::optional<WorkspaceServices> services;
        std::optional<Error> openError;
        QTimer retry;
    };

    // One job per turn of the event loop, so that the change watcher and the retry timer get their
    // turn between jobs. m_queueMutex is held.
    void scheduleNext()
    {
        if (m_scheduled || (m_checks.empty() && m_interactive.empty() && m_background.empty()))
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(
            m_context, [this] { runNext(); }, Qt::QueuedConnection);
    }

    void runNext()
    {
        Job job;
        {
            const QMutexLocker lock(&m_queueMutex);
            m_scheduled = false;
            std::deque<Job> &queue = !m_checks.empty() ? m_checks
                : !m_interactive.empty()               ? m_interactive
                                                       : m_background;
            if (queue.empty())
                return;
            job = std::move(queue.front());
            queue.pop_front();
            scheduleNext();
        }
        runJob(job);
    }

    void runJob(const Job &job)
    {
        if (isInterruptionRequested())
            return;
        if (!m_state)
            openNow();
        if (!m_state->services) {
            job(nullptr, &*m_state->openError);
            return;
        }
        m_state->acting->beginAction();
        const std::optional<Error> failure = job(&*m_state->services, nullptr);
        m_state->acting->endAction();
        noteOutcome(failure ? &*failure : nullptr);
    }

    void openNow()
    {
        m_state = std::make_unique<State>();
        QElapsedTimer timer;
        timer.start();
        auto opened = Database::open(m_address, m_options);
        if (!opened) {
            m_state->openError = opened.error();
            return;
        }
        qCDebug(lcPerf) << "workspace: database opened in" << timer.elapsed() << "ms";
        State &state = *m_state;
        state.database = std::move(*opened);
        state.groups = std::make_unique<GroupService>(*state.database);
        state.accounts = std::make_unique<AccountService>(*state.database);
        state.catalog = std::make_unique<CatalogService>(*state.database);
        state.activation = std::make_unique<ActivationService>(*state.database);
        state.operators = std::make_unique<OperatorSignIn>(*state.database);
        state.audit = std::make_unique<AuditLog>(*state.database);
        state.acting = std::make_unique<ActingOperator>(*state.database);
        state.services.emplace(WorkspaceServices {*state.database, *state.groups, *state.accounts, *state.catalog,
                                                  *state.activation, *state.operators, *state.audit, *state.acting});
        state.retry.setInterval(retryIntervalMs);
        QObject::connect(&state.retry, &QTimer::timeout, m_context, [this] { retryConnection(); });

        const QMutexLocker lock(&m_mutex);
        if (!m_workspace)
            return;
        Workspace *w = m_workspace;
        // Queued to the workspace's thread; Qt drops what is still queued when it is destroyed.
        connect(state.groups.get(), &GroupService::groupAdded, w, &Workspace::groupAdded);
        connect(state.groups.get(), &GroupService::groupChanged, w, &Workspace::groupChanged);
        connect(state.groups.get(), &GroupService::groupRemoved, w, &Workspace::groupRemoved);
        connect(state.accounts.get(), &AccountService::accountAdded, w, &Workspace::accountAdded);
        connect(state.accounts.get(), &AccountService::accountChanged, w, &Workspace::accountChanged);
        connect(state.accounts.get(), &AccountService::accountRemoved, w, &Workspace::accountRemoved);
        connect(state.accounts.get(), &AccountService::accountsChanged, w, &Workspace::accountsChanged);
        connect(state.accounts.get(), &AccountService::accountsRemoved, w, &Workspace::accountsRemoved);
        connect(state.accounts.get(), &AccountService::accountsAdded, w, &Workspace::accountsAdded);
        connect(state.catalog.get(), &CatalogService::accountsChanged, w, &Workspace::accountsChanged);
        connect(state.catalog.get(), &CatalogService::catalogChanged, w, &Workspace::catalogChanged);
        connect(state.catalog.get(), &CatalogService::settingsChanged, w, &Workspace::settingsChanged);
        connect(state.activation.get(), &ActivationService::accountActivated, w, &Workspace::accountActivated);
        connect(state.activation.get(), &ActivationService::outboxChanged, w, &Workspace::outboxChanged);
        connect(state.activation.get(), &ActivationService::outboxesChanged, w, &Workspace::outboxesChanged);
        connect(state.activation.get(), &ActivationService::smtpSettingsChanged, w, &Workspace::smtpSettingsChanged);
        state.watcher = std::make_unique<ChangeWatcher>(*state.database);
        connect(state.watcher.get(), &ChangeWatcher::changedElsewhere, w, &Workspace::changedElsewhere);
        // On this thread, before the next job: the first operator may have been made elsewhere.
        connect(state.watcher.get(), &ChangeWatcher::changedElsewhere, state.watcher.get(),
                [acting = state.acting.get()] { acting->noteChangeElsewhere(); });
    }

    void setReachable(bool reachable, const QString &problem)
    {
        if (reachable == m_reachable || !m_state || !m_state->services)
            return;
        m_reachable = reachable;
        if (reachable)
            m_state->retry.stop();
        else
            m_state->retry.start();
        qCInfo(lcDb).noquote() << "workspace:" << m_address.displayName()
                               << (reachable ? "server reachable again" : "server unreachable");
        const QMutexLocker lock(&m_mutex);
        if (m_workspace) {
            QMetaObject::invokeMethod(
                m_workspace,
                [w = m_workspace, reachable, problem] { Q_EMIT w->reachabilityChanged(reachable, problem); },
                Qt::QueuedConnection);
        }
    }

    void retryConnection()
    {
        // Reached, even when the operator's sign-in ended meanwhile: the jobs say that.
        if (auto again = m_state->database->reconnect(); again || again.error().code != Error::Code::ConnectionLost)
            setReachable(true, {});
    }

    const DatabaseAddress m_address;
    const Database::OpenOptions m_options;
    QMutex m_mutex; // guards m_workspace
    Workspace *m_workspace;
    QObject *m_context; // lives on this thread; runNext() is its queued call
    QMutex m_queueMutex; // guards the queues and m_scheduled
    std::deque<Job> m_checks;
    std::deque<Job> m_interactive;
    std::deque<Job> m_background;
    bool m_scheduled = false; // a runNext() is queued
    QString m_revokeKey; // guarded by m_queueMutex
    std::unique_ptr<State> m_state; // this thread's only
    bool m_reachable = true; // this thread's only
};

Workspace::Workspace(DatabaseAddress address, Database::OpenOptions options, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_thread(new WorkspaceThread(m_address, std::move(options), this))
{
    m_thread->start();
}

Workspace::~Workspace()
{
    // A thread that ends soon is waited for, so that tests and a normal exit leave nothing behind;
    // one that waits on a server is left to end by itself.
    WorkerThread::release(m_thread);
}

void Workspace::prepareAccountPages(const QString &password)
{
    m_pages = std::make_unique<AccountPages>(m_address.toUrl(), password);
}

std::unique_ptr<AccountPages> Workspace::takeAccountPages()
{
    return std::move(m_pages);
}

void Workspace::endSignIn(const QString &sessionKey)
{
    m_thread->revokeAtEnd(sessionKey);
}

QFuture<Result<void>> Workspace::open()
{
    return run([](WorkspaceServices &) -> Result<void> { return {}; });
}

void Workspace::post(std::function<std::optional<Error>(WorkspaceServices *, const Error *)> job, Priority priority)
{
    m_thread->post(std::move(job), priority);
}

int Workspace::runningThreads()
{
    return WorkerThread::running();
}

} // namespace bc
