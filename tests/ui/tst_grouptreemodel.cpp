#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "ui/groups/grouptreemodel.h"
#include "ui/groups/grouptreeview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

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
    void shouldShowLoadingUntilTheAnswerArrives_data();
    void shouldShowLoadingUntilTheAnswerArrives();
    void shouldKeepAGroupOpenWhenItsChildrenReplaceLoading_data();
    void shouldKeepAGroupOpenWhenItsChildrenReplaceLoading();
    void shouldKeepTheOpenGroupsOpenWhenTheTreeIsReadAgain();
    void shouldSurviveBeingDestroyedWhileAnAnswerIsOnItsWay();
    void shouldDropAFetchThatARaceWithAReloadOutdated_data();
    void shouldDropAFetchThatARaceWithAReloadOutdated();

private:
    static QString names(const GroupTreeModel &model, const QModelIndex &parent);
    QString names(const QModelIndex &parent) const { return names(*m_model, parent); }
    std::unique_ptr<GroupTreeModel> makeModel();
    // Fetches every group there is, and waits for them.
    static void loadAll(GroupTreeModel &model);
    // Lets the worker's answers arrive.
    void settle();

    QString m_location;
    std::unique_ptr<Database> m_db; // the test's own connection, to set up and change data
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_salesId = 0;
    qint64 m_fabrikamId = 0;
};

void GroupTreeModelTest::init()
{
    m_location = bc::test::freshLocation(u"grouptree"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(m_location);
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

    auto address = DatabaseAddress::parse(m_location);
    QVERIFY(address);
    m_workspace = std::make_unique<Workspace>(*address, Database::OpenOptions());
    auto opened = m_workspace->open();
    QTRY_VERIFY(opened.isFinished());
    QVERIFY2(opened.result(), qPrintable(opened.result() ? QString() : opened.result().error().message));

    m_model = makeModel();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadAll(*m_model);
}

void GroupTreeModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<GroupTreeModel> GroupTreeModelTest::makeModel()
{
    // The test's services stand for the parts of the window still on the GUI thread: the model
    // follows their signals.
    return std::make_unique<GroupTreeModel>(*m_workspace, m_groups.get(), m_accounts.get());
}

void GroupTreeModelTest::settle()
{
    QTRY_VERIFY(!m_model->isLoading());
}

void GroupTreeModelTest::loadAll(GroupTreeModel &model)
{
    for (int round = 0; round < 10; ++round) {
        QTRY_VERIFY(!model.isLoading());
        bool fetched = false;
        QList<QModelIndex> pending {QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            if (model.canFetchMore(parent)) {
                model.fetchMore(parent);
                fetched = true;
            }
            for (int row = 0; row < model.rowCount(parent); ++row)
                pending.append(model.index(row, 0, parent));
        }
        if (!fetched)
            return;
    }
}

QString GroupTreeModelTest::names(const GroupTreeModel &model, const QModelIndex &parent)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result.append(model.index(row, 0, parent).data().toString());
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

    // A batch of an import: each group's count changes once, by the accounts it got.
    QList<AccountService::NewAccountRequest> batch;
    for (const QString &login : {u"erin"_s, u"frank"_s}) {
        draft.login = login;
        draft.email = login + u"@example.com"_s;
        batch.append({m_model->groupId(fabrikam), draft});
    }
    changed.clear();
    auto made = m_accounts->createAll(batch);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(fabrikam.data().toString(), u"2"_s);
    QCOMPARE(changed.count(), 1);
}

void GroupTreeModelTest::shouldLoadChildrenOnlyWhenExpanded()
{
    // A model of its own: the tester of m_model fetches everything it can.
    auto model = makeModel();
    QTRY_VERIFY(!model->isLoading());
    // The top group comes with its children, in the same statement: the tree shows it open.
    QCOMPARE(model->loadedGroupCount(), 3);
    const QModelIndex root = model->index(0, 0);
    QVERIFY(!model->canFetchMore(root));
    QCOMPARE(names(*model, root), u"Contoso,Fabrikam"_s);
    // A customer's units only once it is expanded.
    const QModelIndex contoso = model->indexOfGroup(m_contosoId);
    QVERIFY2(model->hasChildren(contoso), "a group says it has children before they are loaded");
    QCOMPARE(model->rowCount(contoso), 0);
    QVERIFY(model->canFetchMore(contoso));
    model->fetchMore(contoso);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(names(*model, contoso), u"Sales"_s);
    QCOMPARE(model->loadedGroupCount(), 4);
    const QModelIndex fabrikam = model->index(1, 0, root);
    QVERIFY(!model->hasChildren(fabrikam) && !model->canFetchMore(fabrikam));
    QVERIFY2(!model->hasChildren(model->index(0, GroupTreeModel::AccountsColumn, root)),
             "only the name column has rows");
}

