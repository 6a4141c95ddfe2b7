#include "core/services/mailcontroller.h"

#include "core/mail/outboxdispatcher.h"
#include "core/platform/logging.h"
#include "core/platform/secretstore.h"
#include "core/services/activationservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace bc {

QString MailController::passwordKey()
{
    return u"smtp-password"_s;
}

MailController::MailController(const QString &databaseLocation, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_dispatcher(new OutboxDispatcher(databaseLocation))
    , m_secrets(std::move(secrets))
{
    if (auto database = Database::open(databaseLocation)) {
        m_database = std::move(*database);
        m_activation = std::make_unique<ActivationService>(*m_database);
        connect(m_activation.get(), &ActivationService::outboxChanged, this, [this](qint64 accountId) {
            Q_EMIT activationChanged(accountId);
            wake();
        });
        connect(m_activation.get(), &ActivationService::outboxesChanged, this, [this](const QList<qint64> &accountIds) {
            Q_EMIT activationsChanged(accountIds);
            wake();
        });
        connect(m_activation.get(), &ActivationService::smtpSettingsChanged, this, &MailController::reloadSetup);
        reloadSetup();
    } else {
        qCWarning(lcCore) << "mail: the database could not be opened:" << database.error().message;
    }
    connectDispatcher();
}

MailController::MailController(Workspace &workspace, const QString &databaseLocation,
                               std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_workspace(&workspace)
    , m_dispatcher(new OutboxDispatcher(databaseLocation))
    , m_secrets(std::move(secrets))
{
    connect(&workspace, &Workspace::outboxChanged, this, [this](qint64 accountId) {
        Q_EMIT activationChanged(accountId);
        wake();
    });
    connect(&workspace, &Workspace::outboxesChanged, this, [this](const QList<qint64> &accountIds) {
        Q_EMIT activationsChanged(accountIds);
        wake();
    });
    connect(&workspace, &Workspace::smtpSettingsChanged, this, &MailController::reloadSetup);
    reloadSetup();
    connectDispatcher();
}

void MailController::connectDispatcher()
{
    m_thread->adopt(m_dispatcher);
    connect(m_dispatcher, &OutboxDispatcher::delivered, this, [this](qint64 accountId, const QString &messageId) {
        Q_EMIT delivered(accountId, messageId);
        if (accountId != 0)
            Q_EMIT activationChanged(accountId);
    });
    connect(m_dispatcher, &OutboxDispatcher::deliveryFailed, this, [this](qint64 accountId, const QString &error) {
        Q_EMIT deliveryFailed(accountId, error);
        if (accountId != 0)
            Q_EMIT activationChanged(accountId);
    });
}

MailController::~MailController()
{
    // A running thread ends by itself, with the dispatcher, even while it waits on a mail server.
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        // Never started: no thread will delete the dispatcher, nor the calls queued to it.
        delete m_dispatcher;
    }
}

void MailController::start(int interval)
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    m_secrets->read(passwordKey(), this, [this, interval](const QString &password, const QString &error) {
        if (!error.isEmpty()) {
            qCWarning(lcCore) << "mail:" << error;
            Q_EMIT keychainFailed(error);
        }
        m_ready = true;
        QMetaObject::invokeMethod(
            m_dispatcher,
            [dispatcher = m_dispatcher, password, interval] {
                dispatcher->setPassword(password);
                dispatcher->setPollInterval(interval);
                dispatcher->start();
            },
            Qt::QueuedConnection);
    });
}

void MailController::reloadSetup()
{
    const auto noted = [this](const Result<bool> &setUp) {
        if (!setUp) {
            qCWarning(lcCore) << "mail: the settings could not be read:" << setUp.error().message;
            return;
        }
        noteSetup(*setUp);
    };
    if (m_workspace)
        m_workspace->call(
            this, [](WorkspaceServices &services) { return services.activation.isMailServerSetUp(); }, noted);
    else if (m_activation)
        noted(m_activation->isMailServerSetUp());
}

void MailController::noteSetup(bool setUp)
{
    if (setUp == m_mailServerSetUp)
        return;
    m_mailServerSetUp = setUp;
    Q_EMIT mailServerSetUpChanged(m_mailServerSetUp);
    wake(); // what waited can go now
}

void MailController::wake()
{
    if (m_ready)
        QMetaObject::invokeMethod(m_dispatcher, &OutboxDispatcher::wake, Qt::QueuedConnection);
}

void MailController::setPassword(const QString &password)
{
    QMetaObject::invokeMethod(
        m_dispatcher, [dispatcher = m_dispatcher, password] { dispatcher->setPassword(password); },
        Qt::QueuedConnection);
}

} // namespace bc
