#include "core/services/authority.h"

#include "core/domain/fields.h"
#include "core/rules/accountrules.h"
#include "core/services/operatorsignin.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/operatorstore.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

Permissions everyPermission()
{
    Permissions all;
    for (Permission permission : allPermissions)
        all |= permission;
    return all;
}

// "Create accounts, Delete accounts", in quotes.
QString labels(Permissions permissions)
{
    return u"\"%1\""_s.arg(CatalogText::labels(permissions));
}

} // namespace

Authority::Authority(Database &database, std::optional<Operator> signedIn, Permissions permissions)
    : m_db(&database)
    , m_operator(std::move(signedIn))
    , m_permissions(permissions)
{
}

Result<Authority> Authority::of(Database &database, const Operator &signedIn)
{
    if (signedIn.administrator)
        return Authority(database, signedIn, everyPermission());
    auto groups = OperatorStore(database).securityGroups(signedIn.securityGroupIds);
    if (!groups)
        return fail(groups.error());
    Permissions granted;
    for (const SecurityGroup &group : std::as_const(*groups))
        granted |= group.permissions;
    return Authority(database, signedIn, granted);
}

Result<Authority> Authority::withoutSignIn(Database &database)
{
    auto any = OperatorStore(database).anyOperator();
    if (!any)
        return fail(any.error());
    return withoutSignIn(database, *any);
}

Result<Authority> Authority::withoutSignIn(Database &database, bool databaseHasOperators)
{
    if (databaseHasOperators)
        return fail(Error::Code::NotAllowed, Field::login,
                    tr("This database has operators: sign in as one of them to work on it."));
    return Authority(database, std::nullopt, everyPermission());
}

QString Authority::groupPath(qint64 groupId)
{
    auto paths = GroupStore(*m_db).paths({groupId});
    return paths ? paths->value(groupId, QString::number(groupId)) : QString::number(groupId);
}

Error Authority::missing(Permissions lacking, const QString &where) const
{
    return {Error::Code::NotAllowed, QString(),
            tr("The operator \"%1\" may not do this in \"%2\": it lacks the permission %3.")
                .arg(m_operator->login, where, labels(lacking))};
}

Result<void> Authority::inScope(qint64 groupId, const QString &refusal)
{
    if (!m_operator)
        return {};
    // The whole database is the top group's: the operator's own group must have none above it.
    auto chain = GroupStore(*m_db).ancestry(groupId != 0 ? groupId : m_operator->groupId);
    if (!chain)
        return fail(chain.error());
    const bool inside = groupId != 0 ? chain->contains(m_operator->groupId) : chain->size() == 1;
    if (inside)
        return {};
    return fail(Error::Code::NotAllowed, QString(),
                refusal.arg(m_operator->login, groupId != 0 ? groupPath(groupId) : tr("the whole database"),
                            groupPath(m_operator->groupId)));
}

QString Authority::outsideRefusal()
{
    return tr("The operator \"%1\" may not do this in \"%2\": it works only in \"%3\" and the groups below it.");
}

Result<void> Authority::reaches(qint64 groupId)
{
    return inScope(groupId,
                   tr("The operator \"%1\" may not reach \"%2\": it works only in \"%3\" and the groups "
                      "below it."));
}

Result<void> Authority::allows(Permission permission, qint64 groupId)
{
    if (!m_operator)
        return {};
    if (auto reached = inScope(groupId, outsideRefusal()); !reached)
        return reached;
    if (m_permissions.testFlag(permission))
        return {};
    return fail(missing(permission, groupId != 0 ? groupPath(groupId) : tr("the whole database")));
}

Result<QHash<Permission, QString>> Authority::refusalsIn(qint64 groupId)
{
    QHash<Permission, QString> refusals;
    if (!m_operator)
        return refusals;
    auto reached = inScope(groupId, outsideRefusal());
    if (!reached && reached.error().isDatabaseProblem())
        return fail(reached.error());
    QString where;
    for (Permission permission : allPermissions) {
        if (!reached) {
            refusals.insert(permission, reached.error().message);
        } else if (!m_permissions.testFlag(permission)) {
            if (where.isEmpty())
                where = groupId != 0 ? groupPath(groupId) : tr("the whole database");
            refusals.insert(permission, missing(permission, where).message);
        }
    }
    return refusals;
}

