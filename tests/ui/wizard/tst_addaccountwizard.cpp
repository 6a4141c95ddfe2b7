#include "core/domain/storagesize.h"
#include "core/rules/accountrules.h"
#include "core/rules/passwordpolicy.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

using namespace WizardTest;

namespace {

// What the helpers type on each page; the tests compare the saved account against it.
struct Typed
{
    QString login = u"carol.jones"_s;
    QString email = u"carol@example.com"_s;
    QString firstName = u"Carol"_s;
    QString lastName = u"Jones"_s;
    QString mobile = u"+49 151 23456789"_s;
    QString phone = u"+44 20 7946 0958"_s;
    QString address = u"1 High Street\nLondon"_s;
};

constexpr qint64 tebibyte = 1024LL * 1024 * 1024 * 1024;

} // namespace

class TestAddAccountWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldTitleTheWindowWithTheGroupName();
    void shouldSaveExactlyWhatWasTyped();
    void shouldOfferAFreeLoginWhenTheTypedOneIsTaken();
    void shouldShowTheErrorNextToTheFieldAndBlockNext_data();
    void shouldShowTheErrorNextToTheFieldAndBlockNext();
    void shouldKeepEverythingWhenTheLoginIsTakenMeanwhile();
    void shouldKeepEverythingWhenTheDatabaseRefusesTheSave();
    void shouldPrefillAndEnforceTheGroupLimit();
    void shouldSayCreatingAndBeSafeToCloseMeanwhile();
    void shouldTabThroughTheFirstPageInReadingOrder();
    void shouldGiveEveryLabelABuddyAndUniqueMnemonics();
    void shouldCreateAnAccountWithTheKeyboardOnly();
    void shouldAskAdministratorsForPhoneAndAddressAndSayWhy();
    void shouldFollowTheNamesInTheDisplayNameUntilTyped();
    void shouldShowAndHideThePassword();

private:
    std::unique_ptr<AddAccountWizard> openWizard(qint64 groupId);
    void fillIdentity(AddAccountWizard &wizard, const Typed &typed);
    void fillQuotas(AddAccountWizard &wizard);
    void fillOptions(AddAccountWizard &wizard);
    void verifyStillTyped(AddAccountWizard &wizard, const Typed &typed);
    // Makes the workspace's connection refuse writes, as on a read-only medium.
    bool setReadOnly(bool readOnly);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_rootId = 0;
    qint64 m_customerId = 0;
};

