#include "core/auth/recoverycodes.h"
#include "core/auth/totp.h"
#include "core/domain/fields.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

const QString password = u"Kite-Harbor-Lantern-93"_s;

template<typename T> QString why(const Result<T> &result)
{
    return result ? QString() : bc::test::describe(result.error());
}

} // namespace

// Operators sign in with login, password and, once enrolled, a one-time or recovery code; five
// failures make every further attempt wait, on every connection to the database.
class TestOperatorSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anOperatorSignsInWithItsPassword_data();
    void anOperatorSignsInWithItsPassword();
    void aWrongPasswordReadsLikeAnUnknownLogin();
    void anAccountThatIsNoOperatorIsRefused();
    void aDisabledOperatorIsRefused();
    void anEnrolledOperatorNeedsACode();
    void aCodeIsAcceptedWithinOneStep_data();
    void aCodeIsAcceptedWithinOneStep();
    void aCodeIsSingleUse();
    void aRecoveryCodeWorksOnceAndIsStoredAsAHash();
    void fiveFailuresMakeTheNextAttemptWait();
    void wrongCodesCountAsFailures();
    void aResetForgetsTheEnrolment();
    void onlyOperatorsEnrol();
    void theWorkspaceSignsInOnItsWorker();
    void mfaIsRequiredByTheSwitchAboveOrTheTopGroup_data();
    void mfaIsRequiredByTheSwitchAboveOrTheTopGroup();
    void anEnrolledOperatorSignsInWithItsCodeWhereMfaIsRequired();
    void aMissingEnrolmentIsNoFailure();
    void theSwitchIsAuditedOnce();
    void onMariaDbOnlyTheTopGroupsOperatorsSignIn_data();
    void onMariaDbOnlyTheTopGroupsOperatorsSignIn();

private:
    Account create(const QString &login, bool administrator, bool withSecurityGroup = false, qint64 groupId = 0);
    void advance(int ms) { m_now = m_now.addMSecs(ms); }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<OperatorSignIn> m_signIn;
    qint64 m_root = 0;
    qint64 m_customer = 0;
    qint64 m_sales = 0; // below the customer
    qint64 m_fabrikam = 0; // the customer's sibling
    qint64 m_securityGroup = 0;
    // Where create() makes an operator: the customer, or the top group where only its operators
    // sign in (MariaDB).
    qint64 m_home = 0;
    QDateTime m_now;
};

void TestOperatorSignIn::init()
{
    m_db = bc::test::openFresh(u"operatorsignin"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    m_signIn = std::make_unique<OperatorSignIn>(*m_db, [this] { return m_now; });
    m_root = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_customer = m_groups->create(m_root, u"Contoso"_s)->id;
    m_sales = m_groups->create(m_customer, u"Sales"_s)->id;
    m_fabrikam = m_groups->create(m_root, u"Fabrikam"_s)->id;
    m_home = bc::test::organizationOperatorsSignIn() ? m_customer : m_root;
    auto securityGroup = CatalogService(*m_db).addSecurityGroup({0, m_home, u"Helpdesk"_s, {}});
    QVERIFY2(securityGroup, qPrintable(securityGroup ? QString() : securityGroup.error().message));
    m_securityGroup = securityGroup->id;
}

void TestOperatorSignIn::cleanup()
{
    m_signIn.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

Account TestOperatorSignIn::create(const QString &login, bool administrator, bool withSecurityGroup, qint64 groupId)
{
    AccountDraft draft = bc::test::personDraft(login);
    draft.administrator = administrator;
    draft.password = password;
    if (withSecurityGroup)
        draft.securityGroupIds = {m_securityGroup};
    auto account = m_accounts->create(groupId != 0 ? groupId : m_home, draft, AccountStatus::Active);
    if (!account)
        qWarning() << account.error().message;
    return account.value_or(Account {});
}

void TestOperatorSignIn::anOperatorSignsInWithItsPassword_data()
{
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<bool>("withSecurityGroup");
    QTest::newRow("administrator") << true << false;
    QTest::newRow("security group") << false << true;
    QTest::newRow("both") << true << true;
}

void TestOperatorSignIn::anOperatorSignsInWithItsPassword()
{
    QFETCH(bool, administrator);
    QFETCH(bool, withSecurityGroup);
    const Account account = create(u"Boss"_s, administrator, withSecurityGroup);
    QVERIFY(account.id);
    // The login is compared as logins are: case and width do not matter.
    auto signedIn = m_signIn->signIn(u"ＢＯＳＳ"_s, password);
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message));
    QCOMPARE(signedIn->accountId, account.id);
    QCOMPARE(signedIn->login, u"Boss"_s);
    QCOMPARE(signedIn->groupId, m_home);
    QCOMPARE(signedIn->administrator, administrator);
    QCOMPARE(signedIn->securityGroupIds, withSecurityGroup ? QList<qint64> {m_securityGroup} : QList<qint64> {});
}

