#include "tests/common/testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace bc::test {

namespace {

Q_LOGGING_CATEGORY(lcTest, "console.test", QtInfoMsg)

// Numbers the databases and connections of this process.
QAtomicInteger<int> counter;

// The databases this process made on the server, each with the test function (and data row) it
// was made for.
struct MadeDatabase
{
    QString name;
    QByteArray owner;
};
QMutex madeMutex;
QList<MadeDatabase> made;

// The password tests/servers/*.sh give bc_test; what ctest puts in BACKUP_CONSOLE_DATABASE_PASSWORD.
constexpr auto serverPassword = "bc-test-password";

QString password()
{
    const QString fromEnvironment = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD");
    return fromEnvironment.isEmpty() ? QString::fromLatin1(serverPassword) : fromEnvironment;
}

QString driverName(const QString &scheme)
{
    if (scheme == "postgresql"_L1)
        return u"QPSQL"_s;
    if (scheme == "mariadb"_L1)
        return u"QMARIADB"_s;
    return u"QSQLITE"_s;
}

// The admin URL tests/servers/*.sh wrote into BC_TEST_SERVER_DIR/url; empty (and said why) when
// there is none.
QUrl adminUrl()
{
    const QString dir = qEnvironmentVariable("BC_TEST_SERVER_DIR");
    if (dir.isEmpty()) {
        qWarning().noquote() << u"BC_TEST_BACKEND is %1 but BC_TEST_SERVER_DIR is not set: run the test through "
                                "ctest, or start a server with tests/servers/%1.sh start DIR and set "
                                "BC_TEST_SERVER_DIR=DIR"_s.arg(backendName());
        return {};
    }
    QFile file(QDir(dir).filePath(u"url"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << u"no test server runs in %1 (%2): tests/servers/%3.sh start %1"_s.arg(
            dir, file.errorString(), backendName());
        return {};
    }
    const QUrl url(QString::fromUtf8(file.readAll()).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != backendName()) {
        qWarning().noquote() << file.fileName() << "does not hold a" << backendName() << "URL:" << url.toString();
        return {};
    }
    return url;
}

QSqlDatabase addServerConnection(const QUrl &url, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(url.scheme()), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(password());
    db.setConnectOptions(url.scheme() == "postgresql"_L1 ? u"connect_timeout=10"_s : u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s);
    return db;
}

QTemporaryDir &sqliteFolder()
{
    // Lives until the process ends; its destructor removes every file the tests made.
    static QTemporaryDir dir(QDir::temp().filePath(u"bc-test-XXXXXX"_s));
    return dir;
}

// A database name both servers take: lower case letters, digits and '_', at most 63 characters.
QString databaseName(int number, const QString &hint)
{
    QString name = u"bct_%1_%2_"_s.arg(QCoreApplication::applicationPid()).arg(number);
    static const QRegularExpression other(u"[^a-z0-9_]+"_s);
    name += hint.toLower().replace(other, u"_"_s);
    return name.left(63);
}

// What a database is made for: "function/row" in a test function (its init() and cleanup()
// included); empty in initTestCase() and outside of tests.
QByteArray currentOwner()
{
    const char *function = QTest::currentTestFunction();
    if (function == nullptr || qstrcmp(function, "initTestCase") == 0 || qstrcmp(function, "cleanupTestCase") == 0)
        return {};
    return QByteArray(function) + '/' + QByteArray(QTest::currentDataTag());
}

// Drops the databases made for test functions (or rows) that are over, with whatever connections
// they still have: a run makes hundreds of databases, some MB each, and the servers keep their
// files in memory. Databases made outside of test functions live as long as the server.
void dropFinishedDatabases(QSqlDatabase &admin, const QByteArray &owner)
{
    QList<MadeDatabase> finished;
    {
        QMutexLocker locker(&madeMutex);
        const auto isFinished = [&owner](const MadeDatabase &database) {
            return !database.owner.isEmpty() && database.owner != owner;
        };
        std::copy_if(made.cbegin(), made.cend(), std::back_inserter(finished), isFinished);
        made.removeIf(isFinished);
    }
    const bool postgres = admin.driverName() == "QPSQL"_L1;
    for (const MadeDatabase &database : std::as_const(finished)) {
        QSqlQuery query(admin);
        const QString sql = postgres ? u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database.name)
                                     : u"DROP DATABASE IF EXISTS %1"_s.arg(database.name);
        if (!query.exec(sql))
            qCDebug(lcTest) << "could not drop" << database.name << ":" << query.lastError().text();
    }
}

} // namespace

QString backendName()
{
    const QString name = qEnvironmentVariable("BC_TEST_BACKEND").toLower();
    return name.isEmpty() ? u"sqlite"_s : name;
}

bool isServer()
{
    return backendName() != "sqlite"_L1;
}

