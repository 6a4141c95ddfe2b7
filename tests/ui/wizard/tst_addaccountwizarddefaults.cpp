#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>

#include <memory>

using namespace bc;
using namespace WizardTest;

// The wizard starting from the group's defaults: the default profile chosen and its
// values filled in, the default subscription ticked; "No profile" and unticking stay possible.
class TestAddAccountWizardDefaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldStartOnTheGroupsDefaultProfileAndSubscription_data();
    void shouldStartOnTheGroupsDefaultProfileAndSubscription();
    void shouldLetThePersonOptOutOfTheDefaults();
    void shouldStartWithoutDefaultsWhenTheGroupHasNone();
    void shouldLookRightPreselected();

private:
    std::unique_ptr<AddAccountWizard> openWizard(qint64 groupId);
    void setDefaults(qint64 groupId, qint64 profileId, qint64 subscriptionId);
    static QTreeWidgetItem *subscriptionItem(AddAccountWizard &wizard, const QString &name);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalogs;
    qint64 m_contoso = 0;
    qint64 m_sales = 0;
    Profile m_standard;
    Profile m_other;
    Subscription m_payg;
};

void TestAddAccountWizardDefaults::init()
{
    const QString location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalogs = std::make_unique<CatalogService>(*m_db);
    const qint64 root = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contoso = m_groups->create(root, u"Contoso"_s)->id;
    m_sales = m_groups->create(m_contoso, u"Sales"_s)->id;

    Profile other;
    other.groupId = m_contoso;
    other.name = u"Other"_s;
    m_other = m_catalogs->addProfile(other).value();
    Profile standard;
    standard.groupId = m_contoso;
    standard.name = u"Standard"_s;
    standard.backupLocations = BackupLocations::CloudOnly;
    standard.notificationLevel = NotificationLevel::More;
    standard.quotas[Resource::Workstations] = {4, 1};
    standard.quotas[Resource::Storage] = {200'000'000'000, 0};
    m_standard = m_catalogs->addProfile(standard).value();
    m_payg = m_catalogs->addSubscription({0, m_contoso, u"Backup PAYG #1001"_s}).value();
    m_workspace = openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void TestAddAccountWizardDefaults::cleanup()
{
    closeWorkspace(m_workspace);
    m_catalogs.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<AddAccountWizard> TestAddAccountWizardDefaults::openWizard(qint64 groupId)
{
    auto wizard = std::make_unique<AddAccountWizard>(*m_workspace, groupId);
    wizard->show();
    if (!QTest::qWaitFor([&wizard] { return !wizard->isLoading(); }))
        QTest::qFail("the wizard did not read its group's details", __FILE__, __LINE__);
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        QTest::qFail("the wizard was not shown", __FILE__, __LINE__);
    return wizard;
}

void TestAddAccountWizardDefaults::setDefaults(qint64 groupId, qint64 profileId, qint64 subscriptionId)
{
    auto settings = m_catalogs->settings(groupId);
    QVERIFY(settings);
    settings->defaultProfileId = profileId;
    settings->defaultSubscriptionId = subscriptionId;
    auto saved = m_catalogs->updateSettings(groupId, *settings);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
}

QTreeWidgetItem *TestAddAccountWizardDefaults::subscriptionItem(AddAccountWizard &wizard, const QString &name)
{
    auto *view = wizard.findChild<QTreeWidget *>(u"subscriptions"_s);
    if (!view)
        return nullptr;
    const QList<QTreeWidgetItem *> found = view->findItems(name, Qt::MatchExactly);
    return found.size() == 1 ? found.first() : nullptr;
}

void TestAddAccountWizardDefaults::shouldStartOnTheGroupsDefaultProfileAndSubscription_data()
{
    // Where the defaults are set (the subscription being Contoso's only one, it is the default
    // without a setting), and the group whose wizard opens.
    QTest::addColumn<QString>("setIn");
    QTest::addColumn<QString>("openIn");
    QTest::newRow("the group's own") << u"Contoso"_s << u"Contoso"_s;
    QTest::newRow("inherited by a unit") << u"Contoso"_s << u"Sales"_s;
}

void TestAddAccountWizardDefaults::shouldStartOnTheGroupsDefaultProfileAndSubscription()
{
    QFETCH(QString, setIn);
    QFETCH(QString, openIn);
    CHECKED(setDefaults(setIn == "Sales"_L1 ? m_sales : m_contoso, m_standard.id, 0));
    auto wizard = openWizard(openIn == "Sales"_L1 ? m_sales : m_contoso);
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"grace"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"grace@contoso.com"_s));

    CHECKED(next(*wizard, AddAccountWizard::ProfilePageId));
    FIND(QComboBox, profile, *wizard, u"profile"_s);
    QCOMPARE(profile->currentData().toLongLong(), m_standard.id);
    QVERIFY2(profile->currentText().contains(u"default"_s), qPrintable(profile->currentText()));

    // The profile's values are filled in as if the person had chosen it.
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    FIND(QLineEdit, workstations, *wizard, u"workstationsLimit"_s);
    QCOMPARE(workstations->text(), u"4"_s);
    FIND(QLabel, mark, *wizard, u"storageInheritanceLabel"_s);
    QTRY_COMPARE(mark->text(), u"From profile"_s);

    CHECKED(next(*wizard, AddAccountWizard::AccessPageId));
    QTreeWidgetItem *payg = subscriptionItem(*wizard, m_payg.name);
    QVERIFY2(payg, "the subscription is not offered");
    QCOMPARE(payg->checkState(0), Qt::Checked);
    FIND(FieldMessage, license, *wizard, u"subscriptionsError"_s);
    QVERIFY2(license->text().contains(u"default"_s), qPrintable(license->text()));

    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    auto saved = m_accounts->account(wizard->createdAccount()->id);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->profileId, m_standard.id);
    QVERIFY2(saved->overrides.isEmpty(), qPrintable(QStringList(saved->overrides.values()).join(u", "_s)));
    QCOMPARE(saved->quotas[Resource::Storage], (Quota {200'000'000'000, 0}));
    QCOMPARE(saved->subscriptionIds, QList<qint64> {m_payg.id});
    QVERIFY(saved->isLicensed());
}

void TestAddAccountWizardDefaults::shouldLetThePersonOptOutOfTheDefaults()
{
    CHECKED(setDefaults(m_contoso, m_standard.id, m_payg.id));
    auto wizard = openWizard(m_contoso);
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"henry"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"henry@contoso.com"_s));
    CHECKED(next(*wizard, AddAccountWizard::ProfilePageId));
    FIND(QComboBox, profile, *wizard, u"profile"_s);
    QCOMPARE(profile->currentData().toLongLong(), m_standard.id);
    profile->setFocus();
    QTest::keyClick(profile, Qt::Key_Home);
    QCOMPARE(profile->currentText(), u"No profile"_s);

    // The values stay as they were, now the account's own (as after any change of profile).
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    FIND(QLabel, mark, *wizard, u"storageInheritanceLabel"_s);
    QTRY_VERIFY2(!mark->isVisible(), qPrintable(mark->text()));

    CHECKED(next(*wizard, AddAccountWizard::AccessPageId));
    FIND(QTreeWidget, view, *wizard, u"subscriptions"_s);
    QTreeWidgetItem *payg = subscriptionItem(*wizard, m_payg.name);
    QVERIFY(payg);
    QCOMPARE(payg->checkState(0), Qt::Checked);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(payg->checkState(0), Qt::Unchecked);
    FIND(FieldMessage, license, *wizard, u"subscriptionsError"_s);
    QTRY_VERIFY2(license->text().contains(u"unlicensed"_s), qPrintable(license->text()));

    CHECKED(next(*wizard, AddAccountWizard::SummaryPageId));
    CHECKED(finish(*wizard));
    auto saved = m_accounts->account(wizard->createdAccount()->id);
    QVERIFY(saved);
    QCOMPARE(saved->profileId, Q_INT64_C(0));
    QVERIFY2(!saved->isLicensed(), "the default subscription was unticked");
}

void TestAddAccountWizardDefaults::shouldStartWithoutDefaultsWhenTheGroupHasNone()
{
    // A second subscription: no longer "the only one", and no group names a default.
    QVERIFY(m_catalogs->addSubscription({0, m_contoso, u"Backup Capped #1002"_s}));
    auto wizard = openWizard(m_sales);
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"ivan"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"ivan@contoso.com"_s));
    CHECKED(next(*wizard, AddAccountWizard::ProfilePageId));
    FIND(QComboBox, profile, *wizard, u"profile"_s);
    QCOMPARE(profile->currentText(), u"No profile"_s);
    CHECKED(next(*wizard, AddAccountWizard::AccessPageId));
    FIND(QTreeWidget, view, *wizard, u"subscriptions"_s);
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        QCOMPARE(view->topLevelItem(i)->checkState(0), Qt::Unchecked);
}

// With BC_WIZARD_SCREENSHOTS=DIR, saves the preselected profile and access pages to look at.
void TestAddAccountWizardDefaults::shouldLookRightPreselected()
{
    const QString dir = qEnvironmentVariable("BC_WIZARD_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set BC_WIZARD_SCREENSHOTS to a directory to take screenshots");
    CHECKED(setDefaults(m_contoso, m_standard.id, 0));
    auto wizard = openWizard(m_sales);
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"mia"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"mia@contoso.com"_s));
    CHECKED(next(*wizard, AddAccountWizard::ProfilePageId));
    QVERIFY(wizard->grab().save(dir + u"/defaults-profile.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    QVERIFY(wizard->grab().save(dir + u"/defaults-quotas.png"_s));
    CHECKED(next(*wizard, AddAccountWizard::AccessPageId));
    QVERIFY(wizard->grab().save(dir + u"/defaults-access.png"_s));
}

QTEST_MAIN(TestAddAccountWizardDefaults)
#include "tst_addaccountwizarddefaults.moc"
