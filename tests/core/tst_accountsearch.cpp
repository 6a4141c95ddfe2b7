#include "core/storage/accountlistquery.h"
#include "tests/common/fixture.h"

#include "core/services/accountservice.h"
#include "core/services/bulkrun.h"
#include "core/services/groupservice.h"
#include "core/storage/accountstore.h"
#include "core/storage/databasestatements.h"
#include "tests/common/testdatabase.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;
using bc::test::describe;

namespace {

// How an account is written before the search.
enum class Write
{
    Create,
    CreateAll, // an import's batch (AccountService::createAll)
    InsertMany, // the store's batch (AccountStore::insertMany)
    EditLogin,
    EditEmail,
    EditName,
    Disable,
    Move, // Move to group… (changeAll)
    Delete,
    DeleteAll, // a bulk Delete
    Restore, // deleted, then restored from the recycle bin
};

// The trigrams of the folded keys, as the triggers of 0023_mariadb_search.sql write them.
QSet<QString> trigramsOf(const QStringList &keys)
{
    QSet<QString> trigrams;
    for (const QString &key : keys) {
        const QList<uint> codePoints = key.toUcs4();
        for (qsizetype i = 0; i + 3 <= codePoints.size(); ++i)
            trigrams.insert(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + i), 3));
    }
    return trigrams;
}

// Whether a write succeeded, its value left aside.
template<typename T> Result<void> succeeded(const Result<T> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Write)

// A search finds an account right after each way it is written, and no longer finds what the
// write took away: on every backend, whose search indexes the database keeps (SQLite's FTS5
// table, PostgreSQL's trigram index, MariaDB's trigram postings kept by triggers). On MariaDB the
// postings are compared with the keys after each write, as a stale posting would not show in a
// search (the LIKE checks every candidate) but would cost it.
class TestAccountSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSearchFollowsEveryWrite_data();
    void aSearchFollowsEveryWrite();
    void anUpgradedDatabaseIsSearchedLikeANewOne();
    void searchTrigramsAreTheTextsRunsOfThree_data();
    void searchTrigramsAreTheTextsRunsOfThree();

private:
    // The logins a search lists (their count checked against the list's count).
    QStringList found(const QString &search);
    // MariaDB: whether account_trigrams holds exactly the trigrams of every account's keys.
    void verifyPostings();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_root = 0;
    qint64 m_customer = 0;
};

void TestAccountSearch::init()
{
    m_db = bc::test::openFresh(u"search"_s);
    QVERIFY(m_db);
    GroupService groups(*m_db);
    m_root = groups.createRoot(u"MSP"_s)->id;
    m_customer = groups.create(m_root, u"Contoso"_s)->id;
    m_accounts = std::make_unique<AccountService>(*m_db);
}

void TestAccountSearch::cleanup()
{
    m_accounts.reset();
    m_db.reset();
}

QStringList TestAccountSearch::found(const QString &search)
{
    AccountQuery query;
    query.search = search;
    auto page = m_accounts->page(query, 0, 100);
    if (!page) {
        qWarning("%s", qPrintable(describe(page.error())));
        return {u"(failed)"_s};
    }
    QStringList logins;
    for (const Account &account : std::as_const(*page))
        logins.append(account.login);
    logins.sort();
    auto counted = m_accounts->count(query);
    if (!counted || *counted != logins.size())
        logins.append(u"(counted %1)"_s.arg(counted ? *counted : -1));
    return logins;
}

