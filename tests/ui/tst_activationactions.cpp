#include "core/platform/memorysecretstore.h"
#include "core/services/mailcontroller.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/mail/activationactions.h"
#include "ui/mail/emailsettingsdialog.h"
#include "ui/mail/mailsetupbanner.h"
#include "ui/widgets/banners.h"

#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "core/storage/outboxstore.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The account list's Activation column (queued, sent, failed: reason; pending since and link
// expiry in the tooltip) and the Resend activation email and Retry sending actions.
class TestActivationActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldShowEachAccountsActivationState();
    void shouldResendToTheSelectedAccounts();
    void shouldSayWhyAnAccountGetsNoEmail();
    void shouldQueueNothingForAnOperatorWhoMayNotEditAccounts();
    void shouldRetryAFailedEmail();
    void shouldSayNotSentWhileNoMailServerIsSetUp();
    void shouldOfferToSetUpMailInsteadOfRetrying();
    void shouldShowTheBannerUntilMailIsSetUp();

private:
    qint64 create(const QString &login, bool sendEmail = true, AccountStatus status = AccountStatus::Inactive);
    int rowOf(const QString &login) const;
    QString activationText(const QString &login, int role = Qt::DisplayRole) const;
    void fail(qint64 accountId, const QString &reason);
    void setUpMail();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ActivationService> m_activation; // the list's, and what the test reads
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MailController> m_mail;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ActivationActions> m_actions;
    qint64 m_customer = 0;
};

void TestActivationActions::init()
{
    const QString location = bc::test::freshLocation(u"list"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY(db);
    m_db = std::move(*db);
    m_workspace = bc::test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    m_activation = std::make_unique<ActivationService>(*m_db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_customer = m_groups->create(m_groups->createRoot(u"MSP"_s)->id, u"Contoso"_s)->id;
    m_mail = std::make_unique<MailController>(*m_workspace, m_accounts->databaseLocation(),
                                              std::make_unique<MemorySecretStore>());
    m_model = std::make_unique<AccountListModel>(*m_accounts);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_model->setActivationService(m_activation.get());
    connect(m_mail.get(), &MailController::activationChanged, m_model.get(), &AccountListModel::refreshActivation);
    connect(m_mail.get(), &MailController::activationsChanged, m_model.get(), &AccountListModel::refreshActivations);
    m_window = std::make_unique<QWidget>();
    m_actions = std::make_unique<ActivationActions>(*m_mail, *m_workspace, m_window.get());
    m_actions->setParent(nullptr); // owned by the test
}

void TestActivationActions::cleanup()
{
    m_actions.reset();
    m_window.reset();
    m_tester.reset();
    m_model.reset();
    m_mail.reset();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_activation.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

qint64 TestActivationActions::create(const QString &login, bool sendEmail, AccountStatus status)
{
    AccountDraft draft;
    draft.login = login;
    draft.email = login + u"@contoso.com"_s;
    draft.sendActivationEmail = sendEmail;
    auto account = m_accounts->create(m_customer, draft, status);
    if (!account)
        qWarning() << account.error().message;
    return account ? account->id : 0;
}

int TestActivationActions::rowOf(const QString &login) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, AccountListModel::LoginColumn).data().toString() == login)
            return row;
    }
    return -1;
}

QString TestActivationActions::activationText(const QString &login, int role) const
{
    const int row = rowOf(login);
    return row < 0 ? u"<not listed>"_s : m_model->index(row, AccountListModel::ActivationColumn).data(role).toString();
}

void TestActivationActions::fail(qint64 accountId, const QString &reason)
{
    auto state = m_activation->state(accountId);
    QVERIFY(state && state->hasMessage);
    QVERIFY(OutboxStore(*m_db).markAttemptFailed(state->outboxId, reason, QDateTime::currentDateTimeUtc(), true));
}

void TestActivationActions::setUpMail()
{
    SmtpSettings settings;
    settings.host = u"smtp.msp.example"_s;
    settings.sender = u"desk@msp.example"_s;
    QVERIFY(m_activation->setSmtpSettings(settings));
    // Set up beside the console: it reads the settings again when told to.
    m_mail->reloadSetup();
    QTRY_VERIFY(m_mail->isMailServerSetUp());
}

