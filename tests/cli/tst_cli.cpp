#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Drives the real executable through QProcess: exit status, stdout and stderr are its contract.
class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldShowHelpAndVersion_data();
    void shouldShowHelpAndVersion();
    void shouldRejectBadUsage_data();
    void shouldRejectBadUsage();
    void shouldManageGroups();
    void shouldRefuseDeletingGroupWithAccounts();
    void shouldStoreEveryAccountOption();
    void shouldRejectDuplicateLogin_data();
    void shouldRejectDuplicateLogin();
    void shouldRejectInvalidInput_data();
    void shouldRejectInvalidInput();
    void shouldReportDatabaseProblems_data();
    void shouldReportDatabaseProblems();
    void shouldHonourDatabaseEnvironment();
    void shouldFilterAccountList_data();
    void shouldFilterAccountList();
    void shouldPrintAccountTable();
    void shouldChangeAccountStatus();
    void shouldFillDemoData();
    void shouldLetOneOfConcurrentAddsWin();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const;
    // Runs the CLI with --database pointing at this test's database file.
    Run cli(const QStringList &arguments) const;
    // Runs the CLI with exactly these arguments and environment.
    Run cliRaw(const QStringList &arguments, const QProcessEnvironment &environment) const;
    static QJsonDocument parse(const Run &run);
    void addRootAndCustomer();
    void addAccount(const QString &login, const QString &group, const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"BACKUP_CONSOLE_DATABASE"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

TestCli::Run TestCli::cliRaw(const QStringList &arguments, const QProcessEnvironment &env) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        run.err = u"the CLI did not run: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TestCli::Run TestCli::cli(const QStringList &arguments) const
{
    return cliRaw(arguments + QStringList {u"--database"_s, m_database}, environment());
}

QJsonDocument TestCli::parse(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << run.out;
    return document;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_database = m_dir->filePath(u"accounts.sqlite"_s);
}

void TestCli::cleanup()
{
    m_dir.reset();
}

void TestCli::addRootAndCustomer()
{
    Run run = cli({u"group"_s, u"add"_s, u"Acme MSP"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"add"_s, u"Contoso"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"add"_s, u"Sales"_s, u"--parent"_s, u"Acme MSP/Contoso"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::addAccount(const QString &login, const QString &group, const QStringList &extra)
{
    const Run run = cli(QStringList {u"account"_s, u"add"_s, u"--group"_s, group, u"--login"_s, login, u"--email"_s,
                                     login + u"@example.com"_s}
                        + extra);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::shouldShowHelpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList {u"--help"_s} << u"account add"_s;
    QTest::newRow("help") << QStringList {u"help"_s} << u"group list"_s;
    QTest::newRow("help account add") << QStringList {u"help"_s, u"account"_s, u"add"_s} << u"--quota"_s;
    QTest::newRow("account add --help") << QStringList {u"account"_s, u"add"_s, u"--help"_s} << u"--overage"_s;
    QTest::newRow("account list help") << QStringList {u"account"_s, u"list"_s, u"help"_s} << u"--include-subgroups"_s;
    QTest::newRow("group help") << QStringList {u"group"_s, u"help"_s} << u"group rename"_s;
    QTest::newRow("demo --help") << QStringList {u"demo"_s, u"--help"_s} << u"--msp-name"_s;
    QTest::newRow("--version") << QStringList {u"--version"_s} << QStringLiteral(BACKUP_CONSOLE_VERSION);
}

void TestCli::shouldShowHelpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cliRaw(arguments, environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY2(!QFile::exists(m_database), "help must not create a database");
}

void TestCli::shouldRejectBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("topic without command") << QStringList {u"group"_s};
    QTest::newRow("unknown subcommand") << QStringList {u"group"_s, u"fly"_s};
    QTest::newRow("unknown option") << QStringList {u"group"_s, u"list"_s, u"--bogus"_s};
    QTest::newRow("unknown short option") << QStringList {u"account"_s, u"list"_s, u"-x"_s};
    QTest::newRow("option of another command") << QStringList {u"group"_s, u"list"_s, u"--login"_s, u"x"_s};
    QTest::newRow("missing argument") << QStringList {u"account"_s, u"show"_s};
    QTest::newRow("extra argument") << QStringList {u"group"_s, u"delete"_s, u"a"_s, u"b"_s};
    QTest::newRow("missing option value") << QStringList {u"account"_s, u"list"_s, u"--status"_s};
    QTest::newRow("missing --login and --email") << QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s};
    QTest::newRow("missing --group") << QStringList {u"account"_s, u"add"_s,     u"--login"_s,
                                                     u"bob"_s,     u"--email"_s, u"bob@example.com"_s};
    QTest::newRow("help for unknown command") << QStringList {u"help"_s, u"frobnicate"_s};
}

void TestCli::shouldRejectBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"help"_s), qPrintable(run.err)); // the usage hint
}

