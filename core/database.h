#pragma once

#include "databaseaddress.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlError;

namespace bc {

// Drops the query of a successful statement, keeps the error of a failed one.
inline Result<void> succeeded(const Result<QSqlQuery> &result)
{
    if (!result)
        return fail(result.error());
    return {};
}

// One open connection to the console's database, with its schema migrated.
// The only class that talks to QtSql directly besides the stores, which hand it their SQL.
// A Database lives in the thread that opened it (QtSql's rule).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(bc::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    ~Database();

    struct OpenOptions
    {
        // The server's password (PostgreSQL, MariaDB); empty lets libpq use PGPASSWORD/.pgpass.
        QString password;
        // Asked before an existing database of an older schema is migrated (from, to); false
        // leaves it untouched and open() fails. Unset: migrate without asking (CLI, tests).
        std::function<bool(int from, int to)> confirmMigration;
    };

    // `location` is anything DatabaseAddress::parse() reads: a file path, sqlite://,
    // postgresql:// or mariadb://. SQLite: creates the file and its folder if missing, turns on
    // foreign keys, WAL and a busy timeout. Every backend: migrates the schema.
    static Result<std::unique_ptr<Database>> open(const QString &location, const OpenOptions &options = {});
    static Result<std::unique_ptr<Database>> open(const DatabaseAddress &address, const OpenOptions &options = {});

    // The default database file of this user (QStandardPaths), or BACKUP_CONSOLE_DATABASE.
    static QString defaultLocation();

    static int schemaVersion();

    // What a person recognises the database by (file path).
    QString displayName() const { return m_displayName; }
    // What open() was given, as an absolute file path: open() it again for a second connection
    // (one per thread).
    QString location() const { return m_location; }
    QSqlDatabase connection() const;

    // Prepares, binds positionally and executes; the error is classified, the driver text logged.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;

    // Runs a statement that must change a row; `missing` is the error when it changed none.
    Result<void> change(const QString &sql, const QVariantList &values, const Error &missing) const;

    // Runs `work` in one write transaction; commits when it succeeds, rolls back otherwise.
    template<typename Work> auto write(Work &&work) -> decltype(work())
    {
        if (auto begun = begin(); !begun)
            return fail(begun.error());
        auto result = work();
        if (!result) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed) {
            rollback();
            return fail(committed.error());
        }
        return result;
    }

    // Turns a driver error into an Error for the user; the driver text goes to the log only.
    static Error classify(const QSqlError &error, const QString &context);

private:
    explicit Database(QString connectionName, QString displayName, QString location);
    Result<void> configure();
    Result<void> migrate();
    Result<void> enableWriteAheadLog();
    bool isWriteAheadLog() const;
    Result<void> begin();
    Result<void> commit();
    void rollback();

    QString m_connectionName;
    QString m_displayName;
    QString m_location;
};

} // namespace bc