void TestActivationActions::shouldShowEachAccountsActivationState()
{
    create(u"alice"_s);
    create(u"bob"_s, false);
    const qint64 carol = create(u"carol"_s);
    fail(carol, u"mailbox unavailable"_s);
    create(u"dave"_s, true, AccountStatus::Active);
    m_model->refresh();
    QTRY_VERIFY(m_model->isSettled() && rowOf(u"dave"_s) >= 0);

    QCOMPARE(m_model->headerData(AccountListModel::ActivationColumn, Qt::Horizontal).toString(), u"Activation"_s);
    // The states follow the page from the list's worker, all of the page's at once.
    QTRY_COMPARE(activationText(u"alice"_s), u"Email queued"_s);
    QCOMPARE(activationText(u"bob"_s), QString());
    QCOMPARE(activationText(u"carol"_s), u"Failed: mailbox unavailable"_s);
    QCOMPARE(activationText(u"dave"_s), QString()); // active: nothing pending
    const QString tip = activationText(u"alice"_s, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(u"Pending since "_s) && tip.contains(u"link expires"_s), qPrintable(tip));
    QCOMPARE(activationText(u"bob"_s, Qt::ToolTipRole), QString());

    // A new account shows its queued email as soon as it is listed.
    create(u"erin"_s);
    QTRY_COMPARE(activationText(u"erin"_s), u"Email queued"_s);
}

void TestActivationActions::shouldResendToTheSelectedAccounts()
{
    const qint64 alice = create(u"alice"_s);
    const qint64 bob = create(u"bob"_s, false);
    QTRY_VERIFY(m_model->isSettled() && rowOf(u"bob"_s) >= 0);
    QCOMPARE(activationText(u"bob"_s), QString());
    const qint64 before = m_activation->state(alice)->outboxId;

    QAction *resend = m_actions->accountActions().value(0);
    QCOMPARE(resend->objectName(), u"resendActivation"_s);
    m_actions->setSelection({}, m_customer);
    QVERIFY(!resend->isEnabled());
    m_actions->setSelection(bc::AccountSelection::of({alice, bob}), m_customer);
    QVERIFY(resend->isEnabled());
    resend->trigger();

    QTRY_COMPARE(activationText(u"bob"_s), u"Email queued"_s);
    QVERIFY(m_activation->state(alice)->outboxId > before);
    auto messages = m_activation->outbox();
    QVERIFY(messages);
    QCOMPARE(messages->size(), 3);
}

