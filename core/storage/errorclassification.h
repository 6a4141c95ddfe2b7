#pragma once

#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"

#include <QString>

namespace bc {

// What went wrong in a database statement, the same for every backend; each backend's native
// error codes map onto these.
enum class DatabaseErrorKind
{
    Constraint, // a unique, foreign-key or check constraint, or one of our triggers
    TooLong,
    Busy,
    Full,
    ReadOnly,
    NoPermission,
    Lost,
    Damaged,
    Other,
};

// How a driver error of each backend reaches the user: pure tables from the backend's native
// codes (QSqlError::nativeErrorCode()) to the console's errors. Database::classify() logs the
// driver text and asks these.
class ErrorClassification final
{
public:
    ErrorClassification() = delete;

    // SQLite: result codes, primary or extended. PostgreSQL: SQLSTATE. MariaDB: error numbers of
    // the server and of the client library.
    static DatabaseErrorKind kind(DatabaseAddress::Backend backend, const QString &nativeCode);

    // The error a user sees, in plain words. The server's own text (`databaseText`) only tells
    // which constraint failed; it never reaches the message.
    static Error toError(DatabaseAddress::Backend backend, const QString &nativeCode, const QString &databaseText);
};

} // namespace bc
