#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "core/storage/outboxstore.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

#include <memory>

using namespace bc;
using namespace WizardTest;

// The activation page: send the group's email, this account's own subject and
// body, or none; a rendered preview; the rule that the text must hold {link}.
class TestAddAccountWizardActivation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldPrefillTheGroupsEmailAndNameThePlaceholders();
    void shouldQueueTheChosenEmailWithTheAccount_data();
    void shouldQueueTheChosenEmailWithTheAccount();
    void shouldShowTheErrorNextToTheFieldAndBlockFinish_data();
    void shouldShowTheErrorNextToTheFieldAndBlockFinish();
    void shouldEscapeMarkupFromTheNameInThePreview();
    void shouldUpdateThePreviewWhileTyping();
    void shouldTabThroughThePageInReadingOrder();
    void shouldWarnWhileLinksPointToThisComputer_data();
    void shouldWarnWhileLinksPointToThisComputer();
    void shouldLookRight();

private:
    std::unique_ptr<AddAccountWizard> openWizard();
    void toActivationPage(AddAccountWizard &wizard, const QString &firstName = u"Carol"_s);
    std::optional<OutboxMessage> queuedFor(qint64 accountId);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ActivationService> m_activation;
    qint64 m_customerId = 0;
    EmailTemplate m_groupEmail;
};

