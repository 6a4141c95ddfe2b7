#include "core/domain/account.h"
#include "core/domain/accountquery.h"
#include "core/domain/catalog.h"
#include "core/domain/catalogkind.h"
#include "core/domain/databaseaddress.h"
#include "core/domain/enumkeys.h"
#include "core/domain/quota.h"
#include "core/mail/outboxmessage.h"
#include "core/mail/smtpsettings.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// What the test knows of one keyed enum, with its type erased: a _data() row holds a name.
struct Table
{
    qsizetype size;
    std::function<QStringList()> keys;
    std::function<QString(int)> toKey; // by the value's integer
    std::function<std::optional<int>(const QString &)> fromKey;
};

template<KeyedEnum Enum> Table table()
{
    return {
        static_cast<qsizetype>(EnumKeys<Enum>::entries.size()),
        [] { return allKeys<Enum>(); },
        [](int value) { return bc::toKey(static_cast<Enum>(value)); },
        [](const QString &key) -> std::optional<int> {
            if (auto value = bc::fromKey<Enum>(key))
                return static_cast<int>(*value);
            return std::nullopt;
        },
    };
}

const QHash<QString, Table> &tables()
{
    static const QHash<QString, Table> all {
        {u"AccountStatus"_s, table<AccountStatus>()},
        {u"BackupLocations"_s, table<BackupLocations>()},
        {u"NotificationLevel"_s, table<NotificationLevel>()},
        {u"AccountTrait"_s, table<AccountTrait>()},
        {u"Resource"_s, table<Resource>()},
        {u"Service"_s, table<Service>()},
        {u"Permission"_s, table<Permission>()},
        {u"OutboxStatus"_s, table<OutboxMessage::Status>()},
        {u"SmtpSecurity"_s, table<SmtpSettings::Security>()},
        {u"Backend"_s, table<DatabaseAddress::Backend>()},
        {u"CatalogKind"_s, table<CatalogKind>()},
        {u"DefaultOrigin"_s, table<DefaultChoice::Origin>()},
    };
    return all;
}

// Every value of every keyed enum with the key it is stored under. The keys are in databases,
// scripts and JSON readers already: a row changes only with a migration of all of them.
struct Row
{
    const char *enumName;
    int value;
    const char *key;
};

template<typename Enum> int number(Enum value)
{
    return static_cast<int>(value);
}

const QList<Row> &rows()
{
    static const QList<Row> all {
        {"AccountStatus", number(AccountStatus::Inactive), "inactive"},
        {"AccountStatus", number(AccountStatus::Active), "active"},
        {"AccountStatus", number(AccountStatus::Disabled), "disabled"},
        {"BackupLocations", number(BackupLocations::LocalAndCloud), "local-and-cloud"},
        {"BackupLocations", number(BackupLocations::CloudOnly), "cloud-only"},
        {"NotificationLevel", number(NotificationLevel::Off), "off"},
        {"NotificationLevel", number(NotificationLevel::Less), "less"},
        {"NotificationLevel", number(NotificationLevel::More), "more"},
        {"NotificationLevel", number(NotificationLevel::All), "all"},
        {"AccountTrait", number(AccountTrait::Unlicensed), "unlicensed"},
        {"AccountTrait", number(AccountTrait::Administrator), "admin"},
        {"AccountTrait", number(AccountTrait::EmailFailed), "email-failed"},
        {"Resource", number(Resource::Workstations), "workstations"},
        {"Resource", number(Resource::Servers), "servers"},
        {"Resource", number(Resource::VirtualMachines), "virtual-machines"},
        {"Resource", number(Resource::MobileDevices), "mobile-devices"},
        {"Resource", number(Resource::M365Mailboxes), "m365-mailboxes"},
        {"Resource", number(Resource::Storage), "storage"},
        {"Service", number(Service::Workstations), "workstations"},
        {"Service", number(Service::Servers), "servers"},
        {"Service", number(Service::VirtualMachines), "virtual-machines"},
        {"Service", number(Service::MobileDevices), "mobile-devices"},
        {"Service", number(Service::M365Mailboxes), "m365-mailboxes"},
        {"Service", number(Service::M365OneDrive), "m365-onedrive"},
        {"Service", number(Service::M365SharePoint), "m365-sharepoint"},
        {"Service", number(Service::M365Teams), "m365-teams"},
        {"Permission", number(Permission::CreateAccounts), "create-accounts"},
        {"Permission", number(Permission::EditAccounts), "edit-accounts"},
        {"Permission", number(Permission::DeleteAccounts), "delete-accounts"},
        {"Permission", number(Permission::ManageGroups), "manage-groups"},
        {"Permission", number(Permission::ViewAuditLog), "view-audit-log"},
        {"Permission", number(Permission::ManageSettings), "manage-settings"},
        {"Permission", number(Permission::ManageOperators), "manage-operators"},
        {"OutboxStatus", number(OutboxMessage::Status::Queued), "queued"},
        {"OutboxStatus", number(OutboxMessage::Status::Sending), "sending"},
        {"OutboxStatus", number(OutboxMessage::Status::Sent), "sent"},
        {"OutboxStatus", number(OutboxMessage::Status::Failed), "failed"},
        {"OutboxStatus", number(OutboxMessage::Status::Withdrawn), "withdrawn"},
        {"SmtpSecurity", number(SmtpSettings::Security::None), "none"},
        {"SmtpSecurity", number(SmtpSettings::Security::StartTls), "starttls"},
        {"SmtpSecurity", number(SmtpSettings::Security::Tls), "tls"},
        {"Backend", number(DatabaseAddress::Backend::Sqlite), "sqlite"},
        {"Backend", number(DatabaseAddress::Backend::PostgreSql), "postgresql"},
        {"Backend", number(DatabaseAddress::Backend::MariaDb), "mariadb"},
        {"CatalogKind", number(CatalogKind::Profile), "profile"},
        {"CatalogKind", number(CatalogKind::Storage), "storage"},
        {"CatalogKind", number(CatalogKind::Subscription), "subscription"},
        {"CatalogKind", number(CatalogKind::SecurityGroup), "security-group"},
        {"DefaultOrigin", number(DefaultChoice::Origin::None), "none"},
        {"DefaultOrigin", number(DefaultChoice::Origin::Own), "own"},
        {"DefaultOrigin", number(DefaultChoice::Origin::Inherited), "inherited"},
        {"DefaultOrigin", number(DefaultChoice::Origin::OnlyOne), "only-one"},
    };
    return all;
}

} // namespace

class TestEnumKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyValueRoundTripsThroughItsKey_data();
    void everyValueRoundTripsThroughItsKey();
    void keysAreReadAsPeopleTypeThem_data();
    void keysAreReadAsPeopleTypeThem();
    void unknownKeysAreRefused_data();
    void unknownKeysAreRefused();
    void everyTableEntryHasARowAbove_data();
    void everyTableEntryHasARowAbove();
};

void TestEnumKeys::everyValueRoundTripsThroughItsKey_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("key");
    for (const Row &row : rows())
        QTest::addRow("%s %s", row.enumName, row.key)
            << QString::fromLatin1(row.enumName) << row.value << QString::fromLatin1(row.key);
}

void TestEnumKeys::everyValueRoundTripsThroughItsKey()
{
    QFETCH(QString, enumName);
    QFETCH(int, value);
    QFETCH(QString, key);
    const Table &table = tables().value(enumName);
    QCOMPARE(table.toKey(value), key);
    QCOMPARE(table.fromKey(key), std::optional<int>(value));
    QVERIFY2(table.keys().contains(key), qPrintable(u"%1 lists no key %2"_s.arg(enumName, key)));
}

void TestEnumKeys::keysAreReadAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("value");
    QTest::newRow("upper case") << u"AccountStatus"_s << u"ACTIVE"_s << number(AccountStatus::Active);
    QTest::newRow("mixed case") << u"Resource"_s << u"Virtual-Machines"_s << number(Resource::VirtualMachines);
    QTest::newRow("blanks around") << u"SmtpSecurity"_s << u"  starttls\t"_s
                                   << number(SmtpSettings::Security::StartTls);
    QTest::newRow("trait") << u"AccountTrait"_s << u"Admin"_s << number(AccountTrait::Administrator);
}

void TestEnumKeys::keysAreReadAsPeopleTypeThem()
{
    QFETCH(QString, enumName);
    QFETCH(QString, typed);
    QFETCH(int, value);
    QCOMPARE(tables().value(enumName).fromKey(typed), std::optional<int>(value));
}

void TestEnumKeys::unknownKeysAreRefused_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << u"AccountStatus"_s << QString();
    QTest::newRow("blank") << u"NotificationLevel"_s << u"   "_s;
    QTest::newRow("label, not key") << u"BackupLocations"_s << u"Cloud only"_s;
    QTest::newRow("another enum's key") << u"AccountStatus"_s << u"admin"_s;
    QTest::newRow("no such resource") << u"Resource"_s << u"printers"_s;
    QTest::newRow("a key's prefix") << u"Permission"_s << u"create"_s;
    QTest::newRow("a key and more") << u"OutboxStatus"_s << u"sent!"_s;
    QTest::newRow("number") << u"SmtpSecurity"_s << u"1"_s;
    QTest::newRow("scheme alias") << u"Backend"_s << u"postgres"_s;
    QTest::newRow("inner blank") << u"Service"_s << u"m365 teams"_s;
}

void TestEnumKeys::unknownKeysAreRefused()
{
    QFETCH(QString, enumName);
    QFETCH(QString, typed);
    QCOMPARE(tables().value(enumName).fromKey(typed), std::nullopt);
}

void TestEnumKeys::everyTableEntryHasARowAbove_data()
{
    QTest::addColumn<QString>("enumName");
    for (const QString &name : tables().keys())
        QTest::newRow(qPrintable(name)) << name;
}

void TestEnumKeys::everyTableEntryHasARowAbove()
{
    QFETCH(QString, enumName);
    const auto count = std::count_if(rows().cbegin(), rows().cend(), [&enumName](const Row &row) {
        return QLatin1StringView(row.enumName) == enumName;
    });
    QCOMPARE(tables().value(enumName).size, count);
    QCOMPARE(tables().value(enumName).keys().size(), count);
}

QTEST_GUILESS_MAIN(TestEnumKeys)
#include "tst_enumkeys.moc"
