#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// The password rule (a password may be set at creation): at least 12 characters, not
// the login, not one of the passwords in resources/passwords/common-passwords.txt.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(bc::PasswordPolicy)

public:
    static constexpr int minimumLength = 12;
    static Result<void> check(const QString &password, const QString &login, const QString &field);
    static bool isCommon(const QString &password);
};

} // namespace bc
