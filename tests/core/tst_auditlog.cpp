#include "core/services/auditlog.h"
#include "tests/common/fixture.h"

#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"
#include "tests/common/testdatabase.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

using bc::AuditAnchor;
using bc::AuditEntry;
using bc::AuditLog;
using bc::AuditQuery;

namespace {

using bc::test::describe;

const QDateTime start(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);

// A time of the seeded log: `minutes` after the start; none for a negative number.
QDateTime minute(int minutes)
{
    return minutes < 0 ? QDateTime() : start.addSecs(minutes * 60);
}

} // namespace

// The audit log as people read it (AuditLog::page over AuditStore::page), on every backend: each
// filter alone and combined, newest first, a page at a time across entries of the same time, and
// the group every writer files its entries under.
class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachFilterKeepsItsEntriesNewestFirst_data();
    void eachFilterKeepsItsEntriesNewestFirst();
    void pagesFollowEachOtherAcrossEntriesOfOneTime_data();
    void pagesFollowEachOtherAcrossEntriesOfOneTime();
    void everySearchPlanReadsTheSameEntriesPageAfterPage_data();
    void everySearchPlanReadsTheSameEntriesPageAfterPage();
    void probesForATextInManyRecentEntries_data();
    void probesForATextInManyRecentEntries();
    void refusesAFilterThatCannotHold_data();
    void refusesAFilterThatCannotHold();
    void everyWriterFilesItsEntryUnderItsGroup();

private:
    void addGroups();
    void append(const AuditEntry &entry);
    void seedLog();
    QStringList summaries(const AuditQuery &query);
    QStringList pagedSummaries(const AuditQuery &query, int pageSize,
                               std::optional<bc::AuditStore::SearchPlan> plan = std::nullopt);

    std::unique_ptr<bc::Database> m_db;
    QHash<QString, qint64> m_groups; // by name
};

void TestAuditLog::init()
{
    m_db = bc::test::openFresh(u"auditlog"_s);
    QVERIFY(m_db);
    m_groups.clear();
}

void TestAuditLog::cleanup()
{
    m_db.reset();
}

// MSP, its customers Contoso and Fabrikam, and Contoso's unit Sales.
void TestAuditLog::addGroups()
{
    auto added = m_db->write([&]() -> bc::Result<void> {
        bc::GroupStore groups(*m_db);
        const auto add = [&](const QString &name, qint64 parent) -> bc::Result<void> {
            auto id = groups.insert(parent, name, {}, start);
            if (!id)
                return bc::fail(id.error());
            m_groups.insert(name, *id);
            return {};
        };
        if (auto done = add(u"MSP"_s, 0); !done)
            return done;
        if (auto done = add(u"Contoso"_s, m_groups.value(u"MSP"_s)); !done)
            return done;
        if (auto done = add(u"Fabrikam"_s, m_groups.value(u"MSP"_s)); !done)
            return done;
        return add(u"Sales"_s, m_groups.value(u"Contoso"_s));
    });
    QVERIFY2(added.has_value(), added ? "" : qPrintable(describe(added.error())));
}

void TestAuditLog::append(const AuditEntry &entry)
{
    auto written = m_db->write([&] { return bc::AuditStore(*m_db).append(entry); });
    QVERIFY2(written.has_value(), written ? "" : qPrintable(describe(written.error())));
}

// Seven entries, written oldest first (so ids grow with time), two pairs at one time each; newest
// first they read e7 e6 e5 e4 e3 e2 e1 (at one time the greater id first). Their summaries hold
// what LIKE treats specially.
void TestAuditLog::seedLog()
{
    addGroups();
    struct Seed
    {
        int minute;
        QString actor, action, type, group, summary;
    };
    const QList<Seed> seeds {
        {0, u"alice"_s, u"account.created"_s, u"account"_s, u"Contoso"_s, u"e1 ann"_s},
        {10, u"bob"_s, u"account.changed"_s, u"account"_s, u"Sales"_s, u"e2 Bert"_s},
        {10, u"alice"_s, u"group.renamed"_s, u"group"_s, u"Fabrikam"_s, u"e3 Fabrikam"_s},
        {20, u"bob"_s, u"profile.created"_s, u"profile"_s, u"Contoso"_s, u"e4 Gold 100%"_s},
        {30, u"alice"_s, u"account.deleted"_s, u"account"_s, u"Sales"_s, u"e5 under_score"_s},
        {30, u"carol"_s, u"account.created"_s, u"account"_s, QString(), u"e6 bang!mark"_s},
        {40, u"alice"_s, u"account.changed"_s, u"account"_s, u"MSP"_s, u"e7 1000 percent"_s},
    };
    for (const Seed &seed : seeds)
        append({.at = minute(seed.minute),
                .actor = seed.actor,
                .action = seed.action,
                .objectType = seed.type,
                .objectId = 1,
                .groupId = m_groups.value(seed.group),
                .summary = seed.summary});
}

