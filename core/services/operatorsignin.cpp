#include "core/services/operatorsignin.h"

#include "core/auth/recoverycodes.h"
#include "core/auth/totp.h"
#include "core/domain/auditentry.h"
#include "core/domain/fields.h"
#include "core/domain/timestamps.h"
#include "core/platform/passwordhasher.h"
#include "core/rules/accountrules.h"
#include "core/rules/signinlockout.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/operatorroles.h"
#include "core/storage/operatorstore.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

bool isOperator(const OperatorStore::Candidate &candidate)
{
    return candidate.administrator || candidate.hasSecurityGroup;
}

// An unknown login costs the same Argon2id check as a known one: how long the answer takes must
// not tell which logins exist.
bool verifyPassword(const std::optional<OperatorStore::Candidate> &candidate, const QString &password)
{
    if (!candidate || candidate->passwordHash.isEmpty()) {
        PasswordHasher::spendVerification(password);
        return false;
    }
    return PasswordHasher::verify(candidate->passwordHash, password);
}

Error wrongCode()
{
    return {Error::Code::NotAllowed, Field::otp,
            OperatorSignIn::tr("The code is wrong. Enter the six digits your authenticator app shows now, or an "
                               "unused recovery code.")};
}

Error usedCode()
{
    return {Error::Code::NotAllowed, Field::otp,
            OperatorSignIn::tr("This code was used already. Wait until your authenticator app shows the next one.")};
}

Error unknownLogin(const QString &login)
{
    return {Error::Code::NotFound, Field::login, OperatorSignIn::tr("No account has the login \"%1\".").arg(login)};
}

Error notAnOperator(const QString &login)
{
    return {Error::Code::NotAllowed, Field::login,
            OperatorSignIn::tr("\"%1\" is not an operator: only an account with the administrator switch or a "
                               "security group may sign in to the console.")
                .arg(login)};
}

// MariaDB has no row policies: it could not keep an operator below the top group inside its
// organization when that operator opens the database with a client of its own. So there only the
// top group's operators sign in (DESIGN.md, "Who may do what"); PostgreSQL confines the others to
// their subtree, and SQLite is one desk's file.
bool signsInOn(DatabaseAddress::Backend backend, const OperatorStore::Candidate &candidate)
{
    return backend != DatabaseAddress::Backend::MariaDb || candidate.topGroup;
}

Error onlyTopOperatorsOnMariaDb(const QString &login)
{
    return {Error::Code::NotAllowed, Field::login,
            OperatorSignIn::tr("\"%1\" works in an organization below the top group, and this database is on "
                               "MariaDB, which cannot keep an operator inside its organization: only operators of "
                               "the top group sign in here. To give an organization operators of its own, keep the "
                               "database on PostgreSQL.")
                .arg(login)};
}

// The account with that login, for enrolment and reset (an administrator's work, not a sign-in:
// here an unknown login is said as it is).
Result<OperatorStore::Candidate> existing(OperatorStore &store, const QString &login)
{
    auto candidate = store.candidate(AccountRules::loginKey(login));
    if (!candidate)
        return fail(candidate.error());
    if (!*candidate)
        return fail(unknownLogin(login));
    return **candidate;
}

AuditEntry mfaEntry(const QString &action, const OperatorStore::Candidate &candidate)
{
    AuditEntry entry;
    entry.action = action;
    entry.objectType = u"account"_s;
    entry.objectId = candidate.accountId;
    entry.groupId = candidate.groupId;
    entry.summary = candidate.login;
    return entry;
}

} // namespace

OperatorSignIn::OperatorSignIn(Database &database, Clock clock)
    : m_db(database)
    , m_clock(clock ? std::move(clock) : Clock(&Timestamps::now))
{
}

QString OperatorSignIn::issuer()
{
    return u"Backup Console"_s;
}

