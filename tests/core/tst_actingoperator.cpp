#include "core/domain/catalog.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

const QString password = u"Kite-Harbor-Lantern-93"_s;

} // namespace

// Who works on a workspace's connection: nobody on a database without operators, who may do
// everything until the first operator is made; then only a signed-in operator, within its scope.
class TestActingOperator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nobodyReachesEverythingUntilTheFirstOperatorIsMade();
    void nobodyReachesNoGroupWhereOperatorsExist();
    void theTopIsTheOperatorsOwnGroup_data();
    void theTopIsTheOperatorsOwnGroup();
    void aSignOutEndsWhatTheOperatorReached();

private:
    void makeOperator(const QString &login, qint64 groupId);

    std::unique_ptr<Database> m_db;
    qint64 m_root = 0;
    qint64 m_contoso = 0;
    qint64 m_fabrikam = 0;
};

void TestActingOperator::init()
{
    auto db = test::openFixture(test::freshLocation(u"acting"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    GroupService groups(*m_db);
    m_root = groups.createRoot(u"Acme MSP"_s)->id;
    m_contoso = groups.create(m_root, u"Contoso"_s)->id;
    m_fabrikam = groups.create(m_root, u"Fabrikam"_s)->id;
}

void TestActingOperator::cleanup()
{
    m_db.reset();
}

void TestActingOperator::makeOperator(const QString &login, qint64 groupId)
{
    auto made =
        AccountService(*m_db).create(groupId, test::operatorDraft(login, password, true), AccountStatus::Active);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestActingOperator::nobodyReachesEverythingUntilTheFirstOperatorIsMade()
{
    ActingOperator acting(*m_db);
    QVERIFY(acting.allows(Permission::ManageGroups, m_fabrikam));
    auto top = acting.topGroup();
    QVERIFY(top && top->has_value());
    QCOMPARE((*top)->id, m_root);
    // The first operator, made here or on another desk, ends it at the next question.
    makeOperator(u"msp-admin"_s, m_root);
    QVERIFY(!acting.allows(Permission::ManageGroups, m_fabrikam));
    QVERIFY(!acting.reaches(m_fabrikam));
    QVERIFY(!acting.authority());
}

void TestActingOperator::nobodyReachesNoGroupWhereOperatorsExist()
{
    makeOperator(u"msp-admin"_s, m_root);
    ActingOperator acting(*m_db);
    auto top = acting.topGroup();
    QVERIFY2(!top, "no tree for nobody");
    QCOMPARE(top.error().code, Error::Code::NotAllowed);
    QVERIFY(!acting.permissionsIn(m_root)->allows(Permission::CreateAccounts));
}

void TestActingOperator::theTopIsTheOperatorsOwnGroup_data()
{
    QTest::addColumn<bool>("topGroupsOperator");
    QTest::newRow("the top group's operator") << true;
    QTest::newRow("an organization's operator") << false;
}

void TestActingOperator::theTopIsTheOperatorsOwnGroup()
{
    QFETCH(bool, topGroupsOperator);
    if (!topGroupsOperator)
        BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    const qint64 own = topGroupsOperator ? m_root : m_contoso;
    makeOperator(u"op"_s, own);
    ActingOperator acting(*m_db);
    auto view = acting.signIn(u"op"_s, password);
    QVERIFY2(view, qPrintable(view ? QString() : view.error().message));
    auto top = acting.topGroup();
    QVERIFY(top && top->has_value());
    QCOMPARE((*top)->id, own);
    QCOMPARE(bool(acting.reaches(m_fabrikam)), topGroupsOperator);
    QVERIFY(acting.reaches(m_contoso));
}

void TestActingOperator::aSignOutEndsWhatTheOperatorReached()
{
    makeOperator(u"op"_s, m_root);
    ActingOperator acting(*m_db);
    QVERIFY(acting.signIn(u"op"_s, password));
    QVERIFY(acting.reaches(m_fabrikam));
    acting.signOut();
    QVERIFY(!acting.reaches(m_fabrikam));
    QVERIFY(!acting.topGroup());
}

QTEST_MAIN(TestActingOperator)
#include "tst_actingoperator.moc"
