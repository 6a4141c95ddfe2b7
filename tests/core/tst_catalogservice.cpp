#include "core/platform/passwordhasher.h"
#include "core/rules/accountrules.h"
#include "core/rules/profilerules.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace bc;

// Profiles, storages, subscriptions, security groups and organization settings, and
// what they mean for accounts: inheritance, overrides, data lock, services, licenses.
class TestCatalogService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void namesAreUniqueWithinAGroupOnly();
    void aUnitIsOfferedWhatItsOrganizationDefinesNearestFirst();
    void aDraftsCatalogHoldsTheListsItNames_data();
    void aDraftsCatalogHoldsTheListsItNames();
    void theListsReadTogetherAreTheListsReadAlone_data();
    void theListsReadTogetherAreTheListsReadAlone();
    void anAccountTakesItsProfilesValues();
    void profileChangesReachInheritedValuesButNotOverrides_data();
    void profileChangesReachInheritedValuesButNotOverrides();
    void resettingAnOverrideTakesTheProfilesValueAgain();
    void dataLockIsRefusedByCore_data();
    void dataLockIsRefusedByCore();
    void dataLockHoldsAgainstPlainSql();
    void objectsInUseCannotBeDeleted();
    void settingsRoundTripAndAreAudited();
    void settingsAreValidated_data();
    void settingsAreValidated();
    void switchedOffServicesGetNoQuota();
    void onlyTheCatalogsObjectsMayBeAssigned_data();
    void onlyTheCatalogsObjectsMayBeAssigned();
    void assigningASubscriptionLicensesTheAccount();
    void theSubscriptionCountIsTheNumberOfLinks_data();
    void theSubscriptionCountIsTheNumberOfLinks();
    void linksAddedAtOnceFromTwoConnectionsAreAllCounted();
    void aPasswordIsStoredOnlyAsItsHash();

private:
    AccountDraft draft(const QString &login) const;
    Profile makeProfile(const QString &name, bool dataLock = false);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    qint64 m_root = 0;
    qint64 m_contoso = 0;
    qint64 m_sales = 0;
    qint64 m_fabrikam = 0;
};

