#include "core/platform/settings.h"
#include "core/platform/translations.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/accountdetailsdialog.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/groups/groupnamedialog.h"
#include "ui/groups/grouptreemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The main window's account list as a helpdesk person drives it with the keyboard: actions that
// follow what is listed and selected, questions before changing many accounts, the shortcuts and
// the list's layout.
class AccountListActionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldDisableTheActionsWhenAFilterHidesTheSelection();
    void shouldAskBeforeDisablingSeveralAccountsNamingTheFirst();
    void shouldNameTheFirstAccountsBeforeDeletingSeveral();
    void shouldDescribeTheAccountsOfAQuestion_data();
    void shouldDescribeTheAccountsOfAQuestion();
    void shouldFocusTheSearchWithCtrlF();
    void shouldReloadTheListAndTheTreeWithF5();
    void shouldOpenTheDetailsWithEnter();
    void shouldListEveryShortcutOfTheWindow();
    void shouldCountTheSelectedAccountsInTheStatusBar();
    void shouldFilterByLicenseAdministratorAndFailedEmail_data();
    void shouldFilterByLicenseAdministratorAndFailedEmail();
    void shouldScrollToTheTopWhenTheFilterChanges();
    void shouldFitEveryColumnTitleAndItsSortArrow();
    void shouldKeepColumnWidthsPerLanguage();
    void shouldFitTheValuesOfTheLanguageOnAFirstStart();
    void shouldKeepTheSearchUsableAt640x480();
    void shouldSayATakenGroupNameWhileTyping();

private:
    std::unique_ptr<MainWindow> makeWindow();
    qint64 idOf(const QString &login) const;
    // Selects the first `count` rows of the list.
    void selectRows(MainWindow &window, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<bc::Workspace> m_workspace; // the window's worker, on a connection of its own
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Settings> m_settings;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
};

void AccountListActionsTest::initTestCase()
{
    // English has a file too: the singular and plural forms of the "%n …" messages.
    auto installed = installTranslations(*qApp, u"en"_s);
    QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));
}

void AccountListActionsTest::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    // The test's own connection sets up and inspects; the window works on the workspace's worker.
    const QString location = test::freshLocation(u"console"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
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
    // user00–user03 active, the others inactive; user05 an administrator.
    for (int i = 0; i < 12; ++i) {
        AccountDraft draft;
        draft.login = u"user%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        draft.email = u"user%1@contoso.com"_s.arg(i);
        draft.firstName = u"Alex"_s;
        if (i == 5) {
            draft.administrator = true;
            draft.phone = u"+44 20 7946 0958"_s;
            draft.address = u"1 Main Street, London"_s;
        }
        auto created = m_accounts->create(m_contosoId, draft, i < 4 ? AccountStatus::Active : AccountStatus::Inactive);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }
}

void AccountListActionsTest::cleanup()
{
    m_settings.reset();
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<MainWindow> AccountListActionsTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_db->displayName());
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

qint64 AccountListActionsTest::idOf(const QString &login) const
{
    auto account = m_accounts->findByLogin(login);
    return account && *account ? (*account)->id : 0;
}

