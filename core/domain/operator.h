#pragma once

#include "core/domain/catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc {

// Whoever is signed in to the console (DESIGN.md): an account with the administrator switch or
// with a security group, and a password. It works in its own group and the groups below it.
struct Operator
{
    qint64 accountId = 0;
    QString login;
    qint64 groupId = 0;
    bool administrator = false;
    QList<qint64> securityGroupIds;
};

// An operator as `operator list` and `operator show` describe it: where it works, what it may and
// whether it signs in with a second factor.
struct OperatorSummary
{
    qint64 accountId = 0;
    QString login;
    qint64 groupId = 0;
    QString groupPath; // its scope: "Acme MSP/Contoso"
    bool administrator = false;
    bool disabled = false;
    bool mfaEnrolled = false;
    bool mfaRequired = false; // whether it needs MFA to sign in (OperatorSignIn::mfaRequirement)
    QStringList securityGroups; // their names
    Permissions permissions; // every one for an administrator, else what its security groups list
    // PostgreSQL: the role it signs in to the server as (empty: none yet); nullopt elsewhere.
    std::optional<QString> databaseRole;
};

// What enrolling an operator in multi-factor authentication gives, to be shown once: the TOTP
// secret and its otpauth:// URI for an authenticator app, and the single-use recovery codes. The
// database keeps the secret and only the hashes of the codes.
struct MfaEnrollment
{
    QString secret;
    QString uri;
    QStringList recoveryCodes;
};

} // namespace bc
