#include "core/storage/database.h"

#include <QUuid>

#include "core/platform/environment.h"
#include "core/platform/logging.h"
#include "core/rules/accountrules.h"
#include "core/storage/databasestatements.h"
#include "core/storage/errorclassification.h"
#include "core/storage/integritycheck.h"
#include "core/storage/migrations.h"
#include "core/storage/operatorroles.h"
#include "core/storage/postgresdriver.h"
#include "core/storage/postgrespipeline.h"
#include "core/storage/preparedstatements.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QScopedValueRollback>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

using Backend = DatabaseAddress::Backend;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"bc-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// How this process connected to each server address, in memory only: so that a second
// connection to the same address (a worker's) needs no second prompt, and knows when it is an
// operator's own role (Database::isOperatorRole) and so runs the statements of one.
struct Connected
{
    QString password;
    QString operatorLogin;
    // PostgreSQL, an operator's role with a second factor: the key with which a further connection
    // of the signed-in session is verified too (bc_resume_session, 0020).
    QString sessionKey;
};
QMutex connectedMutex;
QHash<QString, Connected> connectedTo;

Connected remembered(const DatabaseAddress &address)
{
    const QMutexLocker locker(&connectedMutex);
    return connectedTo.value(address.secretKey());
}

void remember(const DatabaseAddress &address, Connected connected)
{
    const QMutexLocker locker(&connectedMutex);
    // A further connection of the same operator keeps the session's key.
    if (const auto before = connectedTo.constFind(address.secretKey()); connected.sessionKey.isEmpty()
        && before != connectedTo.cend() && before->operatorLogin == connected.operatorLogin)
        connected.sessionKey = before->sessionKey;
    connectedTo.insert(address.secretKey(), std::move(connected));
}

void rememberSessionKey(const DatabaseAddress &address, const QString &key)
{
    const QMutexLocker locker(&connectedMutex);
    const auto found = connectedTo.find(address.secretKey());
    if (found != connectedTo.end())
        found->sessionKey = key;
}

// The address an operator's own role connects to (Database::open): the role named as the user.
std::optional<DatabaseAddress> operatorRoleAddress(DatabaseAddress address, const QString &operatorLogin)
{
    if (operatorLogin.isEmpty() || address.backend != Backend::PostgreSql)
        return std::nullopt;
    const QString role = OperatorRoles::roleName(address.database, AccountRules::loginKey(operatorLogin));
    if (!address.user.isEmpty() && address.user != role)
        return std::nullopt;
    address.user = role;
    address.operatorSignIn = false;
    return address;
}

} // namespace

Database::Database(QString connectionName, DatabaseAddress address, OpenOptions options)
    : m_connectionName(std::move(connectionName))
    , m_address(std::move(address))
    , m_options(std::move(options))
    , m_displayName(m_address.displayName())
    , m_location(m_address.toUrl())
    , m_pipeline(std::make_unique<PostgresPipeline>())
    , m_prepared(std::make_unique<PreparedStatements>())
{
}

Database::~Database()
{
    m_prepared->clear(); // queries of the connection, gone before it
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    const QString fromEnvironment = qEnvironmentVariable(Environment::database.data());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"accounts.sqlite"_s);
}