void AccountListActionsTest::selectRows(MainWindow &window, int count)
{
    AccountListPanel *panel = window.accountList();
    QTRY_VERIFY(panel->model()->isSettled());
    QTRY_VERIFY(panel->model()->isRowLoaded(0));
    const QModelIndex first = panel->model()->index(0, 0);
    const QModelIndex last = panel->model()->index(count - 1, AccountListModel::ColumnCount - 1);
    panel->view()->selectionModel()->select(QItemSelection(first, last),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(panel->selectedAccountIds().size(), count);
}

void AccountListActionsTest::shouldDisableTheActionsWhenAFilterHidesTheSelection()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    AccountListPanel *panel = window->accountList();
    const qint64 user02 = idOf(u"user02"_s);
    QTRY_VERIFY(panel->model()->isSettled());
    panel->selectAccount(user02);
    QTRY_COMPARE(panel->selectedAccountIds(), QList<qint64> {user02});
    auto *disable = window->findChild<QAction *>(u"disableAccountsAction"_s);
    auto *enable = window->findChild<QAction *>(u"enableAccountsAction"_s);
    auto *remove = window->findChild<QAction *>(u"deleteAccountsAction"_s);
    QTRY_VERIFY(disable->isEnabled() && enable->isEnabled() && remove->isEnabled());

    // user02 is active: the inactive ones are listed without it.
    auto *status = window->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    QTRY_COMPARE(panel->model()->rowCount(), 8);
    QTRY_VERIFY2(!disable->isEnabled(), "nothing listed is selected: Disable is off");
    QVERIFY2(!enable->isEnabled(), "Enable is off");
    QVERIFY2(!remove->isEnabled(), "Delete is off");
    QVERIFY(panel->selectedAccountIds().isEmpty());
    // Even when triggered (a stale menu), nothing happens and nothing is claimed.
    disable->trigger();
    QCOMPARE(m_accounts->account(user02)->status, AccountStatus::Active);
    QVERIFY2(!window->statusBar()->currentMessage().contains(u"disabled"_s),
             qPrintable(window->statusBar()->currentMessage()));
}

void AccountListActionsTest::shouldAskBeforeDisablingSeveralAccountsNamingTheFirst()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    selectRows(*window, 12);
    auto *disable = window->findChild<QAction *>(u"disableAccountsAction"_s);
    QTRY_VERIFY(disable->isEnabled());

    QString question;
    QString named;
    whenModalOpens<QMessageBox>(this, [&](QMessageBox *box) {
        question = box->text();
        named = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    disable->trigger();
    QVERIFY2(question.contains(u"12 account"_s), qPrintable(question));
    QCOMPARE(named, u"\"user00\", \"user01\", \"user02\", \"user03\", \"user04\" and 7 more"_s);
    QCOMPARE(m_accounts->account(idOf(u"user00"_s))->status, AccountStatus::Active);
    QCOMPARE(m_accounts->account(idOf(u"user11"_s))->status, AccountStatus::Inactive);

    whenModalOpens<QMessageBox>(this, [](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    disable->trigger(); // a job on the worker
    QTRY_COMPARE(m_accounts->account(idOf(u"user00"_s))->status, AccountStatus::Disabled);
    QCOMPARE(m_accounts->account(idOf(u"user11"_s))->status, AccountStatus::Disabled);
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(u"12 accounts disabled"_s),
                 qPrintable(window->statusBar()->currentMessage()));
}

void AccountListActionsTest::shouldNameTheFirstAccountsBeforeDeletingSeveral()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    selectRows(*window, 6);
    QString question;
    QString named;
    whenModalOpens<QMessageBox>(this, [&](QMessageBox *box) {
        question = box->text();
        named = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    window->deleteSelectedAccounts();
    QVERIFY2(question.contains(u"6 account"_s), qPrintable(question));
    QCOMPARE(named, u"\"user00\", \"user01\", \"user02\", \"user03\", \"user04\" and 1 more"_s);
    QVERIFY(m_accounts->account(idOf(u"user00"_s)));
}

void AccountListActionsTest::shouldDescribeTheAccountsOfAQuestion_data()
{
    QTest::addColumn<QStringList>("logins");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("described");
    QTest::newRow("one") << QStringList {u"alice"_s} << 1 << u"\"alice\""_s;
    QTest::newRow("two") << QStringList {u"alice"_s, u"bob"_s} << 2 << u"\"alice\" and \"bob\""_s;
    // As the locale lists (American English: a comma before "and").
    QTest::newRow("all five") << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s} << 5
                              << u"\"a\", \"b\", \"c\", \"d\", and \"e\""_s;
    QTest::newRow("one more") << QStringList {u"a"_s, u"b"_s} << 3 << u"\"a\", \"b\" and 1 more"_s;
    QTest::newRow("many more") << QStringList {u"a"_s} << 1001 << u"\"a\" and 1000 more"_s;
}

void AccountListActionsTest::shouldDescribeTheAccountsOfAQuestion()
{
    QFETCH(QStringList, logins);
    QFETCH(int, total);
    QFETCH(QString, described);
    QCOMPARE(AccountActions::describeAccounts(logins, total), described);
}

void AccountListActionsTest::shouldFocusTheSearchWithCtrlF()
{
    auto window = makeWindow();
    window->findChild<QTreeView *>(u"groupTree"_s)->setFocus();
    auto *search = window->findChild<QLineEdit *>(u"search"_s);
    QTRY_VERIFY(!search->hasFocus());
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY2(search->hasFocus(), "Ctrl+F goes to the search field");
}

void AccountListActionsTest::shouldReloadTheListAndTheTreeWithF5()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    AccountListPanel *panel = window->accountList();
    QTRY_VERIFY(panel->model()->isSettled());
    QTRY_VERIFY(panel->model()->isRowLoaded(3));

    // Another program changes an account and adds a group; nothing tells this window.
    auto other = test::openFixture(m_db->location());
    QVERIFY(other);
    QVERIFY(AccountService(**other).disable(idOf(u"user03"_s)));
    QVERIFY(GroupService(**other).create(m_rootId, u"Fabrikam"_s));

    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_COMPARE(panel->model()->index(3, AccountListModel::StatusColumn).data().toString(), u"Disabled"_s);
    auto *tree = window->findChild<QTreeView *>(u"groupTree"_s);
    QTRY_VERIFY2(!tree->model()
                      ->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Fabrikam"_s, 1, Qt::MatchRecursive)
                      .isEmpty(),
                 "the tree shows the new group");
    QCOMPARE(window->currentGroupId(), m_contosoId);
}

void AccountListActionsTest::shouldOpenTheDetailsWithEnter()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    AccountListPanel *panel = window->accountList();
    const qint64 user04 = idOf(u"user04"_s);
    QTRY_VERIFY(panel->model()->isSettled());
    panel->selectAccount(user04);
    QTRY_COMPARE(panel->selectedAccountIds(), QList<qint64> {user04});
    panel->view()->setFocus();
    QTRY_VERIFY(panel->view()->hasFocus());
    QString title;
    whenModalOpens<AccountDetailsDialog>(this, [&](AccountDetailsDialog *dialog) {
        QTRY_VERIFY(dialog->isLoaded()); // the title names the account once it arrived
        title = dialog->windowTitle();
        dialog->reject();
    });
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QTRY_VERIFY2(title.contains(u"user04"_s), qPrintable(title));
}

