#include "tests/cli/clitest.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line: `group add|list|rename|delete|settings|defaults`.
class TestCliGroup final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldManageGroups();
    void shouldRefuseDeletingGroupWithAccounts();
    void shouldSetAndShowTheGroupsDefaults();
    void shouldRejectADefaultTheGroupCannotUse_data();
    void shouldRejectADefaultTheGroupCannotUse();
    void shouldRoundTripGroupSettings();
    void shouldRejectInvalidGroupSettings_data();
    void shouldRejectInvalidGroupSettings();
    void shouldZeroQuotasOfServicesSwitchedOff();
};

void TestCliGroup::shouldManageGroups()
{
    addRootAndCustomer();

    Run run = cli({u"group"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"Acme MSP"_s), qPrintable(run.out));
    QVERIFY2(lines.at(1).startsWith(u"  Contoso"_s), qPrintable(run.out));
    QVERIFY2(lines.at(2).startsWith(u"    Sales"_s), qPrintable(run.out));

    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonArray groups = parse(run).array();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0)[u"path"_s].toString(), u"Acme MSP"_s);
    QCOMPARE(groups.at(1)[u"path"_s].toString(), u"Acme MSP/Contoso"_s);
    QCOMPARE(groups.at(2)[u"path"_s].toString(), u"Acme MSP/Contoso/Sales"_s);
    QCOMPARE(groups.at(2)[u"accounts"_s].toInt(), 0);
    const qint64 salesId = groups.at(2)[u"id"_s].toInteger();

    // A sibling with the same name is refused by core; the message names the field.
    run = cli({u"group"_s, u"add"_s, u"contoso"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"name: "_s), qPrintable(run.err));

    run = cli({u"group"_s, u"rename"_s, u"Acme MSP/Contoso/Sales"_s, u"Sales EMEA"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"rename"_s, QString::number(salesId), u"Sales Europe"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"path"_s].toString(), u"Acme MSP/Contoso/Sales Europe"_s);

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"group: "_s), qPrintable(run.err));

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso"_s}); // has a subgroup
    QCOMPARE(run.exitCode, 1);

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales Europe"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 2);
}

void TestCliGroup::shouldRefuseDeletingGroupWithAccounts()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s);
    Run run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.isEmpty() && run.out.isEmpty(), qPrintable(run.err));

    run = cli({u"group"_s, u"list"_s});
    QVERIFY2(run.out.contains(u"Sales  (id 3, accounts: 1)"_s), qPrintable(run.out));
}

