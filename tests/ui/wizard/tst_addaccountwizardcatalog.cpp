#include "core/rules/profilerules.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <tuple>

using namespace bc;
using namespace WizardTest;

// The wizard offering what a group's catalog holds: profiles and the values they
// give, data lock, storages, services switched off, subscriptions, security groups.
class TestAddAccountWizardCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldFillValuesFromTheProfileAndSaveWhatWasChangedAsOverride();
    void shouldResetAChangedValueToTheProfiles();
    void shouldMarkDataLockedProfilesAndSayWhatDataLockMeans();
    void shouldNotOfferQuotasOfServicesSwitchedOff();
    void shouldSaveTheTickedSubscriptionsAndSecurityGroups();
    void shouldOfferOnlyWhatTheOperatorMayGive();
    void shouldPreselectAndSaveTheDefaultStorage();
    void shouldLookRightOnEveryPage();

private:
    std::unique_ptr<AddAccountWizard> openWizard();
    void fillIdentity(AddAccountWizard &wizard, const QString &login);
    void chooseProfile(AddAccountWizard &wizard, const QString &name);
    void tick(AddAccountWizard &wizard, const QString &list, const QString &text);
    void verifyInheritance(AddAccountWizard &wizard, const QString &stem, const QString &state);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalogs;
    qint64 m_customerId = 0;
    Profile m_standard;
    Profile m_legalHold;
    Storage m_frankfurt;
    Storage m_virginia;
    Subscription m_payg;
    Subscription m_capped;
    SecurityGroup m_helpdesk;
    SecurityGroup m_auditors;
};