void TestAccountSearch::verifyPostings()
{
    if (m_db->backend() != DatabaseAddress::Backend::MariaDb)
        return;
    QHash<qint64, QSet<QString>> expected;
    auto keys = m_db->run(u"SELECT id, login_key, email_key, name_key FROM accounts"_s);
    QVERIFY(keys);
    while (keys->next())
        expected.insert(keys->value(0).toLongLong(),
                        trigramsOf({keys->value(1).toString(), keys->value(2).toString(), keys->value(3).toString()}));
    QHash<qint64, QSet<QString>> postings;
    auto rows = m_db->run(u"SELECT account_id, trigram FROM account_trigrams"_s);
    QVERIFY(rows);
    while (rows->next())
        postings[rows->value(0).toLongLong()].insert(QString::fromUtf8(rows->value(1).toByteArray()));
    QCOMPARE(postings, expected);
}

void TestAccountSearch::aSearchFollowsEveryWrite_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("logins");
    QTest::addColumn<QString>("gone"); // a search that no longer finds the account ("": none)
    QTest::newRow("created") << Write::Create << u"HOPP"_s << QStringList {u"cobol.fan"_s} << QString();
    QTest::newRow("imported (a batch)") << Write::CreateAll << u"uring"_s << QStringList {u"alan"_s} << QString();
    QTest::newRow("stored in a batch") << Write::InsertMany << u"uring"_s << QStringList {u"alan"_s} << QString();
    QTest::newRow("login edited") << Write::EditLogin << u"mpiler"_s << QStringList {u"compiler.fan"_s} << u"obol"_s;
    QTest::newRow("email edited") << Write::EditEmail << u"harvard"_s << QStringList {u"cobol.fan"_s} << u"navy"_s;
    QTest::newRow("name edited") << Write::EditName << u"ray-MÜL"_s << QStringList {u"cobol.fan"_s} << u"hopper"_s;
    QTest::newRow("disabled") << Write::Disable << u"race hop"_s << QStringList {u"cobol.fan"_s} << QString();
    QTest::newRow("moved") << Write::Move << u"navy"_s << QStringList {u"cobol.fan"_s} << QString();
    QTest::newRow("deleted") << Write::Delete << u"cobol"_s << QStringList {} << QString();
    QTest::newRow("deleted in bulk") << Write::DeleteAll << u"hopper"_s << QStringList {} << QString();
    QTest::newRow("restored") << Write::Restore << u"opper"_s << QStringList {u"cobol.fan"_s} << QString();
}

void TestAccountSearch::aSearchFollowsEveryWrite()
{
    QFETCH(Write, write);
    QFETCH(QString, search);
    QFETCH(QStringList, logins);
    QFETCH(QString, gone);
    AccountDraft grace = bc::test::personDraft(u"cobol.fan"_s);
    grace.email = u"gh@navy.example"_s;
    grace.firstName = u"Grace"_s;
    grace.lastName = u"Hopper"_s;
    auto created = m_accounts->create(m_customer, grace);
    QVERIFY2(created, created ? "" : qPrintable(describe(created.error())));
    const qint64 id = created->id;
    AccountDraft alan = bc::test::personDraft(u"alan"_s);
    alan.firstName = u"Alan"_s;
    alan.lastName = u"Turing"_s;
    AccountDraft edited = created->draft();
    Result<void> written;
    switch (write) {
    case Write::Create:
        break;
    case Write::CreateAll:
        written = succeeded(m_accounts->createAll({{m_customer, alan}}));
        break;
    case Write::InsertMany:
        written = succeeded(
            AccountStore(*m_db).insertMany({{m_root, alan, AccountStatus::Inactive}}, QDateTime::currentDateTimeUtc()));
        break;
    case Write::EditLogin:
        edited.login = u"compiler.fan"_s;
        break;
    case Write::EditEmail:
        edited.email = u"gh@harvard.example"_s;
        break;
    case Write::EditName:
        edited.lastName = u"Murray-Müller"_s;
        edited.displayName.clear();
        break;
    case Write::Disable:
        written = succeeded(m_accounts->disable(id));
        break;
    case Write::Move: {
        AccountChange change;
        change.groupId = m_root;
        written = singleResult(m_accounts->changeAll({id}, change));
        break;
    }
    case Write::Delete:
        written = m_accounts->remove(id);
        break;
    case Write::DeleteAll:
        written = singleResult(m_accounts->removeAll({id}));
        break;
    case Write::Restore:
        written = m_accounts->remove(id);
        if (written)
            written = singleResult(m_accounts->restoreAll({id}));
        break;
    }
    if (write == Write::EditLogin || write == Write::EditEmail || write == Write::EditName)
        written = succeeded(m_accounts->update(id, edited));
    QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
    QCOMPARE(found(search), logins);
    if (!gone.isEmpty())
        QCOMPARE(found(gone), QStringList());
    verifyPostings();
}