// The first word of the summaries of every entry `query` keeps, in the order of the log, read one
// page of 100.
QStringList TestAuditLog::summaries(const AuditQuery &query)
{
    auto page = AuditLog(*m_db).page(query, {}, 100);
    if (!page) {
        qWarning() << describe(page.error());
        return {u"(failed)"_s};
    }
    QStringList found;
    for (const AuditEntry &entry : *page)
        found.append(entry.summary.section(u' ', 0, 0));
    return found;
}

// The summaries of every entry `query` keeps, read page after page from the last entry of the one
// before until a short page: through AuditLog, or through AuditStore with `plan`.
QStringList TestAuditLog::pagedSummaries(const AuditQuery &query, int pageSize,
                                         std::optional<bc::AuditStore::SearchPlan> plan)
{
    QStringList paged;
    AuditAnchor anchor;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = plan ? bc::AuditStore(*m_db).page(query, anchor, pageSize, *plan)
                         : AuditLog(*m_db).page(query, anchor, pageSize);
        if (!page)
            return {u"(failed: %1)"_s.arg(describe(page.error()))};
        if (page->size() > pageSize)
            return {u"(a page of %1)"_s.arg(page->size())};
        for (const AuditEntry &entry : std::as_const(*page))
            paged.append(entry.summary);
        if (page->size() < pageSize)
            break;
        anchor = AuditLog::anchorOf(page->constLast());
    }
    return paged;
}

void TestAuditLog::eachFilterKeepsItsEntriesNewestFirst_data()
{
    QTest::addColumn<int>("since"); // minutes after the start; -1: none
    QTest::addColumn<int>("until");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("group"); // a name of addGroups(); empty: every group
    QTest::addColumn<bool>("subgroups");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expected"); // the entries kept, newest first

    const QString none;
    QTest::newRow("nothing: every entry, ties by id")
        << -1 << -1 << none << none << none << none << false << none << u"e7 e6 e5 e4 e3 e2 e1"_s;
    QTest::newRow("since: at or after") << 10 << -1 << none << none << none << none << false << none
                                        << u"e7 e6 e5 e4 e3 e2"_s;
    QTest::newRow("until: before") << -1 << 30 << none << none << none << none << false << none << u"e4 e3 e2 e1"_s;
    QTest::newRow("since and until") << 10 << 30 << none << none << none << none << false << none << u"e4 e3 e2"_s;
    QTest::newRow("actor") << -1 << -1 << u"alice"_s << none << none << none << false << none << u"e7 e5 e3 e1"_s;
    QTest::newRow("actor: exactly, not a part")
        << -1 << -1 << u"ali"_s << none << none << none << false << none << QString();
    QTest::newRow("action") << -1 << -1 << none << u"account.created"_s << none << none << false << none << u"e6 e1"_s;
    QTest::newRow("object type") << -1 << -1 << none << none << u"account"_s << none << false << none
                                 << u"e7 e6 e5 e2 e1"_s;
    QTest::newRow("group alone") << -1 << -1 << none << none << none << u"Contoso"_s << false << none << u"e4 e1"_s;
    QTest::newRow("group and its subgroups")
        << -1 << -1 << none << none << none << u"Contoso"_s << true << none << u"e5 e4 e2 e1"_s;
    QTest::newRow("the top group alone") << -1 << -1 << none << none << none << u"MSP"_s << false << none << u"e7"_s;
    QTest::newRow("the top group's subtree: every entry filed under a group")
        << -1 << -1 << none << none << none << u"MSP"_s << true << none << u"e7 e5 e4 e3 e2 e1"_s;
    QTest::newRow("a leaf and its (no) subgroups")
        << -1 << -1 << none << none << none << u"Sales"_s << true << none << u"e5 e2"_s;
    QTest::newRow("search: any case") << -1 << -1 << none << none << none << none << false << u"BERT"_s << u"e2"_s;
    QTest::newRow("search: a part") << -1 << -1 << none << none << none << none << false << u"abri"_s << u"e3"_s;
    QTest::newRow("search: % is a percent sign")
        << -1 << -1 << none << none << none << none << false << u"%"_s << u"e4"_s;
    QTest::newRow("search: 0% is not 0 and more")
        << -1 << -1 << none << none << none << none << false << u"0%"_s << u"e4"_s;
    QTest::newRow("search: _ is an underscore")
        << -1 << -1 << none << none << none << none << false << u"_"_s << u"e5"_s;
    QTest::newRow("search: ! is no escape") << -1 << -1 << none << none << none << none << false << u"!"_s << u"e6"_s;
    // Three characters and more: SQLite's trigram index; shorter: LIKE, escaped.
    QTest::newRow("search: n_e, _ literally at three")
        << -1 << -1 << none << none << none << none << false << u"n_e"_s << QString();
    QTest::newRow("search: ol%, % literally at three")
        << -1 << -1 << none << none << none << none << false << u"ol%"_s << QString();
    QTest::newRow("search: 00%") << -1 << -1 << none << none << none << none << false << u"00%"_s << u"e4"_s;
    QTest::newRow("search: \"quotes\" are text")
        << -1 << -1 << none << none << none << none << false << u"\"ann\""_s << QString();
    QTest::newRow("search: !% is both, literally")
        << -1 << -1 << none << none << none << none << false << u"!%"_s << QString();
    QTest::newRow("combined: actor, type, subtree and since")
        << 10 << -1 << u"alice"_s << none << u"account"_s << u"Contoso"_s << true << none << u"e5"_s;
    QTest::newRow("combined: actor and search")
        << -1 << -1 << u"bob"_s << none << none << none << false << u"gold"_s << u"e4"_s;
    QTest::newRow("combined: action, group and until")
        << -1 << 40 << none << u"account.changed"_s << none << u"Sales"_s << false << none << u"e2"_s;
    QTest::newRow("combined, nothing left")
        << -1 << -1 << u"carol"_s << none << none << u"MSP"_s << true << none << QString();
}

