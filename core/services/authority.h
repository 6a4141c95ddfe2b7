#pragma once

#include "core/domain/account.h"
#include "core/domain/accountquery.h"
#include "core/domain/auditquery.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/domain/operator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bc {

class Database;

// What whoever works on a database may do, decided here once for every front end (the CLI asks
// before each command, the console before it enables an action and before each job writes). An operator
// (OperatorSignIn) has the permissions of its administrator switch (all of them) or of its security groups (what they
// list together), and only in its own group and the groups below it, never above or beside; operators of the top group
// reach everything. It cannot give anyone, itself included, more than it has. While a database has no operator at all,
// whoever opens it works with every permission, so databases made before operators keep working; once one exists, a
// sign-in is needed. Refusals are Error::Code::NotAllowed, in plain words. Runs on the thread of its Database.
class Authority final
{
    Q_DECLARE_TR_FUNCTIONS(bc::Authority)

public:
    // A signed-in operator: its permissions are read once, here.
    static Result<Authority> of(Database &database, const Operator &signedIn);
    // Nobody signed in: every permission while the database has no operator yet; refused once it
    // has one (on Field::login: a sign-in is needed).
    static Result<Authority> withoutSignIn(Database &database);
    // The same, whether the database has an operator read already (OperatorStore::anyOperatorRead).
    static Result<Authority> withoutSignIn(Database &database, bool databaseHasOperators);

    // nullopt: nobody signed in (the database has no operator yet).
    [[nodiscard]] const std::optional<Operator> &signedIn() const { return m_operator; }
    // The login the audit log names, empty when nobody signed in.
    [[nodiscard]] QString login() const { return m_operator ? m_operator->login : QString(); }
    [[nodiscard]] Permissions permissions() const { return m_permissions; }
    [[nodiscard]] bool administrator() const { return !m_operator || m_operator->administrator; }
    // The group whose subtree it reaches; 0: every group (nobody signed in).
    [[nodiscard]] qint64 scope() const { return m_operator ? m_operator->groupId : 0; }

    // May it do `permission` in the group? 0 stands for the whole database (a new top group, the
    // mail server): only who reaches the top group may.
    Result<void> allows(Permission permission, qint64 groupId);
    // Is the group its own or below it (to show it, its accounts, its audit entries)?
    Result<void> reaches(qint64 groupId);
    // What it may not do in the group, each permission with the refusal allows() gives, asked at once
    // (a front end enabling its actions): empty when it may do everything there.
    Result<QHash<Permission, QString>> refusalsIn(qint64 groupId);
    // The audit log's query as it may read it: an operator below the top group reads the entries of
    // its own group and the groups below it when no group is given; it needs "view audit log" there.
    Result<AuditQuery> auditScope(AuditQuery query);
    // The account list's query as it may read it: without a group, an operator reads its own group
    // and the groups below it; a group the query names must be one it reaches.
    Result<AccountQuery> accountScope(AccountQuery query);
    // May it give an account the administrator switch (when `administrator`) and the security
    // groups? Only what it has: the switch needs its own switch, a security group every permission
    // the group lists.
    Result<void> mayGrant(bool administrator, const QList<qint64> &securityGroupIds);
    // May it change the account `before` as `after` says? What a change gives is checked as
    // above: the switch turned on and the security groups added. With a new password, all the
    // account will have: whoever knows the password signs in as the account.
    Result<void> mayGrantChange(const Account &before, const AccountDraft &after);
    // What it may not give of these, each with mayGrant()'s refusal in plain words: the
    // administrator switch under 0, a security group under its id. Empty: it may give them all.
    // Asks the database nothing (a front end greying out what it may not tick).
    [[nodiscard]] QHash<qint64, QString> grantRefusals(const QList<SecurityGroup> &securityGroups) const;
    // May it give a security group these permissions? Only those it has.
    Result<void> mayGrant(Permissions permissions);
    // May it manage the operator with this login (enrol or reset its multi-factor authentication)?
    // Itself always; another with "manage operators" in the other's group, when the other has no
    // more than it has. An unknown login passes: the command says it is unknown.
    Result<void> mayManage(const QString &login);
    // May it enrol the operator with this login? As mayManage(), and an operator of the top group
    // that is not enrolled may not enrol another: the top group's operators would need MFA, itself
    // included, and it would be locked out. Enrol yourself first.
    Result<void> mayEnroll(const QString &login);
    // May it reset the multi-factor authentication of the operator with this login? As mayManage(),
    // and not its own while it would still need MFA to sign in after the reset: it could not sign in
    // again to enrol. Another operator who manages operators resets and enrols it then. (A top-group
    // operator that is the only one enrolled may: after the reset nobody is, and it needs none.)
    Result<void> mayReset(const QString &login);
    // May it turn the group's switch "operators need MFA" on (or off, when not `required`)? It needs
    // "manage operators" in the group; turning it on is refused while it works in that group or below
    // it and is not enrolled itself, which would lock it out.
    Result<void> maySetMfaRequired(qint64 groupId, bool required);

    // The operators it reaches (its own group's and those below), by login, with their scopes'
    // paths and what they may.
    Result<QList<OperatorSummary>> operators();
    // The operator with that login: NotFound when there is none, NotAllowed when it is out of reach.
    Result<OperatorSummary> operatorNamed(const QString &login);

private:
    Authority(Database &database, std::optional<Operator> signedIn, Permissions permissions);

    // Whether the group is the operator's own or below it; the refusal names both groups.
    Result<void> inScope(qint64 groupId, const QString &refusal);
    QString groupPath(qint64 groupId);
    // The refusal of allows() outside its scope, with %1 the operator, %2 the group, %3 its own.
    static QString outsideRefusal();
    Error missing(Permissions lacking, const QString &where) const;
    // mayGrant()'s refusals: the administrator switch; a security group (empty when it may).
    QString administratorRefusal() const;
    QString securityGroupRefusal(const SecurityGroup &group) const;
    Result<bool> selfEnrolled();
    Error enrolYourselfFirst(const QString &why) const;

    Database *m_db;
    std::optional<Operator> m_operator;
    Permissions m_permissions;
};

} // namespace bc
