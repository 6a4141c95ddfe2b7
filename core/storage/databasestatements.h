#pragma once

// The statement API of Database for the stores in core/storage: Database::run() hands out a
// QSqlQuery, so this header brings QtSql along. Nothing outside core/storage includes it.

#include "core/storage/database.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

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

// The first column of every row, as ids.
inline Result<QList<qint64>> readIds(Result<QSqlQuery> query)
{
    return readRows(std::move(query), [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

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

} // namespace bc
