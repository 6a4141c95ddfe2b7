#include "core/auth/totp.h"
#include "core/domain/auditquery.h"
#include "core/domain/timestamps.h"
#include "core/platform/memorysecretstore.h"
#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/auditlog.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/storage/database.h"
#include "core/storage/operatorroles.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/audit/auditlogmodel.h"
#include "ui/audit/auditlogwindow.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/consolesession.h"
#include "ui/groups/grouptreemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/signin/signindialog.h"
#include "ui/widgets/fieldmessage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

const QString password = u"Kite-Harbor-Lantern-93"_s;

} // namespace

// The console as an operator sees it: it signs in when the database has operators, shows who and
// where in the title and the status bar, reaches only its own group and below, disables what it
// may not do and says why, and signs out keeping the window's layout.
class TestMainWindowSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOpenWithoutADialogWhenThereAreNoOperators();
    void shouldSignInFromTheEnvironmentAndShowWhoAndWhere_data();
    void shouldSignInFromTheEnvironmentAndShowWhoAndWhere();
    void shouldShowAnOrganizationOperatorOnlyItsSubtree();
    void shouldDisableWhatTheOperatorMayNotDoAndSayWhy_data();
    void shouldDisableWhatTheOperatorMayNotDoAndSayWhy();
    void shouldRefuseInTheJobWhatAStaleWindowOffers();
    void shouldGreyOutTheMailSetupBannerWithTheAction();
    void shouldNameTheOperatorInTheAuditLog();
    void shouldReadOnlyTheSubtreesAuditEntries();
    void shouldSignOutToTheDialogAndKeepTheLayout();
    void shouldSwitchToTheSameDatabaseAsAnotherOperator();
    void shouldConnectAsTheOperatorsOwnRoleOnPostgreSql();
    void shouldEndTheOperatorsSessionWhenSwitchingToAnotherDatabase();
    void shouldEndTheOperatorsSessionWhenAnotherSignsInOnTheSameDatabase();

private:
    // The server's address without a user, on which an operator signs in as its own role.
    DatabaseAddress operatorSignInAddress() const;
    // How many accounts a further connection of contoso-admin's own role sees (its session key
    // verifies it); -1 when it cannot connect.
    int accountsContosoAdminsRoleSees() const;
    // Starts the console signed in as `login` through the environment; its window, or null.
    MainWindow *startAs(const QString &login);
    qint64 firstListedAccount(MainWindow *window);
    // Selects the first listed account, once the list shows it; its id, or 0.
    qint64 selectFirstAccount(MainWindow *window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleSession> m_session;
    qint64 m_root = 0;
    qint64 m_contoso = 0;
    qint64 m_sales = 0;
    qint64 m_fabrikam = 0;
};

void TestMainWindowSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = test::openFixture(test::freshLocation(u"windowsignin"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    GroupService groups(*m_db);
    AccountService accounts(*m_db);
    CatalogService catalog(*m_db);
    m_root = groups.createRoot(u"Acme MSP"_s)->id;
    m_contoso = groups.create(m_root, u"Contoso"_s)->id;
    m_sales = groups.create(m_contoso, u"Sales"_s)->id;
    m_fabrikam = groups.create(m_root, u"Fabrikam"_s)->id;
    for (const QString &login : {u"c-one"_s, u"c-two"_s})
        QVERIFY(accounts.create(m_contoso, test::personDraft(login), AccountStatus::Active));
    QVERIFY(accounts.create(m_fabrikam, test::personDraft(u"f-one"_s), AccountStatus::Active));
    auto helpdesk = catalog.addSecurityGroup(
        {0, m_contoso, u"Helpdesk"_s, Permissions(Permission::CreateAccounts) | Permission::EditAccounts});
    QVERIFY(helpdesk);
    auto auditors = catalog.addSecurityGroup({0, m_contoso, u"Auditors"_s, Permissions(Permission::ViewAuditLog)});
    QVERIFY(auditors);
    const std::tuple<QString, qint64, bool, QList<qint64>> operators[] {
        {u"msp-admin"_s, m_root, true, {}},
        {u"contoso-admin"_s, m_contoso, true, {}},
        {u"helpdesk"_s, m_contoso, false, {helpdesk->id}},
        {u"auditor"_s, m_contoso, false, {auditors->id}},
    };
    for (const auto &[login, group, administrator, securityGroups] : operators) {
        auto made = accounts.create(group, test::operatorDraft(login, password, administrator, securityGroups),
                                    AccountStatus::Active);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    }
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"console.conf"_s));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<ConsoleSession>(*m_settings, *m_secrets);
}