Result<AuditQuery> Authority::auditScope(AuditQuery query)
{
    if (query.groupId == 0 && scope() != 0 && !reaches(0)) {
        // An operator below the top group reads the entries of its own group and the groups below it.
        query.groupId = scope();
        query.includeSubgroups = true;
    }
    if (auto allowed = allows(Permission::ViewAuditLog, query.groupId != 0 ? query.groupId : scope()); !allowed)
        return fail(allowed.error());
    return query;
}

Result<AccountQuery> Authority::accountScope(AccountQuery query)
{
    if (query.groupId != 0) {
        if (auto reached = reaches(query.groupId); !reached)
            return fail(reached.error());
    } else if (scope() != 0) {
        query.groupId = scope();
        query.includeSubgroups = true;
    }
    return query;
}

Result<void> Authority::mayGrant(Permissions permissions)
{
    if (!m_operator)
        return {};
    const Permissions lacking = permissions & ~m_permissions;
    if (!lacking)
        return {};
    return fail(Error::Code::NotAllowed, Field::securityGroups,
                tr("The operator \"%1\" may not grant what it lacks itself: the permission %2.")
                    .arg(m_operator->login, labels(lacking)));
}

namespace {

// Fills what the operators' store rows leave out: an administrator's permissions and the paths.
Result<QList<OperatorSummary>> completed(Database &database, Result<QList<OperatorSummary>> operators)
{
    if (!operators)
        return operators;
    QList<qint64> groupIds;
    for (const OperatorSummary &summary : std::as_const(*operators))
        groupIds.append(summary.groupId);
    auto paths = GroupStore(database).paths(groupIds);
    if (!paths)
        return fail(paths.error());
    auto needed = OperatorSignIn::mfaNeeded(database, groupIds);
    if (!needed)
        return fail(needed.error());
    for (OperatorSummary &summary : *operators) {
        summary.groupPath = paths->value(summary.groupId);
        if (summary.administrator)
            summary.permissions = everyPermission();
        summary.mfaRequired = needed->value(summary.groupId);
    }
    return operators;
}

} // namespace

Result<QList<OperatorSummary>> Authority::operators()
{
    return completed(*m_db, OperatorStore(*m_db).operators(scope()));
}

Result<OperatorSummary> Authority::operatorNamed(const QString &login)
{
    auto found = completed(*m_db, OperatorStore(*m_db).operators(0, AccountRules::loginKey(login)));
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::Code::NotFound, Field::login, tr("No operator has the login \"%1\".").arg(login));
    if (m_operator && found->first().accountId != m_operator->accountId) {
        if (auto reached = reaches(found->first().groupId); !reached)
            return fail(reached.error());
    }
    return found->first();
}

Result<void> Authority::mayManage(const QString &login)
{
    if (!m_operator)
        return {};
    OperatorStore store(*m_db);
    auto other = store.candidate(AccountRules::loginKey(login));
    if (!other)
        return fail(other.error());
    if (!*other || (*other)->accountId == m_operator->accountId)
        return {};
    if (auto allowed = allows(Permission::ManageOperators, (*other)->groupId); !allowed)
        return allowed;
    auto groups = store.securityGroupIds((*other)->accountId);
    if (!groups)
        return fail(groups.error());
    return mayGrant((*other)->administrator, *groups);
}

Result<void> Authority::mayGrantChange(const Account &before, const AccountDraft &after)
{
    const bool newPassword = !after.password.isEmpty();
    QList<qint64> given;
    for (qint64 id : after.securityGroupIds) {
        if (newPassword || !before.securityGroupIds.contains(id))
            given.append(id);
    }
    return mayGrant(after.administrator && (newPassword || !before.administrator), given);
}

