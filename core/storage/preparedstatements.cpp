#include "core/storage/preparedstatements.h"

#include <QSqlDatabase>

#include <memory>

namespace bc {

QSqlQuery PreparedStatements::take(const QString &sql, const QSqlDatabase &connection, int generation)
{
    if (generation != m_generation) {
        clear();
        m_generation = generation;
    }
    if (const std::unique_ptr<QSqlQuery> kept(m_kept.take(sql)); kept)
        return std::move(*kept);
    return QSqlQuery(connection);
}

void PreparedStatements::keep(const QString &sql, QSqlQuery query, int generation)
{
    if (generation != m_generation || query.lastQuery() != sql)
        return;
    // Done with its rows: SQLite resets the statement (no read lock left behind), MariaDB frees
    // the result, and both keep it prepared.
    query.finish();
    m_kept.insert(sql, new QSqlQuery(std::move(query)));
}

void PreparedStatements::clear()
{
    m_kept.clear();
}

} // namespace bc
