#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace bc {

class Database;

// Notices commits made by other connections — another console, the CLI, the activation server,
// this console's own workers — in the cheapest way each backend offers:
// SQLite: PRAGMA data_version, which changes only when another connection has committed and
// costs no I/O, polled. PostgreSQL: LISTEN/NOTIFY (the triggers of 0005_teams.sql notify on every
// committed change), with a slow poll that renews the subscription after a reconnect; the LISTEN
// travels with the connection's next statement (Database::listenWithNextStatement) and the
// notifications are read from libpq here, not through QSqlDriver::subscribeToNotification(),
// whose LISTEN is a round trip of its own in front of a console's first answer. MariaDB: a
// change counter that triggers raise, polled. Either way a change shows within a second.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    // Polls every `intervalMs` (SQLite, MariaDB); on PostgreSQL, which notifies, only every few
    // seconds, to notice a lost connection.
    explicit ChangeWatcher(Database &database, int intervalMs = 250, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Looks now; true when something changed since the last look.
    bool poll();

    // The channel the PostgreSQL triggers notify on.
    static QString channel();

Q_SIGNALS:
    void changedElsewhere();

private:
    void subscribe();
    // PostgreSQL: the notifications libpq holds or the socket brings (cheap: no round trip).
    void readNotifications();
    // PostgreSQL: stops watching the connection's socket (it broke, or another one replaced it).
    void stopReading();

    Database &m_db;
    QTimer m_timer;
    QTimer m_coalesce;
    // PostgreSQL: notifications read during a statement wait in libpq, not on the socket: looked
    // for this often.
    QTimer m_notifications;
    std::unique_ptr<QSocketNotifier> m_socket;
    int m_generation = -1;
};

} // namespace bc
