#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include <QCoreApplication>

namespace bc {
class OperatorSignIn;
}

namespace bc::cli {

class Output;

// operator mfa enroll LOGIN | operator mfa reset LOGIN: an operator's multi-factor
// authentication, through OperatorSignIn. Enrolling prints the otpauth:// URI for an
// authenticator app and the recovery codes, which nothing shows again.
class OperatorCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::OperatorCommands)

public:
    OperatorCommands(OperatorSignIn &operators, Output &output);

    ExitCode enroll(const Invocation &invocation);
    ExitCode reset(const Invocation &invocation);

private:
    OperatorSignIn &m_operators;
    Output &m_output;
};

} // namespace bc::cli