void TestCatalogService::init()
{
    m_db = bc::test::openFresh(u"catalog"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_root = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contoso = m_groups->create(m_root, u"Contoso"_s)->id;
    m_sales = m_groups->create(m_contoso, u"Sales"_s)->id;
    m_fabrikam = m_groups->create(m_root, u"Fabrikam"_s)->id;
}

void TestCatalogService::cleanup()
{
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

AccountDraft TestCatalogService::draft(const QString &login) const
{
    AccountDraft result;
    result.login = login;
    result.email = login + u"@example.com"_s;
    return result;
}

Profile TestCatalogService::makeProfile(const QString &name, bool dataLock)
{
    Profile profile;
    profile.groupId = m_contoso;
    profile.name = name;
    profile.dataLock = dataLock;
    profile.backupLocations = BackupLocations::CloudOnly;
    profile.notificationLevel = NotificationLevel::All;
    profile.quotas[Resource::Workstations] = Quota {3, 1};
    profile.quotas[Resource::Storage] = Quota {500'000'000'000, 50'000'000'000};
    auto saved = m_catalog->addProfile(profile);
    if (!saved)
        qWarning() << saved.error().message;
    return saved.value_or(Profile {});
}

void TestCatalogService::namesAreUniqueWithinAGroupOnly()
{
    QVERIFY(m_catalog->addStorage({0, m_contoso, u"EU West"_s, u"Frankfurt"_s}));
    auto again = m_catalog->addStorage({0, m_contoso, u"eu west"_s, QString()});
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NameTaken);
    QVERIFY2(m_catalog->addStorage({0, m_fabrikam, u"EU West"_s, QString()}), "another group may use the name");
    QVERIFY(m_catalog->addSubscription({0, m_contoso, u"Backup PAYG #1001"_s}));
    QVERIFY(!m_catalog->addSubscription({0, m_contoso, u"  Backup PAYG #1001 "_s}));
    QVERIFY(!m_catalog->addSecurityGroup({0, m_contoso, QString(), {}}));
}

void TestCatalogService::aUnitIsOfferedWhatItsOrganizationDefinesNearestFirst()
{
    auto msp = m_catalog->addStorage({0, m_root, u"MSP cloud"_s, QString()});
    auto contoso = m_catalog->addStorage({0, m_contoso, u"Contoso cloud"_s, QString()});
    auto sales = m_catalog->addStorage({0, m_sales, u"Sales NAS"_s, QString()});
    QVERIFY(m_catalog->addStorage({0, m_fabrikam, u"Fabrikam cloud"_s, QString()}));
    QVERIFY(msp && contoso && sales);
    GroupSettings settings = *m_catalog->settings(m_contoso);
    settings.defaultStorageId = contoso->id;
    QVERIFY(m_catalog->updateSettings(m_contoso, settings));

    auto catalog = m_catalog->catalog(m_sales);
    QVERIFY(catalog);
    QStringList names;
    for (const Storage &storage : catalog->storages)
        names.append(storage.name);
    QCOMPARE(names, (QStringList {u"Sales NAS"_s, u"Contoso cloud"_s, u"MSP cloud"_s}));
    QCOMPARE(catalog->defaultStorageId, contoso->id);

    auto created = m_accounts->create(m_sales, draft(u"sam"_s));
    QVERIFY(created);
    QCOMPARE(created->storageId, contoso->id);
}

void TestCatalogService::aDraftsCatalogHoldsTheListsItNames_data()
{
    // Which of profile, storage, subscription, security group the draft names; whether the
    // organization has a default storage. Expected: the lists the catalog holds, in that order.
    QTest::addColumn<QString>("names");
    QTest::addColumn<bool>("defaultStorage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << u""_s << false << u"----"_s;
    QTest::newRow("nothing, a default storage") << u""_s << true << u"-S--"_s;
    QTest::newRow("a profile") << u"P"_s << false << u"P---"_s;
    QTest::newRow("a storage") << u"S"_s << false << u"-S--"_s;
    QTest::newRow("licenses and rights") << u"LG"_s << false << u"--LG"_s;
    QTest::newRow("everything") << u"PSLG"_s << true << u"PSLG"_s;
}

void TestCatalogService::aDraftsCatalogHoldsTheListsItNames()
{
    // The rules of an account read only the lists its draft names an item of; the others are not
    // worth a statement each when an account is created.
    QFETCH(QString, names);
    QFETCH(bool, defaultStorage);
    QFETCH(QString, expected);
    const Profile profile = makeProfile(u"Standard"_s);
    auto storage = m_catalog->addStorage({0, m_contoso, u"Contoso cloud"_s, QString()});
    auto subscription = m_catalog->addSubscription({0, m_contoso, u"Backup PAYG #1001"_s});
    auto securityGroup = m_catalog->addSecurityGroup({0, m_contoso, u"Helpdesk"_s, {}});
    QVERIFY(profile.id != 0 && storage && subscription && securityGroup);
    if (defaultStorage) {
        GroupSettings settings = *m_catalog->settings(m_contoso);
        settings.defaultStorageId = storage->id;
        QVERIFY(m_catalog->updateSettings(m_contoso, settings));
    }
    AccountDraft input = draft(u"dora"_s);
    input.profileId = names.contains(u'P') ? profile.id : 0;
    input.storageId = names.contains(u'S') ? storage->id : 0;
    if (names.contains(u'L'))
        input.subscriptionIds = {subscription->id};
    if (names.contains(u'G'))
        input.securityGroupIds = {securityGroup->id};

    auto catalog = loadCatalog(*m_db, m_sales, CatalogParts::neededBy(input));
    QVERIFY(catalog);
    const QString held = QString(catalog->profiles.isEmpty() ? u'-' : u'P')
        + (catalog->storages.isEmpty() ? u'-' : u'S') + (catalog->subscriptions.isEmpty() ? u'-' : u'L')
        + (catalog->securityGroups.isEmpty() ? u'-' : u'G');
    QCOMPARE(held, expected);
    QCOMPARE(catalog->ancestry, (QList<qint64> {m_sales, m_contoso, m_root}));

    // And the account those rules let through is the one the full catalog lets through.
    QVERIFY(m_accounts->validate(m_sales, input).isEmpty());
    auto created = m_accounts->create(m_sales, input);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QCOMPARE(created->storageId, names.contains(u'S') || defaultStorage ? storage->id : 0);
    QCOMPARE(created->profileId, input.profileId);
}

void TestCatalogService::theListsReadTogetherAreTheListsReadAlone_data()
{
    // Which lists are asked for: profiles, storages, subscriptions, security groups.
    QTest::addColumn<QString>("asked");
    QTest::newRow("all four") << u"PSLG"_s;
    QTest::newRow("profiles") << u"P"_s;
    QTest::newRow("storages") << u"S"_s;
    QTest::newRow("security groups") << u"G"_s;
    QTest::newRow("all but profiles") << u"SLG"_s;
    QTest::newRow("profiles and security groups") << u"PG"_s;
    QTest::newRow("none") << u""_s;
}

void TestCatalogService::theListsReadTogetherAreTheListsReadAlone()
{
    // One statement for the lists of a catalog (a round trip each over a slow link) gives exactly
    // what a statement per list gives: every column of every kind, nearest group first, by name.
    QFETCH(QString, asked);
    Profile locked = makeProfile(u"Locked"_s, true);
    Profile unlimited;
    unlimited.groupId = m_root;
    unlimited.name = u"Unlimited"_s;
    unlimited.quotas[Resource::M365Mailboxes] = Quota {std::nullopt, 7};
    QVERIFY(locked.id != 0 && m_catalog->addProfile(unlimited));
    QVERIFY(m_catalog->addStorage({0, m_sales, u"Sales NAS"_s, u"Basement"_s}));
    QVERIFY(m_catalog->addStorage({0, m_root, u"MSP cloud"_s, u"Frankfurt"_s}));
    QVERIFY(m_catalog->addStorage({0, m_fabrikam, u"Not in the chain"_s, QString()}));
    QVERIFY(m_catalog->addSubscription({0, m_contoso, u"b PAYG"_s}));
    QVERIFY(m_catalog->addSubscription({0, m_contoso, u"A PAYG"_s}));
    QVERIFY(m_catalog->addSecurityGroup({0, m_root, u"Helpdesk"_s, Permissions(Permission::CreateAccounts)}));
    QVERIFY(m_catalog->addSecurityGroup({0, m_sales, u"Sales admins"_s, Permissions(Permission::EditAccounts)}));

    const QList<qint64> chain {m_sales, m_contoso, m_root};
    CatalogStore store(*m_db);
    const CatalogParts parts {.profiles = asked.contains(u'P'),
                              .storages = asked.contains(u'S'),
                              .subscriptions = asked.contains(u'L'),
                              .securityGroups = asked.contains(u'G')};
    auto lists = store.lists(m_sales, parts);
    QVERIFY2(lists, lists ? "" : qPrintable(lists.error().message));
    const auto alone = [&](bool wanted, auto list) {
        return wanted ? *(store.*list)(chain) : decltype(*(store.*list)(chain)) {};
    };
    QCOMPARE(lists->profiles, alone(parts.profiles, &CatalogStore::profiles));
    QCOMPARE(lists->storages, alone(parts.storages, &CatalogStore::storages));
    QCOMPARE(lists->subscriptions, alone(parts.subscriptions, &CatalogStore::subscriptions));
    QCOMPARE(lists->securityGroups, alone(parts.securityGroups, &CatalogStore::securityGroups));
    QCOMPARE(lists->profiles.size(), parts.profiles ? 2 : 0);
    QCOMPARE(lists->storages.size(), parts.storages ? 2 : 0);
    if (parts.subscriptions)
        QCOMPARE(lists->subscriptions.first().name, u"A PAYG"_s);
    if (parts.securityGroups)
        QCOMPARE(lists->securityGroups.first().name, u"Sales admins"_s);
}

void TestCatalogService::anAccountTakesItsProfilesValues()
{
    const Profile profile = makeProfile(u"Standard"_s);
    AccountDraft input = draft(u"paula"_s);
    input.profileId = profile.id;
    auto created = m_accounts->create(m_sales, input);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QCOMPARE(created->profileId, profile.id);
    QCOMPARE(created->backupLocations, BackupLocations::CloudOnly);
    QCOMPARE(created->notificationLevel, NotificationLevel::All);
    QCOMPARE(created->quotas[Resource::Workstations], (Quota {3, 1}));
    QCOMPARE(created->quotas[Resource::Storage].limit, std::optional<qint64>(500'000'000'000));
    QVERIFY(created->overrides.isEmpty());
}

void TestCatalogService::profileChangesReachInheritedValuesButNotOverrides_data()
{
    QTest::addColumn<QString>("overridden");
    QTest::newRow("nothing overridden") << QString();
    QTest::newRow("workstations overridden") << ProfileRules::quotaKey(Resource::Workstations);
    QTest::newRow("notification level overridden") << ProfileRules::notificationLevelKey();
}

void TestCatalogService::profileChangesReachInheritedValuesButNotOverrides()
{
    QFETCH(QString, overridden);
    Profile profile = makeProfile(u"Standard"_s);
    AccountDraft input = draft(u"oscar"_s);
    input.profileId = profile.id;
    input.quotas[Resource::Workstations] = Quota {7, 0};
    input.notificationLevel = NotificationLevel::Off;
    if (!overridden.isEmpty())
        input.overrides.insert(overridden);
    auto created = m_accounts->create(m_contoso, input);
    QVERIFY(created);
    QCOMPARE(created->overrides, overridden.isEmpty() ? QSet<QString>() : QSet<QString> {overridden});

    QSignalSpy followed(m_catalog.get(), &CatalogService::accountsChanged);
    profile.quotas[Resource::Workstations] = Quota {5, 2};
    profile.notificationLevel = NotificationLevel::More;
    QVERIFY(m_catalog->updateProfile(profile));
    QCOMPARE(followed.count(), 1);

    auto after = m_accounts->account(created->id);
    QVERIFY(after);
    const bool workstationsOverridden = overridden == ProfileRules::quotaKey(Resource::Workstations);
    const bool levelOverridden = overridden == ProfileRules::notificationLevelKey();
    QCOMPARE(after->quotas[Resource::Workstations], workstationsOverridden ? (Quota {7, 0}) : (Quota {5, 2}));
    QCOMPARE(after->notificationLevel, levelOverridden ? NotificationLevel::Off : NotificationLevel::More);
    QCOMPARE(after->overrides, created->overrides);
}

void TestCatalogService::resettingAnOverrideTakesTheProfilesValueAgain()
{
    const Profile profile = makeProfile(u"Standard"_s);
    AccountDraft input = draft(u"rita"_s);
    input.profileId = profile.id;
    input.backupLocations = BackupLocations::LocalAndCloud;
    input.overrides.insert(ProfileRules::backupLocationsKey());
    auto created = m_accounts->create(m_contoso, input);
    QVERIFY(created);
    QCOMPARE(created->backupLocations, BackupLocations::LocalAndCloud);
    AccountDraft edit = created->draft();
    edit.overrides.remove(ProfileRules::backupLocationsKey());
    auto updated = m_accounts->update(created->id, edit);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    QCOMPARE(updated->backupLocations, BackupLocations::CloudOnly);
    QVERIFY(updated->overrides.isEmpty());
}

void TestCatalogService::dataLockIsRefusedByCore_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("delete") << u"delete"_s;
    QTest::newRow("change profile") << u"change profile"_s;
    QTest::newRow("drop profile") << u"drop profile"_s;
    QTest::newRow("remove license") << u"remove license"_s;
}

void TestCatalogService::dataLockIsRefusedByCore()
{
    QFETCH(QString, action);
    const Profile locked = makeProfile(u"Legal hold"_s, true);
    const Profile other = makeProfile(u"Standard"_s);
    auto subscription = m_catalog->addSubscription({0, m_contoso, u"Backup PAYG #1001"_s});
    QVERIFY(subscription);
    AccountDraft input = draft(u"larry"_s);
    input.profileId = locked.id;
    input.subscriptionIds = {subscription->id};
    auto created = m_accounts->create(m_contoso, input);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));

    Result<void> outcome;
    AccountDraft edit = created->draft();
    if (action == u"delete"_s) {
        outcome = m_accounts->remove(created->id);
    } else {
        if (action == u"change profile"_s)
            edit.profileId = other.id;
        else if (action == u"drop profile"_s)
            edit.profileId = 0;
        else
            edit.subscriptionIds.clear();
        auto updated = m_accounts->update(created->id, edit);
        outcome = updated ? Result<void>() : Result<void>(std::unexpected(updated.error()));
    }
    QVERIFY2(!outcome, "a data-locked account refuses it");
    QCOMPARE(outcome.error().code, Error::Code::NotAllowed);
    QVERIFY2(outcome.error().message.contains(u"data-locked"_s), qPrintable(outcome.error().message));
    auto after = m_accounts->account(created->id);
    QVERIFY(after);
    QCOMPARE(after->profileId, locked.id);
    QCOMPARE(after->subscriptionIds, QList<qint64> {subscription->id});
}

void TestCatalogService::dataLockHoldsAgainstPlainSql()
{
    // Another program (or a race past core's check) writing SQL directly still cannot do it.
    const Profile locked = makeProfile(u"Legal hold"_s, true);
    AccountDraft input = draft(u"lena"_s);
    input.profileId = locked.id;
    auto created = m_accounts->create(m_contoso, input);
    QVERIFY(created);
    auto deleted = m_db->run(u"DELETE FROM accounts WHERE id = ?"_s, {created->id});
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().code, Error::Code::NotAllowed);
    auto moved = m_db->run(u"UPDATE accounts SET profile_id = NULL WHERE id = ?"_s, {created->id});
    QVERIFY(!moved);
    QVERIFY(m_accounts->account(created->id));
}

