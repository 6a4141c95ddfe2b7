#include "core/domain/fields.h"
#include "core/services/accountservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

const QString password = u"Kite-Harbor-Lantern-93"_s;

} // namespace

// Core decides, once, what an operator may: the administrator switch grants every permission, a
// security group what it lists, both only in the operator's own group and below it; nobody gives
// more than it has; a database without operators lets whoever opens it do everything.
class TestAuthority final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theAccountListIsWhatTheOperatorReaches_data();
    void theAccountListIsWhatTheOperatorReaches();
    void anOperatorMayWhatItHasInItsOwnGroupAndBelow_data();
    void anOperatorMayWhatItHasInItsOwnGroupAndBelow();
    void anOperatorReachesItsSubtreeOnly_data();
    void anOperatorReachesItsSubtreeOnly();
    void theWholeDatabaseIsTheTopGroupsOperators_data();
    void theWholeDatabaseIsTheTopGroupsOperators();
    void nobodyGivesMoreThanItHas_data();
    void nobodyGivesMoreThanItHas();
    void anEditGivesOnlyWhatTheOperatorHas_data();
    void anEditGivesOnlyWhatTheOperatorHas();
    void aSecurityGroupGetsOnlyWhatTheOperatorHas_data();
    void aSecurityGroupGetsOnlyWhatTheOperatorHas();
    void theRefusalSaysWhoWhatAndWhere();
    void withoutOperatorsWhoeverOpensTheDatabaseMayEverything();
    void oneOperatorMakesASignInNecessary_data();
    void oneOperatorMakesASignInNecessary();
    void turningMfaOnLocksOutNobody_data();
    void turningMfaOnLocksOutNobody();
    void enrollingAnotherLocksOutNobody_data();
    void enrollingAnotherLocksOutNobody();
    void resettingItselfLocksOutNobody_data();
    void resettingItselfLocksOutNobody();
    void theOperatorListSaysWhoNeedsMfa_data();
    void theOperatorListSaysWhoNeedsMfa();

private:
    Account create(const QString &login, qint64 group, bool administrator, const QList<qint64> &securityGroups,
                   const QString &withPassword = password);
    Operator signedIn(const QString &who);
    qint64 group(const QString &name) const { return m_groupIds.value(name); }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    QHash<QString, qint64> m_groupIds; // "root", "contoso", "sales", "fabrikam"
    QHash<QString, qint64> m_securityGroups; // "helpdesk", "auditors", "everything"
};

