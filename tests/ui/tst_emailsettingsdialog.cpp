#include "core/platform/memorysecretstore.h"
#include "core/services/mailcontroller.h"
#include "ui/mail/emailsettingsdialog.h"
#include "ui/widgets/fieldmessage.h"

#include "core/services/activationservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// File → Email settings…: core's errors under the fields, the password only in the keychain
// (an in-memory SecretStore here), and a test email whose result arrives without blocking.
class TestEmailSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldShowCoreErrorsNextToTheirFields();
    void shouldKeepThePasswordInTheKeychainOnly();
    void shouldShowTheStoredPassword();
    void shouldShowAKeychainFailureNextToThePassword();
    void shouldShowTheTestResultWithoutBlocking();
    void shouldStartAtHostEvenWhenTheKeychainFails();
    void shouldShowEveryPlaceholderWhole();
    void shouldNeitherShowNorChangeTheMailServerForAnOrganizationsOperator();

private:
    template<typename W> W *find(const QString &name) const
    {
        auto *widget = m_dialog->findChild<W *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    void type(const QString &name, const QString &text) const;
    void clickOk() const;

    QString m_location;
    MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActivationService> m_activation; // what the database holds, read beside the dialog
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MailController> m_mail;
    std::unique_ptr<EmailSettingsDialog> m_dialog;
};

void TestEmailSettingsDialog::init()
{
    m_location = bc::test::freshLocation(u"mail"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(m_location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_activation = std::make_unique<ActivationService>(*m_db);
    m_workspace = bc::test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    auto secrets = std::make_unique<MemorySecretStore>();
    m_secrets = secrets.get();
    m_mail = std::make_unique<MailController>(*m_workspace, m_location, std::move(secrets));
}

void TestEmailSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_mail.reset();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_activation.reset();
    m_db.reset();
}

void TestEmailSettingsDialog::type(const QString &name, const QString &text) const
{
    auto *edit = find<QLineEdit>(name);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestEmailSettingsDialog::clickOk() const
{
    auto *buttons = find<QDialogButtonBox>(u"buttons"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestEmailSettingsDialog::shouldShowCoreErrorsNextToTheirFields()
{
    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    type(u"host"_s, u"smtp.msp.example"_s);
    type(u"sender"_s, u"Backup Desk <not an address>"_s);
    clickOk();
    auto *senderError = find<FieldMessage>(u"senderError"_s);
    QVERIFY(senderError);
    QTRY_VERIFY(senderError->isVisible());
    QVERIFY2(!senderError->text().isEmpty(), "the sender's error names the problem");
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_activation->smtpSettings()->host, QString());

    type(u"sender"_s, u"Backup Desk <backup@msp.example>"_s);
    find<QSpinBox>(u"port"_s)->setValue(2525);
    clickOk();
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!senderError->isVisible());
    const SmtpSettings saved = *m_activation->smtpSettings();
    QCOMPARE(saved.host, u"smtp.msp.example"_s);
    QCOMPARE(saved.sender, u"Backup Desk <backup@msp.example>"_s);
    QCOMPARE(saved.port, 2525);
}

void TestEmailSettingsDialog::shouldKeepThePasswordInTheKeychainOnly()
{
    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    type(u"host"_s, u"smtp.msp.example"_s);
    type(u"user"_s, u"desk"_s);
    type(u"password"_s, u"Sup3r-secret-pw"_s);
    type(u"sender"_s, u"desk@msp.example"_s);
    clickOk();
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_secrets->secret(MailController::passwordKey()), u"Sup3r-secret-pw"_s);
    QCOMPARE(m_activation->smtpSettings()->user, u"desk"_s);
    const QByteArray stored = bc::test::storedBytes(m_location);
    QVERIFY2(stored.contains("smtp.msp.example"), "the database could not be read");
    QVERIFY2(!stored.contains("Sup3r-secret-pw"), "the password reached the database");
}

void TestEmailSettingsDialog::shouldShowTheStoredPassword()
{
    bool written = false;
    m_secrets->write(MailController::passwordKey(), u"kept"_s, this, [&written](const QString &) { written = true; });
    QTRY_VERIFY(written);
    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    QTRY_COMPARE(find<QLineEdit>(u"password"_s)->text(), u"kept"_s);
}

void TestEmailSettingsDialog::shouldShowAKeychainFailureNextToThePassword()
{
    m_secrets->setFailWrites(u"The keychain is locked."_s);
    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    type(u"host"_s, u"smtp.msp.example"_s);
    type(u"sender"_s, u"desk@msp.example"_s);
    type(u"password"_s, u"pw"_s);
    clickOk();
    auto *passwordError = find<FieldMessage>(u"passwordError"_s);
    QTRY_COMPARE(passwordError->error(), u"The keychain is locked."_s);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestEmailSettingsDialog::shouldShowTheTestResultWithoutBlocking()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const int port = closed.serverPort();
    closed.close();
    m_mail->start(60000);

    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    type(u"host"_s, u"127.0.0.1"_s);
    find<QSpinBox>(u"port"_s)->setValue(port);
    type(u"sender"_s, u"desk@msp.example"_s);
    auto *sendTest = find<QPushButton>(u"sendTest"_s);
    auto *result = find<QLabel>(u"testResult"_s);

    type(u"testRecipient"_s, u"not an address"_s);
    QTest::mouseClick(sendTest, Qt::LeftButton);
    QTRY_VERIFY(find<FieldMessage>(u"testRecipientError"_s)->hasError());

    type(u"testRecipient"_s, u"admin@msp.example"_s);
    QTest::mouseClick(sendTest, Qt::LeftButton);
    QVERIFY(!find<FieldMessage>(u"testRecipientError"_s)->hasError());
    QVERIFY(!sendTest->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Not delivered"_s), 20000);
    QVERIFY2(result->text().contains(u"reached"_s), qPrintable(result->text()));
    QVERIFY(sendTest->isEnabled());
}

void TestEmailSettingsDialog::shouldStartAtHostEvenWhenTheKeychainFails()
{
    // No keychain (as on a desk without Secret Service): its error shows under Password, and the
    // form still starts at its first field.
    m_secrets->setFailReads(u"No keychain is running."_s);
    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *passwordError = find<FieldMessage>(u"passwordError"_s);
    QVERIFY(passwordError);
    QTRY_VERIFY(passwordError->isVisible());
    QTRY_VERIFY2(QApplication::focusWidget(), "something has the focus");
    QCOMPARE(QApplication::focusWidget()->objectName(), u"host"_s);
}

void TestEmailSettingsDialog::shouldShowEveryPlaceholderWhole()
{
    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    const QList<QLineEdit *> edits = m_dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->placeholderText().isEmpty())
            continue;
        // The text area: the field less its frame and text margins.
        const int room = edit->width() - 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) - 4;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        QVERIFY2(room >= needed,
                 qPrintable(u"%1: %2 px for \"%3\", which needs %4"_s.arg(edit->objectName())
                                .arg(room)
                                .arg(edit->placeholderText())
                                .arg(needed)));
    }
}

