#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/database.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QHash>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using bc::test::describe;

// The last schema without the audit log's group (0014_audit_groups.sql).
constexpr int schemaBefore = 13;

// One entry written before the migration: what it is about, as 0013 stored it, and the group the
// migration must file it under ("" for none). In the JSON, %MSP%, %Contoso% and %Fabrikam% stand
// for the ids; empty is NULL, '' an empty text.
struct OldEntry
{
    QString label;
    QString action;
    QString objectType;
    QString object; // a group's name, "account", "profile", "storage" or "gone"
    QString before;
    QString after;
    QString expected;
};

const QList<OldEntry> &oldEntries()
{
    static const QList<OldEntry> entries {
        {u"an account's entry: its group then, not now"_s, u"account.changed"_s, u"account"_s, u"account"_s,
         uR"({"login":"moved","groupId":%Fabrikam%})"_s, uR"({"login":"moved","groupId":%Fabrikam%})"_s, u"Fabrikam"_s},
        {u"an account's new group after a move"_s, u"account.changed"_s, u"account"_s, u"account"_s,
         uR"({"groupId":%Fabrikam%})"_s, uR"({"groupId":%Contoso%})"_s, u"Contoso"_s},
        {u"a deleted account's last entry: before"_s, u"account.deleted"_s, u"account"_s, u"gone"_s,
         uR"({"login":"gone","groupId":%Fabrikam%})"_s, QString(), u"Fabrikam"_s},
        {u"an account's entry without JSON: its group now"_s, u"account.activation-resent"_s, u"account"_s,
         u"account"_s, QString(), QString(), u"Contoso"_s},
        {u"an account's entry with empty texts: its group now"_s, u"account.activation-resent"_s, u"account"_s,
         u"account"_s, u"''"_s, u"''"_s, u"Contoso"_s},
        {u"an entry without JSON about an account gone: none"_s, u"account.activation-resent"_s, u"account"_s,
         u"gone"_s, QString(), QString(), QString()},
        {u"a group's entry: the group"_s, u"group.renamed"_s, u"group"_s, u"Contoso"_s, uR"({"name":"Old"})"_s,
         uR"({"name":"Contoso"})"_s, u"Contoso"_s},
        {u"a group's settings: the group"_s, u"group.settings-changed"_s, u"group"_s, u"Fabrikam"_s,
         uR"({"services":{}})"_s, uR"({"services":{"m365":true}})"_s, u"Fabrikam"_s},
        {u"a deleted group: the group above it"_s, u"group.deleted"_s, u"group"_s, u"gone"_s,
         uR"({"name":"Gone","parentId":%MSP%})"_s, QString(), u"MSP"_s},
        {u"a profile's entry: its group then"_s, u"profile.changed"_s, u"profile"_s, u"profile"_s,
         uR"({"groupId":%Contoso%,"name":"Gold"})"_s, uR"({"groupId":%Contoso%,"name":"Gold+"})"_s, u"Contoso"_s},
        {u"a storage's entry without JSON: its group now"_s, u"storage.changed"_s, u"storage"_s, u"storage"_s,
         QString(), QString(), u"Fabrikam"_s},
        {u"a deleted storage: before"_s, u"storage.deleted"_s, u"storage"_s, u"gone"_s,
         uR"({"groupId":%MSP%,"name":"Old disks"})"_s, QString(), u"MSP"_s},
    };
    return entries;
}

} // namespace

// Migration 0014 on every backend: a log written at schema 13 learns the group of each entry once,
// and stays append-only.
class TestAuditMigration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anOldEntryIsFiledUnderItsGroup_data();
    void anOldEntryIsFiledUnderItsGroup();
    void theLogIsAppendOnlyAfterTheMigration();

private:
    void writeAtSchemaBefore();

    QString m_location;
    QHash<QString, qint64> m_ids; // groups by name; "account", "profile", "storage", "gone"
    std::unique_ptr<bc::Database> m_db; // migrated
};