void GroupTreeModelTest::shouldLoadTheGroupsAboveAGroupAskedFor()
{
    auto model = makeModel();
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!model->group(m_salesId));
    QSignalSpy found(model.get(), &GroupTreeModel::groupFound);
    QSignalSpy notFound(model.get(), &GroupTreeModel::groupNotFound);
    model->requestGroup(m_salesId);
    model->requestGroup(4242);
    QTRY_COMPARE(found.count(), 1);
    QTRY_COMPARE(notFound.count(), 1);
    QCOMPARE(found.first().first().toLongLong(), m_salesId);
    QCOMPARE(notFound.first().first().toLongLong(), 4242);
    const QModelIndex sales = model->indexOfGroup(m_salesId);
    QCOMPARE(sales.data().toString(), u"Sales"_s);
    QCOMPARE(model->groupId(sales.parent()), m_contosoId);
    QCOMPARE(model->groupId(sales.parent().parent()), m_rootId);
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
    auto model = makeModel();
    QTRY_VERIFY(!model->isLoading());
    model->fetchMore(model->index(0, 0)); // the customers, not their units
    QTRY_VERIFY(!model->isLoading());
    const qint64 parentId = parent == "Contoso"_L1 ? m_contosoId : m_fabrikamId;
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_groups->create(parentId, u"Marketing"_s));
    QCOMPARE(inserted.count(), shownAtOnce ? 1 : 0);
    const QModelIndex parentIndex = model->indexOfGroup(parentId);
    QVERIFY(model->hasChildren(parentIndex));
    if (model->canFetchMore(parentIndex))
        model->fetchMore(parentIndex);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(names(*model, parentIndex), children);
}

void GroupTreeModelTest::shouldReadCountsKeptByTheDatabaseAfterChangesElsewhere()
{
    // Another program (a connection of its own) adds accounts; the model reads the counts the
    // database keeps, without counting accounts.
    const QModelIndex root = m_model->index(0, 0);
    const QModelIndex sales = m_model->indexOfGroup(m_salesId, GroupTreeModel::AccountsColumn);
    QCOMPARE(sales.data().toString(), u"0"_s);
    {
        auto elsewhere = bc::test::openFixture(m_location);
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
    QCOMPARE(changed.count(), 0); // nothing changes until the answer arrives
    settle();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sales.data().toString(), u"3"_s);
    QCOMPARE(m_model->index(0, GroupTreeModel::AccountsColumn, root).data().toString(), u"0"_s);
}

void GroupTreeModelTest::shouldShowLoadingUntilTheAnswerArrives_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("loaded"); // the names that replace "Loading…"
    QTest::newRow("the top level, on opening") << u"top"_s << u"Acme MSP"_s;
    // (The customers come with the top group.)
    QTest::newRow("the units, on asking for one of them") << u"contoso"_s << u"Sales"_s;
}

void GroupTreeModelTest::shouldShowLoadingUntilTheAnswerArrives()
{
    QFETCH(QString, where);
    QFETCH(QString, loaded);
    // No tester here: it would fetch every group at once (m_model has one, in every test).
    auto model = makeModel();
    QPersistentModelIndex parent;
    if (where == "contoso"_L1) {
        QTRY_VERIFY(!model->isLoading());
        parent = model->indexOfGroup(m_contosoId);
        model->fetchMore(parent);
    }
    // The "Loading…" row goes in at once (a call queued on the model itself); the answer, through
    // the event loop later.
    QCoreApplication::sendPostedEvents(model.get(), QEvent::MetaCall);
    QVERIFY(model->isLoading());
    QCOMPARE(model->rowCount(parent), 1);
    const QModelIndex loading = model->index(0, 0, parent);
    QCOMPARE(loading.data().toString(), u"Loading…"_s);
    QCOMPARE(model->groupId(loading), 0);
    QVERIFY(!(model->flags(loading) & Qt::ItemIsSelectable));
    QVERIFY(!model->hasChildren(loading));
    QVERIFY(!model->canFetchMore(loading));
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(names(*model, parent), loaded);
}

void GroupTreeModelTest::shouldKeepAGroupOpenWhenItsChildrenReplaceLoading_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("loaded");
    // (The customers come with the top group.)
    QTest::newRow("the units, under a customer") << u"contoso"_s << u"Sales"_s;
}