void TestMainWindowSignIn::cleanup()
{
    m_session.reset();
    m_secrets.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
    qunsetenv("BACKUP_CONSOLE_OPERATOR_PASSWORD");
}

MainWindow *TestMainWindowSignIn::startAs(const QString &login)
{
    qputenv("BACKUP_CONSOLE_OPERATOR_PASSWORD", password.toUtf8());
    m_session->setOperatorLogin(login);
    m_session->start(m_db->address(), ConsoleSession::Origin::CommandLine);
    if (!QTest::qWaitFor([this] { return m_session->window() != nullptr; }, 30000))
        return nullptr;
    MainWindow *window = m_session->window();
    if (!QTest::qWaitFor([window] { return window->currentGroupId() != 0; }, 20000))
        qWarning("no group was selected");
    return window;
}

qint64 TestMainWindowSignIn::firstListedAccount(MainWindow *window)
{
    AccountListModel *model = window->accountList()->model();
    if (!QTest::qWaitFor([model] { return model->isSettled() && model->rowCount() > 0; }, 20000))
        return 0;
    return model->accountId(0);
}

qint64 TestMainWindowSignIn::selectFirstAccount(MainWindow *window)
{
    const qint64 id = firstListedAccount(window);
    window->accountList()->selectAccount(id);
    const bool selected =
        QTest::qWaitFor([window] { return !window->accountList()->selectedAccountIds().isEmpty(); }, 20000);
    return selected ? id : 0;
}

void TestMainWindowSignIn::shouldOpenWithoutADialogWhenThereAreNoOperators()
{
    auto empty = test::openFixture(test::freshLocation(u"nooperators"_s));
    QVERIFY(empty);
    QVERIFY(GroupService(**empty).createRoot(u"Solo MSP"_s));
    bool asked = false;
    QObject watching; // the watch ends with the test, when no dialog opened
    whenModalOpens<SignInDialog>(&watching, [&asked](SignInDialog *dialog) {
        asked = true;
        dialog->reject();
    });
    m_session->start((*empty)->address(), ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->window(), 30000);
    QVERIFY(!asked);
    QVERIFY2(m_session->window()->windowTitle().startsWith(u"Not signed in"_s),
             qPrintable(m_session->window()->windowTitle()));
    auto *status = m_session->window()->findChild<QLabel *>(u"signedInOperator"_s);
    QVERIFY(status && status->text().contains(u"no operators"_s));
    // Nobody needs to sign in to work on it.
    QTRY_VERIFY(m_session->window()->findChild<QAction *>(u"addGroupAction"_s)->isEnabled());
}

void TestMainWindowSignIn::shouldSignInFromTheEnvironmentAndShowWhoAndWhere_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("where");
    QTest::newRow("the top group's operator") << u"msp-admin"_s << u"Acme MSP"_s;
    QTest::newRow("an organization's operator") << u"contoso-admin"_s << u"Acme MSP/Contoso"_s;
}

