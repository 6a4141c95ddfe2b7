#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/catalog/catalogdialog.h"
#include "ui/catalog/catalogitemdialog.h"
#include "ui/catalog/cataloglistmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace bc;

Q_DECLARE_METATYPE(bc::CatalogKind)

class CatalogDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldAddEditAndDeleteItems_data();
    void shouldAddEditAndDeleteItems();
    void shouldKeepTheFormOpenWhenTheNameIsTaken();
    void shouldSaveAProfilesFields();
    void shouldSaveASecurityGroupsPermissions();
    void shouldSayLoadingUntilTheListArrives();
    void shouldChangeNothingForAnOperatorWhoMayNotManageSettings();
    void listModelShouldAnnounceOnlyWhatChanged();
    void listModelShouldStayConsistentThroughReloads_data();
    void listModelShouldStayConsistentThroughReloads();

private:
    // Fills the item dialog that opens next with `name` (and what else `fill` types), presses OK.
    void answerItemDialog(const QString &name, std::function<void(CatalogItemDialog *)> fill = {});
    qint64 useInAccount(CatalogKind kind, qint64 id);
    static void confirmDeletion(QMessageBox *box);
    // Presses the item dialog's OK and waits for the worker's answer (closed, or OK back on).
    static void pressOk(QDialog *item)
    {
        QPushButton *ok = item->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QTRY_VERIFY(!item->isVisible() || ok->isEnabled());
    }
    std::unique_ptr<CatalogDialog> makeDialog(CatalogKind kind)
    {
        auto dialog = std::make_unique<CatalogDialog>(*m_workspace, CatalogKindAdapter::create(kind, *m_workspace),
                                                      m_contosoId, u"Contoso"_s);
        dialog->show();
        return dialog;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    qint64 m_contosoId = 0;
};