void TestAuthority::init()
{
    m_db = bc::test::openFresh(u"authority"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_groupIds.clear();
    m_groupIds.insert(u"root"_s, m_groups->createRoot(u"Acme MSP"_s)->id);
    m_groupIds.insert(u"contoso"_s, m_groups->create(group(u"root"_s), u"Contoso"_s)->id);
    m_groupIds.insert(u"sales"_s, m_groups->create(group(u"contoso"_s), u"Sales"_s)->id);
    m_groupIds.insert(u"fabrikam"_s, m_groups->create(group(u"root"_s), u"Fabrikam"_s)->id);
    CatalogService catalog(*m_db);
    const std::tuple<QString, QString, Permissions> securityGroups[] {
        {u"helpdesk"_s, u"Helpdesk"_s, Permissions(Permission::CreateAccounts) | Permission::EditAccounts},
        {u"auditors"_s, u"Auditors"_s, Permissions(Permission::ViewAuditLog)},
        {u"everything"_s, u"Everything"_s,
         Permissions(Permission::CreateAccounts) | Permission::EditAccounts | Permission::DeleteAccounts
             | Permission::ManageGroups | Permission::ViewAuditLog | Permission::ManageSettings
             | Permission::ManageOperators},
    };
    m_securityGroups.clear();
    for (const auto &[key, name, permissions] : securityGroups) {
        auto added = catalog.addSecurityGroup({0, group(u"contoso"_s), name, permissions});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        m_securityGroups.insert(key, added->id);
    }
}

void TestAuthority::cleanup()
{
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

Account TestAuthority::create(const QString &login, qint64 groupId, bool administrator,
                              const QList<qint64> &securityGroups, const QString &withPassword)
{
    AccountDraft draft = bc::test::personDraft(login);
    draft.administrator = administrator;
    draft.password = withPassword;
    draft.securityGroupIds = securityGroups;
    auto account = m_accounts->create(groupId, draft, AccountStatus::Active);
    if (!account)
        qWarning() << account.error().message;
    return account.value_or(Account {});
}

// The operators the tests act as, made as they would sign in (OperatorSignIn's answer).
Operator TestAuthority::signedIn(const QString &who)
{
    Account account;
    if (who == "msp admin"_L1)
        account = create(u"msp-admin"_s, group(u"root"_s), true, {});
    else if (who == "contoso admin"_L1)
        account = create(u"contoso-admin"_s, group(u"contoso"_s), true, {});
    else if (who == "contoso helpdesk"_L1)
        account = create(u"contoso-helpdesk"_s, group(u"contoso"_s), false, {m_securityGroups[u"helpdesk"_s]});
    else if (who == "contoso helpdesk and auditor"_L1)
        account = create(u"contoso-both"_s, group(u"contoso"_s), false,
                         {m_securityGroups[u"helpdesk"_s], m_securityGroups[u"auditors"_s]});
    else if (who == "sales everything"_L1)
        account = create(u"sales-everything"_s, group(u"sales"_s), false, {m_securityGroups[u"everything"_s]});
    else
        qFatal("no operator \"%s\" in the test", qPrintable(who));
    return {account.id, account.login, account.groupId, account.administrator, account.securityGroupIds};
}

void TestAuthority::theAccountListIsWhatTheOperatorReaches_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("asked"); // the list's group; empty: every group
    QTest::addColumn<QString>("listed"); // the group listed with its subgroups; empty: refused
    QTest::newRow("no group: its own and below") << u"contoso helpdesk"_s << QString() << u"contoso"_s;
    QTest::newRow("a group below") << u"contoso helpdesk"_s << u"sales"_s << u"sales"_s;
    QTest::newRow("a group beside") << u"contoso helpdesk"_s << u"fabrikam"_s << QString();
    QTest::newRow("the group above") << u"sales everything"_s << u"contoso"_s << QString();
    QTest::newRow("the top group's operator, no group") << u"msp admin"_s << QString() << u"root"_s;
}

void TestAuthority::theAccountListIsWhatTheOperatorReaches()
{
    QFETCH(QString, who);
    QFETCH(QString, asked);
    QFETCH(QString, listed);
    auto authority = Authority::of(*m_db, signedIn(who));
    QVERIFY(authority);
    AccountQuery query;
    query.groupId = asked.isEmpty() ? 0 : group(asked);
    query.includeSubgroups = asked.isEmpty() ? false : true;
    const auto scoped = authority->accountScope(query);
    if (listed.isEmpty()) {
        QVERIFY(!scoped);
        QCOMPARE(scoped.error().code, Error::Code::NotAllowed);
        return;
    }
    QVERIFY2(scoped, scoped ? "" : qPrintable(scoped.error().message));
    QCOMPARE(scoped->groupId, group(listed));
    QVERIFY(scoped->includeSubgroups);
}

void TestAuthority::anOperatorMayWhatItHasInItsOwnGroupAndBelow_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("where");
    QTest::addColumn<Permissions>("granted");
    // Written out, not computed: what each operator holds, and where it works.
    const Permissions helpdesk = Permissions(Permission::CreateAccounts) | Permission::EditAccounts;
    const Permissions all = Permissions::fromInt(0x7f);
    const Permissions none;
    const std::tuple<const char *, const char *, Permissions> cases[] {
        {"contoso admin", "contoso", all},
        {"contoso admin", "sales", all},
        {"contoso admin", "root", none},
        {"contoso admin", "fabrikam", none},
        {"contoso helpdesk", "contoso", helpdesk},
        {"contoso helpdesk", "sales", helpdesk},
        {"contoso helpdesk", "root", none},
        {"contoso helpdesk", "fabrikam", none},
        {"contoso helpdesk and auditor", "sales", helpdesk | Permission::ViewAuditLog},
        {"contoso helpdesk and auditor", "fabrikam", none},
        {"sales everything", "sales", all},
        {"sales everything", "contoso", none},
        {"msp admin", "root", all},
        {"msp admin", "contoso", all},
        {"msp admin", "sales", all},
        {"msp admin", "fabrikam", all},
    };
    for (const auto &[who, where, granted] : cases)
        QTest::addRow("%s in %s", who, where) << QString::fromLatin1(who) << QString::fromLatin1(where) << granted;
}