void TestAuditLog::eachFilterKeepsItsEntriesNewestFirst()
{
    QFETCH(int, since);
    QFETCH(int, until);
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(QString, type);
    QFETCH(QString, group);
    QFETCH(bool, subgroups);
    QFETCH(QString, search);
    QFETCH(QString, expected);

    seedLog();
    const AuditQuery query {.since = minute(since),
                            .until = minute(until),
                            .actor = actor,
                            .action = action,
                            .objectType = type,
                            .groupId = group.isEmpty() ? 0 : m_groups.value(group),
                            .includeSubgroups = subgroups,
                            .search = search};
    QCOMPARE(summaries(query).join(u' '), expected);
}

void TestAuditLog::pagesFollowEachOtherAcrossEntriesOfOneTime_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("actor");

    for (int size : {1, 2, 3, 4, 5, 12, 13})
        QTest::addRow("pages of %d", size) << size << QString();
    for (int size : {1, 2, 3})
        QTest::addRow("pages of %d, one actor", size) << size << u"even"_s;
}

void TestAuditLog::pagesFollowEachOtherAcrossEntriesOfOneTime()
{
    QFETCH(int, pageSize);
    QFETCH(QString, actor);

    // Twelve entries at five times, several at one time; written in an order unlike the log's, so
    // that neither the time nor the id alone gives it.
    const QList<int> minutes {5, 1, 5, 3, 1, 5, 3, 9, 1, 5, 9, 3};
    for (qsizetype i = 0; i < minutes.size(); ++i)
        append({.at = minute(minutes.at(i)),
                .actor = i % 2 == 0 ? u"even"_s : u"odd"_s,
                .action = u"account.changed"_s,
                .objectType = u"account"_s,
                .objectId = i,
                .summary = QString::number(i)});
    const AuditQuery query {.actor = actor};
    auto whole = AuditLog(*m_db).page(query, {}, 100);
    QVERIFY2(whole, whole ? "" : qPrintable(describe(whole.error())));
    // What the log must read: by time, newest first, then by id, greatest first.
    QList<AuditEntry> expected = *whole;
    std::sort(expected.begin(), expected.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.at != b.at ? a.at > b.at : a.id > b.id; });
    QCOMPARE(whole->size(), actor.isEmpty() ? 12 : 6);
    QStringList wanted, read;
    for (const AuditEntry &entry : std::as_const(expected))
        wanted.append(entry.summary);
    for (const AuditEntry &entry : std::as_const(*whole))
        read.append(entry.summary);
    QCOMPARE(read, wanted);

    QCOMPARE(pagedSummaries(query, pageSize), wanted);
}