void TestCliGroup::shouldSetAndShowTheGroupsDefaults()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    const qint64 standard = addItem(u"profile"_s, contoso, u"Standard"_s);
    const qint64 payg = addItem(u"subscription"_s, contoso, u"PAYG"_s);
    addItem(u"subscription"_s, contoso, u"Capped"_s);

    Run run = cli({u"help"_s, u"group"_s, u"settings"_s});
    for (const QString &text : {u"--default-profile"_s, u"--default-subscription"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));
    run = cli({u"help"_s, u"account"_s, u"add"_s});
    for (const QString &text : {u"--no-profile"_s, u"--no-subscriptions"_s, u"the group's default profile"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));

    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--default-profile"_s, u"Standard"_s,
               u"--default-subscription"_s, QString::number(payg), u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject shown = parse(run).object();
    QCOMPARE(shown[u"defaultProfileId"_s].toInteger(), standard);
    QCOMPARE(shown[u"defaultSubscriptionId"_s].toInteger(), payg);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/origin"_s).toString(), u"own"_s);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/subscription/name"_s).toString(), u"PAYG"_s);

    // A unit below inherits them, and says from where.
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso/Sales"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    shown = parse(run).object();
    QVERIFY(shown[u"defaultProfileId"_s].isNull());
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/id"_s).toInteger(), standard);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/origin"_s).toString(), u"inherited"_s);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/group"_s).toString(), contoso);
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso/Sales"_s});
    for (const QString &text : {u"Inherited: Standard from Contoso"_s, u"Inherited: PAYG from Contoso"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));

    // Deleting a default is refused, naming the group; none lets it go.
    run = cli({u"profile"_s, u"delete"_s, u"Standard"_s, u"--group"_s, contoso});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"default profile of \"Contoso\""_s), qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--default-profile"_s, u"none"_s,
               u"--default-subscription"_s, u"NONE"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    shown = parse(run).object();
    QVERIFY(shown[u"defaultProfileId"_s].isNull() && shown[u"defaultSubscriptionId"_s].isNull());
    QVERIFY(valueAt(shown, u"effectiveDefaults/profile"_s).isNull());
    run = cli({u"group"_s, u"settings"_s, contoso});
    QVERIFY2(run.out.contains(QRegularExpression(u"Default profile: +None\n"_s)), qPrintable(run.out));
    run = cli({u"profile"_s, u"delete"_s, u"Standard"_s, u"--group"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliGroup::shouldRejectADefaultTheGroupCannotUse_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown profile") << QStringList {u"--default-profile"_s, u"Nope"_s} << u"profile"_s;
    QTest::newRow("another customer's profile")
        << QStringList {u"--default-profile"_s, u"Fabrikam only"_s} << u"profile"_s;
    QTest::newRow("a unit's subscription, by id")
        << QStringList {u"--default-subscription"_s, u"2"_s} << u"subscriptions"_s;
}

void TestCliGroup::shouldRejectADefaultTheGroupCannotUse()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    addRootAndCustomer();
    QVERIFY(cli({u"group"_s, u"add"_s, u"Fabrikam"_s}).exitCode == 0);
    QCOMPARE(addItem(u"profile"_s, u"Acme MSP/Fabrikam"_s, u"Fabrikam only"_s), 1);
    QCOMPARE(addItem(u"subscription"_s, u"Acme MSP/Contoso"_s, u"Contoso PAYG"_s), 1);
    QCOMPARE(addItem(u"subscription"_s, u"Acme MSP/Contoso/Sales"_s, u"Sales PAYG"_s), 2);
    Run run = cli(QStringList {u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s} + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    QVERIFY(parse(run).object()[u"defaultProfileId"_s].isNull());
    QVERIFY(parse(run).object()[u"defaultSubscriptionId"_s].isNull());
}

void TestCliGroup::shouldRoundTripGroupSettings()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    const qint64 storage = addItem(u"storage"_s, u"Acme MSP"_s, u"EU"_s, {u"--region"_s, u"eu-central"_s});
    Run run = cli({u"group"_s, u"settings"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"services"_s].toArray().size(), 8);

    run = cli({u"group"_s,
               u"settings"_s,
               contoso,
               u"--set"_s,
               u"--json"_s,
               u"--customer-id"_s,
               u"C-1001"_s,
               u"--contact-company"_s,
               u"Contoso Ltd"_s,
               u"--contact-address"_s,
               u"1 Contoso Way, Redmond"_s,
               u"--contact-phone"_s,
               u"+1 425 555 0100"_s,
               u"--contact-email"_s,
               u"it@contoso.com"_s,
               u"--service"_s,
               u"servers=off"_s,
               u"--service"_s,
               u"m365-teams=off"_s,
               u"--auto-backup"_s,
               u"m365-mailboxes=on"_s,
               u"--digest-recipient"_s,
               u"a@contoso.com"_s,
               u"--digest-recipient"_s,
               u"b@contoso.com"_s,
               u"--default-storage"_s,
               u"eu"_s,
               u"--limit"_s,
               u"storage=2TB"_s,
               u"--limit"_s,
               u"workstations=10"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject set = parse(run).object();
    QCOMPARE(set[u"customerId"_s].toString(), u"C-1001"_s);
    QCOMPARE(valueAt(set, u"contact/company"_s).toString(), u"Contoso Ltd"_s);
    QCOMPARE(valueAt(set, u"contact/address"_s).toString(), u"1 Contoso Way, Redmond"_s);
    QCOMPARE(valueAt(set, u"contact/phone"_s).toString(), u"+1 425 555 0100"_s);
    QCOMPARE(valueAt(set, u"contact/email"_s).toString(), u"it@contoso.com"_s);
    const QJsonArray services = set[u"services"_s].toArray();
    QCOMPARE(services.size(), 6);
    QVERIFY(!services.contains(u"servers"_s) && !services.contains(u"m365-teams"_s));
    QCOMPARE(set[u"backupNewUsersAutomatically"_s].toArray(), QJsonArray {u"m365-mailboxes"_s});
    QCOMPARE(set[u"digestRecipients"_s].toArray(), (QJsonArray {u"a@contoso.com"_s, u"b@contoso.com"_s}));
    QCOMPARE(set[u"defaultStorageId"_s].toInteger(), storage);
    QCOMPARE(valueAt(set, u"limits/storage"_s).toInteger(), Q_INT64_C(2000000000000));
    QCOMPARE(valueAt(set, u"limits/workstations"_s).toInteger(), 10);

    run = cli({u"group"_s, u"settings"_s, contoso, u"--json"_s});
    QCOMPARE(parse(run).object(), set);

    // Only what is given changes; --no-digest-recipients clears the list; services can come back.
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--no-digest-recipients"_s, u"--service"_s,
               u"servers=on"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject expected = set;
    expected[u"digestRecipients"_s] = QJsonArray();
    QJsonArray more = services;
    more.insert(1, u"servers"_s);
    expected[u"services"_s] = more;
    QCOMPARE(parse(run).object(), expected);

    run = cli({u"group"_s, u"settings"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &text : {u"C-1001"_s, u"Contoso Ltd"_s, u"m365-teams"_s, u"EU"_s, u"2 TB"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--contact-company"_s, u"Contoso Inc"_s});
    QVERIFY2(run.exitCode == 0 && run.out.contains(u"Acme MSP/Contoso"_s), qPrintable(run.err));

    // group add --customer-id
    run = cli({u"group"_s, u"add"_s, u"Fabrikam"_s, u"--customer-id"_s, u"F-77"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Fabrikam"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"customerId"_s].toString(), u"F-77"_s);
    run = cli({u"group"_s, u"add"_s, u"Tailspin"_s, u"--customer-id"_s, QString(200, u'x')});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"customerId: "_s), qPrintable(run.err));
    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 4); // Tailspin was not left behind
}

void TestCliGroup::shouldRejectInvalidGroupSettings_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::newRow("contact email") << QStringList {u"--contact-email"_s, u"nope"_s} << u"contactEmail"_s;
    QTest::newRow("contact phone") << QStringList {u"--contact-phone"_s, u"12"_s} << u"contactPhone"_s;
    QTest::newRow("digest recipient") << QStringList {u"--digest-recipient"_s, u"x"_s} << u"digestRecipients"_s;
    QTest::newRow("unknown service") << QStringList {u"--service"_s, u"fax=off"_s} << u"service"_s;
    QTest::newRow("service state") << QStringList {u"--service"_s, u"servers=maybe"_s} << u"service"_s;
    QTest::newRow("auto-backup") << QStringList {u"--auto-backup"_s, u"m365-teams"_s} << u"auto-backup"_s;
    QTest::newRow("default storage") << QStringList {u"--default-storage"_s, u"Moon"_s} << u"storage"_s;
    QTest::newRow("limit") << QStringList {u"--limit"_s, u"servers=lots"_s} << u"quota.servers.limit"_s;
    QTest::newRow("limit above the group above")
        << QStringList {u"--limit"_s, u"storage=9TB"_s} << u"quota.storage.limit"_s;
    QTest::newRow("limit resource") << QStringList {u"--limit"_s, u"disks=3"_s} << u"limit"_s;
}

void TestCliGroup::shouldRejectInvalidGroupSettings()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    addRootAndCustomer();
    Run run = cli({u"group"_s, u"settings"_s, u"Acme MSP"_s, u"--set"_s, u"--limit"_s, u"storage=5TB"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    const QJsonObject before = parse(run).object();

    run = cli(QStringList {u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s} + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    QCOMPARE(parse(run).object(), before);
}

void TestCliGroup::shouldZeroQuotasOfServicesSwitchedOff()
{
    addRootAndCustomer();
    Run run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s, u"--service"_s, u"workstations=off"_s,
                   u"--service"_s, u"m365-mailboxes=off"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList quotas {u"--quota"_s,          u"workstations=5"_s, u"--quota"_s,
                              u"m365-mailboxes=7"_s, u"--quota"_s,        u"servers=4"_s};
    addAccount(u"contoso"_s, u"Acme MSP/Contoso"_s, quotas);
    addAccount(u"sales"_s, u"Acme MSP/Contoso/Sales"_s, quotas); // below: the services are off there too
    addAccount(u"msp"_s, u"Acme MSP"_s, quotas);
    for (const QString &login : {u"contoso"_s, u"sales"_s}) {
        const QJsonObject off = account(login);
        QCOMPARE(valueAt(off, u"quotas/workstations/limit"_s).toInteger(), 0);
        QCOMPARE(valueAt(off, u"quotas/m365-mailboxes/limit"_s).toInteger(), 0);
        QCOMPARE(valueAt(off, u"quotas/servers/limit"_s).toInteger(), 4);
    }
    const QJsonObject on = account(u"msp"_s);
    QCOMPARE(valueAt(on, u"quotas/workstations/limit"_s).toInteger(), 5);
    QCOMPARE(valueAt(on, u"quotas/m365-mailboxes/limit"_s).toInteger(), 7);
}

QTEST_GUILESS_MAIN(TestCliGroup)

#include "tst_cli_group.moc"
