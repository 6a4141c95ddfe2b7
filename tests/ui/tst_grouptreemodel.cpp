#include "accountservice.h"
#include "database.h"
#include "groupservice.h"
#include "grouptreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

class GroupTreeModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldShowTheTreeSortedByName();
    void shouldInsertAnAddedGroupInPlace();
    void shouldMoveARenamedGroupToItsSortedPlace();
    void shouldRemoveADeletedGroup();
    void shouldCountAccountsAsTheyComeAndGo();

private:
    QString names(const QModelIndex &parent) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<GroupTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_rootId = 0;
};

void GroupTreeModelTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"test.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    auto root = m_groups->createRoot(u"Acme MSP"_s);
    QVERIFY(root);
    m_rootId = root->id;
    QVERIFY(m_groups->create(m_rootId, u"Fabrikam"_s));
    auto contoso = m_groups->create(m_rootId, u"Contoso"_s);
    QVERIFY(contoso);
    QVERIFY(m_groups->create(contoso->id, u"Sales"_s));
    m_model = std::make_unique<GroupTreeModel>(*m_groups, *m_accounts);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void GroupTreeModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
    m_dir.reset();
}

QString GroupTreeModelTest::names(const QModelIndex &parent) const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        result.append(m_model->index(row, 0, parent).data().toString());
    return result.join(u',');
}

void GroupTreeModelTest::shouldShowTheTreeSortedByName()
{
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex root = m_model->index(0, 0);
    QCOMPARE(root.data().toString(), u"Acme MSP"_s);
    QCOMPARE(names(root), u"Contoso,Fabrikam"_s);
    QCOMPARE(names(m_model->index(0, 0, root)), u"Sales"_s);
    QCOMPARE(m_model->groupId(root), m_rootId);
    QCOMPARE(m_model->indexOfGroup(m_rootId), root);
}

void GroupTreeModelTest::shouldInsertAnAddedGroupInPlace()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    auto group = m_groups->create(m_rootId, u"Datum"_s);
    QVERIFY(group);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(names(m_model->index(0, 0)), u"Contoso,Datum,Fabrikam"_s);
    QCOMPARE(m_model->indexOfGroup(group->id).data().toString(), u"Datum"_s);
}

void GroupTreeModelTest::shouldMoveARenamedGroupToItsSortedPlace()
{
    const QModelIndex root = m_model->index(0, 0);
    const qint64 contosoId = m_model->groupId(m_model->index(0, 0, root));
    QPersistentModelIndex contoso(m_model->index(0, 0, root));
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(m_groups->rename(contosoId, u"Zeta"_s));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(names(root), u"Fabrikam,Zeta"_s);
    QCOMPARE(contoso.data().toString(), u"Zeta"_s);
    QCOMPARE(names(contoso), u"Sales"_s);
}

void GroupTreeModelTest::shouldRemoveADeletedGroup()
{
    const QModelIndex root = m_model->index(0, 0);
    const qint64 fabrikamId = m_model->groupId(m_model->index(1, 0, root));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_groups->remove(fabrikamId));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(names(root), u"Contoso"_s);
    QVERIFY(!m_model->indexOfGroup(fabrikamId).isValid());
}

void GroupTreeModelTest::shouldCountAccountsAsTheyComeAndGo()
{
    const QModelIndex root = m_model->index(0, 0);
    const QModelIndex fabrikam = m_model->index(1, GroupTreeModel::AccountsColumn, root);
    QCOMPARE(fabrikam.data().toString(), u"0"_s);
    AccountDraft draft;
    draft.login = u"alice"_s;
    draft.email = u"alice@example.com"_s;
    auto account = m_accounts->create(m_model->groupId(fabrikam), draft);
    QVERIFY2(account, qPrintable(account ? QString() : account.error().message));
    QCOMPARE(fabrikam.data().toString(), u"1"_s);
    QVERIFY(m_accounts->remove(account->id));
    QCOMPARE(fabrikam.data().toString(), u"0"_s);
}

QTEST_MAIN(GroupTreeModelTest)
#include "tst_grouptreemodel.moc"