void TestAuthority::anOperatorMayWhatItHasInItsOwnGroupAndBelow()
{
    QFETCH(QString, who);
    QFETCH(QString, where);
    QFETCH(Permissions, granted);
    auto authority = Authority::of(*m_db, signedIn(who));
    QVERIFY2(authority, qPrintable(authority ? QString() : authority.error().message));
    for (Permission permission : allPermissions) {
        const auto allowed = authority->allows(permission, group(where));
        const QByteArray label = CatalogText::label(permission).toUtf8();
        QVERIFY2(allowed.has_value() == granted.testFlag(permission), label.constData());
        if (!allowed) {
            QCOMPARE(allowed.error().code, Error::Code::NotAllowed);
            QVERIFY2(!allowed.error().message.isEmpty(), label.constData());
        }
    }
}

void TestAuthority::anOperatorReachesItsSubtreeOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("reached");
    QTest::newRow("own group") << u"contoso helpdesk"_s << u"contoso"_s << true;
    QTest::newRow("subgroup") << u"contoso helpdesk"_s << u"sales"_s << true;
    QTest::newRow("parent") << u"contoso helpdesk"_s << u"root"_s << false;
    QTest::newRow("sibling") << u"contoso helpdesk"_s << u"fabrikam"_s << false;
    QTest::newRow("unit's parent") << u"sales everything"_s << u"contoso"_s << false;
    QTest::newRow("top group, a customer") << u"msp admin"_s << u"fabrikam"_s << true;
}

void TestAuthority::anOperatorReachesItsSubtreeOnly()
{
    QFETCH(QString, who);
    QFETCH(QString, where);
    QFETCH(bool, reached);
    auto authority = Authority::of(*m_db, signedIn(who));
    QVERIFY(authority);
    const auto answer = authority->reaches(group(where));
    QCOMPARE(answer.has_value(), reached);
    if (!reached)
        QCOMPARE(answer.error().code, Error::Code::NotAllowed);
}

void TestAuthority::theWholeDatabaseIsTheTopGroupsOperators_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("top group's administrator") << u"msp admin"_s << true;
    QTest::newRow("a customer's administrator") << u"contoso admin"_s << false;
}

void TestAuthority::theWholeDatabaseIsTheTopGroupsOperators()
{
    QFETCH(QString, who);
    QFETCH(bool, allowed);
    auto authority = Authority::of(*m_db, signedIn(who));
    QVERIFY(authority);
    QCOMPARE(authority->allows(Permission::ManageGroups, 0).has_value(), allowed);
    QCOMPARE(authority->reaches(0).has_value(), allowed);
}