void TestAddAccountWizard::init()
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
    m_rootId = root->id;
    auto customer = m_groups->create(m_rootId, u"Contoso"_s);
    QVERIFY2(customer, qPrintable(customer ? QString() : customer.error().message));
    m_customerId = customer->id;
    m_workspace = openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void TestAddAccountWizard::cleanup()
{
    closeWorkspace(m_workspace);
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<AddAccountWizard> TestAddAccountWizard::openWizard(qint64 groupId)
{
    auto wizard = std::make_unique<AddAccountWizard>(*m_workspace, groupId);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        QTest::qFail("the wizard was not shown", __FILE__, __LINE__);
    if (!QTest::qWaitFor([&wizard] { return !wizard->isLoading(); }))
        QTest::qFail("the wizard did not read its group's details", __FILE__, __LINE__);
    return wizard;
}

bool TestAddAccountWizard::setReadOnly(bool readOnly)
{
    // Each backend says it in its own words; the wizard sees a refused write on each.
    QString statement;
    if (bc::test::backendName() == "postgresql"_L1)
        statement =
            readOnly ? u"SET default_transaction_read_only = on"_s : u"SET default_transaction_read_only = off"_s;
    else if (bc::test::backendName() == "mariadb"_L1)
        statement = readOnly ? u"SET SESSION TRANSACTION READ ONLY"_s : u"SET SESSION TRANSACTION READ WRITE"_s;
    else
        statement = readOnly ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s;
    QFuture<Result<bool>> done = m_workspace->run(
        [statement](WorkspaceServices &services) -> Result<bool> { return bool(services.database.run(statement)); });
    return QTest::qWaitFor([&done] { return done.isFinished(); }) && done.result().value_or(false);
}

void TestAddAccountWizard::fillIdentity(AddAccountWizard &wizard, const Typed &typed)
{
    CHECKED(typeInto(wizard, u"login"_s, typed.login));
    CHECKED(typeInto(wizard, u"email"_s, typed.email));
    CHECKED(typeInto(wizard, u"firstName"_s, typed.firstName));
    CHECKED(typeInto(wizard, u"lastName"_s, typed.lastName));
    CHECKED(typeInto(wizard, u"mobile"_s, typed.mobile));
    // Administrators must give a phone number and a postal address.
    CHECKED(click(wizard, u"administrator"_s));
    CHECKED(typeInto(wizard, u"phone"_s, typed.phone));
    CHECKED(typeInto(wizard, u"address"_s, typed.address));
    CHECKED(click(wizard, u"agentAutoUpdate"_s));
}

// Workstations 10 (+2), servers unlimited, virtual machines 3, storage 1.5 TiB (+100 GB).
void TestAddAccountWizard::fillQuotas(AddAccountWizard &wizard)
{
    CHECKED(click(wizard, u"workstationsUnlimited"_s));
    CHECKED(typeInto(wizard, u"workstationsLimit"_s, u"10"_s));
    CHECKED(typeInto(wizard, u"workstationsOverage"_s, u"2"_s));
    CHECKED(click(wizard, u"virtualMachinesUnlimited"_s));
    CHECKED(typeInto(wizard, u"virtualMachinesLimit"_s, u"3"_s));
    CHECKED(click(wizard, u"storageUnlimited"_s));
    CHECKED(typeInto(wizard, u"storageLimit"_s, u"1.5 TiB"_s));
    CHECKED(typeInto(wizard, u"storageOverage"_s, u"100 GB"_s));
}

// Cloud only, notification level All (End key in the list), no business notifications.
void TestAddAccountWizard::fillOptions(AddAccountWizard &wizard)
{
    CHECKED(click(wizard, u"cloudOnly"_s));
    FIND(QComboBox, level, wizard, u"notificationLevel"_s);
    QTest::keyClick(level, Qt::Key_End);
    QCOMPARE(level->currentText(), AccountText::label(NotificationLevel::All));
    FIND(QLabel, description, wizard, u"notificationLevelDescription"_s);
    QCOMPARE(description->text(), AccountText::description(NotificationLevel::All));
    CHECKED(click(wizard, u"businessNotifications"_s));
}

void TestAddAccountWizard::verifyStillTyped(AddAccountWizard &wizard, const Typed &typed)
{
    const QList<std::pair<QString, QString>> texts {
        {u"login"_s, typed.login},           {u"email"_s, typed.email},         {u"firstName"_s, typed.firstName},
        {u"lastName"_s, typed.lastName},     {u"workstationsLimit"_s, u"10"_s}, {u"workstationsOverage"_s, u"2"_s},
        {u"virtualMachinesLimit"_s, u"3"_s}, {u"storageLimit"_s, u"1.5 TiB"_s}, {u"storageOverage"_s, u"100 GB"_s},
        {u"mobile"_s, typed.mobile},         {u"phone"_s, typed.phone},
    };
    for (const auto &[name, text] : texts) {
        FIND(QLineEdit, edit, wizard, name);
        QVERIFY2(edit->text() == text, qPrintable(u"%1 holds \"%2\", not \"%3\""_s.arg(name, edit->text(), text)));
    }
    const QList<std::pair<QString, bool>> switches {
        {u"administrator"_s, true},  {u"agentAutoUpdate"_s, false},       {u"serversUnlimited"_s, true},
        {u"cloudOnly"_s, true},      {u"businessNotifications"_s, false}, {u"workstationsUnlimited"_s, false},
        {u"localAndCloud"_s, false},
    };
    for (const auto &[name, checked] : switches) {
        FIND(QAbstractButton, button, wizard, name);
        QVERIFY2(button->isChecked() == checked, qPrintable(u"%1 is no longer %2"_s.arg(name).arg(checked)));
    }
    FIND(QComboBox, level, wizard, u"notificationLevel"_s);
    QCOMPARE(level->currentText(), AccountText::label(NotificationLevel::All));
    FIND(QPlainTextEdit, address, wizard, u"address"_s);
    QCOMPARE(address->toPlainText(), typed.address);
}

void TestAddAccountWizard::shouldTitleTheWindowWithTheGroupName()
{
    AddAccountWizard wizard(*m_workspace, m_customerId);
    CHECKED(waitLoaded(wizard));
    QCOMPARE(wizard.windowTitle(), u"Add account to Contoso"_s);
}

void TestAddAccountWizard::shouldSaveExactlyWhatWasTyped()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    QSignalSpy created(wizard.get(), &AddAccountWizard::accountCreated);
    const Typed typed;
    const QString password = u"correct horse battery staple"_s;
    CHECKED(fillIdentity(*wizard, typed));
    CHECKED(typeInto(*wizard, u"password"_s, password));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(fillQuotas(*wizard));
    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    CHECKED(fillOptions(*wizard));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));

    FIND(QTextBrowser, summary, *wizard, u"summary"_s);
    const QString shown = summary->toPlainText();
    QVERIFY2(!shown.contains(password), "the summary shows the password");
    for (const QString &expected :
         {u"Acme MSP/Contoso"_s, typed.login, typed.email, typed.firstName, typed.lastName, u"Carol Jones"_s,
          u"+4915123456789"_s, typed.phone, u"1 High Street, London"_s, u"Password\nSet"_s,
          u"None; the account starts unlicensed"_s, Quotas::formatLimit(Resource::Storage, tebibyte * 3 / 2),
          Quotas::formatAmount(Resource::Storage, 100'000'000'000), AccountText::label(BackupLocations::CloudOnly),
          AccountText::description(NotificationLevel::All)})
        QVERIFY2(shown.contains(expected), qPrintable(u"the summary lacks \"%1\":\n%2"_s.arg(expected, shown)));

    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QVERIFY2(finish->isVisible() && finish->isEnabled(), "Finish cannot be pressed on the summary");
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY2(!wizard->isVisible(), "the wizard stayed open after a valid Finish");
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    QCOMPARE(created.count(), 1);

    auto saved = m_accounts->findByLogin(typed.login);
    QVERIFY2(saved && *saved, "the account was not saved");
    const Account &account = **saved;
    QCOMPARE(account.groupId, m_customerId);
    QCOMPARE(account.status, AccountStatus::Inactive);
    QCOMPARE(account.login, typed.login);
    QCOMPARE(account.email, typed.email);
    QCOMPARE(account.firstName, typed.firstName);
    QCOMPARE(account.lastName, typed.lastName);
    QCOMPARE(account.administrator, true);
    QCOMPARE(account.agentAutoUpdate, false);
    QCOMPARE(account.backupLocations, BackupLocations::CloudOnly);
    QCOMPARE(account.notificationLevel, NotificationLevel::All);
    QCOMPARE(account.businessNotifications, false);
    QCOMPARE(account.displayName, u"Carol Jones"_s);
    QCOMPARE(account.notificationEmail, QString());
    QCOMPARE(account.mobile, u"+4915123456789"_s);
    QCOMPARE(account.phone, typed.phone);
    QCOMPARE(account.address, typed.address);
    QVERIFY2(account.hasPassword, "the password was not saved");
    QCOMPARE(account.profileId, 0);
    QVERIFY(account.overrides.isEmpty());
    QVERIFY2(!account.isLicensed(), "an account without subscriptions is licensed");
    Quotas expected;
    expected[Resource::Workstations] = {10, 2};
    expected[Resource::VirtualMachines] = {3, 0};
    expected[Resource::Storage] = {tebibyte * 3 / 2, 100'000'000'000};
    for (Resource resource : allResources) {
        QVERIFY2(account.quotas[resource] == expected[resource],
                 qPrintable(u"%1 saved as %2 + %3"_s.arg(
                     Quotas::displayName(resource), Quotas::formatLimit(resource, account.quotas[resource].limit),
                     Quotas::formatAmount(resource, account.quotas[resource].overage))));
    }
    QVERIFY(wizard->createdAccount());
    QCOMPARE(wizard->createdAccount()->id, account.id);
    QCOMPARE(created.first().first().value<Account>().id, account.id);
}

void TestAddAccountWizard::shouldOfferAFreeLoginWhenTheTypedOneIsTaken()
{
    AccountDraft alice;
    alice.login = u"alice"_s;
    alice.email = u"alice@example.com"_s;
    QVERIFY(m_accounts->create(m_customerId, alice));

    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"email"_s, u"alice.new@example.com"_s));
    CHECKED(typeInto(*wizard, u"login"_s, u"Alice"_s));

    FIND(QLineEdit, login, *wizard, u"login"_s);
    FIND(FieldMessage, loginError, *wizard, u"loginError"_s);
    QTRY_VERIFY2(loginError->isVisible() && loginError->text().contains(u"already taken"_s),
                 qPrintable(u"the login message reads \"%1\""_s.arg(loginError->text())));
    // The suggestion keeps the case that was typed; any case of "alice2" is the same free login.
    FIND(QPushButton, suggestion, *wizard, u"useSuggestedLogin"_s);
    const auto suggested = m_accounts->checkLogin(u"Alice"_s);
    QVERIFY2(suggested && !suggested->available, "core does not see \"Alice\" as taken");
    QCOMPARE(AccountRules::loginKey(suggested->suggestion), u"alice2"_s);
    QVERIFY2(loginError->text().contains(suggested->suggestion), qPrintable(loginError->text()));
    QVERIFY2(login->property(FieldMessage::invalidProperty).toBool(), "the login field is not marked invalid");
    const QRect field = login->geometry();
    const QRect message = loginError->geometry();
    QVERIFY2(message.top() >= field.bottom() && message.top() - field.bottom() < field.height()
                 && message.left() == field.left(),
             "the message is not right below the login field");
    QVERIFY2(!wizard->button(QWizard::NextButton)->isEnabled(), "Next is enabled with a taken login");

    QVERIFY2(suggestion->isVisible() && suggestion->text().contains(suggested->suggestion),
             qPrintable(suggestion->text()));
    QTest::mouseClick(suggestion, Qt::LeftButton);
    QCOMPARE(login->text(), suggested->suggestion);
    QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), "Next stays disabled with the free login");
    QVERIFY2(!loginError->isVisible(), qPrintable(loginError->text()));
    QVERIFY(!login->property(FieldMessage::invalidProperty).toBool());
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
}

