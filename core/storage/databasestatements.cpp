#include "core/storage/databasestatements.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/platform/environment.h"
#include "core/platform/logging.h"
#include "core/storage/errorclassification.h"
#include "core/storage/postgresdriver.h"
#include "core/storage/postgrespipeline.h"
#include "core/storage/preparedstatements.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include <cxxabi.h>
#include <execinfo.h>

using namespace Qt::StringLiterals;

// Running statements: binding values, sending them the way each backend takes them best, and
// turning a driver error into the user's.
namespace bc {

namespace {

using Backend = DatabaseAddress::Backend;

} // namespace

Result<void> succeeded(const Result<QSqlQuery> &result)
{
    if (!result)
        return fail(result.error());
    return {};
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QString likeLiteral(const QString &text)
{
    QString literal = text;
    return literal.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
}

QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    return u'"' + phrase.replace(u'"', u"\"\""_s) + u'"';
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

Result<void> writeDatabaseSetting(const Database &db, const QString &key, const QString &value)
{
    // MariaDB knows no ON CONFLICT; a setting is one row, so delete and insert does the same.
    if (auto removed = db.run(u"DELETE FROM database_settings WHERE \"key\" = ?"_s, {key}); !removed)
        return fail(removed.error());
    return succeeded(db.run(u"INSERT INTO database_settings (\"key\", value) VALUES (?, ?)"_s, {key, value}));
}

IdList idList(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {u"?"_s, {qint64(-1)}};
    return {placeholders(ids.size()), QVariantList(ids.cbegin(), ids.cend())};
}

IdList valueList(const Database &db, const QVariantList &values)
{
    if (values.isEmpty())
        return {u"NULL"_s, {}};
    if (db.backend() != DatabaseAddress::Backend::Sqlite)
        return {placeholders(values.size()), values};
    return {u"SELECT value FROM json_each(?)"_s,
            {QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(values)).toJson(QJsonDocument::Compact))}};
}

Result<void> Database::execute(const QString &sql) const
{
    // Unprepared: transaction control, session settings and trigger bodies cannot be prepared
    // everywhere (PostgreSQL prepares no BEGIN).
    return succeeded(perform(sql, {}, false));
}