void TestAddAccountWizardCatalog::init()
{
    const QString location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalogs = std::make_unique<CatalogService>(*m_db);
    auto root = m_groups->createRoot(u"Acme MSP"_s);
    QVERIFY(root);
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    QVERIFY(customer);
    m_customerId = customer->id;

    const auto check = [](const auto &result) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    };
    Profile standard;
    standard.groupId = m_customerId;
    standard.name = u"Standard"_s;
    standard.backupLocations = BackupLocations::CloudOnly;
    standard.notificationLevel = NotificationLevel::More;
    standard.quotas[Resource::Workstations] = {4, 1};
    standard.quotas[Resource::Storage] = {200'000'000'000, 0};
    auto added = m_catalogs->addProfile(standard);
    CHECKED(check(added));
    m_standard = *added;
    Profile legalHold;
    legalHold.groupId = m_customerId;
    legalHold.name = u"Legal hold"_s;
    legalHold.dataLock = true;
    added = m_catalogs->addProfile(legalHold);
    CHECKED(check(added));
    m_legalHold = *added;
    for (auto [storage, name, region] :
         {std::tuple {&m_frankfurt, u"Frankfurt"_s, u"EU"_s}, std::tuple {&m_virginia, u"Virginia"_s, u"US"_s}}) {
        Storage item;
        item.groupId = m_customerId;
        item.name = name;
        item.region = region;
        auto saved = m_catalogs->addStorage(item);
        CHECKED(check(saved));
        *storage = *saved;
    }
    for (auto [subscription, name] :
         {std::pair {&m_payg, u"Backup PAYG #1001"_s}, std::pair {&m_capped, u"Backup Capped #1002"_s}}) {
        Subscription item;
        item.groupId = m_customerId;
        item.name = name;
        auto saved = m_catalogs->addSubscription(item);
        CHECKED(check(saved));
        *subscription = *saved;
    }
    for (auto [group, name, permissions] :
         {std::tuple {&m_helpdesk, u"Helpdesk"_s, Permissions(Permission::CreateAccounts | Permission::EditAccounts)},
          std::tuple {&m_auditors, u"Auditors"_s, Permissions(Permission::ViewAuditLog)}}) {
        SecurityGroup item;
        item.groupId = m_customerId;
        item.name = name;
        item.permissions = permissions;
        auto saved = m_catalogs->addSecurityGroup(item);
        CHECKED(check(saved));
        *group = *saved;
    }
    auto settings = m_catalogs->settings(m_customerId);
    CHECKED(check(settings));
    settings->defaultStorageId = m_virginia.id;
    CHECKED(check(m_catalogs->updateSettings(m_customerId, *settings)));
    m_workspace = openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void TestAddAccountWizardCatalog::cleanup()
{
    closeWorkspace(m_workspace);
    m_catalogs.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<AddAccountWizard> TestAddAccountWizardCatalog::openWizard()
{
    auto wizard = std::make_unique<AddAccountWizard>(*m_workspace, m_customerId);
    wizard->show();
    if (!QTest::qWaitFor([&wizard] { return !wizard->isLoading(); }))
        QTest::qFail("the wizard did not read its group's details", __FILE__, __LINE__);
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        QTest::qFail("the wizard was not shown", __FILE__, __LINE__);
    return wizard;
}

void TestAddAccountWizardCatalog::fillIdentity(AddAccountWizard &wizard, const QString &login)
{
    CHECKED(typeInto(wizard, u"login"_s, login));
    CHECKED(typeInto(wizard, u"email"_s, login + u"@example.com"_s));
}

// Chooses a profile with the keyboard, as a person would.
void TestAddAccountWizardCatalog::chooseProfile(AddAccountWizard &wizard, const QString &name)
{
    while (wizard.currentId() > AddAccountWizard::ProfilePageId)
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    CHECKED(next(wizard, AddAccountWizard::ProfilePageId));
    FIND(QComboBox, profile, wizard, u"profile"_s);
    const int index = profile->findText(name, Qt::MatchStartsWith);
    QVERIFY2(index > 0, qPrintable(u"no profile \"%1\" offered"_s.arg(name)));
    profile->setFocus();
    QTest::keyClick(profile, Qt::Key_Home);
    while (profile->currentIndex() < index)
        QTest::keyClick(profile, Qt::Key_Down);
    QCOMPARE(profile->currentIndex(), index);
}

// Ticks an item of a checkable list with the keyboard (arrow keys, then Space).
void TestAddAccountWizardCatalog::tick(AddAccountWizard &wizard, const QString &list, const QString &text)
{
    FIND(QTreeWidget, view, wizard, list);
    const QList<QTreeWidgetItem *> found = view->findItems(text, Qt::MatchExactly);
    QVERIFY2(found.size() == 1, qPrintable(u"\"%1\" is not in %2"_s.arg(text, list)));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    while (view->currentItem() != found.first())
        QTest::keyClick(view, Qt::Key_Down);
    const Qt::CheckState before = found.first()->checkState(0);
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY2(found.first()->checkState(0) != before, qPrintable(u"Space did not tick \"%1\""_s.arg(text)));
}

// `state`: "" (no mark), "From profile", or "Changed" (with Reset).
void TestAddAccountWizardCatalog::verifyInheritance(AddAccountWizard &wizard, const QString &stem, const QString &state)
{
    FIND(QWidget, mark, wizard, stem + u"Inheritance"_s);
    FIND(QLabel, label, wizard, stem + u"InheritanceLabel"_s);
    FIND(QToolButton, reset, wizard, stem + u"Reset"_s);
    if (state.isEmpty()) {
        QVERIFY2(!mark->isVisible(), qPrintable(u"%1 is marked \"%2\" without a profile"_s.arg(stem, label->text())));
        return;
    }
    QTRY_VERIFY2(mark->isVisible() && label->text() == state,
                 qPrintable(u"%1 is marked \"%2\", not \"%3\""_s.arg(stem, label->text(), state)));
    QCOMPARE(reset->isVisible(), state == u"Changed"_s);
}

void TestAddAccountWizardCatalog::shouldFillValuesFromTheProfileAndSaveWhatWasChangedAsOverride()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"grace"_s));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(verifyInheritance(*wizard, u"workstations"_s, QString()));
    CHECKED(chooseProfile(*wizard, m_standard.name));

    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    FIND(QLineEdit, workstations, *wizard, u"workstationsLimit"_s);
    FIND(QLineEdit, workstationsOverage, *wizard, u"workstationsOverage"_s);
    FIND(QLineEdit, storage, *wizard, u"storageLimit"_s);
    FIND(QCheckBox, serversUnlimited, *wizard, u"serversUnlimited"_s);
    QCOMPARE(workstations->text(), u"4"_s);
    QCOMPARE(workstationsOverage->text(), u"1"_s);
    QCOMPARE(storage->text(), u"200 GB"_s);
    QVERIFY(serversUnlimited->isChecked());
    for (const QString &stem : {u"workstations"_s, u"servers"_s, u"storage"_s}) {
        CHECKED(verifyInheritance(*wizard, stem, u"From profile"_s));
    }

    CHECKED(typeInto(*wizard, u"workstationsLimit"_s, u"6"_s));
    CHECKED(verifyInheritance(*wizard, u"workstations"_s, u"Changed"_s));
    CHECKED(verifyInheritance(*wizard, u"storage"_s, u"From profile"_s));

    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    FIND(QRadioButton, cloudOnly, *wizard, u"cloudOnly"_s);
    FIND(QComboBox, level, *wizard, u"notificationLevel"_s);
    QVERIFY2(cloudOnly->isChecked(), "the profile's backup locations were not filled in");
    QCOMPARE(level->currentText(), AccountText::label(NotificationLevel::More));
    CHECKED(verifyInheritance(*wizard, u"backupLocations"_s, u"From profile"_s));
    CHECKED(verifyInheritance(*wizard, u"notificationLevel"_s, u"From profile"_s));
    level->setFocus();
    QTest::keyClick(level, Qt::Key_End);
    QCOMPARE(level->currentText(), AccountText::label(NotificationLevel::All));
    CHECKED(verifyInheritance(*wizard, u"notificationLevel"_s, u"Changed"_s));
    CHECKED(verifyInheritance(*wizard, u"backupLocations"_s, u"From profile"_s));

    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    FIND(QTextBrowser, summary, *wizard, u"summary"_s);
    QVERIFY2(summary->toPlainText().contains(u"200 GB (from profile)"_s), qPrintable(summary->toPlainText()));
    CHECKED(finish(*wizard));

    auto saved = m_accounts->account(wizard->createdAccount()->id);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->profileId, m_standard.id);
    QCOMPARE(saved->overrides,
             (QSet<QString> {ProfileRules::quotaKey(Resource::Workstations), ProfileRules::notificationLevelKey()}));
    QCOMPARE(saved->quotas[Resource::Workstations], (Quota {6, 1}));
    QCOMPARE(saved->quotas[Resource::Storage], (Quota {200'000'000'000, 0}));
    QCOMPARE(saved->backupLocations, BackupLocations::CloudOnly);
    QCOMPARE(saved->notificationLevel, NotificationLevel::All);
}

void TestAddAccountWizardCatalog::shouldResetAChangedValueToTheProfiles()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"heidi"_s));
    CHECKED(chooseProfile(*wizard, m_standard.name));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(typeInto(*wizard, u"storageLimit"_s, u"50 GB"_s));
    CHECKED(verifyInheritance(*wizard, u"storage"_s, u"Changed"_s));
    CHECKED(click(*wizard, u"storageReset"_s));
    FIND(QLineEdit, storage, *wizard, u"storageLimit"_s);
    QTRY_COMPARE(storage->text(), u"200 GB"_s);
    CHECKED(verifyInheritance(*wizard, u"storage"_s, u"From profile"_s));

    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    CHECKED(click(*wizard, u"localAndCloud"_s));
    CHECKED(verifyInheritance(*wizard, u"backupLocations"_s, u"Changed"_s));
    CHECKED(click(*wizard, u"backupLocationsReset"_s));
    FIND(QRadioButton, cloudOnly, *wizard, u"cloudOnly"_s);
    QTRY_VERIFY2(cloudOnly->isChecked(), "Reset did not bring the profile's backup locations back");
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    auto saved = m_accounts->account(wizard->createdAccount()->id);
    QVERIFY(saved);
    QVERIFY2(saved->overrides.isEmpty(), qPrintable(QStringList(saved->overrides.values()).join(u", "_s)));
    QCOMPARE(saved->quotas[Resource::Storage].limit, 200'000'000'000);
    QCOMPARE(saved->backupLocations, BackupLocations::CloudOnly);
}