void TestMainWindowSignIn::shouldSignInFromTheEnvironmentAndShowWhoAndWhere()
{
    QFETCH(QString, login);
    QFETCH(QString, where);
    if (login != "msp-admin"_L1)
        BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    bool asked = false;
    QObject watching; // the watch ends with the test, when no dialog opened
    whenModalOpens<SignInDialog>(&watching, [&asked](SignInDialog *dialog) {
        asked = true;
        dialog->reject();
    });
    MainWindow *window = startAs(login);
    QVERIFY(window);
    QVERIFY2(!asked, "the environment's password signs in without the dialog");
    QVERIFY2(window->windowTitle().startsWith(u"%1@%2 — "_s.arg(login, where)), qPrintable(window->windowTitle()));
    QVERIFY(window->windowTitle().endsWith(m_db->address().displayName()));
    auto *status = window->findChild<QLabel *>(u"signedInOperator"_s);
    QVERIFY(status);
    QCOMPARE(status->text(), u"Signed in as %1 in %2"_s.arg(login, where));
}

void TestMainWindowSignIn::shouldShowAnOrganizationOperatorOnlyItsSubtree()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    MainWindow *window = startAs(u"helpdesk"_s);
    QVERIFY(window);
    auto *tree = window->findChild<QTreeView *>();
    QVERIFY(tree);
    auto *model = qobject_cast<GroupTreeModel *>(tree->model());
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->groupId(model->index(0, 0)), m_contoso);
    QCOMPARE(window->currentGroupId(), m_contoso);
    // A group beside it is not found, even when asked for by id (the last group of another operator).
    QSignalSpy notFound(model, &GroupTreeModel::groupNotFound);
    model->requestGroup(m_fabrikam);
    QTRY_COMPARE(notFound.size(), 1);
    QVERIFY(!model->indexOfGroup(m_fabrikam).isValid());
    QVERIFY(!model->indexOfGroup(m_root).isValid());
    // One below it is.
    QSignalSpy found(model, &GroupTreeModel::groupFound);
    model->requestGroup(m_sales);
    QTRY_COMPARE(found.size(), 1);
    // The list shows its group's accounts, none of Fabrikam's.
    QVERIFY(firstListedAccount(window) != 0);
    AccountListModel *list = window->accountList()->model();
    QStringList logins;
    for (int row = 0; row < list->rowCount(); ++row)
        logins.append(list->index(row, 0).data().toString());
    QVERIFY2(!logins.join(u' ').contains(u"f-one"_s), qPrintable(logins.join(u' ')));
}

void TestMainWindowSignIn::shouldDisableWhatTheOperatorMayNotDoAndSayWhy_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("tooltip"); // a part of it
    QTest::newRow("helpdesk may not delete")
        << u"helpdesk"_s << u"deleteAccountsAction"_s << false << u"lacks the permission \"Delete accounts\""_s;
    QTest::newRow("helpdesk may not add groups")
        << u"helpdesk"_s << u"addGroupAction"_s << false << u"\"Manage groups"_s;
    QTest::newRow("helpdesk may not read the audit log")
        << u"helpdesk"_s << u"auditLogAction"_s << false << u"\"View the audit log\""_s;
    QTest::newRow("helpdesk may disable") << u"helpdesk"_s << u"disableAccountsAction"_s << true << QString();
    QTest::newRow("helpdesk may add accounts") << u"helpdesk"_s << u"addAccountAction"_s << true << QString();
    QTest::newRow("helpdesk may resend activation emails")
        << u"helpdesk"_s << u"resendActivation"_s << true << QString();
    QTest::newRow("an auditor may not resend activation emails")
        << u"auditor"_s << u"resendActivation"_s << false << u"lacks the permission \"Edit accounts\""_s;
    QTest::newRow("an auditor may not retry sending")
        << u"auditor"_s << u"retrySending"_s << false << u"lacks the permission \"Edit accounts\""_s;
    QTest::newRow("an auditor may not assign a service")
        << u"auditor"_s << u"assignServiceAction"_s << false << u"lacks the permission \"Edit accounts\""_s;
    QTest::newRow("an organization's administrator may not set up the mail server")
        << u"contoso-admin"_s << u"emailSettings"_s << false << u"works only in \"Acme MSP/Contoso\""_s;
    QTest::newRow("the MSP's administrator may set up the mail server")
        << u"msp-admin"_s << u"emailSettings"_s << true << QString();
    QTest::newRow("an administrator may delete")
        << u"contoso-admin"_s << u"deleteAccountsAction"_s << true << u"Delete the selected accounts"_s;
}