int Database::schemaVersion()
{
    return Migrations::latest();
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const OpenOptions &options)
{
    auto address = DatabaseAddress::parse(location);
    if (!address)
        return fail(address.error());
    return open(*address, options);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseAddress &address, const OpenOptions &options)
{
    OpenOptions effective = options;
    DatabaseAddress connected = address;
    // A worker's connection (page loader, outbox) opens the address of an operator's session by its
    // URL, which names the operator's role: it is that operator's, and runs the statements of one.
    bool further = false; // its operator came from the session's sign-in, not from the caller
    if (const Connected before = remembered(address);
        effective.operatorLogin.isEmpty() && !before.operatorLogin.isEmpty()) {
        effective.operatorLogin = before.operatorLogin;
        effective.operatorPassword = before.password;
        further = true;
    }
    if (!effective.operatorLogin.isEmpty()) {
        if (auto role = operatorRoleAddress(address, effective.operatorLogin)) {
            connected = *std::move(role);
            effective.password = effective.operatorPassword;
        } else {
            effective.operatorLogin.clear();
        }
    }
    effective.operatorPassword.clear();
    if (address.operatorSignIn && effective.operatorLogin.isEmpty())
        return fail(Error::Code::NotAllowed, QString(),
                    tr("On %1 an operator signs in with its own login, and none was given (the CLI's --operator or "
                       "%2).")
                        .arg(address.displayName(), Environment::operatorLogin));
    // An operator's role signs in with the operator's password, never with the owner's.
    if (effective.password.isEmpty() && effective.operatorLogin.isEmpty())
        effective.password = remembered(address).password;
    if (effective.password.isEmpty() && effective.operatorLogin.isEmpty())
        effective.password = qEnvironmentVariable(Environment::databasePassword.data());
    std::unique_ptr<Database> database(new Database(nextConnectionName(), connected, std::move(effective)));
    if (address.isServer()) {
        if (auto opened = database->openServer(); !opened)
            return fail(opened.error());
        // The workers' connections (page loader, outbox) open the same address by its URL.
        remember(connected, {database->m_options.password, database->m_options.operatorLogin, QString()});
        // An address on which an operator signs in (DatabaseAddress::operatorSignIn), opened again by
        // its URL (the list, the outbox): the same operator's role. Only a sign-in says who that is:
        // a further connection that took its operator from here and connected slowly must not put
        // back the operator of a session ended meanwhile (the old window's outbox, after another
        // operator signed in on the same database: the new window's list then saw no rows).
        if (address.operatorSignIn && !further)
            remember(address, {database->m_options.password, database->m_options.operatorLogin, QString()});
    } else {
        const QString path = address.file;
        const QFileInfo info(path);
        if (path.isEmpty())
            return fail(Error::Code::CannotOpen, QString(), tr("No database file was given."));
        if (info.exists() && info.isDir())
            return fail(Error::Code::CannotOpen, QString(), tr("\"%1\" is a folder, not a database file.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(
                Error::Code::CannotOpen, QString(),
                tr("The folder \"%1\" could not be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
        // A damaged file is refused before anything (WAL, migrations, the console) writes to it.
        if (auto intact = IntegrityCheck::beforeOpening(info.absoluteFilePath()); !intact)
            return fail(intact.error());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
        if (!db.isValid())
            return fail(Error::Code::CannotOpen, QString(),
                        tr("The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite."));
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            qCWarning(lcDb) << "open failed:" << db.lastError().text();
            return fail(Error::Code::CannotOpen, QString(),
                        tr("The database \"%1\" could not be opened.").arg(database->displayName()));
        }
    }
    if (auto configured = database->configure(); !configured)
        return fail(configured.error());
    if (auto migrated = Migrations::apply(*database); !migrated)
        return fail(migrated.error());
    return database;
}

Result<void> Database::openServer()
{
    const bool postgres = m_address.backend == Backend::PostgreSql;
    // PostgreSQL through the console's own driver over libpq (PostgresDriver: QPSQL costs five
    // round trips on every connection); MariaDB through Qt's.
    QSqlDatabase db = postgres ? QSqlDatabase::addDatabase(new PostgresDriver, m_connectionName)
                               : QSqlDatabase::addDatabase(u"QMARIADB"_s, m_connectionName);
    if (!db.isValid())
        return fail(Error::Code::CannotOpen, QString(),
                    tr("The %1 driver for Qt is missing; install the package %2.")
                        .arg(DatabaseAddress::backendName(m_address.backend), u"libqt6sql6-mysql"_s));
    db.setHostName(m_address.host.isEmpty() ? u"localhost"_s : m_address.host);
    db.setPort(m_address.effectivePort());
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    db.setPassword(m_options.password);
    QStringList options;
    if (postgres) {
        // A dead peer is noticed within about a minute, and a server that does not answer within
        // five seconds is reported instead of waited for.
        options << u"connect_timeout=5"_s << u"keepalives=1"_s << u"keepalives_idle=20"_s << u"keepalives_interval=5"_s
                << u"keepalives_count=3"_s << u"application_name=backup-console"_s;
        // Settings of the session, in the connection's first message instead of statements of their
        // own (over a slow link each is a round trip of every open): a writer waits for the writer
        // lock at most this long, then hears "busy", as on SQLite; and notices stay quiet.
        options << u"options='-c lock_timeout=%1s -c client_min_messages=warning'"_s.arg(writerLockSeconds);
        if (!m_address.sslMode.isEmpty())
            options << u"sslmode="_s + m_address.sslMode;
        if (!m_address.sslRootCertificate.isEmpty())
            options << u"sslrootcert='%1'"_s.arg(m_address.sslRootCertificate);
    } else {
        // CLIENT_FOUND_ROWS: an UPDATE that matches a row counts it even when nothing changed,
        // as SQLite and PostgreSQL do (Database::change relies on it).
        options << u"MYSQL_OPT_CONNECT_TIMEOUT=5"_s << u"MYSQL_OPT_READ_TIMEOUT=60"_s << u"MYSQL_OPT_WRITE_TIMEOUT=60"_s
                << u"CLIENT_FOUND_ROWS"_s;
    }
    db.setConnectOptions(options.join(u';'));
    if (db.open())
        return {};

    const QSqlError error = db.lastError();
    qCWarning(lcDb).noquote() << "connecting to" << m_displayName << "failed:" << error.nativeErrorCode()
                              << error.text();
    const QString text = error.text();
    const QString code = error.nativeErrorCode();
    if (code == "28P01"_L1 || code == "28000"_L1 || code == "1045"_L1 || text.contains("password"_L1)
        || text.contains("authentication"_L1))
        return fail(Error::Code::AccessDenied, u"password"_s,
                    tr("The server %1 refused the user name or password.").arg(m_displayName));
    if (code == "3D000"_L1 || code == "1049"_L1 || text.contains("does not exist"_L1))
        return fail(Error::Code::CannotOpen, QString(),
                    tr("The database \"%1\" does not exist on the server; ask its administrator to create it.")
                        .arg(m_address.database));
    if (text.contains("SSL"_L1, Qt::CaseInsensitive) || text.contains("certificate"_L1))
        return fail(Error::Code::CannotOpen, QString(),
                    tr("A secure (TLS) connection to %1 could not be made: check the TLS mode and the root "
                       "certificate.")
                        .arg(m_displayName));
    return fail(unreachable());
}

Error Database::unreachable() const
{
    return {Error::Code::ConnectionLost, QString(),
            tr("The database server %1 cannot be reached. Check the host name, the port and the network.")
                .arg(m_displayName)};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Database::configure() const
{
    // Settings of this connection only; nothing here writes to the data.
    QStringList statements;
    switch (m_address.backend) {
    case Backend::Sqlite:
        statements << u"PRAGMA foreign_keys = ON"_s << u"PRAGMA synchronous = NORMAL"_s;
        break;
    case Backend::PostgreSql:
        break; // given when connecting (openServer())
    case Backend::MariaDb:
        // Standard SQL: "quoted" names, || joins text, no silent truncation; and what another
        // connection committed is seen at once, as on the other backends.
        statements << u"SET SESSION sql_mode = 'ANSI_QUOTES,PIPES_AS_CONCAT,STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION,"
                      "ERROR_FOR_DIVISION_BY_ZERO'"_s
                   << u"SET NAMES utf8mb4 COLLATE utf8mb4_bin"_s
                   << u"SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"_s;
        break;
    }
    for (const QString &statement : std::as_const(statements)) {
        if (auto result = execute(statement); !result)
            return result;
    }
    return resumeSession();
}

Result<void> Database::resumeSession() const
{
    // A further connection of an operator whose session verified its second factor: verified too.
    if (!isOperatorRole())
        return {};
    const QString key = remembered(m_address).sessionKey;
    if (key.isEmpty())
        return {};
    auto resumed = run(u"SELECT bc_resume_session(?)"_s, {key});
    if (!resumed)
        return fail(resumed.error());
    if (resumed->next() && resumed->value(0).toBool())
        return {};
    return fail(Error::Code::NotAllowed, QString(),
                tr("The sign-in of \"%1\" on %2 has ended. Sign out (File menu) and sign in again.")
                    .arg(m_options.operatorLogin, m_displayName));
}

void Database::shareVerification(const QString &sessionKey)
{
    rememberSessionKey(m_address, sessionKey);
}

QString Database::forgetVerification(const DatabaseAddress &address, const QString &operatorLogin, bool keyOnly)
{
    QString forgotten;
    if (auto role = operatorRoleAddress(address, operatorLogin)) {
        forgotten = remembered(*role).sessionKey;
        rememberSessionKey(*role, QString());
    }
    if (address.operatorSignIn && !keyOnly) {
        const QMutexLocker locker(&connectedMutex);
        connectedTo.remove(address.secretKey());
    }
    return forgotten;
}

Result<void> Database::revokeSessionKey(const QString &sessionKey) const
{
    if (sessionKey.isEmpty() || !isOperatorRole())
        return {};
    auto revoked = run(u"SELECT bc_revoke_session_key(?)"_s, {sessionKey});
    if (!revoked)
        return fail(revoked.error());
    return {};
}

bool Database::isWriteAheadLog() const
{
    // The query ends with this function: an unfinished statement would hold a read transaction.
    auto mode = run(u"PRAGMA journal_mode"_s);
    return mode && mode->next() && mode->value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) == 0;
}

Result<void> Database::enableWriteAheadLog()
{
    // Switching the journal mode needs the file to itself, and SQLite answers "busy" at once
    // rather than waiting when another connection is opening the same new file. Once in WAL the
    // file stays so, and reading the mode takes no lock; so: read, and switch with retries.
    QDeadlineTimer deadline(std::chrono::seconds(10));
    for (int attempt = 0;; ++attempt) {
        if (isWriteAheadLog())
            return {};
        auto switched = run(u"PRAGMA journal_mode = WAL"_s);
        if (switched)
            return {};
        if (switched.error().code != Error::Code::DatabaseBusy || deadline.hasExpired())
            return fail(switched.error());
        QThread::msleep(static_cast<unsigned long>(qMin(5 + attempt * 5, 100)));
    }
}

Result<void> Database::reconnect() const
{
    if (m_signInEnded)
        return fail(*m_signInEnded);
    if (!isServer() || m_inTransaction || m_reconnecting)
        return fail(unreachable());
    const QScopedValueRollback guard(m_reconnecting, true);
    QSqlDatabase db = connection();
    // After the server ends the backend the driver still says the connection is open; only a new one helps.
    m_pipeline->clearQueue();
    m_aheadSent = false;
    m_aheadError.reset();
    m_prepared->clear();
    db.close();
    if (!db.open()) {
        qCWarning(lcDb).noquote() << "reconnecting to" << m_displayName << "failed:" << db.lastError().text();
        return fail(unreachable());
    }
    ++m_generation;
    qCInfo(lcDb).noquote() << "reconnected to" << m_displayName;
    auto configured = configure();
    if (!configured && configured.error().code == Error::Code::NotAllowed) {
        // The server is back, but the operator's sign-in ended while it was away: a job says so,
        // instead of an unverified session showing no rows.
        m_signInEnded = configured.error();
        db.close();
    }
    return configured;
}

AuditBatchScope::AuditBatchScope(Database &database)
    : m_db(database)
    , m_owns(database.auditBatch().isEmpty())
{
    if (m_owns)
        m_db.setAuditBatch(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

AuditBatchScope::~AuditBatchScope()
{
    if (m_owns)
        m_db.setAuditBatch(QString());
}

} // namespace bc