void TestAddAccountWizard::shouldShowTheErrorNextToTheFieldAndBlockNext_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("validText");
    QTest::addColumn<QString>("tick"); // a switch that reveals the field

    const auto identity = int(AddAccountWizard::IdentityPageId);
    const auto quotas = int(AddAccountWizard::QuotasPageId);
    QTest::newRow("email without a domain")
        << identity << u"email"_s << u"bob@example"_s << AccountRules::checkEmail(u"bob@example"_s).error().message
        << u"bob@example.com"_s << QString();
    QTest::newRow("login with a space") << identity << u"login"_s << u"bob smith"_s
                                        << AccountRules::checkLogin(u"bob smith"_s).error().message << u"bob"_s
                                        << QString();
    QTest::newRow("storage in an unknown unit")
        << quotas << u"storageLimit"_s << u"12 XB"_s
        << Quotas::parseLimit(Resource::Storage, u"12 XB"_s).error().message << u"12 GB"_s << QString();
    QTest::newRow("negative workstations")
        << quotas << u"workstationsLimit"_s << u"-3"_s
        << Quotas::parseLimit(Resource::Workstations, u"-3"_s).error().message << u"3"_s << QString();
    QTest::newRow("workstations in words")
        << quotas << u"workstationsLimit"_s << u"ten"_s
        << Quotas::parseLimit(Resource::Workstations, u"ten"_s).error().message << u"10"_s << QString();
    QTest::newRow("negative server overage")
        << quotas << u"serversOverage"_s << u"-1"_s << Quotas::parseOverage(Resource::Servers, u"-1"_s).error().message
        << u"1"_s << QString();
    QTest::newRow("storage overage without a number")
        << quotas << u"storageOverage"_s << u"GB"_s << Quotas::parseOverage(Resource::Storage, u"GB"_s).error().message
        << u"5 GB"_s << QString();
    QTest::newRow("mobile without country code")
        << identity << u"mobile"_s << u"12345"_s << AccountRules::checkMobile(u"12345"_s).error().message
        << u"+44 7700 900123"_s << QString();
    QTest::newRow("notification email without a domain")
        << identity << u"notificationEmail"_s << u"reports@"_s
        << AccountRules::checkEmail(u"reports@"_s, Field::notificationEmail).error().message << u"reports@example.com"_s
        << u"useNotificationEmail"_s;
    QTest::newRow("ticked notification email left empty")
        << identity << u"notificationEmail"_s << u""_s
        << AccountRules::checkEmail(QString(), Field::notificationEmail).error().message << u"reports@example.com"_s
        << u"useNotificationEmail"_s;
    QTest::newRow("administrator phone too short")
        << identity << u"phone"_s << u"12"_s << AccountRules::checkPhone(u"12"_s).error().message
        << u"+1 212 555 0100"_s << QString();
    QTest::newRow("administrator without phone")
        << identity << u"phone"_s << u""_s << u"An administrator needs a telephone number."_s << u"555 0100"_s
        << QString();
    QTest::newRow("administrator without address")
        << identity << u"address"_s << u""_s << u"An administrator needs a postal address."_s << u"1 Main St"_s
        << QString();
    QTest::newRow("short password")
        << identity << u"password"_s << u"short"_s
        << PasswordPolicy::check(u"short"_s, u"carol.jones"_s, Field::password).error().message
        << u"correct horse battery staple"_s << QString();
    QTest::newRow("common password")
        << identity << u"password"_s << u"123456789012"_s
        << PasswordPolicy::check(u"123456789012"_s, u"carol.jones"_s, Field::password).error().message
        << u"a much less common passphrase"_s << QString();
}

