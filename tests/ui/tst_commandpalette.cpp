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
#include "ui/groups/groupnamedialog.h"
#include "ui/mainwindow/commandpalette.h"
#include "ui/mainwindow/commandpalettemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace bc;

using Kind = CommandPaletteModel::Kind;

class CommandPaletteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOpenWithCtrlKFromTheFileMenuAndListItInTheShortcuts();
    void shouldRunTheActionTypedWithEnter();
    void shouldMoveWithUpAndDownAndSkipWhatCannotRun();
    void shouldCloseWithEscapeWithoutRunningAnything();
    void shouldSelectAGroupByItsPathLoadingTheTreeAsNeeded();
    void shouldSelectAnAccountByLoginEmailOrName_data();
    void shouldSelectAnAccountByLoginEmailOrName();
    void shouldShowAnAccountTheListFilterHides();
    void shouldRunTheFirstResultWhenEnterComesBeforeTheResults();
    void shouldSayWhenNothingMatches();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Ctrl+K on the window; the palette that opened.
    CommandPalette *open(MainWindow &window);
    // The first row of `kind` whose title contains `text`, or -1.
    static int rowOf(const CommandPaletteModel &model, Kind kind, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<bc::Workspace> m_workspace; // the window's worker, on a connection of its own
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Settings> m_settings;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_salesId = 0;
    qint64 m_fabrikamId = 0;
    qint64 m_zeldaId = 0;
};

void CommandPaletteTest::init()
{
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
    m_fabrikamId = m_groups->create(m_rootId, u"Fabrikam"_s)->id;
    // Below a customer: not in the tree until Contoso is expanded.
    m_salesId = m_groups->create(m_contosoId, u"Sales"_s)->id;
    for (int i = 0; i < 12; ++i) {
        AccountDraft draft;
        draft.login = u"user%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        draft.email = u"user%1@contoso.com"_s.arg(i);
        draft.firstName = i == 7 ? u"Zelda"_s : u"Alex"_s;
        draft.lastName = u"Miller"_s;
        auto account = m_accounts->create(i == 7 ? m_salesId : m_fabrikamId, draft,
                                          i < 4 ? AccountStatus::Active : AccountStatus::Inactive);
        QVERIFY(account);
        if (i == 7)
            m_zeldaId = account->id;
    }
}

void CommandPaletteTest::cleanup()
{
    m_settings.reset();
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> CommandPaletteTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_db->displayName());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    window->activateWindow();
    return window;
}

CommandPalette *CommandPaletteTest::open(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        palette = window.findChild<CommandPalette *>(u"commandPalette"_s);
        return palette && palette->isVisible();
    });
    return shown ? palette : nullptr;
}

int CommandPaletteTest::rowOf(const CommandPaletteModel &model, Kind kind, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.kind(row) == kind && model.index(row, 0).data().toString().contains(text))
            return row;
    }
    return -1;
}

void CommandPaletteTest::shouldOpenWithCtrlKFromTheFileMenuAndListItInTheShortcuts()
{
    auto window = makeWindow();
    auto *action = window->findChild<QAction *>(u"goToAnythingAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    const QMenu *file = window->menuBar()->actions().constFirst()->menu();
    QVERIFY2(file->actions().contains(action), "the File menu offers it");
    bool listed = false;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(*window))
        listed = listed || entry.shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_K));
    QVERIFY2(listed, "the shortcut list (F1) shows Ctrl+K");

    CommandPalette *palette = open(*window);
    QVERIFY2(palette, "Ctrl+K opens the palette");
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    QTRY_VERIFY(text->hasFocus());
    // Every action of the menus, the palette's own left out.
    QVERIFY(rowOf(*palette->model(), Kind::Action, u"Add account"_s) >= 0);
    QVERIFY(rowOf(*palette->model(), Kind::Action, u"Quit"_s) >= 0);
    QCOMPARE(rowOf(*palette->model(), Kind::Action, u"Go to anything"_s), -1);
}