namespace {

// The rule, once: which fact makes an operator of the group need MFA, in plain words (the path of
// the group whose switch is on, read with the facts). Without `withReason` a list says only whether.
OperatorSignIn::MfaRequirement requirementOf(const OperatorStore::MfaFacts &facts, bool withReason)
{
    if (facts.requiringGroupId != 0)
        return {true,
                withReason ? OperatorSignIn::tr("the group \"%1\" requires it for its operators and those of the "
                                                "groups below it.")
                                 .arg(facts.requiringGroupPath)
                           : QString(),
                facts.requiringGroupId};
    if (facts.top && facts.anyEnrolled)
        return {true, OperatorSignIn::tr("the top group's operators need it once any operator is enrolled.")};
    return {};
}

} // namespace

Result<OperatorSignIn::MfaRequirement> OperatorSignIn::mfaRequirement(Database &database, qint64 groupId,
                                                                      qint64 resetAccountId)
{
    auto facts = OperatorStore(database).mfaFacts(groupId, resetAccountId);
    if (!facts)
        return fail(facts.error());
    return requirementOf(*facts, true);
}

Database::Read OperatorSignIn::mfaRequirementRead(Database &database, qint64 groupId, MfaRequirement *into)
{
    *into = {};
    auto facts = std::make_shared<QHash<qint64, OperatorStore::MfaFacts>>();
    Database::Read read = OperatorStore(database).mfaFactsRead({groupId}, 0, facts.get());
    read.read = [facts, groupId, into, readFacts = std::move(read.read)](QSqlQuery &rows) -> Result<void> {
        if (auto done = readFacts(rows); !done)
            return done;
        *into = requirementOf(facts->value(groupId), true);
        return {};
    };
    return read;
}

Result<QHash<qint64, bool>> OperatorSignIn::mfaNeeded(Database &database, const QList<qint64> &groupIds)
{
    auto facts = OperatorStore(database).mfaFacts(groupIds);
    if (!facts)
        return fail(facts.error());
    QHash<qint64, bool> needed;
    for (auto it = facts->cbegin(); it != facts->cend(); ++it)
        needed.insert(it.key(), requirementOf(it.value(), false).needed);
    return needed;
}

Error OperatorSignIn::wrongCredentials()
{
    return {Error::Code::NotAllowed, Field::password, tr("The login or the password is wrong.")};
}

Result<void> OperatorSignIn::claimAttempt(const QString &loginKey)
{
    OperatorStore store(m_db);
    return m_db.write([&]() -> Result<void> {
        auto failures = store.failures(loginKey);
        if (!failures)
            return fail(failures.error());
        const QDateTime now = m_clock();
        if (const int wait = SignInLockout::secondsLeft(failures->count, failures->last, now); wait > 0)
            return fail(Error::Code::NotAllowed, QString(), SignInLockout::message(wait));
        return store.addFailure(loginKey, now);
    });
}

Error OperatorSignIn::forgiven(const QString &loginKey, Error error)
{
    OperatorStore store(m_db);
    auto forgiven = m_db.write([&] { return store.forgiveFailure(loginKey); });
    return forgiven ? std::move(error) : forgiven.error();
}

