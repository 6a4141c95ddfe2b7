#include "core/storage/databasestatements.h"

#include "core/platform/logging.h"
#include "core/storage/postgrespipeline.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

// Write transactions under the writers' lock, and the change marks that tell whether another
// connection committed meanwhile.
namespace bc {

namespace {

using Backend = DatabaseAddress::Backend;

} // namespace

Result<qint64> Database::changeCounter() const
{
    qint64 counter = 0;
    auto read = runKept(u"SELECT counter FROM change_counter WHERE id = 1"_s, {}, [&counter](QSqlQuery &query) {
        counter = query.next() ? query.value(0).toLongLong() : 0;
        return Result<void>();
    });
    if (!read)
        return fail(read.error());
    return counter;
}

Result<bool> Database::changedElsewhere() const
{
    qint64 mark = -1;
    switch (m_address.backend) {
    case Backend::Sqlite: {
        // Changes only when another connection committed, and costs no I/O.
        auto read = runKept(u"PRAGMA data_version"_s, {}, [&mark](QSqlQuery &query) {
            mark = query.next() ? query.value(0).toLongLong() : 0;
            return Result<void>();
        });
        if (!read)
            return fail(read.error());
        break;
    }
    case Backend::MariaDb: {
        auto counter = changeCounter();
        if (!counter)
            return fail(counter.error());
        mark = *counter;
        break;
    }
    case Backend::PostgreSql:
        return false;
    }
    const bool changed = (m_changeMark >= 0 && mark != m_changeMark) || m_foreignChange;
    m_changeMark = mark;
    m_foreignChange = false;
    return changed;
}

Result<void> Database::lockWriters() const
{
    switch (m_address.backend) {
    case Backend::Sqlite:
        return {};
    case Backend::PostgreSql:
        // Held until the transaction ends; waits at most lock_timeout (configure()).
        return succeeded(run(u"SELECT pg_advisory_xact_lock(?)"_s, {writerLockKey}));
    case Backend::MariaDb: {
        bool taken = false;
        auto locked = runKept(u"SELECT GET_LOCK(concat('backup-console:', DATABASE()), ?)"_s, {writerLockSeconds},
                              [&taken](QSqlQuery &query) {
                                  taken = query.next() && query.value(0).toInt() == 1;
                                  return Result<void>();
                              });
        if (!locked)
            return fail(locked.error());
        if (!taken)
            return fail(Error::Code::DatabaseBusy, QString(),
                        tr("The database is busy with another program's change. Try again in a moment; nothing "
                           "was lost."));
        return {};
    }
    }
    return {};
}

void Database::unlockWriters() const
{
    if (m_address.backend == Backend::MariaDb)
        (void)runKept(u"SELECT RELEASE_LOCK(concat('backup-console:', DATABASE()))"_s, {});
}

void Database::queueBegin() const
{
    // The lock is held until the transaction ends and waited for at most lock_timeout
    // (configure()). A write transaction looks rows up by their keys, and one plan of a prepared
    // statement serves every value; PostgreSQL would plan each of its first five runs anew.
    const QString lock = u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writerLockKey);
    m_pipeline->queue(u"BEGIN"_s, u"BEGIN"_s);
    m_pipeline->queue(u"SET LOCAL plan_cache_mode = force_generic_plan"_s, u"SET LOCAL plan_cache_mode"_s);
    m_pipeline->queue(lock, lock);
}

bool Database::resendsBegin(const Error &error, int attempt) const
{
    // A connection the server dropped while the transaction's first message travelled: nothing of
    // the transaction reached the server, so it starts again on a new connection.
    // Statements queued by runLater() went with the lost message and cannot be sent again.
    if (m_address.backend != Backend::PostgreSql || error.code != Error::Code::ConnectionLost || attempt > 0
        || !m_inTransaction || m_reconnecting || m_writesBeforeFirstMessage > 0)
        return false;
    m_inTransaction = false;
    const bool reconnected = reconnect().has_value();
    m_inTransaction = true;
    if (reconnected) {
        queueBegin();
        m_transactionSent = false;
    }
    return reconnected;
}

