#include "tests/cli/clitest.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The command line: activation emails, the outbox, the mail settings and delivery through a real SMTP server.
class TestCliMail final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldQueueActivationEmailsUnlessTurnedOff();
    void shouldRejectInvalidActivationEmail_data();
    void shouldRejectInvalidActivationEmail();
    void shouldResendActivationToSeveralAccounts();
    void shouldListAndRetryOutbox();
    void shouldWithdrawWhatAResendDisableOrDeleteLeavesUnsent();
    void shouldRoundTripMailSettings();
    void shouldRejectInvalidMailSettings_data();
    void shouldRejectInvalidMailSettings();
    void shouldManageGroupTemplateAndLinkLifetime();
    void shouldDeliverThroughRealSmtpServer();
};

void TestCliMail::shouldQueueActivationEmailsUnlessTurnedOff()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"bob"_s, u"Acme MSP/Contoso"_s, {u"--no-activation-email"_s});
    const QString body = writeFile(u"body.txt"_s, u"Hello {name}, welcome to {organization}: {link}"_s);
    addAccount(u"carol"_s, u"Acme MSP/Contoso"_s,
               {u"--activation-subject"_s, u"Your backup for {organization}"_s, u"--activation-body-file"_s, body});

    QCOMPARE(activation(u"alice"_s)[u"email"_s].toString(), u"queued"_s);
    QVERIFY(!activation(u"alice"_s)[u"linkExpires"_s].toString().isEmpty());
    QVERIFY(activation(u"bob"_s)[u"email"_s].isNull());
    QVERIFY(activation(u"bob"_s)[u"linkExpires"_s].isNull());

    const Run shown = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(u"Not sent: no mail server set up"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"Pending since:"_s) && shown.out.contains(u"Link expires:"_s), qPrintable(shown.out));

    const Run listed = cli({u"outbox"_s, u"list"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray messages = parse(listed).object()[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 2);
    QStringList recipients;
    for (const QJsonValue &message : messages)
        recipients.append(message[u"recipient"_s].toString());
    QCOMPARE(recipients, (QStringList {u"carol@example.com"_s, u"alice@example.com"_s}));
    QVERIFY2(everyStoredByte().contains("Hello {name}, welcome"), "the custom body was not stored");
}

void TestCliMail::shouldRejectInvalidActivationEmail_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("body without link") << QStringList {u"--activation-body-file"_s, u"no-link.txt"_s} << 1
                                       << u"activation-body-file: "_s;
    QTest::newRow("empty subject") << QStringList {u"--activation-subject"_s, u"  "_s} << 1
                                   << u"activation-subject: "_s;
    QTest::newRow("missing file") << QStringList {u"--activation-body-file"_s, u"missing.txt"_s} << 1
                                  << u"activation-body-file: "_s;
    QTest::newRow("no email and a subject")
        << QStringList {u"--no-activation-email"_s, u"--activation-subject"_s, u"Hi"_s} << 2 << u"not both"_s;
}

void TestCliMail::shouldRejectInvalidActivationEmail()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    addRootAndCustomer();
    writeFile(u"no-link.txt"_s, u"Hello {name}"_s);
    for (QString &argument : extra) {
        if (argument.endsWith(u".txt"_s))
            argument = m_dir->filePath(argument);
    }
    const Run run = cli(QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--login"_s,
                                     u"dave"_s, u"--email"_s, u"dave@example.com"_s}
                        + extra);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cli({u"account"_s, u"show"_s, u"dave"_s}).exitCode, 1);
}

