#include "ui/accounts/accounthistorymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// The account details' history: plain words for what happened and what changed,
// names instead of ids, and the whole entry as a tooltip.
class TestAccountHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldSayWhatHappenedInPlainWords_data();
    void shouldSayWhatHappenedInPlainWords();
    void shouldShowTheWholeEntryAsATooltip();
    void shouldBeAWellBehavedModel();
    void shouldStayWellBehavedThroughChanges_data();
    void shouldStayWellBehavedThroughChanges();

private:
    static QJsonObject json(const char *text);
    Catalog m_catalog;
};

QJsonObject TestAccountHistoryModel::json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

void TestAccountHistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Profile standard;
    standard.id = 2;
    standard.name = u"Standard"_s;
    Storage eu;
    eu.id = 3;
    eu.name = u"EU"_s;
    Subscription payg;
    payg.id = 1;
    payg.name = u"Backup PAYG #1001"_s;
    Subscription m365;
    m365.id = 5;
    m365.name = u"M365 #7"_s;
    SecurityGroup helpdesk;
    helpdesk.id = 4;
    helpdesk.name = u"Helpdesk"_s;
    m_catalog.profiles = {standard};
    m_catalog.storages = {eu};
    m_catalog.subscriptions = {payg, m365};
    m_catalog.securityGroups = {helpdesk};
}

void TestAccountHistoryModel::shouldSayWhatHappenedInPlainWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("changes");

    QTest::newRow("resent") << u"account.activation-resent"_s << QJsonObject() << QJsonObject()
                            << u"Activation email sent again"_s << u"A new link; earlier links no longer work"_s;
    QTest::newRow("withdrawn") << u"account.activation-withdrawn"_s << QJsonObject()
                               << json(R"({"withdrawnEmails": 2})") << u"Queued activation email withdrawn"_s
                               << u"Unsent emails withdrawn: 2"_s;
    QTest::newRow("created") << u"account.created"_s << QJsonObject() << json(R"({"login": "ada"})") << u"Created"_s
                             << u"Created as \"ada\""_s;
    QTest::newRow("subscription assigned")
        << u"account.changed"_s << json(R"({"subscriptionIds": [], "licensed": false})")
        << json(R"({"subscriptionIds": [1], "licensed": true})") << u"Changed"_s
        << u"Subscriptions: none → Backup PAYG #1001"_s;
    QTest::newRow("two subscriptions") << u"account.changed"_s << json(R"({"subscriptionIds": [1]})")
                                       << json(R"({"subscriptionIds": [1, 5]})") << u"Changed"_s
                                       << u"Subscriptions: Backup PAYG #1001 → Backup PAYG #1001 and M365 #7"_s;
    QTest::newRow("profile and storage") << u"account.changed"_s << json(R"({"profileId": null, "storageId": null})")
                                         << json(R"({"profileId": 2, "storageId": 3})") << u"Changed"_s
                                         << u"Profile: no profile → Standard; Storage: the group's default → EU"_s;
    QTest::newRow("security group") << u"account.changed"_s << json(R"({"securityGroupIds": [4]})")
                                    << json(R"({"securityGroupIds": []})") << u"Changed"_s
                                    << u"Security groups: Helpdesk → none"_s;
    QTest::newRow("an item no longer offered")
        << u"account.changed"_s << json(R"({"subscriptionIds": []})") << json(R"({"subscriptionIds": [9]})")
        << u"Changed"_s << u"Subscriptions: none → #9"_s;
    QTest::newRow("names and switches")
        << u"account.changed"_s
        << json(R"({"firstName": "Ada", "administrator": false, "notificationLevel": "less", "status": "inactive"})")
        << json(R"({"firstName": "Augusta", "administrator": true, "notificationLevel": "all", "status": "disabled"})")
        << u"Changed"_s
        << u"Administrator: no → yes; First name: Ada → Augusta; Notifications: Less → All; Status: Inactive → Disabled"_s;
    QTest::newRow("quotas") << u"account.changed"_s
                            << json(R"({"quotas": {"storage": {"limit": "unlimited", "overage": 0}}})")
                            << json(R"({"quotas": {"storage": {"limit": 500000000000, "overage": 0}}})") << u"Changed"_s
                            << u"Storage limit: Unlimited → 500 GB"_s;
    QTest::newRow("only what a person needs")
        << u"account.changed"_s << json(R"({"updatedAt": "a", "overrides": [], "email": "a@x.test"})")
        << json(R"({"updatedAt": "b", "overrides": ["quota.storage"], "email": "b@x.test"})") << u"Changed"_s
        << u"Email: a@x.test → b@x.test"_s;
    QTest::newRow("password") << u"account.changed"_s << json(R"({"hasPassword": false})")
                              << json(R"({"hasPassword": true})") << u"Changed"_s << u"Password: not set → set"_s;
    QTest::newRow("disabled") << u"account.disabled"_s << json(R"({"status": "active"})")
                              << json(R"({"status": "disabled"})") << u"Disabled"_s << u"Status: Active → Disabled"_s;
}

void TestAccountHistoryModel::shouldSayWhatHappenedInPlainWords()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QString, what);
    QFETCH(QString, changes);
    AccountHistoryModel model;
    model.setCatalog(m_catalog);
    model.setEntries({AuditEntry {.at = QDateTime::currentDateTimeUtc(),
                                  .actor = u"desk"_s,
                                  .action = action,
                                  .objectType = u"account"_s,
                                  .objectId = 7,
                                  .summary = u"ada"_s,
                                  .before = before,
                                  .after = after}});
    QCOMPARE(model.index(0, AccountHistoryModel::WhatColumn).data().toString(), what);
    QCOMPARE(model.index(0, AccountHistoryModel::ChangesColumn).data().toString(), changes);
}