void TestAddAccountWizardActivation::init()
{
    const QString location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_activation = std::make_unique<ActivationService>(*m_db);
    auto root = m_groups->createRoot(u"Acme MSP"_s);
    QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    QVERIFY2(customer, qPrintable(customer ? QString() : customer.error().message));
    m_customerId = customer->id;
    m_groupEmail.subject = u"Your Contoso backup, {name}"_s;
    m_groupEmail.bodyText = u"Dear {name},\n\nplease activate {login} here: {link}\n\nIt expires on {expiry}."_s;
    m_groupEmail.bodyHtml = EmailTemplates::htmlFromText(m_groupEmail.bodyText);
    auto set = m_activation->setGroupTemplate(m_customerId, m_groupEmail);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    m_workspace = openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void TestAddAccountWizardActivation::cleanup()
{
    closeWorkspace(m_workspace);
    m_activation.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<AddAccountWizard> TestAddAccountWizardActivation::openWizard()
{
    auto wizard = std::make_unique<AddAccountWizard>(*m_workspace, m_customerId);
    wizard->show();
    if (!QTest::qWaitFor([&wizard] { return !wizard->isLoading(); }))
        QTest::qFail("the wizard did not read its group's details", __FILE__, __LINE__);
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        QTest::qFail("the wizard was not shown", __FILE__, __LINE__);
    return wizard;
}

void TestAddAccountWizardActivation::toActivationPage(AddAccountWizard &wizard, const QString &firstName)
{
    CHECKED(typeInto(wizard, u"login"_s, u"carol.jones"_s));
    CHECKED(typeInto(wizard, u"email"_s, u"carol@example.com"_s));
    CHECKED(typeInto(wizard, u"firstName"_s, firstName));
    CHECKED(typeInto(wizard, u"lastName"_s, u"Jones"_s));
    CHECKED(next(wizard, AddAccountWizard::ActivationPageId));
}

std::optional<OutboxMessage> TestAddAccountWizardActivation::queuedFor(qint64 accountId)
{
    auto latest = OutboxStore(*m_db).latestFor(accountId, u"activation"_s);
    if (!latest)
        QTest::qFail(qPrintable(latest.error().message), __FILE__, __LINE__);
    return latest ? *latest : std::nullopt;
}

void TestAddAccountWizardActivation::shouldPrefillTheGroupsEmailAndNameThePlaceholders()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(toActivationPage(*wizard));
    FIND(QCheckBox, send, *wizard, u"sendActivationEmail"_s);
    FIND(QLineEdit, subject, *wizard, u"activationSubject"_s);
    FIND(QPlainTextEdit, body, *wizard, u"activationBody"_s);
    FIND(QPushButton, useGroupEmail, *wizard, u"useGroupEmail"_s);
    FIND(QLabel, placeholders, *wizard, u"activationPlaceholders"_s);
    QVERIFY2(send->isChecked(), "sending is not the default");
    QCOMPARE(subject->text(), m_groupEmail.subject);
    QCOMPARE(body->toPlainText(), m_groupEmail.bodyText);
    QVERIFY2(!useGroupEmail->isEnabled(), "the group's email can be restored while it is shown");
    for (const QString &placeholder : EmailTemplates::placeholders())
        QVERIFY2(placeholders->text().contains(placeholder), qPrintable(placeholders->text()));
}

void TestAddAccountWizardActivation::shouldQueueTheChosenEmailWithTheAccount_data()
{
    QTest::addColumn<bool>("send");
    QTest::addColumn<QString>("subject"); // typed unless empty
    QTest::addColumn<QString>("body"); // typed unless empty
    QTest::addColumn<bool>("useGroupEmail");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("own"); // whether the typed text is queued, else the group's

    const QString subject = u"Welcome aboard, {name}"_s;
    const QString body = u"Hi {name},\n\nyour link: {link}"_s;
    QTest::newRow("the group's email") << true << QString() << QString() << false << u"Will be sent (group's text)"_s
                                       << false;
    QTest::newRow("own subject and body") << true << subject << body << false << u"Will be sent (own text)"_s << true;
    QTest::newRow("own subject only") << true << subject << QString() << false << u"Will be sent (own text)"_s << true;
    QTest::newRow("own text reset to the group's")
        << true << subject << body << true << u"Will be sent (group's text)"_s << false;
    QTest::newRow("not sent") << false << QString() << QString() << false << u"Resend activation email"_s << false;
    QTest::newRow("own text, then not sent")
        << false << subject << body << false << u"Resend activation email"_s << false;
}

void TestAddAccountWizardActivation::shouldQueueTheChosenEmailWithTheAccount()
{
    QFETCH(bool, send);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(bool, useGroupEmail);
    QFETCH(QString, summary);
    QFETCH(bool, own);

    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(toActivationPage(*wizard));
    if (!subject.isEmpty()) {
        CHECKED(typeInto(*wizard, u"activationSubject"_s, subject));
    }
    if (!body.isEmpty()) {
        CHECKED(typeInto(*wizard, u"activationBody"_s, body));
    }
    if (useGroupEmail) {
        CHECKED(click(*wizard, u"useGroupEmail"_s));
    }
    if (!send) {
        CHECKED(click(*wizard, u"sendActivationEmail"_s));
        FIND(FieldMessage, hint, *wizard, u"sendActivationEmailError"_s);
        QVERIFY2(hint->isVisible() && hint->text().contains(u"stays inactive"_s), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(u"Resend activation email"_s), qPrintable(hint->text()));
        FIND(QLineEdit, subjectEdit, *wizard, u"activationSubject"_s);
        QVERIFY2(!subjectEdit->isVisible(), "the email is shown although none is sent");
    }
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    FIND(QTextBrowser, summaryView, *wizard, u"summary"_s);
    const QString shown = summaryView->toPlainText();
    QVERIFY2(shown.contains(u"Activation email"_s) && shown.contains(summary), qPrintable(shown));
    CHECKED(finish(*wizard));

    const std::optional<OutboxMessage> queued = queuedFor(wizard->createdAccount()->id);
    if (QTest::currentTestFailed())
        return;
    if (!send) {
        QVERIFY2(!queued, "an activation email was queued although sending was switched off");
        return;
    }
    QVERIFY2(queued, "no activation email was queued with the account");
    QCOMPARE(queued->recipient, u"carol@example.com"_s);
    if (!own) {
        QCOMPARE(queued->email.subject, m_groupEmail.subject);
        QCOMPARE(queued->email.bodyText, m_groupEmail.bodyText);
        return;
    }
    QCOMPARE(queued->email.subject, subject);
    QCOMPARE(queued->email.bodyText, body.isEmpty() ? m_groupEmail.bodyText : body);
    QVERIFY2(queued->email.bodyHtml.contains(u"{link}"_s), qPrintable(queued->email.bodyHtml));
}

void TestAddAccountWizardActivation::shouldShowTheErrorNextToTheFieldAndBlockFinish_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("validText");

    const auto errorOf = [](const QString &subject, const QString &body) {
        return ActivationService::checkTemplate({subject, body, QString()}).error().message;
    };
    QTest::newRow("body without {link}") << u"activationBody"_s << u"Hello {name}, welcome."_s
                                         << errorOf(u"Hi"_s, u"Hello {name}, welcome."_s) << u"Hello, {link}"_s;
    QTest::newRow("empty body") << u"activationBody"_s << QString() << errorOf(u"Hi"_s, QString()) << u"Here: {link}"_s;
    QTest::newRow("empty subject") << u"activationSubject"_s << u"   "_s << errorOf(u"   "_s, u"{link}"_s)
                                   << u"Welcome"_s;
}