void TestOperatorSignIn::aWrongPasswordReadsLikeAnUnknownLogin()
{
    create(u"boss"_s, true);
    auto wrong = m_signIn->signIn(u"boss"_s, u"not the password"_s);
    auto unknown = m_signIn->signIn(u"nobody"_s, password);
    QVERIFY(!wrong);
    QVERIFY(!unknown);
    QCOMPARE(wrong.error().code, Error::Code::NotAllowed);
    QCOMPARE(wrong.error().field, Field::password);
    QCOMPARE(unknown.error().code, wrong.error().code);
    QCOMPARE(unknown.error().field, wrong.error().field);
    QCOMPARE(unknown.error().message, wrong.error().message);
    QCOMPARE(wrong.error().message, u"The login or the password is wrong."_s);
}

void TestOperatorSignIn::anAccountThatIsNoOperatorIsRefused()
{
    create(u"user"_s, false);
    auto refused = m_signIn->signIn(u"user"_s, password);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(refused.error().field, Field::login);
    QVERIFY2(refused.error().message.contains(u"not an operator"_s), qPrintable(refused.error().message));
    // Its wrong password reads like anybody's.
    QCOMPARE(m_signIn->signIn(u"user"_s, u"wrong"_s).error().field, Field::password);
}

void TestOperatorSignIn::aDisabledOperatorIsRefused()
{
    const Account account = create(u"boss"_s, true);
    QVERIFY(m_accounts->disable(account.id));
    auto refused = m_signIn->signIn(u"boss"_s, password);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QVERIFY2(refused.error().message.contains(u"disabled"_s), qPrintable(refused.error().message));
}

void TestOperatorSignIn::anEnrolledOperatorNeedsACode()
{
    create(u"boss"_s, true);
    QVERIFY(m_signIn->enroll(u"boss"_s));
    auto needed = m_signIn->signIn(u"boss"_s, password);
    QVERIFY(!needed);
    QCOMPARE(needed.error().code, Error::Code::Invalid);
    QCOMPARE(needed.error().field, Field::otp);
    QVERIFY2(needed.error().message.contains(u"code"_s), qPrintable(needed.error().message));
    // Asking for the code is no failure: five such answers lock nothing.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(m_signIn->signIn(u"boss"_s, password).error().code, Error::Code::Invalid);
}

void TestOperatorSignIn::aCodeIsAcceptedWithinOneStep_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("now") << 0 << true;
    QTest::newRow("one step late") << -1 << true;
    QTest::newRow("one step early") << 1 << true;
    QTest::newRow("two steps late") << -2 << false;
    QTest::newRow("two steps early") << 2 << false;
}

void TestOperatorSignIn::aCodeIsAcceptedWithinOneStep()
{
    QFETCH(int, steps);
    QFETCH(bool, accepted);
    create(u"boss"_s, true);
    auto enrollment = m_signIn->enroll(u"boss"_s);
    QVERIFY(enrollment);
    const QString code = *Totp::code(enrollment->secret, m_now.addSecs(qint64(steps) * Totp::stepSeconds));
    auto signedIn = m_signIn->signIn(u"boss"_s, password, code);
    QCOMPARE(bool(signedIn), accepted);
    if (!accepted) {
        QCOMPARE(signedIn.error().code, Error::Code::NotAllowed);
        QCOMPARE(signedIn.error().field, Field::otp);
        QVERIFY2(signedIn.error().message.contains(u"wrong"_s), qPrintable(signedIn.error().message));
    }
}

