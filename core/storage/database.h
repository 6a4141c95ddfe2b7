#pragma once

#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QVariantList>

#include <functional>
#include <limits>
#include <memory>

// QtSql stays inside core/storage: the statement API below names its types, and the stores that
// use it include core/storage/databasestatements.h, which brings QtSql along.
class QSqlDatabase;
class QSqlDriver;
class QSqlError;
class QSqlQuery;

namespace bc {

class PostgresPipeline;
class PreparedStatements;

// One open connection to the console's database, with its schema migrated.
// The only class that talks to QtSql directly besides the stores, which hand it their SQL.
// A Database lives in the thread that opened it (QtSql's rule). Outside core/storage it is opened,
// passed to the stores and services, and asked what it is connected to; its statements are the
// stores' business (core/storage/databasestatements.h).
//
// Its work is spread by concern: connecting and reconnecting in database.cpp, statements in
// databasestatements.cpp, transactions and change marks in databasetransactions.cpp; migrations,
// error classification and PostgreSQL's statement pipeline have classes of their own.
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
        // Migrate no further than this schema version (0: the latest). For tests of upgrades.
        int stopAtSchema = 0;
        // The GUI thread never waits on a database: with BACKUP_CONSOLE_CHECK_GUI_THREAD=1 (the
        // test suite sets it), a statement run on the GUI thread of a graphical program stops it
        // with a message naming the statement and the calls that led there, as Qt's own thread
        // checks do. Except on this connection: a test's own, to set up and inspect data beside
        // the UI.
        bool testFixture = false;
        // PostgreSQL, an address that names no user: connect as this operator's own database role
        // (OperatorRoles::roleName) with the operator's password. Ignored elsewhere.
        QString operatorLogin;
        QString operatorPassword;
    };

    // `location` is anything DatabaseAddress::parse() reads: a file path, sqlite://,
    // postgresql:// or mariadb://. SQLite: creates the file and its folder if missing, turns on
    // foreign keys, WAL and a busy timeout. Every backend: migrates the schema.
    static Result<std::unique_ptr<Database>> open(const QString &location, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const DatabaseAddress &address, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const QString &location) { return open(location, OpenOptions()); }
    static Result<std::unique_ptr<Database>> open(const DatabaseAddress &address)
    {
        return open(address, OpenOptions());
    }

    // The default database file of this user (QStandardPaths), or BACKUP_CONSOLE_DATABASE.
    static QString defaultLocation();

    // The schema version this console writes (Migrations::latest()).
    static int schemaVersion();

    // Every writer of a PostgreSQL database takes this advisory lock first, so that writes are
    // serialised as they are on SQLite (BEGIN IMMEDIATE): a rule checked in a transaction still
    // holds at its commit. (MariaDB: GET_LOCK on a name with the database's.)
    static constexpr qint64 writerLockKey = 0x62636f6e736f6c65; // "bconsole"
    // How long a writer waits for that lock before it hears "busy", as on SQLite.
    static constexpr int writerLockSeconds = 10;

    // What a person recognises the database by (file path, or database on server).
    QString displayName() const { return m_displayName; }
    // What open() was given, as an absolute file path or a URL without password: open() it
    // again, with openOptions(), for a second connection (one per thread).
    QString location() const { return m_location; }
    // The login of the operator signed in on this connection, whom the audit log names (AuditStore);
    // empty while nobody is (a database without operators).
    const QString &actingOperator() const { return m_actingOperator; }
    void setActingOperator(const QString &login) { m_actingOperator = login; }
    // The batch the audit entries written now belong to (AuditBatchScope); empty: none.
    const QString &auditBatch() const { return m_auditBatch; }
    void setAuditBatch(const QString &batch) { m_auditBatch = batch; }
    const DatabaseAddress &address() const { return m_address; }
    DatabaseAddress::Backend backend() const { return m_address.backend; }
    bool isServer() const { return m_address.isServer(); }
    // Whether this connection is an operator's own database role (OpenOptions::operatorLogin):
    // row-level security shows it its groups only, and it reads what it may not see (a login
    // taken elsewhere, its own sign-in facts) through the database's definer functions.
    bool isOperatorRole() const { return !m_options.operatorLogin.isEmpty(); }
    // PostgreSQL, an operator's role whose second factor this connection verified: the key
    // (bc_issue_session_key) with which the session's further connections, and this one when it
    // connects again, are verified too (bc_resume_session). Kept in this process's memory only.
    void shareVerification(const QString &sessionKey);
    // Forgets that key (the operator signed out): a further connection needs the code again.
    // Returns the key it forgot (empty when there was none), for revokeSessionKey(). Unless
    // `keyOnly`, also who signed in at `address` (keyOnly: another operator signed in there since,
    // whose sign-in stays).
    static QString forgetVerification(const DatabaseAddress &address, const QString &operatorLogin,
                                      bool keyOnly = false);
    // Ends `sessionKey` on the server too (bc_revoke_session_key, 0024), on a connection of the
    // operator that took it: it verifies no further connection, nor the ones it verified.
    Result<void> revokeSessionKey(const QString &sessionKey) const;
    // What this connection was opened with (the password included), for a second connection.
    OpenOptions openOptions() const { return m_options; }
    QSqlDatabase connection() const;
    // Counts the times the connection was opened again after it was lost; whoever keeps state in
    // the connection (notification subscriptions) renews it when this changes.
    int connectionGeneration() const { return m_generation; }
    // Whether the server answered a statement in the last `ms` milliseconds: the connection is
    // known to be alive without asking again.
    bool answeredWithin(int ms) const { return m_answered.isValid() && !m_answered.hasExpired(ms); }

    // Prepares, binds positionally and executes (on PostgreSQL: the values written into the
    // statement as the driver's literals, withLiterals()); the error is classified, the driver
    // text logged.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;

    // As run(), for a statement whose rows `take` reads before this returns (or which has none):
    // on SQLite and MariaDB the statement stays prepared for the next run of the same text. The
    // statements run many times in a row (one per account of an import) take this way.
    Result<void> runKept(const QString &sql, const QVariantList &values,
                         const std::function<Result<void>(QSqlQuery &rows)> &take = {}) const;

    // What the user reads when a statement did not do what it must (the details go to the log).
    static Error internalError();

    // A value as run() binds it (empty text for a null QString, 0/1 for a bool).
    static QVariant bindable(const QVariant &value);
    // Runs a statement whose only outcome is success or failure (a row for a log or a queue). In a
    // transaction on PostgreSQL it travels with the next statement, the COMMIT at the latest: a
    // round trip fewer. Its error then surfaces there, and the transaction fails all the same.
    Result<void> runLater(const QString &sql, const QVariantList &values) const;

    // PostgreSQL: LISTEN on `channel`, sent in front of the next statement that does not continue
    // a transaction (a round trip fewer than on its own), committed before it runs. A rollback
    // keeps it waiting; a new connection drops it (whoever listens renews it then:
    // connectionGeneration()). Elsewhere nothing.
    void listenWithNextStatement(const QString &channel) const;
    // PostgreSQL: whether statements wait to travel with the next one (listenWithNextStatement(),
    // runLater()).
    [[nodiscard]] bool hasStatementsWaiting() const;
    // PostgreSQL, in a write transaction whose first message went out: sends what runLater()
    // queued now, without waiting for the server's answer, so that the server runs it while this
    // thread prepares what comes next (a bulk action's audit entries while its accounts change).
    // The answer is read, and an error in it surfaces, with the next statement, the COMMIT at the
    // latest; a second sendAhead() reads it before it sends. Only over a quick link: the next
    // message waits for that answer (libpq's simple protocol takes one message at a time), a round
    // trip that over a slow link costs more than the server's work. Elsewhere nothing: runLater()
    // ran them already.
    void sendAhead() const;

    // A statement that reads, and what takes its rows. `read` only reads the rows: it runs no
    // statement of its own.
    struct Read
    {
        QString sql;
        QVariantList values;
        std::function<Result<void>(QSqlQuery &rows)> read;
    };
    // Reads that need nothing from one another's answer: on PostgreSQL they travel in one message,
    // one round trip for all; elsewhere they run one after another. Each `read` takes its rows in
    // turn; the first statement or reader that fails ends it.
    Result<void> readTogether(const QList<Read> &reads) const;

    // Runs an INSERT and gives the id of the new row.
    Result<qint64> insert(const QString &sql, const QVariantList &values) const;

    // Runs a statement that must change a row; `missing` is the error when it changed none.
    Result<void> change(const QString &sql, const QVariantList &values, const Error &missing) const;

    // Runs `work` in one write transaction; commits when it succeeds, rolls back otherwise.
    // On a server every writer takes one lock first, so writes are serialised as on SQLite.
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
    // Driver error codes mean different things per backend, hence the backend.
    static Error classify(const QSqlError &error, const QString &context, DatabaseAddress::Backend backend);
    Error classify(const QSqlError &error, const QString &context) const;

    // SQLite and MariaDB: whether another connection committed a change since the last call (the
    // first call says false). This connection's own commits are not news. PostgreSQL: see
    // ChangeWatcher (notifications).
    Result<bool> changedElsewhere() const;

    // How many write transactions this connection committed: whoever keeps an answer that a
    // change may end (ActingOperator) notes it and asks again once it moved.
    [[nodiscard]] quint64 commits() const { return m_commits; }

    // Opens the connection again if the server dropped it (restart, network). Never inside a
    // transaction. Fails with ConnectionLost while the server cannot be reached, and with
    // NotAllowed when it can but the operator's sign-in has ended meanwhile (its session key
    // expired): then nothing more runs on this connection, every statement failing with that.
    Result<void> reconnect() const;

