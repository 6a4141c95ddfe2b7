#include "tests/cli/clitest.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line: profiles, storages, subscriptions and security groups, and what they do to accounts.
class TestCliCatalog final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldManageCatalogItems_data();
    void shouldManageCatalogItems();
    void shouldRejectInvalidCatalogInput_data();
    void shouldRejectInvalidCatalogInput();
    void shouldRefuseDeletingItemsInUse_data();
    void shouldRefuseDeletingItemsInUse();
    void shouldInheritProfileValuesAndKeepOverrides();
    void shouldEnforceDataLock();
    void shouldLicenseByAssigningSubscriptions();
};

void TestCliCatalog::shouldManageCatalogItems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("addOptions");
    QTest::addColumn<QStringList>("editOptions");
    QTest::addColumn<QString>("path"); // where the options show in the item's JSON
    QTest::addColumn<QJsonValue>("added");
    QTest::addColumn<QJsonValue>("edited");
    QTest::newRow("profile notifications")
        << u"profile"_s << QStringList {u"--notifications"_s, u"all"_s} << QStringList {u"--notifications"_s, u"off"_s}
        << u"notificationLevel"_s << QJsonValue(u"all"_s) << QJsonValue(u"off"_s);
    QTest::newRow("profile data lock") << u"profile"_s << QStringList {u"--data-lock"_s}
                                       << QStringList {u"--no-data-lock"_s} << u"dataLock"_s << QJsonValue(true)
                                       << QJsonValue(false);
    QTest::newRow("profile backup locations")
        << u"profile"_s << QStringList {u"--backup-locations"_s, u"cloud-only"_s}
        << QStringList {u"--backup-locations"_s, u"local-and-cloud"_s} << u"backupLocations"_s
        << QJsonValue(u"cloud-only"_s) << QJsonValue(u"local-and-cloud"_s);
    QTest::newRow("profile quota") << u"profile"_s << QStringList {u"--quota"_s, u"storage=1GB"_s}
                                   << QStringList {u"--quota"_s, u"storage=unlimited"_s} << u"quotas/storage/limit"_s
                                   << QJsonValue(1000000000) << QJsonValue(u"unlimited"_s);
    QTest::newRow("profile overage") << u"profile"_s << QStringList {u"--overage"_s, u"servers=2"_s}
                                     << QStringList {u"--overage"_s, u"servers=0"_s} << u"quotas/servers/overage"_s
                                     << QJsonValue(2) << QJsonValue(0);
    QTest::newRow("storage region") << u"storage"_s << QStringList {u"--region"_s, u"eu-central"_s}
                                    << QStringList {u"--region"_s, u"us-east"_s} << u"region"_s
                                    << QJsonValue(u"eu-central"_s) << QJsonValue(u"us-east"_s);
    QTest::newRow("subscription") << u"subscription"_s << QStringList {} << QStringList {} << u"groupId"_s
                                  << QJsonValue(2) << QJsonValue(2);
    QTest::newRow("security group permissions")
        << u"security-group"_s
        << QStringList {u"--permission"_s, u"view-audit-log"_s, u"--permission"_s, u"create-accounts"_s}
        << QStringList {u"--permission"_s, u"manage-settings"_s} << u"permissions"_s
        << QJsonValue(QJsonArray {u"create-accounts"_s, u"view-audit-log"_s})
        << QJsonValue(QJsonArray {u"manage-settings"_s});
    QTest::newRow("security group without permissions")
        << u"security-group"_s << QStringList {u"--permission"_s, u"delete-accounts"_s}
        << QStringList {u"--no-permissions"_s} << u"permissions"_s << QJsonValue(QJsonArray {u"delete-accounts"_s})
        << QJsonValue(QJsonArray());
}

