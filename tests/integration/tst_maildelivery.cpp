#include "core/mail/outboxdispatcher.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/groupservice.h"
#include "core/storage/databasestatements.h"
#include "core/storage/outboxstore.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// Activation emails against a real SMTP server (Debian's python3-aiosmtpd), plain and with
// STARTTLS on a certificate made for the test; a refused connection leaves the email queued.
class TestMailDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anActivationEmailArrivesWithAWorkingLink();
    void startTlsIsUsedAndTheCertificateChecked();
    void aRefusedConnectionKeepsTheEmailQueuedUntilRetried();
    void onlyTheNewestEmailOfALiveAccountGoesOut();

private:
    int freePort() const;
    bool startSink(int port, bool tls);
    void stopSink();
    QStringList receivedMessages() const;
    Account createAccount(const QString &login);
    void configure(int port, SmtpSettings::Security security);

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QProcess> m_sink;
    QString m_mailFolder;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ActivationService> m_activation;
    qint64 m_customer = 0;
    int m_round = 0;
};

// Undoes quoted-printable (soft line breaks and =XX escapes).
static QString decodeQuotedPrintable(const QByteArray &input)
{
    QByteArray joined = input;
    joined.replace("=\r\n", "").replace("=\n", "");
    QByteArray output;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        if (joined.at(i) == '=' && i + 2 < joined.size()) {
            bool ok = false;
            const char byte = static_cast<char>(joined.mid(i + 1, 2).toInt(&ok, 16));
            if (ok) {
                output.append(byte);
                i += 2;
                continue;
            }
        }
        output.append(joined.at(i));
    }
    return QString::fromUtf8(output);
}

void TestMailDelivery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cert = m_dir.filePath(u"cert.pem"_s);
    m_key = m_dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, m_key, u"-out"_s,
                   m_cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