private:
    friend class Migrations; // runs the schema changes under this connection's writer lock

    Database(QString connectionName, DatabaseAddress address, OpenOptions options);
    Result<void> openServer();
    // "The database server … cannot be reached": a server address that does not answer.
    Error unreachable() const;
    Result<void> configure() const;
    // Verifies a further connection of an operator's session with the key it shared
    // (shareVerification); NotAllowed when the database no longer takes it.
    Result<void> resumeSession() const;
    Result<void> execute(const QString &sql) const;
    // `kept`: the query is taken from m_prepared (SQLite, MariaDB), and runKept() gives it back
    // once its rows are read.
    Result<QSqlQuery> perform(const QString &sql, const QVariantList &values, bool prepared, bool kept = false) const;
    // Stops the program when `sql` is about to run where it must not (OpenOptions::testFixture).
    void checkThread(const QString &sql) const;
    Result<QString> postgresStatement(const QString &sql, const QVariantList &values) const;
    // PostgreSQL: reads the answer to what sendAhead() sent, if it has not been read; the error of
    // the statement that failed (once).
    Result<void> readAhead() const;
    Result<void> lockWriters() const;
    void unlockWriters() const;
    Result<qint64> changeCounter() const;
    Result<void> enableWriteAheadLog();
    bool isWriteAheadLog() const;
    Result<void> begin();
    // PostgreSQL: queues what opens a write transaction, to travel with its first statement.
    void queueBegin() const;
    // Whether a statement of the message that opened the transaction, which failed with `error`
    // at `attempt`, is sent again with the transaction opened anew on a new connection (the
    // connection was lost: nothing of the transaction is on the server).
    bool resendsBegin(const Error &error, int attempt) const;
    Result<void> commit();
    void rollback();

    QString m_connectionName;
    DatabaseAddress m_address;
    OpenOptions m_options;
    QString m_displayName;
    QString m_location;
    QString m_actingOperator;
    QString m_auditBatch;
    mutable int m_generation = 0;
    mutable bool m_inTransaction = false;
    // PostgreSQL: whether the open transaction's first message went out (begin() queues it).
    mutable bool m_transactionSent = true;
    // PostgreSQL: statements runLater() queued before the transaction's first message went out.
    mutable int m_writesBeforeFirstMessage = 0;
    // PostgreSQL: sendAhead() sent statements whose answer was not read yet (readAhead()).
    mutable bool m_aheadSent = false;
    // PostgreSQL: the error of statements sent ahead, read by sendAhead() before the next statement.
    mutable std::optional<Error> m_aheadError;
    // PostgreSQL: the quickest answer to a message of the open transaction, in nanoseconds: the
    // link's round trip at most, as it is now (sendAhead()).
    mutable qint64 m_quickestAnswer = std::numeric_limits<qint64>::max();
    mutable bool m_reconnecting = false;
    // Why nothing runs on this connection any more (reconnect()).
    mutable std::optional<Error> m_signInEnded;
    mutable QElapsedTimer m_answered; // since the last statement that succeeded
    // changedElsewhere(): the last change mark seen (SQLite's data_version, MariaDB's counter), and
    // on MariaDB whether a foreign change was noticed at the start of one of our transactions.
    mutable qint64 m_changeMark = -1;
    quint64 m_commits = 0;
    mutable bool m_foreignChange = false;
    // PostgreSQL: how statements travel to the server (PREPARE, EXECUTE, statements sent later).
    std::unique_ptr<PostgresPipeline> m_pipeline;
    // SQLite and MariaDB: the statements kept prepared (runKept()).
    std::unique_ptr<PreparedStatements> m_prepared;
};

// The audit entries written while it lives are one change of a person's, a batch that Edit → Undo
// takes back whole (0022_audit_batches.sql): one job of the console's worker, one command of the
// CLI. A scope inside another belongs to the outer one's batch.
class AuditBatchScope
{
    Q_DISABLE_COPY_MOVE(AuditBatchScope)

public:
    explicit AuditBatchScope(Database &database);
    ~AuditBatchScope();

private:
    Database &m_db;
    bool m_owns = false;
};

} // namespace bc
