#pragma once

#include "core/services/actingoperator.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace bc {

class Workspace;

// Who works on a workspace that just opened. A database without operators needs nobody; otherwise
// the operator signs in on the workspace's worker (ActingOperator), with the password of
// $BACKUP_CONSOLE_OPERATOR_PASSWORD (and $BACKUP_CONSOLE_OTP) when it is set, else in the
// SignInDialog, whose login the console's --operator or $BACKUP_CONSOLE_OPERATOR fills in.
class SignInFlow final
{
    Q_DECLARE_TR_FUNCTIONS(bc::SignInFlow)

public:
    // The operator who signed in (login empty: nobody needed to), or nullopt when the user canceled.
    using Done = std::function<void(std::optional<ActingOperatorView> acting)>;

    // `needed`: the database has operators (asked on the worker as it opened). `fromEnvironment`:
    // the environment's password may be tried (at start, not after Sign out).
    static void run(Workspace &workspace, bool needed, const QString &databaseName, const QString &login,
                    bool fromEnvironment, QWidget *parent, Done done);
    // The dialog, with `refusal` shown when an earlier attempt was refused.
    static void ask(Workspace &workspace, const QString &databaseName, const QString &login,
                    const std::optional<Error> &refusal, QWidget *parent, const Done &done);
};

} // namespace bc