void TestMainWindowSignIn::shouldDisableWhatTheOperatorMayNotDoAndSayWhy()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    QFETCH(QString, login);
    QFETCH(QString, action);
    QFETCH(bool, enabled);
    QFETCH(QString, tooltip);
    MainWindow *window = startAs(login);
    QVERIFY(window);
    QVERIFY(selectFirstAccount(window) != 0);
    auto *found = window->findChild<QAction *>(action);
    QVERIFY(found);
    QTRY_COMPARE(found->isEnabled(), enabled);
    // Stays so once every answer came.
    QTest::qWait(300);
    QCOMPARE(found->isEnabled(), enabled);
    QVERIFY2(found->toolTip().contains(tooltip), qPrintable(found->toolTip()));
}

void TestMainWindowSignIn::shouldRefuseInTheJobWhatAStaleWindowOffers()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    MainWindow *window = startAs(u"helpdesk"_s);
    QVERIFY(window);
    const qint64 id = selectFirstAccount(window);
    QVERIFY(id != 0);
    // The action is disabled; called all the same, the job asks Authority and refuses.
    QString refusal;
    QObject watching; // the watches end with the test
    whenModalOpens<QMessageBox>(&watching, [](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    window->deleteSelectedAccounts();
    whenModalOpens<QMessageBox>(&watching, [&refusal](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 20000);
    QVERIFY2(refusal.contains(u"lacks the permission \"Delete accounts\""_s), qPrintable(refusal));
    QVERIFY2(AccountService(*m_db).account(id), "the account is still there");
}

void TestMainWindowSignIn::shouldNameTheOperatorInTheAuditLog()
{
    // The top group's operator: it signs in on every backend.
    MainWindow *window = startAs(u"msp-admin"_s);
    QVERIFY(window);
    const qint64 id = selectFirstAccount(window);
    QVERIFY(id != 0);
    window->setSelectedAccountsEnabled(false);
    QTRY_VERIFY_WITH_TIMEOUT(AccountService(*m_db).account(id)->status == AccountStatus::Disabled, 20000);
    AuditQuery query;
    query.actor = u"msp-admin"_s;
    auto entries = AuditLog(*m_db).page(query, {}, 10);
    QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
    QVERIFY2(!entries->isEmpty(), "the disable is the operator's");
}

void TestMainWindowSignIn::shouldReadOnlyTheSubtreesAuditEntries()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    MainWindow *window = startAs(u"contoso-admin"_s);
    QVERIFY(window);
    QTRY_VERIFY(window->findChild<QAction *>(u"auditLogAction"_s)->isEnabled());
    window->findChild<QAction *>(u"auditLogAction"_s)->trigger();
    AuditLogWindow *audit = nullptr;
    QTRY_VERIFY((audit = window->findChild<AuditLogWindow *>()) != nullptr);
    // "All groups" is all of its own: Fabrikam's entries stay out.
    auto *group = audit->findChild<QComboBox *>(u"auditGroupFilter"_s);
    group->setCurrentIndex(group->findData(qint64(0)));
    QTRY_COMPARE(audit->model()->query().groupId, qint64(0));
    QTRY_VERIFY(!audit->model()->isLoading() && audit->model()->rowCount() > 0);
    QStringList summaries;
    for (int row = 0; row < audit->model()->rowCount(); ++row)
        summaries.append(audit->model()->index(row, AuditLogModel::SummaryColumn).data().toString());
    const QString all = summaries.join(u'\n');
    QVERIFY2(all.contains(u"c-one"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"f-one"_s), qPrintable(all));
}

void TestMainWindowSignIn::shouldSignOutToTheDialogAndKeepTheLayout()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    MainWindow *window = startAs(u"contoso-admin"_s);
    QVERIFY(window);
    auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({333, 667});
    const QList<int> sizes = splitter->sizes();
    QString prefilled;
    whenModalOpens<SignInDialog>(this, [&prefilled](SignInDialog *dialog) {
        prefilled = dialog->login();
        auto *login = dialog->findChild<QLineEdit *>(u"login"_s);
        login->clear();
        QTest::keyClicks(login, u"msp-admin"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"password"_s), password);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);
    });
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    window->findChild<QAction *>(u"signOutAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->window() && m_session->window()->windowTitle().startsWith(u"msp-admin@"_s),
                             30000);
    QCOMPARE(prefilled, u"contoso-admin"_s);
    QCOMPARE(finished.size(), 0);
    MainWindow *next = m_session->window();
    QVERIFY2(next->windowTitle().startsWith(u"msp-admin@Acme MSP — "_s), qPrintable(next->windowTitle()));
    QTRY_VERIFY(next->currentGroupId() != 0);
    QCOMPARE(next->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    // The top group's operator sees every group again.
    auto *model = qobject_cast<GroupTreeModel *>(next->findChild<QTreeView *>()->model());
    QTRY_COMPARE(model->groupId(model->index(0, 0)), m_root);
}

