#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "ui/groups/grouptreemodel.h"

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
    void shouldLoadChildrenOnlyWhenExpanded();
    void shouldLoadTheGroupsAboveAGroupAskedFor();
    void shouldPlaceAGroupAddedUnderAnUnexpandedParent_data();
    void shouldPlaceAGroupAddedUnderAnUnexpandedParent();
    void shouldReadCountsKeptByTheDatabaseAfterChangesElsewhere();

private:
    QString names(const QModelIndex &parent) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<GroupTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_salesId = 0;
    qint64 m_fabrikamId = 0;
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
    auto fabrikam = m_groups->create(m_rootId, u"Fabrikam"_s);
    QVERIFY(fabrikam);
    m_fabrikamId = fabrikam->id;
    auto contoso = m_groups->create(m_rootId, u"Contoso"_s);
    QVERIFY(contoso);
    m_contosoId = contoso->id;
    auto sales = m_groups->create(contoso->id, u"Sales"_s);
    QVERIFY(sales);
    m_salesId = sales->id;
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

    // A bulk delete: each group's count changes once, by the accounts it lost.
    QList<qint64> ids;
    for (const QString &login : {u"bob"_s, u"carol"_s, u"dave"_s}) {
        draft.login = login;
        draft.email = login + u"@example.com"_s;
        auto created = m_accounts->create(m_model->groupId(fabrikam), draft);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        ids.append(created->id);
    }
    QCOMPARE(fabrikam.data().toString(), u"3"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_accounts->removeAll(ids).changed, ids);
    QCOMPARE(fabrikam.data().toString(), u"0"_s);
    QCOMPARE(changed.count(), 1);
}

void GroupTreeModelTest::shouldLoadChildrenOnlyWhenExpanded()
{
    // A model of its own: the tester of m_model fetches everything it can.
    GroupTreeModel model(*m_groups, *m_accounts);
    QCOMPARE(model.loadedGroupCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QVERIFY2(model.hasChildren(root), "a group says it has children before they are loaded");
    QCOMPARE(model.rowCount(root), 0);
    QVERIFY(model.canFetchMore(root));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(root);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(root), 2);
    QVERIFY(!model.canFetchMore(root));
    QCOMPARE(model.loadedGroupCount(), 3);
    const QModelIndex contoso = model.index(0, 0, root);
    const QModelIndex fabrikam = model.index(1, 0, root);
    QCOMPARE(contoso.data().toString(), u"Contoso"_s);
    QVERIFY(model.hasChildren(contoso) && model.canFetchMore(contoso));
    QVERIFY(!model.hasChildren(fabrikam) && !model.canFetchMore(fabrikam));
    QVERIFY2(!model.hasChildren(model.index(0, GroupTreeModel::AccountsColumn, root)), "only the name column has rows");
}

void GroupTreeModelTest::shouldLoadTheGroupsAboveAGroupAskedFor()
{
    GroupTreeModel model(*m_groups, *m_accounts);
    QVERIFY(!model.group(m_salesId));
    const QModelIndex sales = model.indexOfGroup(m_salesId);
    QVERIFY(sales.isValid());
    QCOMPARE(sales.data().toString(), u"Sales"_s);
    QCOMPARE(model.groupId(sales.parent()), m_contosoId);
    QCOMPARE(model.groupId(sales.parent().parent()), m_rootId);
    QVERIFY(!model.indexOfGroup(4242).isValid());
}

void GroupTreeModelTest::shouldPlaceAGroupAddedUnderAnUnexpandedParent_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("shownAtOnce");
    QTest::addColumn<QString>("children"); // after expanding the parent
    QTest::newRow("parent with children not loaded yet") << u"Contoso"_s << false << u"Marketing,Sales"_s;
    QTest::newRow("parent without children") << u"Fabrikam"_s << true << u"Marketing"_s;
}

void GroupTreeModelTest::shouldPlaceAGroupAddedUnderAnUnexpandedParent()
{
    QFETCH(QString, parent);
    QFETCH(bool, shownAtOnce);
    QFETCH(QString, children);
    // No tester here: it fetches every group it can (m_model has one, in every test).
    GroupTreeModel model(*m_groups, *m_accounts);
    model.fetchMore(model.index(0, 0)); // the customers, not their units
    const qint64 parentId = parent == "Contoso"_L1 ? m_contosoId : m_fabrikamId;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_groups->create(parentId, u"Marketing"_s));
    QCOMPARE(inserted.count(), shownAtOnce ? 1 : 0);
    const QModelIndex parentIndex = model.indexOfGroup(parentId);
    QVERIFY(model.hasChildren(parentIndex));
    if (model.canFetchMore(parentIndex))
        model.fetchMore(parentIndex);
    QStringList names;
    for (int row = 0; row < model.rowCount(parentIndex); ++row)
        names.append(model.index(row, 0, parentIndex).data().toString());
    QCOMPARE(names.join(u','), children);
}

void GroupTreeModelTest::shouldReadCountsKeptByTheDatabaseAfterChangesElsewhere()
{
    // Another program (a connection of its own) adds accounts; the model reads the counts the
    // database keeps, without counting accounts.
    const QModelIndex root = m_model->index(0, 0);
    const QModelIndex sales = m_model->indexOfGroup(m_salesId, GroupTreeModel::AccountsColumn);
    QCOMPARE(sales.data().toString(), u"0"_s);
    {
        auto elsewhere = Database::open(m_dir->filePath(u"test.sqlite"_s));
        QVERIFY(elsewhere);
        AccountService accounts(**elsewhere);
        for (const QString &login : {u"ann"_s, u"bert"_s, u"cleo"_s}) {
            AccountDraft draft;
            draft.login = login;
            draft.email = login + u"@example.com"_s;
            QVERIFY(accounts.create(m_salesId, draft));
        }
    }
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->reloadInPlace();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sales.data().toString(), u"3"_s);
    QCOMPARE(m_model->index(0, GroupTreeModel::AccountsColumn, root).data().toString(), u"0"_s);
}

QTEST_MAIN(GroupTreeModelTest)
#include "tst_grouptreemodel.moc"
