#include "core/storage/auditstore.h"
#include "tests/common/fixture.h"

#include "core/platform/systemaccount.h"
#include "core/storage/database.h"
#include "core/storage/databasestatements.h"
#include "tests/common/testdatabase.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using bc::AuditEntry;
using bc::AuditStore;

namespace {

using bc::test::describe;

} // namespace

// The audit log's statements on every backend: what is written is read back field by field, by
// object and newest first.
class TestAuditStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anEntryReadsBackAsItWasWritten_data();
    void anEntryReadsBackAsItWasWritten();
    void entriesForKeepsToItsObjectOldestFirst();
    void latestGivesTheNewestFirst();

private:
    void append(const AuditEntry &entry);

    std::unique_ptr<bc::Database> m_db;
};

void TestAuditStore::init()
{
    m_db = bc::test::openFresh(u"audit"_s);
    QVERIFY(m_db);
}

void TestAuditStore::cleanup()
{
    m_db.reset();
}

void TestAuditStore::append(const AuditEntry &entry)
{
    // As the services write it: in the transaction of a change (on PostgreSQL the INSERT then
    // travels with the COMMIT).
    auto written = m_db->write([&] { return AuditStore(*m_db).append(entry); });
    QVERIFY2(written.has_value(), written ? "" : qPrintable(describe(written.error())));
}

void TestAuditStore::anEntryReadsBackAsItWasWritten_data()
{
    QTest::addColumn<AuditEntry>("entry");

    const QDateTime at(QDate(2026, 3, 4), QTime(9, 30, 15, 250), Qt::UTC);
    QTest::newRow("before and after") << AuditEntry {
        .at = at,
        .actor = u"helpdesk"_s,
        .action = u"account.changed"_s,
        .objectType = u"account"_s,
        .objectId = 42,
        .groupId = 3,
        .summary = u"alice"_s,
        .before = QJsonObject {{u"email"_s, u"a@example.com"_s}},
        .after = QJsonObject {{u"email"_s, u"b@example.com"_s}, {u"administrator"_s, true}, {u"quota"_s, 500}}};
    QTest::newRow("created: nothing before") << AuditEntry {.at = at,
                                                            .actor = u"activation page"_s,
                                                            .action = u"group.created"_s,
                                                            .objectType = u"group"_s,
                                                            .objectId = 7,
                                                            .groupId = 7,
                                                            .summary = u"Zürich ＡＢ"_s,
                                                            .after = QJsonObject {{u"name"_s, u"Zürich ＡＢ"_s}}};
    QTest::newRow("deleted: nothing after") << AuditEntry {.at = at,
                                                           .actor = u"helpdesk"_s,
                                                           .action = u"account.deleted"_s,
                                                           .objectType = u"account"_s,
                                                           .objectId = 43,
                                                           .summary = u"bob"_s,
                                                           .before = QJsonObject {{u"login"_s, u"bob"_s}}};
    QTest::newRow("no time, no actor, no group: now, the system account, NULL")
        << AuditEntry {.action = u"group.renamed"_s, .objectType = u"group"_s, .objectId = 8, .summary = u"Sales"_s};
}

void TestAuditStore::anEntryReadsBackAsItWasWritten()
{
    QFETCH(AuditEntry, entry);

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    append(entry);
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    auto entries = AuditStore(*m_db).entriesFor(entry.objectType, entry.objectId);
    QVERIFY2(entries.has_value(), entries ? "" : qPrintable(describe(entries.error())));
    QCOMPARE(entries->size(), 1);
    const AuditEntry &read = entries->first();
    QVERIFY(read.id > 0);
    if (entry.at.isValid()) {
        QCOMPARE(read.at, entry.at);
    } else {
        QVERIFY2(read.at >= before && read.at <= after, qPrintable(read.at.toString(Qt::ISODateWithMs)));
    }
    QCOMPARE(read.actor, entry.actor.isEmpty() ? bc::SystemAccount::name() : entry.actor);
    QCOMPARE(read.action, entry.action);
    QCOMPARE(read.objectType, entry.objectType);
    QCOMPARE(read.objectId, entry.objectId);
    QCOMPARE(read.groupId, entry.groupId);
    // No group is NULL, not 0: the group filter's index and a later foreign key agree on it.
    auto nulls = m_db->run(u"SELECT count(*) FROM audit_log WHERE group_id IS NULL"_s);
    QVERIFY(nulls && nulls->next());
    QCOMPARE(nulls->value(0).toInt(), entry.groupId == 0 ? 1 : 0);
    QCOMPARE(read.summary, entry.summary);
    QCOMPARE(read.before, entry.before);
    QCOMPARE(read.after, entry.after);
}

void TestAuditStore::entriesForKeepsToItsObjectOldestFirst()
{
    for (const auto &[type, id, action] :
         {std::tuple {u"account"_s, 1, u"account.created"_s}, std::tuple {u"group"_s, 1, u"group.created"_s},
          std::tuple {u"account"_s, 2, u"account.created"_s}, std::tuple {u"account"_s, 1, u"account.changed"_s},
          std::tuple {u"account"_s, 1, u"account.disabled"_s}})
        append({.actor = u"tester"_s, .action = action, .objectType = type, .objectId = id, .summary = u"x"_s});
    auto entries = AuditStore(*m_db).entriesFor(u"account"_s, 1);
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry &entry : *entries)
        actions.append(entry.action);
    QCOMPARE(actions, (QStringList {u"account.created"_s, u"account.changed"_s, u"account.disabled"_s}));
    QVERIFY(entries->at(0).id < entries->at(1).id && entries->at(1).id < entries->at(2).id);
    QVERIFY(AuditStore(*m_db).entriesFor(u"account"_s, 3)->isEmpty());
}

void TestAuditStore::latestGivesTheNewestFirst()
{
    for (const QString &summary : {u"first"_s, u"second"_s, u"third"_s})
        append({.actor = u"tester"_s,
                .action = u"group.created"_s,
                .objectType = u"group"_s,
                .objectId = 1,
                .summary = summary});
    auto latest = AuditStore(*m_db).latest(2);
    QVERIFY(latest);
    QCOMPARE(latest->size(), 2);
    QCOMPARE(latest->at(0).summary, u"third"_s);
    QCOMPARE(latest->at(1).summary, u"second"_s);
    QCOMPARE(AuditStore(*m_db).latest(10)->size(), 3);
}

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_auditstore.moc"
