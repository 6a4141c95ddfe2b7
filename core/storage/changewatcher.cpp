#include "core/storage/changewatcher.h"

#include "core/platform/logging.h"
#include "core/storage/databasestatements.h"
#include "core/storage/postgresdriver.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// The libpq connection under a PostgreSQL QSqlDatabase; null for another driver or a closed one.
PGconn *libpqConnection(const Database &database)
{
    const auto *driver = qobject_cast<const PostgresDriver *>(database.connection().driver());
    return driver ? driver->connection() : nullptr;
}

} // namespace

ChangeWatcher::ChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    // Several notifications of one burst of changes make one signal.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changedElsewhere);
    m_notifications.setInterval(200);
    connect(&m_notifications, &QTimer::timeout, this, &ChangeWatcher::readNotifications);
    poll();
    m_timer.setInterval(m_db.backend() == DatabaseAddress::Backend::PostgreSql ? std::max(intervalMs, 5000)
                                                                               : intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

// The connection goes with the database; its LISTEN with the connection.
ChangeWatcher::~ChangeWatcher() = default;

QString ChangeWatcher::channel()
{
    return u"backup_console_changes"_s;
}

void ChangeWatcher::stopReading()
{
    m_notifications.stop();
    // Not deleted here: this may run in the notifier's own signal.
    if (m_socket) {
        m_socket->setEnabled(false);
        m_socket.release()->deleteLater();
    }
}

void ChangeWatcher::subscribe()
{
    stopReading();
    PGconn *connection = libpqConnection(m_db);
    if (!connection) {
        qCWarning(lcDb) << "cannot listen for changes: no PostgreSQL connection";
        return;
    }
    m_db.listenWithNextStatement(channel());
    // Sent with the next statement: the job that comes next, or, when none does in this turn of
    // the event loop, a statement of its own.
    QTimer::singleShot(0, this, [this] {
        if (m_db.hasStatementsWaiting())
            (void)m_db.run(u"SELECT 1"_s);
    });
    m_socket = std::make_unique<QSocketNotifier>(PQsocket(connection), QSocketNotifier::Read);
    connect(m_socket.get(), &QSocketNotifier::activated, this, &ChangeWatcher::readNotifications);
    m_notifications.start();
}

void ChangeWatcher::readNotifications()
{
    // Reads what arrived without waiting. A connection opened again since (a reconnect) is listened
    // on anew, and what happened meanwhile counts as a change (poll()). One that broke (the socket
    // readable at its end) is left to the next statement, which opens it again: until then the
    // socket is not watched, or it would wake this thread again and again.
    PGconn *connection = libpqConnection(m_db);
    if (!connection || m_db.connectionGeneration() != m_generation || PQconsumeInput(connection) == 0) {
        stopReading();
        QTimer::singleShot(0, this, &ChangeWatcher::poll);
        return;
    }
    const int self = PQbackendPID(connection);
    const QByteArray wanted = channel().toUtf8();
    while (PGnotify *notice = PQnotifies(connection)) {
        // This connection's own changes are known to whoever made them.
        if (wanted == notice->relname && notice->be_pid != self)
            m_coalesce.start();
        PQfreemem(notice);
    }
}

bool ChangeWatcher::poll()
{
    switch (m_db.backend()) {
    case DatabaseAddress::Backend::PostgreSql: {
        // Asking the server something notices a lost connection (run() reconnects); a new
        // connection listens again, and what happened meanwhile counts as a change.
        if (m_db.connectionGeneration() != m_generation) {
            const bool renewed = m_generation >= 0;
            subscribe();
            m_generation = m_db.connectionGeneration();
            if (renewed) {
                Q_EMIT changedElsewhere();
                return true;
            }
            return false;
        }
        // A statement answered since the last look tells as much, and costs the jobs waiting on
        // this connection nothing: over a slow link a question of its own is a round trip.
        if (!m_db.answeredWithin(m_timer.interval()))
            (void)m_db.run(u"SELECT 1"_s);
        return false;
    }
    case DatabaseAddress::Backend::Sqlite:
    case DatabaseAddress::Backend::MariaDb:
        break;
    }
    auto changed = m_db.changedElsewhere();
    if (!changed)
        return false; // a passing problem; the next look tells
    if (*changed)
        Q_EMIT changedElsewhere();
    return *changed;
}

} // namespace bc
