#pragma once

#include "app/cli/invocation.h"

#include "core/domain/error.h"
#include "core/services/authority.h"

#include <QCoreApplication>

namespace bc {
class Database;
}

namespace bc::cli {

// Who runs a command: the operator of --operator LOGIN (or $BACKUP_CONSOLE_OPERATOR), signed in
// through OperatorSignIn with the password of $BACKUP_CONSOLE_OPERATOR_PASSWORD or
// --operator-password-stdin and the code of --otp (or $BACKUP_CONSOLE_OTP). Without an operator,
// whoever runs the CLI, as long as the database has no operator yet (Authority::withoutSignIn).
// On PostgreSQL, an address that names no user connects as the operator's own database role.
class CliSignIn
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CliSignIn)

public:
    // What the command line and the environment say about the operator, read before the database
    // opens (the password may be its connection's). An empty login: no operator was given.
    struct Credentials
    {
        QString login;
        QString password;
        QString code;
    };
    static Result<Credentials> credentials(const Invocation &invocation);

    // The authority the command runs with; a refusal names what is missing (Output::refused).
    static Result<Authority> signIn(const Credentials &credentials, Database &database);
};

} // namespace bc::cli