void TestAuthority::nobodyGivesMoreThanItHas_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<QStringList>("securityGroups");
    QTest::addColumn<QString>("refusedField"); // empty: allowed
    QTest::newRow("helpdesk makes an administrator")
        << u"contoso helpdesk"_s << true << QStringList() << Field::administrator;
    QTest::newRow("helpdesk gives its own security group")
        << u"contoso helpdesk"_s << false << QStringList {u"helpdesk"_s} << QString();
    QTest::newRow("helpdesk gives the auditors'")
        << u"contoso helpdesk"_s << false << QStringList {u"auditors"_s} << Field::securityGroups;
    QTest::newRow("helpdesk gives everything")
        << u"contoso helpdesk"_s << false << QStringList {u"helpdesk"_s, u"everything"_s} << Field::securityGroups;
    QTest::newRow("helpdesk and auditor gives both")
        << u"contoso helpdesk and auditor"_s << false << QStringList {u"helpdesk"_s, u"auditors"_s} << QString();
    QTest::newRow("every permission makes an administrator")
        << u"sales everything"_s << true << QStringList() << Field::administrator;
    QTest::newRow("every permission gives everything")
        << u"sales everything"_s << false << QStringList {u"everything"_s} << QString();
    QTest::newRow("administrator makes an administrator")
        << u"contoso admin"_s << true << QStringList {u"everything"_s} << QString();
}

void TestAuthority::nobodyGivesMoreThanItHas()
{
    QFETCH(QString, who);
    QFETCH(bool, administrator);
    QFETCH(QStringList, securityGroups);
    QFETCH(QString, refusedField);
    auto authority = Authority::of(*m_db, signedIn(who));
    QVERIFY(authority);
    QList<qint64> ids;
    for (const QString &key : std::as_const(securityGroups))
        ids.append(m_securityGroups.value(key));
    const auto answer = authority->mayGrant(administrator, ids);
    QCOMPARE(answer.has_value(), refusedField.isEmpty());
    if (!answer) {
        QCOMPARE(answer.error().code, Error::Code::NotAllowed);
        QCOMPARE(answer.error().field, refusedField);
    }

    // What a front end greys out says the same, without asking the database.
    auto offered = CatalogService(*m_db).securityGroups(group(u"contoso"_s));
    QVERIFY(offered);
    const QHash<qint64, QString> refusals = authority->grantRefusals(*offered);
    bool greyedOut = administrator && refusals.contains(0);
    for (qint64 id : std::as_const(ids))
        greyedOut = greyedOut || refusals.contains(id);
    QCOMPARE(greyedOut, !refusedField.isEmpty());
    if (!answer)
        QVERIFY2(refusals.values().contains(answer.error().message), qPrintable(answer.error().message));
}

void TestAuthority::anEditGivesOnlyWhatTheOperatorHas_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("wasAdministrator");
    QTest::addColumn<QStringList>("hadSecurityGroups");
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<QStringList>("securityGroups");
    QTest::addColumn<bool>("newPassword");
    QTest::addColumn<QString>("refusedField"); // empty: allowed
    // What the account has already is not given again: a helpdesk operator may change the name of
    // an administrator, or of an account in a security group it could not give.
    QTest::newRow("an administrator kept")
        << u"contoso helpdesk"_s << true << QStringList() << true << QStringList() << false << QString();
    QTest::newRow("a richer security group kept") << u"contoso helpdesk"_s << false << QStringList {u"everything"_s}
                                                  << false << QStringList {u"everything"_s} << false << QString();
    QTest::newRow("a richer security group taken away")
        << u"contoso helpdesk"_s << false << QStringList {u"everything"_s} << false << QStringList() << false
        << QString();
    QTest::newRow("the switch turned on")
        << u"contoso helpdesk"_s << false << QStringList() << true << QStringList() << false << Field::administrator;
    QTest::newRow("a richer security group added")
        << u"contoso helpdesk"_s << false << QStringList {u"helpdesk"_s} << false
        << QStringList {u"helpdesk"_s, u"auditors"_s} << false << Field::securityGroups;
    QTest::newRow("its own security group added") << u"contoso helpdesk"_s << false << QStringList() << false
                                                  << QStringList {u"helpdesk"_s} << false << QString();
    // Whoever sets the password signs in as the account: that gives all the account will have.
    QTest::newRow("a new password for an administrator")
        << u"contoso helpdesk"_s << true << QStringList() << true << QStringList() << true << Field::administrator;
    QTest::newRow("a new password for a richer security group")
        << u"contoso helpdesk"_s << false << QStringList {u"everything"_s} << false << QStringList {u"everything"_s}
        << true << Field::securityGroups;
    QTest::newRow("a new password, its own security group")
        << u"contoso helpdesk"_s << false << QStringList {u"helpdesk"_s} << false << QStringList {u"helpdesk"_s} << true
        << QString();
    QTest::newRow("an administrator gives anything")
        << u"contoso admin"_s << false << QStringList() << true << QStringList {u"everything"_s} << true << QString();
}

