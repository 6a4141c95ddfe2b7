#pragma once

#include "core/domain/error.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace bc {

class Database;

// Delivers the outbox after commit: on its own thread with its own connection, so the GUI never
// waits on the mail server. Failures are retried with backoff (30 s, 1 min, 2 min … 1 h; given up
// after 8 attempts, Retry starts again). Delivery is at least once: a message marked "sending" by a
// console that stopped is sent again, with the same Message-ID, so mail systems can drop the copy.
class OutboxDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxDispatcher)

public:
    static constexpr int maxAttempts = 8;

    explicit OutboxDispatcher(QString databaseLocation, QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    // The SMTP password comes from the keychain of the desk, not from the database.
    void setPassword(const QString &password);
    void setPollInterval(int milliseconds);

    // Sends what is due now; returns how many were sent. Callable directly (tests, CLI).
    Result<int> processDue();

public Q_SLOTS:
    void start(); // begin polling, in the thread this object lives in
    void wake(); // something was queued: look now

Q_SIGNALS:
    void delivered(qint64 accountId, const QString &messageId);
    void deliveryFailed(qint64 accountId, const QString &error);

private:
    Result<Database *> database();

    QString m_location;
    QString m_password;
    std::unique_ptr<Database> m_database;
    QTimer *m_timer = nullptr;
    int m_interval = 5000;
};

} // namespace bc
