#pragma once

#include <QCache>
#include <QSqlQuery>
#include <QString>

class QSqlDatabase;

namespace bc {

// SQLite and MariaDB: the statements one connection keeps prepared, so that a statement run again
// with other values (one per account of an import, one per batch of a bulk action) is neither
// parsed and planned again (SQLite) nor prepared again in a round trip of its own (MariaDB).
// PostgreSQL keeps its own on the server (PostgresPipeline). A query is taken out while it runs
// and its rows are read, so that the same statement run meanwhile gets a query of its own.
class PreparedStatements final
{
public:
    // How many statements stay prepared; the one used longest ago goes first.
    static constexpr int capacity = 100;

    // A query to run `sql` on `connection`: the one kept prepared (lastQuery() is `sql`), or a new
    // one to prepare. `generation` names the connection (Database::connectionGeneration): what was
    // prepared on an earlier one is gone.
    QSqlQuery take(const QString &sql, const QSqlDatabase &connection, int generation);
    // Keeps a query that ran `sql` successfully, its rows read, to run it again.
    void keep(const QString &sql, QSqlQuery query, int generation);
    // Forgets every statement (before the connection closes).
    void clear();

    qsizetype size() const { return m_kept.size(); }

private:
    QCache<QString, QSqlQuery> m_kept {capacity};
    int m_generation = 0;
};

} // namespace bc
