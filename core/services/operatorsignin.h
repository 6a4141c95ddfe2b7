#pragma once

#include "core/domain/error.h"
#include "core/domain/operator.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace bc {

class Database;

// Operators sign in here, every front end alike: login and password (the account's Argon2id
// hash) and, once enrolled, a TOTP code (core/auth/totp.h) or one of the recovery codes. After
// five failures in a row a login waits before each further attempt (SignInLockout); the count
// is kept in the database, so every console sees it. Runs on the thread of its Database (the
// workspace's worker).
class OperatorSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(bc::OperatorSignIn)
    Q_DISABLE_COPY_MOVE(OperatorSignIn)

public:
    using Clock = std::function<QDateTime()>;

    // `clock` gives the time codes and waits are measured against (tests set it).
    explicit OperatorSignIn(Database &database, Clock clock = {});

    // The name authenticator apps show beside the login.
    static QString issuer();
    // What a wrong login and a wrong password both read as (on Field::password), also when the
    // database server refused an operator's own role.
    static Error wrongCredentials();

    // Whether an operator of the group needs multi-factor authentication to sign in, decided here
    // once: when the group or a group above it has the switch on (GroupService::setMfaRequired), or
    // when it is the top group and any operator is enrolled. `reason` says which, in plain words.
    struct MfaRequirement
    {
        bool needed = false;
        QString reason;
        qint64 requiredBy = 0; // the nearest group at or above whose switch is on; 0: none
    };
    // With `resetAccountId`: as it would be once that operator's enrolment is reset (the top group's
    // operators need it only while another operator stays enrolled).
    static Result<MfaRequirement> mfaRequirement(Database &database, qint64 groupId, qint64 resetAccountId = 0);
    // The statement mfaRequirement() runs, to send with others (Database::readTogether); it fills
    // `into`.
    static Database::Read mfaRequirementRead(Database &database, qint64 groupId, MfaRequirement *into);
    // Whether operators of each of the groups need it, by group id (no reasons): the same rule, one
    // statement for them all (a list of operators).
    static Result<QHash<qint64, bool>> mfaNeeded(Database &database, const QList<qint64> &groupIds);

    // What the console shows of an account's multi-factor authentication: whether it is an operator
    // (the administrator switch or a security group: whom enroll() takes), whether it is enrolled,
    // and whether it needs MFA to sign in, and why (for an operator only). NotFound for an unknown login.
    struct MfaStatus
    {
        QString login;
        bool isOperator = false;
        bool enrolled = false;
        MfaRequirement requirement;
    };
    Result<MfaStatus> mfaStatus(const QString &login);

    // The operator, or an error in plain words, each Error::Code::NotAllowed but a missing code: a
    // wrong password and an unknown login read the same (on Field::password); not an operator, or
    // a disabled account (on Field::login); a code is needed (Invalid, on Field::otp); a wrong or
    // used code (on Field::otp); MFA is required and the operator is not enrolled (on Field::otp,
    // not counted toward the wait); how long to wait (no field). Not AccessDenied, which means the
    // database server refused its own credentials.
    Result<Operator> signIn(const QString &login, const QString &password, const QString &code = {});

    // Enrols the operator in TOTP: a new secret, its URI and the recovery codes, shown once.
    // Refused while it is enrolled already (reset() first).
    Result<MfaEnrollment> enroll(const QString &login);
    // Forgets the operator's enrolment and recovery codes (a lost phone); it signs in with its
    // password alone until it enrols again. Nothing to do for one that is not enrolled.
    Result<void> reset(const QString &login);

private:
    // Checks that the login need not wait, and counts the attempt as a failure, in one transaction.
    Result<void> claimAttempt(const QString &loginKey);
    // signIn() on an operator's own database role (Database::isOperatorRole).
    Result<Operator> signInOnRole(const QString &loginKey, const QString &code);
    // Takes back the failure claimAttempt() counted (the password was right); returns `error`.
    Error forgiven(const QString &loginKey, Error error);

    Database &m_db;
    Clock m_clock;
};

} // namespace bc
