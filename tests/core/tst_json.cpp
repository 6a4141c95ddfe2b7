#include "core/domain/json.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// The audit log's before and after read back (Edit → Undo): what Json writes, Json reads, and
// what it did not write is refused.
class TestJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadBackTheCatalogItemsAndSettingsItWrote();
    void shouldRefuseWhatItDidNotWrite_data();
    void shouldRefuseWhatItDidNotWrite();
};

namespace {

Profile sampleProfile()
{
    Profile profile;
    profile.id = 3;
    profile.groupId = 2;
    profile.name = u"Gold"_s;
    profile.dataLock = true;
    profile.backupLocations = BackupLocations::CloudOnly;
    profile.notificationLevel = NotificationLevel::More;
    profile.quotas[Resource::Workstations] = {5, 1};
    profile.quotas[Resource::Storage] = {1'000'000'000, 10};
    return profile;
}

GroupSettings sampleSettings()
{
    GroupSettings settings;
    settings.customerId = u"C-17"_s;
    settings.contactCompany = u"Contoso Ltd"_s;
    settings.contactEmail = u"it@contoso.test"_s;
    settings.services = Service::Workstations | Service::Servers;
    settings.digestRecipients = {u"a@contoso.test"_s, u"b@contoso.test"_s};
    settings.defaultStorageId = 4;
    settings.defaultSubscriptionId = 9;
    settings.limits[Resource::Servers].limit = 2;
    return settings;
}

} // namespace

void TestJson::shouldReadBackTheCatalogItemsAndSettingsItWrote()
{
    const Profile profile = sampleProfile();
    QCOMPARE(Json::toProfile(Json::fromProfile(profile)), std::optional(profile));
    const Storage storage {5, 2, u"EU"_s, u"eu-west"_s};
    QCOMPARE(Json::toStorage(Json::fromStorage(storage)), std::optional(storage));
    const Subscription subscription {6, 2, u"Backup PAYG #1001"_s};
    QCOMPARE(Json::toSubscription(Json::fromSubscription(subscription)), std::optional(subscription));
    const SecurityGroup securityGroup {7, 2, u"Helpdesk"_s, Permission::CreateAccounts | Permission::ViewAuditLog};
    QCOMPARE(Json::toSecurityGroup(Json::fromSecurityGroup(securityGroup)), std::optional(securityGroup));
    const GroupSettings settings = sampleSettings();
    const auto read = Json::toSettings(Json::fromSettings(settings));
    QVERIFY(read);
    QCOMPARE(Json::fromSettings(*read), Json::fromSettings(settings));
    // A group's activation, with its own email and without (it takes the one above).
    const EmailTemplate email {u"Welcome"_s, u"Open {link}"_s, u"<p>Open {link}</p>"_s};
    QCOMPARE(Json::toEmailTemplate(Json::fromEmailTemplate(email)), std::optional(email));
    for (const Json::GroupActivation &activation : {Json::GroupActivation {21, email}, Json::GroupActivation {7, {}}}) {
        const auto back = Json::toGroupActivation(Json::fromGroupActivation(activation));
        QVERIFY(back);
        QCOMPARE(back->days, activation.days);
        QCOMPARE(back->email, activation.email);
    }
}

void TestJson::shouldRefuseWhatItDidNotWrite_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("object");
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    };
    const QJsonObject profile = Json::fromProfile(sampleProfile());
    const QJsonObject settings = Json::fromSettings(sampleSettings());
    QTest::newRow("nothing") << u"profile"_s << QJsonObject();
    QTest::newRow("a profile without a name") << u"profile"_s << with(profile, u"name"_s, QJsonValue::Undefined);
    QTest::newRow("a profile without an id") << u"profile"_s << with(profile, u"id"_s, u"3"_s);
    QTest::newRow("a profile with an unknown level")
        << u"profile"_s << with(profile, u"notificationLevel"_s, u"loud"_s);
    QTest::newRow("a profile with a quota missing")
        << u"profile"_s << with(profile, u"quotas"_s, QJsonObject {{u"servers"_s, 1}});
    QTest::newRow("a storage without a group")
        << u"storage"_s << with(Json::fromStorage({5, 2, u"EU"_s, u"eu"_s}), u"groupId"_s, QJsonValue::Undefined);
    QTest::newRow("a security group with an unknown permission")
        << u"securityGroup"_s
        << with(Json::fromSecurityGroup({7, 2, u"Desk"_s, Permission::CreateAccounts}), u"permissions"_s,
                QJsonArray {u"fly"_s});
    QTest::newRow("settings with an unknown service")
        << u"settings"_s << with(settings, u"services"_s, QJsonArray {u"fax"_s});
    QTest::newRow("settings with a limit that is no number")
        << u"settings"_s
        << with(settings, u"limits"_s, with(settings.value(u"limits"_s).toObject(), u"servers"_s, u"many"_s));
    QTest::newRow("settings without a customer id")
        << u"settings"_s << with(settings, u"customerId"_s, QJsonValue::Undefined);
    const QJsonObject activation = Json::fromGroupActivation({21, EmailTemplate {u"Hi"_s, u"{link}"_s, QString()}});
    QTest::newRow("an activation without its days")
        << u"activation"_s << with(activation, u"activationDays"_s, QJsonValue::Undefined);
    QTest::newRow("an activation whose email has no subject")
        << u"activation"_s
        << with(activation, u"email"_s, with(activation.value(u"email"_s).toObject(), u"subject"_s, 5));
}

void TestJson::shouldRefuseWhatItDidNotWrite()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, object);
    if (kind == "profile"_L1)
        QVERIFY(!Json::toProfile(object));
    else if (kind == "storage"_L1)
        QVERIFY(!Json::toStorage(object));
    else if (kind == "securityGroup"_L1)
        QVERIFY(!Json::toSecurityGroup(object));
    else if (kind == "activation"_L1)
        QVERIFY(!Json::toGroupActivation(object));
    else
        QVERIFY(!Json::toSettings(object));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