void TestAddAccountWizardCatalog::shouldMarkDataLockedProfilesAndSayWhatDataLockMeans()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"ivan"_s));
    CHECKED(next(*wizard, AddAccountWizard::ProfilePageId));
    FIND(QComboBox, profile, *wizard, u"profile"_s);
    QCOMPARE(profile->itemText(0), u"No profile"_s);
    const int locked = profile->findText(m_legalHold.name, Qt::MatchStartsWith);
    const int plain = profile->findText(m_standard.name, Qt::MatchStartsWith);
    QVERIFY2(profile->itemText(locked).contains(u"data lock"_s), qPrintable(profile->itemText(locked)));
    QVERIFY2(!profile->itemIcon(locked).isNull(), "the data-locked profile has no lock icon");
    QVERIFY2(!profile->itemText(plain).contains(u"data lock"_s) && profile->itemIcon(plain).isNull(),
             "a profile without data lock is marked");
    FIND(FieldMessage, note, *wizard, u"profileError"_s);
    QVERIFY2(note->isVisible() && note->text().contains(u"lock"_s), qPrintable(note->text()));

    CHECKED(chooseProfile(*wizard, m_legalHold.name));
    QTRY_VERIFY2(note->text().contains(u"cannot be deleted"_s) && note->text().contains(u"profile"_s),
                 qPrintable(note->text()));
    QVERIFY2(!note->hasError(), "data lock is shown as an error");
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    FIND(QTextBrowser, summary, *wizard, u"summary"_s);
    QVERIFY2(summary->toPlainText().contains(u"Legal hold (data lock)"_s), qPrintable(summary->toPlainText()));
}

