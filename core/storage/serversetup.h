#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc {

class Database;

// What a database server's own setup leaves open to operators, which no statement of the console
// can mend: read from the server's settings and catalogs, any connection may ask. On PostgreSQL:
// - a wrong password for an operator's role is answered at once: the server's auth_delay module
//   makes it wait (the console's wait after five wrong passwords, OperatorSignIn, counts only the
//   sign-ins the database saw, and a refused role password never reaches it);
// - row security is not installed (bc_row_security_install), or a table with policies is not
//   FORCE ROW LEVEL SECURITY;
// - an operator's role is a superuser or BYPASSRLS.
// SQLite and MariaDB have nothing to check: core enforces the scopes there (README).
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(bc::ServerSetup)

public:
    ServerSetup() = delete;

    struct Finding
    {
        QString key; // "wrong-password-delay", "row-security", "operator-bypasses-row-security"
        QString message; // in plain words, with what to do
    };
    struct Report
    {
        bool checked = false; // false: the backend has nothing to check
        int wrongPasswordDelayMilliseconds = 0;
        QList<Finding> findings;
    };

    static Result<Report> check(Database &database);
};

} // namespace bc
