#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/accountdetailsdialog.h"
#include "ui/accounts/accounthistorymodel.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/assignservicedialog.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace bc;

// The account details and actions as the main window offers them: Enter and double-click open the
// details, a data-locked account cannot be deleted, Assign service licenses an account. (The
// dialog itself: tst_accountdetailsdialog.)

class AccountDetailsWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOpenOnEnter();
    void shouldOpenOnDoubleClick();
    void shouldRefuseToDeleteADataLockedAccount();
    void shouldShowUnlicensedUntilAServiceIsAssigned();
    void shouldCloseTheAssignDialogWhenSomeHadTheServiceAlready();
    void shouldAssignNothingForAnOperatorWhoMayNotEditAccounts();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Selects the account once the list has loaded it (pages arrive from a worker and a reload
    // clears the selection).
    static void select(MainWindow *window, qint64 id)
    {
        AccountListPanel *panel = window->accountList();
        panel->selectAccount(id);
        QTRY_COMPARE(panel->selectedAccountIds(), QList<qint64> {id});
    }
    qint64 idOf(const QString &login) { return m_accounts->findByLogin(login).value()->id; }
    static void clickOk(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<bc::Workspace> m_workspace; // the window's worker, on a connection of its own
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Settings> m_settings;
    qint64 m_contosoId = 0;
    qint64 m_subscriptionId = 0;
};

void AccountDetailsWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
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
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    const qint64 root = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(root, u"Contoso"_s)->id;
    Profile standard;
    standard.groupId = m_contosoId;
    standard.name = u"Standard"_s;
    Profile locked = standard;
    locked.name = u"Locked"_s;
    locked.dataLock = true;
    const qint64 standardId = m_catalog->addProfile(standard).value().id;
    const qint64 lockedId = m_catalog->addProfile(locked).value().id;
    Subscription subscription;
    subscription.groupId = m_contosoId;
    subscription.name = u"Backup PAYG #1001"_s;
    m_subscriptionId = m_catalog->addSubscription(subscription).value().id;
    const auto add = [this](const QString &login, qint64 profileId, QList<qint64> subscriptions) {
        AccountDraft draft;
        draft.login = login;
        draft.email = login + u"@contoso.com"_s;
        draft.firstName = login.left(1).toUpper() + login.mid(1);
        draft.profileId = profileId;
        draft.subscriptionIds = subscriptions;
        auto created = m_accounts->create(m_contosoId, draft);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    };
    add(u"alice"_s, standardId, {m_subscriptionId});
    add(u"bob"_s, lockedId, {m_subscriptionId});
    add(u"carol"_s, 0, {});
}

void AccountDetailsWindowTest::cleanup()
{
    // A handler that never ran (its test failed) must not outlive the test's locals.
    qDeleteAll(findChildren<QTimer *>());
    m_settings.reset();
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> AccountDetailsWindowTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_db->displayName());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    window->selectGroup(m_contosoId);
    // The tree arrives from the worker; until the group is selected, the list shows the top group.
    if (!QTest::qWaitFor([&window, this] { return window->accountList()->groupId() == m_contosoId; }))
        qWarning("Contoso was not selected");
    return window;
}

void AccountDetailsWindowTest::shouldOpenOnEnter()
{
    auto window = makeWindow();
    select(window.get(), idOf(u"alice"_s));
    QString title;
    whenModalOpens<AccountDetailsDialog>(this, [&](AccountDetailsDialog *dialog) {
        QTRY_VERIFY(dialog->isLoaded()); // the title names the account once it arrived
        title = dialog->windowTitle();
        dialog->done(QDialog::Rejected); // closes without the discard question
    });
    auto *view = window->accountList()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY2(title.contains(u"alice"_s), qPrintable(title));
}

void AccountDetailsWindowTest::shouldOpenOnDoubleClick()
{
    auto window = makeWindow();
    auto *view = window->accountList()->view();
    // The page arrives from a worker; the row must hold the account before it can be activated.
    QTRY_VERIFY(window->accountList()->model()->rowOfAccount(idOf(u"carol"_s)) >= 0);
    const int row = window->accountList()->model()->rowOfAccount(idOf(u"carol"_s));
    QTRY_COMPARE(view->model()->index(row, AccountListModel::LoginColumn).data().toString(), u"carol"_s);
    QString title;
    whenModalOpens<AccountDetailsDialog>(this, [&](AccountDetailsDialog *dialog) {
        QTRY_VERIFY(dialog->isLoaded()); // the title names the account once it arrived
        title = dialog->windowTitle();
        dialog->done(QDialog::Rejected); // closes without the discard question
    });
    const QRect rect = view->visualRect(view->model()->index(row, AccountListModel::LoginColumn));
    // A person's double-click starts with a press on the row; QTest's double-click event alone does not.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY2(title.contains(u"carol"_s), qPrintable(title));
}

