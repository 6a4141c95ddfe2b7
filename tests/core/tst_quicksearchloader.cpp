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
    void shouldFindOnlyWithinTheOperatorsGroup_data();
    void shouldFindOnlyWithinTheOperatorsGroup();

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_salesId = 0;
    qint64 m_partnersId = 0;
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
    m_rootId = groups.createRoot(u"Northwind MSP"_s)->id;
    m_contosoId = groups.create(m_rootId, u"Contoso"_s)->id;
    m_salesId = groups.create(m_contosoId, u"Sales"_s)->id;
    m_partnersId = groups.create(m_rootId, u"Salesforce Partners"_s)->id;
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
    loader.search(1, u"sales"_s, 8, 0);
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
    loader.search(2, u"sales"_s, 1, 0);
    QCOMPARE(groupsFound.last().at(1).value<QList<GroupMatch>>().size(), 1);
    QCOMPARE(accountsFound.last().at(1).value<QList<AccountMatch>>().size(), 1);
}

void TestQuickSearchLoader::shouldFindAccountsByTheStartOfTheirLoginEmailOrName()
{
    QuickSearchLoader loader(m_location);
    QSignalSpy found(&loader, &QuickSearchLoader::accountsFound);
    loader.search(1, u"ZE"_s, 8, 0);
    QCOMPARE(found.count(), 1);
    const auto accounts = found.first().at(1).value<QList<AccountMatch>>();
    QStringList logins;
    for (const AccountMatch &match : accounts)
        logins.append(match.account.login);
    QCOMPARE(logins, (QStringList {u"zelda"_s, u"zeno"_s}));
    loader.search(2, u"  "_s, 8, 0);
    QCOMPARE(found.count(), 2);
    QVERIFY(found.last().at(1).value<QList<AccountMatch>>().isEmpty());
}

void TestQuickSearchLoader::shouldAnswerNothingToASupersededRequest()
{
    QuickSearchLoader loader(m_location);
    QSignalSpy groups(&loader, &QuickSearchLoader::groupsFound);
    QSignalSpy accounts(&loader, &QuickSearchLoader::accountsFound);
    loader.supersede(5);
    loader.search(4, u"sales"_s, 8, 0);
    QCOMPARE(groups.count(), 0);
    QCOMPARE(accounts.count(), 0);
    loader.search(5, u"sales"_s, 8, 0);
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
    loader.search(1, u"sales"_s, 8, 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(groups.count(), 0);
    QVERIFY(!failed.first().at(1).value<Error>().message.isEmpty());
}

void TestQuickSearchLoader::shouldFindOnlyWithinTheOperatorsGroup_data()
{
    QTest::addColumn<QString>("within"); // a group's name, or empty: everywhere
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("logins");
    QTest::newRow("everywhere") << QString()
                                << QStringList {u"Northwind MSP/Salesforce Partners"_s,
                                                u"Northwind MSP/Contoso/Sales"_s}
                                << QStringList {u"alice"_s, u"pat"_s, u"zelda"_s, u"zeno"_s};
    QTest::newRow("the top group: everywhere too")
        << u"Northwind MSP"_s << QStringList {u"Northwind MSP/Salesforce Partners"_s, u"Northwind MSP/Contoso/Sales"_s}
        << QStringList {u"alice"_s, u"pat"_s, u"zelda"_s, u"zeno"_s};
    QTest::newRow("Contoso and below") << u"Contoso"_s << QStringList {u"Northwind MSP/Contoso/Sales"_s}
                                       << QStringList {u"alice"_s, u"zelda"_s, u"zeno"_s};
    QTest::newRow("the group itself") << u"Sales"_s << QStringList {u"Northwind MSP/Contoso/Sales"_s}
                                      << QStringList {u"alice"_s, u"zelda"_s, u"zeno"_s};
    QTest::newRow("beside it") << u"Salesforce Partners"_s << QStringList {u"Northwind MSP/Salesforce Partners"_s}
                               << QStringList {u"pat"_s};
}

void TestQuickSearchLoader::shouldFindOnlyWithinTheOperatorsGroup()
{
    QFETCH(QString, within);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, logins);
    AccountDraft draft;
    draft.login = u"pat"_s;
    draft.email = u"pat@partners.example"_s;
    draft.firstName = u"Pat"_s;
    draft.lastName = u"Sales"_s;
    QVERIFY(AccountService(*m_db).create(m_partnersId, draft));
    const QHash<QString, qint64> ids {{u"Northwind MSP"_s, m_rootId},
                                      {u"Contoso"_s, m_contosoId},
                                      {u"Sales"_s, m_salesId},
                                      {u"Salesforce Partners"_s, m_partnersId}};

    QuickSearchLoader loader(m_location);
    QSignalSpy groupsFound(&loader, &QuickSearchLoader::groupsFound);
    QSignalSpy accountsFound(&loader, &QuickSearchLoader::accountsFound);
    QSignalSpy failed(&loader, &QuickSearchLoader::failed);
    loader.search(1, u"sales"_s, 8, ids.value(within));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<Error>().message));
    QStringList foundGroups;
    for (const GroupMatch &match : groupsFound.first().at(1).value<QList<GroupMatch>>())
        foundGroups.append(match.path);
    QCOMPARE(foundGroups, groups);
    QStringList foundLogins;
    for (const AccountMatch &match : accountsFound.first().at(1).value<QList<AccountMatch>>())
        foundLogins.append(match.account.login);
    QCOMPARE(foundLogins, logins);
}

QTEST_GUILESS_MAIN(TestQuickSearchLoader)
#include "tst_quicksearchloader.moc"
