#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// Where a test's database lives. ctest runs each test that uses a database three times
// (bc_add_backend_test in tests/CMakeLists.txt): on SQLite files, and on the throwaway PostgreSQL
// and MariaDB servers that tests/servers/*.sh start. A test asks for its databases here and
// otherwise does not care which backend it runs on.
namespace bc::test {

// "sqlite", "postgresql" or "mariadb": BC_TEST_BACKEND, sqlite when unset.
QString backendName();
// Whether the tests run on a server (PostgreSQL or MariaDB) rather than on SQLite files.
bool isServer();

// The location of a new, empty database, for Database::open or the CLI's --database.
// SQLite: a file path (not created yet, its folder is) in a temporary folder that lives until
// the process ends. Servers: a postgresql:// or mariadb:// URL of a database just created on the
// server of BC_TEST_SERVER_DIR, without password (core reads BACKUP_CONSOLE_DATABASE_PASSWORD);
// it lives until a later test function (or data row) asks for a database, which drops it, and
// with it any connection left to it. Databases made in initTestCase() live as long as the server.
// `hint` goes into the name, to tell the databases apart when looking at them.
// Empty when the database could not be made; the reason went to qWarning: QVERIFY the result.
QString freshLocation(const QString &hint = QStringLiteral("test"));

// The server's administrative connection (opened, for this thread), as tests/servers/*.sh
// set it up; an invalid QSqlDatabase on SQLite or when the server cannot be reached.
QSqlDatabase adminConnection();

// A plain QtSql connection (QSQLITE, QPSQL or QMARIADB) to a location freshLocation() gave,
// added under `connectionName` but not opened: for tests that set up or inspect a database
// without core. The caller removes it (QSqlDatabase::removeDatabase).
QSqlDatabase addConnection(const QString &location, const QString &connectionName);

// Everything the database at `location` stores, to tell whether something changed it or to search
// it for a value: SQLite, the bytes of the file and its journals; servers, every row of every
// table as text. Empty when it cannot be read.
QByteArray storedBytes(const QString &location);

} // namespace bc::test