void CommandPaletteTest::shouldRunTheActionTypedWithEnter()
{
    auto window = makeWindow();
    window->selectGroup(m_rootId);
    QTRY_COMPARE(window->currentGroupId(), m_rootId); // the tree loads on the worker
    auto *addGroup = window->findChild<QAction *>(u"addGroupAction"_s);
    QSignalSpy triggered(addGroup, &QAction::triggered);
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    QTest::keyClicks(text, u"add gr"_s);
    auto *list = palette->findChild<QTreeView *>(u"commandPaletteList"_s);
    QCOMPARE(list->currentIndex().data().toString(), u"Add group…"_s);
    bool dialogOpened = false;
    whenModalOpens<GroupNameDialog>(this, [&dialogOpened](GroupNameDialog *dialog) {
        dialogOpened = true;
        dialog->reject();
    });
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_COMPARE(triggered.count(), 1);
    QVERIFY(dialogOpened);
    QVERIFY(!palette->isVisible());
}

void CommandPaletteTest::shouldMoveWithUpAndDownAndSkipWhatCannotRun()
{
    auto window = makeWindow();
    window->selectGroup(m_fabrikamId);
    QTRY_COMPARE(window->currentGroupId(), m_fabrikamId); // the tree loads on the worker
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    auto *list = palette->findChild<QTreeView *>(u"commandPaletteList"_s);
    // No account is selected: Delete (accounts) is shown but cannot run; Delete group can.
    QTest::keyClicks(text, u"de"_s);
    const CommandPaletteModel &model = *palette->model();
    const int deleteAccounts = rowOf(model, Kind::Action, u"Delete…"_s);
    QVERIFY(deleteAccounts >= 0);
    QVERIFY(!model.isRunnable(deleteAccounts));
    QVERIFY(!(model.index(deleteAccounts, 0).flags() & Qt::ItemIsEnabled));
    QList<int> runnable;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.isRunnable(row))
            runnable.append(row);
    }
    QVERIFY2(runnable.size() >= 2, "Delete group and more can run");
    QVERIFY(runnable.contains(rowOf(model, Kind::Action, u"Delete group…"_s)));
    // Down visits every row that can run, in order, and stops at the last.
    QList<int> visited {list->currentIndex().row()};
    for (int i = 0; i < model.rowCount(); ++i) {
        QTest::keyClick(text, Qt::Key_Down);
        if (list->currentIndex().row() != visited.last())
            visited.append(list->currentIndex().row());
    }
    QCOMPARE(visited, runnable);
    QTest::keyClick(text, Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), runnable.at(runnable.size() - 2));
    QTest::keyClick(text, Qt::Key_PageUp);
    QCOMPARE(list->currentIndex().row(), runnable.first());
}

void CommandPaletteTest::shouldCloseWithEscapeWithoutRunningAnything()
{
    auto window = makeWindow();
    auto *quit = window->findChild<QAction *>(u"quitAction"_s);
    QSignalSpy triggered(quit, &QAction::triggered);
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    QTest::keyClicks(text, u"quit"_s);
    QTest::keyClick(text, Qt::Key_Escape);
    QTRY_VERIFY(!palette->isVisible());
    QCOMPARE(triggered.count(), 0);
    QVERIFY(window->isVisible());
    // Open again: a fresh line.
    palette = open(*window);
    QVERIFY(palette);
    QVERIFY(text->text().isEmpty());
}

void CommandPaletteTest::shouldSelectAGroupByItsPathLoadingTheTreeAsNeeded()
{
    auto window = makeWindow();
    window->selectGroup(m_fabrikamId);
    QTRY_COMPARE(window->currentGroupId(), m_fabrikamId); // the tree loads on the worker
    auto *tree = window->findChild<QTreeView *>(u"groupTree"_s);
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    QTest::keyClicks(text, u"acme/con/sal"_s);
    const CommandPaletteModel &model = *palette->model();
    QTRY_VERIFY(rowOf(model, Kind::Group, u"Sales"_s) >= 0);
    const int row = rowOf(model, Kind::Group, u"Sales"_s);
    QCOMPARE(model.index(row, CommandPaletteModel::DetailColumn).data().toString(), u"Acme MSP/Contoso/Sales"_s);
    auto *list = palette->findChild<QTreeView *>(u"commandPaletteList"_s);
    QTRY_COMPARE(list->currentIndex().row(), row);
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_COMPARE(window->currentGroupId(), m_salesId);
    QVERIFY(!palette->isVisible());
    QVERIFY2(tree->isExpanded(tree->currentIndex().parent()), "Contoso is expanded to show Sales");
    QTRY_VERIFY(tree->hasFocus());
}