void TestAddAccountWizardCatalog::shouldNotOfferQuotasOfServicesSwitchedOff()
{
    auto settings = m_catalogs->settings(m_customerId);
    QVERIFY(settings);
    settings->services &= ~Services(Service::MobileDevices | Service::M365Mailboxes);
    QVERIFY(m_catalogs->updateSettings(m_customerId, *settings));

    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"judy"_s));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    for (const QString &name : {u"mobileDevicesLimit"_s, u"mobileDevicesLabel"_s, u"m365MailboxesOverage"_s}) {
        FIND(QWidget, widget, *wizard, name);
        QVERIFY2(!widget->isVisible(), qPrintable(u"%1 is offered though its service is off"_s.arg(name)));
    }
    for (const QString &name : {u"workstationsLimit"_s, u"storageLimit"_s}) {
        FIND(QWidget, widget, *wizard, name);
        QVERIFY2(widget->isVisible(), qPrintable(u"%1 is not offered"_s.arg(name)));
    }
    FIND(QLabel, note, *wizard, u"servicesOffNote"_s);
    QVERIFY2(note->isVisible(), "nothing says which services are off");
    for (Service service : {Service::MobileDevices, Service::M365Mailboxes})
        QVERIFY2(note->text().contains(CatalogText::label(service)), qPrintable(note->text()));

    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    QCOMPARE(wizard->createdAccount()->quotas[Resource::MobileDevices], (Quota {0, 0}));
}

void TestAddAccountWizardCatalog::shouldSaveTheTickedSubscriptionsAndSecurityGroups()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"kim"_s));
    CHECKED(next(*wizard, AddAccountWizard::AccessPageId));
    FIND(FieldMessage, license, *wizard, u"subscriptionsError"_s);
    QVERIFY2(license->isVisible() && license->text().contains(u"unlicensed"_s), qPrintable(license->text()));
    FIND(QTreeWidget, groups, *wizard, u"securityGroups"_s);
    const QList<QTreeWidgetItem *> helpdesk = groups->findItems(m_helpdesk.name, Qt::MatchExactly);
    QCOMPARE(helpdesk.size(), 1);
    for (Permission permission : {Permission::CreateAccounts, Permission::EditAccounts})
        QVERIFY2(helpdesk.first()->text(1).contains(CatalogText::label(permission)),
                 qPrintable(helpdesk.first()->text(1)));

    CHECKED(tick(*wizard, u"subscriptions"_s, m_capped.name));
    QTRY_VERIFY2(!license->text().contains(u"unlicensed"_s), qPrintable(license->text()));
    CHECKED(tick(*wizard, u"securityGroups"_s, m_auditors.name));
    CHECKED(tick(*wizard, u"securityGroups"_s, m_helpdesk.name));
    CHECKED(tick(*wizard, u"securityGroups"_s, m_helpdesk.name)); // and untick again
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    FIND(QTextBrowser, summary, *wizard, u"summary"_s);
    QVERIFY2(summary->toPlainText().contains(m_capped.name) && summary->toPlainText().contains(m_auditors.name),
             qPrintable(summary->toPlainText()));
    CHECKED(finish(*wizard));

    auto saved = m_accounts->account(wizard->createdAccount()->id);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->subscriptionIds, QList<qint64> {m_capped.id});
    QCOMPARE(saved->securityGroupIds, QList<qint64> {m_auditors.id});
    QVERIFY(saved->isLicensed());
}

