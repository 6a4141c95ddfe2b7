#include "core/domain/catalogkind.h"
#include "core/domain/timestamps.h"
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
#include "ui/accounts/bulkactionrunner.h"
#include "ui/accounts/deletedaccountsdialog.h"
#include "ui/accounts/deletedaccountslauncher.h"
#include "ui/accounts/deletedaccountsmodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// View → Deleted accounts… on every backend: the kept accounts the operator reaches, read on the
// worker; Restore and Delete permanently on a selection, each asking the operator's permission and
// telling refusals in plain words; the retention period saved, or refused next to its field.
class DeletedAccountsDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldListTheKeptAccountsOfEveryGroup();
    void shouldSayLoadingUntilTheBinArrivesAndBeSafeWhenClosedBefore();
    void shouldFilterWhatTheSearchMatches_data();
    void shouldFilterWhatTheSearchMatches();
    void shouldRestoreTheSelectedAccount();
    void shouldPurgeOnlyWhenTheQuestionIsConfirmed_data();
    void shouldPurgeOnlyWhenTheQuestionIsConfirmed();
    void shouldSaveTheRetentionPeriodOrShowWhyNot_data();
    void shouldSaveTheRetentionPeriodOrShowWhyNot();
    void shouldSayWhyARestoreWasRefused();
    void shouldRefuseAnOperatorWhoMayNotDeleteAccounts();
    void shouldNotLetAnOperatorBringBackAnAdministrator();
    void shouldListAccountsDeletedWhileItIsOpen();
    void shouldRememberItsSizeAndColumns();
    void shouldOpenFromTheViewMenuWithAShortcutOfItsOwn();

private:
    // The dialog, shown, its first read answered.
    DeletedAccountsDialog *openDialog();
    // Selects the rows of these logins in the dialog's table.
    void select(const QStringList &logins);
    // The logins the dialog's table shows, in its order.
    QStringList shownLogins() const;
    // The logins in the recycle bin, as the test's own connection reads them.
    QStringList keptLogins() const;
    bool isAccount(qint64 id) const { return m_accounts->account(id).has_value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db; // the test's own connection, to seed and check
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    QPointer<DeletedAccountsDialog> m_dialog;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_fabrikamId = 0;
    QHash<QString, qint64> m_ids; // by login
};

void DeletedAccountsDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    const QString location = test::freshLocation(u"recyclebin"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : test::describe(db.error())));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_rootId = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(m_rootId, u"Contoso"_s)->id;
    m_fabrikamId = m_groups->create(m_rootId, u"Fabrikam"_s)->id;
    m_ids.clear();
    for (const auto &[login, group] : {std::pair {u"alice"_s, m_contosoId}, std::pair {u"bob"_s, m_contosoId},
                                       std::pair {u"carol"_s, m_fabrikamId}}) {
        auto made = m_accounts->create(group, test::personDraft(login));
        QVERIFY2(made, qPrintable(made ? QString() : test::describe(made.error())));
        m_ids.insert(login, made->id);
    }
    // Deleted through the service, as Account → Delete does: alice and bob go to the bin.
    const BulkOutcome removed = m_accounts->removeAll({m_ids[u"alice"_s], m_ids[u"bob"_s]});
    QVERIFY2(removed.isComplete(), "alice and bob are deleted");
    // alice three days ago, bob two: the order the dialog shows them in (the latest first) is known.
    for (const auto &[login, daysAgo] : {std::pair {u"alice"_s, 3}, std::pair {u"bob"_s, 2}}) {
        auto backdated = m_db->run(u"UPDATE recycle_bin SET deleted_at = ? WHERE account_id = ?"_s,
                                   {Timestamps::toStorage(Timestamps::now().addDays(-daysAgo)), m_ids[login]});
        QVERIFY2(backdated, qPrintable(backdated ? QString() : test::describe(backdated.error())));
    }
    m_workspace = test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void DeletedAccountsDialogTest::cleanup()
{
    delete m_dialog.data();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

DeletedAccountsDialog *DeletedAccountsDialogTest::openDialog()
{
    m_dialog = new DeletedAccountsDialog(*m_workspace, *m_settings);
    m_dialog->runner()->setProgressDelay(0);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog) || !QTest::qWaitFor([this] { return m_dialog->isLoaded(); }))
        qWarning("the deleted accounts did not arrive");
    return m_dialog;
}