void TestCatalogService::objectsInUseCannotBeDeleted()
{
    const Profile profile = makeProfile(u"Standard"_s);
    auto storage = m_catalog->addStorage({0, m_contoso, u"EU West"_s, QString()});
    auto securityGroup = m_catalog->addSecurityGroup(
        {0, m_contoso, u"Helpdesk"_s, Permissions(Permission::CreateAccounts) | Permission::EditAccounts});
    auto subscription = m_catalog->addSubscription({0, m_contoso, u"Backup PAYG #1001"_s});
    QVERIFY(storage && securityGroup && subscription);
    AccountDraft input = draft(u"uma"_s);
    input.profileId = profile.id;
    input.storageId = storage->id;
    input.securityGroupIds = {securityGroup->id};
    input.subscriptionIds = {subscription->id};
    auto created = m_accounts->create(m_contoso, input);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QCOMPARE(created->securityGroupIds, QList<qint64> {securityGroup->id});
    // Read back, both kinds of links at once: each in its own list.
    auto stored = m_accounts->account(created->id);
    QVERIFY(stored);
    QCOMPARE(stored->securityGroupIds, QList<qint64> {securityGroup->id});
    QCOMPARE(stored->subscriptionIds, QList<qint64> {subscription->id});

    for (auto [kind, id] : {std::pair {CatalogKind::Profile, profile.id}, std::pair {CatalogKind::Storage, storage->id},
                            std::pair {CatalogKind::SecurityGroup, securityGroup->id}}) {
        auto removed = m_catalog->remove(kind, id);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::NotAllowed);
        QVERIFY2(removed.error().message.contains(u"in use"_s), qPrintable(removed.error().message));
    }
    QVERIFY(m_accounts->remove(created->id));
    QVERIFY(m_catalog->remove(CatalogKind::Profile, profile.id));
    QVERIFY(m_catalog->remove(CatalogKind::Storage, storage->id));
    auto entries = AuditStore(*m_db).entriesFor(u"profile"_s, profile.id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->last().action, u"profile.deleted"_s);
}