Result<Operator> OperatorSignIn::signIn(const QString &login, const QString &password, const QString &code)
{
    const QString key = AccountRules::loginKey(login);
    if (m_db.isOperatorRole())
        return signInOnRole(key, code);
    // The attempt counts as a failure before its password is checked, in the transaction that
    // checks the wait: attempts sent at once, from one console or several, cannot all pass the
    // check. An attempt that turns out not to be a wrong password or code is forgiven.
    if (auto claimed = claimAttempt(key); !claimed)
        return fail(claimed.error());
    OperatorStore store(m_db);
    auto candidate = store.candidate(key);
    if (!candidate)
        return fail(candidate.error());
    if (!verifyPassword(*candidate, password))
        return fail(wrongCredentials());
    const OperatorStore::Candidate &found = **candidate;
    if (found.disabled)
        return fail(
            forgiven(key,
                     {Error::Code::NotAllowed, Field::login,
                      tr("The account \"%1\" is disabled. An administrator can enable it again.").arg(found.login)}));
    if (!isOperator(found))
        return fail(forgiven(key, notAnOperator(found.login)));
    if (!signsInOn(m_db.backend(), found))
        return fail(forgiven(key, onlyTopOperatorsOnMariaDb(found.login)));
    if (!found.enrolled) {
        auto requirement = mfaRequirement(m_db, found.groupId);
        if (!requirement)
            return fail(forgiven(key, requirement.error()));
        if (requirement->needed)
            return fail(
                forgiven(key,
                         {Error::Code::NotAllowed, Field::otp,
                          tr("\"%1\" needs multi-factor authentication to sign in and is not enrolled: %2 To get "
                             "enrolled, ask an operator who manages operators there to run \"operator mfa enroll %1\" "
                             "and to hand over the QR code or URI it shows.")
                              .arg(found.login, requirement->reason)}));
    }

    auto passed = m_db.write([&]() -> Result<void> {
        if (found.enrolled) {
            const QString typed = code.trimmed();
            if (typed.isEmpty())
                return fail(Error::Code::Invalid, Field::otp,
                            tr("Enter the six-digit code your authenticator app shows, or a recovery code."));
            if (typed.size() == Totp::digits) {
                const Totp::Check check = Totp::check(found.secret, typed, m_clock(), found.lastStep);
                if (check.outcome == Totp::Outcome::Wrong)
                    return fail(wrongCode());
                if (check.outcome == Totp::Outcome::Replayed)
                    return fail(usedCode());
                if (auto accepted = store.acceptStep(found.accountId, check.step, usedCode()); !accepted)
                    return accepted;
            } else if (auto used =
                           store.useRecoveryCode(found.accountId, RecoveryCodes::hashOf(typed), m_clock(), wrongCode());
                       !used) {
                return used;
            }
        }
        return store.clearFailures(key);
    });
    if (!passed) {
        // A wrong or used code stays a failure; a missing one does not (the password was right).
        if (passed.error().code == Error::Code::NotAllowed && passed.error().field == Field::otp)
            return fail(passed.error());
        return fail(forgiven(key, passed.error()));
    }
    // An operator of a database that got its roles after it was made gets its own role now, with
    // the password it just proved (PostgreSQL, the owner's connection).
    if (found.databaseRole.isEmpty() && m_db.backend() == DatabaseAddress::Backend::PostgreSql) {
        if (auto made = m_db.write([&] { return OperatorRoles(m_db).setPassword(found.accountId, password); }); !made)
            return fail(made.error());
    }
    auto groups = store.securityGroupIds(found.accountId);
    if (!groups)
        return fail(groups.error());
    return Operator {found.accountId, found.login, found.groupId, found.administrator, *groups};
}