void GroupTreeModelTest::shouldKeepAGroupOpenWhenItsChildrenReplaceLoading()
{
    // Over a slow link a person expands a group, sees "Loading…" and waits: the children must show
    // in the open group, not in a group that closed when "Loading…" went away.
    QFETCH(QString, where);
    QFETCH(QString, loaded);
    auto model = makeModel();
    QTreeView view;
    view.setModel(model.get());
    view.show();
    QTRY_VERIFY(!model->isLoading());
    QPersistentModelIndex parent = model->index(0, 0);
    if (where == "contoso"_L1) {
        view.expand(parent);
        // The view asks for the children when it next lays itself out, not necessarily at once.
        QTRY_VERIFY(model->indexOfGroup(m_contosoId).isValid());
        QTRY_VERIFY(!model->isLoading());
        parent = model->indexOfGroup(m_contosoId);
    }
    // The worker is held up by a job of its own, so that the answer cannot come before the view
    // has laid itself out, asked for the children and shown "Loading…".
    test::WorkerHold hold(*m_workspace);
    view.expand(parent);
    QTRY_VERIFY(model->isLoading());
    QTRY_COMPARE(model->index(0, 0, parent).data().toString(), u"Loading…"_s);
    QVERIFY(view.isExpanded(parent));
    hold.release();
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(names(*model, parent), loaded);
    QVERIFY2(view.isExpanded(parent), "the group closed when its children arrived");
    QVERIFY(view.visualRect(model->index(0, 0, parent)).isValid());
}

void GroupTreeModelTest::shouldKeepTheOpenGroupsOpenWhenTheTreeIsReadAgain()
{
    // A reload (or a change made elsewhere that changes the tree) reads the whole tree again: the
    // groups a person opened stay open, with their children, and the closed ones stay closed.
    auto model = makeModel();
    GroupTreeView view(model.get());
    view.show();
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(view.isExpanded(model->index(0, 0)));
    QTRY_VERIFY(model->indexOfGroup(m_contosoId).isValid()); // asked for on the view's next layout
    view.expand(model->indexOfGroup(m_contosoId));
    // The view asks for the children when it next lays itself out, not necessarily at once.
    QTRY_VERIFY(model->indexOfGroup(m_salesId).isValid());
    QTRY_VERIFY(!model->isLoading());
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->reload();
    QTRY_COMPARE(reset.count(), 1);
    QVERIFY(view.isExpanded(model->index(0, 0)));
    QVERIFY2(view.isExpanded(model->indexOfGroup(m_contosoId)), "the open customer closed");
    QVERIFY(view.visualRect(model->indexOfGroup(m_salesId)).isValid());
    QVERIFY(!view.isExpanded(model->indexOfGroup(m_fabrikamId)));
}

void GroupTreeModelTest::shouldSurviveBeingDestroyedWhileAnAnswerIsOnItsWay()
{
    auto model = makeModel();
    QPointer<GroupTreeModel> watched(model.get());
    model.reset(); // its first answer, the tree, is on the way
    QVERIFY(!watched);
    model = makeModel();
    QTRY_VERIFY(!model->isLoading());
    model->fetchMore(model->index(0, 0));
    model->requestGroup(m_salesId);
    model.reset();
    // The answers come and find nobody.
    auto last = m_workspace->run([](WorkspaceServices &services) { return services.groups.children(0); });
    QTRY_VERIFY(last.isFinished());
    QCoreApplication::processEvents();
    QCOMPARE(names(m_model->index(0, 0)), u"Contoso,Fabrikam"_s);
}

void GroupTreeModelTest::shouldDropAFetchThatARaceWithAReloadOutdated_data()
{
    QTest::addColumn<bool>("inPlace");
    QTest::addColumn<bool>("renameMeanwhile");
    QTest::newRow("reload") << false << false;
    QTest::newRow("reload in place") << true << false;
    QTest::newRow("reload, a group renamed meanwhile") << false << true;
    QTest::newRow("reload in place, a group renamed meanwhile") << true << true;
}

void GroupTreeModelTest::shouldDropAFetchThatARaceWithAReloadOutdated()
{
    QFETCH(bool, inPlace);
    QFETCH(bool, renameMeanwhile);
    auto model = makeModel();
    QTRY_VERIFY(!model->isLoading());
    const QPersistentModelIndex root = model->index(0, 0);
    model->fetchMore(root); // its answer is on the way when the reload starts
    if (renameMeanwhile) {
        // Another console renames a customer: the window would read the tree again.
        auto elsewhere = bc::test::openFixture(m_location);
        QVERIFY(elsewhere);
        QVERIFY(GroupService(**elsewhere).rename(m_fabrikamId, u"Alpine"_s));
    }
    if (inPlace)
        model->reloadInPlace();
    else
        model->reload();
    // From here on, every change is checked; the tester also loads every group it can.
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!model->isLoading());
    const QModelIndex top = model->index(0, 0);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(names(*model, top), renameMeanwhile ? u"Alpine,Contoso"_s : u"Contoso,Fabrikam"_s);
    QCOMPARE(model->loadedGroupCount(), 4); // each group once
}

QTEST_MAIN(GroupTreeModelTest)
#include "tst_grouptreemodel.moc"
