#pragma once

#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/domain/operator.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc {

class Database;

// Every SQL statement about operators signing in: their TOTP enrolment, their recovery codes
// (hashes only) and the failed sign-ins per login. The accounts themselves are AccountStore's.
class OperatorStore
{
public:
    explicit OperatorStore(Database &database)
        : m_db(database)
    {
    }

    // What a sign-in needs to know about a login, read in one statement.
    struct Candidate
    {
        qint64 accountId = 0;
        QString login;
        qint64 groupId = 0;
        bool topGroup = false; // whether groupId is the top group
        bool administrator = false;
        bool disabled = false;
        bool hasSecurityGroup = false;
        QString passwordHash; // empty: the account has no password
        bool enrolled = false;
        QString secret;
        qint64 lastStep = 0;
        QString databaseRole; // PostgreSQL: the operator's own role, when it has one
        // Filled by sessionCandidate() only, which reads no hash nor secret:
        QString loginKey;
        bool hasPassword = false;
        bool needsMfa = false;
    };
    // nullopt: no account has that login key.
    Result<std::optional<Candidate>> candidate(const QString &loginKey);
    // On an operator's own role (Database::isOperatorRole): the operator the connection signed in
    // as, without its password hash and TOTP secret, which that role may not read; nullopt when the
    // role is nobody's.
    Result<std::optional<Candidate>> sessionCandidate();
    // On an operator's own role: the database checks the code (a six-digit TOTP code, or the hash of
    // a recovery code) and, when it is right, shows the session its rows. Its answer: "verified",
    // "wrong", "used", "not-enrolled", "not-operator" or "wait SECONDS".
    Result<QString> verifySessionCode(const QString &code, const QString &recoveryHash);
    // On an operator's own role, verified: a key for the session's further connections (0020).
    Result<QString> issueSessionKey();
    Result<QList<qint64>> securityGroupIds(qint64 accountId);
    // What decides whether an operator of a group needs multi-factor authentication, read in one
    // statement: the nearest group at or above it whose switch is on (0: none) and its path,
    // whether the group is the top group, and whether any operator is enrolled — other than
    // `withoutAccountId`, when given: the facts as they would be once that operator's enrolment is
    // reset.
    struct MfaFacts
    {
        qint64 requiringGroupId = 0;
        QString requiringGroupPath;
        bool top = false;
        bool anyEnrolled = false;
    };
    Result<MfaFacts> mfaFacts(qint64 groupId, qint64 withoutAccountId = 0);
    // The same for several groups, by group id, still one statement (a list of operators); groups
    // that are not there are left out.
    Result<QHash<qint64, MfaFacts>> mfaFacts(const QList<qint64> &groupIds, qint64 withoutAccountId = 0);
    // The statement mfaFacts() runs, to send with others (Database::readTogether); it fills `into`.
    Database::Read mfaFactsRead(const QList<qint64> &groupIds, qint64 withoutAccountId, QHash<qint64, MfaFacts> *into);
    // Whether the database has an operator at all: an account with the administrator switch or a
    // security group, and a password (whatever its status).
    Result<bool> anyOperator();
    // The statement anyOperator() runs, to send with others (Database::readTogether).
    Database::Read anyOperatorRead(bool *into);
    // The operators (accounts with the administrator switch or a security group, and a password)
    // of the group and the groups below it (0: of every group), by login; with `loginKey`, only that
    // one. Two statements; the group paths are left to the caller.
    Result<QList<OperatorSummary>> operators(qint64 scopeGroupId, const QString &loginKey = {});
    // The security groups with these ids (what they grant), by id; ids that are not there are left out.
    Result<QList<SecurityGroup>> securityGroups(const QList<qint64> &ids);

    // Failed sign-ins in a row for a login key, and when the last one was.
    struct Failures
    {
        int count = 0;
        QDateTime last;
    };
    Result<Failures> failures(const QString &loginKey);
    // Inside a write transaction: one more failure at `now`.
    Result<void> addFailure(const QString &loginKey, const QDateTime &now);
    // Inside a write transaction: one failure fewer (an attempt counted ahead that was no failure).
    Result<void> forgiveFailure(const QString &loginKey);
    Result<void> clearFailures(const QString &loginKey);

    // Inside a write transaction: `step` becomes the last accepted one, unless a step as late or
    // later was accepted meanwhile (another console, the same code): then NotAllowed.
    Result<void> acceptStep(qint64 accountId, qint64 step, const Error &replayed);
    // Inside a write transaction: marks the unused code with this hash used; NotFound when there
    // is none.
    Result<void> useRecoveryCode(qint64 accountId, const QString &hash, const QDateTime &now, const Error &unknown);

    // Inside a write transaction: the enrolment and its recovery codes, replacing none (the
    // caller checked that there is no enrolment).
    Result<void> enroll(qint64 accountId, const QString &secret, const QStringList &codeHashes, const QDateTime &now);
    // Inside a write transaction: the enrolment and every recovery code are gone.
    Result<void> unenroll(qint64 accountId);

private:
    Database &m_db;
};

} // namespace bc
