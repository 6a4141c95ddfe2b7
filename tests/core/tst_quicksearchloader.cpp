#include "core/storage/quicksearchloader.h"

#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The command palette's searches (QuickSearchLoader), on every backend: called directly here; the
// palette calls them on its worker thread (tests/ui/tst_commandpalette.cpp).
class TestQuickSearchLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldFindGroupsThenAccountsWithTheirGroupsPaths();
    void shouldFindAccountsByTheStartOfTheirLoginEmailOrName();
    void shouldAnswerNothingToASupersededRequest();
    void shouldSayWhyWhenTheDatabaseCannotBeOpened();

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
    qint64 m_salesId = 0;
};

void TestQuickSearchLoader::init()
{
    m_location = bc::test::freshLocation(u"quicksearch"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = Database::open(m_location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    GroupService groups(*m_db);
    AccountService accounts(*m_db);
    const qint64 root = groups.createRoot(u"Northwind MSP"_s)->id;
    const qint64 contoso = groups.create(root, u"Contoso"_s)->id;
    m_salesId = groups.create(contoso, u"Sales"_s)->id;
    QVERIFY(groups.create(root, u"Salesforce Partners"_s));
    for (const QString &login : {u"zelda"_s, u"zeno"_s, u"alice"_s}) {
        AccountDraft draft;
        draft.login = login;
        draft.email = login + u"@contoso.com"_s;
        draft.firstName = login == u"alice"_s ? u"Alice"_s : u"Zed"_s;
        draft.lastName = u"Sales"_s;
        QVERIFY(accounts.create(m_salesId, draft));
    }
}

void TestQuickSearchLoader::cleanup()
{
    m_db.reset();
}

void TestQuickSearchLoader::shouldFindGroupsThenAccountsWithTheirGroupsPaths()
{
    QuickSearchLoader loader(m_location);
    QStringList order;
    connect(&loader, &QuickSearchLoader::groupsFound, this, [&order] { order.append(u"groups"_s); });
    connect(&loader, &QuickSearchLoader::accountsFound, this, [&order] { order.append(u"accounts"_s); });
    QSignalSpy groupsFound(&loader, &QuickSearchLoader::groupsFound);
    QSignalSpy accountsFound(&loader, &QuickSearchLoader::accountsFound);
    QSignalSpy failed(&loader, &QuickSearchLoader::failed);
    loader.search(1, u"sales"_s, 8);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<Error>().message));
    QCOMPARE(order, (QStringList {u"groups"_s, u"accounts"_s}));
    QCOMPARE(groupsFound.first().at(0).toULongLong(), 1u);
    const auto groups = groupsFound.first().at(1).value<QList<GroupMatch>>();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).path, u"Northwind MSP/Salesforce Partners"_s);
    QCOMPARE(groups.at(1).path, u"Northwind MSP/Contoso/Sales"_s);
    // Every account is named "… Sales": the list's search, sorted by login.
    QCOMPARE(accountsFound.first().at(0).toULongLong(), 1u);
    const auto accounts = accountsFound.first().at(1).value<QList<AccountMatch>>();
    QCOMPARE(accounts.size(), 3);
    QCOMPARE(accounts.at(0).account.login, u"alice"_s);
    for (const AccountMatch &match : accounts)
        QCOMPARE(match.groupPath, u"Northwind MSP/Contoso/Sales"_s);

    // At most the limit of each.
    loader.search(2, u"sales"_s, 1);
    QCOMPARE(groupsFound.last().at(1).value<QList<GroupMatch>>().size(), 1);
    QCOMPARE(accountsFound.last().at(1).value<QList<AccountMatch>>().size(), 1);
}

void TestQuickSearchLoader::shouldFindAccountsByTheStartOfTheirLoginEmailOrName()
{
    QuickSearchLoader loader(m_location);
    QSignalSpy found(&loader, &QuickSearchLoader::accountsFound);
    loader.search(1, u"ZE"_s, 8);
    QCOMPARE(found.count(), 1);
    const auto accounts = found.first().at(1).value<QList<AccountMatch>>();
    QStringList logins;
    for (const AccountMatch &match : accounts)
        logins.append(match.account.login);
    QCOMPARE(logins, (QStringList {u"zelda"_s, u"zeno"_s}));
    loader.search(2, u"  "_s, 8);
    QCOMPARE(found.count(), 2);
    QVERIFY(found.last().at(1).value<QList<AccountMatch>>().isEmpty());
}

void TestQuickSearchLoader::shouldAnswerNothingToASupersededRequest()
{
    QuickSearchLoader loader(m_location);
    QSignalSpy groups(&loader, &QuickSearchLoader::groupsFound);
    QSignalSpy accounts(&loader, &QuickSearchLoader::accountsFound);
    loader.supersede(5);
    loader.search(4, u"sales"_s, 8);
    QCOMPARE(groups.count(), 0);
    QCOMPARE(accounts.count(), 0);
    loader.search(5, u"sales"_s, 8);
    QCOMPARE(groups.count(), 1);
    QCOMPARE(accounts.count(), 1);
}

void TestQuickSearchLoader::shouldSayWhyWhenTheDatabaseCannotBeOpened()
{
    // A folder that cannot be made: a file stands where it would be.
    QTemporaryFile file;
    QVERIFY(file.open());
    QuickSearchLoader loader(file.fileName() + u"/db.sqlite"_s);
    QSignalSpy failed(&loader, &QuickSearchLoader::failed);
    QSignalSpy groups(&loader, &QuickSearchLoader::groupsFound);
    loader.search(1, u"sales"_s, 8);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(groups.count(), 0);
    QVERIFY(!failed.first().at(1).value<Error>().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestQuickSearchLoader)
#include "tst_quicksearchloader.moc"