void TestAddAccountWizardActivation::shouldShowTheErrorNextToTheFieldAndBlockFinish()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QString, validText);

    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(toActivationPage(*wizard));
    QAbstractButton *nextButton = wizard->button(QWizard::NextButton);
    QAbstractButton *finishButton = wizard->button(QWizard::FinishButton);
    QVERIFY2(nextButton->isEnabled(), "Next is disabled with the group's email");

    CHECKED(typeInto(*wizard, field, text));
    FIND(QWidget, edit, *wizard, field);
    FIND(FieldMessage, message, *wizard, field + u"Error"_s);
    QTRY_COMPARE(message->text(), error);
    if (field == u"activationBody"_s && !text.isEmpty())
        QVERIFY2(error.contains(u"{link}"_s) && error.contains(u"cannot activate"_s), qPrintable(error));
    QVERIFY2(message->isVisible(), "the error is not shown");
    QTRY_VERIFY2(isRightBelow(message, edit), "the error is not right below its field");
    QVERIFY2(edit->property(FieldMessage::invalidProperty).toBool(), "the field is not marked invalid");
    QVERIFY2(!nextButton->isEnabled(), "Next is enabled with an invalid email");
    QVERIFY2(!finishButton->isVisible() || !finishButton->isEnabled(), "Finish can be pressed");
    QTest::mouseClick(nextButton, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddAccountWizard::ActivationPageId));

    CHECKED(typeInto(*wizard, field, validText));
    QTRY_VERIFY2(nextButton->isEnabled(), qPrintable(u"Next stays disabled after \"%1\""_s.arg(validText)));
    QVERIFY2(!message->isVisible(), qPrintable(message->text()));
    QVERIFY(!edit->property(FieldMessage::invalidProperty).toBool());
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    const std::optional<OutboxMessage> queued = queuedFor(wizard->createdAccount()->id);
    QVERIFY2(queued, "no activation email was queued");
    QVERIFY2(queued->email.subject == validText || queued->email.bodyText == validText,
             qPrintable(queued->email.subject));
}

void TestAddAccountWizardActivation::shouldEscapeMarkupFromTheNameInThePreview()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(toActivationPage(*wizard, u"<b>x</b>"_s));
    FIND(QTextBrowser, preview, *wizard, u"activationPreview"_s);
    // Shown as typed, not as bold markup: in the body (from the HTML) as in the subject.
    QTRY_VERIFY2(preview->toPlainText().contains(u"Dear <b>x</b> Jones"_s), qPrintable(preview->toPlainText()));
    QVERIFY2(preview->toPlainText().contains(u"Your Contoso backup, <b>x</b> Jones"_s),
             qPrintable(preview->toPlainText()));
    QVERIFY2(preview->toPlainText().contains(u"carol.jones"_s), qPrintable(preview->toPlainText()));
}

void TestAddAccountWizardActivation::shouldUpdateThePreviewWhileTyping()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(toActivationPage(*wizard));
    FIND(QTextBrowser, preview, *wizard, u"activationPreview"_s);
    FIND(QPushButton, useGroupEmail, *wizard, u"useGroupEmail"_s);
    QTRY_VERIFY2(preview->toPlainText().contains(u"Dear Carol Jones"_s), qPrintable(preview->toPlainText()));

    CHECKED(typeInto(*wizard, u"activationSubject"_s, u"Backup for {login}"_s));
    CHECKED(typeInto(*wizard, u"activationBody"_s, u"Hi {name} & welcome.\n\nStart here: {link}"_s));
    QTRY_VERIFY2(preview->toPlainText().contains(u"Subject: Backup for carol.jones"_s),
                 qPrintable(preview->toPlainText()));
    QTRY_VERIFY2(preview->toPlainText().contains(u"Hi Carol Jones & welcome."_s), qPrintable(preview->toPlainText()));
    QVERIFY2(useGroupEmail->isEnabled(), "an own email cannot be reset to the group's");

    CHECKED(click(*wizard, u"useGroupEmail"_s));
    FIND(QLineEdit, subject, *wizard, u"activationSubject"_s);
    QCOMPARE(subject->text(), m_groupEmail.subject);
    QTRY_VERIFY2(preview->toPlainText().contains(u"Dear Carol Jones"_s), qPrintable(preview->toPlainText()));
    QVERIFY2(!useGroupEmail->isEnabled(), "the group's email can be restored while it is shown");
}

