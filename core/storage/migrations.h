#pragma once

#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"

#include <QString>
#include <QStringList>

namespace bc {

class Database;

// The schema migrations: the scripts under :/sql/ (resources/sql/NNNN_what.sql, built into the
// program), migration N bringing the schema to version N. Adding a migration is adding a file.
// One script serves every backend: render() picks and fills in what differs.
class Migrations final
{
public:
    Migrations() = delete;

    // The resource paths of the migrations, in the order they run; fails when the program holds a
    // broken set (see ordered()).
    static const Result<QStringList> &scripts();
    // The latest schema version, the number of the last migration (0 when the set is broken).
    static int latest();

    // `names` (NNNN_what.sql) sorted by their number; fails when a name has no number, a number
    // appears twice, or one is missing between 1 and the last.
    static Result<QStringList> ordered(const QStringList &names);

    // The statements of one migration script for one backend (placeholders filled, statements of
    // other backends left out).
    static QStringList render(const QString &script, DatabaseAddress::Backend backend);

    // Brings `database` to the latest schema, or to the one its open options stop at, asking
    // before an older database is migrated; refuses a database that is not ours or is newer.
    static Result<void> apply(Database &database);
};

} // namespace bc