Result<Operator> OperatorSignIn::signInOnRole(const QString &loginKey, const QString &code)
{
    // The server checked the password when the role signed in; the second factor is the
    // database's to check too, so that a session sees no rows before it is verified.
    OperatorStore store(m_db);
    auto candidate = store.sessionCandidate();
    if (!candidate)
        return fail(candidate.error());
    if (!*candidate || (*candidate)->loginKey != loginKey)
        return fail(wrongCredentials());
    const OperatorStore::Candidate &found = **candidate;
    if (found.disabled)
        return fail(Error::Code::NotAllowed, Field::login,
                    tr("The account \"%1\" is disabled. An administrator can enable it again.").arg(found.login));
    if (!isOperator(found) || !found.hasPassword)
        return fail(notAnOperator(found.login));
    if (found.needsMfa && !found.enrolled)
        return fail(Error::Code::NotAllowed, Field::otp,
                    tr("\"%1\" needs multi-factor authentication to sign in and is not enrolled. To get enrolled, "
                       "ask an operator who manages operators there to run \"operator mfa enroll %1\" and to hand "
                       "over the QR code or URI it shows.")
                        .arg(found.login));
    if (found.needsMfa) {
        const QString typed = code.trimmed();
        if (typed.isEmpty())
            return fail(Error::Code::Invalid, Field::otp,
                        tr("Enter the six-digit code your authenticator app shows, or a recovery code."));
        const bool totp = typed.size() == Totp::digits;
        auto answer =
            store.verifySessionCode(totp ? typed : QString(), totp ? QString() : RecoveryCodes::hashOf(typed));
        if (!answer)
            return fail(answer.error());
        if (answer->startsWith("wait "_L1))
            return fail(Error::Code::NotAllowed, QString(), SignInLockout::message(answer->mid(5).toInt()));
        if (*answer == "used"_L1)
            return fail(usedCode());
        if (*answer != "verified"_L1)
            return fail(wrongCode());
        // The session's further connections (a console's list and outbox, a reconnect) present a
        // key rather than a code, which is single-use.
        auto key = store.issueSessionKey();
        if (!key)
            return fail(key.error());
        m_db.shareVerification(*key);
    }
    auto groups = store.securityGroupIds(found.accountId);
    if (!groups)
        return fail(groups.error());
    return Operator {found.accountId, found.login, found.groupId, found.administrator, *groups};
}

Result<OperatorSignIn::MfaStatus> OperatorSignIn::mfaStatus(const QString &login)
{
    OperatorStore store(m_db);
    auto candidate = existing(store, login);
    if (!candidate)
        return fail(candidate.error());
    MfaStatus status {candidate->login, isOperator(*candidate), candidate->enrolled, {}};
    if (!status.isOperator)
        return status;
    auto requirement = mfaRequirement(m_db, candidate->groupId);
    if (!requirement)
        return fail(requirement.error());
    status.requirement = *requirement;
    return status;
}

Result<MfaEnrollment> OperatorSignIn::enroll(const QString &login)
{
    OperatorStore store(m_db);
    auto candidate = existing(store, login);
    if (!candidate)
        return fail(candidate.error());
    const OperatorStore::Candidate &found = *candidate;
    if (!isOperator(found))
        return fail(notAnOperator(found.login));
    if (found.enrolled)
        return fail(Error::Code::NotAllowed, Field::login,
                    tr("\"%1\" is enrolled already. Reset its multi-factor authentication first to enrol it "
                       "again.")
                        .arg(found.login));

    MfaEnrollment enrollment;
    enrollment.secret = Totp::newSecret();
    enrollment.uri = Totp::uri(issuer(), found.login, enrollment.secret);
    enrollment.recoveryCodes = RecoveryCodes::generate();
    QStringList hashes;
    for (const QString &code : std::as_const(enrollment.recoveryCodes))
        hashes.append(RecoveryCodes::hashOf(code));
    auto written = m_db.write([&]() -> Result<void> {
        if (auto enrolled = store.enroll(found.accountId, enrollment.secret, hashes, m_clock()); !enrolled)
            return enrolled;
        return AuditStore(m_db).append(mfaEntry(u"operator.mfa-enrolled"_s, found));
    });
    if (!written)
        return fail(written.error());
    return enrollment;
}

Result<void> OperatorSignIn::reset(const QString &login)
{
    OperatorStore store(m_db);
    auto candidate = existing(store, login);
    if (!candidate)
        return fail(candidate.error());
    const OperatorStore::Candidate &found = *candidate;
    if (!found.enrolled)
        return {};
    return m_db.write([&]() -> Result<void> {
        if (auto removed = store.unenroll(found.accountId); !removed)
            return removed;
        return AuditStore(m_db).append(mfaEntry(u"operator.mfa-reset"_s, found));
    });
}

} // namespace bc