void AccountListActionsTest::shouldListEveryShortcutOfTheWindow()
{
    auto window = makeWindow();
    // An action another part of the window adds, as the command palette does with Ctrl+K.
    auto *palette = new QAction(u"Command &palette…"_s, window.get());
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    window->addAction(palette);

    QStringList listed;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(*window)) {
        for (const QKeySequence &key : entry.shortcuts)
            listed.append(u"%1 = %2"_s.arg(key.toString(QKeySequence::PortableText), entry.action));
    }
    const QString all = listed.join(u'\n');
    for (const QString &expected :
         {u"Ctrl+F = Search accounts"_s, u"F5 = Reload"_s, u"Return = Details"_s, u"Enter = Details"_s,
          u"Ctrl+K = Command palette"_s, u"Ctrl+N = Add account"_s, u"Alt+F = File menu"_s, u"Alt+A = Account menu"_s,
          u"Alt+V = View menu"_s, u"Alt+H = Help menu"_s})
        QVERIFY2(listed.contains(expected), qPrintable(expected + u" missing from:\n"_s + all));
}

void AccountListActionsTest::shouldCountTheSelectedAccountsInTheStatusBar()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    auto *count = window->statusBar()->findChild<QLabel *>(u"selectionCount"_s);
    QVERIFY2(count, "the status bar has a selectionCount label");
    selectRows(*window, 3);
    // (Plural forms come with the English translation file; new ones until it is updated read "account(s)".)
    QTRY_VERIFY2(count->text().startsWith(u"3 account"_s) && count->text().endsWith(u"selected"_s),
                 qPrintable(count->text()));
    // A permanent widget: a message in the status bar does not hide it.
    window->statusBar()->showMessage(u"Something happened."_s);
    QVERIFY(count->isVisible());
    selectRows(*window, 1);
    QTRY_VERIFY2(count->text().startsWith(u"1 account"_s), qPrintable(count->text()));
    window->accountList()->view()->clearSelection();
    QTRY_VERIFY(count->text().isEmpty());
}