void TestCliMail::shouldResendActivationToSeveralAccounts()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"bob"_s, u"Acme MSP/Contoso"_s, {u"--no-activation-email"_s});
    addAccount(u"carol"_s, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"carol"_s}).exitCode, 0);
    const QString expiresBefore = activation(u"alice"_s)[u"linkExpires"_s].toString();

    Run run = cli({u"account"_s, u"resend-activation"_s, u"alice"_s, u"bob"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"resent"_s].toArray(), (QJsonArray {u"alice"_s, u"bob"_s}));
    QCOMPARE(activation(u"bob"_s)[u"email"_s].toString(), u"queued"_s);
    QVERIFY(!activation(u"alice"_s)[u"linkExpires"_s].toString().isEmpty());
    QVERIFY(activation(u"alice"_s)[u"linkExpires"_s].toString() >= expiresBefore);
    QCOMPARE(parse(cli({u"outbox"_s, u"list"_s, u"--json"_s})).object()[u"messages"_s].toArray().size(), 4);

    // A disabled and an unknown account are refused by name; the others still get their email.
    run = cli({u"account"_s, u"resend-activation"_s, u"carol"_s, u"nobody"_s, u"alice"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"carol: "_s) && run.err.contains(u"nobody: "_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\"alice\""_s), qPrintable(run.out));
    QCOMPARE(parse(cli({u"outbox"_s, u"list"_s, u"--json"_s})).object()[u"messages"_s].toArray().size(), 5);
    QCOMPARE(cli({u"account"_s, u"resend-activation"_s}).exitCode, 2);
}

void TestCliMail::shouldListAndRetryOutbox()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    // Nowhere to send to yet: send says so and sends nothing.
    Run run = cli({u"outbox"_s, u"send"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"mail settings"_s), qPrintable(run.err));

    // A refused connection leaves the email queued with the reason; retry queues it at once.
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const QString port = QString::number(closed.serverPort());
    closed.close();
    run = cli({u"mail"_s, u"settings"_s, u"--set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, port, u"--security"_s,
               u"none"_s, u"--sender"_s, u"Desk <desk@msp.example>"_s, u"--timeout"_s, u"5"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"outbox"_s, u"send"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(parse(run).object()[u"sent"_s].toInt(), 0);
    QVERIFY2(run.err.contains(u"Not sent"_s), qPrintable(run.err));

    run = cli({u"outbox"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject message = parse(run).object()[u"messages"_s].toArray().first().toObject();
    QCOMPARE(message[u"status"_s].toString(), u"queued"_s);
    QCOMPARE(message[u"attempts"_s].toInt(), 1);
    QVERIFY(!message[u"lastError"_s].toString().isEmpty());
    QCOMPARE(activation(u"alice"_s)[u"lastError"_s].toString(), message[u"lastError"_s].toString());

    const QString id = QString::number(message[u"id"_s].toInteger());
    run = cli({u"outbox"_s, u"retry"_s, id, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"attempts"_s].toInt(), 0);
    QCOMPARE(cli({u"outbox"_s, u"retry"_s, u"999"_s}).exitCode, 1);
    QCOMPARE(cli({u"outbox"_s, u"retry"_s, u"abc"_s}).exitCode, 1);
    run = cli({u"outbox"_s, u"list"_s});
    QVERIFY2(run.exitCode == 0 && run.out.contains(u"alice@example.com"_s), qPrintable(run.out + run.err));
}

void TestCliMail::shouldWithdrawWhatAResendDisableOrDeleteLeavesUnsent()
{
    addRootAndCustomer();
    for (const QString &login : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s})
        addAccount(login, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"resend-activation"_s, u"alice"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"bob"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"carol"_s}).exitCode, 0);

    // Oldest first: the statuses of each recipient's messages.
    QHash<QString, QStringList> statuses;
    const QJsonArray messages = parse(cli({u"outbox"_s, u"list"_s, u"--json"_s})).object()[u"messages"_s].toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        statuses[message[u"recipient"_s].toString().section(u'@', 0, 0)].append(message[u"status"_s].toString());
    }
    QCOMPARE(statuses.value(u"alice"_s), (QStringList {u"withdrawn"_s, u"queued"_s}));
    QCOMPARE(statuses.value(u"bob"_s), QStringList {u"withdrawn"_s});
    QCOMPARE(statuses.value(u"carol"_s), QStringList {u"withdrawn"_s});
    QCOMPARE(statuses.value(u"dave"_s), QStringList {u"queued"_s});

    // Without a mail server the queued email says why it waits.
    QCOMPARE(activation(u"alice"_s)[u"email"_s].toString(), u"queued"_s);
    QCOMPARE(activation(u"alice"_s)[u"mailServerSetUp"_s].toBool(true), false);
    const Run shown = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(shown.out.contains(u"Not sent: no mail server set up"_s), qPrintable(shown.out));
}