void TestOperatorSignIn::aCodeIsSingleUse()
{
    create(u"boss"_s, true);
    auto enrollment = m_signIn->enroll(u"boss"_s);
    QVERIFY(enrollment);
    const QString code = *Totp::code(enrollment->secret, m_now);
    QVERIFY(m_signIn->signIn(u"boss"_s, password, code));
    // The same code again, on a second connection (another console): used already.
    auto second = Database::open(m_db->location(), m_db->openOptions());
    QVERIFY(second);
    OperatorSignIn elsewhere(**second, [this] { return m_now; });
    auto replayed = elsewhere.signIn(u"boss"_s, password, code);
    QVERIFY(!replayed);
    QCOMPARE(replayed.error().field, Field::otp);
    QVERIFY2(replayed.error().message.contains(u"used already"_s), qPrintable(replayed.error().message));
    // The code of the step before is older than the one accepted: refused as well.
    const QString before = *Totp::code(enrollment->secret, m_now.addSecs(-Totp::stepSeconds));
    QVERIFY(!m_signIn->signIn(u"boss"_s, password, before));
    // The next step's code is new.
    advance(Totp::stepSeconds * 1000);
    QVERIFY(m_signIn->signIn(u"boss"_s, password, *Totp::code(enrollment->secret, m_now)));
}

void TestOperatorSignIn::aRecoveryCodeWorksOnceAndIsStoredAsAHash()
{
    const Account account = create(u"boss"_s, true);
    auto enrollment = m_signIn->enroll(u"boss"_s);
    QVERIFY(enrollment);
    QCOMPARE(enrollment->recoveryCodes.size(), 10);
    QVERIFY(enrollment->uri.startsWith(u"otpauth://totp/Backup%20Console:boss?secret="_s));

    auto stored =
        m_db->run(u"SELECT code_hash FROM operator_recovery_codes WHERE account_id = ? ORDER BY id"_s, {account.id});
    QVERIFY(stored);
    QStringList hashes;
    while (stored->next())
        hashes.append(stored->value(0).toString());
    QCOMPARE(hashes.size(), 10);
    for (const QString &code : std::as_const(enrollment->recoveryCodes)) {
        QVERIFY(hashes.contains(RecoveryCodes::hashOf(code)));
        QVERIFY(!hashes.contains(code));
    }

    const QString code = enrollment->recoveryCodes.at(3);
    QVERIFY(m_signIn->signIn(u"boss"_s, password, code.toLower()));
    auto again = m_signIn->signIn(u"boss"_s, password, code);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotAllowed);
    QCOMPARE(again.error().field, Field::otp);
    // The others still work.
    QVERIFY(m_signIn->signIn(u"boss"_s, password, enrollment->recoveryCodes.at(4)));
}

void TestOperatorSignIn::fiveFailuresMakeTheNextAttemptWait()
{
    create(u"boss"_s, true);
    for (int i = 0; i < 5; ++i) {
        auto wrong = m_signIn->signIn(u"boss"_s, u"guess %1"_s.arg(i));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().field, Field::password);
        advance(100);
    }
    // Even the right password waits now, and another console sees the same.
    auto waiting = m_signIn->signIn(u"boss"_s, password);
    QVERIFY(!waiting);
    QCOMPARE(waiting.error().code, Error::Code::NotAllowed);
    QCOMPARE(waiting.error().field, QString());
    QVERIFY2(waiting.error().message.contains(u"Wait 1 second"_s), qPrintable(waiting.error().message));
    auto second = Database::open(m_db->location(), m_db->openOptions());
    QVERIFY(second);
    OperatorSignIn elsewhere(**second, [this] { return m_now; });
    QCOMPARE(elsewhere.signIn(u"BOSS"_s, password).error().message, waiting.error().message);

    // A sixth failure doubles the wait.
    advance(1000);
    QCOMPARE(m_signIn->signIn(u"boss"_s, u"guess 6"_s).error().field, Field::password);
    auto longer = m_signIn->signIn(u"boss"_s, password);
    QVERIFY2(longer.error().message.contains(u"Wait 2 second"_s), qPrintable(longer.error().message));

    // After the wait the right password signs in, and the count starts again.
    advance(2000);
    QVERIFY(elsewhere.signIn(u"boss"_s, password));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_signIn->signIn(u"boss"_s, u"again %1"_s.arg(i)).error().field, Field::password);
    QVERIFY(m_signIn->signIn(u"boss"_s, password).error().message.contains(u"Wait 1 second"_s));

    // An unknown login is counted all the same: waiting tells nothing about which logins exist.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_signIn->signIn(u"nobody"_s, password).error().field, Field::password);
    QVERIFY(m_signIn->signIn(u"nobody"_s, password).error().message.contains(u"Wait 1 second"_s));
}