void TestAddAccountWizard::shouldShowTheErrorNextToTheFieldAndBlockNext()
{
    QFETCH(int, page);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QString, validText);
    QFETCH(QString, tick);

    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, Typed()));
    if (!tick.isEmpty()) {
        CHECKED(click(*wizard, tick));
        CHECKED(typeInto(*wizard, field, validText));
    }
    if (page == AddAccountWizard::QuotasPageId) {
        CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
        if (field.endsWith(u"Limit"_s)) {
            CHECKED(click(*wizard, field.chopped(5) + u"Unlimited"_s));
        } else if (field.endsWith(u"Overage"_s)) {
            // An overage waits for a limit.
            const QString stem = field.chopped(7);
            CHECKED(click(*wizard, stem + u"Unlimited"_s));
            CHECKED(typeInto(*wizard, stem + u"Limit"_s, stem == u"storage"_s ? u"1 TB"_s : u"5"_s));
        }
    }
    QAbstractButton *nextButton = wizard->button(QWizard::NextButton);
    QVERIFY2(nextButton->isEnabled(), "Next is disabled before the invalid value");

    CHECKED(typeInto(*wizard, field, text));
    FIND(QWidget, edit, *wizard, field);
    FIND(FieldMessage, message, *wizard, field + u"Error"_s);
    QTRY_COMPARE(message->text(), error);
    QVERIFY2(message->isVisible(), "the error is not shown");
    QTRY_VERIFY2(isRightBelow(message, edit), "the error is not right below its field");
    QVERIFY2(edit->property(FieldMessage::invalidProperty).toBool(), "the field is not marked invalid");
    QVERIFY2(!nextButton->isEnabled(), "Next is enabled with an invalid value");
    QTest::mouseClick(nextButton, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), page);

    CHECKED(typeInto(*wizard, field, validText));
    QTRY_VERIFY2(nextButton->isEnabled(), qPrintable(u"Next stays disabled after \"%1\""_s.arg(validText)));
    QVERIFY2(!message->hasError() && (!message->isVisible() || message->text() != error), qPrintable(message->text()));
    QVERIFY(!edit->property(FieldMessage::invalidProperty).toBool());
}

