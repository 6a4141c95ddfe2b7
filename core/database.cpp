#include "database.h"

#include "accountrules.h"
#include "accountstore.h"
#include "logging.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// The migrations, in order; migration N brings the schema to version N.
// clang-format off
const QStringList migrations {
    u":/sql/sqlite/0001_initial.sql"_s,
    u":/sql/sqlite/0002_organizations.sql"_s,
    u":/sql/sqlite/0003_activation.sql"_s,
    u":/sql/sqlite/0004_search.sql"_s,
    u":/sql/sqlite/0005_lists.sql"_s,
};
// clang-format on

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"bc-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// SQLite primary result codes (the low byte of an extended code).
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

} // namespace

Database::Database(QString connectionName, QString displayName, QString location)
    : m_connectionName(std::move(connectionName))
    , m_displayName(std::move(displayName))
    , m_location(std::move(location))
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
    return static_cast<int>(migrations.size());
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
    Q_UNUSED(options);
    if (address.isServer())
        return fail(Error::Code::CannotOpen, QString(),
                    tr("This version of the console cannot open %1 databases yet; give a file path.")
                        .arg(DatabaseAddress::backendName(address.backend)));
    const QString path = address.file;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(Error::Code::CannotOpen, QString(), tr("\"%1\" is a folder, not a database file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Error::Code::CannotOpen, QString(),
                    tr("The folder \"%1\" could not be created.").arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), QDir::toNativeSeparators(info.absoluteFilePath()), info.absoluteFilePath()));
    {
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
    if (auto migrated = database->migrate(); !migrated)
        return fail(migrated.error());
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Database::configure()
{
    // Settings of this connection only; nothing here writes to the file.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (auto result = run(pragma); !result)
            return fail(result.error());
    }
    return {};
}