void TestAccountHistoryModel::shouldShowTheWholeEntryAsATooltip()
{
    AccountHistoryModel model;
    model.setCatalog(m_catalog);
    model.setEntries({AuditEntry {.at = QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC),
                                  .actor = u"desk"_s,
                                  .action = u"account.changed"_s,
                                  .summary = u"ada"_s,
                                  .before = json(R"({"subscriptionIds": [], "firstName": "Ada"})"),
                                  .after = json(R"({"subscriptionIds": [1], "firstName": "Augusta"})")}});
    for (int column = 0; column < AccountHistoryModel::ColumnCount; ++column) {
        const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
        const QStringList lines = tip.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"Changed, "_s) && lines.at(0).endsWith(u" by desk"_s), qPrintable(tip));
        QVERIFY2(lines.at(0).contains(u"2026"_s), qPrintable(tip));
        QCOMPARE(lines.at(1), u"First name: Ada → Augusta"_s);
        QCOMPARE(lines.at(2), u"Subscriptions: none → Backup PAYG #1001"_s);
    }
}

void TestAccountHistoryModel::shouldBeAWellBehavedModel()
{
    AccountHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AccountHistoryModel::ColumnCount));
    model.setEntries({AuditEntry {.action = u"account.created"_s, .summary = u"first"_s, .after = json("{\"a\":1}")},
                      AuditEntry {.action = u"account.activation-resent"_s, .summary = u"first"_s}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.index(0, AccountHistoryModel::WhatColumn).data().toString(), u"Activation email sent again"_s);
    model.setCatalog(m_catalog);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.headerData(AccountHistoryModel::ChangesColumn, Qt::Horizontal).toString(), u"Changes"_s);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAccountHistoryModel::shouldStayWellBehavedThroughChanges_data()
{
    // Steps: "entries N" gives N entries (the newest last, as the audit log reads them), "catalog"
    // gives the group's catalog. The counts are of the signals after the first step.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("resets");
    QTest::addColumn<int>("changes");
    QTest::addColumn<int>("rows");

    QTest::newRow("first entries") << QStringList {u"entries 0"_s, u"entries 2"_s} << 1 << 0 << 2;
    QTest::newRow("an entry added") << QStringList {u"entries 2"_s, u"entries 3"_s} << 1 << 0 << 3;
    QTest::newRow("entries gone") << QStringList {u"entries 3"_s, u"entries 0"_s} << 1 << 0 << 0;
    QTest::newRow("the catalog after the entries") << QStringList {u"entries 2"_s, u"catalog"_s} << 0 << 1 << 2;
    QTest::newRow("the catalog without entries") << QStringList {u"entries 0"_s, u"catalog"_s} << 0 << 0 << 0;
    QTest::newRow("reloaded after a change")
        << QStringList {u"catalog"_s, u"entries 2"_s, u"entries 3"_s, u"catalog"_s} << 2 << 1 << 3;
}

void TestAccountHistoryModel::shouldStayWellBehavedThroughChanges()
{
    QFETCH(QStringList, steps);
    QFETCH(int, resets);
    QFETCH(int, changes);
    QFETCH(int, rows);

    const auto entries = [this](int count) {
        QList<AuditEntry> list;
        for (int i = 0; i < count; ++i)
            list.append(AuditEntry {.at = QDateTime(QDate(2026, 3, 4), QTime(9, i), Qt::UTC),
                                    .actor = u"desk"_s,
                                    .action = u"account.changed"_s,
                                    .summary = u"entry %1"_s.arg(i),
                                    .before = json(R"({"subscriptionIds": []})"),
                                    .after = json(R"({"subscriptionIds": [1]})")});
        return list;
    };
    AccountHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<QSignalSpy> reset;
    std::unique_ptr<QSignalSpy> changed;
    int given = 0;
    for (const QString &step : std::as_const(steps)) {
        if (step == u"catalog"_s) {
            model.setCatalog(m_catalog);
        } else {
            given = step.section(u' ', 1).toInt();
            model.setEntries(entries(given));
        }
        if (!reset) {
            reset = std::make_unique<QSignalSpy>(&model, &QAbstractItemModel::modelReset);
            changed = std::make_unique<QSignalSpy>(&model, &QAbstractItemModel::dataChanged);
        }
    }

    QCOMPARE(reset->size(), resets);
    QCOMPARE(changed->size(), changes);
    QCOMPARE(model.rowCount(), rows);
    if (rows > 0) {
        // Newest first: the first row reads as the last entry given alone does.
        AccountHistoryModel newest;
        newest.setEntries({entries(given).last()});
        QCOMPARE(model.index(0, AccountHistoryModel::WhenColumn).data(),
                 newest.index(0, AccountHistoryModel::WhenColumn).data());
        const bool named = steps.contains(u"catalog"_s);
        QCOMPARE(model.index(rows - 1, AccountHistoryModel::ChangesColumn).data().toString(),
                 named ? u"Subscriptions: none → Backup PAYG #1001"_s : u"Subscriptions: none → #1"_s);
    }
}

QTEST_MAIN(TestAccountHistoryModel)
#include "tst_accounthistorymodel.moc"