void TestOperatorSignIn::wrongCodesCountAsFailures()
{
    create(u"boss"_s, true);
    auto enrollment = m_signIn->enroll(u"boss"_s);
    QVERIFY(enrollment);
    for (const QString &wrong : {u"000000"_s, u"123456"_s, u"AAAA-BBBB-CCCC-DDDD"_s, u"999999"_s, u"x"_s})
        QCOMPARE(m_signIn->signIn(u"boss"_s, password, wrong).error().field, Field::otp);
    auto waiting = m_signIn->signIn(u"boss"_s, password, *Totp::code(enrollment->secret, m_now));
    QVERIFY(!waiting);
    QVERIFY2(waiting.error().message.contains(u"Wait"_s), qPrintable(waiting.error().message));
    advance(1000);
    QVERIFY(m_signIn->signIn(u"boss"_s, password, *Totp::code(enrollment->secret, m_now)));
}

void TestOperatorSignIn::aResetForgetsTheEnrolment()
{
    const Account account = create(u"boss"_s, true);
    auto first = m_signIn->enroll(u"boss"_s);
    QVERIFY(first);
    auto twice = m_signIn->enroll(u"boss"_s);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::NotAllowed);

    QVERIFY(m_signIn->reset(u"boss"_s));
    QVERIFY(m_signIn->signIn(u"boss"_s, password));
    auto codes = m_db->run(u"SELECT count(*) FROM operator_recovery_codes WHERE account_id = ?"_s, {account.id});
    QVERIFY(codes && codes->next());
    QCOMPARE(codes->value(0).toInt(), 0);
    QVERIFY(m_signIn->reset(u"boss"_s)); // nothing left to reset

    auto second = m_signIn->enroll(u"boss"_s);
    QVERIFY(second);
    QVERIFY(second->secret != first->secret);
    QVERIFY(!m_signIn->signIn(u"boss"_s, password, first->recoveryCodes.first()));

    auto entries = AuditStore(*m_db).entriesFor(u"account"_s, account.id);
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry &entry : std::as_const(*entries))
        actions.append(entry.action);
    QCOMPARE(actions.count(u"operator.mfa-enrolled"_s), 2);
    QCOMPARE(actions.count(u"operator.mfa-reset"_s), 1);
}

