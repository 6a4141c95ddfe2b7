#include "core/mail/outboxdispatcher.h"

#include "core/domain/timestamps.h"
#include "core/mail/mailsender.h"
#include "core/platform/logging.h"
#include "core/services/activationservice.h"
#include "core/storage/database.h"
#include "core/storage/outboxstore.h"
#include "core/storage/smtpsettingsstore.h"

namespace bc {

OutboxDispatcher::OutboxDispatcher(QString databaseLocation, QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
{
}

OutboxDispatcher::~OutboxDispatcher() = default;

void OutboxDispatcher::setPassword(const QString &password)
{
    m_password = password;
}

void OutboxDispatcher::setPollInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_timer)
        m_timer->setInterval(milliseconds);
}

void OutboxDispatcher::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &OutboxDispatcher::wake);
    }
    m_timer->start(m_interval);
    wake();
}

void OutboxDispatcher::wake()
{
    if (auto sent = processDue(); !sent)
        qCWarning(lcCore) << "outbox:" << sent.error().message;
}

Result<Database *> OutboxDispatcher::database()
{
    if (!m_database) {
        // Opened here, in the thread that uses it (QtSql's rule).
        auto opened = Database::open(m_location);
        if (!opened)
            return fail(opened.error());
        m_database = std::move(*opened);
    }
    return m_database.get();
}

Result<int> OutboxDispatcher::processDue()
{
    auto db = database();
    if (!db)
        return fail(db.error());
    Database &database = **db;
    OutboxStore store(database);
    const QDateTime now = Timestamps::now();
    auto settings = SmtpSettingsStore(database).smtpSettings();
    if (!settings)
        return fail(settings.error());
    if (!settings->isConfigured())
        return 0; // nothing can be sent yet; the messages wait
    settings->password = m_password;

    auto claimed = database.write([&]() -> Result<QList<OutboxMessage>> {
        if (auto stale = store.requeueStale(now.addSecs(-600)); !stale)
            return fail(stale.error());
        return store.claimDue(now, 20);
    });
    if (!claimed)
        return fail(claimed.error());

    int sent = 0;
    for (const OutboxMessage &message : *claimed) {
        EmailValues values = message.values;
        if (!message.linkToken.isEmpty())
            values.link = ActivationService::linkFor(settings->activationBaseUrl, message.linkToken);
        const RenderedEmail email = EmailTemplates::render(message.email, values);
        const auto delivered = MailSender::send(*settings, message.recipient, message.messageId, email);
        const QDateTime after = Timestamps::now();
        Result<void> recorded;
        if (delivered) {
            recorded = database.write([&] { return store.markSent(message.id, after); });
            ++sent;
            Q_EMIT this->delivered(message.accountId, message.messageId);
        } else {
            const bool giveUp = message.attempts >= maxAttempts;
            const qint64 delay = qMin<qint64>(3600, 30LL << qMin(message.attempts - 1, 7));
            recorded = database.write([&] {
                return store.markAttemptFailed(message.id, delivered.error().message, after.addSecs(delay), giveUp);
            });
            Q_EMIT deliveryFailed(message.accountId, delivered.error().message);
        }
        if (!recorded)
            qCWarning(lcCore) << "outbox: could not record the delivery of" << message.messageId;
    }
    return sent;
}

} // namespace bc