void TestCliCatalog::shouldManageCatalogItems()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, addOptions);
    QFETCH(QStringList, editOptions);
    QFETCH(QString, path);
    QFETCH(QJsonValue, added);
    QFETCH(QJsonValue, edited);
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;

    Run run =
        cli(QStringList {kind, u"add"_s, u"--group"_s, contoso, u"--name"_s, u"First"_s, u"--json"_s} + addOptions);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject item = parse(run).object();
    QCOMPARE(item[u"name"_s].toString(), u"First"_s);
    QCOMPARE(item[u"groupId"_s].toInteger(), 2);
    QCOMPARE(valueAt(item, path), added);
    const qint64 id = item[u"id"_s].toInteger();

    // Names are unique within a group, compared as core compares them; another group may reuse one.
    run = cli({kind, u"add"_s, u"--group"_s, contoso, u"--name"_s, u" first "_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"name: "_s), qPrintable(run.err));
    run = cli({kind, u"add"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--name"_s, u"First"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\"First\""_s), qPrintable(run.out));

    // list: what the group defines; --available: also what the groups above define.
    run = cli({kind, u"list"_s, u"--group"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonArray items = parse(run).array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject(), item);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 1);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--available"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 2);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP"_s, u"--available"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 0);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--available"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Acme MSP/Contoso/Sales"_s) && run.out.contains(u"Acme MSP/Contoso"_s),
             qPrintable(run.out));

    // edit by name: only the options given change.
    run = cli(QStringList {kind, u"edit"_s, u"first"_s, u"--group"_s, contoso, u"--name"_s, u"Renamed"_s, u"--json"_s}
              + editOptions);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    item = parse(run).object();
    QCOMPARE(item[u"id"_s].toInteger(), id);
    QCOMPARE(item[u"name"_s].toString(), u"Renamed"_s);
    QCOMPARE(valueAt(item, path), edited);
    // edit by id; an edit without options keeps everything.
    run = cli({kind, u"edit"_s, QString::number(id), u"--group"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object(), item);
    // Renaming onto the other item's name is refused by core.
    const qint64 other = addItem(kind, contoso, u"Second"_s);
    QVERIFY(other > 0);
    run = cli({kind, u"edit"_s, u"Second"_s, u"--group"_s, contoso, u"--name"_s, u"RENAMED"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"name: "_s), qPrintable(run.err));
    // An item of another group is not found by id or name.
    run = cli({kind, u"edit"_s, QString::number(id), u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--name"_s, u"X"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(kind + u": "_s), qPrintable(run.err));

    run = cli({kind, u"delete"_s, u"Renamed"_s, u"--group"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Renamed"_s), qPrintable(run.out));
    run = cli({kind, u"delete"_s, QString::number(other), u"--group"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({kind, u"list"_s, u"--group"_s, contoso, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 0);
    run = cli({kind, u"delete"_s, u"Renamed"_s, u"--group"_s, contoso});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(kind + u": "_s), qPrintable(run.err));
}

void TestCliCatalog::shouldRejectInvalidCatalogInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << QStringList {u"subscription"_s, u"add"_s, u"--name"_s, u"  "_s} << u"name"_s;
    QTest::newRow("profile quota") << QStringList {u"profile"_s, u"add"_s,     u"--name"_s,
                                                   u"P"_s,       u"--quota"_s, u"storage=lots"_s}
                                   << u"quota.storage.limit"_s;
    QTest::newRow("profile notifications")
        << QStringList {u"profile"_s, u"add"_s, u"--name"_s, u"P"_s, u"--notifications"_s, u"loud"_s}
        << u"notificationLevel"_s;
    QTest::newRow("profile above the group's limit")
        << QStringList {u"profile"_s, u"add"_s, u"--name"_s, u"P"_s, u"--quota"_s, u"workstations=50"_s}
        << u"quota.workstations.limit"_s;
    QTest::newRow("unknown permission") << QStringList {u"security-group"_s, u"add"_s, u"--name"_s, u"S"_s,
                                                        u"--permission"_s,   u"fly"_s}
                                        << u"permission"_s;
    QTest::newRow("unknown group") << QStringList {u"storage"_s, u"add"_s,     u"--name"_s,
                                                   u"S"_s,       u"--group"_s, u"Acme MSP/Nowhere"_s}
                                   << u"group"_s;
}

void TestCliCatalog::shouldRejectInvalidCatalogInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    addRootAndCustomer();
    Run run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s, u"--limit"_s, u"workstations=10"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Later options win, so a --group in `arguments` replaces this one.
    run = cli(QStringList {u"--group"_s, u"Acme MSP/Contoso"_s} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));
    run = cli({arguments.first(), u"list"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 0);
}

void TestCliCatalog::shouldRefuseDeletingItemsInUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("accountOption");
    QTest::newRow("profile") << u"profile"_s << u"--profile"_s;
    QTest::newRow("storage") << u"storage"_s << u"--storage"_s;
    QTest::newRow("subscription") << u"subscription"_s << u"--subscription"_s;
    QTest::newRow("security group") << u"security-group"_s << u"--security-group"_s;
}

void TestCliCatalog::shouldRefuseDeletingItemsInUse()
{
    QFETCH(QString, kind);
    QFETCH(QString, accountOption);
    addRootAndCustomer();
    const qint64 id = addItem(kind, u"Acme MSP"_s, u"Shared"_s);
    QVERIFY(id > 0);
    // An account of a group below uses the item by name.
    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s, {accountOption, u"shared"_s});

    Run run = cli({kind, u"delete"_s, u"Shared"_s, u"--group"_s, u"Acme MSP"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(u"name: "_s) && run.err.contains(u"in use"_s), qPrintable(run.err));
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 1);

    // Once the account is gone, the item may go.
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"alice"_s}).exitCode, 0);
    run = cli({kind, u"delete"_s, QString::number(id), u"--group"_s, u"Acme MSP"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliCatalog::shouldInheritProfileValuesAndKeepOverrides()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    QVERIFY(addItem(u"profile"_s, contoso, u"Standard"_s,
                    {u"--quota"_s, u"storage=500GB"_s, u"--quota"_s, u"workstations=3"_s, u"--overage"_s,
                     u"workstations=1"_s, u"--notifications"_s, u"more"_s, u"--backup-locations"_s, u"cloud-only"_s})
            > 0);
    const qint64 gold = addItem(u"profile"_s, u"Acme MSP"_s, u"Gold"_s, {u"--quota"_s, u"servers=9"_s});

    // Options given with --profile override exactly those values; the rest comes from the profile.
    addAccount(u"alice"_s, contoso,
               {u"--profile"_s, u"Standard"_s, u"--quota"_s, u"storage=1TB"_s, u"--notifications"_s, u"all"_s});
    QJsonObject alice = account(u"alice"_s);
    QCOMPARE(alice[u"profileId"_s].toInteger(), 1);
    QCOMPARE(alice[u"overrides"_s].toArray(), (QJsonArray {u"notificationLevel"_s, u"quota.storage"_s}));
    QCOMPARE(valueAt(alice, u"quotas/storage/limit"_s).toInteger(), Q_INT64_C(1000000000000));
    QCOMPARE(valueAt(alice, u"quotas/workstations/limit"_s).toInteger(), 3);
    QCOMPARE(valueAt(alice, u"quotas/workstations/overage"_s).toInteger(), 1);
    QCOMPARE(alice[u"notificationLevel"_s].toString(), u"all"_s);
    QCOMPARE(alice[u"backupLocations"_s].toString(), u"cloud-only"_s);

    // An overage alone overrides that resource and keeps the profile's limit.
    addAccount(u"bob"_s, contoso, {u"--profile"_s, u"1"_s, u"--overage"_s, u"workstations=2"_s});
    const QJsonObject bob = account(u"bob"_s);
    QCOMPARE(bob[u"overrides"_s].toArray(), QJsonArray {u"quota.workstations"_s});
    QCOMPARE(valueAt(bob, u"quotas/workstations/limit"_s).toInteger(), 3);
    QCOMPARE(valueAt(bob, u"quotas/workstations/overage"_s).toInteger(), 2);

    // Without a profile nothing is an override.
    addAccount(u"carla"_s, contoso, {u"--quota"_s, u"storage=1TB"_s});
    QCOMPARE(account(u"carla"_s)[u"overrides"_s].toArray(), QJsonArray());

    // A profile change reaches what is inherited, not what is overridden.
    Run run = cli({u"profile"_s, u"edit"_s, u"Standard"_s, u"--group"_s, contoso, u"--quota"_s, u"workstations=5"_s,
                   u"--notifications"_s, u"off"_s, u"--quota"_s, u"storage=600GB"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = account(u"alice"_s);
    QCOMPARE(valueAt(alice, u"quotas/workstations/limit"_s).toInteger(), 5);
    QCOMPARE(valueAt(alice, u"quotas/storage/limit"_s).toInteger(), Q_INT64_C(1000000000000));
    QCOMPARE(alice[u"notificationLevel"_s].toString(), u"all"_s);

    // Resetting an override takes the profile's value again; the other override stays.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--reset-to-profile"_s, u"quota.storage"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"overrides"_s].toArray(), QJsonArray {u"notificationLevel"_s});
    QCOMPARE(valueAt(alice, u"quotas/storage/limit"_s).toInteger(), Q_INT64_C(600000000000));
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--reset-to-profile"_s, u"notifications"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = account(u"alice"_s);
    QCOMPARE(alice[u"overrides"_s].toArray(), QJsonArray());
    QCOMPARE(alice[u"notificationLevel"_s].toString(), u"off"_s);
    run = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(run.out.contains(u"(from the profile)"_s) && !run.out.contains(u"(overridden)"_s), qPrintable(run.out));
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--reset-to-profile"_s, u"colour"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"reset-to-profile: "_s), qPrintable(run.err));

    // A value edited on an account with a profile becomes an override.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--backup-locations"_s, u"local-and-cloud"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"overrides"_s].toArray(), QJsonArray {u"backupLocations"_s});

    // Another profile (of the group above, by name); then none: the values stay, nothing is overridden.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--profile"_s, u"gold"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"profileId"_s].toInteger(), gold);
    QCOMPARE(valueAt(alice, u"quotas/servers/limit"_s).toInteger(), 9);
    QCOMPARE(alice[u"backupLocations"_s].toString(), u"local-and-cloud"_s);
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--no-profile"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"profileId"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(alice[u"overrides"_s].toArray(), QJsonArray());
    QCOMPARE(valueAt(alice, u"quotas/servers/limit"_s).toInteger(), 9);
}

void TestCliCatalog::shouldEnforceDataLock()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    const qint64 locked = addItem(u"profile"_s, contoso, u"Locked"_s, {u"--data-lock"_s});
    QVERIFY(addItem(u"profile"_s, contoso, u"Open"_s) > 0);
    addAccount(u"alice"_s, contoso, {u"--profile"_s, u"Locked"_s});

    Run run = cli({u"account"_s, u"delete"_s, u"alice"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"profile: "_s), qPrintable(run.err));
    QCOMPARE(account(u"alice"_s)[u"login"_s].toString(), u"alice"_s);

    for (const QStringList &change : {QStringList {u"--profile"_s, u"Open"_s}, QStringList {u"--no-profile"_s}}) {
        run = cli(QStringList {u"account"_s, u"edit"_s, u"alice"_s} + change);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"profile: "_s), qPrintable(run.err));
        QCOMPARE(account(u"alice"_s)[u"profileId"_s].toInteger(), locked);
    }
    // Everything else may change.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--first-name"_s, u"Alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(account(u"alice"_s)[u"firstName"_s].toString(), u"Alice"_s);

    // Lifting the lock makes the account deletable.
    run = cli({u"profile"_s, u"edit"_s, u"Locked"_s, u"--group"_s, contoso, u"--no-data-lock"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"account"_s, u"delete"_s, u"alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliCatalog::shouldLicenseByAssigningSubscriptions()
{
    addRootAndCustomer();
    const qint64 first = addItem(u"subscription"_s, u"Acme MSP"_s, u"Backup PAYG #1001"_s);
    const qint64 second = addItem(u"subscription"_s, u"Acme MSP/Contoso"_s, u"Backup PAYG #1002"_s);
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    QJsonObject alice = account(u"alice"_s);
    QCOMPARE(alice[u"licensed"_s].toBool(), false);
    Run run = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(run.out.contains(u"unlicensed"_s), qPrintable(run.out));

    run = cli(
        {u"account"_s, u"assign-subscription"_s, u"alice"_s, u"--subscription"_s, u"backup payg #1001"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"licensed"_s].toBool(), true);
    QCOMPARE(alice[u"subscriptionIds"_s].toArray(), QJsonArray {first});

    // Adds to what the account has; by id; twice the same is once.
    run = cli({u"account"_s, u"assign-subscription"_s, u"alice"_s, u"--subscription"_s, QString::number(second),
               u"--subscription"_s, QString::number(first)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Backup PAYG #1001, Backup PAYG #1002"_s), qPrintable(run.out));
    QCOMPARE(account(u"alice"_s)[u"subscriptionIds"_s].toArray(), (QJsonArray {first, second}));

    // A subscription of another branch of the tree is not the account's to have.
    run = cli({u"group"_s, u"add"_s, u"Fabrikam"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(addItem(u"subscription"_s, u"Acme MSP/Fabrikam"_s, u"Other"_s) > 0);
    run = cli({u"account"_s, u"assign-subscription"_s, u"alice"_s, u"--subscription"_s, u"Other"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"subscriptions: "_s), qPrintable(run.err));
    run = cli({u"account"_s, u"assign-subscription"_s, u"nobody"_s, u"--subscription"_s, u"1"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"login: "_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCatalog)

#include "tst_cli_catalog.moc"