void TestCatalogService::settingsRoundTripAndAreAudited()
{
    auto storage = m_catalog->addStorage({0, m_contoso, u"EU West"_s, QString()});
    QVERIFY(storage);
    GroupSettings settings;
    settings.customerId = u"CUST-0042"_s;
    settings.contactCompany = u"Contoso Ltd"_s;
    settings.contactAddress = u"1 Main Street\nSpringfield"_s;
    settings.contactPhone = u"+1 555 0100"_s;
    settings.contactEmail = u"it@contoso.com"_s;
    settings.services = everyService & ~Services(Service::MobileDevices);
    settings.backupNewUsersAutomatically = Services(Service::M365Mailboxes) | Service::M365OneDrive;
    settings.digestRecipients = {u"it@contoso.com"_s, u"boss@contoso.com"_s, u"IT@contoso.com"_s};
    settings.defaultStorageId = storage->id;
    settings.limits[Resource::Storage].limit = 2'000'000'000'000;
    QSignalSpy changed(m_catalog.get(), &CatalogService::settingsChanged);
    auto saved = m_catalog->updateSettings(m_contoso, settings);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(changed.count(), 1);
    auto loaded = m_catalog->settings(m_contoso);
    QVERIFY(loaded);
    QCOMPARE(loaded->customerId, settings.customerId);
    QCOMPARE(loaded->contactAddress, settings.contactAddress);
    QCOMPARE(loaded->services, settings.services);
    QCOMPARE(loaded->backupNewUsersAutomatically, settings.backupNewUsersAutomatically);
    QCOMPARE(loaded->digestRecipients, (QStringList {u"it@contoso.com"_s, u"boss@contoso.com"_s}));
    QCOMPARE(loaded->defaultStorageId, storage->id);
    QCOMPARE(loaded->limits[Resource::Storage].limit, std::optional<qint64>(2'000'000'000'000));
    auto entries = AuditStore(*m_db).entriesFor(u"group"_s, m_contoso);
    QVERIFY(entries);
    QCOMPARE(entries->last().action, u"group.settings-changed"_s);
    QCOMPARE(entries->last().after.value(u"customerId"_s).toString(), u"CUST-0042"_s);
}