Result<void> Database::begin()
{
    switch (m_address.backend) {
    case Backend::Sqlite: {
        // IMMEDIATE takes the write lock at once, so the busy timeout applies instead of a deadlock.
        // SQLite waits for a busy lock in ever longer sleeps, up to 100 ms a try, so that a desk
        // adding an account behind an import kept missing the moments between its batches (adds of
        // 700 ms): the lock is asked for every half millisecond instead, as long as the connection's
        // busy timeout (open()).
        constexpr int busyTimeoutMs = 10000;
        if (auto quick = execute(u"PRAGMA busy_timeout = 0"_s); !quick)
            return quick;
        const QDeadlineTimer deadline(busyTimeoutMs);
        Result<void> begun;
        for (;;) {
            begun = execute(u"BEGIN IMMEDIATE"_s);
            if (begun || begun.error().code != Error::Code::DatabaseBusy || deadline.hasExpired())
                break;
            QThread::usleep(500);
        }
        const Result<void> patient = execute(u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs));
        if (!begun) {
            if (begun.error().code == Error::Code::DatabaseBusy)
                qCWarning(lcDb) << "another connection held the write lock for" << busyTimeoutMs << "ms; gave up";
            return begun;
        }
        if (!patient) {
            rollback();
            return patient;
        }
        break;
    }
    case Backend::PostgreSql:
        // The transaction and the writer lock travel with the transaction's first statement: no
        // round trip of their own. Their failure (the lock not had within lock_timeout) is that
        // statement's.
        queueBegin();
        m_transactionSent = false;
        m_writesBeforeFirstMessage = 0;
        m_quickestAnswer = std::numeric_limits<qint64>::max();
        break;
    case Backend::MariaDb:
        // The lock first: it is the connection's, not the transaction's.
        if (auto locked = lockWriters(); !locked)
            return locked;
        if (auto begun = execute(u"START TRANSACTION"_s); !begun) {
            unlockWriters();
            return begun;
        }
        break;
    }
    m_inTransaction = true;
    if (m_address.backend == Backend::MariaDb && m_changeMark >= 0) {
        // Under the writer lock nobody else changes anything: what differs now is foreign.
        auto counter = changeCounter();
        if (counter && *counter != m_changeMark)
            m_foreignChange = true;
    }
    return {};
}

Result<void> Database::commit()
{
    // MariaDB: the counter after our own changes, so that they are not news to us.
    std::optional<qint64> ours;
    if (m_address.backend == Backend::MariaDb && m_changeMark >= 0) {
        if (auto counter = changeCounter())
            ours = *counter;
    }
    auto committed = execute(u"COMMIT"_s);
    if (committed && ours)
        m_changeMark = *ours;
    if (committed) {
        m_inTransaction = false;
        ++m_commits;
        unlockWriters();
    }
    return committed;
}

void Database::rollback()
{
    // Unsent, and undone with the rest; what they would have prepared is not there.
    m_pipeline->dropQueued();
    if (m_address.backend == Backend::PostgreSql && !m_transactionSent) {
        // Nothing of the transaction reached the server: nothing to undo there.
        m_inTransaction = false;
        return;
    }
    // The answer to what went ahead is read, and its error is of no interest any more.
    (void)readAhead();
    auto done = execute(u"ROLLBACK"_s);
    m_inTransaction = false;
    if (!done) {
        qCWarning(lcDb) << "rollback failed";
        // A transaction that failed because the server went away leaves a dead connection
        // behind; the next attempt gets a fresh one (which holds no lock any more).
        if (done.error().code == Error::Code::ConnectionLost)
            (void)reconnect();
        return;
    }
    unlockWriters();
}

} // namespace bc