void TestAuditLog::everySearchPlanReadsTheSameEntriesPageAfterPage_data()
{
    using Plan = bc::AuditStore::SearchPlan;
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("group"); // and its subgroups when `subgroups`
    QTest::addColumn<bool>("subgroups");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");

    const QString none;
    const QList<std::pair<const char *, Plan>> plans {
        {"candidates", Plan::Candidates}, {"probe", Plan::Probe}, {"automatic", Plan::Automatic}};
    for (const auto &[name, plan] : plans) {
        QTest::addRow("%s: a common text", name) << plan << none << none << none << false << u"COMMON"_s << 7;
        QTest::addRow("%s: a rare text", name) << plan << none << none << none << false << u"zebr"_s << 1;
        QTest::addRow("%s: a text in none", name) << plan << none << none << none << false << u"nobody"_s << 5;
        QTest::addRow("%s: actor, subtree and text", name)
            << plan << u"bob"_s << none << u"Contoso"_s << true << u"mon it"_s << 4;
        QTest::addRow("%s: actor, action and group", name)
            << plan << u"alice"_s << u"account.changed"_s << u"Sales"_s << false << none << 2;
        QTest::addRow("%s: group and a rare text", name)
            << plan << none << none << u"Fabrikam"_s << false << u"Zebra"_s << 1;
        // SQLite's FTS5 index folds the case of every letter, its LIKE (Probe) that of ASCII letters
        // only, as PostgreSQL's lower() does in the summaries' collation.
        QTest::addRow("%s: a text in mixed case", name)
            << plan << none << none << none << false << u"cOMMON iTEM 1"_s << 3;
        QTest::addRow("%s: a non-ASCII text", name) << plan << none << none << none << false << u"ärger"_s << 4;
        QTest::addRow("%s: a non-ASCII text in capitals", name)
            << plan << none << none << none << false << u"ÄRGER MIT"_s << 3;
        QTest::addRow("%s: a non-ASCII text, three characters", name)
            << plan << none << none << none << false << u"Ärg"_s << 5;
        QTest::addRow("%s: an ASCII text a non-ASCII letter folds into", name)
            << plan << none << none << none << false << u"KEL"_s << 1;
        QTest::addRow("%s: quotes, a backslash, a question mark", name)
            << plan << none << none << none << false << u"'s a \\ back?"_s << 1;
        QTest::addRow("%s: actor and a non-ASCII text", name)
            << plan << u"carol"_s << none << none << false << u"ÄRGER"_s << 2;
    }
}