void CatalogDialogTest::init()
{
    const QString location = bc::test::freshLocation(u"console"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = bc::test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    const qint64 root = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(root, u"Contoso"_s)->id;
}

void CatalogDialogTest::cleanup()
{
    qDeleteAll(findChildren<QTimer *>());
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

void CatalogDialogTest::answerItemDialog(const QString &name, std::function<void(CatalogItemDialog *)> fill)
{
    whenModalOpens<CatalogItemDialog>(this, [name, fill](CatalogItemDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(u"itemName"_s);
        edit->selectAll();
        QTest::keyClicks(edit, name);
        if (fill)
            fill(dialog);
        pressOk(dialog);
        if (dialog->isVisible()) {
            qWarning("the item dialog refused: %s",
                     qPrintable(dialog->findChild<QLabel *>(u"itemNameError"_s)->text()));
            dialog->done(QDialog::Rejected); // closes without the discard question
        }
    });
}

void CatalogDialogTest::confirmDeletion(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
}

qint64 CatalogDialogTest::useInAccount(CatalogKind kind, qint64 id)
{
    AccountDraft draft;
    draft.login = u"user-of-%1"_s.arg(id);
    draft.email = u"user@contoso.com"_s;
    switch (kind) {
    case CatalogKind::Profile:
        draft.profileId = id;
        break;
    case CatalogKind::Storage:
        draft.storageId = id;
        break;
    case CatalogKind::Subscription:
        draft.subscriptionIds = {id};
        break;
    case CatalogKind::SecurityGroup:
        draft.securityGroupIds = {id};
        break;
    }
    auto account = m_accounts->create(m_contosoId, draft);
    if (!account)
        qWarning("%s", qPrintable(account.error().message));
    return account ? account->id : 0;
}

void CatalogDialogTest::shouldAddEditAndDeleteItems_data()
{
    QTest::addColumn<CatalogKind>("kind");
    QTest::addColumn<QString>("dialogName");
    QTest::newRow("profiles") << CatalogKind::Profile << u"profilesDialog"_s;
    QTest::newRow("storages") << CatalogKind::Storage << u"storagesDialog"_s;
    QTest::newRow("subscriptions") << CatalogKind::Subscription << u"subscriptionsDialog"_s;
    QTest::newRow("security groups") << CatalogKind::SecurityGroup << u"securityGroupsDialog"_s;
}

void CatalogDialogTest::shouldAddEditAndDeleteItems()
{
    QFETCH(CatalogKind, kind);
    QFETCH(QString, dialogName);
    auto owned = makeDialog(kind);
    CatalogDialog &dialog = *owned;
    QCOMPARE(dialog.objectName(), dialogName);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *list = dialog.findChild<QTableView *>(u"itemList"_s);
    QTRY_VERIFY(dialog.isLoaded());
    QCOMPARE(list->model()->rowCount(), 0);

    // Add
    const auto fillRegion = [kind](CatalogItemDialog *item) {
        if (kind == CatalogKind::Storage)
            QTest::keyClicks(item->findChild<QLineEdit *>(u"region"_s), u"Frankfurt"_s);
    };
    answerItemDialog(u"First"_s, fillRegion);
    dialog.findChild<QPushButton *>(u"addItem"_s)->click();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"First"_s);
    dialog.grab().save(u"/tmp/dlg-%1.png"_s.arg(dialogName));

    // Edit (Enter on the row)
    list->setCurrentIndex(list->model()->index(0, 0));
    answerItemDialog(u"Renamed"_s);
    dialog.findChild<QPushButton *>(u"editItem"_s)->click();
    QTRY_COMPARE(list->model()->index(0, 0).data().toString(), u"Renamed"_s);

    // Delete while in use: refused, in core's words
    const qint64 usedId = dialog.model()->idAt(0);
    QVERIFY(useInAccount(kind, usedId));
    list->setCurrentIndex(list->model()->index(0, 0));
    whenModalOpens<QMessageBox>(this, &CatalogDialogTest::confirmDeletion);
    dialog.findChild<QPushButton *>(u"deleteItem"_s)->click();
    auto *message = dialog.findChild<QLabel *>(u"catalogMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->isVisible() && message->text().contains(u"still in use"_s), qPrintable(message->text()));
    QCOMPARE(list->model()->rowCount(), 1);
    dialog.grab().save(u"/tmp/dlg-%1-in-use.png"_s.arg(dialogName));

    // Another item, added elsewhere, appears; deleting it (after confirming) removes it
    const auto addElsewhere = [&]() -> qint64 {
        const auto spare = [this](auto item) {
            item.groupId = m_contosoId;
            item.name = u"Spare"_s;
            return item;
        };
        switch (kind) {
        case CatalogKind::Profile:
            return m_catalog->addProfile(spare(Profile())).value().id;
        case CatalogKind::Storage:
            return m_catalog->addStorage(spare(Storage())).value().id;
        case CatalogKind::Subscription:
            return m_catalog->addSubscription(spare(Subscription())).value().id;
        case CatalogKind::SecurityGroup:
            return m_catalog->addSecurityGroup(spare(SecurityGroup())).value().id;
        }
        return 0;
    };
    const qint64 spareId = addElsewhere();
    QTRY_COMPARE(list->model()->rowCount(), 2);
    list->setCurrentIndex(list->model()->index(dialog.model()->rowOf(spareId), 0));
    whenModalOpens<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    dialog.findChild<QPushButton *>(u"deleteItem"_s)->click();
    QCOMPARE(list->model()->rowCount(), 2);
    whenModalOpens<QMessageBox>(this, &CatalogDialogTest::confirmDeletion);
    dialog.findChild<QPushButton *>(u"deleteItem"_s)->click();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(dialog.model()->rowOf(spareId), -1);
}

void CatalogDialogTest::shouldChangeNothingForAnOperatorWhoMayNotManageSettings()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    // A helpdesk operator of Contoso reads its profiles (the wizard offers them) but may not change
    // them. The window greys the action out; the dialog's jobs ask again on the worker.
    Profile standard;
    standard.groupId = m_contosoId;
    standard.name = u"Standard"_s;
    QVERIFY(m_catalog->addProfile(standard));
    const QString password = u"violet-harbour-71-kiteS"_s;
    auto desk = bc::test::makeOperatorWith(
        *m_db, m_contosoId, u"desk"_s, Permissions(Permission::CreateAccounts) | Permission::EditAccounts, password);
    QVERIFY2(desk, qPrintable(desk ? QString() : desk.error().message));
    QVERIFY(bc::test::signIn(*m_workspace, u"desk"_s, password));
    auto owned = makeDialog(CatalogKind::Profile);
    CatalogDialog &dialog = *owned;
    QTRY_VERIFY(dialog.isLoaded());
    QCOMPARE(dialog.model()->rowCount(), 1);

    QString refusal;
    whenModalOpens<CatalogItemDialog>(this, [&refusal](CatalogItemDialog *item) {
        QTest::keyClicks(item->findChild<QLineEdit *>(u"itemName"_s), u"Premium"_s);
        pressOk(item);
        refusal = item->findChild<QLabel *>(u"itemError"_s)->text();
        item->done(QDialog::Rejected);
    });
    dialog.addItem();
    QVERIFY2(refusal.contains(u"\"desk\" may not"_s), qPrintable(refusal));

    dialog.findChild<QTableView *>(u"itemList"_s)->setCurrentIndex(dialog.model()->index(0, 0));
    whenModalOpens<QMessageBox>(this, &CatalogDialogTest::confirmDeletion);
    dialog.findChild<QPushButton *>(u"deleteItem"_s)->click();
    auto *message = dialog.findChild<QLabel *>(u"catalogMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"\"desk\" may not"_s), qPrintable(message->text()));
    auto profiles = m_catalog->profiles(m_contosoId);
    QVERIFY(profiles);
    QCOMPARE(profiles->size(), 1);
    QCOMPARE(profiles->first().name, u"Standard"_s);
}

