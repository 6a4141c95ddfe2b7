#pragma once

#include <QLatin1StringView>
#include <QString>

namespace bc {

// The environment variables the programs read, for the code that reads them and the help that
// names them.
namespace Environment {
// The database location when no --database is given (console, CLI).
inline constexpr QLatin1StringView database {"BACKUP_CONSOLE_DATABASE"};
// The database password for a server address, instead of the keychain or a prompt.
inline constexpr QLatin1StringView databasePassword {"BACKUP_CONSOLE_DATABASE_PASSWORD"};
// The mail server's password for delivering the outbox (CLI, activation server).
inline constexpr QLatin1StringView smtpPassword {"BACKUP_CONSOLE_SMTP_PASSWORD"};
// The operator the CLI signs in as, instead of --operator.
inline constexpr QLatin1StringView operatorLogin {"BACKUP_CONSOLE_OPERATOR"};
// That operator's password, instead of --operator-password-stdin.
inline constexpr QLatin1StringView operatorPassword {"BACKUP_CONSOLE_OPERATOR_PASSWORD"};
// That operator's one-time code (authenticator app or recovery code), instead of --otp.
inline constexpr QLatin1StringView otp {"BACKUP_CONSOLE_OTP"};
// 1: a statement run on the GUI thread of a graphical program is a fatal error (the test suite
// sets it; see Database::markAsTestFixture()).
inline constexpr QLatin1StringView checkGuiThread {"BACKUP_CONSOLE_CHECK_GUI_THREAD"};

// What scripts and tests sign an operator in with instead of typing it: the password of
// $BACKUP_CONSOLE_OPERATOR_PASSWORD and the code of $BACKUP_CONSOLE_OTP; empty when not set.
struct OperatorSecrets
{
    QString password;
    QString code;
};
inline OperatorSecrets operatorSecrets()
{
    return {qEnvironmentVariable(operatorPassword.data()), qEnvironmentVariable(otp.data()).trimmed()};
}
} // namespace Environment

} // namespace bc
