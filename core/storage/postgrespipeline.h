#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDriver;
class QSqlQuery;

namespace bc {

// How statements travel to PostgreSQL with as few round trips as the protocol allows. Qt's QPSQL
// sent a prepared statement as PREPARE, then EXECUTE with the values written as literals, then
// DEALLOCATE: three round trips. Here the values are written into the statement itself, or into
// an EXECUTE of a statement this connection keeps prepared; a PREPARE, and a statement whose only
// outcome is success or failure, wait and travel with the next statement sent. One per connection.
class PostgresPipeline final
{
public:
    // The text to send for `sql` with `values` (written as `driver`'s literals): the statement
    // itself, or an EXECUTE of it prepared on the server (its PREPARE queued to travel first).
    // `generation` names the connection; a new one has nothing prepared. Null when the number of
    // placeholders and of values differ.
    QString statement(const QString &sql, const QVariantList &values, const QSqlDriver &driver, int generation);

    // Queues a statement (a text from statement()) to travel with the next one sent; `sql` is
    // what an error in it is about.
    void queue(const QString &text, const QString &sql);
    // Queues statements of a transaction of their own to travel at the front of the next message
    // that does not continue a transaction (send()'s `front`). Unlike queue()'s, a rollback does
    // not drop them; a new connection does (clearQueue()).
    void queueFront(const QStringList &texts);
    // Whether statements queued with queueFront() still wait.
    bool hasFront() const { return !m_front.isEmpty(); }
    // How many statements wait to travel.
    qsizetype queuedCount() const { return m_pending.size(); }

    // Sends the queued statements and `text` in one message: the server runs them in order, and
    // the first that fails ends the message. True when all ran; otherwise `failed` receives the
    // statement the error is about when it was a queued one. `front`: the message does not
    // continue a transaction, so queueFront()'s statements may go in front of it.
    bool send(QSqlQuery &query, const QString &text, QString *failed, bool front = false);

    // The queued statements as one text for PostgresDriver::sendAhead(), queued no longer; empty
    // when none wait. aheadAnswered() is told how they went.
    QString takeAhead();
    // How takeAhead()'s statements went: the first `ran` of them ran. True when all did; otherwise
    // `failed` receives the statement the error is about.
    bool aheadAnswered(qsizetype ran, QString *failed);

    // The queued statements, dropped unsent (the transaction was rolled back): what they would
    // have prepared is not there.
    void dropQueued();
    // The connection is being opened again: nothing queued travels on the new one.
    void clearQueue()
    {
        m_pending.clear();
        m_front.clear();
        m_ahead.clear();
    }

    // How many statements the server refused to prepare; they run as text from then on.
    qsizetype unpreparableCount() const { return m_unpreparable.size(); }

    // `sql` with each ? placeholder (not one inside a quoted literal or name) replaced by its
    // value, written as a literal by `driver` (QSqlDriver::formatValue); null when the number of
    // placeholders and of values differ.
    static QString withLiterals(const QString &sql, const QVariantList &values, const QSqlDriver &driver);
    // `sql` with its ? placeholders numbered as PostgreSQL's $1, $2, … (the same placeholders
    // withLiterals() fills); `count` receives how many there are.
    static QString numbered(const QString &sql, qsizetype *count);

private:
    QString preparedName(const QString &sql, qsizetype values, int generation);
    struct Pending;
    // The statements of a message from the one at `done` on did not run (`done` failed).
    void notRun(const QList<Pending> &message, qsizetype done, QString *failed);

    // The statements this connection prepared on the server (SQL → name).
    QHash<QString, QString> m_prepared;
    // Statements not sent yet, sent before the next one (runLater(), PREPARE).
    struct Pending
    {
        QString text; // as sent
        QString logged; // the statement an error is about
        QString prepares; // for a PREPARE: the SQL it prepares (a key of m_prepared)
    };
    QList<Pending> m_pending;
    QList<Pending> m_front; // queueFront()'s
    QList<Pending> m_ahead; // takeAhead()'s, until aheadAnswered()
    QSet<QString> m_runOnce; // run once so far: prepared if run again
    QSet<QString> m_unpreparable; // the server refused to PREPARE them
    int m_preparedGeneration = 0; // the connection m_prepared and m_runOnce belong to
    int m_preparedCount = 0;
};

} // namespace bc