void TestCatalogService::settingsAreValidated_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("digest recipient") << u"digest"_s << u"digestRecipients"_s;
    QTest::newRow("contact email") << u"email"_s << u"contactEmail"_s;
    QTest::newRow("contact phone") << u"phone"_s << u"contactPhone"_s;
    QTest::newRow("limit above the organization's") << u"limit"_s << Field::quotaLimit(Resource::Servers);
    QTest::newRow("default storage of another customer") << u"storage"_s << Field::storage;
}

void TestCatalogService::settingsAreValidated()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    GroupSettings contoso = *m_catalog->settings(m_contoso);
    contoso.limits[Resource::Servers].limit = 10;
    QVERIFY(m_catalog->updateSettings(m_contoso, contoso));
    auto elsewhere = m_catalog->addStorage({0, m_fabrikam, u"Fabrikam cloud"_s, QString()});
    QVERIFY(elsewhere);

    GroupSettings settings = *m_catalog->settings(m_sales);
    if (what == u"digest"_s)
        settings.digestRecipients = {u"ok@example.com"_s, u"not an address"_s};
    else if (what == u"email"_s)
        settings.contactEmail = u"it@@contoso"_s;
    else if (what == u"phone"_s)
        settings.contactPhone = u"call us"_s;
    else if (what == u"limit"_s)
        settings.limits[Resource::Servers].limit = 11;
    else
        settings.defaultStorageId = elsewhere->id;
    auto saved = m_catalog->updateSettings(m_sales, settings);
    QVERIFY(!saved);
    QCOMPARE(saved.error().field, field);
    QCOMPARE(m_catalog->settings(m_sales)->digestRecipients, QStringList());
}