void TestAuthority::anEditGivesOnlyWhatTheOperatorHas()
{
    QFETCH(QString, who);
    QFETCH(bool, wasAdministrator);
    QFETCH(QStringList, hadSecurityGroups);
    QFETCH(bool, administrator);
    QFETCH(QStringList, securityGroups);
    QFETCH(bool, newPassword);
    QFETCH(QString, refusedField);
    const auto ids = [this](const QStringList &keys) {
        QList<qint64> found;
        for (const QString &key : keys)
            found.append(m_securityGroups.value(key));
        return found;
    };
    auto authority = Authority::of(*m_db, signedIn(who));
    QVERIFY(authority);
    const Account before = create(u"edited"_s, group(u"sales"_s), wasAdministrator, ids(hadSecurityGroups));
    QVERIFY(before.id != 0);
    AccountDraft after = before.draft();
    after.firstName = u"Renamed"_s;
    after.administrator = administrator;
    after.securityGroupIds = ids(securityGroups);
    if (newPassword)
        after.password = u"violet-harbour-71-kiteS"_s;
    const auto answer = authority->mayGrantChange(before, after);
    QCOMPARE(answer.has_value(), refusedField.isEmpty());
    if (!answer) {
        QCOMPARE(answer.error().code, Error::Code::NotAllowed);
        QCOMPARE(answer.error().field, refusedField);
    }
}

void TestAuthority::aSecurityGroupGetsOnlyWhatTheOperatorHas_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<Permissions>("permissions");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("what it has") << u"contoso helpdesk"_s << Permissions(Permission::CreateAccounts) << true;
    QTest::newRow("one more") << u"contoso helpdesk"_s
                              << (Permissions(Permission::CreateAccounts) | Permission::DeleteAccounts) << false;
    QTest::newRow("manage operators") << u"contoso helpdesk"_s << Permissions(Permission::ManageOperators) << false;
    QTest::newRow("administrator") << u"contoso admin"_s << Permissions::fromInt(0x7f) << true;
}

void TestAuthority::aSecurityGroupGetsOnlyWhatTheOperatorHas()
{
    QFETCH(QString, who);
    QFETCH(Permissions, permissions);
    QFETCH(bool, allowed);
    auto authority = Authority::of(*m_db, signedIn(who));
    QVERIFY(authority);
    QCOMPARE(authority->mayGrant(permissions).has_value(), allowed);
}

void TestAuthority::theRefusalSaysWhoWhatAndWhere()
{
    auto authority = Authority::of(*m_db, signedIn(u"contoso helpdesk"_s));
    QVERIFY(authority);
    auto lacking = authority->allows(Permission::DeleteAccounts, group(u"sales"_s));
    QVERIFY(!lacking);
    QVERIFY2(lacking.error().message.contains(u"contoso-helpdesk"_s), qPrintable(lacking.error().message));
    QVERIFY2(lacking.error().message.contains(u"Acme MSP/Contoso/Sales"_s), qPrintable(lacking.error().message));
    QVERIFY2(lacking.error().message.contains(u"Delete accounts"_s), qPrintable(lacking.error().message));
    auto outside = authority->allows(Permission::CreateAccounts, group(u"fabrikam"_s));
    QVERIFY(!outside);
    QVERIFY2(outside.error().message.contains(u"Acme MSP/Fabrikam"_s), qPrintable(outside.error().message));
    QVERIFY2(outside.error().message.contains(u"Acme MSP/Contoso\""_s), qPrintable(outside.error().message));
}