void TestActivationActions::shouldSayWhyAnAccountGetsNoEmail()
{
    const qint64 dave = create(u"dave"_s, true, AccountStatus::Active);
    QString shown;
    whenModalOpens<QMessageBox>(this, [&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    m_actions->setSelection(bc::AccountSelection::of({dave}), m_customer);
    m_actions->accountActions().value(0)->trigger();
    QTRY_VERIFY2(shown.contains(u"dave"_s), qPrintable(shown));
    QCOMPARE(m_activation->outbox()->size(), 0);
}

void TestActivationActions::shouldQueueNothingForAnOperatorWhoMayNotEditAccounts()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    const qint64 alice = create(u"alice"_s);
    const QString password = u"violet-harbour-71-kiteS"_s;
    // It creates accounts, but resending an activation email is editing one (as for the CLI).
    QVERIFY(
        bc::test::makeOperatorWith(*m_db, m_customer, u"desk"_s, Permissions(Permission::CreateAccounts), password));
    QVERIFY(bc::test::signIn(*m_workspace, u"desk"_s, password));
    const qint64 before = m_activation->state(alice)->outboxId;
    QString shown;
    whenModalOpens<QMessageBox>(this, [&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    m_actions->setSelection(bc::AccountSelection::of({alice}), m_customer);
    m_actions->accountActions().value(0)->trigger();
    QTRY_VERIFY2(shown.contains(u"\"desk\" may not"_s), qPrintable(shown));
    QCOMPARE(m_activation->state(alice)->outboxId, before);
    QCOMPARE(m_activation->outbox()->size(), 1);
}

void TestActivationActions::shouldRetryAFailedEmail()
{
    setUpMail();
    QVERIFY(m_mail->isMailServerSetUp());
    const qint64 carol = create(u"carol"_s);
    fail(carol, u"refused"_s);
    m_model->refresh();
    QTRY_COMPARE(activationText(u"carol"_s), u"Failed: refused"_s);

    QAction *retry = m_actions->accountActions().value(1);
    QCOMPARE(retry->objectName(), u"retrySending"_s);
    m_actions->setSelection(bc::AccountSelection::of({carol}), m_customer);
    retry->trigger();
    QTRY_COMPARE(activationText(u"carol"_s).left(12), u"Email queued"_s);
    const auto state = m_activation->state(carol);
    QCOMPARE(state->emailStatus, OutboxMessage::Status::Queued);
}

void TestActivationActions::shouldSayNotSentWhileNoMailServerIsSetUp()
{
    QVERIFY(!m_mail->isMailServerSetUp());
    m_model->setMailServerSetUp(m_mail->isMailServerSetUp());
    connect(m_mail.get(), &MailController::mailServerSetUpChanged, m_model.get(),
            &AccountListModel::setMailServerSetUp);
    create(u"alice"_s);
    const qint64 carol = create(u"carol"_s);
    fail(carol, u"refused"_s);
    create(u"dave"_s, true, AccountStatus::Active);
    m_model->refresh();
    QTRY_VERIFY(m_model->isSettled() && rowOf(u"dave"_s) >= 0);
    QTRY_COMPARE(activationText(u"alice"_s), u"Not sent: no mail server set up"_s);
    QCOMPARE(activationText(u"carol"_s), u"Failed: refused"_s); // what happened stays said
    QCOMPARE(activationText(u"dave"_s), QString());
    const QString tip = activationText(u"alice"_s, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(u"Not sent: no mail server set up\nPending since "_s), qPrintable(tip));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    setUpMail();
    QTRY_COMPARE(activationText(u"alice"_s), u"Email queued"_s);
    QVERIFY(!changed.isEmpty());
    QVERIFY(activationText(u"alice"_s, Qt::ToolTipRole).startsWith(u"Pending since "_s));
}

void TestActivationActions::shouldOfferToSetUpMailInsteadOfRetrying()
{
    const qint64 carol = create(u"carol"_s);
    fail(carol, u"refused"_s);
    QStringList status;
    connect(m_actions.get(), &ActivationActions::statusMessage, this,
            [&status](const QString &message) { status.append(message); });
    QString said;
    bool settingsOpened = false;
    whenModalOpens<QMessageBox>(this, [&](QMessageBox *box) {
        said = box->text();
        QCOMPARE(box->objectName(), u"mailNotSetUp"_s);
        whenModalOpens<EmailSettingsDialog>(this, [&settingsOpened](EmailSettingsDialog *dialog) {
            settingsOpened = true;
            dialog->reject();
        });
        auto *setUp = box->findChild<QPushButton *>(u"setUpEmail"_s);
        QVERIFY(setUp);
        setUp->click();
    });
    m_actions->setSelection(bc::AccountSelection::of({carol}), m_customer);
    m_actions->accountActions().value(1)->trigger();
    QVERIFY2(said.contains(u"No mail server is set up"_s), qPrintable(said));
    QVERIFY(settingsOpened);
    QCOMPARE(status, QStringList {u"Not sent: no mail server set up."_s});
    QCOMPARE(m_activation->state(carol)->emailStatus, OutboxMessage::Status::Failed);
}

void TestActivationActions::shouldShowTheBannerUntilMailIsSetUp()
{
    QWidget window;
    auto *content = new QWidget;
    QWidget *area = withBannersAbove(content, {new MailSetupBanner(*m_mail, m_actions->settingsAction())}, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(area);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<MailSetupBanner *>(u"mailSetupBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(content->isVisible());

    bool settingsOpened = false;
    whenModalOpens<EmailSettingsDialog>(this, [&settingsOpened](EmailSettingsDialog *dialog) {
        settingsOpened = true;
        dialog->reject();
    });
    auto *button = banner->findChild<QPushButton *>(u"setUpEmail"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(settingsOpened);
    QVERIFY(banner->isVisible());

    // Set up elsewhere (another console, the CLI): shown once the window hears of the change.
    auto elsewhere = bc::test::openFixture(m_accounts->databaseLocation());
    QVERIFY(elsewhere);
    SmtpSettings settings;
    settings.host = u"smtp.msp.example"_s;
    settings.sender = u"desk@msp.example"_s;
    QVERIFY(ActivationService(**elsewhere).setSmtpSettings(settings));
    QVERIFY(banner->isVisible());
    QSignalSpy setUp(m_mail.get(), &MailController::mailServerSetUpChanged);
    m_mail->reloadSetup();
    QTRY_COMPARE(setUp.size(), 1);
    QCOMPARE(setUp.first().first().toBool(), true);
    QTRY_VERIFY(!banner->isVisible());
    m_mail->reloadSetup();
    auto read = m_workspace->run([](WorkspaceServices &) { return Result<void>(); }); // after the re-read
    QTRY_VERIFY(read.isFinished());
    QCoreApplication::processEvents();
    QCOMPARE(setUp.size(), 1); // no change, no signal
}

QTEST_MAIN(TestActivationActions)
#include "tst_activationactions.moc"