void TestCatalogService::switchedOffServicesGetNoQuota()
{
    GroupSettings settings = *m_catalog->settings(m_contoso);
    settings.services = everyService & ~Services(Service::Servers);
    QVERIFY(m_catalog->updateSettings(m_contoso, settings));
    QVERIFY2(!m_catalog->catalog(m_sales)->services.testFlag(Service::Servers),
             "a unit inherits a switched-off service");
    auto created = m_accounts->create(m_sales, draft(u"sven"_s));
    QVERIFY(created);
    QCOMPARE(created->quotas[Resource::Servers].limit, std::optional<qint64>(0));
    QVERIFY2(!created->quotas[Resource::Workstations].limit, "a service still on keeps its unlimited quota");
}

void TestCatalogService::onlyTheCatalogsObjectsMayBeAssigned_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::newRow("profile") << u"profile"_s << Field::profile;
    QTest::newRow("storage") << u"storage"_s << Field::storage;
    QTest::newRow("subscription") << u"subscription"_s << Field::subscriptions;
    QTest::newRow("security group") << u"security group"_s << Field::securityGroups;
}

void TestCatalogService::onlyTheCatalogsObjectsMayBeAssigned()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    // Fabrikam's objects are not Contoso's to give.
    Profile foreignProfile;
    foreignProfile.groupId = m_fabrikam;
    foreignProfile.name = u"Fabrikam standard"_s;
    const qint64 profile = m_catalog->addProfile(foreignProfile)->id;
    const qint64 storage = m_catalog->addStorage({0, m_fabrikam, u"F"_s, QString()})->id;
    const qint64 subscription = m_catalog->addSubscription({0, m_fabrikam, u"F"_s})->id;
    const qint64 securityGroup = m_catalog->addSecurityGroup({0, m_fabrikam, u"F"_s, {}})->id;
    AccountDraft input = draft(u"trudy"_s);
    if (kind == u"profile"_s)
        input.profileId = profile;
    else if (kind == u"storage"_s)
        input.storageId = storage;
    else if (kind == u"subscription"_s)
        input.subscriptionIds = {subscription};
    else
        input.securityGroupIds = {securityGroup};
    auto created = m_accounts->create(m_contoso, input);
    QVERIFY(!created);
    QCOMPARE(created.error().field, field);
}

