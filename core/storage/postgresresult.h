#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlResult>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace bc {

class PostgresDriver;

// One QSqlQuery's statement (or statements) on a PostgresDriver's connection, and what came back:
// every result set at once, or a forward-only query's rows one at a time (libpq's single-row mode).
class PostgresResult final : public QSqlResult
{
public:
    explicit PostgresResult(const PostgresDriver *driver);
    ~PostgresResult() override;

protected:
    bool reset(const QString &query) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    bool nextResult() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override { return {}; }
    void detachFromResultSet() override { cleanup(); }

private:
    PostgresDriver *owner() const;
    PGconn *connection() const;
    // Takes m_result as the current result set: true when it is one (rows or a command's outcome).
    bool takeResult();
    // The next row of a streamed result set; false at its end or on an error.
    bool receiveRow();
    void cleanup();
    int row() const { return m_streaming ? 0 : at(); }
    QSqlError error(const QString &text, QSqlError::ErrorType type) const;

    PGresult *m_result = nullptr;
    QList<PGresult *> m_later; // the result sets after m_result, when not streaming
    quint64 m_sent = 0; // the driver's m_sent when this result's statements went
    bool m_streaming = false; // rows come one at a time (forward-only: libpq's single-row mode)
    bool m_moreRows = false; // streaming, and the server has not said that the set ended
};

} // namespace bc