Result<void> Database::change(const QString &sql, const QVariantList &values, const Error &missing) const
{
    return runKept(sql, values, [&missing](QSqlQuery &query) -> Result<void> {
        if (query.numRowsAffected() == 0)
            return fail(missing);
        return {};
    });
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values) const
{
    // PostgreSQL has no last insert id for tables without OIDs; RETURNING gives the id everywhere else.
    if (m_address.backend == Backend::PostgreSql) {
        auto query = run(sql + u" RETURNING id"_s, values);
        if (!query)
            return fail(query.error());
        if (!query->next())
            return fail(internalError());
        return query->value(0).toLongLong();
    }
    qint64 id = 0;
    auto inserted = runKept(sql, values, [&id](QSqlQuery &query) -> Result<void> {
        id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!inserted)
        return fail(inserted.error());
    return id;
}

Result<void> insertRows(const Database &db, const QString &head, const QList<QVariantList> &rows)
{
    return insertRows(head, rows,
                      [&db](const QString &sql, const QVariantList &values) { return db.runLater(sql, values); });
}

Error Database::internalError()
{
    return {Error::Code::Internal, QString(), tr("The database could not do that. Details are in the console's log.")};
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

void Database::checkThread(const QString &sql) const
{
    static const bool enabled = qEnvironmentVariableIntValue(Environment::checkGuiThread.data()) == 1;
    if (!enabled || m_options.testFixture)
        return;
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread() || !app->inherits("QGuiApplication"))
        return;
    // The calls that led here name the widget or model that asked; the executable exports its
    // symbols in test builds so that they have names.
    QString calls;
    std::array<void *, 48> frames {};
    const int depth = ::backtrace(frames.data(), static_cast<int>(frames.size()));
    const std::unique_ptr<char *, decltype(&std::free)> symbols(::backtrace_symbols(frames.data(), depth), &std::free);
    for (int i = 1; symbols && i < depth; ++i) {
        QByteArray frame(symbols.get()[i]);
        // "binary(mangled+0x12) [0x…]": the mangled name demangled, when there is one.
        const qsizetype open = frame.indexOf('('), plus = frame.indexOf('+', open);
        if (open >= 0 && plus > open + 1) {
            const QByteArray mangled = frame.mid(open + 1, plus - open - 1);
            int status = 0;
            const std::unique_ptr<char, decltype(&std::free)> name(
                abi::__cxa_demangle(mangled.constData(), nullptr, nullptr, &status), &std::free);
            if (status == 0 && name)
                frame = name.get();
        }
        calls += u"\n    "_s + QString::fromUtf8(frame);
    }
    qFatal("Database statement on the GUI thread: %s\nCalled from:%s", qPrintable(sql.simplified().left(120)),
           qPrintable(calls));
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    return perform(sql, values, true);
}

Result<void> Database::runKept(const QString &sql, const QVariantList &values,
                               const std::function<Result<void>(QSqlQuery &rows)> &take) const
{
    const bool keeps = m_address.backend != Backend::PostgreSql;
    auto query = perform(sql, values, true, keeps);
    if (!query)
        return fail(query.error());
    Result<void> taken = take ? take(*query) : Result<void>();
    if (keeps)
        m_prepared->keep(sql, std::move(*query), m_generation);
    return taken;
}

Result<QSqlQuery> Database::perform(const QString &sql, const QVariantList &values, bool prepared, bool kept) const
{
    checkThread(sql);
    if (m_signInEnded)
        return fail(*m_signInEnded);
    // QT_LOGGING_RULES="console.perf.debug=true" lists every statement with the time it took: the
    // round trips an action costs.
    if (auto answered = readAhead(); !answered)
        return fail(answered.error());
    QElapsedTimer took;
    if (lcPerf().isDebugEnabled())
        took.start();
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query = kept ? m_prepared->take(sql, connection(), m_generation) : QSqlQuery(connection());
        query.setForwardOnly(true);
        bool done = false;
        bool firstOfTransaction = false; // the message that opens the transaction on the server
        QString failed = sql; // the statement an error is about
        const qsizetype unpreparable = m_pipeline->unpreparableCount();
        if (m_address.backend == Backend::PostgreSql) {
            // The values are written as literals (the driver's formatValue()) into the statement, or
            // into an EXECUTE of a statement this connection keeps prepared (preparedName()): one
            // round trip, where Qt's QPSQL sent PREPARE, EXECUTE and DEALLOCATE.
            auto text = prepared ? postgresStatement(sql, values) : Result<QString>(sql);
            if (!text)
                return fail(text.error());
            firstOfTransaction = m_inTransaction && !m_transactionSent;
            const bool front = !m_inTransaction || firstOfTransaction;
            m_transactionSent = true;
            QElapsedTimer answered;
            answered.start();
            done = m_pipeline->send(query, *text, &failed, front);
            if (done)
                m_quickestAnswer = std::min(m_quickestAnswer, answered.nsecsElapsed());
        } else if (!prepared) {
            done = query.exec(sql);
        } else if (query.lastQuery() == sql || query.prepare(sql)) {
            // By position: a query kept prepared has the values of its last run bound.
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(static_cast<int>(i), bindable(values.at(i)));
            done = query.exec();
        }
        if (done) {
            m_answered.start();
            if (took.isValid())
                qCDebug(lcPerf).noquote() << "statement," << took.elapsed() << "ms:" << sql.simplified().left(200);
            return query;
        }
        Error error = classify(query.lastError(), failed);
        // A statement outside a transaction is whole or not at all: after a dropped connection it
        // can be sent again once the connection is back. Inside one, the caller starts over. (Asked
        // first: a statement whose PREPARE met the dropped connection seems unpreparable too.)
        if (error.code == Error::Code::ConnectionLost && isServer() && !m_inTransaction && !m_reconnecting
            && attempt == 0) {
            auto again = reconnect();
            if (again)
                continue;
            if (again.error().code == Error::Code::NotAllowed)
                return fail(again.error());
        }
        // A statement PostgreSQL cannot prepare (a value of no known type) runs as text from now
        // on; outside a transaction it is sent again at once.
        if (m_pipeline->unpreparableCount() > unpreparable && failed == sql && !m_inTransaction && attempt == 0)
            continue;
        if (firstOfTransaction && resendsBegin(error, attempt))
            continue;
        return fail(error);
    }
}

Result<void> Database::readTogether(const QList<Read> &reads) const
{
    if (reads.isEmpty())
        return {};
    if (m_address.backend != Backend::PostgreSql || reads.size() == 1) {
        for (const Read &statement : reads) {
            if (auto taken = runKept(statement.sql, statement.values, statement.read); !taken)
                return taken;
        }
        return {};
    }
    for (const Read &statement : reads)
        checkThread(statement.sql);
    if (m_signInEnded)
        return fail(*m_signInEnded);
    if (auto answered = readAhead(); !answered)
        return answered;
    QElapsedTimer took;
    if (lcPerf().isDebugEnabled())
        took.start();
    for (int attempt = 0;; ++attempt) {
        QStringList texts;
        for (const Read &statement : reads) {
            auto text = postgresStatement(statement.sql, statement.values);
            if (!text)
                return fail(text.error());
            texts.append(*text);
        }
        // One simple-protocol message: the server answers each statement in turn, and its answers
        // are the query's results, one after another.
        QSqlQuery rows(connection());
        rows.setForwardOnly(true);
        QString failed = reads.constFirst().sql;
        const qsizetype unpreparable = m_pipeline->unpreparableCount();
        const bool firstOfTransaction = m_inTransaction && !m_transactionSent;
        m_transactionSent = true;
        QElapsedTimer answered;
        answered.start();
        if (m_pipeline->send(rows, texts.join(u";\n"_s), &failed, !m_inTransaction || firstOfTransaction)) {
            m_quickestAnswer = std::min(m_quickestAnswer, answered.nsecsElapsed());
            m_answered.start();
            if (took.isValid())
                qCDebug(lcPerf).noquote()
                    << "statements," << took.elapsed() << "ms:" << reads.size()
                    << "read together, the first:" << reads.constFirst().sql.simplified().left(160);
            for (qsizetype i = 0; i < reads.size(); ++i) {
                if (i > 0 && !rows.nextResult())
                    return fail(classify(rows.lastError(), reads.at(i).sql));
                if (auto taken = reads.at(i).read(rows); !taken)
                    return taken;
            }
            return {};
        }
        const Error error = classify(rows.lastError(), failed);
        // As perform(): sent again once when the server refused to prepare a statement or the
        // connection dropped, outside a transaction (reads change nothing).
        if (attempt == 0 && !m_inTransaction && error.code == Error::Code::ConnectionLost && !m_reconnecting) {
            auto again = reconnect();
            if (again)
                continue;
            if (again.error().code == Error::Code::NotAllowed)
                return fail(again.error());
        }
        if (attempt == 0 && !m_inTransaction && m_pipeline->unpreparableCount() > unpreparable)
            continue;
        if (firstOfTransaction && resendsBegin(error, attempt))
            continue;
        return fail(error);
    }
}

