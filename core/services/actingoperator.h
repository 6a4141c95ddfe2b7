#pragma once

#include "core/domain/bulkoutcome.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/domain/group.h"
#include "core/services/authority.h"
#include "core/storage/groupstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace bc {

class Database;

// Whoever works on the console, as the window sees it: a value the worker hands to the GUI thread.
// `login` is empty when nobody signed in (a database without operators).
struct ActingOperatorView
{
    QString login;
    qint64 scopeGroupId = 0; // its own group; 0: every group
    QString scopePath; // "Acme MSP/Contoso"; empty when nobody signed in
    Permissions permissions;
    bool administrator = false;

    [[nodiscard]] bool signedIn() const { return !login.isEmpty(); }
};

// What the acting operator may do in one group, each permission with Authority's refusal in plain
// words: for the window to enable its actions and say why one is not.
struct GroupPermissions
{
    qint64 groupId = 0;
    Permissions allowed;
    QHash<Permission, QString> refusals;

    [[nodiscard]] bool allows(Permission permission) const { return allowed.testFlag(permission); }
    [[nodiscard]] QString refusal(Permission permission) const { return refusals.value(permission); }
};

// Who works on one connection (the workspace's worker): the operator signed in through
// OperatorSignIn, or nobody on a database without operators. It names the operator on the
// connection (Database::setActingOperator), so every audit entry does, and keeps the Authority
// every job asks before it writes. Without a sign-in, a database with no operator allows everything
// (Authority::withoutSignIn) and one with operators nothing; whether it has one is asked again once
// anything changed since (see beginAction()).
// Runs on the thread of its Database.
class ActingOperator final
{
    Q_DECLARE_TR_FUNCTIONS(bc::ActingOperator)
    Q_DISABLE_COPY_MOVE(ActingOperator)

public:
    explicit ActingOperator(Database &database);

    // Whether a sign-in is needed: the database has an operator.
    Result<bool> signInNeeded();
    // What a console asks as it opens, in one round trip: whether a sign-in is needed, and the top
    // group with its children (no top: the database has no group yet; signed in already: the top
    // of what the operator reaches). When nobody needs to sign in, the tree's first read
    // (topGroupWithChildren()) then takes that answer instead of asking again, unless something
    // changed meanwhile.
    struct Opening
    {
        bool signInNeeded = false;
        GroupStore::TopOfTree tree;
    };
    Result<Opening> opening();
    // Signs in through OperatorSignIn; its refusals come back as they are (on Field::login,
    // Field::password, Field::otp, or none for a wait).
    Result<ActingOperatorView> signIn(const QString &login, const QString &password, const QString &code = {});
    // Nobody works any more: nothing is allowed until the next sign-in.
    void signOut();
    // One action of a person (a job of the workspace's worker) begins and ends. With nobody signed
    // in, whether the database has an operator is asked at the first check and holds until the end
    // of the action, and after it until something changed: a write transaction this connection
    // committed (the first operator may have been made here) or a change made elsewhere
    // (noteChangeElsewhere()). Over a slow link that is a round trip less for most actions.
    void beginAction();
    void endAction();
    // Another connection changed the database (ChangeWatcher): the next check asks again.
    void noteChangeElsewhere()
    {
        m_changedElsewhere = true;
        m_openingTree.reset();
    }

    // The group whose subtree the signed-in operator reaches; 0: every group, or nobody signed in
    // (then allows(), reaches() and topGroup() answer whether that is allowed).
    [[nodiscard]] qint64 scope() const { return m_authority ? m_authority->scope() : 0; }
    // The top of what it reaches: the top group, or its own group. nullopt: no group yet.
    Result<std::optional<Group>> topGroup();
    // The same with its children, in one statement: a tree's first read.
    Result<GroupStore::TopOfTree> topGroupWithChildren();
    // Authority::allows and reaches, refused while nobody signed in on a database with operators.
    Result<void> allows(Permission permission, qint64 groupId);
    Result<void> reaches(qint64 groupId);
    // Authority::mayGrant and mayGrantChange for a new account's draft and an account's change:
    // nobody gives more than it has.
    Result<void> mayGrant(const AccountDraft &draft);
    Result<void> mayGrantChange(const Account &before, const AccountDraft &after);
    // Authority::maySetMfaRequired: whether it may turn a group's MFA switch (Edit → Undo of one).
    Result<void> maySetMfaRequired(qint64 groupId, bool required);
    // Authority::grantRefusals: what the signed-in operator may not give of these (the administrator
    // switch under 0). Asks the database nothing: with nobody signed in it is empty (a database
    // without operators allows everything, one with operators nothing, which allows() refuses).
    [[nodiscard]] QHash<qint64, QString> grantRefusals(const QList<SecurityGroup> &securityGroups) const;
    // Authority::auditScope: the audit log's query narrowed to what it may read, or its refusal.
    Result<AuditQuery> auditScope(const AuditQuery &query);
    // Authority::accountScope: the account list's query narrowed to what it may read, or its refusal.
    Result<AccountQuery> accountScope(const AccountQuery &query);
    // A bulk action's answer when it may not do `permission` in the group: nothing done, stopped by
    // the refusal; nullopt when it may.
    std::optional<BulkOutcome> refusesBulk(Permission permission, qint64 groupId, qsizetype total);
    // The Authority itself, for a job that asks it more than allows() and reaches() (an operator's
    // MFA, a group's switch): the signed-in operator's, or nobody's on a database without operators.
    Result<Authority> authority();
    // Every permission in the group, with Authority's refusal for each it may not.
    Result<GroupPermissions> permissionsIn(qint64 groupId);

private:
    Result<ActingOperatorView> take(Result<Authority> authority);
    Error notSignedIn() const;
    // The authority of the signed-in operator, or of nobody when the database has no operator.
    Result<Authority *> current();
    // Keeps nobody's authority as asked when the connection had made `commitsWhenAsked` commits
    // (or forgets it, when the database has operators: a sign-in is needed).
    Result<Authority *> keepNobody(quint64 commitsWhenAsked, Result<Authority> nobody);
    // Whether m_authority is a signed-in operator's (not nobody's, on a database without operators).
    [[nodiscard]] bool isSignedIn() const { return m_authority && !m_authority->login().isEmpty(); }

    // Whether nobody's authority (no operator yet) still holds: nothing changed since it was asked.
    [[nodiscard]] bool nobodyHolds() const;

    Database &m_db;
    std::optional<Authority> m_authority;
    bool m_inAction = false;
    quint64 m_commitsWhenAsked = 0; // Database::commits() when nobody's authority was asked
    bool m_changedElsewhere = false;
    // The tree opening() read for nobody, until the tree takes it or anything changes.
    std::optional<GroupStore::TopOfTree> m_openingTree;
    quint64 m_commitsWhenOpened = 0;
};

} // namespace bc