QSqlDatabase adminConnection()
{
    if (!isServer())
        return {};
    // One connection per thread (QtSql's rule), kept open for the next database.
    const QString name = u"bc-test-admin-%1"_s.arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A server restarted by a fault test leaves a connection that says it is open but is not.
        if (db.isOpen() && QSqlQuery(db).exec(u"SELECT 1"_s))
            return db;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    const QUrl url = adminUrl();
    if (url.isEmpty())
        return {};
    QSqlDatabase db = addServerConnection(url, name);
    if (!db.isValid()) {
        qWarning().noquote() << "Qt's" << driverName(url.scheme()) << "driver is missing; install"
                             << (url.scheme() == "postgresql"_L1 ? "libqt6sql6-psql" : "libqt6sql6-mysql");
        return {};
    }
    if (!db.open()) {
        qWarning().noquote() << "cannot reach the test server" << url.toString() << ":" << db.lastError().text();
        return {};
    }
    if (url.scheme() == "mariadb"_L1) {
        // A connection a test left in a transaction must not hold up DROP DATABASE for long.
        QSqlQuery(db).exec(u"SET SESSION lock_wait_timeout = 10"_s);
    }
    return db;
}

QString freshLocation(const QString &hint)
{
    const int number = counter.fetchAndAddRelaxed(1) + 1;
    if (!isServer()) {
        if (!sqliteFolder().isValid()) {
            qWarning().noquote() << "no temporary folder for SQLite files:" << sqliteFolder().errorString();
            return {};
        }
        // A folder of its own, so that a test can look at the database's files (journal, WAL) alone.
        const QString folder = sqliteFolder().filePath(QString::number(number));
        if (!QDir().mkpath(folder)) {
            qWarning().noquote() << "cannot create" << folder;
            return {};
        }
        return QDir(folder).filePath((hint.isEmpty() ? u"test"_s : hint) + u".sqlite"_s);
    }
    if (backendName() != "postgresql"_L1 && backendName() != "mariadb"_L1) {
        qWarning().noquote() << "unknown BC_TEST_BACKEND" << backendName() << "(sqlite, postgresql, mariadb)";
        return {};
    }
    QSqlDatabase admin = adminConnection();
    if (!admin.isOpen())
        return {};
    const QByteArray owner = currentOwner();
    dropFinishedDatabases(admin, owner);
    const QString name = databaseName(number, hint);
    // template0: nothing anybody added to template1. FILE_COPY: copying its 7 MB of files takes
    // ~15 ms on the test server, writing them through the WAL (WAL_LOG, PostgreSQL 15's default)
    // ~35 ms.
    const QString sql = backendName() == "postgresql"_L1
        ? u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' STRATEGY FILE_COPY"_s.arg(name)
        : u"CREATE DATABASE %1 CHARACTER SET utf8mb4"_s.arg(name);
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(admin);
    if (!query.exec(sql)) {
        qWarning().noquote() << "cannot create a test database:" << sql << ":" << query.lastError().text();
        return {};
    }
    qCDebug(lcTest) << "created" << name << "in" << timer.elapsed() << "ms";
    {
        QMutexLocker locker(&madeMutex);
        made.append({name, owner});
    }
    QUrl url(admin.driverName() == "QPSQL"_L1 ? u"postgresql://"_s : u"mariadb://"_s);
    url.setUserName(admin.userName());
    url.setHost(admin.hostName());
    url.setPort(admin.port());
    url.setPath(u"/"_s + name);
    return url.toString();
}

QSqlDatabase addConnection(const QString &location, const QString &connectionName)
{
    if (location.contains("://"_L1))
        return addServerConnection(QUrl(location, QUrl::StrictMode), connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(location);
    return db;
}

QByteArray storedBytes(const QString &location)
{
    QByteArray bytes;
    if (!location.contains("://"_L1)) {
        // The database file, its rollback journal and its write-ahead log (not the WAL's index,
        // which SQLite rebuilds at will).
        for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s}) {
            QFile file(location + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }
    const QString name = u"bc-test-stored-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = addConnection(location, name);
        if (db.open()) {
            QStringList tables = db.tables();
            tables.sort();
            for (const QString &table : std::as_const(tables)) {
                QStringList rows;
                QSqlQuery query(db);
                query.setForwardOnly(true);
                if (!query.exec(
                        u"SELECT * FROM %1"_s.arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName)))) {
                    qWarning().noquote() << "cannot read" << table << ":" << query.lastError().text();
                    continue;
                }
                const int columns = query.record().count();
                while (query.next()) {
                    QStringList values;
                    for (int i = 0; i < columns; ++i)
                        values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
                    rows.append(values.join(u'\t'));
                }
                rows.sort();
                bytes += table.toUtf8() + '\n' + rows.join(u'\n').toUtf8() + '\n';
            }
        } else {
            qWarning().noquote() << "cannot read" << location << ":" << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return bytes;
}

} // namespace bc::test
