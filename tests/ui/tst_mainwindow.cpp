#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/groups/groupnamedialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/wizard/addaccountwizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace bc;

Q_DECLARE_METATYPE(bc::Error::Code)

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldNameTheDatabaseInTheTitle();
    void shouldShowTheSelectedGroupsAccounts();
    void shouldFilterByStatusAndSearch();
    void shouldAddAGroupThroughTheDialog();
    void shouldKeepTheDialogOpenWhenTheNameIsTaken();
    void shouldRefuseToDeleteAGroupWithAccountsAndSayWhy();
    void shouldDisableAndEnableTheSelectedAccounts();
    void shouldAskBeforeDeletingAccounts();
    void shouldRememberLayoutAndLastGroup();
    void shouldAddAnAccountWithCtrlNAndSelectIt_data();
    void shouldAddAnAccountWithCtrlNAndSelectIt();
    void shouldShowChangesMadeElsewhereAndKeepTheSelection();
    void shouldSayInABannerWhileTheServerDoesNotAnswer();
    void shouldLeaveALostConnectionToTheBanner_data();
    void shouldLeaveALostConnectionToTheBanner();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Runs `handler` on the next modal widget that opens, once.

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<bc::Workspace> m_workspace; // the window's worker, on a connection of its own
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Settings> m_settings;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_emptyId = 0;
};

void MainWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // The test's own connection sets up and inspects, on the backend the test runs on; the window
    // works on the workspace's worker.
    const QString location = test::freshLocation(u"window"_s);
    QVERIFY(!location.isEmpty());
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = std::make_unique<bc::Workspace>(m_db->address(), m_db->openOptions());
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_rootId = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(m_rootId, u"Contoso"_s)->id;
    m_emptyId = m_groups->create(m_rootId, u"Empty Co"_s)->id;
    for (int i = 0; i < 12; ++i) {
        AccountDraft draft;
        draft.login = u"user%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        draft.email = u"user%1@contoso.com"_s.arg(i);
        draft.firstName = i == 7 ? u"Zelda"_s : u"Alex"_s;
        QVERIFY(m_accounts->create(m_contosoId, draft, i < 4 ? AccountStatus::Active : AccountStatus::Inactive));
    }
}