void TestOperatorSignIn::onlyOperatorsEnrol()
{
    create(u"user"_s, false);
    auto notOperator = m_signIn->enroll(u"user"_s);
    QVERIFY(!notOperator);
    QCOMPARE(notOperator.error().code, Error::Code::NotAllowed);
    auto unknown = m_signIn->enroll(u"nobody"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QCOMPARE(m_signIn->reset(u"nobody"_s).error().code, Error::Code::NotFound);
}

void TestOperatorSignIn::theWorkspaceSignsInOnItsWorker()
{
    const Account account = create(u"boss"_s, true);
    auto workspace = bc::test::openWorkspace(*m_db);
    QVERIFY(workspace);
    QFuture<Result<Operator>> signedIn =
        workspace->run([](WorkspaceServices &services) { return services.operators.signIn(u"boss"_s, password); });
    QVERIFY(QTest::qWaitFor([&signedIn] { return signedIn.isFinished(); }, 20000));
    QVERIFY2(signedIn.result(), qPrintable(signedIn.result() ? QString() : signedIn.result().error().message));
    QCOMPARE(signedIn.result()->accountId, account.id);
}

namespace {

// The groups of the MFA rows, by a short name.
enum class Where
{
    None,
    Top,
    Customer,
    Sales,
    Fabrikam
};

} // namespace

Q_DECLARE_METATYPE(Where)

void TestOperatorSignIn::mfaIsRequiredByTheSwitchAboveOrTheTopGroup_data()
{
    QTest::addColumn<Where>("operatorIn");
    QTest::addColumn<Where>("switchOn");
    QTest::addColumn<bool>("anotherEnrolled");
    QTest::addColumn<QString>("reason"); // empty: not needed
    QTest::newRow("switch on its own group") << Where::Sales << Where::Sales << false << u"Acme MSP/Contoso/Sales"_s;
    QTest::newRow("switch on the group above") << Where::Sales << Where::Customer << false << u"Acme MSP/Contoso\""_s;
    QTest::newRow("switch on the top group") << Where::Sales << Where::Top << false << u"\"Acme MSP\""_s;
    QTest::newRow("switch on a sibling") << Where::Customer << Where::Fabrikam << true << QString();
    QTest::newRow("switch below it") << Where::Customer << Where::Sales << false << QString();
    QTest::newRow("off everywhere") << Where::Sales << Where::None << true << QString();
    QTest::newRow("top group, nobody enrolled") << Where::Top << Where::None << false << QString();
    QTest::newRow("top group, another enrolled") << Where::Top << Where::None << true << u"top group's operators"_s;
    QTest::newRow("top group, switch below") << Where::Top << Where::Customer << false << QString();
}

void TestOperatorSignIn::mfaIsRequiredByTheSwitchAboveOrTheTopGroup()
{
    QFETCH(Where, operatorIn);
    QFETCH(Where, switchOn);
    QFETCH(bool, anotherEnrolled);
    QFETCH(QString, reason);
    const QHash<Where, qint64> groups {
        {Where::Top, m_root}, {Where::Customer, m_customer}, {Where::Sales, m_sales}, {Where::Fabrikam, m_fabrikam}};
    if (operatorIn != Where::Top)
        BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    const Account op = create(u"op"_s, true, false, groups.value(operatorIn));
    QVERIFY(op.id);
    QVERIFY(create(u"other"_s, true, false, m_fabrikam).id);
    if (anotherEnrolled)
        QVERIFY(m_signIn->enroll(u"other"_s));
    if (switchOn != Where::None) {
        auto set = m_groups->setMfaRequired(groups.value(switchOn), true);
        QVERIFY2(set, qPrintable(why(set)));
        QVERIFY(set->mfaRequired);
    }

    auto requirement = OperatorSignIn::mfaRequirement(*m_db, groups.value(operatorIn));
    QVERIFY(requirement);
    QCOMPARE(requirement->needed, !reason.isEmpty());
    auto signedIn = m_signIn->signIn(u"op"_s, password);
    if (reason.isEmpty()) {
        QVERIFY2(signedIn, qPrintable(why(signedIn)));
        return;
    }
    QVERIFY(!signedIn);
    QCOMPARE(signedIn.error().code, Error::Code::NotAllowed);
    QCOMPARE(signedIn.error().field, Field::otp);
    QVERIFY2(signedIn.error().message.contains(reason), qPrintable(signedIn.error().message));
    QVERIFY2(signedIn.error().message.contains(u"operator mfa enroll op"_s), qPrintable(signedIn.error().message));
}

void TestOperatorSignIn::anEnrolledOperatorSignsInWithItsCodeWhereMfaIsRequired()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    create(u"op"_s, true, false, m_sales);
    QVERIFY(m_groups->setMfaRequired(m_customer, true));
    auto enrollment = m_signIn->enroll(u"op"_s);
    QVERIFY(enrollment);
    QCOMPARE(m_signIn->signIn(u"op"_s, password).error().code, Error::Code::Invalid);
    auto signedIn = m_signIn->signIn(u"op"_s, password, *Totp::code(enrollment->secret, m_now));
    QVERIFY2(signedIn, qPrintable(why(signedIn)));
}