void TestCli::shouldManageGroups()
{
    addRootAndCustomer();

    Run run = cli({u"group"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"Acme MSP"_s), qPrintable(run.out));
    QVERIFY2(lines.at(1).startsWith(u"  Contoso"_s), qPrintable(run.out));
    QVERIFY2(lines.at(2).startsWith(u"    Sales"_s), qPrintable(run.out));

    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonArray groups = parse(run).array();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0)[u"path"_s].toString(), u"Acme MSP"_s);
    QCOMPARE(groups.at(1)[u"path"_s].toString(), u"Acme MSP/Contoso"_s);
    QCOMPARE(groups.at(2)[u"path"_s].toString(), u"Acme MSP/Contoso/Sales"_s);
    QCOMPARE(groups.at(2)[u"accounts"_s].toInt(), 0);
    const qint64 salesId = groups.at(2)[u"id"_s].toInteger();

    // A sibling with the same name is refused by core; the message names the field.
    run = cli({u"group"_s, u"add"_s, u"contoso"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"name: "_s), qPrintable(run.err));

    run = cli({u"group"_s, u"rename"_s, u"Acme MSP/Contoso/Sales"_s, u"Sales EMEA"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"rename"_s, QString::number(salesId), u"Sales Europe"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"path"_s].toString(), u"Acme MSP/Contoso/Sales Europe"_s);

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"group: "_s), qPrintable(run.err));

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso"_s}); // has a subgroup
    QCOMPARE(run.exitCode, 1);

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales Europe"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 2);
}

void TestCli::shouldRefuseDeletingGroupWithAccounts()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s);
    Run run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.isEmpty() && run.out.isEmpty(), qPrintable(run.err));

    run = cli({u"group"_s, u"list"_s});
    QVERIFY2(run.out.contains(u"Sales  (id 3, accounts: 1)"_s), qPrintable(run.out));
}

void TestCli::shouldStoreEveryAccountOption()
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
    const QJsonObject account = parse(run).object();
    QCOMPARE(account, added);
    QCOMPARE(account[u"login"_s].toString(), u"jdoe"_s);
    QCOMPARE(account[u"email"_s].toString(), u"jane.doe@contoso.com"_s);
    QCOMPARE(account[u"firstName"_s].toString(), u"Jane"_s);
    QCOMPARE(account[u"lastName"_s].toString(), u"Doe"_s);
    QCOMPARE(account[u"administrator"_s].toBool(), true);
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

    // Text output names what was created.
    run =
        cli({u"account"_s, u"add"_s, u"--group"_s, u"1"_s, u"--login"_s, u"text"_s, u"--email"_s, u"t@example.com"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\"text\""_s) && run.out.contains(u"id 3"_s), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::shouldRejectDuplicateLogin_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("same") << u"alice"_s;
    QTest::newRow("other case") << u"ALICE"_s;
    QTest::newRow("padded") << u" Alice "_s;
    QTest::newRow("full width") << u"ＡＬＩＣＥ"_s;
}

void TestCli::shouldRejectDuplicateLogin()
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

void TestCli::shouldRejectInvalidInput_data()
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
}

void TestCli::shouldRejectInvalidInput()
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

void TestCli::shouldReportDatabaseProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("directory") << u"directory"_s;
    QTest::newRow("junk file") << u"junk"_s;
    QTest::newRow("foreign SQLite file") << u"foreign"_s;
    QTest::newRow("unsupported URL") << u"url"_s;
    QTest::newRow("unwritable folder") << u"unwritable"_s;
}