void TestAuditMigration::initTestCase()
{
    m_location = bc::test::freshLocation(u"auditmigration"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    writeAtSchemaBefore();
    auto db = bc::Database::open(m_location);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    m_db = std::move(*db);
    auto version = m_db->run(u"SELECT version FROM schema_version"_s);
    QVERIFY(version && version->next());
    QCOMPARE(version->value(0).toInt(), bc::Database::schemaVersion());
    QVERIFY(bc::Database::schemaVersion() > schemaBefore);
}

void TestAuditMigration::cleanupTestCase()
{
    m_db.reset();
}

// Groups, an account, a profile and a storage, and the entries of oldEntries() as schema 13 wrote
// them (no group column: by hand, not through AuditStore).
void TestAuditMigration::writeAtSchemaBefore()
{
    bc::Database::OpenOptions options;
    options.stopAtSchema = schemaBefore;
    auto db = bc::Database::open(m_location, options);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    bc::Database &old = **db;
    const QDateTime now(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    auto written = old.write([&]() -> bc::Result<void> {
        bc::GroupStore groups(old);
        for (const auto &[name, parent] : {std::pair {u"MSP"_s, QString()}, std::pair {u"Contoso"_s, u"MSP"_s},
                                           std::pair {u"Fabrikam"_s, u"MSP"_s}}) {
            auto id = groups.insert(m_ids.value(parent), name, {}, now);
            if (!id)
                return bc::fail(id.error());
            m_ids.insert(name, *id);
        }
        // By hand too: AccountStore reads the columns of the current schema (has_password, 0017).
        const QString at = u"2026-01-02T03:04:00.000Z"_s;
        auto account = old.insert(
            u"INSERT INTO accounts (group_id, login, login_key, email, status, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {m_ids.value(u"Contoso"_s), u"moved"_s, u"moved"_s, u"moved@example.com"_s, u"inactive"_s, at, at});
        if (!account)
            return bc::fail(account.error());
        m_ids.insert(u"account"_s, *account);
        bc::CatalogStore catalog(old);
        bc::Profile profileItem;
        profileItem.groupId = m_ids.value(u"Contoso"_s);
        profileItem.name = u"Gold+"_s;
        auto profile = catalog.insert(profileItem, now);
        if (!profile)
            return bc::fail(profile.error());
        m_ids.insert(u"profile"_s, *profile);
        bc::Storage storageItem;
        storageItem.groupId = m_ids.value(u"Fabrikam"_s);
        storageItem.name = u"Disks"_s;
        auto storage = catalog.insert(storageItem, now);
        if (!storage)
            return bc::fail(storage.error());
        m_ids.insert(u"storage"_s, *storage);
        m_ids.insert(u"gone"_s, 999999);

        const auto json = [this](QString text) {
            for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
                text.replace(u'%' + it.key() + u'%', QString::number(it.value()));
            if (text == "''"_L1)
                return QVariant(QString(u""_s));
            return text.isEmpty() ? QVariant() : QVariant(text);
        };
        for (const OldEntry &entry : oldEntries()) {
            auto inserted = old.run(u"INSERT INTO audit_log (at, actor, action, object_type, object_id, summary, "
                                    "before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                    {u"2026-01-02T03:04:05.000Z"_s, u"helpdesk"_s, entry.action, entry.objectType,
                                     m_ids.value(entry.object), entry.label, json(entry.before), json(entry.after)});
            if (!inserted)
                return bc::fail(inserted.error());
        }
        return {};
    });
    QVERIFY2(written.has_value(), written ? "" : qPrintable(describe(written.error())));
}

void TestAuditMigration::anOldEntryIsFiledUnderItsGroup_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    for (const OldEntry &entry : oldEntries())
        QTest::newRow(qPrintable(entry.label)) << entry.label << entry.expected;
}

void TestAuditMigration::anOldEntryIsFiledUnderItsGroup()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QVERIFY(m_db);

    auto entries = bc::AuditStore(*m_db).page({.search = label}, {}, 10);
    QVERIFY2(entries, entries ? "" : qPrintable(describe(entries.error())));
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().summary, label);
    QCOMPARE(entries->first().groupId, expected.isEmpty() ? 0 : m_ids.value(expected));
    // The group filter finds it there.
    if (!expected.isEmpty()) {
        auto filed = bc::AuditStore(*m_db).page({.groupId = m_ids.value(expected), .search = label}, {}, 10);
        QVERIFY(filed);
        QCOMPARE(filed->size(), 1);
    }
}

void TestAuditMigration::theLogIsAppendOnlyAfterTheMigration()
{
    QVERIFY(m_db);
    auto update = m_db->run(u"UPDATE audit_log SET actor = 'mallory'"_s);
    QVERIFY2(!update, "the migration left the log open to UPDATE");
    auto remove = m_db->run(u"DELETE FROM audit_log"_s);
    QVERIFY2(!remove, "the migration left the log open to DELETE");
    auto kept = m_db->run(u"SELECT count(*) FROM audit_log WHERE actor = 'helpdesk'"_s);
    QVERIFY(kept && kept->next());
    QCOMPARE(kept->value(0).toInt(), int(oldEntries().size()));
    // New entries write the column the migration added.
    auto written = m_db->write([&] {
        return bc::AuditStore(*m_db).append({.action = u"group.renamed"_s,
                                             .objectType = u"group"_s,
                                             .objectId = m_ids.value(u"MSP"_s),
                                             .groupId = m_ids.value(u"MSP"_s),
                                             .summary = u"after the migration"_s});
    });
    QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
    auto found = bc::AuditStore(*m_db).page({.groupId = m_ids.value(u"MSP"_s), .search = u"after the"_s}, {}, 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditMigration)
#include "tst_auditmigration.moc"
