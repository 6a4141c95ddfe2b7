#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"
#include "ui/accounts/accountdetailsdialog.h"
#include "ui/accounts/accounthistorymodel.h"
#include "ui/widgets/fieldmessage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace bc;

// The account details dialog on a workspace: it reads and saves on the worker, says so meanwhile,
// and keeps what was typed when core refuses. (Opening it from the main window:
// tst_accountdetailswindow.)
class AccountDetailsDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldSaveAnEditedField();
    void shouldKeepTheTypedValuesWhenTheLoginWasTakenMeanwhile();
    void shouldShowTheAuditHistory();
    void shouldExplainWhyADataLockedAccountKeepsItsProfile();
    void shouldBeBusyUntilLoadedAndSafeWhenClosedBefore();
    void shouldSayWhyAnAccountCannotBeOpened();
    void shouldNotGiveWhatTheOperatorLacks();

private:
    std::unique_ptr<AccountDetailsDialog> makeDialog(qint64 id)
    {
        auto dialog = std::make_unique<AccountDetailsDialog>(*m_workspace, id);
        dialog->show();
        if (!QTest::qWaitFor([&dialog] { return dialog->isLoaded(); }))
            qWarning("the account did not arrive: %s", qPrintable(dialog->loadError().message));
        return dialog;
    }
    qint64 idOf(const QString &login) { return m_accounts->findByLogin(login).value()->id; }
    static QPushButton *okOf(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    qint64 m_contosoId = 0;
    qint64 m_subscriptionId = 0;
};

void AccountDetailsDialogTest::init()
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

void AccountDetailsDialogTest::cleanup()
{
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

void AccountDetailsDialogTest::shouldSaveAnEditedField()
{
    auto dialog = makeDialog(idOf(u"alice"_s));
    QVERIFY(dialog->isLoaded());
    QCOMPARE(dialog->windowTitle(), u"Account \"alice\""_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"group"_s)->text(), u"Acme MSP/Contoso"_s);
    auto *displayName = dialog->findChild<QLineEdit *>(u"displayName"_s);
    displayName->selectAll();
    QTest::keyClicks(displayName, u"Alice Liddell"_s);
    auto *mobile = dialog->findChild<QLineEdit *>(u"mobile"_s);
    QTest::keyClicks(mobile, u"+4915112345678"_s);
    dialog->grab().save(u"/tmp/dlg-accountdetails.png"_s);
    dialog->findChild<QTabWidget *>(u"accountTabs"_s)->setCurrentIndex(1);
    dialog->grab().save(u"/tmp/dlg-accountdetails-backup.png"_s);
    dialog->findChild<QTabWidget *>(u"accountTabs"_s)->setCurrentIndex(2);
    dialog->grab().save(u"/tmp/dlg-accountdetails-access.png"_s);
    okOf(dialog.get())->click();
    QVERIFY2(dialog->isSaving() && !okOf(dialog.get())->isEnabled(), "OK waits for the save");
    QTRY_VERIFY2(!dialog->isVisible(), qPrintable(dialog->findChild<QLabel *>(u"accountError"_s)->text()));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->savedLogin(), u"alice"_s);
    const Account saved = m_accounts->account(idOf(u"alice"_s)).value();
    QCOMPARE(saved.displayName, u"Alice Liddell"_s);
    QCOMPARE(saved.mobile, u"+4915112345678"_s);
    QCOMPARE(saved.subscriptionIds, QList<qint64> {m_subscriptionId});
}

void AccountDetailsDialogTest::shouldKeepTheTypedValuesWhenTheLoginWasTakenMeanwhile()
{
    auto dialog = makeDialog(idOf(u"alice"_s));
    auto *login = dialog->findChild<QLineEdit *>(u"login"_s);
    login->selectAll();
    QTest::keyClicks(login, u"dave"_s);
    auto *firstName = dialog->findChild<QLineEdit *>(u"firstName"_s);
    firstName->selectAll();
    QTest::keyClicks(firstName, u"David"_s);
    // Another console takes the login while this dialog is open.
    {
        auto other = bc::test::openFixture(m_db->location());
        QVERIFY(other);
        AccountService otherAccounts(**other);
        AccountDraft draft;
        draft.login = u"Dave"_s;
        draft.email = u"dave@contoso.com"_s;
        QVERIFY(otherAccounts.create(m_contosoId, draft));
    }
    okOf(dialog.get())->click();
    QTRY_VERIFY(!dialog->isSaving());
    QVERIFY2(dialog->isVisible(), "a refused save keeps the dialog open");
    const QString error = dialog->findChild<QLabel *>(u"loginError"_s)->text();
    QVERIFY2(error.contains(u"taken"_s), qPrintable(error));
    QCOMPARE(login->text(), u"dave"_s);
    QCOMPARE(firstName->text(), u"David"_s);
    QVERIFY2(okOf(dialog.get())->isEnabled(), "OK can be pressed again");
    dialog->grab().save(u"/tmp/dlg-accountdetails-error.png"_s);
    QCOMPARE(m_accounts->account(idOf(u"alice"_s))->firstName, u"Alice"_s);
    dialog->done(QDialog::Rejected); // closes without the discard question
}