void CatalogDialogTest::shouldKeepTheFormOpenWhenTheNameIsTaken()
{
    Subscription existing;
    existing.groupId = m_contosoId;
    existing.name = u"Backup PAYG #1001"_s;
    QVERIFY(m_catalog->addSubscription(existing));
    auto owned = makeDialog(CatalogKind::Subscription);
    CatalogDialog &dialog = *owned;
    QTRY_VERIFY(dialog.isLoaded());
    QString error;
    QString kept;
    whenModalOpens<CatalogItemDialog>(this, [&](CatalogItemDialog *item) {
        auto *name = item->findChild<QLineEdit *>(u"itemName"_s);
        QTest::keyClicks(name, u"backup payg #1001"_s);
        pressOk(item);
        error = item->findChild<QLabel *>(u"itemNameError"_s)->text();
        kept = name->text();
        item->grab().save(u"/tmp/dlg-subscription-item-error.png"_s);
        item->done(QDialog::Rejected); // closes without the discard question
    });
    dialog.addItem();
    QVERIFY2(error.contains(u"already"_s) || error.contains(u"another name"_s), qPrintable(error));
    QCOMPARE(kept, u"backup payg #1001"_s);
    QCOMPARE(dialog.model()->rowCount(), 1);
}

void CatalogDialogTest::shouldSaveAProfilesFields()
{
    auto owned = makeDialog(CatalogKind::Profile);
    CatalogDialog &dialog = *owned;
    QTRY_VERIFY(dialog.isLoaded());
    answerItemDialog(u"Locked"_s, [](CatalogItemDialog *item) {
        item->findChild<QCheckBox *>(u"dataLock"_s)->setChecked(true);
        item->findChild<QCheckBox *>(u"storageUnlimited"_s)->setChecked(false);
        QTest::keyClicks(item->findChild<QLineEdit *>(u"storageLimit"_s), u"500 GB"_s);
        QTest::keyClicks(item->findChild<QLineEdit *>(u"storageOverage"_s), u"50 GB"_s);
        item->grab().save(u"/tmp/dlg-profile-item.png"_s);
    });
    dialog.addItem();
    auto profiles = m_catalog->profiles(m_contosoId);
    QVERIFY(profiles && profiles->size() == 1);
    const Profile &saved = profiles->first();
    QVERIFY(saved.dataLock);
    QCOMPARE(saved.quotas[Resource::Storage].limit, std::optional<qint64>(500LL * 1000 * 1000 * 1000));
    QCOMPARE(saved.quotas[Resource::Storage].overage, 50LL * 1000 * 1000 * 1000);

    // A quota that does not parse keeps the form open, with the reason under it.
    QString error;
    whenModalOpens<CatalogItemDialog>(this, [&](CatalogItemDialog *item) {
        auto *limit = item->findChild<QLineEdit *>(u"storageLimit"_s);
        limit->selectAll();
        QTest::keyClicks(limit, u"lots"_s);
        pressOk(item);
        error = item->findChild<QLabel *>(u"storageLimitError"_s)->text();
        item->done(QDialog::Rejected); // closes without the discard question
    });
    QTRY_COMPARE(dialog.model()->rowCount(), 1);
    dialog.view()->setCurrentIndex(dialog.model()->index(0, 0));
    dialog.editItem();
    QVERIFY2(!error.isEmpty(), "the parse error shows under the limit");
}

void CatalogDialogTest::shouldSaveASecurityGroupsPermissions()
{
    auto owned = makeDialog(CatalogKind::SecurityGroup);
    CatalogDialog &dialog = *owned;
    QTRY_VERIFY(dialog.isLoaded());
    answerItemDialog(u"Helpdesk"_s, [](CatalogItemDialog *item) {
        item->findChild<QCheckBox *>(u"permission-create-accounts"_s)->setChecked(true);
        item->findChild<QCheckBox *>(u"permission-view-audit-log"_s)->setChecked(true);
        item->grab().save(u"/tmp/dlg-securitygroup-item.png"_s);
    });
    dialog.addItem();
    auto groups = m_catalog->securityGroups(m_contosoId);
    QVERIFY(groups && groups->size() == 1);
    QCOMPARE(groups->first().permissions, Permissions(Permission::CreateAccounts | Permission::ViewAuditLog));
    QTRY_COMPARE(dialog.model()->rowCount(), 1);
    QVERIFY2(dialog.model()->index(0, CatalogListModel::DetailsColumn).data().toString().contains(u"Create accounts"_s),
             "the list says what members may do");
}

