#include "tests/cli/clitest.h"
#include "tests/common/testdatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The command line: `account add`: every option, the checks, the group's defaults, concurrent adds.
class TestCliAccountAdd final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreEveryAccountOption();
    void shouldRejectDuplicateLogin_data();
    void shouldRejectDuplicateLogin();
    void shouldRejectInvalidInput_data();
    void shouldRejectInvalidInput();
    void shouldReadStorageSizesAlikeInEveryLanguage_data();
    void shouldReadStorageSizesAlikeInEveryLanguage();
    void shouldDocumentHowStorageSizesAreWritten_data();
    void shouldDocumentHowStorageSizesAreWritten();
    void shouldLetOneOfConcurrentAddsWin();
    void shouldTakePasswordFromStandardInput_data();
    void shouldTakePasswordFromStandardInput();
    void shouldTakeTheGroupsDefaultsUnlessOptedOut_data();
    void shouldTakeTheGroupsDefaultsUnlessOptedOut();
};

void TestCliAccountAdd::shouldStoreEveryAccountOption()
{
    addRootAndCustomer();
    const QStringList arguments {
        u"account"_s,
        u"add"_s,
        u"--group"_s,
        u"Acme MSP/Contoso"_s,
        u"--login"_s,
        u"jdoe"_s,
        u"--email"_s,
        u"jane.doe@contoso.com"_s,
        u"--first-name"_s,
        u"Jane"_s,
        u"--last-name"_s,
        u"Doe"_s,
        u"--admin"_s,
        u"--phone"_s,
        u"+44 20 7946 0958"_s,
        u"--address"_s,
        u"1 Main Street, Springfield"_s,
        u"--display-name"_s,
        u"J. Doe"_s,
        u"--notification-email"_s,
        u"alerts@contoso.com"_s,
        u"--mobile"_s,
        u"+49 151 1234 5678"_s,
        u"--no-agent-auto-update"_s,
        u"--quota"_s,
        u"workstations=3"_s,
        u"--quota"_s,
        u"servers=unlimited"_s,
        u"--quota"_s,
        u"virtual-machines=4"_s,
        u"--quota"_s,
        u"mobile-devices=5"_s,
        u"--quota"_s,
        u"m365-mailboxes=6"_s,
        u"--quota"_s,
        u"storage=1.5 TiB"_s,
        u"--overage"_s,
        u"workstations=1"_s,
        u"--overage"_s,
        u"storage=10GB"_s,
        u"--backup-locations"_s,
        u"cloud-only"_s,
        u"--notifications"_s,
        u"all"_s,
        u"--no-business-notifications"_s,
        u"--json"_s,
    };
    Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject added = parse(run).object();
    QCOMPARE(added[u"login"_s].toString(), u"jdoe"_s);

    run = cli({u"account"_s, u"show"_s, u"JDOE"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject account = parse(run).object();
    QCOMPARE(account.take(u"activation"_s).toObject()[u"email"_s].toString(), u"queued"_s);
    QCOMPARE(account, added);
    QCOMPARE(account[u"login"_s].toString(), u"jdoe"_s);
    QCOMPARE(account[u"email"_s].toString(), u"jane.doe@contoso.com"_s);
    QCOMPARE(account[u"firstName"_s].toString(), u"Jane"_s);
    QCOMPARE(account[u"lastName"_s].toString(), u"Doe"_s);
    QCOMPARE(account[u"administrator"_s].toBool(), true);
    QCOMPARE(account[u"phone"_s].toString(), u"+44 20 7946 0958"_s);
    QCOMPARE(account[u"address"_s].toString(), u"1 Main Street, Springfield"_s);
    QCOMPARE(account[u"displayName"_s].toString(), u"J. Doe"_s);
    QCOMPARE(account[u"notificationEmail"_s].toString(), u"alerts@contoso.com"_s);
    QCOMPARE(account[u"mobile"_s].toString(), u"+4915112345678"_s); // normalized to E.164 by core
    QCOMPARE(account[u"hasPassword"_s].toBool(), false);
    QCOMPARE(account[u"licensed"_s].toBool(), false);
    QCOMPARE(account[u"profileId"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(account[u"overrides"_s].toArray(), QJsonArray());
    QCOMPARE(account[u"agentAutoUpdate"_s].toBool(), false);
    QCOMPARE(account[u"backupLocations"_s].toString(), u"cloud-only"_s);
    QCOMPARE(account[u"notificationLevel"_s].toString(), u"all"_s);
    QCOMPARE(account[u"businessNotifications"_s].toBool(), false);
    QCOMPARE(account[u"status"_s].toString(), u"inactive"_s);
    QCOMPARE(account[u"groupId"_s].toInteger(), 2);
    const QJsonObject quotas = account[u"quotas"_s].toObject();
    QCOMPARE(quotas[u"workstations"_s][u"limit"_s].toInteger(), 3);
    QCOMPARE(quotas[u"workstations"_s][u"overage"_s].toInteger(), 1);
    QCOMPARE(quotas[u"servers"_s][u"limit"_s].toString(), u"unlimited"_s);
    QCOMPARE(quotas[u"virtual-machines"_s][u"limit"_s].toInteger(), 4);
    QCOMPARE(quotas[u"mobile-devices"_s][u"limit"_s].toInteger(), 5);
    QCOMPARE(quotas[u"m365-mailboxes"_s][u"limit"_s].toInteger(), 6);
    QCOMPARE(quotas[u"storage"_s][u"limit"_s].toInteger(), Q_INT64_C(1649267441664));
    QCOMPARE(quotas[u"storage"_s][u"overage"_s].toInteger(), Q_INT64_C(10000000000));

    // The defaults, when no option says otherwise.
    addAccount(u"plain"_s, u"Acme MSP"_s);
    run = cli({u"account"_s, u"show"_s, u"plain"_s, u"--json"_s});
    const QJsonObject plain = parse(run).object();
    QCOMPARE(plain[u"administrator"_s].toBool(), false);
    QCOMPARE(plain[u"agentAutoUpdate"_s].toBool(), true);
    QCOMPARE(plain[u"backupLocations"_s].toString(), u"local-and-cloud"_s);
    QCOMPARE(plain[u"notificationLevel"_s].toString(), u"less"_s);
    QCOMPARE(plain[u"businessNotifications"_s].toBool(), true);
    QCOMPARE(plain[u"quotas"_s][u"storage"_s][u"limit"_s].toString(), u"unlimited"_s);
    QCOMPARE(plain[u"displayName"_s].toString(), QString());
    QCOMPARE(plain[u"phone"_s].toString(), QString());

    // The text of `account show` has the new fields too.
    run = cli({u"account"_s, u"show"_s, u"jdoe"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &expected :
         {u"Display name:"_s, u"J. Doe"_s, u"Notification email:"_s, u"+4915112345678"_s,
          u"1 Main Street, Springfield"_s, u"Password set:"_s, u"Licensed:"_s, u"Profile:"_s, u"Security groups:"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(expected + u" missing in\n"_s + run.out));

    // Text output names what was created.
    run =
        cli({u"account"_s, u"add"_s, u"--group"_s, u"1"_s, u"--login"_s, u"text"_s, u"--email"_s, u"t@example.com"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\"text\""_s) && run.out.contains(u"id 3"_s), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCliAccountAdd::shouldRejectDuplicateLogin_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("same") << u"alice"_s;
    QTest::newRow("other case") << u"ALICE"_s;
    QTest::newRow("padded") << u" Alice "_s;
    QTest::newRow("full width") << u"ＡＬＩＣＥ"_s;
}

void TestCliAccountAdd::shouldRejectDuplicateLogin()
{
    QFETCH(QString, login);
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    const Run run = cli({u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--login"_s, login,
                         u"--email"_s, u"alice2@example.com"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(u"login: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"already taken"_s), qPrintable(run.err));
}

void TestCliAccountAdd::shouldRejectInvalidInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("field");
    QTest::newRow("email") << QStringList {u"--email"_s, u"not-an-email"_s} << u"email"_s;
    QTest::newRow("empty login") << QStringList {u"--login"_s, u""_s} << u"login"_s;
    QTest::newRow("negative quota") << QStringList {u"--quota"_s, u"workstations=-1"_s}
                                    << u"quota.workstations.limit"_s;
    QTest::newRow("word quota") << QStringList {u"--quota"_s, u"servers=many"_s} << u"quota.servers.limit"_s;
    QTest::newRow("storage size") << QStringList {u"--quota"_s, u"storage=lots"_s} << u"quota.storage.limit"_s;
    QTest::newRow("storage unit") << QStringList {u"--quota"_s, u"storage=5 XB"_s} << u"quota.storage.limit"_s;
    QTest::newRow("storage overage") << QStringList {u"--overage"_s, u"storage=-5GB"_s} << u"quota.storage.overage"_s;
    QTest::newRow("unknown resource") << QStringList {u"--quota"_s, u"disks=4"_s} << u"quota"_s;
    QTest::newRow("no equals sign") << QStringList {u"--quota"_s, u"storage"_s} << u"quota"_s;
    QTest::newRow("notifications") << QStringList {u"--notifications"_s, u"loud"_s} << u"notificationLevel"_s;
    QTest::newRow("backup locations") << QStringList {u"--backup-locations"_s, u"moon"_s} << u"backupLocations"_s;
    QTest::newRow("unknown group") << QStringList {u"--group"_s, u"Acme MSP/Nowhere"_s} << u"group"_s;
    QTest::newRow("unknown group id") << QStringList {u"--group"_s, u"999"_s} << u"group"_s;
    QTest::newRow("admin without phone and address") << QStringList {u"--admin"_s} << u"phone"_s;
    QTest::newRow("admin without address")
        << QStringList {u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s} << u"address"_s;
    QTest::newRow("mobile not E.164") << QStringList {u"--mobile"_s, u"12345"_s} << u"mobile"_s;
    QTest::newRow("phone too short") << QStringList {u"--phone"_s, u"12"_s} << u"phone"_s;
    QTest::newRow("notification email") << QStringList {u"--notification-email"_s, u"nope"_s} << u"notificationEmail"_s;
    QTest::newRow("unknown profile") << QStringList {u"--profile"_s, u"Gold"_s} << u"profile"_s;
    QTest::newRow("unknown profile id") << QStringList {u"--profile"_s, u"42"_s} << u"profile"_s;
    QTest::newRow("unknown storage") << QStringList {u"--storage"_s, u"Moon"_s} << u"storage"_s;
    QTest::newRow("unknown subscription") << QStringList {u"--subscription"_s, u"PAYG"_s} << u"subscriptions"_s;
    QTest::newRow("unknown security group") << QStringList {u"--security-group"_s, u"Ops"_s} << u"securityGroups"_s;
}

void TestCliAccountAdd::shouldRejectInvalidInput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, field);
    addRootAndCustomer();
    // Later options win, so `extra` replaces the valid defaults given first.
    const Run run = cli(QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--login"_s, u"bob"_s,
                                     u"--email"_s, u"bob@example.com"_s}
                        + extra);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));

    const Run list = cli({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(list).object()[u"total"_s].toInt(), 0);
}

void TestCliAccountAdd::shouldReadStorageSizesAlikeInEveryLanguage_data()
{
    QTest::addColumn<QString>("command"); // account add, profile add or group settings --set
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value"); // after "storage="
    QTest::addColumn<QString>("lang"); // --lang and LANG; empty: C
    QTest::addColumn<qint64>("bytes"); // -1: refused
    QTest::addColumn<QString>("expected"); // in stderr when refused, in any language

    const qint64 refused = -1;
    const QString hint = u"use . as the decimal point"_s;
    QTest::newRow("account: decimal point")
        << u"account"_s << u"--quota"_s << u"1.5TB"_s << QString() << Q_INT64_C(1500000000000) << QString();
    QTest::newRow("account: decimal point in German")
        << u"account"_s << u"--quota"_s << u"1.5TB"_s << u"de"_s << Q_INT64_C(1500000000000) << QString();
    QTest::newRow("account: German thousands read as C reads them")
        << u"account"_s << u"--quota"_s << u"1.500GB"_s << u"de"_s << Q_INT64_C(1500000000) << QString();
    QTest::newRow("account: binary in French")
        << u"account"_s << u"--quota"_s << u"1.5 TiB"_s << u"fr"_s << Q_INT64_C(1649267441664) << QString();
    QTest::newRow("account: zero needs no unit")
        << u"account"_s << u"--quota"_s << u"0"_s << QString() << Q_INT64_C(0) << QString();
    QTest::newRow("account: comma refused with both readings")
        << u"account"_s << u"--quota"_s << u"1,500GB"_s << QString() << refused
        << u"\"1,500GB\" could mean 1500GB or 1.5GB; use . as the decimal point, without group separators."_s;
    QTest::newRow("account: comma refused in German")
        << u"account"_s << u"--quota"_s << u"1,500GB"_s << u"de"_s << refused << u"1500GB"_s;
    QTest::newRow("account: decimal comma refused with the hint")
        << u"account"_s << u"--quota"_s << u"1,5GB"_s << QString() << refused
        << u"Did you mean 1.5GB? Use . as the decimal point"_s;
    QTest::newRow("account: space between thousands")
        << u"account"_s << u"--quota"_s << u"1 500GB"_s << QString() << refused << u"Did you mean 1500GB?"_s;
    QTest::newRow("account: bare number refused") << u"account"_s << u"--quota"_s << u"500"_s << QString() << refused
                                                  << u"Add a unit, such as 500 GB or 1.5 TiB."_s;
    QTest::newRow("account: bare number refused in French, examples as C writes them")
        << u"account"_s << u"--quota"_s << u"500"_s << u"fr"_s << refused << u"1.5 TiB"_s;
    QTest::newRow("account: overage with a comma")
        << u"account"_s << u"--overage"_s << u"1,5GB"_s << QString() << refused << hint;
    QTest::newRow("account: overage bare")
        << u"account"_s << u"--overage"_s << u"10"_s << QString() << refused << u"Add a unit"_s;
    QTest::newRow("profile: decimal point")
        << u"profile"_s << u"--quota"_s << u"2.5GB"_s << QString() << Q_INT64_C(2500000000) << QString();
    QTest::newRow("profile: comma refused")
        << u"profile"_s << u"--quota"_s << u"1,500GB"_s << QString() << refused << hint;
    QTest::newRow("profile: bare number refused")
        << u"profile"_s << u"--quota"_s << u"500"_s << QString() << refused << u"Add a unit"_s;
    QTest::newRow("group: limit in German")
        << u"group"_s << u"--limit"_s << u"2TB"_s << u"de"_s << Q_INT64_C(2000000000000) << QString();
    QTest::newRow("group: comma refused") << u"group"_s << u"--limit"_s << u"1,500GB"_s << QString() << refused << hint;
    QTest::newRow("group: bare number refused")
        << u"group"_s << u"--limit"_s << u"500"_s << QString() << refused << u"Add a unit"_s;
}

void TestCliAccountAdd::shouldReadStorageSizesAlikeInEveryLanguage()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, lang);
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    addRootAndCustomer();

    QStringList arguments;
    QString path = option == u"--overage"_s ? u"quotas/storage/overage"_s : u"quotas/storage/limit"_s;
    if (command == u"account"_s) {
        arguments = {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s,
                     u"--login"_s, u"bob"_s, u"--email"_s, u"bob@example.com"_s};
        if (option == u"--overage"_s)
            arguments += {u"--quota"_s, u"storage=1TB"_s};
    } else if (command == u"profile"_s) {
        arguments = {u"profile"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--name"_s, u"P"_s};
    } else {
        arguments = {u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s};
        path = u"limits/storage"_s;
    }
    arguments += {option, u"storage="_s + value, u"--json"_s, u"--database"_s, m_database};
    QProcessEnvironment env = environment();
    if (!lang.isEmpty()) {
        // A terminal in that language, and --lang too: neither changes how the CLI reads numbers.
        const QString locale = lang == u"de"_s ? u"de_DE.UTF-8"_s : u"fr_FR.UTF-8"_s;
        env.insert(u"LANG"_s, locale);
        env.insert(u"LC_ALL"_s, locale);
        arguments += {u"--lang"_s, lang};
    }
    const Run run = cliRaw(arguments, env);
    if (bytes >= 0) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(valueAt(parse(run).object(), path).toInteger(), bytes);
        return;
    }
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    const QString field = option == u"--overage"_s ? u"quota.storage.overage"_s : u"quota.storage.limit"_s;
    QVERIFY2(run.err.startsWith(field + u": "_s) || run.err.startsWith(field + u"\u00a0: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestCliAccountAdd::shouldDocumentHowStorageSizesAreWritten_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("account add") << QStringList {u"help"_s, u"account"_s, u"add"_s};
    QTest::newRow("account edit") << QStringList {u"account"_s, u"edit"_s, u"--help"_s};
    QTest::newRow("profile add") << QStringList {u"help"_s, u"profile"_s, u"add"_s};
    QTest::newRow("group settings") << QStringList {u"help"_s, u"group"_s, u"settings"_s};
}

void TestCliAccountAdd::shouldDocumentHowStorageSizesAreWritten()
{
    QFETCH(QStringList, arguments);
    const Run run = cliRaw(arguments, environment());
    QCOMPARE(run.exitCode, 0);
    // The help wraps its lines; compare the words.
    const QString help = run.out.simplified();
    QVERIFY2(help.contains(u". as the decimal point"_s), qPrintable(run.out));
}

void TestCliAccountAdd::shouldLetOneOfConcurrentAddsWin()
{
    addRootAndCustomer();
    // Twenty processes at once, on every backend.
    constexpr int racers = 20;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < racers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(CLI_PATH),
                       {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--login"_s, u"racer"_s,
                        u"--email"_s, u"racer%1@example.com"_s.arg(i), u"--database"_s, m_database});
        processes.push_back(std::move(process));
    }
    int winners = 0;
    int losers = 0;
    for (const auto &process : processes) {
        QVERIFY2(process->waitForFinished(120000), qPrintable(process->errorString()));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0) {
            ++winners;
        } else {
            QVERIFY2(process->exitCode() == 1, qPrintable(err));
            QVERIFY2(err.startsWith(u"login: "_s) && err.contains(u"already taken"_s), qPrintable(err));
            for (const QString &driverText : {u"UNIQUE"_s, u"duplicate"_s, u"Duplicate"_s, u"23505"_s, u"1062"_s})
                QVERIFY2(!err.contains(driverText), qPrintable(err));
            QCOMPARE(err.count(u'\n'), 1);
            ++losers;
        }
    }
    QCOMPARE(winners, 1);
    QCOMPARE(losers, racers - 1);

    const Run run = cli({u"account"_s, u"list"_s, u"--search"_s, u"racer"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"total"_s].toInt(), 1);
    // One row, and one audit entry for it: the losers left nothing behind.
    {
        QSqlDatabase db = bc::test::addConnection(m_database, u"race"_s);
        QVERIFY(db.open());
        QSqlQuery rows(db);
        QVERIFY(rows.exec(u"SELECT count(*) FROM accounts WHERE login_key = 'racer'"_s) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
        QSqlQuery audit(db);
        QVERIFY(audit.exec(u"SELECT count(*) FROM audit_log WHERE action = 'account.created' AND summary = 'racer'"_s)
                && audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"race"_s);
}

void TestCliAccountAdd::shouldTakePasswordFromStandardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("good") << QByteArray("correct horse battery staple\n") << true;
    QTest::newRow("good without line break") << QByteArray("Tr0ub4dor&3-Xylophone") << true;
    QTest::newRow("good, CRLF") << QByteArray("Ünïcödé pässwörd 2024\r\n") << true;
    QTest::newRow("too short") << QByteArray("short\n") << false;
    QTest::newRow("the login") << QByteArray("alice.wonderland\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCliAccountAdd::shouldTakePasswordFromStandardInput()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);
    addRootAndCustomer();
    const QString login = u"alice.wonderland"_s;
    const QString password = QString::fromUtf8(input).trimmed();
    const QStringList add {u"account"_s, u"add"_s,     u"--group"_s,           u"Acme MSP"_s,         u"--login"_s,
                           login,        u"--email"_s, u"alice@example.com"_s, u"--password-stdin"_s, u"--json"_s};
    Run run = cliWithInput(add, input);
    if (!accepted) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"password: "_s), qPrintable(run.err));
        QCOMPARE(cli({u"account"_s, u"show"_s, login}).exitCode, 1);
        // The same password is refused when editing, and the account keeps having none.
        addAccount(login, u"Acme MSP"_s);
        run = cliWithInput({u"account"_s, u"edit"_s, login, u"--password-stdin"_s}, input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"password: "_s), qPrintable(run.err));
        QCOMPARE(account(login)[u"hasPassword"_s].toBool(), false);
    } else {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(parse(run).object()[u"hasPassword"_s].toBool(), true);
        QCOMPARE(account(login)[u"hasPassword"_s].toBool(), true);
        QVERIFY2(!run.out.contains(password) && !run.err.contains(password), qPrintable(run.out));
        // A new password through edit.
        run = cliWithInput({u"account"_s, u"edit"_s, login, u"--password-stdin"_s, u"--json"_s},
                           "another long passphrase 77\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(parse(run).object()[u"hasPassword"_s].toBool(), true);
        QVERIFY(!run.out.contains(u"another long passphrase"_s));
    }
    if (accepted) {
        // Neither the account rows nor the audit log (before/after JSON) hold the password.
        const QByteArray stored = everyStoredByte();
        QVERIFY(!stored.isEmpty());
        QVERIFY2(!stored.contains(password.toUtf8()), "the password is stored in plain text");
        QVERIFY2(!stored.contains("another long passphrase"), "the password is stored in plain text");
    }
}

void TestCliAccountAdd::shouldTakeTheGroupsDefaultsUnlessOptedOut_data()
{
    // Options of `account add` in Sales, below Contoso whose default profile is Standard and whose
    // only subscription is PAYG; expected: the profile and subscription the account gets.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("subscription");
    QTest::newRow("the defaults") << QStringList() << u"Standard"_s << u"PAYG"_s;
    QTest::newRow("--no-profile") << QStringList {u"--no-profile"_s} << u""_s << u"PAYG"_s;
    QTest::newRow("--no-subscriptions") << QStringList {u"--no-subscriptions"_s} << u"Standard"_s << u""_s;
    QTest::newRow("both opted out") << QStringList {u"--no-profile"_s, u"--no-subscriptions"_s} << u""_s << u""_s;
    QTest::newRow("--profile instead") << QStringList {u"--profile"_s, u"Other"_s} << u"Other"_s << u"PAYG"_s;
}

void TestCliAccountAdd::shouldTakeTheGroupsDefaultsUnlessOptedOut()
{
    QFETCH(QStringList, options);
    QFETCH(QString, profile);
    QFETCH(QString, subscription);
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    QHash<QString, qint64> ids {
        {u"Standard"_s, addItem(u"profile"_s, contoso, u"Standard"_s, {u"--quota"_s, u"storage=500GB"_s})},
        {u"Other"_s, addItem(u"profile"_s, contoso, u"Other"_s)},
        {u"PAYG"_s, addItem(u"subscription"_s, contoso, u"PAYG"_s)},
    };
    Run run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--default-profile"_s, u"standard"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s, options);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject alice = account(u"alice"_s);
    QCOMPARE(alice[u"profileId"_s].toInteger(), ids.value(profile));
    QCOMPARE(alice[u"subscriptionIds"_s].toArray(),
             subscription.isEmpty() ? QJsonArray() : QJsonArray {ids.value(subscription)});
    QCOMPARE(alice[u"licensed"_s].toBool(), !subscription.isEmpty());
    // The profile's values, as if it had been named.
    const QJsonValue storage = valueAt(alice, u"quotas/storage/limit"_s);
    if (profile == "Standard"_L1)
        QCOMPARE(storage.toInteger(), Q_INT64_C(500000000000));
    else
        QCOMPARE(storage.toString(), u"unlimited"_s);
}

QTEST_GUILESS_MAIN(TestCliAccountAdd)

#include "tst_cli_accountadd.moc"
