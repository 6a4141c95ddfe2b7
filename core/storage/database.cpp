#include "core/storage/database.h"

#include "core/platform/logging.h"
#include "core/storage/errorclassification.h"
#include "core/storage/integritycheck.h"
#include "core/storage/migrations.h"
#include "core/storage/postgrespipeline.h"

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

constexpr int writerLockSeconds = 10;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"bc-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// The passwords of the servers this process connected to, in memory only, so that a second
// connection to the same address (a worker's) needs no second prompt.
QMutex passwordsMutex;
QHash<QString, QString> passwords;

QString rememberedPassword(const DatabaseAddress &address)
{
    const QMutexLocker locker(&passwordsMutex);
    return passwords.value(address.secretKey());
}

void rememberPassword(const DatabaseAddress &address, const QString &password)
{
    const QMutexLocker locker(&passwordsMutex);
    passwords.insert(address.secretKey(), password);
}

} // namespace

Database::Database(QString connectionName, DatabaseAddress address, OpenOptions options)
    : m_connectionName(std::move(connectionName))
    , m_address(std::move(address))
    , m_options(std::move(options))
    , m_displayName(m_address.displayName())
    , m_location(m_address.toUrl())
    , m_pipeline(std::make_unique<PostgresPipeline>())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    const QString fromEnvironment = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE");
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
    if (effective.password.isEmpty())
        effective.password = rememberedPassword(address);
    if (effective.password.isEmpty())
        effective.password = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD");
    std::unique_ptr<Database> database(new Database(nextConnectionName(), address, std::move(effective)));
    if (address.isServer()) {
        if (auto opened = database->openServer(); !opened)
            return fail(opened.error());
        // The workers' connections (page loader, outbox) open the same address by its URL.
        rememberPassword(address, database->m_options.password);
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
    const QString driver = postgres ? u"QPSQL"_s : u"QMARIADB"_s;
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (!db.isValid())
        return fail(Error::Code::CannotOpen, QString(),
                    tr("The %1 driver for Qt is missing; install the package %2.")
                        .arg(DatabaseAddress::backendName(m_address.backend),
                             postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-mysql"_s));
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
    return fail(Error::Code::ConnectionLost, QString(),
                tr("The database server %1 cannot be reached. Check the host name, the port and the network.")
                    .arg(m_displayName));
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
        // A writer waits for the writer lock at most this long, then hears "busy", as on SQLite.
        statements << u"SET lock_timeout = '%1s'"_s.arg(writerLockSeconds) << u"SET client_min_messages = warning"_s;
        break;
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
    return {};
}

Result<void> Database::execute(const QString &sql) const
{
    // Unprepared: transaction control, session settings and trigger bodies cannot be prepared
    // everywhere (PostgreSQL prepares no BEGIN).
    return succeeded(perform(sql, {}, false));
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

Result<void> Database::change(const QString &sql, const QVariantList &values, const Error &missing) const
{
    auto query = run(sql, values);
    if (!query)
        return fail(query.error());
    if (query->numRowsAffected() == 0)
        return fail(missing);
    return {};
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values) const
{
    // QPSQL has no lastInsertId() for tables without OIDs; RETURNING gives the id everywhere else.
    if (m_address.backend == Backend::PostgreSql) {
        auto query = run(sql + u" RETURNING id"_s, values);
        if (!query)
            return fail(query.error());
        if (!query->next())
            return fail(Error::Code::Internal, QString(),
                        tr("The database could not do that. Details are in the console's log."));
        return query->value(0).toLongLong();
    }
    auto query = run(sql, values);
    if (!query)
        return fail(query.error());
    return query->lastInsertId().toLongLong();
}

QVariant Database::bindable(const QVariant &value)
{
    // Drivers bind a null QString as SQL NULL; an empty text is what callers mean by it. A
    // deliberate NULL is an invalid QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    // Flags are integer columns on every backend; PostgreSQL does not turn a boolean into one.
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    return perform(sql, values, true);
}

Result<QSqlQuery> Database::perform(const QString &sql, const QVariantList &values, bool prepared) const
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        bool done = false;
        QString failed = sql; // the statement an error is about
        const qsizetype unpreparable = m_pipeline->unpreparableCount();
        if (m_address.backend == Backend::PostgreSql) {
            // QPSQL sends a prepared statement as PREPARE, then EXECUTE with the values written as
            // literals by its formatValue(), then DEALLOCATE: three round trips to the server.
            // The same literals written into the statement, or into an EXECUTE of a statement
            // this connection keeps prepared (preparedName()), make one.
            auto text = prepared ? postgresStatement(sql, values) : Result<QString>(sql);
            if (!text)
                return fail(text.error());
            done = m_pipeline->send(query, *text, &failed);
        } else if (!prepared) {
            done = query.exec(sql);
        } else if (query.prepare(sql)) {
            for (const QVariant &value : values)
                query.addBindValue(bindable(value));
            done = query.exec();
        }
        if (done)
            return query;
        Error error = classify(query.lastError(), failed);
        // A statement PostgreSQL cannot prepare (a value of no known type) runs as text from now
        // on; outside a transaction it is sent again at once.
        if (m_pipeline->unpreparableCount() > unpreparable && failed == sql && !m_inTransaction && attempt == 0)
            continue;
        // A statement outside a transaction is whole or not at all: after a dropped connection it
        // can be sent again once the connection is back. Inside one, the caller starts over.
        if (error.code == Error::Code::ConnectionLost && isServer() && !m_inTransaction && !m_reconnecting
            && attempt == 0 && reconnect())
            continue;
        return fail(error);
    }
}

Result<void> Database::runLater(const QString &sql, const QVariantList &values) const
{
    if (m_address.backend != Backend::PostgreSql || !m_inTransaction)
        return succeeded(run(sql, values));
    auto text = postgresStatement(sql, values);
    if (!text)
        return fail(text.error());
    m_pipeline->queue(*text, sql);
    return {};
}

Result<QString> Database::postgresStatement(const QString &sql, const QVariantList &values) const
{
    const QString text = m_pipeline->statement(sql, values, *connection().driver(), m_generation);
    if (text.isNull()) {
        qCCritical(lcDb).noquote() << "placeholders and values differ in number:" << sql;
        return fail(Error::Code::Internal, QString(),
                    tr("The database could not do that. Details are in the console's log."));
    }
    return text;
}

Result<qint64> Database::changeCounter() const
{
    auto query = run(u"SELECT counter FROM change_counter WHERE id = 1"_s);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<bool> Database::changedElsewhere() const
{
    qint64 mark = -1;
    switch (m_address.backend) {
    case Backend::Sqlite: {
        // Changes only when another connection committed, and costs no I/O.
        auto query = run(u"PRAGMA data_version"_s);
        if (!query)
            return fail(query.error());
        mark = query->next() ? query->value(0).toLongLong() : 0;
        break;
    }
    case Backend::MariaDb: {
        auto counter = changeCounter();
        if (!counter)
            return fail(counter.error());
        mark = *counter;
        break;
    }
    case Backend::PostgreSql:
        return false;
    }
    const bool changed = (m_changeMark >= 0 && mark != m_changeMark) || m_foreignChange;
    m_changeMark = mark;
    m_foreignChange = false;
    return changed;
}

bool Database::reconnect() const
{
    if (!isServer() || m_inTransaction || m_reconnecting)
        return false;
    const QScopedValueRollback guard(m_reconnecting, true);
    QSqlDatabase db = connection();
    // After the server ends the backend QPSQL still says the connection is open; only a new one helps.
    m_pipeline->clearQueue();
    db.close();
    if (!db.open()) {
        qCWarning(lcDb).noquote() << "reconnecting to" << m_displayName << "failed:" << db.lastError().text();
        return false;
    }
    ++m_generation;
    qCInfo(lcDb).noquote() << "reconnected to" << m_displayName;
    return configure().has_value();
}

Result<void> Database::lockWriters() const
{
    switch (m_address.backend) {
    case Backend::Sqlite:
        return {};
    case Backend::PostgreSql:
        // Held until the transaction ends; waits at most lock_timeout (configure()).
        return succeeded(run(u"SELECT pg_advisory_xact_lock(?)"_s, {writerLockKey}));
    case Backend::MariaDb: {
        auto locked = run(u"SELECT GET_LOCK(concat('backup-console:', DATABASE()), ?)"_s, {writerLockSeconds});
        if (!locked)
            return fail(locked.error());
        if (!locked->next() || locked->value(0).toInt() != 1)
            return fail(Error::Code::DatabaseBusy, QString(),
                        tr("The database is busy with another program's change. Try again in a moment; nothing "
                           "was lost."));
        return {};
    }
    }
    return {};
}

void Database::unlockWriters() const
{
    if (m_address.backend == Backend::MariaDb)
        (void)run(u"SELECT RELEASE_LOCK(concat('backup-console:', DATABASE()))"_s);
}

Result<void> Database::begin()
{
    switch (m_address.backend) {
    case Backend::Sqlite:
        // IMMEDIATE takes the write lock at once, so the busy timeout applies instead of a deadlock.
        if (auto begun = execute(u"BEGIN IMMEDIATE"_s); !begun)
            return begun;
        break;
    case Backend::PostgreSql: {
        // The transaction and the writer lock in one round trip; the lock is held until the
        // transaction ends and waited for at most lock_timeout (configure()).
        // A write transaction looks rows up by their keys, and one plan of a prepared statement
        // serves every value; PostgreSQL would plan each of its first five runs anew.
        const QString lock = u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writerLockKey);
        auto begun = perform(u"BEGIN; SET LOCAL plan_cache_mode = force_generic_plan; "_s + lock, {}, false);
        if (!begun)
            return fail(begun.error());
        for (int result = 1; result < 3; ++result) {
            if (!begun->nextResult()) {
                const Error error = classify(begun->lastError(), lock);
                m_inTransaction = true;
                rollback();
                return fail(error);
            }
        }
        break;
    }
    case Backend::MariaDb:
        // The lock first: it is the connection's, not the transaction's.
        if (auto locked = lockWriters(); !locked)
            return locked;
        if (auto begun = execute(u"START TRANSACTION"_s); !begun) {
            unlockWriters();
            return begun;
        }
        break;
    }
    m_inTransaction = true;
    if (m_address.backend == Backend::MariaDb && m_changeMark >= 0) {
        // Under the writer lock nobody else changes anything: what differs now is foreign.
        auto counter = changeCounter();
        if (counter && *counter != m_changeMark)
            m_foreignChange = true;
    }
    return {};
}

Result<void> Database::commit()
{
    // MariaDB: the counter after our own changes, so that they are not news to us.
    std::optional<qint64> ours;
    if (m_address.backend == Backend::MariaDb && m_changeMark >= 0) {
        if (auto counter = changeCounter())
            ours = *counter;
    }
    auto committed = execute(u"COMMIT"_s);
    if (committed && ours)
        m_changeMark = *ours;
    if (committed) {
        m_inTransaction = false;
        unlockWriters();
    }
    return committed;
}

void Database::rollback()
{
    // Unsent, and undone with the rest; what they would have prepared is not there.
    m_pipeline->dropQueued();
    auto done = execute(u"ROLLBACK"_s);
    m_inTransaction = false;
    if (!done) {
        qCWarning(lcDb) << "rollback failed";
        // A transaction that failed because the server went away leaves a dead connection
        // behind; the next attempt gets a fresh one (which holds no lock any more).
        if (done.error().code == Error::Code::ConnectionLost)
            reconnect();
        return;
    }
    unlockWriters();
}

Error Database::classify(const QSqlError &error, const QString &context) const
{
    return classify(error, context, m_address.backend);
}

Error Database::classify(const QSqlError &error, const QString &context, DatabaseAddress::Backend backend)
{
    const QString code = error.nativeErrorCode();
    qCWarning(lcDb).noquote() << "database error" << code << error.databaseText() << error.driverText()
                              << "in:" << context.simplified().left(200);
    return ErrorClassification::toError(backend, code, error.databaseText());
}

} // namespace bc
