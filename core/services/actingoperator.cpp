#include "core/services/actingoperator.h"

#include "core/domain/fields.h"
#include "core/services/operatorsignin.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/operatorstore.h"

namespace bc {

ActingOperator::ActingOperator(Database &database)
    : m_db(database)
{
}

Result<bool> ActingOperator::signInNeeded()
{
    if (isSignedIn())
        return OperatorStore(m_db).anyOperator();
    // Asked as every check asks it, so that the answer serves the next checks too.
    auto nobody = current();
    if (nobody)
        return false;
    if (nobody.error().isDatabaseProblem())
        return fail(nobody.error());
    return true;
}

Result<ActingOperator::Opening> ActingOperator::opening()
{
    m_openingTree.reset();
    if (isSignedIn()) {
        // Signed in already: the top of what it reaches.
        auto tree = topGroupWithChildren();
        if (!tree)
            return fail(tree.error());
        return Opening {false, *std::move(tree)};
    }
    // Nobody's authority as current() asks it, with the tree in the same message.
    bool databaseHasOperators = false;
    Opening opened;
    const quint64 commits = m_db.commits();
    if (auto read = m_db.readTogether({OperatorStore(m_db).anyOperatorRead(&databaseHasOperators),
                                       GroupStore(m_db).topWithChildrenRead(0, &opened.tree)});
        !read) {
        m_authority.reset();
        return fail(read.error());
    }
    if (!keepNobody(commits, Authority::withoutSignIn(m_db, databaseHasOperators))) {
        // Whoever signs in sees its own part of the tree, read then.
        opened.signInNeeded = true;
        return opened;
    }
    m_openingTree = opened.tree;
    m_commitsWhenOpened = commits;
    return opened;
}

Result<ActingOperatorView> ActingOperator::signIn(const QString &login, const QString &password, const QString &code)
{
    signOut();
    auto signedIn = OperatorSignIn(m_db).signIn(login, password, code);
    if (!signedIn)
        return fail(signedIn.error());
    return take(Authority::of(m_db, *signedIn));
}

void ActingOperator::signOut()
{
    m_authority.reset();
    m_openingTree.reset();
    m_db.setActingOperator(QString());
}

void ActingOperator::beginAction()
{
    // Nobody's authority is asked anew once something changed since it was asked.
    if (!isSignedIn() && !nobodyHolds())
        m_authority.reset();
    m_inAction = true;
}

bool ActingOperator::nobodyHolds() const
{
    return m_authority && !m_changedElsewhere && m_db.commits() == m_commitsWhenAsked;
}

void ActingOperator::endAction()
{
    m_inAction = false;
}

Result<ActingOperatorView> ActingOperator::take(Result<Authority> authority)
{
    if (!authority)
        return fail(authority.error());
    ActingOperatorView view;
    view.login = authority->login();
    view.scopeGroupId = authority->scope();
    view.permissions = authority->permissions();
    view.administrator = authority->administrator();
    if (view.scopeGroupId != 0) {
        auto paths = GroupStore(m_db).paths({view.scopeGroupId});
        if (!paths)
            return fail(paths.error());
        view.scopePath = paths->value(view.scopeGroupId);
    }
    m_authority = std::move(*authority);
    m_db.setActingOperator(view.login);
    return view;
}

Error ActingOperator::notSignedIn() const
{
    return {Error::Code::NotAllowed, Field::login, tr("Nobody is signed in: sign in as an operator to work here.")};
}

Result<std::optional<Group>> ActingOperator::topGroup()
{
    // Asked, not assumed: nobody signed in on a database with operators reaches no group at all.
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    if ((*authority)->scope() == 0)
        return GroupStore(m_db).root();
    auto own = GroupStore(m_db).byId((*authority)->scope());
    if (!own)
        return fail(own.error());
    return std::optional<Group>(*own);
}

Result<GroupStore::TopOfTree> ActingOperator::topGroupWithChildren()
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    // What opening() read, once, while nothing changed since.
    if (m_openingTree && !isSignedIn() && m_db.commits() == m_commitsWhenOpened)
        return *std::exchange(m_openingTree, std::nullopt);
    m_openingTree.reset();
    return GroupStore(m_db).topWithChildren((*authority)->scope());
}

Result<Authority *> ActingOperator::current()
{
    if (isSignedIn())
        return &*m_authority; // a signed-in operator's
    if (m_authority && (m_inAction || nobodyHolds()))
        return &*m_authority; // nobody's, asked at this action's first check or before it
    // Nobody signed in: whoever opened a database without operators works with every permission,
    // asked again once anything changed, so that the first operator made (here or on another desk)
    // ends it.
    return keepNobody(m_db.commits(), Authority::withoutSignIn(m_db));
}

Result<Authority *> ActingOperator::keepNobody(quint64 commitsWhenAsked, Result<Authority> nobody)
{
    m_commitsWhenAsked = commitsWhenAsked;
    m_changedElsewhere = false;
    if (!nobody) {
        m_authority.reset();
        return fail(nobody.error().isDatabaseProblem() ? nobody.error() : notSignedIn());
    }
    m_authority = std::move(*nobody);
    return &*m_authority;
}

Result<Authority> ActingOperator::authority()
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return **authority;
}

Result<void> ActingOperator::allows(Permission permission, qint64 groupId)
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return (*authority)->allows(permission, groupId);
}

Result<void> ActingOperator::mayGrant(const AccountDraft &draft)
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return (*authority)->mayGrant(draft.administrator, draft.securityGroupIds);
}

Result<void> ActingOperator::maySetMfaRequired(qint64 groupId, bool required)
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return (*authority)->maySetMfaRequired(groupId, required);
}

Result<void> ActingOperator::mayGrantChange(const Account &before, const AccountDraft &after)
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return (*authority)->mayGrantChange(before, after);
}

QHash<qint64, QString> ActingOperator::grantRefusals(const QList<SecurityGroup> &securityGroups) const
{
    return isSignedIn() ? m_authority->grantRefusals(securityGroups) : QHash<qint64, QString>();
}

Result<void> ActingOperator::reaches(qint64 groupId)
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return (*authority)->reaches(groupId);
}

Result<AuditQuery> ActingOperator::auditScope(const AuditQuery &query)
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return (*authority)->auditScope(query);
}

Result<AccountQuery> ActingOperator::accountScope(const AccountQuery &query)
{
    auto authority = current();
    if (!authority)
        return fail(authority.error());
    return (*authority)->accountScope(query);
}

std::optional<BulkOutcome> ActingOperator::refusesBulk(Permission permission, qint64 groupId, qsizetype total)
{
    auto allowed = allows(permission, groupId);
    if (allowed)
        return std::nullopt;
    BulkOutcome refused;
    refused.total = static_cast<int>(total);
    refused.stoppedBy = allowed.error();
    return refused;
}

Result<GroupPermissions> ActingOperator::permissionsIn(qint64 groupId)
{
    GroupPermissions answer;
    answer.groupId = groupId;
    auto authority = current();
    if (!authority && authority.error().isDatabaseProblem())
        return fail(authority.error());
    if (!authority) {
        for (Permission permission : allPermissions)
            answer.refusals.insert(permission, authority.error().message);
        return answer;
    }
    auto refusals = (*authority)->refusalsIn(groupId);
    if (!refusals)
        return fail(refusals.error());
    answer.refusals = *refusals;
    for (Permission permission : allPermissions) {
        if (!answer.refusals.contains(permission))
            answer.allowed |= permission;
    }
    return answer;
}

} // namespace bc