void TestAuthority::withoutOperatorsWhoeverOpensTheDatabaseMayEverything()
{
    // An administrator without a password is no operator: it cannot sign in.
    create(u"no-password"_s, group(u"contoso"_s), true, {}, QString());
    // Nor is an account with a password and neither the switch nor a security group.
    create(u"end-user"_s, group(u"contoso"_s), false, {});
    auto authority = Authority::withoutSignIn(*m_db);
    QVERIFY2(authority, qPrintable(authority ? QString() : authority.error().message));
    QVERIFY(!authority->signedIn());
    QCOMPARE(authority->scope(), 0);
    for (Permission permission : allPermissions) {
        for (const QString &where : {u"root"_s, u"contoso"_s, u"fabrikam"_s})
            QVERIFY(authority->allows(permission, group(where)));
        QVERIFY(authority->allows(permission, 0));
    }
    QVERIFY(authority->mayGrant(true, {m_securityGroups[u"everything"_s]}));
    // Nobody is locked out by MFA when nobody signed in.
    QVERIFY(authority->maySetMfaRequired(group(u"root"_s), true));
    QVERIFY(authority->mayEnroll(u"no-password"_s));
}

void TestAuthority::oneOperatorMakesASignInNecessary_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("an administrator") << u"contoso admin"_s;
    QTest::newRow("a security group's member") << u"contoso helpdesk"_s;
}

void TestAuthority::oneOperatorMakesASignInNecessary()
{
    QFETCH(QString, who);
    signedIn(who);
    auto authority = Authority::withoutSignIn(*m_db);
    QVERIFY(!authority);
    QCOMPARE(authority.error().code, Error::Code::NotAllowed);
    QCOMPARE(authority.error().field, Field::login);
}

void TestAuthority::turningMfaOnLocksOutNobody_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("enrolled");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    const QString first = u"Enrol yourself first"_s;
    QTest::newRow("its own group, not enrolled") << u"contoso admin"_s << u"contoso"_s << true << false << first;
    QTest::newRow("its own group, enrolled") << u"contoso admin"_s << u"contoso"_s << true << true << QString();
    QTest::newRow("its own group, turned off") << u"contoso admin"_s << u"contoso"_s << false << false << QString();
    QTest::newRow("a group below it") << u"contoso admin"_s << u"sales"_s << true << false << QString();
    QTest::newRow("the top group, top operator") << u"msp admin"_s << u"root"_s << true << false << first;
    QTest::newRow("a customer, top operator") << u"msp admin"_s << u"fabrikam"_s << true << false << QString();
    QTest::newRow("a group above it") << u"sales everything"_s << u"contoso"_s << true << true << u"works only in"_s;
    QTest::newRow("a sibling") << u"contoso admin"_s << u"fabrikam"_s << true << true << u"works only in"_s;
    QTest::newRow("no manage operators") << u"contoso helpdesk"_s << u"contoso"_s << true << true
                                         << u"\"Manage operators\""_s;
}

void TestAuthority::turningMfaOnLocksOutNobody()
{
    QFETCH(QString, who);
    QFETCH(QString, where);
    QFETCH(bool, required);
    QFETCH(bool, enrolled);
    QFETCH(QString, refusal);
    const Operator acting = signedIn(who);
    if (enrolled)
        QVERIFY(OperatorSignIn(*m_db).enroll(acting.login));
    auto authority = Authority::of(*m_db, acting);
    QVERIFY(authority);
    auto allowed = authority->maySetMfaRequired(group(where), required);
    QCOMPARE(bool(allowed), refusal.isEmpty());
    if (allowed)
        return;
    QCOMPARE(allowed.error().code, Error::Code::NotAllowed);
    QVERIFY2(allowed.error().message.contains(refusal), qPrintable(allowed.error().message));
    if (refusal == u"Enrol yourself first"_s)
        QVERIFY2(allowed.error().message.contains(u"operator mfa enroll %1"_s.arg(acting.login)),
                 qPrintable(allowed.error().message));
}