void AccountDetailsWindowTest::shouldRefuseToDeleteADataLockedAccount()
{
    auto window = makeWindow();
    const qint64 bob = idOf(u"bob"_s);
    auto *model = window->accountList()->model();
    QTRY_COMPARE(model->index(model->rowOfAccount(bob), AccountListModel::LoginColumn).data().toString(), u"bob"_s);
    select(window.get(), bob);
    // The worker says why the selection cannot be deleted.
    auto *deleteAction = window->findChild<QAction *>(u"deleteAccountsAction"_s);
    QTRY_VERIFY2(deleteAction->toolTip().contains(u"data-locked"_s), qPrintable(deleteAction->toolTip()));
    QVERIFY2(!deleteAction->isEnabled(), "a data-locked account cannot be deleted");
    select(window.get(), idOf(u"alice"_s));
    QTRY_VERIFY(deleteAction->isEnabled());
}

void AccountDetailsWindowTest::shouldShowUnlicensedUntilAServiceIsAssigned()
{
    auto window = makeWindow();
    auto *model = window->accountList()->model();
    const qint64 carol = idOf(u"carol"_s);
    // The rows arrive from the list's worker; rowOfAccount() knows loaded rows only.
    QTRY_VERIFY(model->isSettled() && model->rowOfAccount(carol) >= 0 && model->rowOfAccount(idOf(u"alice"_s)) >= 0);
    const int row = model->rowOfAccount(carol);
    QTRY_COMPARE(model->index(row, AccountListModel::LicenseColumn).data().toString(), u"Unlicensed"_s);
    QCOMPARE(model->index(model->rowOfAccount(idOf(u"alice"_s)), AccountListModel::LicenseColumn).data().toString(),
             u"Licensed"_s);
    select(window.get(), carol);
    auto *assign = window->findChild<QAction *>(u"assignServiceAction"_s);
    QTRY_VERIFY(assign->isEnabled());
    whenModalOpens<AssignServiceDialog>(this, [](AssignServiceDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(u"subscriptions"_s);
        list->topLevelItem(0)->setCheckState(0, Qt::Checked);
        clickOk(dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected); // closes without the discard question
    });
    assign->trigger();
    QTRY_COMPARE(model->index(model->rowOfAccount(carol), AccountListModel::LicenseColumn).data().toString(),
                 u"Licensed"_s);
    QVERIFY(m_accounts->account(carol)->isLicensed());
}

void AccountDetailsWindowTest::shouldCloseTheAssignDialogWhenSomeHadTheServiceAlready()
{
    // Alice has the subscription, Carol not: both are done, and the dialog closes by itself.
    auto window = makeWindow();
    AccountListPanel *panel = window->accountList();
    auto *model = panel->model();
    const qint64 alice = idOf(u"alice"_s);
    const qint64 carol = idOf(u"carol"_s);
    QTRY_VERIFY(model->isSettled() && model->rowOfAccount(carol) >= 0 && model->rowOfAccount(alice) >= 0);
    QItemSelection both;
    for (int row : {model->rowOfAccount(alice), model->rowOfAccount(carol)})
        both.select(model->index(row, 0), model->index(row, AccountListModel::ColumnCount - 1));
    panel->view()->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(panel->selectedAccountIds().size(), 2);
    auto *assign = window->findChild<QAction *>(u"assignServiceAction"_s);
    QTRY_VERIFY(assign->isEnabled());
    bool handled = false;
    bool closedByItself = false;
    whenModalOpens<AssignServiceDialog>(this, [&handled, &closedByItself](AssignServiceDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(u"subscriptions"_s);
        list->topLevelItem(0)->setCheckState(0, Qt::Checked);
        clickOk(dialog);
        closedByItself = QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 10000);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected); // closes without the discard question
        handled = true;
    });
    assign->trigger(); // the dialog opens once the worker has read the subscriptions
    QTRY_VERIFY(handled);
    QVERIFY(closedByItself);
    QVERIFY(m_accounts->account(carol)->isLicensed());
    QCOMPARE(m_accounts->account(alice)->subscriptionIds, QList<qint64> {m_subscriptionId});
}

void AccountDetailsWindowTest::shouldAssignNothingForAnOperatorWhoMayNotEditAccounts()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    // The window greys Assign service out for it; the dialog's job asks again on the worker.
    const QString password = u"violet-harbour-71-kiteS"_s;
    QVERIFY(
        bc::test::makeOperatorWith(*m_db, m_contosoId, u"desk"_s, Permissions(Permission::CreateAccounts), password));
    QVERIFY(bc::test::signIn(*m_workspace, u"desk"_s, password));
    const qint64 carol = idOf(u"carol"_s);
    auto subscriptions = m_catalog->subscriptions(m_contosoId);
    QVERIFY(subscriptions && !subscriptions->isEmpty());
    QWidget window;
    BulkActionRunner runner(*m_workspace, &window);
    AssignServiceDialog dialog(runner, *subscriptions, AccountSelection::of({carol}), m_contosoId, &window);
    dialog.show();
    dialog.findChild<QTreeWidget *>(u"subscriptions"_s)->topLevelItem(0)->setCheckState(0, Qt::Checked);
    clickOk(&dialog);
    auto *refusal = dialog.findChild<QLabel *>(u"assignError"_s);
    QTRY_VERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(u"\"desk\" may not"_s), qPrintable(refusal->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_accounts->account(carol)->isLicensed());
}

QTEST_MAIN(AccountDetailsWindowTest)
#include "tst_accountdetailswindow.moc"