// File → Connect to database, the same one, and another operator signs in: the sign-in dialog
// belongs to the window the switch replaces, and is gone before that window is.
void TestMainWindowSignIn::shouldSwitchToTheSameDatabaseAsAnotherOperator()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    MainWindow *window = startAs(u"msp-admin"_s);
    QVERIFY(window);
    QPointer<MainWindow> first(window);
    whenModalOpens<SignInDialog>(this, [](SignInDialog *dialog) {
        auto *login = child<QLineEdit>(dialog, u"login"_s);
        login->clear();
        QTest::keyClicks(login, u"contoso-admin"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s), password);
        QTest::keyClick(child<QLineEdit>(dialog, u"password"_s), Qt::Key_Return);
    });
    bool switched = false;
    m_session->switchTo(m_db->address(), QString(), [&switched](bool done) { switched = done; });
    QTRY_VERIFY_WITH_TIMEOUT(switched, 30000);
    QVERIFY(first.isNull());
    MainWindow *next = m_session->window();
    QVERIFY2(next->windowTitle().startsWith(u"contoso-admin@Acme MSP/Contoso — "_s), qPrintable(next->windowTitle()));
    auto *model = qobject_cast<GroupTreeModel *>(next->findChild<QTreeView *>()->model());
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->groupId(model->index(0, 0)), m_contoso);
}

void TestMainWindowSignIn::shouldGreyOutTheMailSetupBannerWithTheAction()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    MainWindow *window = startAs(u"contoso-admin"_s);
    QVERIFY(window);
    auto *button = window->findChild<QPushButton *>(u"setUpEmail"_s);
    QVERIFY(button);
    QTRY_VERIFY2(!button->isEnabled(), "the banner offers what the operator may not do");
    QVERIFY2(button->toolTip().contains(u"works only in"_s), qPrintable(button->toolTip()));
}

DatabaseAddress TestMainWindowSignIn::operatorSignInAddress() const
{
    DatabaseAddress address = m_db->address();
    address.user.clear();
    address.operatorSignIn = true;
    return address;
}

int TestMainWindowSignIn::accountsContosoAdminsRoleSees() const
{
    DatabaseAddress role = m_db->address();
    role.user.clear();
    Database::OpenOptions options;
    options.operatorLogin = u"contoso-admin"_s;
    options.operatorPassword = ::password;
    options.testFixture = true; // the test's own connection, on the GUI thread
    auto opened = Database::open(role, options);
    if (!opened)
        return -1;
    auto rows = (*opened)->run(u"SELECT count(*) FROM accounts"_s);
    return rows && rows->next() ? rows->value(0).toInt() : -1;
}

