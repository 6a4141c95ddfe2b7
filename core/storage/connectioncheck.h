#pragma once

#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// "Test connection": whether a database can be opened, without changing it. Opens and closes a
// connection on the calling thread (call it on a worker: a server may take seconds to answer).
// A SQLite file that does not exist yet is not created; an older schema is not migrated (the
// migration is declined and reported as WillMigrate).
class ConnectionCheck final
{
    Q_DECLARE_TR_FUNCTIONS(bc::ConnectionCheck)

public:
    struct Outcome
    {
        enum class Kind
        {
            Ready, // opened; the schema is current
            WillCreate, // SQLite: the file is missing and its folder writable; connecting creates it
            WillMigrate, // opened; connecting asks before migrating schema `from` to `to`
        };
        Kind kind = Kind::Ready;
        int from = 0;
        int to = 0;
    };

    static Result<Outcome> run(const DatabaseAddress &address, const QString &password);
};

} // namespace bc