void MainWindowTest::cleanup()
{
    m_settings.reset();
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> MainWindowTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_db->displayName());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void MainWindowTest::shouldSayInABannerWhileTheServerDoesNotAnswer()
{
    auto window = makeWindow();
    auto *banner = window->findChild<QFrame *>(u"connectionBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    auto *text = banner->findChild<QLabel *>(u"connectionBannerText"_s);
    QVERIFY(text);
    // What it says when it shows: a job of the window's that succeeds right after the failure
    // below, or the retry reaching the server, may hide it again before a busy loop looks.
    QStringList shown;
    whenShown(banner, [text, &shown](QWidget *) { shown.append(text->text()); });
    // The window's own reads first (the list's activation states among them): any job that
    // succeeds after the failure below would say the server answers again.
    QTRY_VERIFY(window->accountList()->model()->isSettled());
    const QFuture<int> idle = m_workspace->run([](WorkspaceServices &) { return 0; });
    QTRY_VERIFY(idle.isFinished());
    // What the worker hears when the server goes away in the middle of a job.
    m_workspace->run([](WorkspaceServices &) -> Result<int> {
        return fail(Error::Code::ConnectionLost, {}, u"The connection to the server was lost."_s);
    });
    QTRY_COMPARE(shown.size(), 1);
    // Core's message once, on the first line, then what the console does meanwhile.
    QCOMPARE(shown.first().section(u'\n', 0, 0), u"The connection to the server was lost."_s);
    QCOMPARE(shown.first().count(u"server"_s), 1);
    QVERIFY2(shown.first().contains(u"keeps trying"_s), qPrintable(shown.first()));
    // The menus stay usable meanwhile.
    QVERIFY(window->menuBar()->isEnabled());
    m_workspace->run([](WorkspaceServices &) { return 1; });
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(window->statusBar()->currentMessage(), u"The database server answers again."_s);
}

void MainWindowTest::shouldLeaveALostConnectionToTheBanner_data()
{
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<bool>("box");
    QTest::newRow("connection lost: the banner says it") << Error::Code::ConnectionLost << false;
    QTest::newRow("any other error: a box") << Error::Code::Internal << true;
}

void MainWindowTest::shouldLeaveALostConnectionToTheBanner()
{
    // A list that cannot be read (after Reload, say) while the server is away opens no box over
    // the banner; the status bar still tells.
    QFETCH(Error::Code, code);
    QFETCH(bool, box);
    auto window = makeWindow();
    QTRY_VERIFY(window->accountList()->model()->isSettled());
    QString boxText;
    QObject context; // the watch for a box ends with the test
    whenModalOpens<QMessageBox>(&context, [&boxText](QMessageBox *message) {
        boxText = message->text();
        message->accept();
    });
    const QString problem = u"The list could not be read: %1."_s.arg(static_cast<int>(code));
    Q_EMIT window->accountList()->model()->loadFailed(Error {code, QString(), problem});
    QCOMPARE(window->statusBar()->currentMessage(), problem);
    QTest::qWait(200);
    QCOMPARE(boxText, box ? problem : QString());
}

void MainWindowTest::shouldNameTheDatabaseInTheTitle()
{
    auto window = makeWindow();
    QVERIFY2(window->windowTitle().contains(m_db->displayName()), qPrintable(window->windowTitle()));
}

void MainWindowTest::shouldShowTheSelectedGroupsAccounts()
{
    auto window = makeWindow();
    auto *list = window->findChild<QTableView *>(u"accountList"_s);
    QVERIFY(list);
    window->selectGroup(m_emptyId);
    QTRY_COMPARE(window->currentGroupId(), m_emptyId); // the tree loads on the worker
    QTRY_COMPARE(list->model()->rowCount(), 0);
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    QTRY_COMPARE(list->model()->rowCount(), 12);
    window->selectGroup(m_rootId);
    QTRY_COMPARE(window->currentGroupId(), m_rootId); // the tree loads on the worker
    auto *subgroups = window->findChild<QCheckBox *>(u"includeSubgroups"_s);
    subgroups->setChecked(true);
    QTRY_COMPARE(list->model()->rowCount(), 12);
    subgroups->setChecked(false);
    QTRY_COMPARE(list->model()->rowCount(), 0);
}

void MainWindowTest::shouldFilterByStatusAndSearch()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    auto *list = window->findChild<QTableView *>(u"accountList"_s);
    auto *status = window->findChild<QComboBox *>(u"statusFilter"_s);
    auto *search = window->findChild<QLineEdit *>(u"search"_s);
    status->setCurrentIndex(status->findData(u"active"_s));
    QTRY_COMPARE(list->model()->rowCount(), 4);
    status->setCurrentIndex(0);
    QTRY_COMPARE(list->model()->rowCount(), 12);
    QTest::keyClicks(search, u"zel"_s);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, AccountListModel::LoginColumn).data().toString(), u"user07"_s);
    auto *count = window->findChild<QLabel *>(u"accountCount"_s);
    QVERIFY2(count->text().startsWith(u"1 account"_s), qPrintable(count->text()));
}

void MainWindowTest::shouldAddAGroupThroughTheDialog()
{
    auto window = makeWindow();
    window->selectGroup(m_rootId);
    QTRY_COMPARE(window->currentGroupId(), m_rootId); // the tree loads on the worker
    whenModalOpens<GroupNameDialog>(this, [](GroupNameDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"groupName"_s);
        QTest::keyClicks(name, u"Fabrikam"_s);
        QTest::keyClick(name, Qt::Key_Return);
    });
    window->addGroup();
    auto created = m_groups->resolve(u"Acme MSP/Fabrikam"_s);
    QVERIFY2(created, "the group was created");
    QTRY_COMPARE(window->currentGroupId(), created->id);
}