void CatalogDialogTest::shouldSayLoadingUntilTheListArrives()
{
    Storage storage;
    storage.groupId = m_contosoId;
    storage.name = u"EU West"_s;
    QVERIFY(m_catalog->addStorage(storage));
    // The worker is held up by a job of its own, so that the list's read waits behind it.
    auto blocker = std::make_unique<test::WorkerHold>(*m_workspace);
    auto dialog = makeDialog(CatalogKind::Storage);
    auto *empty = dialog->findChild<QLabel *>(u"emptyText"_s);
    QVERIFY(!dialog->isLoaded());
    QVERIFY2(empty->isVisible() && empty->text() == u"Loading…"_s, qPrintable(empty->text()));
    QVERIFY2(!dialog->findChild<QPushButton *>(u"addItem"_s)->isEnabled(), "Add waits for the list");
    blocker->release();
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(u"addItem"_s)->isEnabled());

    // Closed before its answer: the answer is dropped with it.
    blocker = std::make_unique<test::WorkerHold>(*m_workspace);
    dialog = makeDialog(CatalogKind::Storage);
    dialog.reset();
    blocker->release();
    QTRY_VERIFY(blocker->isFinished());
    auto after = m_workspace->run([](WorkspaceServices &) { return Result<void>(); });
    QTRY_VERIFY(after.isFinished());
    QCoreApplication::processEvents();
}

void CatalogDialogTest::listModelShouldAnnounceOnlyWhatChanged()
{
    CatalogListModel model(u"Region"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows({{1, u"A"_s, u"x"_s}, {2, u"B"_s, u"y"_s}});
    QCOMPARE(reset.size(), 1);
    model.setRows({{1, u"A"_s, u"x"_s}, {2, u"B2"_s, u"y"_s}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, 0).data().toString(), u"B2"_s);
    QCOMPARE(model.headerData(CatalogListModel::DetailsColumn, Qt::Horizontal).toString(), u"Region"_s);
    QCOMPARE(model.index(0, 0).data(CatalogListModel::IdRole).toLongLong(), 1);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

// Rows written "id:name:details".
static QList<CatalogRow> catalogRows(const QStringList &rows)
{
    QList<CatalogRow> list;
    for (const QString &row : rows) {
        const QStringList parts = row.split(u':');
        list.append({parts.at(0).toLongLong(), parts.at(1), parts.at(2)});
    }
    return list;
}

void CatalogDialogTest::listModelShouldStayConsistentThroughReloads_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("resets");
    QTest::addColumn<QList<int>>("changedRows");

    const QStringList three {u"1:A:x"_s, u"2:B:y"_s, u"3:C:z"_s};
    QTest::newRow("first rows") << QStringList() << three << 1 << QList<int>();
    QTest::newRow("nothing changed") << three << three << 0 << QList<int>();
    QTest::newRow("a name changed") << three << QStringList {u"1:A:x"_s, u"2:B2:y"_s, u"3:C:z"_s} << 0
                                    << QList<int> {1};
    QTest::newRow("details of two changed")
        << three << QStringList {u"1:A:x2"_s, u"2:B:y"_s, u"3:C:z2"_s} << 0 << QList<int> {0, 2};
    QTest::newRow("a row added") << three << QStringList {u"1:A:x"_s, u"4:AB:w"_s, u"2:B:y"_s, u"3:C:z"_s} << 1
                                 << QList<int>();
    QTest::newRow("a row removed") << three << QStringList {u"1:A:x"_s, u"3:C:z"_s} << 1 << QList<int>();
    QTest::newRow("the same rows in another order")
        << three << QStringList {u"2:B:y"_s, u"1:A:x"_s, u"3:C:z"_s} << 1 << QList<int>();
    QTest::newRow("every row gone") << three << QStringList() << 1 << QList<int>();
    QTest::newRow("empty again") << QStringList() << QStringList() << 0 << QList<int>();
}

void CatalogDialogTest::listModelShouldStayConsistentThroughReloads()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(int, resets);
    QFETCH(QList<int>, changedRows);

    CatalogListModel model(u"Region"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(catalogRows(before));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows(catalogRows(after));

    QCOMPARE(reset.size(), resets);
    QList<int> rows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());
        rows.append(signal.at(0).toModelIndex().row());
    }
    QCOMPARE(rows, changedRows);
    QCOMPARE(model.rowCount(), after.size());
    for (int row = 0; row < after.size(); ++row) {
        const QStringList parts = after.at(row).split(u':');
        QCOMPARE(model.idAt(row), parts.at(0).toLongLong());
        QCOMPARE(model.rowOf(parts.at(0).toLongLong()), row);
        QCOMPARE(model.index(row, CatalogListModel::NameColumn).data().toString(), parts.at(1));
        QCOMPARE(model.index(row, CatalogListModel::DetailsColumn).data().toString(), parts.at(2));
    }
}

QTEST_MAIN(CatalogDialogTest)
#include "tst_catalogdialog.moc"
