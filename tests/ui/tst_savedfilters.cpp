#include "core/platform/settings.h"
#include "core/platform/translations.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/savedfilternamedialog.h"
#include "ui/accounts/savedfiltersbutton.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The account list's column chooser and saved filters, driven as a person does: the header's menu,
// the Saved filters menu, the name dialog and the questions; what they keep across restarts.
class SavedFiltersTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldHideAColumnFromTheHeaderMenuAndKeepItHiddenAfterARestart();
    void shouldNeverHideTheLoginColumn();
    void shouldOpenTheColumnMenuFromTheViewMenu();
    void shouldRestoreEverythingASavedFilterHeldAndSelectItsGroup();
    void shouldSayWhenTheGroupOfASavedFilterIsGone();
    void shouldRefuseAnEmptyNameAndAskBeforeReplacing();
    void shouldAskBeforeDeletingASavedFilter();
    void shouldKeepTheFiltersOfEachOperatorApart();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Opens the Saved filters menu's contents (as its button does) and returns its action named
    // `objectName` whose data is `name` (any when `name` is empty).
    static QAction *savedFiltersEntry(MainWindow &window, const QString &objectName, const QString &name = {});
    // "Save current filter…" with `name` typed into the dialog.
    static void saveCurrentFilterAs(MainWindow &window, const QString &name);
    static QAction *columnEntry(MainWindow &window, int column);
    QString location() const { return m_workspace->address().toUrl(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<bc::Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Settings> m_settings;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_fabrikamId = 0;
};

void SavedFiltersTest::initTestCase()
{
    auto installed = installTranslations(*qApp, u"en"_s);
    QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));
}

void SavedFiltersTest::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString location = test::freshLocation(u"console"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = std::make_unique<bc::Workspace>(m_db->address(), m_db->openOptions());
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_rootId = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(m_rootId, u"Contoso"_s)->id;
    m_fabrikamId = m_groups->create(m_rootId, u"Fabrikam"_s)->id;
    // user00–user03 active, user04–user11 inactive, all at Contoso; two at Fabrikam.
    for (int i = 0; i < 14; ++i) {
        AccountDraft draft;
        draft.login = i < 12 ? u"user%1"_s.arg(i, 2, 10, QLatin1Char('0')) : u"fab%1"_s.arg(i);
        draft.email = u"%1@example.com"_s.arg(draft.login);
        draft.firstName = u"Alex"_s;
        auto created = m_accounts->create(i < 12 ? m_contosoId : m_fabrikamId, draft,
                                          i < 4 ? AccountStatus::Active : AccountStatus::Inactive);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }
}

void SavedFiltersTest::cleanup()
{
    m_settings.reset();
    m_accounts.reset();
    m_groups.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> SavedFiltersTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_db->displayName());
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