void TestAddAccountWizard::shouldKeepEverythingWhenTheLoginIsTakenMeanwhile()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    QSignalSpy created(wizard.get(), &AddAccountWizard::accountCreated);
    const Typed typed;
    CHECKED(fillIdentity(*wizard, typed));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(fillQuotas(*wizard));
    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    CHECKED(fillOptions(*wizard));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));

    // Another desk takes the login through its own connection while this one reads the summary.
    auto otherDb = bc::test::openFixture(m_db->location());
    QVERIFY2(otherDb, qPrintable(otherDb ? QString() : otherDb.error().message));
    AccountService otherDesk(**otherDb);
    AccountDraft theirs;
    theirs.login = typed.login.toUpper();
    theirs.email = u"someone.else@example.com"_s;
    QVERIFY(otherDesk.create(m_customerId, theirs));

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::IdentityPageId));
    QVERIFY2(wizard->isVisible(), "the wizard closed after a failed save");
    QCOMPARE(created.count(), 0);
    QVERIFY(!wizard->createdAccount());
    FIND(FieldMessage, loginError, *wizard, u"loginError"_s);
    QTRY_VERIFY2(loginError->isVisible() && loginError->text().contains(u"already taken"_s),
                 qPrintable(loginError->text()));
    QVERIFY2(!wizard->button(QWizard::NextButton)->isEnabled(), "Next is enabled with a taken login");
    CHECKED(verifyStillTyped(*wizard, typed));

    // The suggested login saves everything else as typed.
    CHECKED(click(*wizard, u"useSuggestedLogin"_s));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!wizard->isVisible(), "the wizard stayed open with a free login");
    QCOMPARE(created.count(), 1);
    QCOMPARE(wizard->createdAccount()->login, typed.login + u'2');
    QCOMPARE(wizard->createdAccount()->quotas[Resource::Storage].limit, tebibyte * 3 / 2);
}