void AccountDetailsDialogTest::shouldShowTheAuditHistory()
{
    const qint64 id = idOf(u"carol"_s);
    QVERIFY(m_accounts->disable(id));
    QVERIFY(m_accounts->enable(id));
    auto owned = makeDialog(id);
    AccountDetailsDialog &dialog = *owned;
    QAbstractItemModelTester tester(dialog.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = dialog.findChild<QTableView *>(u"accountHistory"_s);
    QCOMPARE(view->model()->rowCount(), 4);
    // Newest first: enabled, disabled, its queued activation email withdrawn by disabling, created.
    QCOMPARE(view->model()->index(0, AccountHistoryModel::WhatColumn).data().toString(), u"Enabled"_s);
    QCOMPARE(view->model()->index(2, AccountHistoryModel::WhatColumn).data().toString(),
             u"Queued activation email withdrawn"_s);
    QCOMPARE(view->model()->index(3, AccountHistoryModel::WhatColumn).data().toString(), u"Created"_s);
    QVERIFY(!view->model()->index(0, AccountHistoryModel::WhoColumn).data().toString().isEmpty());
    const QString changes = view->model()->index(1, AccountHistoryModel::ChangesColumn).data().toString();
    QCOMPARE(changes, u"Status: Inactive → Disabled"_s);
    dialog.findChild<QTabWidget *>(u"accountTabs"_s)->setCurrentIndex(3);
    dialog.grab().save(u"/tmp/dlg-accountdetails-history.png"_s);
}

void AccountDetailsDialogTest::shouldExplainWhyADataLockedAccountKeepsItsProfile()
{
    auto owned = makeDialog(idOf(u"bob"_s));
    AccountDetailsDialog &dialog = *owned;
    auto *profile = dialog.findChild<QComboBox *>(u"profile"_s);
    QVERIFY2(!profile->isEnabled(), "the profile of a data-locked account cannot change");
    const QString why = dialog.findChild<QLabel *>(u"profileError"_s)->text();
    QVERIFY2(why.contains(u"data lock"_s), qPrintable(why));
    dialog.findChild<QTabWidget *>(u"accountTabs"_s)->setCurrentIndex(1);
    // Let wrapped messages take their height at the laid-out width before the screenshot.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents();
    dialog.grab().save(u"/tmp/dlg-accountdetails-locked.png"_s);
}

void AccountDetailsDialogTest::shouldBeBusyUntilLoadedAndSafeWhenClosedBefore()
{
    // The worker is held up by a job of its own, so that the dialog's read waits behind it.
    test::WorkerHold blocker(*m_workspace);
    auto dialog = std::make_unique<AccountDetailsDialog>(*m_workspace, idOf(u"alice"_s));
    dialog->show();
    auto *busy = dialog->findChild<QLabel *>(u"accountBusy"_s);
    QVERIFY(!dialog->isLoaded());
    QVERIFY2(busy && busy->isVisible() && busy->text() == u"Loading…"_s, "the dialog says it is loading");
    QVERIFY2(!okOf(dialog.get())->isEnabled(), "OK waits for the account");
    QVERIFY2(!dialog->findChild<QTabWidget *>(u"accountTabs"_s), "no form before the account arrived");
    okOf(dialog.get())->click();
    QVERIFY(dialog->isVisible());

    // Closed before the answer: the answer is dropped with the dialog.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    dialog.reset();
    blocker.release();
    QTRY_VERIFY(blocker.isFinished());
    auto after = m_workspace->run([](WorkspaceServices &) { return Result<void>(); });
    QTRY_VERIFY(after.isFinished());
    QCoreApplication::processEvents();

    // And once it arrives, the form is there and the busy label gone.
    auto again = makeDialog(idOf(u"alice"_s));
    QVERIFY(again->isLoaded());
    QVERIFY(okOf(again.get())->isEnabled());
    QVERIFY(!again->findChild<QLabel *>(u"accountBusy"_s)->isVisible());
    QCOMPARE(again->findChild<QLineEdit *>(u"login"_s)->text(), u"alice"_s);
}

void AccountDetailsDialogTest::shouldSayWhyAnAccountCannotBeOpened()
{
    AccountDetailsDialog dialog(*m_workspace, 987654);
    dialog.show();
    QTRY_VERIFY(!dialog.findChild<QLabel *>(u"accountBusy"_s)->isVisible());
    QVERIFY(!dialog.isLoaded());
    auto *error = dialog.findChild<QLabel *>(u"accountError"_s);
    QVERIFY2(error->isVisible() && !error->text().isEmpty(), "the reason is in the dialog");
    QCOMPARE(error->text(), dialog.loadError().message);
    QVERIFY(!okOf(&dialog)->isEnabled());
}

void AccountDetailsDialogTest::shouldNotGiveWhatTheOperatorLacks()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    const qint64 helpdesk = m_catalog
                                ->addSecurityGroup({0, m_contosoId, u"Helpdesk"_s,
                                                    Permissions(Permission::CreateAccounts) | Permission::EditAccounts})
                                .value()
                                .id;
    const qint64 auditorsId =
        m_catalog->addSecurityGroup({0, m_contosoId, u"Auditors"_s, Permissions(Permission::ViewAuditLog)}).value().id;
    // An account that has what the operator lacks (made before it signed in).
    AccountDraft dave = bc::test::personDraft(u"dave"_s);
    dave.securityGroupIds = {auditorsId};
    QVERIFY(m_accounts->create(m_contosoId, dave));
    const QString password = u"violet-harbour-71-kiteS"_s;
    QVERIFY(m_accounts->create(m_contosoId, bc::test::operatorDraft(u"desk"_s, password, false, {helpdesk}),
                               AccountStatus::Active));
    QVERIFY(bc::test::signIn(*m_workspace, u"desk"_s, password));

    // It edits accounts, but may not give one the auditors' permission it lacks itself.
    auto dialog = makeDialog(idOf(u"alice"_s));
    QVERIFY(dialog->isLoaded());
    auto *groups = dialog->findChild<QTreeWidget *>(u"securityGroups"_s);
    QVERIFY(groups);
    const QList<QTreeWidgetItem *> auditors = groups->findItems(u"Auditors"_s, Qt::MatchExactly);
    QCOMPARE(auditors.size(), 1);
    // Greyed out, saying why: what it lacks, and the administrator switch.
    QVERIFY2(!auditors.first()->flags().testFlag(Qt::ItemIsEnabled), "Auditors is offered");
    QVERIFY2(auditors.first()->toolTip(0).contains(u"\"View the audit log\""_s),
             qPrintable(auditors.first()->toolTip(0)));
    QVERIFY(groups->findItems(u"Helpdesk"_s, Qt::MatchExactly).first()->flags().testFlag(Qt::ItemIsEnabled));
    auto *administrator = dialog->findChild<QCheckBox *>(u"administrator"_s);
    QVERIFY2(administrator && !administrator->isEnabled(), "a helpdesk operator may not make administrators");
    QVERIFY2(administrator->toolTip().contains(u"only an administrator may"_s), qPrintable(administrator->toolTip()));
    // A stale window that offers it all the same: OK asks on the worker.
    auditors.first()->setCheckState(0, Qt::Checked);
    QTest::mouseClick(okOf(dialog.get()), Qt::LeftButton);
    const auto refusalShown = [&dialog] {
        const QList<FieldMessage *> messages = dialog->findChildren<FieldMessage *>();
        return std::ranges::any_of(messages, [](const FieldMessage *message) {
            return message->isVisible() && message->text().contains(u"lacks the permission \"View the audit log\""_s);
        });
    };
    QTRY_VERIFY2(refusalShown(), "the refusal is not shown at the security groups");
    QVERIFY2(dialog->isVisible(), "the dialog keeps what was ticked");
    QVERIFY(m_accounts->account(idOf(u"alice"_s)).value().securityGroupIds.isEmpty());

    // What it has itself it may give.
    auditors.first()->setCheckState(0, Qt::Unchecked);
    groups->findItems(u"Helpdesk"_s, Qt::MatchExactly).first()->setCheckState(0, Qt::Checked);
    QTest::mouseClick(okOf(dialog.get()), Qt::LeftButton);
    QTRY_VERIFY2(!dialog->isVisible(), "the dialog did not save");
    QCOMPARE(m_accounts->account(idOf(u"alice"_s)).value().securityGroupIds, QList<qint64> {helpdesk});

    // What an account has already it may take away: not greyed out.
    auto daves = makeDialog(idOf(u"dave"_s));
    auto *davesGroups = daves->findChild<QTreeWidget *>(u"securityGroups"_s);
    QTreeWidgetItem *davesAuditors = davesGroups->findItems(u"Auditors"_s, Qt::MatchExactly).first();
    QVERIFY(davesAuditors->flags().testFlag(Qt::ItemIsEnabled));
    davesAuditors->setCheckState(0, Qt::Unchecked);
    QTest::mouseClick(okOf(daves.get()), Qt::LeftButton);
    QTRY_VERIFY2(!daves->isVisible(), "the dialog did not save");
    QVERIFY(m_accounts->account(idOf(u"dave"_s)).value().securityGroupIds.isEmpty());
}

QTEST_MAIN(AccountDetailsDialogTest)
#include "tst_accountdetailsdialog.moc"