void TestAddAccountWizardCatalog::shouldOfferOnlyWhatTheOperatorMayGive()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    // A helpdesk operator of the organization: it creates and edits accounts, nothing more.
    const QString password = u"violet-harbour-71-kiteS"_s;
    auto made = m_accounts->create(m_customerId, bc::test::operatorDraft(u"desk"_s, password, false, {m_helpdesk.id}),
                                   AccountStatus::Active);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QVERIFY(bc::test::signIn(*m_workspace, u"desk"_s, password));

    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"noor"_s));
    FIND(QCheckBox, administrator, *wizard, u"administrator"_s);
    QVERIFY2(!administrator->isEnabled(), "a helpdesk operator may not make administrators");
    QVERIFY2(administrator->toolTip().contains(u"only an administrator may"_s), qPrintable(administrator->toolTip()));
    FIND(QLabel, hint, *wizard, u"administratorHint"_s);
    QCOMPARE(hint->text(), administrator->toolTip());
    // With BC_WIZARD_SCREENSHOTS=DIR, the pages as this operator sees them, to look at.
    const QString shots = qEnvironmentVariable("BC_WIZARD_SCREENSHOTS");
    if (!shots.isEmpty())
        QVERIFY(wizard->grab().save(shots + u"/wizard-operator-account.png"_s));

    CHECKED(next(*wizard, AddAccountWizard::AccessPageId));
    FIND(QTreeWidget, groups, *wizard, u"securityGroups"_s);
    const QList<QTreeWidgetItem *> auditors = groups->findItems(m_auditors.name, Qt::MatchExactly);
    QCOMPARE(auditors.size(), 1);
    QVERIFY2(!auditors.first()->flags().testFlag(Qt::ItemIsUserCheckable), "it lacks \"View audit log\"");
    QVERIFY2(auditors.first()->toolTip(0).contains(u"lacks the permission"_s),
             qPrintable(auditors.first()->toolTip(0)));
    CHECKED(tick(*wizard, u"securityGroups"_s, m_helpdesk.name));
    if (!shots.isEmpty())
        QVERIFY(wizard->grab().save(shots + u"/wizard-operator-access.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    auto saved = m_accounts->account(wizard->createdAccount()->id);
    QVERIFY(saved);
    QCOMPARE(saved->securityGroupIds, QList<qint64> {m_helpdesk.id});
    QVERIFY(!saved->administrator);
}

void TestAddAccountWizardCatalog::shouldPreselectAndSaveTheDefaultStorage()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"liam"_s));
    CHECKED(next(*wizard, AddAccountWizard::ProfilePageId));
    FIND(QComboBox, storage, *wizard, u"storage"_s);
    QCOMPARE(storage->count(), 2);
    QCOMPARE(storage->currentData().toLongLong(), m_virginia.id);
    QVERIFY2(storage->currentText().contains(u"default"_s), qPrintable(storage->currentText()));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    auto saved = m_accounts->account(wizard->createdAccount()->id);
    QVERIFY(saved);
    QCOMPARE(saved->storageId, m_virginia.id);
}

// With BC_WIZARD_SCREENSHOTS=DIR, saves every page as DIR/wizard3-<page>.png to look at.
void TestAddAccountWizardCatalog::shouldLookRightOnEveryPage()
{
    const QString dir = qEnvironmentVariable("BC_WIZARD_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set BC_WIZARD_SCREENSHOTS to a directory to take screenshots");
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(fillIdentity(*wizard, u"mia"_s));
    CHECKED(click(*wizard, u"useNotificationEmail"_s));
    CHECKED(typeInto(*wizard, u"mobile"_s, u"12345"_s));
    CHECKED(typeInto(*wizard, u"password"_s, u"short"_s));
    CHECKED(click(*wizard, u"administrator"_s));
    QVERIFY(wizard->grab().save(dir + u"/wizard3-account.png"_s));
    CHECKED(typeInto(*wizard, u"mobile"_s, u"+49 151 23456789"_s));
    CHECKED(typeInto(*wizard, u"password"_s, QString()));
    CHECKED(typeInto(*wizard, u"notificationEmail"_s, u"reports@example.com"_s));
    CHECKED(typeInto(*wizard, u"phone"_s, u"+1 212 555 0100"_s));
    CHECKED(typeInto(*wizard, u"address"_s, u"1 Main Street\nNew York"_s));
    CHECKED(chooseProfile(*wizard, m_legalHold.name));
    CHECKED(chooseProfile(*wizard, m_standard.name));
    QVERIFY(wizard->grab().save(dir + u"/wizard3-profile.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(typeInto(*wizard, u"workstationsLimit"_s, u"6"_s));
    QVERIFY(wizard->grab().save(dir + u"/wizard3-quotas.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::OptionsPageId));
    QVERIFY(wizard->grab().save(dir + u"/wizard3-options.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::AccessPageId));
    CHECKED(tick(*wizard, u"subscriptions"_s, m_payg.name));
    QVERIFY(wizard->grab().save(dir + u"/wizard3-access.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    QVERIFY(wizard->grab().save(dir + u"/wizard3-summary.png"_s));
}

QTEST_MAIN(TestAddAccountWizardCatalog)
#include "tst_addaccountwizardcatalog.moc"