void TestOperatorSignIn::aMissingEnrolmentIsNoFailure()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    create(u"op"_s, true);
    QVERIFY(m_groups->setMfaRequired(m_customer, true));
    // Six refusals in a row: each names the missing enrolment, none makes the next one wait.
    for (int i = 0; i < 6; ++i) {
        auto refused = m_signIn->signIn(u"op"_s, password);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, Field::otp);
        QVERIFY2(refused.error().message.contains(u"operator mfa enroll op"_s), qPrintable(refused.error().message));
    }
    auto enrollment = m_signIn->enroll(u"op"_s);
    QVERIFY(enrollment);
    auto signedIn = m_signIn->signIn(u"op"_s, password, *Totp::code(enrollment->secret, m_now));
    QVERIFY2(signedIn, qPrintable(why(signedIn)));
}

void TestOperatorSignIn::theSwitchIsAuditedOnce()
{
    QVERIFY(m_groups->setMfaRequired(m_customer, true));
    QVERIFY(m_groups->setMfaRequired(m_customer, true));
    auto group = m_groups->group(m_customer);
    QVERIFY(group);
    QVERIFY(group->mfaRequired);
    QVERIFY(m_groups->setMfaRequired(m_customer, false));
    QVERIFY(!m_groups->group(m_customer)->mfaRequired);
    auto entries = AuditStore(*m_db).entriesFor(u"group"_s, m_customer);
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry &entry : std::as_const(*entries))
        actions.append(entry.action);
    QCOMPARE(actions.count(u"group.mfa-required"_s), 1);
    QCOMPARE(actions.count(u"group.mfa-optional"_s), 1);
}

void TestOperatorSignIn::onMariaDbOnlyTheTopGroupsOperatorsSignIn_data()
{
    QTest::addColumn<Where>("operatorIn");
    QTest::addColumn<bool>("administrator");
    QTest::newRow("top group") << Where::Top << true;
    QTest::newRow("customer, administrator") << Where::Customer << true;
    QTest::newRow("customer, security group") << Where::Customer << false;
    QTest::newRow("below the customer") << Where::Sales << true;
}

void TestOperatorSignIn::onMariaDbOnlyTheTopGroupsOperatorsSignIn()
{
    QFETCH(Where, operatorIn);
    QFETCH(bool, administrator);
    const QHash<Where, qint64> groups {{Where::Top, m_root}, {Where::Customer, m_customer}, {Where::Sales, m_sales}};
    QVERIFY(create(u"op"_s, administrator, !administrator, groups.value(operatorIn)).id);
    const bool mariaDb = bc::test::backendName() == u"mariadb"_s;
    const bool signsIn = operatorIn == Where::Top || !mariaDb;
    QCOMPARE(bc::test::organizationOperatorsSignIn(), !mariaDb);

    // A refusal is no failure: it says why and where to go, and never makes anyone wait.
    for (int attempt = 0; attempt < (signsIn ? 1 : 6); ++attempt) {
        auto signedIn = m_signIn->signIn(u"op"_s, password);
        if (signsIn) {
            QVERIFY2(signedIn, qPrintable(why(signedIn)));
            QCOMPARE(signedIn->groupId, groups.value(operatorIn));
            continue;
        }
        QVERIFY(!signedIn);
        QCOMPARE(signedIn.error().code, Error::Code::NotAllowed);
        QCOMPARE(signedIn.error().field, Field::login);
        QVERIFY2(signedIn.error().message.contains(u"MariaDB"_s), qPrintable(signedIn.error().message));
        QVERIFY2(signedIn.error().message.contains(u"PostgreSQL"_s), qPrintable(signedIn.error().message));
    }
    // The password is still checked first: a wrong one reads like anybody's.
    QCOMPARE(m_signIn->signIn(u"op"_s, u"wrong"_s).error().field, Field::password);
}

QTEST_GUILESS_MAIN(TestOperatorSignIn)
#include "tst_operatorsignin.moc"
