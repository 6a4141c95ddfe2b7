#include "core/domain/storagesize.h"
#include "core/platform/translations.h"
#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QWizardPage>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

using namespace WizardTest;

// The add-account wizard with --lang de: German labels from the ui library, German validation
// messages from core, Qt's own German buttons, and German number formats.
class TestGermanWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldFormatNumbersAndSizesTheGermanWay();
    void shouldShowGermanLabelsAndButtons();
    void shouldShowCoreValidationErrorsInGerman();
    void shouldKeepMnemonicsUniqueOnEveryPage();
    void shouldRefuseALanguageWithoutTranslation();

private:
    std::unique_ptr<AddAccountWizard> openWizard();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_customerId = 0;
};

void TestGermanWizard::initTestCase()
{
    // The test runs in C.UTF-8; the override must win over it, as --lang does in the executables.
    auto installed = installTranslations(*qApp, u"de"_s);
    QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().message));
}

void TestGermanWizard::init()
{
    const QString location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    auto root = m_groups->createRoot(u"Acme MSP"_s);
    QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    QVERIFY2(customer, qPrintable(customer ? QString() : customer.error().message));
    m_customerId = customer->id;
    m_workspace = openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void TestGermanWizard::cleanup()
{
    closeWorkspace(m_workspace);
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<AddAccountWizard> TestGermanWizard::openWizard()
{
    auto wizard = std::make_unique<AddAccountWizard>(*m_workspace, m_customerId);
    wizard->show();
    if (!QTest::qWaitFor([&wizard] { return !wizard->isLoading(); }))
        QTest::qFail("the wizard did not read its group's details", __FILE__, __LINE__);
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        QTest::qFail("the wizard was not shown", __FILE__, __LINE__);
    return wizard;
}

void TestGermanWizard::shouldFormatNumbersAndSizesTheGermanWay()
{
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
    // 1280 bytes is no whole number of any unit; it shows with a decimal comma.
    const QString size = StorageSize::format(1280, QLocale());
    QCOMPARE(size, StorageSize::format(1280, QLocale::c()).replace(u'.', u','));
    QVERIFY2(size.contains(u','), qPrintable(size));
    // What the German format writes, the parser reads back.
    QCOMPARE(StorageSize::parse(size, QLocale(), u"storage"_s).value_or(-1), 1280);
}

void TestGermanWizard::shouldShowGermanLabelsAndButtons()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), u"Konto zu Contoso hinzufügen"_s);
    QCOMPARE(wizard->currentPage()->title(), u"Konto"_s);
    FIND(QLabel, login, *wizard, u"loginLabel"_s);
    QCOMPARE(login->text(), u"&Anmeldename:"_s);
    FIND(QLabel, email, *wizard, u"emailLabel"_s);
    QCOMPARE(email->text(), u"&E-Mail:"_s);
    FIND(QLabel, firstName, *wizard, u"firstNameLabel"_s);
    QCOMPARE(firstName->text(), u"&Vorname:"_s);
    FIND(QLabel, lastName, *wizard, u"lastNameLabel"_s);
    QCOMPARE(lastName->text(), u"&Nachname:"_s);
    // Qt's own strings come from Debian's qtbase_de.qm.
    QCOMPARE(wizard->buttonText(QWizard::NextButton), u"&Weiter >"_s);
    QCOMPARE(wizard->buttonText(QWizard::CancelButton), u"Abbrechen"_s);
}

void TestGermanWizard::shouldShowCoreValidationErrorsInGerman()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"carol.jones"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"carol-at-example.com"_s));
    FIND(FieldMessage, message, *wizard, u"emailError"_s);
    const QString german =
        u"„carol-at-example.com“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen."_s;
    QTRY_COMPARE(message->text(), german);
    QVERIFY2(message->isVisible(), "the error is not shown");
    // The wizard shows what core says, in the language core speaks.
    QCOMPARE(AccountRules::checkEmail(u"carol-at-example.com"_s).error().message, german);
    QVERIFY2(!wizard->button(QWizard::NextButton)->isEnabled(), "Next is enabled with an invalid email");
}

void TestGermanWizard::shouldKeepMnemonicsUniqueOnEveryPage()
{
    AddAccountWizard wizard(*m_workspace, m_customerId);
    CHECKED(waitLoaded(wizard));
    const auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return {};
    };
    QString buttonKeys;
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
        buttonKeys += mnemonic(wizard.buttonText(which));
    for (int id : wizard.pageIds()) {
        QString keys = buttonKeys;
        QStringList texts;
        for (QLabel *label : wizard.page(id)->findChildren<QLabel *>()) {
            if (!label->objectName().endsWith(u"Error"_s))
                texts.append(label->text());
        }
        for (QAbstractButton *button : wizard.page(id)->findChildren<QAbstractButton *>())
            texts.append(button->text());
        for (const QString &text : std::as_const(texts)) {
            if (const QChar key = mnemonic(text); !key.isNull()) {
                QVERIFY2(!keys.contains(key),
                         qPrintable(u"\"%1\" on page %2 reuses Alt+%3"_s.arg(text).arg(id).arg(key)));
                keys += key;
            }
        }
    }
}

void TestGermanWizard::shouldRefuseALanguageWithoutTranslation()
{
    auto installed = installTranslations(*qApp, u"xx"_s);
    QVERIFY2(!installed, "a language without translation was accepted");
    QVERIFY2(installed.error().message.contains(u"en, de, fr"_s), qPrintable(installed.error().message));
    QCOMPARE(QLocale().language(), QLocale::German); // nothing changed
}

QTEST_MAIN(TestGermanWizard)
#include "tst_germanwizard.moc"
