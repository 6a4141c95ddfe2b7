#include "tests/cli/clitest.h"
#include "tests/common/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// The command line: the database the commands open: missing, damaged or foreign files, the environment, demo data.
class TestCliDatabase final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportDatabaseProblems_data();
    void shouldReportDatabaseProblems();
    void shouldHonourDatabaseEnvironment();
    void shouldFillDemoData();
    void shouldRefuseADamagedFileAndLeaveItUnchanged();
    void shouldCheckWhatTheServersSetupLeavesOpen();
};

void TestCliDatabase::shouldReportDatabaseProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("directory") << u"directory"_s;
    QTest::newRow("junk file") << u"junk"_s;
    QTest::newRow("foreign SQLite file") << u"foreign"_s;
    QTest::newRow("unsupported URL") << u"url"_s;
    QTest::newRow("unwritable folder") << u"unwritable"_s;
    QTest::newRow("PostgreSQL server not running") << u"postgresql"_s;
    QTest::newRow("MariaDB server not running") << u"mariadb"_s;
}

void TestCliDatabase::shouldReportDatabaseProblems()
{
    QFETCH(QString, kind);
    const bool aboutFiles = kind != "url"_L1 && kind != "postgresql"_L1 && kind != "mariadb"_L1;
    if (bc::test::isServer() && aboutFiles)
        QSKIP("a problem of SQLite files");
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
        {
            // Somebody else's SQLite file: one table that is not ours.
            QSqlDatabase foreign = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            foreign.setDatabaseName(location);
            QVERIFY(foreign.open());
            QVERIFY(QSqlQuery(foreign).exec(u"CREATE TABLE songs (title TEXT)"_s));
            foreign.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else if (kind == "url"_L1) {
        location = u"oracle://db.example.com/console"_s;
    } else if (!aboutFiles) {
        // Nothing listens on port 1.
        location = kind + u"://bc_test@127.0.0.1:1/console"_s;
    } else {
        // A folder nobody can create, root included: its parent is a file of the kernel's.
        location = u"/proc/version/sub/accounts.sqlite"_s;
    }
    const Run run = cliRaw({u"group"_s, u"list"_s, u"--database"_s, location}, environment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(!run.err.isEmpty(), "the reason goes to stderr");
    QVERIFY2(run.err.count(u'\n') == 1, qPrintable(run.err)); // the CLI's message only, no driver log
    for (const QString &driverText : {u"SELECT"_s, u"PRAGMA"_s, u"sqlite_master"_s, u"file is not a database"_s})
        QVERIFY2(!run.err.contains(driverText, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestCliDatabase::shouldHonourDatabaseEnvironment()
{
    const QString location = bc::test::freshLocation(u"from-env"_s);
    QVERIFY(!location.isEmpty());
    QProcessEnvironment env = environment();
    env.insert(u"BACKUP_CONSOLE_DATABASE"_s, location);
    Run run = cliRaw({u"group"_s, u"add"_s, u"Env MSP"_s}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(bc::test::isServer() || QFile::exists(location));

    run = cliRaw({u"group"_s, u"list"_s, u"--json"_s, u"--database"_s, location}, environment());
    QCOMPARE(parse(run).array().at(0)[u"name"_s].toString(), u"Env MSP"_s);

    // --database wins over the environment.
    run = cliRaw({u"--database"_s, m_database, u"group"_s, u"list"_s, u"--json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parse(run).array().size(), 0);
}

void TestCliDatabase::shouldFillDemoData()
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

void TestCliDatabase::shouldRefuseADamagedFileAndLeaveItUnchanged()
{
    if (bc::test::isServer())
        QSKIP("a problem of SQLite files");
    Run run = cli({u"demo"_s, u"--msp-name"_s, u"Test MSP"_s, u"--accounts"_s, u"1500"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &depth : {QString(), u"--full"_s}) {
        run = cli(QStringList {u"database"_s, u"check"_s} + (depth.isEmpty() ? QStringList() : QStringList {depth}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"intact"_s), qPrintable(run.out));
    }
    QCOMPARE(QFileInfo(m_database + u"-wal"_s).size(), 0); // nothing waits to be folded into the file

    // Two pages of garbage in the middle, as a failing disk leaves them.
    {
        constexpr qint64 pageSize = 4096;
        QFile file(m_database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / pageSize;
        QVERIFY(pages > 16);
        QVERIFY(file.seek(pages / 2 * pageSize));
        QByteArray garbage;
        for (int i = 0; i < 2 * pageSize; ++i)
            garbage.append(static_cast<char>((i * 131 + 7) % 253));
        QCOMPARE(file.write(garbage), garbage.size());
    }
    const QByteArray before = everyStoredByte();

    run = cli({u"account"_s, u"add"_s, u"--group"_s, u"Test MSP"_s, u"--login"_s, u"newcomer"_s, u"--email"_s,
               u"newcomer@example.com"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    for (const QString &plain : {u"damaged"_s, QDir::toNativeSeparators(m_database), u"backup"_s, u".recover"_s})
        QVERIFY2(run.err.contains(plain), qPrintable(run.err));
    for (const QString &raw : {u"btree"_s, u"PRAGMA"_s, u"malformed"_s, u"error code"_s})
        QVERIFY2(!run.err.contains(raw, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY2(everyStoredByte() == before, "adding an account wrote to a damaged file");

    for (const QString &depth : {QString(), u"--full"_s}) {
        run = cli(QStringList {u"database"_s, u"check"_s} + (depth.isEmpty() ? QStringList() : QStringList {depth}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
    }
    run = cli({u"database"_s, u"check"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = parse(run).object();
    QCOMPARE(report[u"intact"_s].toBool(true), false);
    QVERIFY(!report[u"findings"_s].toArray().isEmpty());
    QVERIFY2(everyStoredByte() == before, "checking a damaged file wrote to it");

    run = cli({u"help"_s, u"database"_s, u"check"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"--full"_s), qPrintable(run.out));
}

// On a server, database check reads what the server's own setup leaves open to operators
// (ServerSetup): the test server makes a wrong password wait (auth_delay) and row security is
// installed; a table whose owner passes row security is named, with what to do.
void TestCliDatabase::shouldCheckWhatTheServersSetupLeavesOpen()
{
    if (!bc::test::isServer())
        QSKIP("a SQLite file is checked for damage (shouldRefuseADamagedFileAndLeaveItUnchanged)");
    QCOMPARE(cli({u"group"_s, u"add"_s, u"Acme MSP"_s}).exitCode, 0);
    Run run = cli({u"database"_s, u"check"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject report = parse(run).object();
    if (bc::test::backendName() != "postgresql"_L1) {
        QCOMPARE(report[u"checked"_s].toBool(), false);
        return;
    }
    QCOMPARE(report[u"checked"_s].toBool(), true);
    QVERIFY2(report[u"findings"_s].toArray().isEmpty(), qPrintable(run.out));
    const int delay = report[u"wrongPasswordDelayMilliseconds"_s].toInt();
    QVERIFY2(delay >= 100, qPrintable(run.out));
    run = cli({u"database"_s, u"check"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"waits %1 ms"_s.arg(delay)), qPrintable(run.out));

    // The server itself makes a wrong password for an operator's role wait, before it answers; the
    // owner's credentials, right, make a table's owner pass its policies.
    const QUrl url(m_database);
    const auto connect = [&url](const QString &name, const QString &user, const QString &password) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(user);
        db.setPassword(password);
        return db.open();
    };
    // Another session's DROP DATABASE ends the server's wait early (tests/cli/CMakeLists.txt runs
    // this test alone).
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!connect(u"wrong"_s, u"nobody-here"_s, u"a wrong password"_s));
    const qint64 took = timer.elapsed();
    const QString error = QSqlDatabase::database(u"wrong"_s, false).lastError().text();
    QSqlDatabase::removeDatabase(u"wrong"_s);
    QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    QVERIFY2(took >= delay, qPrintable(u"%1 ms, the server waits %2 ms"_s.arg(took).arg(delay)));
    QVERIFY(connect(u"owner"_s, url.userName(), qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD")));
    QVERIFY(
        QSqlQuery(QSqlDatabase::database(u"owner"_s, false)).exec(u"ALTER TABLE groups NO FORCE ROW LEVEL SECURITY"_s));
    QSqlDatabase::database(u"owner"_s, false).close();
    QSqlDatabase::removeDatabase(u"owner"_s);
    run = cli({u"database"_s, u"check"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    run = cli({u"database"_s, u"check"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonArray findings = parse(run).object()[u"findings"_s].toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0)[u"key"_s].toString(), u"row-security"_s);
    QVERIFY2(run.err.contains(u"do not force row security"_s) && run.err.contains(u": groups."_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"CALL bc_row_security_install();"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliDatabase)

#include "tst_cli_database.moc"
