#include "core/storage/changewatcher.h"

#include "core/platform/logging.h"
#include "core/storage/databasestatements.h"

#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace bc {

ChangeWatcher::ChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    // Several notifications of one burst of changes make one signal.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changedElsewhere);
    poll();
    m_timer.setInterval(m_db.backend() == DatabaseAddress::Backend::PostgreSql ? std::max(intervalMs, 5000)
                                                                               : intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_db.backend() == DatabaseAddress::Backend::PostgreSql && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(channel());
}

QString ChangeWatcher::channel()
{
    return u"backup_console_changes"_s;
}

void ChangeWatcher::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    // One connection per driver object: connect once, the driver lives as long as the database.
    if (m_generation < 0)
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    notified(name, source);
                });
    if (!driver->subscribeToNotification(channel()))
        qCWarning(lcDb) << "cannot listen for changes:" << driver->lastError().text();
}

void ChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource source)
{
    // This connection's own changes are known to whoever made them.
    if (name == channel() && source != QSqlDriver::SelfSource)
        m_coalesce.start();
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