void DeletedAccountsDialogTest::select(const QStringList &logins)
{
    auto *table = child<QTableView>(m_dialog, u"deletedAccountsTable"_s);
    table->clearSelection();
    QAbstractItemModel *shown = table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (logins.contains(shown->index(row, DeletedAccountsModel::LoginColumn).data().toString()))
            table->selectionModel()->select(shown->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QStringList DeletedAccountsDialogTest::shownLogins() const
{
    QStringList logins;
    const QAbstractItemModel *shown = child<QTableView>(m_dialog, u"deletedAccountsTable"_s)->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        logins.append(shown->index(row, DeletedAccountsModel::LoginColumn).data().toString());
    return logins;
}

QStringList DeletedAccountsDialogTest::keptLogins() const
{
    QStringList logins;
    auto kept = m_accounts->deletedAccounts(0);
    if (!kept)
        return {u"(unreadable: %1)"_s.arg(kept.error().message)};
    for (const DeletedAccount &entry : std::as_const(*kept))
        logins.append(entry.account.login);
    logins.sort();
    return logins;
}

void DeletedAccountsDialogTest::shouldListTheKeptAccountsOfEveryGroup()
{
    QVERIFY(m_accounts->remove(m_ids[u"carol"_s])); // in another group
    openDialog();
    QCOMPARE(shownLogins(), QStringList({u"carol"_s, u"bob"_s, u"alice"_s})); // the latest first
    const DeletedAccountsModel *model = m_dialog->model();
    const int carol = model->rowOf(m_ids[u"carol"_s]);
    QVERIFY(carol >= 0);
    QCOMPARE(model->index(carol, DeletedAccountsModel::GroupColumn).data().toString(), u"Acme MSP/Fabrikam"_s);
    QCOMPARE(model->retentionDays(), 30);
    const QDateTime deleted =
        model->index(carol, DeletedAccountsModel::DeletedColumn).data(DeletedAccountsModel::SortRole).toDateTime();
    QVERIFY2(qAbs(deleted.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(deleted.toString(Qt::ISODate)));
    QCOMPARE(model->index(carol, DeletedAccountsModel::PurgedColumn).data(DeletedAccountsModel::SortRole).toDateTime(),
             deleted.addDays(30));
    QVERIFY2(child<QLabel>(m_dialog, u"deletedAccountsStatus"_s)->text().startsWith(u"3 deleted account"_s),
             qPrintable(child<QLabel>(m_dialog, u"deletedAccountsStatus"_s)->text()));
    // Nothing selected: nothing to act on.
    QVERIFY(!child<QPushButton>(m_dialog, u"restoreAccountsButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog, u"purgeAccountsButton"_s)->isEnabled());
    select({u"alice"_s, u"bob"_s});
    QVERIFY(child<QPushButton>(m_dialog, u"restoreAccountsButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(m_dialog, u"purgeAccountsButton"_s)->isEnabled());
    QCOMPARE(m_dialog->selectedIds().size(), 2);
}

void DeletedAccountsDialogTest::shouldSayLoadingUntilTheBinArrivesAndBeSafeWhenClosedBefore()
{
    {
        // The worker is held up, so that the dialog's read waits behind the test's job.
        test::WorkerHold blocker(*m_workspace);
        m_dialog = new DeletedAccountsDialog(*m_workspace, *m_settings);
        m_dialog->show();
        auto *status = child<QLabel>(m_dialog, u"deletedAccountsStatus"_s);
        QVERIFY(!m_dialog->isLoaded());
        QCOMPARE(status->text(), u"Loading…"_s);
        QCOMPARE(m_dialog->model()->rowCount(), 0);
        QVERIFY2(!child<QSpinBox>(m_dialog, u"retentionDays"_s)->isEnabled(), "the days wait for the answer");
        // Closed before the answer: it is dropped, nothing crashes.
        m_dialog->close();
        QTRY_VERIFY(!m_dialog);
        blocker.release();
        QTRY_VERIFY(blocker.isFinished());
    }
    openDialog();
    QVERIFY(m_dialog->isLoaded());
    QCOMPARE(m_dialog->model()->rowCount(), 2);
}

void DeletedAccountsDialogTest::shouldFilterWhatTheSearchMatches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("a login") << u"bob"_s << QStringList {u"bob"_s};
    QTest::newRow("upper case") << u"ALI"_s << QStringList {u"alice"_s};
    QTest::newRow("the group") << u"contoso"_s << QStringList {u"bob"_s, u"alice"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList {};
}

void DeletedAccountsDialogTest::shouldFilterWhatTheSearchMatches()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    openDialog();
    QTest::keyClicks(child<QLineEdit>(m_dialog, u"deletedAccountsSearch"_s), typed);
    QCOMPARE(shownLogins(), shown);
}

void DeletedAccountsDialogTest::shouldRestoreTheSelectedAccount()
{
    openDialog();
    QVERIFY(!isAccount(m_ids[u"alice"_s]));
    select({u"alice"_s});
    QTest::mouseClick(child<QPushButton>(m_dialog, u"restoreAccountsButton"_s), Qt::LeftButton);
    QTRY_VERIFY2(isAccount(m_ids[u"alice"_s]), "alice is an account again");
    QTRY_COMPARE(shownLogins(), QStringList({u"bob"_s}));
    QCOMPARE(keptLogins(), QStringList({u"bob"_s}));
    // The same id, group and login as before.
    const auto alice = m_accounts->account(m_ids[u"alice"_s]);
    QVERIFY(alice);
    QCOMPARE(alice->groupId, m_contosoId);
    QCOMPARE(alice->login, u"alice"_s);
    QTRY_VERIFY2(child<QLabel>(m_dialog, u"deletedAccountsStatus"_s)->text().startsWith(u"1 account"_s),
                 qPrintable(child<QLabel>(m_dialog, u"deletedAccountsStatus"_s)->text()));
    QVERIFY(!child<QLabel>(m_dialog, u"deletedAccountsProblems"_s)->isVisible());
    QVERIFY2(!child<QPushButton>(m_dialog, u"restoreAccountsButton"_s)->isEnabled(), "nothing selected any more");
}

void DeletedAccountsDialogTest::shouldPurgeOnlyWhenTheQuestionIsConfirmed_data()
{
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("confirmed") << true;
    QTest::newRow("canceled") << false;
}

void DeletedAccountsDialogTest::shouldPurgeOnlyWhenTheQuestionIsConfirmed()
{
    QFETCH(bool, confirmed);
    openDialog();
    select({u"bob"_s});
    bool asked = false;
    QString question;
    bool cancelIsDefault = false;
    whenModalOpens<QMessageBox>(this, [&](QMessageBox *box) {
        asked = box->objectName() == u"purgeAccountsQuestion"_s;
        question = box->text();
        cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        QAbstractButton *answer = box->button(QMessageBox::Cancel);
        for (QAbstractButton *button : box->buttons()) {
            if (confirmed && box->buttonRole(button) == QMessageBox::DestructiveRole)
                answer = button;
        }
        answer->click();
    });
    QTest::mouseClick(child<QPushButton>(m_dialog, u"purgeAccountsButton"_s), Qt::LeftButton);
    QVERIFY2(asked, "Delete permanently asks first");
    QVERIFY2(question.contains(u"\"bob\""_s) && question.contains(u"permanently"_s), qPrintable(question));
    QVERIFY2(cancelIsDefault, "Cancel is the default answer");
    if (confirmed) {
        QTRY_COMPARE(keptLogins(), QStringList({u"alice"_s}));
        QTRY_COMPARE(shownLogins(), QStringList({u"alice"_s}));
    } else {
        QVERIFY2(!m_dialog->runner()->isRunning(), "nothing runs after Cancel");
        // A read behind whatever the worker might have been given shows bob still kept.
        m_dialog->reload();
        QTRY_VERIFY(m_dialog->isLoaded());
        QCOMPARE(shownLogins(), QStringList({u"bob"_s, u"alice"_s}));
        QCOMPARE(keptLogins(), QStringList({u"alice"_s, u"bob"_s}));
    }
    QVERIFY2(!isAccount(m_ids[u"bob"_s]), "a purged account is not restored either");
}

void DeletedAccountsDialogTest::shouldSaveTheRetentionPeriodOrShowWhyNot_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("saved");
    QTest::addColumn<QString>("error"); // a part of the message under the field
    QTest::newRow("a week") << u"7"_s << 7 << QString();
    QTest::newRow("ten years") << u"3650"_s << 3650 << QString();
    QTest::newRow("more than ten years") << u"3651"_s << 30 << u"from 1 to 3650 days"_s;
}

void DeletedAccountsDialogTest::shouldSaveTheRetentionPeriodOrShowWhyNot()
{
    QFETCH(QString, typed);
    QFETCH(int, saved);
    QFETCH(QString, error);
    openDialog();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    auto *days = child<QSpinBox>(m_dialog, u"retentionDays"_s);
    QCOMPARE(days->value(), 30);
    QVERIFY2(days->isEnabled(), "nobody signed in on a database without operators may change it");
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, typed);
    QTest::keyClick(days, Qt::Key_Return);
    auto *message = child<QLabel>(m_dialog, u"retentionDaysError"_s);
    if (error.isEmpty()) {
        QTRY_COMPARE(m_accounts->binRetentionDays().value_or(-1), saved);
        // "Purged on" follows.
        QTRY_COMPARE(m_dialog->model()->retentionDays(), saved);
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
    } else {
        QTRY_VERIFY2(message->isVisible() && message->text().contains(error), qPrintable(message->text()));
        QCOMPARE(m_accounts->binRetentionDays().value_or(-1), saved);
    }
    QVERIFY2(m_dialog->isVisible(), "Return in the field does not close the dialog");
}

void DeletedAccountsDialogTest::shouldSayWhyARestoreWasRefused()
{
    // Carol's subscription is deleted while she is in the bin: she cannot come back with it.
    auto subscription = m_catalog->addSubscription({0, m_fabrikamId, u"Backup PAYG #1001"_s});
    QVERIFY2(subscription, qPrintable(subscription ? QString() : test::describe(subscription.error())));
    QVERIFY(m_accounts->assignSubscriptions(m_ids[u"carol"_s], {subscription->id}));
    QVERIFY(m_accounts->remove(m_ids[u"carol"_s]));
    auto removed = m_catalog->remove(CatalogKind::Subscription, subscription->id);
    QVERIFY2(removed, qPrintable(removed ? QString() : test::describe(removed.error())));

    openDialog();
    select({u"carol"_s, u"alice"_s});
    QTest::mouseClick(child<QPushButton>(m_dialog, u"restoreAccountsButton"_s), Qt::LeftButton);
    auto *problems = child<QLabel>(m_dialog, u"deletedAccountsProblems"_s);
    QTRY_VERIFY2(problems->isVisible(), "the refusal is shown");
    QVERIFY2(problems->text().contains(u"\"carol\" cannot be restored"_s), qPrintable(problems->text()));
    // The others go on.
    QTRY_VERIFY(isAccount(m_ids[u"alice"_s]));
    QVERIFY(!isAccount(m_ids[u"carol"_s]));
    QTRY_COMPARE(shownLogins(), QStringList({u"carol"_s, u"bob"_s}));
}

void DeletedAccountsDialogTest::shouldRefuseAnOperatorWhoMayNotDeleteAccounts()
{
    // An operator of the top group (MariaDB offers no other) that may edit accounts, no more.
    auto made = test::makeOperatorWith(*m_db, m_rootId, u"helpdesk"_s, Permission::EditAccounts, u"Sw0rdfish-Pass"_s);
    QVERIFY2(made, qPrintable(made ? QString() : test::describe(made.error())));
    QVERIFY(test::signIn(*m_workspace, u"helpdesk"_s, u"Sw0rdfish-Pass"_s));
    openDialog();
    QCOMPARE(shownLogins(), QStringList({u"bob"_s, u"alice"_s}));
    auto *days = child<QSpinBox>(m_dialog, u"retentionDays"_s);
    QVERIFY2(!days->isEnabled(), "only who may manage the database's settings changes the period");
    QVERIFY2(!days->toolTip().isEmpty(), "the tooltip says why");
    select({u"alice"_s});
    QTest::mouseClick(child<QPushButton>(m_dialog, u"restoreAccountsButton"_s), Qt::LeftButton);
    auto *problems = child<QLabel>(m_dialog, u"deletedAccountsProblems"_s);
    QTRY_VERIFY2(problems->isVisible(), "the refusal is shown");
    QVERIFY2(problems->text().contains(u"Delete accounts"_s), qPrintable(problems->text()));
    QVERIFY(!isAccount(m_ids[u"alice"_s]));
    QCOMPARE(keptLogins(), QStringList({u"alice"_s, u"bob"_s}));
}

void DeletedAccountsDialogTest::shouldNotLetAnOperatorBringBackAnAdministrator()
{
    // It may delete accounts, but not give the administrator switch: the deleted administrator dora
    // stays in the bin, the plain alice comes back.
    auto made = test::makeOperatorWith(*m_db, m_rootId, u"helpdesk"_s,
                                       Permission::EditAccounts | Permission::DeleteAccounts, u"Sw0rdfish-Pass"_s);
    QVERIFY2(made, qPrintable(made ? QString() : test::describe(made.error())));
    AccountDraft admin = test::personDraft(u"dora"_s);
    admin.administrator = true;
    auto dora = m_accounts->create(m_contosoId, admin);
    QVERIFY2(dora, qPrintable(dora ? QString() : test::describe(dora.error())));
    QVERIFY(m_accounts->removeAll({dora->id}).isComplete());
    QVERIFY(test::signIn(*m_workspace, u"helpdesk"_s, u"Sw0rdfish-Pass"_s));
    openDialog();
    QTRY_COMPARE(shownLogins(), QStringList({u"dora"_s, u"bob"_s, u"alice"_s}));
    select({u"dora"_s, u"alice"_s});
    QTest::mouseClick(child<QPushButton>(m_dialog, u"restoreAccountsButton"_s), Qt::LeftButton);
    auto *problems = child<QLabel>(m_dialog, u"deletedAccountsProblems"_s);
    QTRY_VERIFY2(problems->isVisible(), "the refusal is shown");
    QVERIFY2(problems->text().contains(u"administrator"_s, Qt::CaseInsensitive), qPrintable(problems->text()));
    QTRY_VERIFY(isAccount(m_ids[u"alice"_s]));
    QVERIFY(!isAccount(dora->id));
}

void DeletedAccountsDialogTest::shouldListAccountsDeletedWhileItIsOpen()
{
    openDialog();
    QCOMPARE(shownLogins().size(), 2);
    // Deleted on the worker, as the window's Delete does: the service's signal reaches the dialog.
    auto removed = m_workspace->run(
        [id = m_ids[u"carol"_s]](WorkspaceServices &services) { return services.accounts.removeAll({id}); });
    QTRY_VERIFY(removed.isFinished());
    QVERIFY(removed.result().isComplete());
    QTRY_COMPARE(shownLogins(), QStringList({u"carol"_s, u"bob"_s, u"alice"_s}));
}

void DeletedAccountsDialogTest::shouldRememberItsSizeAndColumns()
{
    openDialog();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    m_dialog->resize(777, 444);
    auto *header = child<QTableView>(m_dialog, u"deletedAccountsTable"_s)->horizontalHeader();
    header->resizeSection(DeletedAccountsModel::EmailColumn, 321);
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QTRY_VERIFY2(!m_dialog, "Escape closes the dialog, which deletes itself");
    openDialog();
    QCOMPARE(m_dialog->size(), QSize(777, 444));
    QCOMPARE(child<QTableView>(m_dialog, u"deletedAccountsTable"_s)
                 ->horizontalHeader()
                 ->sectionSize(DeletedAccountsModel::EmailColumn),
             321);
}

void DeletedAccountsDialogTest::shouldOpenFromTheViewMenuWithAShortcutOfItsOwn()
{
    MainWindow window(*m_workspace, *m_settings, m_db->displayName());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(u"deletedAccountsAction"_s);
    QVERIFY2(action, "the window has View → Deleted accounts…");
    QMenu *view = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            view = menu->menu();
    }
    QVERIFY2(view && view->title() == u"&View"_s, "in the View menu");
    QVERIFY(!action->shortcut().isEmpty());
    // No other action of the window answers the same keys.
    int listed = 0;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(window)) {
        if (entry.shortcuts.contains(action->shortcut()))
            ++listed;
    }
    QCOMPARE(listed, 1);

    QTest::keySequence(&window, action->shortcut());
    auto *dialog = window.findChild<DeletedAccountsDialog *>();
    QVERIFY2(dialog && dialog->isVisible(), "the shortcut opens the dialog");
    QTRY_VERIFY(dialog->isLoaded());
    QCOMPARE(dialog->model()->rowCount(), 2);
    action->trigger();
    QCOMPARE(window.findChildren<DeletedAccountsDialog *>().size(), 1); // raised, not a second one
    QVERIFY2(!dialog->isModal(), "the window stays usable beside it");
}

QTEST_MAIN(DeletedAccountsDialogTest)
#include "tst_deletedaccountsdialog.moc"