QAction *SavedFiltersTest::savedFiltersEntry(MainWindow &window, const QString &objectName, const QString &name)
{
    auto *button = child<SavedFiltersButton>(&window, u"savedFilters"_s);
    Q_EMIT button->menu()->aboutToShow(); // what opening it does: read the filters again
    for (QAction *action : button->menu()->findChildren<QAction *>(objectName)) {
        if (name.isEmpty() || action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void SavedFiltersTest::saveCurrentFilterAs(MainWindow &window, const QString &name)
{
    whenModalOpens<SavedFilterNameDialog>(&window, [name](SavedFilterNameDialog *dialog) {
        auto *field = child<QLineEdit>(dialog, u"savedFilterName"_s);
        field->clear();
        QTest::keyClicks(field, name);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QAction *save = savedFiltersEntry(window, u"saveFilterAction"_s);
    QVERIFY(save && save->isEnabled());
    save->trigger();
}

QAction *SavedFiltersTest::columnEntry(MainWindow &window, int column)
{
    auto *menu = child<QMenu>(window.accountList()->view()->horizontalHeader(), u"columnMenu"_s);
    return menu->findChild<QAction *>(u"column%1"_s.arg(column));
}

void SavedFiltersTest::shouldHideAColumnFromTheHeaderMenuAndKeepItHiddenAfterARestart()
{
    {
        auto window = makeWindow();
        QHeaderView *header = window->accountList()->view()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(AccountListModel::EmailColumn));
        // Right-click on the header.
        const QPoint at(header->sectionViewportPosition(AccountListModel::EmailColumn) + 5, header->height() / 2);
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &click);
        auto *menu = child<QMenu>(header, u"columnMenu"_s);
        QTRY_VERIFY2(menu->isVisible(), "a right-click on the header opens the menu of columns");
        QAction *email = columnEntry(*window, AccountListModel::EmailColumn);
        QVERIFY(email);
        QCOMPARE(email->text(), u"Email"_s);
        QVERIFY2(email->isCheckable() && email->isChecked(), "a shown column is checked");
        email->trigger();
        menu->close();
        QVERIFY2(header->isSectionHidden(AccountListModel::EmailColumn), "unchecking hides the column");
        QVERIFY(!header->isSectionHidden(AccountListModel::NameColumn));
        window->close(); // saves the header (per language)
    }
    auto window = makeWindow();
    QHeaderView *header = window->accountList()->view()->horizontalHeader();
    QVERIFY2(header->isSectionHidden(AccountListModel::EmailColumn), "still hidden after a restart");
    QVERIFY(!header->isSectionHidden(AccountListModel::LoginColumn));
    QVERIFY(!header->isSectionHidden(AccountListModel::NameColumn));

    // Shown again, and kept shown.
    Q_EMIT child<QMenu>(header, u"columnMenu"_s)->aboutToShow();
    QAction *email = columnEntry(*window, AccountListModel::EmailColumn);
    QVERIFY2(!email->isChecked(), "a hidden column is unchecked");
    email->trigger();
    QVERIFY(!header->isSectionHidden(AccountListModel::EmailColumn));
    QVERIFY2(header->sectionSize(AccountListModel::EmailColumn) > 0, "shown with a width");
    window->close();
    auto again = makeWindow();
    QVERIFY(!again->accountList()->view()->horizontalHeader()->isSectionHidden(AccountListModel::EmailColumn));
}

void SavedFiltersTest::shouldNeverHideTheLoginColumn()
{
    auto window = makeWindow();
    QHeaderView *header = window->accountList()->view()->horizontalHeader();
    Q_EMIT child<QMenu>(header, u"columnMenu"_s)->aboutToShow();
    QAction *login = columnEntry(*window, AccountListModel::LoginColumn);
    QVERIFY(login && login->isChecked());
    QVERIFY2(!login->isEnabled(), "the login names an account: its entry cannot be unchecked");
    login->setEnabled(true); // even when forced
    login->trigger();
    QVERIFY(!header->isSectionHidden(AccountListModel::LoginColumn));
    // Every other column hidden: the login is still there.
    for (int column = 1; column < AccountListModel::ColumnCount; ++column) {
        Q_EMIT child<QMenu>(header, u"columnMenu"_s)->aboutToShow();
        columnEntry(*window, column)->trigger();
    }
    QCOMPARE(header->hiddenSectionCount(), AccountListModel::ColumnCount - 1);
    QVERIFY(!header->isSectionHidden(AccountListModel::LoginColumn));
    Q_EMIT child<QMenu>(header, u"columnMenu"_s)->aboutToShow();
    child<QMenu>(header, u"columnMenu"_s)->findChild<QAction *>(u"showAllColumns"_s)->trigger();
    QCOMPARE(header->hiddenSectionCount(), 0);

    // A settings file that hides it anyway (edited by hand, or by another version): shown again.
    header->setSectionHidden(AccountListModel::LoginColumn, true);
    window->close();
    auto again = makeWindow();
    QVERIFY(!again->accountList()->view()->horizontalHeader()->isSectionHidden(AccountListModel::LoginColumn));
}

void SavedFiltersTest::shouldOpenTheColumnMenuFromTheViewMenu()
{
    auto window = makeWindow();
    auto *columns = window->findChild<QAction *>(u"columnsAction"_s);
    QVERIFY(columns);
    QVERIFY2(std::ranges::any_of(
                 window->menuBar()->actions(),
                 [columns](QAction *menu) { return menu->menu() && menu->menu()->actions().contains(columns); }),
             "View → Columns… is in the menu bar");
    columns->trigger();
    auto *menu = child<QMenu>(window->accountList()->view()->horizontalHeader(), u"columnMenu"_s);
    QTRY_VERIFY2(menu->isVisible(), "Columns… opens the menu of columns");
    QVERIFY2(menu->activeAction(), "keyboard users start on an entry");
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

void SavedFiltersTest::shouldRestoreEverythingASavedFilterHeldAndSelectItsGroup()
{
    auto window = makeWindow();
    AccountListPanel *panel = window->accountList();
    QHeaderView *header = panel->view()->horizontalHeader();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId);
    auto *status = child<QComboBox>(window.get(), u"statusFilter"_s);
    auto *search = child<QLineEdit>(window.get(), u"search"_s);
    auto *subgroups = child<QCheckBox>(window.get(), u"includeSubgroups"_s);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    QTest::keyClicks(search, u"user1"_s);
    subgroups->setChecked(false);
    Q_EMIT child<QMenu>(header, u"columnMenu"_s)->aboutToShow();
    columnEntry(*window, AccountListModel::EmailColumn)->trigger();
    panel->view()->sortByColumn(AccountListModel::CreatedColumn, Qt::DescendingOrder); // as a header click does
    QTRY_COMPARE(panel->model()->rowCount(), 2); // user10, user11
    saveCurrentFilterAs(*window, u"Inactive at Contoso"_s);
    QCOMPARE(m_settings->savedFilters(location(), QString()).names(), QStringList {u"Inactive at Contoso"_s});
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"saved"_s));

    // Everything changed: another group, every status, no search, subgroups, every column, by login.
    window->selectGroup(m_fabrikamId);
    QTRY_COMPARE(window->currentGroupId(), m_fabrikamId);
    status->setCurrentIndex(0);
    search->clear();
    subgroups->setChecked(true);
    Q_EMIT child<QMenu>(header, u"columnMenu"_s)->aboutToShow();
    columnEntry(*window, AccountListModel::EmailColumn)->trigger();
    panel->view()->sortByColumn(AccountListModel::LoginColumn, Qt::AscendingOrder);
    QTRY_COMPARE(panel->model()->rowCount(), 2); // fab12, fab13
    QVERIFY(!header->isSectionHidden(AccountListModel::EmailColumn));

    QAction *apply = savedFiltersEntry(*window, u"applySavedFilter"_s, u"Inactive at Contoso"_s);
    QVERIFY2(apply, "the saved filter is in the menu");
    QCOMPARE(apply->text(), u"Inactive at Contoso"_s);
    apply->trigger();
    QTRY_COMPARE(window->currentGroupId(), m_contosoId);
    QCOMPARE(status->currentData().toString(), u"inactive"_s);
    QCOMPARE(search->text(), u"user1"_s);
    QVERIFY(!subgroups->isChecked());
    QVERIFY2(header->isSectionHidden(AccountListModel::EmailColumn), "its hidden column is hidden again");
    QCOMPARE(header->sortIndicatorSection(), int(AccountListModel::CreatedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // And the list is that one: Contoso's inactive user1…, newest first.
    QTRY_COMPARE(panel->model()->query().groupId, m_contosoId);
    const AccountQuery query = panel->model()->query();
    QCOMPARE(query.status, std::optional(AccountStatus::Inactive));
    QCOMPARE(query.search, u"user1"_s);
    QVERIFY(!query.includeSubgroups);
    QCOMPARE(query.sortColumn, AccountColumn::Created);
    QCOMPARE(query.sortOrder, Qt::DescendingOrder);
    QTRY_COMPARE(panel->model()->rowCount(), 2);
    QTRY_VERIFY(panel->model()->isRowLoaded(1));
    QCOMPARE(panel->model()->index(0, AccountListModel::LoginColumn).data().toString(), u"user11"_s);
    QCOMPARE(panel->model()->index(1, AccountListModel::LoginColumn).data().toString(), u"user10"_s);
}

void SavedFiltersTest::shouldSayWhenTheGroupOfASavedFilterIsGone()
{
    SavedFilters saved;
    SavedFilter gone;
    gone.name = u"Old customer"_s;
    gone.status = u"active"_s;
    gone.groupId = m_fabrikamId + 1000; // no such group
    QVERIFY(saved.put(gone));
    m_settings->setSavedFilters(location(), QString(), saved);
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId);
    QAction *apply = savedFiltersEntry(*window, u"applySavedFilter"_s, u"Old customer"_s);
    QVERIFY(apply);
    apply->trigger();
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(u"no longer exists"_s),
                 qPrintable(window->statusBar()->currentMessage()));
    // The rest applies, to the group that stays selected.
    QCOMPARE(window->currentGroupId(), m_contosoId);
    QCOMPARE(child<QComboBox>(window.get(), u"statusFilter"_s)->currentData().toString(), u"active"_s);
    QTRY_COMPARE(window->accountList()->model()->rowCount(), 4);
}

void SavedFiltersTest::shouldRefuseAnEmptyNameAndAskBeforeReplacing()
{
    auto window = makeWindow();
    window->selectGroup(m_contosoId);
    QTRY_COMPARE(window->currentGroupId(), m_contosoId);
    auto *status = child<QComboBox>(window.get(), u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"active"_s));
    saveCurrentFilterAs(*window, u"Mine"_s);
    QCOMPARE(m_settings->savedFilters(location(), QString()).find(u"Mine"_s)->status, u"active"_s);

    status->setCurrentIndex(status->findData(u"disabled"_s));
    bool refusedEmpty = false;
    bool askedToReplace = false;
    bool keptOpenAfterNo = false;
    whenModalOpens<SavedFilterNameDialog>(window.get(), [&](SavedFilterNameDialog *dialog) {
        auto *field = child<QLineEdit>(dialog, u"savedFilterName"_s);
        auto *message = child<QLabel>(dialog, u"savedFilterNameError"_s);
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::keyClicks(field, u"   "_s);
        QTest::mouseClick(save, Qt::LeftButton);
        refusedEmpty = dialog->isVisible() && message->isVisible() && message->text().contains(u"Enter a name"_s);
        // The name exists (case aside): the dialog says so while typing, and asks before replacing.
        field->clear();
        QTest::keyClicks(field, u"mine"_s);
        const bool hinted = message->isVisible() && message->text().contains(u"replaces"_s);
        whenModalOpens<QMessageBox>(dialog, [&](QMessageBox *box) {
            askedToReplace = hinted && box->objectName() == u"replaceSavedFilterQuestion"_s;
            QTest::mouseClick(child<QPushButton>(box, u"keepSavedFilter"_s), Qt::LeftButton);
        });
        QTest::mouseClick(save, Qt::LeftButton);
        keptOpenAfterNo = dialog->isVisible() && dialog->result() != QDialog::Accepted;
        whenModalOpens<QMessageBox>(dialog, [](QMessageBox *box) {
            QTest::mouseClick(child<QPushButton>(box, u"replaceSavedFilter"_s), Qt::LeftButton);
        });
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QAction *save = savedFiltersEntry(*window, u"saveFilterAction"_s);
    save->trigger();
    QVERIFY2(refusedEmpty, "an empty name is refused next to the field");
    QVERIFY2(askedToReplace, "an existing name asks whether to replace it");
    QVERIFY2(keptOpenAfterNo, "declining to replace goes back to the name");
    const SavedFilters saved = m_settings->savedFilters(location(), QString());
    QCOMPARE(saved.names(), QStringList {u"mine"_s});
    QCOMPARE(saved.find(u"mine"_s)->status, u"disabled"_s);
}

void SavedFiltersTest::shouldAskBeforeDeletingASavedFilter()
{
    SavedFilters saved;
    for (const QString &name : {u"Admins"_s, u"Unlicensed"_s}) {
        SavedFilter filter;
        filter.name = name;
        QVERIFY(saved.put(filter));
    }
    m_settings->setSavedFilters(location(), QString(), saved);
    auto window = makeWindow();
    QString asked;
    whenModalOpens<QMessageBox>(window.get(), [&asked](QMessageBox *box) {
        asked = box->text();
        QTest::mouseClick(child<QPushButton>(box, u"deleteSavedFilterKeep"_s), Qt::LeftButton);
    });
    QAction *remove = savedFiltersEntry(*window, u"deleteSavedFilter"_s, u"Admins"_s);
    QVERIFY(remove);
    remove->trigger();
    QVERIFY2(asked.contains(u"Admins"_s), qPrintable(asked));
    QCOMPARE(m_settings->savedFilters(location(), QString()).names(), (QStringList {u"Admins"_s, u"Unlicensed"_s}));

    whenModalOpens<QMessageBox>(window.get(), [](QMessageBox *box) {
        QTest::mouseClick(child<QPushButton>(box, u"deleteSavedFilterConfirm"_s), Qt::LeftButton);
    });
    savedFiltersEntry(*window, u"deleteSavedFilter"_s, u"Admins"_s)->trigger();
    QCOMPARE(m_settings->savedFilters(location(), QString()).names(), QStringList {u"Unlicensed"_s});
    QVERIFY2(!savedFiltersEntry(*window, u"applySavedFilter"_s, u"Admins"_s), "gone from the menu");
    QVERIFY(savedFiltersEntry(*window, u"applySavedFilter"_s, u"Unlicensed"_s));
}

void SavedFiltersTest::shouldKeepTheFiltersOfEachOperatorApart()
{
    auto window = makeWindow();
    ActingOperatorView ann;
    ann.login = u"ann"_s;
    ann.scopePath = u"Acme MSP"_s;
    window->setActingOperator(ann);
    saveCurrentFilterAs(*window, u"Ann's"_s);
    QCOMPARE(m_settings->savedFilters(location(), u"ann"_s).names(), QStringList {u"Ann's"_s});
    QVERIFY(m_settings->savedFilters(location(), QString()).isEmpty());
    QVERIFY(savedFiltersEntry(*window, u"applySavedFilter"_s, u"Ann's"_s));

    window->setActingOperator({});
    QVERIFY2(!savedFiltersEntry(*window, u"applySavedFilter"_s), "nobody signed in: none of Ann's filters");
    window->setActingOperator(ann);
    QVERIFY(savedFiltersEntry(*window, u"applySavedFilter"_s, u"Ann's"_s));
}

QTEST_MAIN(SavedFiltersTest)
#include "tst_savedfilters.moc"