void TestCliMail::shouldRoundTripMailSettings()
{
    Run run = cli({u"mail"_s, u"settings"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"configured"_s].toBool(), false);

    run = cli({u"mail"_s,
               u"settings"_s,
               u"--set"_s,
               u"--json"_s,
               u"--host"_s,
               u"smtp.msp.example"_s,
               u"--port"_s,
               u"465"_s,
               u"--security"_s,
               u"tls"_s,
               u"--user"_s,
               u"desk"_s,
               u"--sender"_s,
               u"Backup Desk <backup@msp.example>"_s,
               u"--ca-file"_s,
               u"/etc/ssl/company.pem"_s,
               u"--timeout"_s,
               u"12"_s,
               u"--activation-url"_s,
               u"https://activate.msp.example/"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"mail"_s, u"settings"_s, u"--json"_s});
    const QJsonObject settings = parse(run).object();
    QCOMPARE(settings[u"host"_s].toString(), u"smtp.msp.example"_s);
    QCOMPARE(settings[u"port"_s].toInt(), 465);
    QCOMPARE(settings[u"security"_s].toString(), u"tls"_s);
    QCOMPARE(settings[u"user"_s].toString(), u"desk"_s);
    QCOMPARE(settings[u"sender"_s].toString(), u"Backup Desk <backup@msp.example>"_s);
    QCOMPARE(settings[u"caFile"_s].toString(), u"/etc/ssl/company.pem"_s);
    QCOMPARE(settings[u"timeoutSeconds"_s].toInt(), 12);
    QCOMPARE(settings[u"activationUrl"_s].toString(), u"https://activate.msp.example/"_s);
    QCOMPARE(settings[u"configured"_s].toBool(), true);
    QVERIFY(!settings.contains(u"password"_s));

    // Only what is given changes.
    run = cli({u"mail"_s, u"settings"_s, u"--set"_s, u"--port"_s, u"587"_s, u"--security"_s, u"starttls"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"mail"_s, u"settings"_s});
    QVERIFY2(run.out.contains(u"smtp.msp.example"_s) && run.out.contains(u"587"_s) && run.out.contains(u"starttls"_s),
             qPrintable(run.out));
}

void TestCliMail::shouldRejectInvalidMailSettings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("security") << QStringList {u"--set"_s, u"--security"_s, u"ssl3"_s} << 1 << u"security: "_s;
    QTest::newRow("port zero") << QStringList {u"--set"_s, u"--port"_s, u"0"_s} << 1 << u"port: "_s;
    QTest::newRow("port too high") << QStringList {u"--set"_s, u"--port"_s, u"70000"_s} << 1 << u"port: "_s;
    QTest::newRow("timeout") << QStringList {u"--set"_s, u"--timeout"_s, u"soon"_s} << 1 << u"timeout: "_s;
    QTest::newRow("sender") << QStringList {u"--set"_s, u"--sender"_s, u"Desk <not an address>"_s} << 1
                            << u"sender: "_s;
    QTest::newRow("option without --set") << QStringList {u"--host"_s, u"x"_s} << 2 << u"--set"_s;
    QTest::newRow("--set alone") << QStringList {u"--set"_s} << 2 << u"--set"_s;
}

