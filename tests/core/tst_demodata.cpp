#include "core/services/demodata.h"
#include "tests/common/fixture.h"

#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/testdatabase.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountQuery;
using bc::AccountStatus;

namespace {

using bc::test::describe;

struct Console
{
    std::unique_ptr<bc::Database> db;
    std::unique_ptr<bc::GroupService> groups;
    std::unique_ptr<bc::AccountService> accounts;
};

Console openConsole(const QString &path)
{
    Console console;
    auto db = bc::Database::open(path);
    if (!db)
        return console;
    console.db = std::move(*db);
    console.groups = std::make_unique<bc::GroupService>(*console.db);
    console.accounts = std::make_unique<bc::AccountService>(*console.db);
    return console;
}

QStringList loginsInCreationOrder(bc::AccountService &accounts)
{
    AccountQuery query;
    query.sortColumn = bc::AccountColumn::Created;
    auto page = accounts.page(query, 0, 100000);
    QStringList logins;
    if (page) {
        for (const Account &account : *page)
            logins.append(account.login);
    }
    return logins;
}

} // namespace

class TestDemoData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillMakesGroupsAndAccountsInEveryStatus();
    void fillIsDeterministic();
    void fillRefusesADatabaseThatHoldsData();
    void fillNamesTheRootAsAsked();
    void fillGivesCustomersACatalogAndMostAccountsALicense();
};

void TestDemoData::fillMakesGroupsAndAccountsInEveryStatus()
{
    Console console = openConsole(bc::test::freshLocation(u"demo"_s));
    QVERIFY(console.db);
    auto summary = bc::DemoData::fill(*console.groups, *console.accounts);
    QVERIFY2(summary.has_value(), summary ? "" : qPrintable(describe(summary.error())));
    QVERIFY2(summary->groups >= 10, qPrintable(QString::number(summary->groups)));
    QCOMPARE(summary->accounts, 300);

    auto groups = console.groups->all();
    QVERIFY(groups);
    QCOMPARE(groups->size(), summary->groups);
    QCOMPARE(*console.accounts->count({}), 300);
    for (AccountStatus status : {AccountStatus::Inactive, AccountStatus::Active, AccountStatus::Disabled}) {
        AccountQuery query;
        query.status = status;
        const int count = *console.accounts->count(query);
        QVERIFY2(count > 0, qPrintable(u"no %1 accounts"_s.arg(bc::toKey(status))));
    }
    // Every account passes the rules it would meet when typed in, including its group's limits.
    auto page = console.accounts->page({}, 0, 1000);
    QVERIFY(page);
    QSet<QString> keys;
    for (const Account &account : *page) {
        keys.insert(bc::AccountRules::loginKey(account.login));
        auto limits = console.groups->effectiveLimits(account.groupId);
        QVERIFY(limits);
        const QList<bc::Error> errors = bc::AccountRules::check(account, *limits);
        QVERIFY2(errors.isEmpty(), qPrintable(account.login + u": "_s + errors.value(0).message));
    }
    QCOMPARE(keys.size(), 300);
    auto root = console.groups->root();
    QVERIFY(root && *root);
    QCOMPARE((*root)->name, u"Northwind MSP"_s);
}

void TestDemoData::fillIsDeterministic()
{
    QStringList runs[2];
    for (int i = 0; i < 2; ++i) {
        Console console = openConsole(bc::test::freshLocation(u"demo%1"_s.arg(i)));
        QVERIFY(console.db);
        auto summary = bc::DemoData::fill(*console.groups, *console.accounts, QString(), 120);
        QVERIFY2(summary.has_value(), summary ? "" : qPrintable(describe(summary.error())));
        QCOMPARE(summary->accounts, 120);
        runs[i] = loginsInCreationOrder(*console.accounts);
    }
    QCOMPARE(runs[0].size(), 120);
    QCOMPARE(runs[0], runs[1]);
}

void TestDemoData::fillRefusesADatabaseThatHoldsData()
{
    Console console = openConsole(bc::test::freshLocation(u"used"_s));
    QVERIFY(console.db);
    auto root = console.groups->createRoot(u"Existing MSP"_s);
    QVERIFY(root);
    auto summary = bc::DemoData::fill(*console.groups, *console.accounts);
    QVERIFY(!summary.has_value());
    QCOMPARE(summary.error().code, bc::Error::Code::NotAllowed);
    QVERIFY(!summary.error().message.isEmpty());
    QCOMPARE(console.groups->all()->size(), 1);
    QCOMPARE(*console.accounts->count({}), 0);
}

void TestDemoData::fillNamesTheRootAsAsked()
{
    Console console = openConsole(bc::test::freshLocation(u"named"_s));
    QVERIFY(console.db);
    QVERIFY(bc::DemoData::fill(*console.groups, *console.accounts, u"Acme MSP"_s, 10));
    QCOMPARE((*console.groups->root())->name, u"Acme MSP"_s);
    QCOMPARE(*console.accounts->count({}), 10);
}

void TestDemoData::fillGivesCustomersACatalogAndMostAccountsALicense()
{
    Console console = openConsole(bc::test::freshLocation(u"catalog"_s));
    QVERIFY(console.db);
    bc::CatalogService catalog(*console.db);
    auto summary = bc::DemoData::fill(*console.groups, *console.accounts, QString(), 300, &catalog);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    auto page = console.accounts->page(bc::AccountQuery {}, 0, 1000);
    QVERIFY(page);
    const auto licensed =
        std::count_if(page->cbegin(), page->cend(), [](const bc::Account &a) { return a.isLicensed(); });
    const auto onProfile =
        std::count_if(page->cbegin(), page->cend(), [](const bc::Account &a) { return a.profileId != 0; });
    QVERIFY2(licensed > 200 && licensed < 300, qPrintable(QString::number(licensed)));
    QVERIFY2(onProfile > 50 && onProfile < 200, qPrintable(QString::number(onProfile)));
    auto bank = console.groups->resolve(u"Northwind MSP/Woodgrove Bank"_s);
    QVERIFY(bank);
    auto profiles = catalog.profiles(bank->id);
    QVERIFY(profiles && profiles->size() == 1 && profiles->first().dataLock);
    QVERIFY2(catalog.settings(bank->id)->defaultStorageId != 0, "each customer has a default storage");
    // New accounts of a customer, and of its units, start on its profile, licensed.
    QCOMPARE(catalog.settings(bank->id)->defaultProfileId, profiles->first().id);
    QVERIFY2(catalog.settings(bank->id)->defaultSubscriptionId != 0, "each customer has a default subscription");
    auto branch = console.groups->resolve(u"Northwind MSP/Woodgrove Bank/Branch Berlin"_s);
    QVERIFY(branch);
    auto draft = console.accounts->newDraft(branch->id);
    QVERIFY(draft);
    QCOMPARE(draft->profileId, profiles->first().id);
    QCOMPARE(draft->subscriptionIds, QList<qint64> {catalog.settings(bank->id)->defaultSubscriptionId});
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