void TestAddAccountWizardActivation::shouldTabThroughThePageInReadingOrder()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    CHECKED(toActivationPage(*wizard));
    // An own subject, so that "Use the group's email" can take the focus.
    CHECKED(typeInto(*wizard, u"activationSubject"_s, u"Welcome"_s));
    FIND(QCheckBox, send, *wizard, u"sendActivationEmail"_s);
    send->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), send);
    for (const QString &expected :
         {u"activationSubject"_s, u"activationBody"_s, u"useGroupEmail"_s, u"activationPreview"_s}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(
            QApplication::focusWidget()->objectName() == expected,
            qPrintable(u"Tab went to \"%1\", not \"%2\""_s.arg(QApplication::focusWidget()->objectName(), expected)));
    }
    QTest::keyClick(wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"activationSubject"_s);
    QTest::keyClick(wizard.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"activationBody"_s);
    QTest::keyClick(wizard.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY2(!send->isChecked(), "Alt+A did not untick sending");
}

void TestAddAccountWizardActivation::shouldWarnWhileLinksPointToThisComputer_data()
{
    QTest::addColumn<QString>("baseUrl"); // empty: as the database starts
    QTest::addColumn<bool>("warned");
    QTest::newRow("not set up") << QString() << true;
    QTest::newRow("loopback") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("a public address") << u"https://activate.msp.example"_s << false;
}

void TestAddAccountWizardActivation::shouldWarnWhileLinksPointToThisComputer()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, warned);
    if (!baseUrl.isEmpty()) {
        SmtpSettings settings;
        settings.activationBaseUrl = baseUrl;
        QVERIFY(m_activation->setSmtpSettings(settings));
    }
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(toActivationPage(*wizard));
    FIND(QLabel, warning, *wizard, u"activationLinkWarning"_s);
    FIND(QTextBrowser, preview, *wizard, u"activationPreview"_s);
    QCOMPARE(warning->isVisible(), warned);
    if (warned) {
        const QString shown = baseUrl.isEmpty() ? u"http://localhost:8080"_s : baseUrl;
        QVERIFY2(warning->text().contains(shown), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(u"Email settings"_s), qPrintable(warning->text()));
        QVERIFY2(warning->geometry().top() >= preview->geometry().bottom(), "the warning sits under the preview");
    }
}

void TestAddAccountWizardActivation::shouldLookRight()
{
    const QString dir = qEnvironmentVariable("BC_WIZARD_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set BC_WIZARD_SCREENSHOTS to a directory to take screenshots");
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(toActivationPage(*wizard));
    CHECKED(typeInto(*wizard, u"activationSubject"_s, u"Welcome to Contoso backup, {name}"_s));
    FIND(QTextBrowser, preview, *wizard, u"activationPreview"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Welcome to Contoso backup, Carol Jones"_s));
    QVERIFY(wizard->grab().save(dir + u"/wizard5-activation.png"_s));
    CHECKED(typeInto(*wizard, u"activationBody"_s, u"Hello {name},\n\nwelcome aboard."_s));
    FIND(FieldMessage, bodyError, *wizard, u"activationBodyError"_s);
    QTRY_VERIFY(bodyError->isVisible());
    QVERIFY(wizard->grab().save(dir + u"/wizard5-activation-error.png"_s));
    CHECKED(click(*wizard, u"sendActivationEmail"_s));
    QVERIFY(wizard->grab().save(dir + u"/wizard5-activation-off.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    QVERIFY(wizard->grab().save(dir + u"/wizard5-summary.png"_s));
}

QTEST_MAIN(TestAddAccountWizardActivation)
#include "tst_addaccountwizardactivation.moc"