void AccountListActionsTest::shouldFilterByLicenseAdministratorAndFailedEmail_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("rows");
    QTest::newRow("unlicensed") << u"unlicensed"_s << u"Unlicensed"_s << 11; // user00 holds a subscription
    QTest::newRow("administrators") << u"admin"_s << u"Administrators"_s << 1;
    QTest::newRow("email failed") << u"email-failed"_s << u"Email failed"_s << 0;
}

void AccountListActionsTest::shouldFilterByLicenseAdministratorAndFailedEmail()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(int, rows);
    Subscription payg;
    payg.groupId = m_rootId;
    payg.name = u"Backup PAYG #1001"_s;
    auto subscription = m_catalog->addSubscription(payg);
    QVERIFY(subscription);
    QVERIFY(m_accounts->assignSubscriptions(idOf(u"user00"_s), {subscription->id}));

    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    AccountListPanel *panel = window->accountList();
    QTRY_COMPARE(panel->model()->rowCount(), 12);
    auto *status = window->findChild<QComboBox *>(u"statusFilter"_s);
    const int index = status->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    QCOMPARE(status->itemText(index), label);
    status->setCurrentIndex(index);
    QTRY_VERIFY(panel->model()->isSettled());
    QTRY_COMPARE(panel->model()->rowCount(), rows);
}

void AccountListActionsTest::shouldScrollToTheTopWhenTheFilterChanges()
{
    QList<AccountStore::NewAccount> more;
    for (int i = 0; i < 300; ++i) {
        AccountStore::NewAccount account;
        account.groupId = m_contosoId;
        account.draft.login = u"bulk%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        account.draft.email = account.draft.login + u"@contoso.com"_s;
        account.status = i % 2 == 0 ? AccountStatus::Active : AccountStatus::Inactive;
        more.append(account);
    }
    QVERIFY(AccountStore(*m_db).insertMany(more, QDateTime::currentDateTimeUtc()));
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    AccountListPanel *panel = window->accountList();
    QTRY_COMPARE(panel->model()->rowCount(), 312);
    QScrollBar *scroll = panel->view()->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum());
    QTRY_VERIFY(scroll->value() > 0);

    auto *status = window->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    QTRY_COMPARE(panel->model()->rowCount(), 158);
    QTRY_VERIFY(panel->model()->isSettled());
    QCOMPARE(scroll->value(), 0);
}

void AccountListActionsTest::shouldFitEveryColumnTitleAndItsSortArrow()
{
    auto window = makeWindow();
    QHeaderView *header = window->accountList()->view()->horizontalHeader();
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int logical = 0; logical < header->count(); ++logical) {
        const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + arrow + 2 * margin;
        QVERIFY2(header->sectionSize(logical) >= needed,
                 qPrintable(u"\"%1\": %2 px, needs %3"_s.arg(title).arg(header->sectionSize(logical)).arg(needed)));
    }
    // Narrowed by the user below that, a column comes back to it.
    header->resizeSection(AccountListModel::StorageColumn, 20);
    QVERIFY(header->sectionSize(AccountListModel::StorageColumn) >= arrow + 2 * margin + 20);
}

void AccountListActionsTest::shouldKeepColumnWidthsPerLanguage()
{
    {
        auto window = makeWindow();
        window->accountList()->view()->setColumnWidth(AccountListModel::EmailColumn, 333);
        window->close();
    }
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        auto window = makeWindow();
        QVERIFY2(window->accountList()->view()->columnWidth(AccountListModel::EmailColumn) != 333,
                 "German starts from its own widths, not from the English ones");
        window->accountList()->view()->setColumnWidth(AccountListModel::EmailColumn, 444);
        window->close();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    {
        auto window = makeWindow();
        QCOMPARE(window->accountList()->view()->columnWidth(AccountListModel::EmailColumn), 333);
        window->close();
    }
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto window = makeWindow();
    QCOMPARE(window->accountList()->view()->columnWidth(AccountListModel::EmailColumn), 444);
}