Result<void> Authority::mayGrant(bool administrator, const QList<qint64> &securityGroupIds)
{
    if (!m_operator || m_operator->administrator)
        return {};
    if (administrator)
        return fail(Error::Code::NotAllowed, Field::administrator, administratorRefusal());
    auto groups = OperatorStore(*m_db).securityGroups(securityGroupIds);
    if (!groups)
        return fail(groups.error());
    for (const SecurityGroup &group : std::as_const(*groups)) {
        if (const QString refusal = securityGroupRefusal(group); !refusal.isEmpty())
            return fail(Error::Code::NotAllowed, Field::securityGroups, refusal);
    }
    return {};
}

QHash<qint64, QString> Authority::grantRefusals(const QList<SecurityGroup> &securityGroups) const
{
    QHash<qint64, QString> refusals;
    if (!m_operator || m_operator->administrator)
        return refusals;
    refusals.insert(0, administratorRefusal());
    for (const SecurityGroup &group : securityGroups) {
        if (const QString refusal = securityGroupRefusal(group); !refusal.isEmpty())
            refusals.insert(group.id, refusal);
    }
    return refusals;
}

QString Authority::administratorRefusal() const
{
    return tr("The operator \"%1\" may not make an account an administrator: only an administrator may.")
        .arg(m_operator->login);
}

QString Authority::securityGroupRefusal(const SecurityGroup &group) const
{
    const Permissions lacking = group.permissions & ~m_permissions;
    if (!lacking)
        return {};
    return tr("The operator \"%1\" may not give the security group \"%2\": it lacks the permission %3.")
        .arg(m_operator->login, group.name, labels(lacking));
}

Result<bool> Authority::selfEnrolled()
{
    auto self = OperatorStore(*m_db).candidate(AccountRules::loginKey(m_operator->login));
    if (!self)
        return fail(self.error());
    return *self && (*self)->enrolled;
}

Error Authority::enrolYourselfFirst(const QString &why) const
{
    return {Error::Code::NotAllowed, QString(),
            tr("The operator \"%1\" is not enrolled in multi-factor authentication: %2 Enrol yourself first: "
               "operator mfa enroll %1")
                .arg(m_operator->login, why)};
}

Result<void> Authority::mayEnroll(const QString &login)
{
    if (auto managed = mayManage(login); !managed || !m_operator)
        return managed;
    if (AccountRules::loginKey(login) == AccountRules::loginKey(m_operator->login))
        return {};
    auto chain = GroupStore(*m_db).ancestry(m_operator->groupId);
    if (!chain)
        return fail(chain.error());
    if (chain->size() != 1)
        return {};
    auto enrolled = selfEnrolled();
    if (!enrolled)
        return fail(enrolled.error());
    if (*enrolled)
        return {};
    return fail(enrolYourselfFirst(tr("once any operator is enrolled, the top group's operators need it to sign in, "
                                      "and it is one of them.")));
}

Result<void> Authority::mayReset(const QString &login)
{
    if (auto managed = mayManage(login); !managed || !m_operator)
        return managed;
    if (AccountRules::loginKey(login) != AccountRules::loginKey(m_operator->login))
        return {};
    // Would it still need MFA after the reset? Its own enrolment no longer counts then.
    auto requirement = OperatorSignIn::mfaRequirement(*m_db, m_operator->groupId, m_operator->accountId);
    if (!requirement)
        return fail(requirement.error());
    if (!requirement->needed)
        return {};
    return fail(Error::Code::NotAllowed, QString(),
                tr("The operator \"%1\" may not reset its own multi-factor authentication: it needs it to sign in, as "
                   "%2 It could not sign in again to enrol. Another operator who manages operators resets and "
                   "enrols it.")
                    .arg(m_operator->login, requirement->reason));
}

Result<void> Authority::maySetMfaRequired(qint64 groupId, bool required)
{
    if (auto allowed = allows(Permission::ManageOperators, groupId); !allowed || !m_operator || !required)
        return allowed;
    auto chain = GroupStore(*m_db).ancestry(m_operator->groupId);
    if (!chain)
        return fail(chain.error());
    if (!chain->contains(groupId))
        return {};
    auto enrolled = selfEnrolled();
    if (!enrolled)
        return fail(enrolled.error());
    if (*enrolled)
        return {};
    return fail(enrolYourselfFirst(
        tr("the switch would make it need it to sign in, as it works in \"%1\".").arg(groupPath(m_operator->groupId))));
}

} // namespace bc