void MainWindowTest::shouldKeepTheDialogOpenWhenTheNameIsTaken()
{
    auto window = makeWindow();
    window->selectGroup(m_rootId);
    QTRY_COMPARE(window->currentGroupId(), m_rootId); // the tree loads on the worker
    QString shownError;
    QString keptText;
    whenModalOpens<GroupNameDialog>(this, [&](GroupNameDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"groupName"_s);
        QTest::keyClicks(name, u"contoso"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isSaving(); })); // saved on the worker
        // Still open: the reason sits next to the field and the typed name is kept.
        shownError = dialog->findChild<QLabel *>(u"groupNameError"_s)->text();
        keptText = name->text();
        dialog->done(QDialog::Rejected); // closes without the discard question
    });
    window->addGroup();
    QVERIFY2(shownError.contains(u"contoso"_s), qPrintable(shownError));
    QCOMPARE(keptText, u"contoso"_s);
}

void MainWindowTest::shouldRefuseToDeleteAGroupWithAccountsAndSayWhy()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    QString message;
    whenModalOpens<QMessageBox>(this, [&](QMessageBox *box) {
        message = box->text();
        box->accept();
    });
    window->deleteGroup();
    QTRY_VERIFY2(message.contains(u"12 account"_s), qPrintable(message)); // answered by the worker
    QVERIFY(m_groups->group(m_contosoId));
}

void MainWindowTest::shouldDisableAndEnableTheSelectedAccounts()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    auto *panel = window->accountList();
    const qint64 user02 = m_accounts->findByLogin(u"user02"_s).value()->id;
    panel->selectAccount(user02);
    QTRY_COMPARE(panel->selectedAccountIds(), QList<qint64> {user02});
    auto *disable = window->findChild<QAction *>(u"disableAccountsAction"_s);
    QTRY_VERIFY(disable->isEnabled());
    disable->trigger(); // a job on the worker
    QTRY_COMPARE(m_accounts->findByLogin(u"user02"_s).value()->status, AccountStatus::Disabled);
    QTRY_COMPARE(panel->model()->index(2, AccountListModel::StatusColumn).data().toString(), u"Disabled"_s);
    QTRY_VERIFY(!window->bulkActions()->isRunning());
    window->findChild<QAction *>(u"enableAccountsAction"_s)->trigger();
    QTRY_COMPARE(m_accounts->findByLogin(u"user02"_s).value()->status, AccountStatus::Active);
}