void AccountListActionsTest::shouldFitTheValuesOfTheLanguageOnAFirstStart()
{
    // No widths saved for German: "Nicht lizenziert" and "Inaktiv" are shown whole.
    auto installed = installTranslations(*qApp, u"de"_s);
    QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));
    const auto backToEnglish = qScopeGuard([] { QVERIFY(installTranslations(*qApp, u"en"_s)); });
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId); // the tree loads on the worker
    QTableView *view = window->accountList()->view();
    QTRY_VERIFY(window->accountList()->model()->isRowLoaded(11));
    QCOMPARE(view->model()->index(11, AccountListModel::LicenseColumn).data().toString(), u"Nicht lizenziert"_s);
    for (int column : {int(AccountListModel::StatusColumn), int(AccountListModel::LicenseColumn)}) {
        const QString value = view->model()->index(11, column).data().toString();
        const int needed = view->fontMetrics().horizontalAdvance(value);
        QTRY_VERIFY2(view->columnWidth(column) > needed,
                     qPrintable(u"\"%1\": %2 px, needs %3"_s.arg(value).arg(view->columnWidth(column)).arg(needed)));
    }
}

void AccountListActionsTest::shouldKeepTheSearchUsableAt640x480()
{
    auto window = makeWindow();
    window->resize(640, 480);
    QTRY_COMPARE(window->width(), 640);
    auto *search = window->findChild<QLineEdit *>(u"search"_s);
    // Room for "Login, email or name" or an email address.
    const int wanted = search->fontMetrics().horizontalAdvance(search->placeholderText());
    QTRY_VERIFY2(search->width() >= wanted, qPrintable(u"%1 px"_s.arg(search->width())));
    // What did not fit beside it went below it, whole.
    for (QWidget *widget : {static_cast<QWidget *>(window->findChild<QCheckBox *>(u"includeSubgroups"_s)),
                            static_cast<QWidget *>(window->findChild<QComboBox *>(u"statusFilter"_s))}) {
        QTRY_VERIFY2(widget->isVisible() && widget->width() >= widget->minimumSizeHint().width(),
                     qPrintable(u"%1: %2 px of %3"_s.arg(widget->objectName())
                                    .arg(widget->width())
                                    .arg(widget->minimumSizeHint().width())));
        const QRect inPanel(widget->mapTo(window->accountList(), QPoint(0, 0)), widget->size());
        QVERIFY2(window->accountList()->rect().contains(inPanel), qPrintable(widget->objectName()));
    }
}

void AccountListActionsTest::shouldSayATakenGroupNameWhileTyping()
{
    auto window = makeWindow();
    window->selectGroup(m_rootId);
    QTRY_COMPARE(window->currentGroupId(), m_rootId); // the tree loads on the worker
    QString shown;
    bool okWhileTaken = true;
    bool okWhenFree = false;
    bool whole = false;
    whenModalOpens<GroupNameDialog>(this, [&](GroupNameDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"groupName"_s);
        auto *error = dialog->findChild<QLabel *>(u"groupNameError"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(name, u"CONTOSO"_s); // no Return: checked as typed
        QTRY_VERIFY(error->isVisible());
        shown = error->text();
        okWhileTaken = ok->isEnabled();
        // Under the field, every line of it inside the dialog.
        const QRect area(error->mapTo(dialog, QPoint(0, 0)), error->size());
        whole = area.top() >= name->mapTo(dialog, QPoint(0, name->height())).y() && dialog->rect().contains(area)
            && error->height() >= error->heightForWidth(error->width());
        QTest::keyClicks(name, u" West"_s);
        QTRY_VERIFY(!error->isVisible());
        okWhenFree = ok->isEnabled();
        dialog->done(QDialog::Rejected); // not about cancelling: no discard question
    });
    window->addGroup();
    QVERIFY2(shown.contains(u"CONTOSO"_s), qPrintable(shown));
    QVERIFY2(!okWhileTaken, "OK is off while the name is taken");
    QVERIFY2(whole, "the error sits whole under the field");
    QVERIFY2(okWhenFree, "OK is on again for a free name");
}

QTEST_MAIN(AccountListActionsTest)
#include "tst_accountlistactions.moc"
