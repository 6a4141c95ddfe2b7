#pragma once

#include <QSqlDriver>
#include <QSqlError>

typedef struct pg_conn PGconn;

namespace bc {

// A QSqlDriver for PostgreSQL over libpq that asks the server nothing of its own.
//
// Qt's QPSQL driver sends five statements after every connection (the server's version, whether
// strings take backslash escapes, and three settings), each a round trip: over a link 150 ms away,
// 1.5 s of every opening and every reconnect. Here the encoding travels in the connection's startup
// message, and the date style comes from what the server reports while it accepts the connection
// (PQparameterStatus()); only a server set up with another one gets a SET. The literals of
// formatValue() need neither the version nor the backslash rule: a string with a backslash is an
// escape string, and bytea is hexadecimal in one.
//
// Values come back as QPSQL gives them (the same types for the same columns), and every literal
// reads back as the value it was written from, so the statements PostgresPipeline writes are
// unchanged.
// A forward-only query streams its rows (libpq's single-row mode); several statements in one
// exec() are several results, one after another (QSqlQuery::nextResult()). Prepared queries are
// left to QSqlResult, which writes the values into the text: Database never prepares on
// PostgreSQL (PostgresPipeline does, with PREPARE and EXECUTE).
class PostgresDriver final : public QSqlDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresDriver)

public:
    explicit PostgresDriver(QObject *parent = nullptr);
    ~PostgresDriver() override;

    // `options`: libpq connection parameters, "key=value" separated by ';' as QPSQL takes them.
    bool open(const QString &database, const QString &user, const QString &password, const QString &host, int port,
              const QString &options) override;
    void close() override;

    bool hasFeature(DriverFeature feature) const override;
    QSqlResult *createResult() const override;
    QVariant handle() const override; // the PGconn*, as QPSQL's

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;

    // The libpq connection; null while closed.
    PGconn *connection() const { return m_connection; }

    // Sends `statements` (one or more, separated by ';') now and returns without waiting for the
    // server's answer: the server runs them while the caller goes on. Their answer is read before
    // anything else is sent on this connection (takeAhead(), or the next statement). When they could
    // not be sent, takeAhead() gives that error.
    void sendAhead(const QString &statements);
    // What the server answered to the statements sendAhead() sent last, waiting for it if need be:
    // how many of them ran, and the error of the one that did not (none when all ran). Asked once.
    struct AheadAnswer
    {
        qsizetype ran = 0;
        QSqlError error;
    };
    AheadAnswer takeAhead();

private:
    friend class PostgresResult;

    // Runs a statement that returns no rows; false (and the error set) when it failed.
    bool command(const char *sql, const QString &what);
    // Reads and drops what the server still sends for the statements sent last, so that the next
    // may be sent; the result that was reading them learns that they are gone (m_sent). The answer
    // to sendAhead()'s statements is kept for takeAhead().
    void discardResults();

    PGconn *m_connection = nullptr;
    quint64 m_sent = 0; // how many messages were sent: a result knows whether the latest is its own
    bool m_aheadUnread = false; // sendAhead()'s answer is still on its way
    AheadAnswer m_ahead; // its answer, once read
};

} // namespace bc