void TestCatalogService::assigningASubscriptionLicensesTheAccount()
{
    auto created = m_accounts->create(m_contoso, draft(u"ulrich"_s));
    QVERIFY(created);
    QVERIFY2(!created->isLicensed(), "an account starts unlicensed");
    auto first = m_catalog->addSubscription({0, m_root, u"MSP PAYG"_s});
    auto second = m_catalog->addSubscription({0, m_contoso, u"Contoso capped"_s});
    QVERIFY(first && second);
    auto assigned = m_accounts->assignSubscriptions(created->id, {first->id, second->id});
    QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message));
    QVERIFY(assigned->isLicensed());
    QCOMPARE(assigned->subscriptionCount, 2);
    auto page = m_accounts->page(AccountQuery {}, 0, 10);
    QVERIFY(page);
    QCOMPARE(page->first().subscriptionCount, 2);
}

void TestCatalogService::theSubscriptionCountIsTheNumberOfLinks_data()
{
    QTest::addColumn<int>("created"); // links the account is created with
    QTest::addColumn<int>("assigned"); // links added afterwards
    QTest::addColumn<bool>("batch"); // created by createAll (an import), not create
    QTest::newRow("none, then one") << 0 << 1 << false;
    QTest::newRow("one") << 1 << 0 << false;
    QTest::newRow("two, then one more") << 2 << 1 << false;
    QTest::newRow("two in a batch, then one more") << 2 << 1 << true;
}

