#pragma once

#include <QObject>
#include <QTimer>

namespace bc {

class Database;

// Notices commits made by other connections — another console, the CLI, the activation server,
// this console's own workers — with SQLite's PRAGMA data_version, which changes only when another
// connection has committed and costs no I/O. Polled once a second on the connection it is given.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    explicit ChangeWatcher(Database &database, int intervalMs = 1000, QObject *parent = nullptr);

    // Looks now; true when something changed since the last look.
    bool poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    Database &m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace bc