void TestCli::shouldReportDatabaseProblems()
{
    QFETCH(QString, kind);
    QString location;
    if (kind == "directory"_L1) {
        location = m_dir->filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(location));
    } else if (kind == "junk"_L1) {
        location = m_dir->filePath(u"junk.sqlite"_s);
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else if (kind == "foreign"_L1) {
        location = m_dir->filePath(u"foreign.sqlite"_s);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {location, u"CREATE TABLE songs (title TEXT);"_s});
        if (!sqlite.waitForStarted() || !sqlite.waitForFinished())
            QSKIP("sqlite3 is not installed");
    } else if (kind == "url"_L1) {
        location = u"postgres://db.example.com/console"_s;
    } else {
        if (QFileInfo(u"/root"_s).isWritable())
            QSKIP("running as root: every folder is writable");
        const QString folder = m_dir->filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        location = folder + u"/sub/accounts.sqlite"_s;
    }
    const Run run = cliRaw({u"group"_s, u"list"_s, u"--database"_s, location}, environment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(!run.err.isEmpty(), "the reason goes to stderr");
    QVERIFY2(run.err.count(u'\n') == 1, qPrintable(run.err)); // the CLI's message only, no driver log
    for (const QString &driverText : {u"SELECT"_s, u"PRAGMA"_s, u"sqlite_master"_s, u"file is not a database"_s})
        QVERIFY2(!run.err.contains(driverText, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestCli::shouldHonourDatabaseEnvironment()
{
    const QString location = m_dir->filePath(u"from-env/console.sqlite"_s);
    QProcessEnvironment env = environment();
    env.insert(u"BACKUP_CONSOLE_DATABASE"_s, location);
    Run run = cliRaw({u"group"_s, u"add"_s, u"Env MSP"_s}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(location));

    run = cliRaw({u"group"_s, u"list"_s, u"--json"_s, u"--database"_s, location}, environment());
    QCOMPARE(parse(run).array().at(0)[u"name"_s].toString(), u"Env MSP"_s);

    // --database wins over the environment.
    run = cliRaw({u"--database"_s, m_database, u"group"_s, u"list"_s, u"--json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parse(run).array().size(), 0);
}

void TestCli::shouldFilterAccountList_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<int>("total");
    QTest::addColumn<QStringList>("logins");
    const QStringList all {u"anna"_s, u"ben"_s, u"carla"_s, u"dora"_s, u"emil"_s};
    QTest::newRow("all") << QStringList {} << 5 << all;
    QTest::newRow("limit") << QStringList {u"--limit"_s, u"2"_s} << 5 << QStringList {u"anna"_s, u"ben"_s};
    QTest::newRow("descending") << QStringList {u"--sort"_s, u"login"_s, u"--descending"_s, u"--limit"_s, u"1"_s} << 5
                                << QStringList {u"emil"_s};
    QTest::newRow("group only") << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s} << 2
                                << QStringList {u"ben"_s, u"carla"_s};
    QTest::newRow("group and below") << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s, u"--include-subgroups"_s} << 4
                                     << QStringList {u"ben"_s, u"carla"_s, u"dora"_s, u"emil"_s};
    QTest::newRow("status") << QStringList {u"--status"_s, u"disabled"_s} << 1 << QStringList {u"carla"_s};
    QTest::newRow("search login") << QStringList {u"--search"_s, u"OR"_s} << 1 << QStringList {u"dora"_s};
    QTest::newRow("search email") << QStringList {u"--search"_s, u"contoso.test"_s} << 2
                                  << QStringList {u"ben"_s, u"carla"_s};
    QTest::newRow("combined") << QStringList {u"--group"_s,  u"1"_s,        u"--include-subgroups"_s,
                                              u"--status"_s, u"inactive"_s, u"--search"_s,
                                              u"n"_s}
                              << 2 << QStringList {u"anna"_s, u"ben"_s};
}

void TestCli::shouldFilterAccountList()
{
    QFETCH(QStringList, filter);
    QFETCH(int, total);
    QFETCH(QStringList, logins);
    addRootAndCustomer();
    addAccount(u"anna"_s, u"Acme MSP"_s);
    addAccount(u"ben"_s, u"Acme MSP/Contoso"_s, {u"--email"_s, u"ben@contoso.test"_s});
    addAccount(u"carla"_s, u"Acme MSP/Contoso"_s, {u"--email"_s, u"carla@contoso.test"_s});
    addAccount(u"dora"_s, u"Acme MSP/Contoso/Sales"_s);
    addAccount(u"emil"_s, u"Acme MSP/Contoso/Sales"_s);
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"carla"_s}).exitCode, 0);

    const Run run = cli(QStringList {u"account"_s, u"list"_s, u"--json"_s} + filter);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject result = parse(run).object();
    QCOMPARE(result[u"total"_s].toInt(), total);
    QStringList found;
    for (const QJsonValue &account : result[u"accounts"_s].toArray())
        found.append(account[u"login"_s].toString());
    QCOMPARE(found, logins);
}