void TestCliMail::shouldRejectInvalidMailSettings()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(QStringList {u"mail"_s, u"settings"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(parse(cli({u"mail"_s, u"settings"_s, u"--json"_s})).object()[u"port"_s].toInt(), 587);
}

void TestCliMail::shouldManageGroupTemplateAndLinkLifetime()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    Run run = cli({u"group"_s, u"template"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject standard = parse(run).object();
    QVERIFY(standard[u"bodyText"_s].toString().contains(u"{link}"_s));
    QCOMPARE(standard[u"activationDays"_s].toInt(), 7);

    const QString body = writeFile(u"body.txt"_s, u"Dear {name},\n\nactivate: {link}"_s);
    const QString html = writeFile(u"body.html"_s, u"<p>Dear {name}, <a href=\"{link}\">activate</a></p>"_s);
    run = cli({u"group"_s, u"template"_s, contoso, u"--set"_s, u"--subject"_s, u"Welcome, {name}"_s, u"--body-file"_s,
               body, u"--html-file"_s, html});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The group below inherits it.
    run = cli({u"group"_s, u"template"_s, u"Acme MSP/Contoso/Sales"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"subject"_s].toString(), u"Welcome, {name}"_s);
    QVERIFY(parse(run).object()[u"bodyHtml"_s].toString().contains(u"<a href"_s));
    run = cli({u"group"_s, u"template"_s, contoso});
    QVERIFY2(run.out.contains(u"Subject: Welcome, {name}"_s), qPrintable(run.out));

    const QString noLink = writeFile(u"nolink.txt"_s, u"Dear {name}"_s);
    run = cli({u"group"_s, u"template"_s, contoso, u"--set"_s, u"--body-file"_s, noLink});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"{link}"_s), qPrintable(run.err));
    QCOMPARE(cli({u"group"_s, u"template"_s, contoso, u"--subject"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"group"_s, u"template"_s, contoso, u"--set"_s}).exitCode, 2);
    QCOMPARE(cli({u"group"_s, u"template"_s, contoso, u"--set"_s, u"--reset"_s}).exitCode, 2);

    run = cli({u"group"_s, u"template"_s, contoso, u"--reset"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"subject"_s].toString(), standard[u"subject"_s].toString());

    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--activation-days"_s, u"3"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"activationDays"_s].toInt(), 3);
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--activation-days"_s, u"91"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"activation-days: "_s), qPrintable(run.err));
    addAccount(u"alice"_s, contoso);
    const QDateTime created = QDateTime::fromString(account(u"alice"_s)[u"createdAt"_s].toString(), Qt::ISODate);
    const QDateTime expires = QDateTime::fromString(activation(u"alice"_s)[u"linkExpires"_s].toString(), Qt::ISODate);
    QVERIFY2(qAbs(created.daysTo(expires) - 3) <= 1, qPrintable(expires.toString(Qt::ISODate)));
}

void TestCliMail::shouldDeliverThroughRealSmtpServer()
{
    const QString folder = m_dir->filePath(u"mail"_s);
    QVERIFY(QDir().mkpath(folder));
    int port = 0;
    std::unique_ptr<QProcess> sink = startSmtpSink(folder, port);
    QVERIFY2(sink, "the SMTP sink (python3-aiosmtpd) did not start");
    const auto received = [&folder] {
        return QDir(folder).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    };

    addRootAndCustomer();
    Run run = cli({u"mail"_s, u"settings"_s, u"--set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                   QString::number(port), u"--security"_s, u"none"_s, u"--sender"_s,
                   u"Backup Desk <desk@msp.example>"_s, u"--activation-url"_s, u"http://127.0.0.1:9/"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cli({u"mail"_s, u"test"_s, u"--to"_s, u"admin@msp.example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"admin@msp.example"_s), qPrintable(run.out));
    QTRY_COMPARE(received().size(), 1);
    QCOMPARE(cli({u"mail"_s, u"test"_s, u"--to"_s, u"not an address"_s}).exitCode, 1);
    QCOMPARE(cli({u"mail"_s, u"test"_s}).exitCode, 2);

    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"bob"_s, u"Acme MSP/Contoso"_s);
    QProcessEnvironment env = environment();
    env.insert(u"BACKUP_CONSOLE_SMTP_PASSWORD"_s, u"unused-without-user"_s);
    run = cliRaw({u"outbox"_s, u"send"_s, u"--json"_s, u"--database"_s, m_database}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"sent"_s].toInt(), 2);
    QTRY_COMPARE(received().size(), 3);
    QCOMPARE(activation(u"alice"_s)[u"email"_s].toString(), u"sent"_s);

    QByteArray all;
    for (const QString &name : received()) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    QVERIFY2(all.contains("To: bob@example.com") || all.contains("bob@example.com"), all.constData());
    QVERIFY2(all.contains("http://127.0.0.1:9/activate/"), all.constData());

    // Nothing is due any more: a second run sends nothing, and says so.
    run = cliWithInput({u"outbox"_s, u"send"_s}, "secret\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"0"_s), qPrintable(run.out));
    sink->closeWriteChannel();
    QVERIFY(sink->waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCliMail)

#include "tst_cli_mail.moc"