void TestAddAccountWizard::shouldKeepEverythingWhenTheDatabaseRefusesTheSave()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    QSignalSpy created(wizard.get(), &AddAccountWizard::accountCreated);
    const Typed typed;
    CHECKED(fillIdentity(*wizard, typed));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(fillQuotas(*wizard));
    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    CHECKED(fillOptions(*wizard));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));

    // The connection can read but not write, as on a read-only medium.
    QVERIFY(setReadOnly(true));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    FIND(QLabel, banner, *wizard, u"saveError"_s);
    QTRY_VERIFY2(banner->isVisible(), "no banner after the database refused the save");
    QVERIFY2(banner->text().contains(u"press Finish to try again"_s), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(u"SQL"_s, Qt::CaseInsensitive), qPrintable(banner->text()));
    QVERIFY2(wizard->isVisible(), "the wizard closed after a failed save");
    QCOMPARE(wizard->currentId(), int(AddAccountWizard::SummaryPageId));
    QCOMPARE(created.count(), 0);
    CHECKED(verifyStillTyped(*wizard, typed));

    QVERIFY(setReadOnly(false));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!wizard->isVisible(), "Finish did not save on the second try");
    QCOMPARE(created.count(), 1);
    auto saved = m_accounts->findByLogin(typed.login);
    QVERIFY2(saved && *saved, "the account was not saved on the second try");
}

void TestAddAccountWizard::shouldSayCreatingAndBeSafeToCloseMeanwhile()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    QSignalSpy created(wizard.get(), &AddAccountWizard::accountCreated);
    CHECKED(typeInto(*wizard, u"login"_s, u"dave"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"dave@example.com"_s));
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    const QString finishText = finish->text();
    QTRY_VERIFY2(finish->isEnabled(), "Finish cannot be pressed");
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY2(wizard->isSaving(), "Finish did not start creating the account");
    QVERIFY2(!finish->isEnabled(), "Finish can be pressed twice");
    QVERIFY2(finish->text() != finishText, "Finish does not say that it is busy");
    QVERIFY2(wizard->isVisible(), "the wizard closed before the account was created");

    // Closed while the worker creates the account: the answer finds no one, and nothing breaks.
    wizard.reset();
    bool answered = false;
    QObject receiver;
    m_workspace->call(
        &receiver, [](WorkspaceServices &services) { return services.accounts.findByLogin(u"dave"_s); },
        [&answered](const Result<std::optional<Account>> &found) { answered = found && found->has_value(); });
    QTRY_VERIFY2(answered, "the account was not created after all");
    QCOMPARE(created.count(), 0);
}

void TestAddAccountWizard::shouldPrefillAndEnforceTheGroupLimit()
{
    Quotas limits;
    limits[Resource::Storage].limit = 1'000'000'000'000; // 1 TB
    limits[Resource::Workstations].limit = 5;
    auto capped = m_groups->create(m_rootId, u"Fabrikam"_s, limits);
    QVERIFY2(capped, qPrintable(capped ? QString() : capped.error().message));

    auto wizard = openWizard(capped->id);
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, Typed()));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));

    FIND(QLineEdit, storage, *wizard, u"storageLimit"_s);
    FIND(QCheckBox, storageUnlimited, *wizard, u"storageUnlimited"_s);
    FIND(FieldMessage, storageMessage, *wizard, u"storageLimitError"_s);
    QCOMPARE(storage->text(), u"1 TB"_s);
    QVERIFY2(storage->isEnabled() && !storageUnlimited->isChecked() && !storageUnlimited->isEnabled(),
             "a capped storage quota can still be unlimited");
    QVERIFY2(storageMessage->isVisible()
                 && storageMessage->text().contains(u"at most 1 TB in this group"_s, Qt::CaseInsensitive),
             qPrintable(storageMessage->text()));
    FIND(QLineEdit, workstations, *wizard, u"workstationsLimit"_s);
    QCOMPARE(workstations->text(), u"5"_s);

    Quotas tooMuch = limits;
    tooMuch[Resource::Storage].limit = 2'000'000'000'000;
    const QList<Error> refused = AccountRules::checkQuotas(tooMuch, limits);
    QCOMPARE(refused.size(), 1);
    CHECKED(typeInto(*wizard, u"storageLimit"_s, u"2 TB"_s));
    QTRY_COMPARE(storageMessage->text(), refused.first().message);
    QVERIFY(storage->property(FieldMessage::invalidProperty).toBool());
    QVERIFY2(!wizard->button(QWizard::NextButton)->isEnabled(), "Next is enabled above the group's limit");

    CHECKED(typeInto(*wizard, u"storageLimit"_s, u"750 GB"_s));
    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!wizard->isVisible(), "the wizard stayed open within the group's limit");
    QCOMPARE(wizard->createdAccount()->quotas[Resource::Storage].limit, 750'000'000'000);
    QCOMPARE(wizard->createdAccount()->quotas[Resource::Workstations].limit, 5);
}