void TestCatalogService::theSubscriptionCountIsTheNumberOfLinks()
{
    // A new account is written with its count; links added, removed or written in plain SQL
    // afterwards count again (0026_subscription_counts.sql), on every backend.
    QFETCH(int, created);
    QFETCH(int, assigned);
    QFETCH(bool, batch);
    QList<qint64> subscriptions;
    for (int i = 0; i < 4; ++i) {
        auto added = m_catalog->addSubscription({0, m_contoso, u"Plan %1"_s.arg(i)});
        QVERIFY(added);
        subscriptions.append(added->id);
    }
    AccountDraft input = draft(u"ulrich"_s);
    input.subscriptionIds = subscriptions.mid(0, created);
    std::optional<Account> account;
    if (batch) {
        auto made = m_accounts->createAll({{m_contoso, draft(u"vera"_s)}, {m_contoso, input}});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        account = made->at(1);
    } else {
        auto made = m_accounts->create(m_contoso, input);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        account = *made;
    }
    const auto stored = [&]() {
        auto read = m_accounts->account(account->id);
        return read ? read->subscriptionCount : -1;
    };
    QCOMPARE(account->subscriptionCount, created);
    QCOMPARE(stored(), created);
    if (assigned > 0) {
        auto more = m_accounts->assignSubscriptions(account->id, subscriptions.mid(created, assigned));
        QVERIFY2(more, more ? "" : qPrintable(more.error().message));
        QCOMPARE(more->subscriptionCount, created + assigned);
        QCOMPARE(stored(), created + assigned);
    }
    // Written and removed in plain SQL, as a script would.
    QVERIFY(m_db->run(u"INSERT INTO account_subscriptions (account_id, subscription_id) VALUES (?, ?)"_s,
                      {account->id, subscriptions.last()}));
    QCOMPARE(stored(), created + assigned + 1);
    QVERIFY(m_db->run(u"DELETE FROM account_subscriptions WHERE account_id = ?"_s, {account->id}));
    QCOMPARE(stored(), 0);
}

void TestCatalogService::linksAddedAtOnceFromTwoConnectionsAreAllCounted()
{
    // A link is added while another transaction's link to the same account is not committed yet:
    // the count waits for that commit and counts both (on PostgreSQL the lock before the count,
    // 0029_subscription_counts_by_index.sql; without it each would count its own link only).
    QList<qint64> subscriptions;
    for (int i = 0; i < 2; ++i) {
        auto added = m_catalog->addSubscription({0, m_contoso, u"Plan %1"_s.arg(i)});
        QVERIFY(added);
        subscriptions.append(added->id);
    }
    auto account = m_accounts->create(m_contoso, draft(u"xenia"_s));
    QVERIFY2(account, account ? "" : qPrintable(account.error().message));
    const QString link = u"INSERT INTO account_subscriptions (account_id, subscription_id) VALUES (?, ?)"_s;
    std::unique_ptr<QThread> other;
    QString otherProblem = u"did not run"_s;
    auto first = m_db->write([&]() -> Result<void> {
        if (auto added = m_db->run(link, {account->id, subscriptions.at(0)}); !added)
            return fail(added.error());
        other.reset(QThread::create([&] {
            auto db = Database::open(m_db->address());
            if (!db) {
                otherProblem = test::describe(db.error());
                return;
            }
            auto added = (*db)->run(link, {account->id, subscriptions.at(1)});
            otherProblem = added ? QString() : test::describe(added.error());
        }));
        other->start();
        QThread::msleep(500); // the other connection's link waits for this commit meanwhile
        return {};
    });
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QVERIFY(other->wait(60'000));
    QVERIFY2(otherProblem.isEmpty(), qPrintable(otherProblem));
    auto stored = m_accounts->account(account->id);
    QVERIFY(stored);
    QCOMPARE(stored->subscriptionCount, 2);
}

void TestCatalogService::aPasswordIsStoredOnlyAsItsHash()
{
    AccountDraft input = draft(u"petra"_s);
    input.password = u"violet-harbour-71-kites"_s;
    auto created = m_accounts->create(m_contoso, input);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(created->hasPassword);
    QVERIFY(created->password.isEmpty());
    auto stored = m_db->run(u"SELECT password_hash FROM accounts WHERE id = ?"_s, {created->id});
    QVERIFY(stored && stored->next());
    const QString hash = stored->value(0).toString();
    QVERIFY(PasswordHasher::verify(hash, input.password));
    auto entries = AuditStore(*m_db).entriesFor(u"account"_s, created->id);
    QVERIFY(entries);
    const QByteArray audit = QJsonDocument(entries->first().after).toJson();
    QVERIFY2(!audit.contains("violet") && !audit.contains("argon2"), audit.constData());

    AccountDraft weak = draft(u"walter"_s);
    weak.password = u"password1234"_s;
    auto refused = m_accounts->create(m_contoso, weak);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, Field::password);
}

QTEST_GUILESS_MAIN(TestCatalogService)
#include "tst_catalogservice.moc"
