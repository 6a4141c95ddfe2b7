#pragma once

#include "core/domain/error.h"
#include "core/services/workerthread.h"

#include <QObject>

#include <memory>

namespace bc {

class ActivationService;
class Database;
class OutboxDispatcher;
class SecretStore;
class Workspace;

// Delivers the outbox while the console runs: an OutboxDispatcher on a worker thread with its own
// connection, woken when an email was queued and polling for retries. The SMTP password comes from
// the desk's keychain (SecretStore) and goes only to the dispatcher, never to QSettings or the
// database. Built on a Workspace, it reads whether a mail server is set up on the workspace's
// worker; built on a location alone, it also holds a GUI-thread ActivationService (settings,
// resend, retry, states) for the parts of the window that still use one.
class MailController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailController)

public:
    // The key of the SMTP password in the SecretStore.
    static QString passwordKey();

    MailController(const QString &databaseLocation, std::unique_ptr<SecretStore> secrets, QObject *parent = nullptr);
    // No connection on the GUI thread: activation() is null; the workspace's signals tell what changed.
    MailController(Workspace &workspace, const QString &databaseLocation, std::unique_ptr<SecretStore> secrets,
                   QObject *parent = nullptr);
    ~MailController() override;

    // Null when the database could not be opened a second time (then no email goes out).
    ActivationService *activation() const { return m_activation.get(); }
    SecretStore &secrets() const { return *m_secrets; }
    // Whether a mail server is set up (read at start and whenever the settings are saved here);
    // until then emails wait in the outbox.
    bool isMailServerSetUp() const { return m_mailServerSetUp; }

    // Reads the password from the keychain, then starts delivering (polling every `interval` ms).
    void start(int interval = 5000);
    // Something was queued: deliver now rather than at the next poll.
    void wake();
    // A new password (the settings dialog stored it in the keychain already).
    void setPassword(const QString &password);
    // Reads again whether a mail server is set up (another console or the CLI may have set one).
    void reloadSetup();

Q_SIGNALS:
    void delivered(qint64 accountId, const QString &messageId);
    void deliveryFailed(qint64 accountId, const QString &error);
    // An account's activation email changed state (queued again, sent, failed): the list shows it.
    void activationChanged(qint64 accountId);
    // The same for many accounts at once (a bulk resend).
    void activationsChanged(const QList<qint64> &accountIds);
    void keychainFailed(const QString &error);
    void mailServerSetUpChanged(bool setUp);

private:
    void connectDispatcher();
    // Whether a mail server is set up, as read now: tells mailServerSetUpChanged and wakes.
    void noteSetup(bool setUp);

    Workspace *m_workspace = nullptr;
    WorkerThreadPtr m_thread {new WorkerThread(QStringLiteral("outbox"))};
    OutboxDispatcher *m_dispatcher = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ActivationService> m_activation;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_ready = false; // the password was read and the dispatcher started
    bool m_mailServerSetUp = false;
};

} // namespace bc