void TestAddAccountWizard::shouldTabThroughTheFirstPageInReadingOrder()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    FIND(QLineEdit, login, *wizard, u"login"_s);
    QTRY_COMPARE(QApplication::focusWidget(), login);
    for (const QString &expected :
         {u"email"_s, u"useNotificationEmail"_s, u"firstName"_s, u"lastName"_s, u"displayName"_s, u"mobile"_s,
          u"password"_s, u"showPassword"_s, u"administrator"_s, u"agentAutoUpdate"_s}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(
            QApplication::focusWidget()->objectName() == expected,
            qPrintable(u"Tab went to \"%1\", not \"%2\""_s.arg(QApplication::focusWidget()->objectName(), expected)));
    }
    // Mnemonics jump to their field.
    QTest::keyClick(wizard.get(), Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"email"_s);
    QTest::keyClick(wizard.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"login"_s);
}

void TestAddAccountWizard::shouldGiveEveryLabelABuddyAndUniqueMnemonics()
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
        QWizardPage *page = wizard.page(id);
        QString keys = buttonKeys;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->objectName().endsWith(u"Error"_s))
                continue;
            QVERIFY2(label->buddy(), qPrintable(u"label \"%1\" on page %2 has no buddy"_s.arg(label->text()).arg(id)));
            if (const QChar key = mnemonic(label->text()); !key.isNull()) {
                QVERIFY2(!keys.contains(key), qPrintable(u"\"%1\" reuses Alt+%2"_s.arg(label->text(), key)));
                keys += key;
            }
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (const QChar key = mnemonic(button->text()); !key.isNull()) {
                QVERIFY2(!keys.contains(key), qPrintable(u"\"%1\" reuses Alt+%2"_s.arg(button->text(), key)));
                keys += key;
            }
        }
    }
    // The fields a person types into first have their own key.
    for (const QString &name : {u"loginLabel"_s, u"emailLabel"_s, u"firstNameLabel"_s, u"lastNameLabel"_s,
                                u"storageLabel"_s, u"notificationLevelLabel"_s, u"backupLocationsLabel"_s}) {
        FIND(QLabel, label, wizard, name);
        QVERIFY2(!mnemonic(label->text()).isNull(), qPrintable(u"\"%1\" has no mnemonic"_s.arg(label->text())));
    }
}

void TestAddAccountWizard::shouldCreateAnAccountWithTheKeyboardOnly()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    const auto type = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    const auto press = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    };
    FIND(QLineEdit, login, *wizard, u"login"_s);
    QTRY_COMPARE(QApplication::focusWidget(), login);
    type(u"dave"_s);
    press(Qt::Key_Tab);
    type(u"dave@example.com"_s);
    press(Qt::Key_A, Qt::AltModifier); // Administrator privileges
    FIND(QCheckBox, administrator, *wizard, u"administrator"_s);
    QTRY_VERIFY2(administrator->isChecked(), "Alt+A did not tick Administrator privileges");
    press(Qt::Key_Tab); // to the phone number that administrators must give
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"phone"_s);
    type(u"+1 212 555 0100"_s);
    press(Qt::Key_Tab);
    type(u"1 Main Street"_s);
    press(Qt::Key_Return); // a second line of the address
    type(u"New York"_s);
    press(Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"agentAutoUpdate"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::ProfilePageId));
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::QuotasPageId));
    press(Qt::Key_T, Qt::AltModifier); // Storage quota
    FIND(QLineEdit, storage, *wizard, u"storageLimit"_s);
    FIND(QCheckBox, storageUnlimited, *wizard, u"storageUnlimited"_s);
    QTRY_COMPARE(QApplication::focusWidget(), storage);
    type(u"750 MiB"_s);
    QVERIFY2(!storageUnlimited->isChecked(), "typing a storage limit left Unlimited ticked");
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::OptionsPageId));
    press(Qt::Key_C, Qt::AltModifier); // Cloud only
    FIND(QRadioButton, cloudOnly, *wizard, u"cloudOnly"_s);
    QTRY_VERIFY2(cloudOnly->isChecked(), "Alt+C did not choose Cloud only");
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::AccessPageId));
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::ActivationPageId));
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::SummaryPageId));
    press(Qt::Key_Return);
    QTRY_VERIFY2(!wizard->isVisible(), "Enter on the summary did not finish");
    QVERIFY(wizard->createdAccount());
    QCOMPARE(wizard->createdAccount()->login, u"dave"_s);
    QCOMPARE(wizard->createdAccount()->administrator, true);
    QCOMPARE(wizard->createdAccount()->address, u"1 Main Street\nNew York"_s);
    QCOMPARE(wizard->createdAccount()->backupLocations, BackupLocations::CloudOnly);
    QCOMPARE(wizard->createdAccount()->quotas[Resource::Storage].limit, 750LL * 1024 * 1024);
}