void TestAccountSearch::anUpgradedDatabaseIsSearchedLikeANewOne()
{
    // A database of the schema before the MariaDB postings, with accounts in it, opened by this
    // console: migrated, its accounts found as new ones are.
    const QString location = bc::test::freshLocation(u"upgraded"_s);
    QVERIFY(!location.isEmpty());
    {
        Database::OpenOptions options;
        options.stopAtSchema = 22;
        auto old = Database::open(location, options);
        QVERIFY2(old, old ? "" : qPrintable(describe(old.error())));
        GroupService groups(**old);
        const qint64 root = groups.createRoot(u"MSP"_s)->id;
        QList<AccountStore::NewAccount> accounts;
        for (const QString &login : {u"ada"_s, u"grace"_s, u"alan"_s}) {
            AccountStore::NewAccount account {root, bc::test::personDraft(login), AccountStatus::Active};
            account.draft.lastName = login == u"alan"_s ? u"Turing"_s : u"Lovelace"_s;
            accounts.append(account);
        }
        QVERIFY(AccountStore(**old).insertMany(accounts, QDateTime::currentDateTimeUtc()));
    }
    cleanup();
    auto upgraded = Database::open(location);
    QVERIFY2(upgraded, upgraded ? "" : qPrintable(describe(upgraded.error())));
    m_db = std::move(*upgraded);
    m_accounts = std::make_unique<AccountService>(*m_db);
    QCOMPARE(found(u"ovela"_s), (QStringList {u"ada"_s, u"grace"_s}));
    QCOMPARE(found(u"race@cont"_s), QStringList {u"grace"_s});
    QCOMPARE(found(u"turing"_s), QStringList {u"alan"_s});
    verifyPostings();
}

void TestAccountSearch::searchTrigramsAreTheTextsRunsOfThree_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("trigrams");
    QTest::newRow("three letters") << u"abc"_s << QStringList {u"abc"_s};
    QTest::newRow("each once") << u"aaaa"_s << QStringList {u"aaa"_s};
    QTest::newRow("by code point") << QString::fromUcs4(
        U"a\U0001F600bc") << QStringList {QString::fromUcs4(U"a\U0001F600b"), QString::fromUcs4(U"\U0001F600bc")};
    QTest::newRow("the separator is no character of a key") << u"ab\u0001c"_s << QStringList {u"abc"_s};
    QTest::newRow("fewer than three characters without it") << u"a\u0001b"_s << QStringList {};
    QTest::newRow("side by side, the last one ending the text")
        << u"abcdefghij"_s << QStringList {u"abc"_s, u"def"_s, u"ghi"_s, u"hij"_s};
    QTest::newRow("side by side to the end") << u"abcdef"_s << QStringList {u"abc"_s, u"def"_s};
    QTest::newRow("the benchmark's login prefix") << u"hugo.zi"_s << QStringList {u"hug"_s, u"o.z"_s, u".zi"_s};
}

void TestAccountSearch::searchTrigramsAreTheTextsRunsOfThree()
{
    QFETCH(QString, search);
    QFETCH(QStringList, trigrams);
    QCOMPARE(AccountListQuery::searchTrigrams(search), trigrams);
}

QTEST_GUILESS_MAIN(TestAccountSearch)
#include "tst_accountsearch.moc"