namespace {

// The schema version the file holds: 0 for an empty file. Reads only, so that a file that is not
// ours, or was written by a newer console, is refused before anything in it changes.
Result<int> storedVersion(const Database &database)
{
    const auto notOurs = [&database] {
        return fail(Error::Code::CannotOpen, QString(),
                    Database::tr("\"%1\" is not a database of this console.").arg(database.displayName()));
    };
    // A file that is not SQLite fails here, on the first statement that reads it.
    auto tables = database.run(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    if (!tables) {
        if (tables.error().code == Error::Code::Internal || tables.error().code == Error::Code::CannotOpen)
            return notOurs();
        return fail(tables.error());
    }
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    if (names.isEmpty())
        return 0;
    if (!names.contains("schema_version"_L1))
        return fail(
            Error::Code::CannotOpen, QString(),
            Database::tr("\"%1\" holds other data and is not a database of this console.").arg(database.displayName()));
    auto version = database.run(u"SELECT version FROM schema_version"_s);
    if (!version)
        return fail(version.error());
    return version->next() ? version->value(0).toInt() : 0;
}

} // namespace

Result<void> Database::migrate()
{
    const auto tooNew = [this](int current) {
        return fail(Error::Code::SchemaTooNew, QString(),
                    tr("The database \"%1\" was written by a newer version of the console (schema %2; this one "
                       "knows %3). Update the console; nothing was changed.")
                        .arg(m_displayName)
                        .arg(current)
                        .arg(schemaVersion()));
    };
    auto current = storedVersion(*this);
    if (!current)
        return fail(current.error());
    if (*current > schemaVersion())
        return tooNew(*current);

    // Only now that the file is known to be ours: WAL is a property of the file, not the connection.
    if (auto wal = enableWriteAheadLog(); !wal)
        return wal;
    if (*current == schemaVersion())
        return {};

    return write([&]() -> Result<void> {
        // Another console may have migrated the file since the version was read; read it again
        // under the write lock so that no migration runs twice.
        auto locked = storedVersion(*this);
        if (!locked)
            return fail(locked.error());
        if (*locked > schemaVersion())
            return tooNew(*locked);
        for (int version = *locked + 1; version <= schemaVersion(); ++version) {
            QFile file(migrations.at(version - 1));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                qCCritical(lcDb) << "missing migration" << file.fileName();
                return fail(Error::Code::Internal, QString(),
                            tr("The console is damaged: a schema migration is missing."));
            }
            const QString script = QString::fromUtf8(file.readAll());
            static const QRegularExpression endOfStatement(u";\\s*$"_s, QRegularExpression::MultilineOption);
            for (const QString &statement : script.split(endOfStatement, Qt::SkipEmptyParts)) {
                QString sql;
                for (const QString &line : statement.split(u'\n')) {
                    if (!line.trimmed().startsWith("--"_L1))
                        sql += line + u'\n';
                }
                if (sql.trimmed().isEmpty())
                    continue;
                if (auto done = run(sql); !done)
                    return fail(done.error());
            }
            // What SQL cannot do: fold the search keys with Unicode's rules.
            if (file.fileName().endsWith("_search.sql"_L1)) {
                if (auto refolded = AccountStore(*this).refoldSearchKeys(); !refolded)
                    return refolded;
            }
            if (version == 1) {
                if (auto created = run(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s); !created)
                    return fail(created.error());
                if (auto inserted = run(u"INSERT INTO schema_version VALUES (1)"_s); !inserted)
                    return fail(inserted.error());
            } else if (auto updated = run(u"UPDATE schema_version SET version = ?"_s, {version}); !updated) {
                return fail(updated.error());
            }
            qCInfo(lcDb) << "migrated" << m_displayName << "to schema" << version;
        }
        return {};
    });
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

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(classify(query.lastError(), sql));
    for (const QVariant &value : values) {
        // Drivers bind a null QString as SQL NULL; an empty text is what callers mean by it.
        // A deliberate NULL is an invalid QVariant().
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return fail(classify(query.lastError(), sql));
    return query;
}

Result<void> Database::begin()
{
    // IMMEDIATE takes the write lock at once, so the busy timeout applies instead of a deadlock.
    return succeeded(run(u"BEGIN IMMEDIATE"_s));
}

Result<void> Database::commit()
{
    return succeeded(run(u"COMMIT"_s));
}

void Database::rollback()
{
    if (auto done = run(u"ROLLBACK"_s); !done)
        qCWarning(lcDb) << "rollback failed";
}

Error Database::classify(const QSqlError &error, const QString &context)
{
    qCWarning(lcDb).noquote() << "database error" << error.nativeErrorCode() << error.databaseText()
                              << error.driverText() << "in:" << context.simplified().left(200);
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (native & 0xff) : -1;
    const QString text = error.databaseText();
    switch (primary) {
    case SqliteConstraint:
        // SQLite names a column ("accounts.login_key") for a plain unique index, but only the index
        // ("index 'groups_sibling_name'") for an index on an expression.
        if (text.contains("accounts.login_key"_L1) || text.contains("accounts_login_key"_L1))
            return {Error::Code::LoginTaken, QString(), tr("That login is already taken.")};
        if (text.contains("groups_single_root"_L1))
            return {Error::Code::NotAllowed, QString(), tr("The database has a top group already.")};
        if (text.contains("groups_sibling_name"_L1) || (text.contains("groups."_L1) && text.contains("UNIQUE"_L1)))
            return {Error::Code::NameTaken, QString(), tr("A group with that name exists there already.")};
        if (text.contains("data lock"_L1))
            return {Error::Code::NotAllowed, Field::profile,
                    tr("The account is on a data-locked profile: it cannot be deleted, change profile or lose a "
                       "license.")};
        if (text.contains("append-only"_L1))
            return {Error::Code::NotAllowed, QString(), tr("The audit log cannot be changed or shortened.")};
        if (text.contains("UNIQUE"_L1) && text.contains("name_key"_L1))
            return {Error::Code::NameTaken, Field::groupName, tr("That name is taken here already.")};
        if (text.contains("FOREIGN KEY"_L1))
            return {Error::Code::NotAllowed, QString(), tr("Something it refers to was changed or removed meanwhile.")};
        return {Error::Code::Invalid, QString(), tr("The database refused a value that breaks one of its rules.")};
    case SqliteBusy:
    case SqliteLocked:
        return {Error::Code::DatabaseBusy, QString(),
                tr("The database is busy with another program's change. Try again in a moment; nothing was lost.")};
    case SqliteFull:
        return {Error::Code::DatabaseFull, QString(),
                tr("The disk holding the database is full. Free some space and try again; nothing was lost.")};
    case SqliteReadOnly:
        return {Error::Code::DatabaseReadOnly, QString(),
                tr("The database file cannot be written (it is read-only). Nothing was changed.")};
    case SqliteIoErr:
    case SqliteCantOpen:
    case SqliteNoMem:
        return {Error::Code::ConnectionLost, QString(),
                tr("The database file could not be read or written. Check the disk and try again.")};
    case SqliteCorrupt:
    case SqliteNotADb:
        return {Error::Code::CannotOpen, QString(), tr("The database file is damaged or not a database.")};
    default:
        return {Error::Code::Internal, QString(),
                tr("The database could not do that. Details are in the console's log.")};
    }
}

} // namespace bc