// Ninety entries at thirty times, three at each, written in an order unlike the log's; a text
// most hold (in mixed case), non-ASCII texts, and one two hold. Each way to search
// (AuditStore::SearchPlan) reads, page after page, what the filters keep in the log's order.
void TestAuditLog::everySearchPlanReadsTheSameEntriesPageAfterPage()
{
    // Most hold "Common item", in mixed case, some a non-ASCII text in either case, one "kelp", one
    // "Kelvin", one the Kelvin sign (U+212A, "k" folded), two "Zebra", two a quote, a backslash
    // and a question mark.
    const auto summaryOf = [](int i) {
        if (i == 17 || i == 62)
            return u"Zebra %1"_s.arg(i);
        if (i == 44)
            return u"a \u212Aelvin away %1"_s.arg(i);
        if (i == 51)
            return u"kelp %1"_s.arg(i);
        if (i == 52)
            return u"Kelvin %1"_s.arg(i);
        if (i == 70 || i == 71)
            return (i == 70 ? u"it's a \\ back? slash %1"_s : u"IT'S A \\ BACK? %1"_s).arg(i);
        if (i % 9 == 2)
            return u"ÄRGER MIT Common item %1"_s.arg(i);
        if (i % 7 == 3)
            return u"ärger mit COMMON ITEM %1"_s.arg(i);
        return (i % 4 == 1 ? u"COMMON item %1"_s : u"Common item %1"_s).arg(i);
    };
    QFETCH(bc::AuditStore::SearchPlan, plan);
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(QString, group);
    QFETCH(bool, subgroups);
    QFETCH(QString, search);
    QFETCH(int, pageSize);

    addGroups();
    const QStringList actors {u"alice"_s, u"bob"_s, u"carol"_s};
    const QStringList actions {u"account.changed"_s, u"account.created"_s};
    const QStringList groups {u"Contoso"_s, u"Sales"_s, u"Fabrikam"_s, u"MSP"_s, u"Contoso"_s};
    QList<AuditEntry> seeds;
    for (int i = 0; i < 90; ++i)
        seeds.append({.at = minute((i * 37) % 30),
                      .actor = actors.at(i % 3),
                      .action = actions.at(i % 2),
                      .objectType = u"account"_s,
                      .objectId = i,
                      .groupId = m_groups.value(groups.at(i % 5)),
                      .summary = summaryOf(i)});
    auto written = m_db->write([&] { return bc::AuditStore(*m_db).appendAll(seeds); });
    QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
    auto all = AuditLog(*m_db).page({}, {}, 1000);
    QVERIFY2(all, all ? "" : qPrintable(describe(all.error())));

    // What the filters keep, worked out here from every entry, in the log's order (which the
    // whole log, read in one page, is: pagesFollowEachOtherAcrossEntriesOfOneTime).
    QList<qint64> within {m_groups.value(group)};
    if (subgroups && group == "Contoso"_L1)
        within.append(m_groups.value(u"Sales"_s));
    // PostgreSQL's lower() folds ASCII letters only in the summaries' collation "C"; SQLite's
    // trigram index and MariaDB fold every letter.
    const bool asciiOnly = m_db->backend() == bc::DatabaseAddress::Backend::PostgreSql;
    const auto folded = [asciiOnly](QString text) {
        if (!asciiOnly)
            return text.toCaseFolded();
        for (QChar &c : text)
            if (c >= u'A' && c <= u'Z')
                c = c.toLower();
        return text;
    };
    QStringList wanted;
    for (const AuditEntry &entry : std::as_const(*all))
        if ((actor.isEmpty() || entry.actor == actor) && (action.isEmpty() || entry.action == action)
            && (group.isEmpty() || within.contains(entry.groupId)) && folded(entry.summary).contains(folded(search)))
            wanted.append(entry.summary);
    QVERIFY2(wanted.size() >= 2 || search == "nobody"_L1, "too few entries to page through");

    const AuditQuery query {.actor = actor,
                            .action = action,
                            .groupId = group.isEmpty() ? 0 : m_groups.value(group),
                            .includeSubgroups = subgroups,
                            .search = search};
    QCOMPARE(pagedSummaries(query, pageSize, plan), wanted);
}

void TestAuditLog::probesForATextInManyRecentEntries_data()
{
    using Plan = bc::AuditStore::SearchPlan;
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("afterEntry"); // the page starts after the entry written so many-th; -1: newest
    QTest::addColumn<Plan>("expected");

    // Entry i (of 2,400; probeMatches is 2,000) holds "old" for i < 300, "recent" else, and "rare"
    // at 250.
    QTest::newRow("in many") << u"recent"_s << -1 << Plan::Probe;
    QTest::newRow("in a few") << u"rare"_s << -1 << Plan::Candidates;
    QTest::newRow("in fewer than probeMatches") << u"old"_s << -1 << Plan::Candidates;
    QTest::newRow("in many before the page's start") << u"recent"_s << 2350 << Plan::Probe;
    QTest::newRow("in too few before the page's start") << u"recent"_s << 2250 << Plan::Candidates;
    QTest::newRow("in one too few before the page's start") << u"recent"_s << 2299 << Plan::Candidates;
    QTest::newRow("in just enough before the page's start") << u"recent"_s << 2300 << Plan::Probe;
}

void TestAuditLog::probesForATextInManyRecentEntries()
{
    QFETCH(QString, search);
    QFETCH(int, afterEntry);
    QFETCH(bc::AuditStore::SearchPlan, expected);
    if (m_db->backend() == bc::DatabaseAddress::Backend::MariaDb)
        QSKIP("MariaDB reads one statement for either plan");

    QList<AuditEntry> seeds;
    const int count = 2400;
    QCOMPARE(bc::AuditStore::probeMatches, 2000);
    for (int i = 0; i < count; ++i)
        seeds.append({.at = minute(i),
                      .actor = u"alice"_s,
                      .action = u"account.changed"_s,
                      .objectType = u"account"_s,
                      .objectId = i,
                      .summary = i == 250 ? u"rare"_s : (i < 300 ? u"old %1"_s : u"recent %1"_s).arg(i)});
    auto written = m_db->write([&] { return bc::AuditStore(*m_db).appendAll(seeds); });
    QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
    AuditAnchor after;
    if (afterEntry >= 0) {
        auto all = bc::AuditStore(*m_db).page({}, {}, count);
        QVERIFY(all && all->size() == count);
        after = AuditLog::anchorOf(all->at(count - 1 - afterEntry));
    }
    auto plan = bc::AuditStore(*m_db).searchPlan(search, after);
    QVERIFY2(plan, plan ? "" : qPrintable(describe(plan.error())));
    QCOMPARE(*plan, expected);
}