void TestCli::shouldPrintAccountTable()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP"_s, {u"--first-name"_s, u"Alice"_s, u"--quota"_s, u"storage=500GB"_s});
    addAccount(u"bartholomew"_s, u"Acme MSP"_s, {u"--admin"_s});
    const Run run = cli({u"account"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (const QString &header :
         {u"Login"_s, u"Name"_s, u"Email"_s, u"Status"_s, u"Admin"_s, u"Storage quota"_s, u"Created"_s})
        QVERIFY2(lines.at(0).contains(header), qPrintable(lines.at(0)));
    // Aligned: every column starts at the same offset on every line.
    const qsizetype emailColumn = lines.at(0).indexOf(u"Email"_s);
    QCOMPARE(lines.at(2).indexOf(u"alice@example.com"_s), emailColumn);
    QCOMPARE(lines.at(3).indexOf(u"bartholomew@example.com"_s), emailColumn);
    QVERIFY2(lines.at(2).contains(u"500"_s), qPrintable(lines.at(2)));
}

void TestCli::shouldChangeAccountStatus()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP"_s);
    auto status = [this]() {
        const Run run = cli({u"account"_s, u"show"_s, u"alice"_s, u"--json"_s});
        return parse(run).object()[u"status"_s].toString();
    };
    QCOMPARE(status(), u"inactive"_s);
    Run run = cli({u"account"_s, u"disable"_s, u"alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(status(), u"disabled"_s);
    run = cli({u"account"_s, u"enable"_s, u"Alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(status(), u"inactive"_s); // never activated: back to pending
    run = cli({u"account"_s, u"delete"_s, u"alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"account"_s, u"show"_s, u"alice"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"login: "_s), qPrintable(run.err));
    for (const QString &verb : {u"disable"_s, u"enable"_s, u"delete"_s})
        QCOMPARE(cli({u"account"_s, verb, u"alice"_s}).exitCode, 1);
}

void TestCli::shouldFillDemoData()
{
    Run run = cli({u"demo"_s, u"--msp-name"_s, u"Test MSP"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    const QJsonArray groups = parse(run).array();
    QVERIFY(groups.size() > 5);
    QCOMPARE(groups.at(0)[u"name"_s].toString(), u"Test MSP"_s);

    run = cli({u"account"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"10"_s});
    const QJsonObject accounts = parse(run).object();
    QCOMPARE(accounts[u"total"_s].toInt(), 300);
    QCOMPARE(accounts[u"accounts"_s].toArray().size(), 10);
    run = cli({u"account"_s, u"list"_s, u"--json"_s, u"--status"_s, u"disabled"_s});
    QVERIFY(parse(run).object()[u"total"_s].toInt() > 0);

    run = cli({u"demo"_s}); // only into an empty database
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::shouldLetOneOfConcurrentAddsWin()
{
    addRootAndCustomer();
    constexpr int racers = 8;
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
            QVERIFY2(!err.contains(u"UNIQUE"_s), qPrintable(err));
            ++losers;
        }
    }
    QCOMPARE(winners, 1);
    QCOMPARE(losers, racers - 1);

    const Run run = cli({u"account"_s, u"list"_s, u"--search"_s, u"racer"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"total"_s].toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
