#include "core/storage/postgrespipeline.h"

#include "core/platform/logging.h"
#include "core/storage/database.h"
#include "core/storage/databasestatements.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bc {

QString PostgresPipeline::statement(const QString &sql, const QVariantList &values, const QSqlDriver &driver,
                                    int generation)
{
    const QString name = preparedName(sql, values.size(), generation);
    if (name.isEmpty())
        return withLiterals(sql, values, driver);
    if (values.isEmpty())
        return u"EXECUTE "_s + name;
    return withLiterals(u"EXECUTE "_s + name + u"("_s + placeholders(values.size()) + u")"_s, values, driver);
}

void PostgresPipeline::queue(const QString &text, const QString &sql)
{
    m_pending.append({text, sql, QString()});
}

void PostgresPipeline::queueFront(const QStringList &texts)
{
    for (const QString &text : texts)
        m_front.append({text, text, QString()});
}

void PostgresPipeline::dropQueued()
{
    for (const Pending &statement : std::exchange(m_pending, {})) {
        if (!statement.prepares.isEmpty())
            m_prepared.remove(statement.prepares);
    }
}

bool PostgresPipeline::send(QSqlQuery &query, const QString &text, QString *failed, bool front)
{
    if (m_pending.isEmpty() && (!front || m_front.isEmpty()))
        return query.exec(text);
    // One simple-protocol message: the server runs the statements in order and answers each; the
    // first that fails ends the message, and so the transaction.
    QList<Pending> pending = front ? std::exchange(m_front, {}) : QList<Pending>();
    pending += std::exchange(m_pending, {});
    QString batch;
    for (const Pending &statement : pending)
        batch += statement.text + u";\n"_s;
    batch += text;
    qsizetype done = query.exec(batch) ? 1 : 0;
    while (done > 0 && done <= pending.size() && query.nextResult())
        ++done;
    if (done > pending.size())
        return true;
    notRun(pending, done, failed);
    return false;
}

void PostgresPipeline::notRun(const QList<Pending> &message, qsizetype done, QString *failed)
{
    // The statements from the one that failed on did not run: what they prepared is not there.
    if (done < message.size()) {
        *failed = message.at(done).logged;
        if (!message.at(done).prepares.isEmpty()) {
            qCWarning(lcDb).noquote() << "PostgreSQL cannot prepare:" << message.at(done).prepares;
            m_unpreparable.insert(message.at(done).prepares);
        }
    }
    for (qsizetype i = done; i < message.size(); ++i) {
        if (!message.at(i).prepares.isEmpty())
            m_prepared.remove(message.at(i).prepares);
    }
}

QString PostgresPipeline::takeAhead()
{
    m_ahead = std::exchange(m_pending, {});
    QStringList texts;
    texts.reserve(m_ahead.size());
    for (const Pending &statement : std::as_const(m_ahead))
        texts.append(statement.text);
    return texts.join(u";\n"_s);
}

bool PostgresPipeline::aheadAnswered(qsizetype ran, QString *failed)
{
    const QList<Pending> message = std::exchange(m_ahead, {});
    if (ran >= message.size())
        return true;
    notRun(message, ran, failed);
    return false;
}

namespace {

// `sql` with each ? placeholder outside quoted literals ('…') and names ("…") replaced by
// write(its index); the number of placeholders goes to `count`.
template<typename Write> QString replacePlaceholders(const QString &sql, qsizetype *count, Write write)
{
    QString text;
    text.reserve(sql.size() + 16);
    qsizetype next = 0;
    QChar quote; // inside '…' or "…" until the same character closes it
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            text.append(c);
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            text.append(c);
        } else if (c == u'?') {
            text.append(write(next++));
        } else {
            text.append(c);
        }
    }
    *count = next;
    return text;
}

} // namespace

QString PostgresPipeline::withLiterals(const QString &sql, const QVariantList &values, const QSqlDriver &driver)
{
    qsizetype count = 0;
    QString text = replacePlaceholders(sql, &count, [&](qsizetype index) {
        if (index >= values.size())
            return QString();
        // As the driver writes a bound value: a field of the value's type.
        const QVariant value = Database::bindable(values.at(index));
        QSqlField field(QString(), value.metaType());
        if (value.isNull())
            field.clear();
        else
            field.setValue(value);
        return driver.formatValue(field);
    });
    return count == values.size() ? text : QString();
}

QString PostgresPipeline::numbered(const QString &sql, qsizetype *count)
{
    return replacePlaceholders(sql, count, [](qsizetype index) { return u"$%1"_s.arg(index + 1); });
}

QString PostgresPipeline::preparedName(const QString &sql, qsizetype values, int generation)
{
    // A statement is parsed and planned by the server each time it is sent as text: about as
    // long as the round trip itself. One this connection runs a second time is prepared once
    // (the PREPARE travels with its first EXECUTE) and then sent as EXECUTE; statements with
    // values written into their text (lists of ids) are mostly run once and not worth a PREPARE
    // and its memory on the server. Nor is a batch's statement with many values (an IN list of a
    // batch's logins, a multi-row INSERT): planning it costs little beside running it, and a
    // custom plan sees its values, where a generic plan made while a table was small (the first
    // batches of an import into a new database) kept scanning that table as it grew: 220 ms a
    // batch at 20,000 accounts, instead of 1 ms through its index.
    constexpr qsizetype maxPrepared = 200;
    constexpr qsizetype maxRunOnce = 2000;
    constexpr qsizetype maxPreparedValues = 64;
    if (values > maxPreparedValues)
        return QString();
    if (m_preparedGeneration != generation) {
        // A new connection: the server forgot what the old one prepared.
        m_prepared.clear();
        m_runOnce.clear();
        m_preparedGeneration = generation;
    }
    if (const auto found = m_prepared.constFind(sql); found != m_prepared.cend())
        return *found;
    static const QRegularExpression preparable(u"^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|VALUES)\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    if (!preparable.match(sql).hasMatch() || m_unpreparable.contains(sql))
        return QString();
    if (!m_runOnce.contains(sql)) {
        if (m_runOnce.size() >= maxRunOnce)
            m_runOnce.clear();
        m_runOnce.insert(sql);
        return QString();
    }
    qsizetype placeholders = 0;
    const QString body = numbered(sql, &placeholders);
    if (placeholders != values)
        return QString(); // statement() finds the mismatch too
    if (m_prepared.size() >= maxPrepared) {
        m_pending.append({u"DEALLOCATE ALL"_s, u"DEALLOCATE ALL"_s, QString()});
        m_prepared.clear();
    }
    const QString name = u"bc_%1"_s.arg(++m_preparedCount);
    m_pending.append({u"PREPARE "_s + name + u" AS "_s + body, sql, sql});
    m_runOnce.remove(sql);
    m_prepared.insert(sql, name);
    return name;
}

} // namespace bc