void TestAddAccountWizard::shouldAskAdministratorsForPhoneAndAddressAndSayWhy()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"erin"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"erin@example.com"_s));
    QAbstractButton *nextButton = wizard->button(QWizard::NextButton);
    QTRY_VERIFY2(nextButton->isEnabled(), "Next is disabled for a plain account");
    FIND(QLineEdit, phone, *wizard, u"phone"_s);
    FIND(QPlainTextEdit, address, *wizard, u"address"_s);
    QVERIFY2(!phone->isVisible() && !address->isVisible(), "phone and address show for a plain account");

    CHECKED(click(*wizard, u"administrator"_s));
    QTRY_VERIFY2(phone->isVisible() && address->isVisible(), "phone and address stay hidden for an administrator");
    for (const QString &name : {u"phoneError"_s, u"addressError"_s}) {
        FIND(FieldMessage, message, *wizard, name);
        QVERIFY2(message->isVisible() && message->text().contains(u"administrators"_s, Qt::CaseInsensitive),
                 qPrintable(u"%1 reads \"%2\""_s.arg(name, message->text())));
        QTRY_VERIFY2(isRightBelow(message, message->field()), qPrintable(u"%1 is not below its field"_s.arg(name)));
    }
    QVERIFY2(!nextButton->isEnabled(), "Next is enabled for an administrator without phone and address");
    CHECKED(typeInto(*wizard, u"phone"_s, u"+1 212 555 0100"_s));
    QVERIFY2(!nextButton->isEnabled(), "Next is enabled for an administrator without address");
    CHECKED(typeInto(*wizard, u"address"_s, u"1 Main Street"_s));
    QTRY_VERIFY2(nextButton->isEnabled(), "Next stays disabled with phone and address");

    // Unticked, what was typed stays visible (it would be saved), and is optional again.
    CHECKED(click(*wizard, u"administrator"_s));
    CHECKED(typeInto(*wizard, u"phone"_s, QString()));
    QTRY_VERIFY2(nextButton->isEnabled(), "Next is disabled for a plain account without phone");
    QVERIFY(phone->isVisible());
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    QCOMPARE(wizard->createdAccount()->administrator, false);
    QCOMPARE(wizard->createdAccount()->address, u"1 Main Street"_s);
}

void TestAddAccountWizard::shouldFollowTheNamesInTheDisplayNameUntilTyped()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"frank"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"frank@example.com"_s));
    CHECKED(typeInto(*wizard, u"firstName"_s, u"Frank"_s));
    CHECKED(typeInto(*wizard, u"lastName"_s, u"Miller"_s));
    FIND(QLineEdit, displayName, *wizard, u"displayName"_s);
    QCOMPARE(displayName->placeholderText(), u"Frank Miller"_s);
    QVERIFY(displayName->text().isEmpty());
    CHECKED(typeInto(*wizard, u"lastName"_s, u"Mills"_s));
    QCOMPARE(displayName->placeholderText(), u"Frank Mills"_s);

    CHECKED(typeInto(*wizard, u"displayName"_s, u"Frankie"_s));
    CHECKED(typeInto(*wizard, u"lastName"_s, u"Miller"_s));
    QCOMPARE(displayName->text(), u"Frankie"_s);
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    QCOMPARE(wizard->createdAccount()->displayName, u"Frankie"_s);
    QVERIFY2(!wizard->createdAccount()->hasPassword, "an empty password was saved");
}

void TestAddAccountWizard::shouldShowAndHideThePassword()
{
    auto wizard = openWizard(m_customerId);
    QVERIFY(wizard);
    FIND(QLineEdit, password, *wizard, u"password"_s);
    FIND(FieldMessage, message, *wizard, u"passwordError"_s);
    QVERIFY2(message->isVisible() && message->text().contains(u"activation email"_s),
             qPrintable(u"an empty password is explained as \"%1\""_s.arg(message->text())));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    CHECKED(click(*wizard, u"showPassword"_s));
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    CHECKED(click(*wizard, u"showPassword"_s));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(TestAddAccountWizard)
#include "tst_addaccountwizard.moc"