// A customer's IT person connects with the server's address and its own login: the console signs
// in as the operator's own database role, whose rows the server itself limits, with the second
// factor verified once by the database for every connection of the window (the list's too).
void TestMainWindowSignIn::shouldConnectAsTheOperatorsOwnRoleOnPostgreSql()
{
    if (test::backendName() != "postgresql"_L1)
        QSKIP("operators have database roles of their own on PostgreSQL only");
    auto enrolled = OperatorSignIn(*m_db).enroll(u"contoso-admin"_s);
    QVERIFY(enrolled);
    const DatabaseAddress address = operatorSignInAddress();
    const QString role = OperatorRoles::roleName(address.database, u"contoso-admin"_s);

    // A wrong password is refused next to the field, as any sign-in's; the right one with the code opens.
    QString refusal;
    QObject watching;
    whenModalOpens<SignInDialog>(&watching, [&](SignInDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"login"_s), u"contoso-admin"_s);
        auto *password = child<QLineEdit>(dialog, u"password"_s);
        QTest::keyClicks(password, u"not-the-password"_s);
        QTest::keyClick(password, Qt::Key_Return);
        auto *message = child<FieldMessage>(dialog, u"passwordError"_s);
        auto code = Totp::code(enrolled->secret, Timestamps::now());
        // A failure here ends the dialog, and so the test, rather than leaving it open.
        if (!QTest::qWaitFor([message] { return message->hasError(); }, 20000) || !code) {
            dialog->reject();
            return;
        }
        refusal = message->error();
        password->clear();
        QTest::keyClicks(password, ::password);
        QTest::keyClicks(child<QLineEdit>(dialog, u"otp"_s), *code);
        QTest::keyClick(child<QLineEdit>(dialog, u"otp"_s), Qt::Key_Return);
    });
    m_session->start(address, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->window(), 30000);
    QCOMPARE(refusal, OperatorSignIn::wrongCredentials().message);
    MainWindow *window = m_session->window();
    QVERIFY2(window->windowTitle().contains(u"contoso-admin"_s), qPrintable(window->windowTitle()));

    // Contoso alone, and the list's own connection sees its accounts (verified by the session's key).
    auto *tree = window->findChild<QTreeView *>();
    QVERIFY(tree);
    auto *model = qobject_cast<GroupTreeModel *>(tree->model());
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->groupId(model->index(0, 0)), m_contoso);
    QVERIFY(firstListedAccount(window) != 0);
    // Every connection of the window is the operator's role; none is the owner's.
    auto connections = m_db->run(u"SELECT count(*) FROM pg_stat_activity WHERE usename = ? "
                                 "AND application_name = 'backup-console'"_s,
                                 {role});
    QVERIFY(connections && connections->next());
    QVERIFY2(connections->value(0).toInt() >= 2, qPrintable(QString::number(connections->value(0).toInt())));

    // Signed out: the next sign-in needs the code again, which an empty code field does not give.
    bool refusedWithoutCode = false;
    QString loginAfterSignOut;
    whenModalOpens<SignInDialog>(&watching, [&](SignInDialog *dialog) {
        loginAfterSignOut = dialog->login();
        QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s), ::password);
        QTest::keyClick(child<QLineEdit>(dialog, u"password"_s), Qt::Key_Return);
        auto *message = child<FieldMessage>(dialog, u"otpError"_s);
        refusedWithoutCode = QTest::qWaitFor([message] { return message->hasError(); }, 20000);
        // Canceled: the console offers another database, and ends when that is canceled too.
        whenModalOpens<ConnectionDialog>(&watching, [](ConnectionDialog *connection) { connection->reject(); });
        dialog->reject();
    });
    QSignalSpy finished(m_session.get(), &ConsoleSession::finished);
    window->findChild<QAction *>(u"signOutAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 30000);
    QVERIFY(refusedWithoutCode);
    QCOMPARE(loginAfterSignOut, u"contoso-admin"_s);
}