void TestMailDelivery::init()
{
    ++m_round;
    m_mailFolder = m_dir.filePath(u"mail%1"_s.arg(m_round));
    QVERIFY(QDir().mkpath(m_mailFolder));
    m_location = m_dir.filePath(u"mail%1.sqlite"_s.arg(m_round));
    auto db = Database::open(m_location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_activation = std::make_unique<ActivationService>(*m_db);
    m_customer = m_groups->create(m_groups->createRoot(u"Acme MSP"_s)->id, u"Contoso"_s)->id;
}

void TestMailDelivery::cleanup()
{
    stopSink();
    m_activation.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

int TestMailDelivery::freePort() const
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool TestMailDelivery::startSink(int port, bool tls)
{
    m_sink = std::make_unique<QProcess>();
    QStringList arguments {QStringLiteral(SMTP_SINK), u"--port"_s, QString::number(port), u"--folder"_s, m_mailFolder};
    if (tls)
        arguments << u"--cert"_s << m_cert << u"--key"_s << m_key;
    m_sink->start(u"/usr/bin/python3"_s, arguments);
    if (!m_sink->waitForStarted(10000))
        return false;
    for (int i = 0; i < 100 && !m_sink->canReadLine(); ++i)
        m_sink->waitForReadyRead(200);
    const QByteArray line = m_sink->readLine();
    if (!line.startsWith("ready"))
        qWarning() << "SMTP sink:" << line << m_sink->readAllStandardError();
    return line.startsWith("ready");
}

void TestMailDelivery::stopSink()
{
    if (!m_sink)
        return;
    m_sink->closeWriteChannel();
    if (!m_sink->waitForFinished(5000))
        m_sink->kill();
    m_sink.reset();
}

QStringList TestMailDelivery::receivedMessages() const
{
    QStringList messages;
    const QDir folder(m_mailFolder);
    for (const QString &name : folder.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            messages.append(decodeQuotedPrintable(file.readAll()));
    }
    return messages;
}

Account TestMailDelivery::createAccount(const QString &login)
{
    AccountDraft draft;
    draft.login = login;
    draft.email = login + u"@contoso.com"_s;
    draft.firstName = u"Zoë"_s;
    draft.lastName = u"<b>Bold</b>"_s;
    return m_accounts->create(m_customer, draft).value_or(Account {});
}

void TestMailDelivery::configure(int port, SmtpSettings::Security security)
{
    SmtpSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.security = security;
    settings.sender = u"Backup Désk <desk@msp.example>"_s;
    settings.caFile = security == SmtpSettings::Security::None ? QString() : m_cert;
    settings.timeoutSeconds = 5;
    settings.activationBaseUrl = u"https://activate.msp.example/"_s;
    QVERIFY(m_activation->setSmtpSettings(settings));
}

void TestMailDelivery::anActivationEmailArrivesWithAWorkingLink()
{
    const int port = freePort();
    QVERIFY(startSink(port, false));
    configure(port, SmtpSettings::Security::None);
    const Account account = createAccount(u"zoe"_s);
    QVERIFY(account.id);

    OutboxDispatcher dispatcher(m_location);
    auto sent = dispatcher.processDue();
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    QCOMPARE(*sent, 1);
    QTRY_COMPARE(receivedMessages().size(), 1);
    const QString message = receivedMessages().first();
    QVERIFY2(message.contains(u"To: <zoe@contoso.com>"_s), qPrintable(message));
    QVERIFY(message.contains(u"Subject: =?UTF-8?B?"_s)); // "Zoë" is not ASCII
    QVERIFY(message.contains(u"From: =?UTF-8?B?"_s));
    QVERIFY(message.contains(u"multipart/alternative"_s));
    QVERIFY(message.contains(u"text/html; charset=UTF-8"_s));
    QVERIFY2(message.contains(u"&lt;b&gt;Bold&lt;/b&gt;"_s), "the HTML body escapes the name");
    auto stored = OutboxStore(*m_db).latestFor(account.id, u"activation"_s);
    QVERIFY(message.contains(u"Message-ID: "_s + (*stored)->messageId));
    QCOMPARE((*stored)->status, OutboxMessage::Status::Sent);
    QVERIFY((*stored)->linkToken.isEmpty());

    static const QRegularExpression link(u"https://activate\\.msp\\.example/activate/([A-Za-z0-9_-]{43})"_s);
    const auto match = link.match(message);
    QVERIFY2(match.hasMatch(), qPrintable(message));
    QCOMPARE(m_activation->check(match.captured(1))->state, ActivationService::LinkState::Valid);
    QVERIFY(m_activation->activate(match.captured(1), u"violet-harbour-71-kites"_s));
    QCOMPARE(*dispatcher.processDue(), 0);
}

void TestMailDelivery::onlyTheNewestEmailOfALiveAccountGoesOut()
{
    // Queued while no mail server was set up: a resend, a disable and a delete since.
    const Account resent = createAccount(u"resent"_s);
    const Account disabled = createAccount(u"disabled"_s);
    const Account deleted = createAccount(u"deleted"_s);
    const Account bypassed = createAccount(u"bypassed"_s);
    QVERIFY(m_activation->resend(resent.id));
    QVERIFY(m_accounts->disable(disabled.id));
    QVERIFY(m_accounts->remove(deleted.id));
    // Disabled behind the services' back (another program): the dispatcher itself refuses.
    QVERIFY(m_db->run(u"UPDATE accounts SET status = 'disabled' WHERE id = ?"_s, {bypassed.id}));

    const int port = freePort();
    QVERIFY(startSink(port, false));
    configure(port, SmtpSettings::Security::None);
    OutboxDispatcher dispatcher(m_location);
    auto sent = dispatcher.processDue();
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    QCOMPARE(*sent, 1);
    QTRY_COMPARE(receivedMessages().size(), 1);
    const QString message = receivedMessages().first();
    QVERIFY2(message.contains(u"To: <resent@contoso.com>"_s), qPrintable(message));
    auto newest = OutboxStore(*m_db).latestFor(resent.id, u"activation"_s);
    QVERIFY(message.contains(u"Message-ID: "_s + (*newest)->messageId));
    QCOMPARE(*dispatcher.processDue(), 0);
    QCOMPARE(receivedMessages().size(), 1);
}

void TestMailDelivery::startTlsIsUsedAndTheCertificateChecked()
{
    const int port = freePort();
    QVERIFY(startSink(port, true));
    configure(port, SmtpSettings::Security::StartTls);
    QVERIFY(createAccount(u"secure"_s).id);
    OutboxDispatcher dispatcher(m_location);
    QCOMPARE(*dispatcher.processDue(), 1);
    QTRY_COMPARE(receivedMessages().size(), 1);

    // Without the test's root certificate the server's certificate is not trusted: not sent.
    SmtpSettings untrusted = *m_activation->smtpSettings();
    untrusted.caFile.clear();
    QVERIFY(m_activation->setSmtpSettings(untrusted));
    const Account second = createAccount(u"untrusted"_s);
    QCOMPARE(*dispatcher.processDue(), 0);
    auto state = m_activation->state(second.id);
    QCOMPARE(state->emailStatus, OutboxMessage::Status::Queued);
    QVERIFY2(state->lastError.contains(u"secure connection"_s), qPrintable(state->lastError));
    QCOMPARE(receivedMessages().size(), 1);
}

void TestMailDelivery::aRefusedConnectionKeepsTheEmailQueuedUntilRetried()
{
    const int port = freePort(); // nothing listens there yet
    configure(port, SmtpSettings::Security::None);
    const Account account = createAccount(u"patient"_s);
    OutboxDispatcher dispatcher(m_location);
    QCOMPARE(*dispatcher.processDue(), 0);
    auto message = OutboxStore(*m_db).latestFor(account.id, u"activation"_s);
    QCOMPARE((*message)->status, OutboxMessage::Status::Queued);
    QCOMPARE((*message)->attempts, 1);
    QVERIFY2((*message)->lastError.contains(u"could not be reached"_s), qPrintable((*message)->lastError));
    QVERIFY((*message)->nextAttemptAt > QDateTime::currentDateTimeUtc());
    QVERIFY(!(*message)->linkToken.isEmpty());
    QCOMPARE(*dispatcher.processDue(), 0); // backing off: not tried again at once

    QVERIFY(startSink(port, false));
    QVERIFY(m_activation->retry((*message)->id));
    QCOMPARE(*dispatcher.processDue(), 1);
    QCOMPARE(*dispatcher.processDue(), 0);
    QTRY_COMPARE(receivedMessages().size(), 1);
}

QTEST_GUILESS_MAIN(TestMailDelivery)
#include "tst_maildelivery.moc"
