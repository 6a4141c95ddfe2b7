#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include <QCoreApplication>

namespace bc {
class Authority;
class OperatorSignIn;
struct OperatorSummary;
} // namespace bc

namespace bc::cli {

class Output;

// operator list | show LOGIN | mfa enroll LOGIN | mfa reset LOGIN: who operates the console, and
// an operator's multi-factor authentication, through OperatorSignIn. Enrolling prints the otpauth:// URI for an
// authenticator app and the recovery codes, which nothing shows again.
class OperatorCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::OperatorCommands)

public:
    OperatorCommands(OperatorSignIn &operators, Authority &authority, Output &output);

    // operator list [--json] | operator show LOGIN [--json]: the operators the signed-in one reaches.
    ExitCode list(const Invocation &invocation);
    ExitCode show(const Invocation &invocation);
    ExitCode enroll(const Invocation &invocation);
    ExitCode reset(const Invocation &invocation);

private:
    // An operator's database role as the text forms show it.
    static QString roleText(const OperatorSummary &summary);
    OperatorSignIn &m_operators;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