Result<void> Database::runLater(const QString &sql, const QVariantList &values) const
{
    if (m_address.backend != Backend::PostgreSql || !m_inTransaction)
        return runKept(sql, values);
    auto text = postgresStatement(sql, values);
    if (!text)
        return fail(text.error());
    m_pipeline->queue(*text, sql);
    if (!m_transactionSent)
        ++m_writesBeforeFirstMessage;
    return {};
}

void Database::sendAhead() const
{
    // The transaction's first message (the batch's read) answered within 5 ms: a local network
    // (a server 150 ms away answers in 300 at the least).
    constexpr qint64 quickLink = 5'000'000;
    if (m_address.backend != Backend::PostgreSql || !m_inTransaction || !m_transactionSent || m_aheadError
        || m_pipeline->queuedCount() == 0 || m_quickestAnswer > quickLink)
        return;
    auto *driver = qobject_cast<PostgresDriver *>(connection().driver());
    if (!driver)
        return;
    // One message at a time: the answer to the last one first (in by now, or nearly). After an
    // error nothing more goes; the error waits for the next statement.
    if (m_aheadSent) {
        if (auto answered = readAhead(); !answered) {
            m_aheadError = answered.error();
            return;
        }
    }
    // Unsent (the connection broke), the statements' failure is the answer readAhead() reads.
    driver->sendAhead(m_pipeline->takeAhead());
    m_aheadSent = true;
}

Result<void> Database::readAhead() const
{
    if (m_aheadError)
        return fail(*std::exchange(m_aheadError, std::nullopt));
    if (!std::exchange(m_aheadSent, false))
        return {};
    auto *driver = qobject_cast<PostgresDriver *>(connection().driver());
    const PostgresDriver::AheadAnswer answer = driver ? driver->takeAhead() : PostgresDriver::AheadAnswer();
    QString failed;
    const bool ran = m_pipeline->aheadAnswered(answer.ran, &failed);
    if (ran && !answer.error.isValid()) {
        m_answered.start();
        return {};
    }
    return fail(classify(answer.error, failed));
}

void Database::listenWithNextStatement(const QString &channel) const
{
    if (m_address.backend != Backend::PostgreSql)
        return;
    // A transaction of its own, so that a statement after it in the message that fails does not
    // take it back, and so that it holds before the statements after it read anything.
    const QString listen = u"LISTEN "_s + connection().driver()->escapeIdentifier(channel, QSqlDriver::TableName);
    m_pipeline->queueFront({u"BEGIN"_s, listen, u"COMMIT"_s});
}

bool Database::hasStatementsWaiting() const
{
    return m_address.backend == Backend::PostgreSql && (m_pipeline->hasFront() || m_pipeline->queuedCount() > 0);
}

Result<QString> Database::postgresStatement(const QString &sql, const QVariantList &values) const
{
    const QString text = m_pipeline->statement(sql, values, *connection().driver(), m_generation);
    if (text.isNull()) {
        qCCritical(lcDb).noquote() << "placeholders and values differ in number:" << sql;
        return fail(internalError());
    }
    return text;
}

Error Database::classify(const QSqlError &error, const QString &context) const
{
    return classify(error, context, m_address.backend);
}

Error Database::classify(const QSqlError &error, const QString &context, DatabaseAddress::Backend backend)
{
    const QString code = error.nativeErrorCode();
    Error classified = ErrorClassification::toError(backend, code, error.databaseText());
    // SQLite's busy lock is asked for again and again while another connection writes (begin(),
    // every half millisecond: thousands of lines a minute beside an import); its caller says when
    // it gave up. A server's lock timeout (one wait) stays a warning.
    if (classified.code == Error::Code::DatabaseBusy && backend == DatabaseAddress::Backend::Sqlite)
        qCDebug(lcDb).noquote() << "database busy" << code << error.databaseText()
                                << "in:" << context.simplified().left(200);
    else
        qCWarning(lcDb).noquote() << "database error" << code << error.databaseText() << error.driverText()
                                  << "in:" << context.simplified().left(200);
    return classified;
}

} // namespace bc