void CommandPaletteTest::shouldSelectAnAccountByLoginEmailOrName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("login") << u"user07"_s;
    QTest::newRow("email") << u"user7@contoso"_s;
    QTest::newRow("name") << u"zelda"_s;
}

void CommandPaletteTest::shouldSelectAnAccountByLoginEmailOrName()
{
    QFETCH(QString, typed);
    auto window = makeWindow();
    window->selectGroup(m_fabrikamId);
    QTRY_COMPARE(window->currentGroupId(), m_fabrikamId); // the tree loads on the worker
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    QTest::keyClicks(text, typed);
    const CommandPaletteModel &model = *palette->model();
    QTRY_VERIFY(rowOf(model, Kind::Account, u"user07"_s) >= 0);
    const int row = rowOf(model, Kind::Account, u"user07"_s);
    QCOMPARE(model.accountId(row), m_zeldaId);
    QVERIFY2(
        model.index(row, CommandPaletteModel::DetailColumn).data().toString().contains(u"Acme MSP/Contoso/Sales"_s),
        "the account's group shows");
    auto *list = palette->findChild<QTreeView *>(u"commandPaletteList"_s);
    while (list->currentIndex().row() != row) {
        const int before = list->currentIndex().row();
        QTest::keyClick(text, Qt::Key_Down);
        QVERIFY2(list->currentIndex().row() != before, "Down reaches the account");
    }
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_COMPARE(window->currentGroupId(), m_salesId);
    QTRY_COMPARE(window->accountList()->selectedAccountIds(), QList<qint64> {m_zeldaId});
    QTRY_VERIFY(window->accountList()->view()->hasFocus());
}

void CommandPaletteTest::shouldShowAnAccountTheListFilterHides()
{
    auto window = makeWindow();
    window->selectGroup(m_salesId);
    QTRY_COMPARE(window->currentGroupId(), m_salesId); // the tree loads on the worker
    auto *status = window->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"active"_s)); // Zelda is inactive
    QTRY_VERIFY(window->accountList()->model()->isSettled());
    QCOMPARE(window->accountList()->model()->rowCount(), 0);
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    QTest::keyClicks(text, u"zelda"_s);
    QTRY_VERIFY(rowOf(*palette->model(), Kind::Account, u"user07"_s) >= 0);
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_COMPARE(window->accountList()->selectedAccountIds(), QList<qint64> {m_zeldaId});
    QCOMPARE(status->currentIndex(), 0);
}

void CommandPaletteTest::shouldRunTheFirstResultWhenEnterComesBeforeTheResults()
{
    auto window = makeWindow();
    window->selectGroup(m_rootId);
    QTRY_COMPARE(window->currentGroupId(), m_rootId); // the tree loads on the worker
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    // No action matches; Enter at once waits for the groups.
    QTest::keyClicks(text, u"fabrikam"_s);
    QCOMPARE(rowOf(*palette->model(), Kind::Group, u"Fabrikam"_s), -1);
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_COMPARE(window->currentGroupId(), m_fabrikamId);
    QVERIFY(!palette->isVisible());
}

void CommandPaletteTest::shouldSayWhenNothingMatches()
{
    auto window = makeWindow();
    CommandPalette *palette = open(*window);
    QVERIFY(palette);
    auto *text = palette->findChild<QLineEdit *>(u"commandPaletteText"_s);
    auto *status = palette->findChild<QLabel *>(u"commandPaletteStatus"_s);
    QTest::keyClicks(text, u"qqqxxx"_s);
    QTRY_VERIFY2(status->text().contains(u"qqqxxx"_s), qPrintable(status->text()));
    QCOMPARE(palette->model()->rowCount(), 0);
    // Typing on narrows; clearing shows every action again.
    text->clear();
    QVERIFY(rowOf(*palette->model(), Kind::Action, u"Add account"_s) >= 0);
}

QTEST_MAIN(CommandPaletteTest)
#include "tst_commandpalette.moc"