void TestAuthority::enrollingAnotherLocksOutNobody_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("itself"); // false: another operator, in Sales
    QTest::addColumn<bool>("enrolled");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("top operator, another, not enrolled") << u"msp admin"_s << false << false << false;
    QTest::newRow("top operator, another, enrolled") << u"msp admin"_s << false << true << true;
    QTest::newRow("top operator, itself") << u"msp admin"_s << true << false << true;
    QTest::newRow("customer operator, another, not enrolled") << u"contoso admin"_s << false << false << true;
}

void TestAuthority::enrollingAnotherLocksOutNobody()
{
    QFETCH(QString, who);
    QFETCH(bool, itself);
    QFETCH(bool, enrolled);
    QFETCH(bool, allowed);
    const Operator acting = signedIn(who);
    QVERIFY(create(u"sales-admin"_s, group(u"sales"_s), true, {}).id);
    if (enrolled)
        QVERIFY(OperatorSignIn(*m_db).enroll(acting.login));
    auto authority = Authority::of(*m_db, acting);
    QVERIFY(authority);
    auto mayEnroll = authority->mayEnroll(itself ? acting.login : u"sales-admin"_s);
    QCOMPARE(bool(mayEnroll), allowed);
    if (!allowed) {
        QCOMPARE(mayEnroll.error().code, Error::Code::NotAllowed);
        QVERIFY2(mayEnroll.error().message.contains(u"Enrol yourself first: operator mfa enroll msp-admin"_s),
                 qPrintable(mayEnroll.error().message));
        // Resetting is no enrolment: it stays allowed.
        QVERIFY(authority->mayManage(u"sales-admin"_s));
    }
}

void TestAuthority::resettingItselfLocksOutNobody_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("switchedOn"); // the group whose "operators need MFA" switch is on; empty: none
    QTest::addColumn<bool>("anotherEnrolled"); // an operator in Sales
    QTest::addColumn<bool>("itself"); // false: it resets the operator in Sales
    QTest::addColumn<QString>("refusal"); // empty: allowed
    const QString own = u"may not reset its own"_s;
    QTest::newRow("its own group requires it") << u"contoso admin"_s << u"contoso"_s << false << true << own;
    QTest::newRow("a group above requires it") << u"contoso admin"_s << u"root"_s << false << true << own;
    QTest::newRow("a group below requires it") << u"contoso admin"_s << u"sales"_s << false << true << QString();
    QTest::newRow("a sibling requires it") << u"contoso admin"_s << u"fabrikam"_s << false << true << QString();
    QTest::newRow("nobody requires it") << u"contoso admin"_s << QString() << true << true << QString();
    QTest::newRow("top operator, another enrolled") << u"msp admin"_s << QString() << true << true << own;
    QTest::newRow("another operator, required") << u"contoso admin"_s << u"contoso"_s << true << false << QString();
    // After the reset nobody is enrolled: the top group's operators no longer need it, itself included.
    QTest::newRow("top operator, the only one enrolled") << u"msp admin"_s << QString() << false << true << QString();
    QTest::newRow("top operator, the only one enrolled, the top group requires it")
        << u"msp admin"_s << u"root"_s << false << true << own;
    QTest::newRow("top operator, the only one enrolled, a customer requires it")
        << u"msp admin"_s << u"contoso"_s << false << true << QString();
}