void TestAuditLog::refusesAFilterThatCannotHold_data()
{
    QTest::addColumn<AuditQuery>("query");
    QTest::addColumn<QString>("field");

    QTest::newRow("until before since") << AuditQuery {.since = minute(10), .until = minute(5)} << u"until"_s;
    QTest::newRow("until at since") << AuditQuery {.since = minute(10), .until = minute(10)} << u"until"_s;
    QTest::newRow("subgroups of no group") << AuditQuery {.includeSubgroups = true} << u"group"_s;
}

void TestAuditLog::refusesAFilterThatCannotHold()
{
    QFETCH(AuditQuery, query);
    QFETCH(QString, field);

    auto page = AuditLog(*m_db).page(query, {}, 10);
    QVERIFY(!page);
    QCOMPARE(page.error().code, bc::Error::Code::Invalid);
    QCOMPARE(page.error().field, field);
    QVERIFY2(!page.error().message.isEmpty(), "an error without words");
}

// Through the services, as a console writes them: every entry names the group it is about.
void TestAuditLog::everyWriterFilesItsEntryUnderItsGroup()
{
    bc::GroupService groups(*m_db);
    bc::AccountService accounts(*m_db);
    bc::CatalogService catalog(*m_db);
    auto root = groups.createRoot(u"MSP"_s);
    QVERIFY(root);
    auto contoso = groups.create(root->id, u"Contoso"_s);
    QVERIFY(contoso);
    auto sales = groups.create(contoso->id, u"Sales"_s);
    QVERIFY(sales);
    QVERIFY(groups.rename(sales->id, u"Sales EU"_s));
    bc::AccountDraft draft;
    draft.login = u"alice"_s;
    draft.email = u"alice@example.com"_s;
    auto account = accounts.create(sales->id, draft);
    QVERIFY2(account, account ? "" : qPrintable(describe(account.error())));
    QVERIFY(accounts.disable(account->id));
    bc::Profile gold;
    gold.groupId = contoso->id;
    gold.name = u"Gold"_s;
    auto profile = catalog.addProfile(gold);
    QVERIFY2(profile, profile ? "" : qPrintable(describe(profile.error())));
    QVERIFY(catalog.remove(bc::CatalogKind::Profile, profile->id));
    QVERIFY(accounts.remove(account->id));
    auto gone = groups.create(contoso->id, u"Temporary"_s);
    QVERIFY(gone);
    QVERIFY(groups.remove(gone->id));

    const QHash<QString, qint64> expected {
        {u"group.created MSP"_s, root->id},          {u"group.created Contoso"_s, contoso->id},
        {u"group.created Sales"_s, sales->id},       {u"group.renamed Sales EU"_s, sales->id},
        {u"account.created alice"_s, sales->id},     {u"account.disabled alice"_s, sales->id},
        {u"profile.created Gold"_s, contoso->id},    {u"profile.deleted Gold"_s, contoso->id},
        {u"account.deleted alice"_s, sales->id},     {u"group.created Temporary"_s, gone->id},
        {u"group.deleted Temporary"_s, contoso->id}, // the group is gone: the one above it
    };
    auto log = AuditLog(*m_db).page({}, {}, 100);
    QVERIFY(log);
    QHash<QString, qint64> filed;
    for (const AuditEntry &entry : std::as_const(*log))
        filed.insert(entry.action + u' ' + entry.summary, entry.groupId);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(
            filed.value(it.key(), -1) == it.value(),
            qPrintable(u"%1: filed under %2, not %3"_s.arg(it.key()).arg(filed.value(it.key(), -1)).arg(it.value())));
    // Whatever else the services wrote (a settings change, say) names a group as well.
    for (auto it = filed.cbegin(); it != filed.cend(); ++it)
        QVERIFY2(it.value() != 0, qPrintable(it.key() + u" has no group"_s));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