void MainWindowTest::shouldAskBeforeDeletingAccounts()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    auto *panel = window->accountList();
    const qint64 id = m_accounts->findByLogin(u"user05"_s).value()->id;
    panel->selectAccount(id);
    QTRY_COMPARE(panel->selectedAccountIds(), QList<qint64> {id});
    whenModalOpens<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    window->deleteSelectedAccounts();
    QVERIFY2(m_accounts->account(id).has_value(), "Cancel keeps the account");
    whenModalOpens<QMessageBox>(this, [](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    window->deleteSelectedAccounts(); // a job on the worker
    QTRY_VERIFY2(!m_accounts->account(id).has_value(), "Delete removes it");
    QTRY_COMPARE(panel->model()->rowCount(), 11);
}

void MainWindowTest::shouldRememberLayoutAndLastGroup()
{
    {
        auto window = makeWindow();
        window->selectGroup(m_contosoId);
        QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
        window->accountList()->view()->setColumnWidth(AccountListModel::EmailColumn, 333);
        window->findChild<QCheckBox *>(u"includeSubgroups"_s)->setChecked(false);
        window->close();
    }
    auto window = makeWindow();
    QTRY_COMPARE(window->currentGroupId(), m_contosoId);
    QCOMPARE(window->accountList()->view()->columnWidth(AccountListModel::EmailColumn), 333);
    QVERIFY(!window->findChild<QCheckBox *>(u"includeSubgroups"_s)->isChecked());
}

void MainWindowTest::shouldAddAnAccountWithCtrlNAndSelectIt_data()
{
    QTest::addColumn<int>("statusFilter"); // index in the Status box
    QTest::addColumn<QString>("search");
    QTest::newRow("all accounts listed") << 0 << QString();
    QTest::newRow("active ones listed; the new one is inactive") << 1 << QString();
    QTest::newRow("a search the new one does not match") << 0 << u"user0"_s;
}

void MainWindowTest::shouldAddAnAccountWithCtrlNAndSelectIt()
{
    QFETCH(int, statusFilter);
    QFETCH(QString, search);
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    auto *status = window->findChild<QComboBox *>(u"statusFilter"_s);
    auto *searchBox = window->findChild<QLineEdit *>(u"search"_s);
    status->setCurrentIndex(statusFilter);
    QTest::keyClicks(searchBox, search);
    QTRY_COMPARE(window->accountList()->model()->query().search, search);
    QTRY_VERIFY(window->accountList()->model()->isSettled());
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    AddAccountWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window->findChild<AddAccountWizard *>()) && wizard->isVisible());
    // The title names the group once its details arrived from the worker.
    QTRY_VERIFY2(wizard->windowTitle().contains(u"Contoso"_s), qPrintable(wizard->windowTitle()));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"login"_s), u"newcomer"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"email"_s), u"newcomer@contoso.com"_s);
    // Through every page to the summary: the number of pages is the wizard's business.
    for (int page = 0; page < 12 && wizard->currentId() != int(AddAccountWizard::SummaryPageId); ++page) {
        QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), "Next enabled on a valid page");
        wizard->button(QWizard::NextButton)->click();
    }
    QCOMPARE(wizard->currentId(), int(AddAccountWizard::SummaryPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    const QPointer<AddAccountWizard> open(wizard);
    wizard->button(QWizard::FinishButton)->click();
    // The account is created on the worker; the wizard closes once it is.
    QTRY_VERIFY(!open || !open->isVisible());

    auto saved = m_accounts->findByLogin(u"newcomer"_s);
    QVERIFY2(saved && *saved, "the account was saved");
    QCOMPARE((*saved)->status, AccountStatus::Inactive);
    QTRY_COMPARE(window->accountList()->selectedAccountIds(), QList<qint64> {(*saved)->id});
    // A filter that hid the new account is cleared.
    QCOMPARE(status->currentIndex(), 0);
    QVERIFY(searchBox->text().isEmpty());
    QVERIFY2(window->statusBar()->currentMessage().contains(u"newcomer"_s),
             qPrintable(window->statusBar()->currentMessage()));
}

void MainWindowTest::shouldShowChangesMadeElsewhereAndKeepTheSelection()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    auto *panel = window->accountList();
    const qint64 selected = m_accounts->findByLogin(u"user09"_s).value()->id;
    // The group's rows first: a selection made while they load is replaced with them.
    QTRY_VERIFY(panel->model()->isSettled());
    panel->selectAccount(selected);
    QTRY_COMPARE(panel->selectedAccountIds(), QList<qint64> {selected});
    const int row = panel->model()->rowOfAccount(selected);

    // Another program (here: another connection, as the CLI or the activation server would be).
    auto other = test::openFixture(m_db->location());
    QVERIFY(other);
    AccountService elsewhere(**other);
    const qint64 changed = m_accounts->findByLogin(u"user03"_s).value()->id;
    QVERIFY(elsewhere.disable(changed));

    window->showChangesMadeElsewhere();
    QTRY_VERIFY(panel->model()->isSettled());
    const int changedRow = panel->model()->rowOfAccount(changed);
    QTRY_COMPARE(panel->model()->index(changedRow, AccountListModel::StatusColumn).data().toString(), u"Disabled"_s);
    QCOMPARE(panel->selectedAccountIds(), QList<qint64> {selected});
    QCOMPARE(panel->model()->rowOfAccount(selected), row);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