void TestAuthority::resettingItselfLocksOutNobody()
{
    QFETCH(QString, who);
    QFETCH(QString, switchedOn);
    QFETCH(bool, anotherEnrolled);
    QFETCH(bool, itself);
    QFETCH(QString, refusal);
    const Operator acting = signedIn(who);
    QVERIFY(create(u"sales-admin"_s, group(u"sales"_s), true, {}).id);
    QVERIFY(OperatorSignIn(*m_db).enroll(acting.login));
    if (anotherEnrolled)
        QVERIFY(OperatorSignIn(*m_db).enroll(u"sales-admin"_s));
    if (!switchedOn.isEmpty())
        QVERIFY(m_groups->setMfaRequired(group(switchedOn), true));
    auto authority = Authority::of(*m_db, acting);
    QVERIFY(authority);
    auto allowed = authority->mayReset(itself ? acting.login : u"sales-admin"_s);
    QCOMPARE(bool(allowed), refusal.isEmpty());
    if (allowed)
        return;
    QCOMPARE(allowed.error().code, Error::Code::NotAllowed);
    QVERIFY2(allowed.error().message.contains(refusal), qPrintable(allowed.error().message));
    // Managing itself otherwise stays allowed: the refusal is the reset's own.
    QVERIFY(authority->mayManage(acting.login));
}

void TestAuthority::theOperatorListSaysWhoNeedsMfa_data()
{
    QTest::addColumn<QString>("switchedOn"); // the group whose switch is on; empty: none
    QTest::addColumn<QStringList>("enrolled"); // logins
    QTest::addColumn<QStringList>("needing"); // the logins that need MFA, as the list says
    const QStringList nobody;
    QTest::newRow("nothing on, nobody enrolled") << QString() << nobody << nobody;
    QTest::newRow("a customer enrolled: the top group's operators")
        << QString() << QStringList {u"contoso-admin"_s} << QStringList {u"msp-admin"_s};
    QTest::newRow("Contoso's switch") << u"contoso"_s << nobody
                                      << QStringList {u"contoso-admin"_s, u"contoso-helpdesk"_s, u"sales-everything"_s};
    QTest::newRow("Sales' switch") << u"sales"_s << nobody << QStringList {u"sales-everything"_s};
    QTest::newRow("the top group's switch")
        << u"root"_s << nobody
        << QStringList {u"contoso-admin"_s, u"contoso-helpdesk"_s, u"msp-admin"_s, u"sales-everything"_s};
    QTest::newRow("Fabrikam's switch, the top operator enrolled")
        << u"fabrikam"_s << QStringList {u"msp-admin"_s} << QStringList {u"msp-admin"_s};
}

void TestAuthority::theOperatorListSaysWhoNeedsMfa()
{
    QFETCH(QString, switchedOn);
    QFETCH(QStringList, enrolled);
    QFETCH(QStringList, needing);
    const Operator acting = signedIn(u"msp admin"_s);
    for (const char *who : {"contoso admin", "contoso helpdesk", "sales everything"})
        signedIn(QString::fromLatin1(who));
    for (const QString &login : std::as_const(enrolled))
        QVERIFY(OperatorSignIn(*m_db).enroll(login));
    if (!switchedOn.isEmpty())
        QVERIFY(m_groups->setMfaRequired(group(switchedOn), true));
    auto authority = Authority::of(*m_db, acting);
    QVERIFY(authority);
    auto operators = authority->operators();
    QVERIFY2(operators, qPrintable(operators ? QString() : operators.error().message));
    QCOMPARE(operators->size(), 4);
    QStringList listed;
    for (const OperatorSummary &summary : std::as_const(*operators)) {
        // The list and the one operator's answer agree, and both agree with the sign-in's rule.
        auto requirement = OperatorSignIn::mfaRequirement(*m_db, summary.groupId);
        QVERIFY(requirement);
        QCOMPARE(summary.mfaRequired, requirement->needed);
        auto named = authority->operatorNamed(summary.login);
        QVERIFY(named);
        QCOMPARE(named->mfaRequired, summary.mfaRequired);
        if (summary.mfaRequired)
            listed.append(summary.login);
    }
    QCOMPARE(listed, needing);
}

QTEST_GUILESS_MAIN(TestAuthority)
#include "tst_authority.moc"
