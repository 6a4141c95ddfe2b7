#pragma once

// The statement API of Database for the stores in core/storage: Database::run() hands out a
// QSqlQuery, so this header brings QtSql along. Nothing outside core/storage includes it.

#include "core/storage/database.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <type_traits>

namespace bc {

// Drops the query of a successful statement, keeps the error of a failed one.
Result<void> succeeded(const Result<QSqlQuery> &result);

// Every row of a statement's result, each read by `read` (a function of the query standing on the
// row); the error of a failed statement.
template<typename Read>
auto readRows(Result<QSqlQuery> query, Read read) -> Result<QList<std::invoke_result_t<Read &, const QSqlQuery &>>>
{
    if (!query)
        return fail(query.error());
    QList<std::invoke_result_t<Read &, const QSqlQuery &>> rows;
    while (query->next())
        rows.append(read(*query));
    return rows;
}

// The first row of a statement, read by `read` (a function of the query standing on the row);
// `missing` when there is none. The statement stays prepared (Database::runKept).
template<typename Read>
auto readFirst(const Database &db, const QString &sql, const QVariantList &values, Read read, const Error &missing)
    -> Result<std::invoke_result_t<Read &, const QSqlQuery &>>
{
    std::optional<std::invoke_result_t<Read &, const QSqlQuery &>> first;
    auto ran = db.runKept(sql, values, [&first, &read](QSqlQuery &rows) -> Result<void> {
        if (rows.next())
            first = read(std::as_const(rows));
        return {};
    });
    if (!ran)
        return fail(ran.error());
    if (!first)
        return fail(missing);
    return std::move(*first);
}

// The first column of every row, as ids.
inline Result<QList<qint64>> readIds(Result<QSqlQuery> query)
{
    return readRows(std::move(query), [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

// An id column's value: 0 is NULL.
QVariant nullableId(qint64 id);

// The text of a LIKE pattern that matches `text` literally (with ESCAPE '!').
QString likeLiteral(const QString &text);

// An FTS5 phrase that matches `text` as it is (in double quotes, a quote written twice).
QString ftsPhrase(const QString &text);

// "?, ?, ?": the marks of `count` values in a statement.
QString placeholders(qsizetype count);

// The ids of an "id IN (…)" condition: its marks and the values they bind, in the same order.
// No ids give one mark bound to -1, an id no row has: "IN ()" is not SQL.
struct IdList
{
    QString marks;
    QVariantList values;
};
IdList idList(const QList<qint64> &ids);

// The values of an "x IN (…)" condition on `db`, as idList() (no values: none matches). On SQLite
// one JSON array, bound once and read by json_each(): a statement with a thousand marks took
// longer to parse than to run (an import batch's logins). Elsewhere a mark per value.
IdList valueList(const Database &db, const QVariantList &values);

// Sets one of the database's own settings (the table database_settings), `key` to `value`.
Result<void> writeDatabaseSetting(const Database &db, const QString &key, const QString &value);

// The most values one statement binds. The backends take more (SQLite from 3.32 on 32,766,
// PostgreSQL and MariaDB 65,535), but binding them grows with the square of their number (Qt's
// SQLite driver asks each value's name, which SQLite finds by walking the list): 16,000 take a
// second on SQLite where 2,000 take 20 ms. At 500 (50 audit entries of 10 columns a statement)
// a bulk Disable of 20,000 accounts took 3.1 s on SQLite instead of 4.7 s at 2,250; more
// statements cost a server no more round trips, as they travel together (Database::runLater).
inline constexpr qsizetype maxBoundValues = 500;

// A multi-row INSERT: `head` ("INSERT INTO t (a, b) VALUES ") followed by "(?, ?), (?, ?), …", one
// group per row of `rows` (all of one size). Each statement, with its values, goes to
// `send(sql, values)`, which gives a Result<void>; more rows than one statement binds take
// several. No rows send nothing. (On SQLite a statement per row, kept prepared, was slower: 3,000
// instead of 4,600 new accounts a second in an import.)
template<typename Send> Result<void> insertRows(const QString &head, const QList<QVariantList> &rows, Send send)
{
    if (rows.isEmpty())
        return {};
    const qsizetype columns = std::max<qsizetype>(1, rows.first().size());
    const qsizetype perStatement = std::max<qsizetype>(1, maxBoundValues / columns);
    const QString row = QStringLiteral("(%1)").arg(placeholders(columns));
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - start);
        QStringList marks;
        marks.fill(row, count);
        QVariantList values;
        values.reserve(count * columns);
        for (qsizetype i = start; i < start + count; ++i)
            values.append(rows.at(i));
        if (auto sent = send(head + marks.join(QStringLiteral(", ")), values); !sent)
            return fail(sent.error());
    }
    return {};
}

// insertRows() in the caller's transaction on `db`: on PostgreSQL the statements travel with the
// next one (Database::runLater).
Result<void> insertRows(const Database &db, const QString &head, const QList<QVariantList> &rows);

} // namespace bc