// Switch database leaves the operator's database: its session key goes with the window, so that a
// connection there needs the code again, as after Sign out.
void TestMainWindowSignIn::shouldEndTheOperatorsSessionWhenSwitchingToAnotherDatabase()
{
    if (test::backendName() != "postgresql"_L1)
        QSKIP("operators have database roles of their own on PostgreSQL only");
    auto enrolled = OperatorSignIn(*m_db).enroll(u"contoso-admin"_s);
    QVERIFY(enrolled);
    const DatabaseAddress address = operatorSignInAddress();
    QObject watching;
    whenModalOpens<SignInDialog>(&watching, [&](SignInDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"login"_s), u"contoso-admin"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s), ::password);
        QTest::keyClicks(child<QLineEdit>(dialog, u"otp"_s), Totp::code(enrolled->secret, Timestamps::now()).value());
        QTest::keyClick(child<QLineEdit>(dialog, u"otp"_s), Qt::Key_Return);
    });
    m_session->start(address, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->window(), 30000);

    // What a further connection of the operator's role sees: its accounts while the key is kept.
    QVERIFY(accountsContosoAdminsRoleSees() > 0);

    const QString other = m_dir->filePath(u"other.sqlite"_s);
    {
        auto database = test::openFixture(other);
        QVERIFY(database);
        QVERIFY(GroupService(**database).createRoot(u"Other MSP"_s));
    }
    bool switched = false;
    m_session->switchTo(*DatabaseAddress::parse(other), QString(), [&switched](bool done) { switched = done; });
    QTRY_VERIFY_WITH_TIMEOUT(switched, 30000);
    QCOMPARE(accountsContosoAdminsRoleSees(), 0);
}

void TestMainWindowSignIn::shouldEndTheOperatorsSessionWhenAnotherSignsInOnTheSameDatabase()
{
    // File → Connect to database, the same one, and another operator signs in: the first one's
    // session key ends, in this console and on the server; the second one works on.
    if (test::backendName() != "postgresql"_L1)
        QSKIP("operators have database roles of their own on PostgreSQL only");
    auto enrolled = OperatorSignIn(*m_db).enroll(u"contoso-admin"_s);
    QVERIFY(enrolled);
    const DatabaseAddress address = operatorSignInAddress();
    const auto signInAs = [](QObject *watching, const QString &login, const QString &code) {
        whenModalOpens<SignInDialog>(watching, [login, code](SignInDialog *dialog) {
            auto *loginField = child<QLineEdit>(dialog, u"login"_s);
            loginField->clear();
            QTest::keyClicks(loginField, login);
            QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s), ::password);
            QTest::keyClicks(child<QLineEdit>(dialog, u"otp"_s), code);
            QTest::keyClick(child<QLineEdit>(dialog, u"otp"_s), Qt::Key_Return);
        });
    };
    QObject first;
    signInAs(&first, u"contoso-admin"_s, Totp::code(enrolled->secret, Timestamps::now()).value());
    m_session->start(address, ConsoleSession::Origin::CommandLine);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->window(), 30000);

    // What a further connection of contoso-admin's role sees: its accounts while the key is kept.
    QVERIFY(accountsContosoAdminsRoleSees() > 0);

    QObject second;
    signInAs(&second, u"helpdesk"_s, QString());
    bool switched = false;
    m_session->switchTo(address, QString(), [&switched](bool done) { switched = done; });
    QTRY_VERIFY_WITH_TIMEOUT(switched, 30000);
    QVERIFY(m_session->window()->windowTitle().contains(u"helpdesk"_s));
    QCOMPARE(accountsContosoAdminsRoleSees(), 0);
    // The new operator's window still lists its accounts (a minute: a CI run under load once
    // missed them after 20 s; the message says what the list held).
    AccountListModel *list = m_session->window()->accountList()->model();
    QVERIFY2(QTest::qWaitFor([list] { return list->isSettled() && list->rowCount() > 0; }, 60000),
             qPrintable(u"group %1: %2 rows, %3"_s.arg(m_session->window()->currentGroupId())
                            .arg(list->rowCount())
                            .arg(list->isSettled() ? u"settled"_s : u"loading"_s)));
}

QTEST_MAIN(TestMainWindowSignIn)
#include "tst_mainwindow_signin.moc"