void TestEmailSettingsDialog::shouldNeitherShowNorChangeTheMailServerForAnOrganizationsOperator()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    SmtpSettings server;
    server.host = u"smtp.msp.example"_s;
    server.user = u"relay-user"_s;
    server.sender = u"Backup Desk <backup@msp.example>"_s;
    QVERIFY(m_activation->setSmtpSettings(server));
    // Contoso's IT person manages Contoso's settings; the mail server is the whole database's.
    GroupService groups(*m_db);
    const qint64 contoso = groups.create(groups.createRoot(u"Acme MSP"_s)->id, u"Contoso"_s)->id;
    const QString password = u"violet-harbour-71-kiteS"_s;
    QVERIFY(
        bc::test::makeOperatorWith(*m_db, contoso, u"contoso-it"_s, Permissions(Permission::ManageSettings), password));
    QVERIFY(bc::test::signIn(*m_workspace, u"contoso-it"_s, password));

    m_dialog = std::make_unique<EmailSettingsDialog>(*m_mail, *m_workspace);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->isLoaded());
    auto *refusal = find<QLabel>(u"generalError"_s);
    QVERIFY(refusal);
    QVERIFY2(refusal->isVisible() && refusal->text().contains(u"the whole database"_s), qPrintable(refusal->text()));
    QCOMPARE(find<QLineEdit>(u"host"_s)->text(), QString());
    QCOMPARE(find<QLineEdit>(u"user"_s)->text(), QString());

    type(u"host"_s, u"smtp.elsewhere.example"_s);
    type(u"sender"_s, u"Contoso IT <it@contoso.example>"_s);
    clickOk();
    QTRY_VERIFY(!m_dialog->isSaving());
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(refusal->isVisible() && refusal->text().contains(u"the whole database"_s), qPrintable(refusal->text()));
    QCOMPARE(m_activation->smtpSettings()->host, u"smtp.msp.example"_s);
}

QTEST_MAIN(TestEmailSettingsDialog)
#include "tst_emailsettingsdialog.moc"
