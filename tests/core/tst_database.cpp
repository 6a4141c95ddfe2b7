#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/storage/accountpageloader.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/groupstore.h"
#include "core/storage/integritycheck.h"
#include "core/storage/migrations.h"
#include "core/storage/postgrespipeline.h"
#include "tests/common/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

using bc::Database;
using bc::Error;
using bc::Migrations;
using bc::PostgresPipeline;

Q_DECLARE_METATYPE(bc::Error::Code)

namespace {

// A plain QtSql connection, for setting up databases the console did not write.
class RawConnection
{
public:
    explicit RawConnection(const QString &location, const QString &options = QString())
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = bc::test::addConnection(location, m_name);
        if (!options.isEmpty())
            db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }
    QSqlError execError(const QString &sql) const
    {
        QSqlQuery query(db());
        query.exec(sql);
        return query.lastError();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QVariant scalar(Database &db, const QString &sql)
{
    auto query = db.run(sql);
    if (!query || !query->next())
        return {};
    return query->value(0);
}

// The top group, for tests that need a parent for groups of their own.
bc::Result<qint64> insertRoot(Database &db)
{
    return db.insert(u"INSERT INTO groups (name, name_key, created_at) VALUES ('R', 'r', 'x')"_s, {});
}

using bc::test::describe;

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void openingCreatesTheFileAndMigratesToTheLatestSchema();
    void openingCreatesMissingFolders();
    void reopeningChangesNothing();
    void openingAcceptsSqliteUrls();
    void openingRefusesOtherSchemesFoldersAndNothing();
    void aNewerSchemaIsRefusedAndTheFileLeftAlone();
    void aNewerSchemaInWalModeIsRefusedAndTheFileLeftAlone();
    void anOlderSchemaIsMigratedOnlyWhenTheUserAgrees();
    void everyMigrationRendersForEveryBackend();
    void aFileThatIsNotSqliteCannotBeOpened();
    void aSqliteFileWithForeignTablesCannotBeOpenedAndIsLeftAlone();
    void foreignKeysAreEnforced();
    void journalModeIsWal();
    void theAuditLogIsAppendOnly();
    void aFailedWriteRollsEverythingBack();
    void everyValueComesBackAsItWasSent_data();
    void everyValueComesBackAsItWasSent();
    void aStatementRunAgainIsPreparedOnce();
    void aStatementRunAgainStaysPreparedOnSqliteAndMariaDb();
    void aStatementTheServerCannotPrepareStillRuns();
    void aStatementRunLaterIsRunInOrder();
    void aStatementRunLaterFailsItsTransaction();
    void statementsSentAheadRunWhileTheWriterGoesOn();
    void aStatementSentAheadThatFailsFailsItsTransaction_data();
    void aStatementSentAheadThatFailsFailsItsTransaction();
    void aRollbackAfterStatementsSentAheadUndoesThem();
    void placeholdersInQuotesAreLeftAlone_data();
    void placeholdersInQuotesAreLeftAlone();
    void aDuplicateLoginFromASecondConnectionIsLoginTaken();
    void aDuplicateSiblingGroupNameIsNameTaken();
    void uniqueViolationsCarryTheExtendedCode();
    void classifyNamesEveryKindOfDatabaseError_data();
    void classifyNamesEveryKindOfDatabaseError();
    void aLockedDatabaseIsClassifiedAsBusy();
    void aWriterWaitingForTheLockGetsItAsSoonAsItIsFree();
    void manyConnectionsOpeningANewFileAtOnceAllSucceed();
    void aDamagedFileIsRefusedAndLeftUnchanged();
    void theFullCheckFindsTheDamageAndPassesAnIntactFile();

private:
    // A new, empty database for each test (a file path or a server URL); open() creates its schema.
    QString m_location;
};

void TestDatabase::init()
{
    m_location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
}

void TestDatabase::openingCreatesTheFileAndMigratesToTheLatestSchema()
{
    QVERIFY(bc::test::isServer() || !QFile::exists(m_location));
    auto db = Database::open(m_location);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    QVERIFY(bc::test::isServer() || QFile::exists(m_location));
    QVERIFY(Database::schemaVersion() >= 1);
    QCOMPARE(scalar(**db, u"SELECT version FROM schema_version"_s).toInt(), Database::schemaVersion());
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM schema_version"_s).toInt(), 1);
    const QStringList tables = (*db)->connection().tables();
    for (const QString &table : {u"groups"_s, u"accounts"_s, u"audit_log"_s})
        QVERIFY2(tables.contains(table), qPrintable(table + u" is not among "_s + tables.join(u", "_s)));
    const QString name = bc::test::isServer() ? QUrl(m_location).path().mid(1) : u"accounts.sqlite"_s;
    QVERIFY2((*db)->displayName().contains(name), qPrintable((*db)->displayName()));
}

void TestDatabase::openingCreatesMissingFolders()
{
    if (bc::test::isServer())
        QSKIP("folders are a matter of SQLite files");
    const QString nested = QFileInfo(m_location).dir().filePath(u"a/b/c/accounts.sqlite"_s);
    auto db = Database::open(nested);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    QVERIFY(QFile::exists(nested));
}

void TestDatabase::reopeningChangesNothing()
{
    {
        auto db = Database::open(m_location);
        QVERIFY(db);
        QVERIFY(bc::GroupStore(**db).insert(0, u"Root"_s, {}, bc::Timestamps::now()));
    }
    auto again = Database::open(m_location);
    QVERIFY2(again.has_value(), again ? "" : qPrintable(describe(again.error())));
    QCOMPARE(scalar(**again, u"SELECT version FROM schema_version"_s).toInt(), Database::schemaVersion());
    QCOMPARE(scalar(**again, u"SELECT count(*) FROM schema_version"_s).toInt(), 1);
    QCOMPARE(scalar(**again, u"SELECT name FROM groups"_s).toString(), u"Root"_s);
}

void TestDatabase::openingAcceptsSqliteUrls()
{
    if (bc::test::isServer())
        QSKIP("sqlite:// URLs name SQLite files");
    auto db = Database::open(u"sqlite://"_s + m_location);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    QVERIFY(QFile::exists(m_location));
}

void TestDatabase::openingRefusesOtherSchemesFoldersAndNothing()
{
    // The same on every backend: none of these locations reaches a database.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &location : {u"oracle://server/accounts"_s, folder.path(), QString(), u"sqlite:"_s,
                                    u"postgresql://user:secret@server/accounts"_s, u"mariadb://server/"_s}) {
        auto db = Database::open(location);
        QVERIFY2(!db.has_value(), qPrintable(location));
        QCOMPARE(db.error().code, Error::Code::CannotOpen);
        QVERIFY(!db.error().message.isEmpty());
    }
}

void TestDatabase::aNewerSchemaIsRefusedAndTheFileLeftAlone()
{
    {
        // Written by a "newer console" (on SQLite, one that keeps the default rollback journal).
        RawConnection raw(m_location);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
        QVERIFY(raw.exec(u"INSERT INTO schema_version VALUES (%1)"_s.arg(Database::schemaVersion() + 1)));
        QVERIFY(raw.exec(u"CREATE TABLE future_things (id INTEGER PRIMARY KEY)"_s));
    }
    const QByteArray before = bc::test::storedBytes(m_location);
    QVERIFY(!before.isEmpty());
    auto db = Database::open(m_location);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::SchemaTooNew);
    QVERIFY(db.error().isDatabaseProblem());
    QVERIFY2(bc::test::storedBytes(m_location) == before, "opening a newer database changed it");
}

void TestDatabase::aNewerSchemaInWalModeIsRefusedAndTheFileLeftAlone()
{
    {
        auto db = Database::open(m_location);
        QVERIFY(db);
        QVERIFY((*db)->run(u"UPDATE schema_version SET version = 99"_s));
    }
    const QByteArray before = bc::test::storedBytes(m_location);
    auto db = Database::open(m_location);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::SchemaTooNew);
    QVERIFY2(db.error().message.contains(u"99"_s), qPrintable(db.error().message));
    QVERIFY2(bc::test::storedBytes(m_location) == before, "opening a newer database changed it");
    RawConnection raw(m_location);
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(u"SELECT version FROM schema_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 99);
}

void TestDatabase::anOlderSchemaIsMigratedOnlyWhenTheUserAgrees()
{
    const int older = Database::schemaVersion() - 1;
    {
        Database::OpenOptions options;
        options.stopAtSchema = older;
        auto db = Database::open(m_location, options);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY((*db)->run(u"INSERT INTO groups (name, name_key, created_at) VALUES ('MSP', 'msp', 'x')"_s));
    }
    const auto storedVersion = [this] {
        RawConnection raw(m_location);
        QSqlQuery query(raw.db());
        return query.exec(u"SELECT version FROM schema_version"_s) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(storedVersion(), older);

    // Declined: refused, and the database left as it was.
    QList<std::pair<int, int>> asked;
    Database::OpenOptions declining;
    declining.confirmMigration = [&asked](int from, int to) {
        asked.append({from, to});
        return false;
    };
    auto refused = Database::open(m_location, declining);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CannotOpen);
    QCOMPARE(asked, (QList<std::pair<int, int>> {{older, Database::schemaVersion()}}));
    QCOMPARE(storedVersion(), older);
    // A worker's connection opened ahead of its first request does not migrate either: that is
    // for the workspace to ask.
    bc::AccountPageLoader loader(m_location);
    loader.connectAhead();
    QCOMPARE(storedVersion(), older);

    // Agreed: migrated, with the data kept.
    Database::OpenOptions agreeing;
    agreeing.confirmMigration = [](int, int) {
        return true;
    };
    auto db = Database::open(m_location, agreeing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE(storedVersion(), Database::schemaVersion());
    auto groups = (*db)->run(u"SELECT name FROM groups"_s);
    QVERIFY(groups && groups->next());
    QCOMPARE(groups->value(0).toString(), u"MSP"_s);

    // A new, empty database is created without asking.
    bool askedForNew = false;
    Database::OpenOptions watching;
    watching.confirmMigration = [&askedForNew](int, int) {
        askedForNew = true;
        return false;
    };
    QVERIFY(Database::open(bc::test::freshLocation(u"new"_s), watching));
    QVERIFY(!askedForNew);
}

void TestDatabase::everyMigrationRendersForEveryBackend()
{
    // One description, three renderings: placeholders filled, statements of other backends left out.
    const QString script = u"-- a comment\nCREATE TABLE t (\n    id {{id}},\n    name {{text}} NOT NULL\n){{table}};\n"
                           "--@ sqlite\nCREATE TRIGGER x BEGIN SELECT 1; END;\n--@ postgresql mariadb\nSELECT 2;\n"_s;
    using Backend = bc::DatabaseAddress::Backend;
    const QStringList sqlite = Migrations::render(script, Backend::Sqlite);
    QCOMPARE(sqlite.size(), 2);
    QCOMPARE(sqlite.at(0), u"CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    name TEXT NOT NULL\n)"_s);
    QCOMPARE(sqlite.at(1), u"CREATE TRIGGER x BEGIN SELECT 1; END"_s);
    const QStringList postgres = Migrations::render(script, Backend::PostgreSql);
    QCOMPARE(postgres.size(), 2);
    QVERIFY(postgres.at(0).contains(u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s));
    QCOMPARE(postgres.at(1), u"SELECT 2"_s);
    const QStringList mariadb = Migrations::render(script, Backend::MariaDb);
    QVERIFY(mariadb.at(0).endsWith(u"COLLATE = utf8mb4_bin"_s));
    QVERIFY(mariadb.at(0).contains(u"VARCHAR(255)"_s));
    QCOMPARE(mariadb.at(1), u"SELECT 2"_s);
    // No placeholder is left unfilled in the real migrations.
    for (int version = 1; version <= Database::schemaVersion(); ++version) {
        const QStringList files = QDir(u":/sql"_s).entryList({u"%1_*.sql"_s.arg(version, 4, 10, QLatin1Char('0'))});
        QCOMPARE(files.size(), 1);
        QFile file(u":/sql/"_s + files.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (Backend backend : {Backend::Sqlite, Backend::PostgreSql, Backend::MariaDb}) {
            for (const QString &statement : Migrations::render(text, backend))
                QVERIFY2(!statement.contains(u"{{"_s), qPrintable(statement));
        }
    }
}

void TestDatabase::aFileThatIsNotSqliteCannotBeOpened()
{
    if (bc::test::isServer())
        QSKIP("a server holds no files of ours");
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(static_cast<char>((i * 37 + 11) % 251));
    {
        QFile file(m_location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    auto db = Database::open(m_location);
    QVERIFY(!db.has_value());
    QVERIFY2(db.error().code == Error::Code::CannotOpen, qPrintable(describe(db.error())));
    QFile file(m_location);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll() == junk, "a file that is not ours was changed");
}

void TestDatabase::aSqliteFileWithForeignTablesCannotBeOpenedAndIsLeftAlone()
{
    {
        RawConnection raw(m_location);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO recipes (id, name) VALUES (1, 'soup')"_s));
    }
    const QByteArray before = bc::test::storedBytes(m_location);
    auto db = Database::open(m_location);
    QVERIFY(!db.has_value());
    QVERIFY2(db.error().code == Error::Code::CannotOpen, qPrintable(describe(db.error())));
    QVERIFY2(bc::test::storedBytes(m_location) == before, "opening someone else's database changed it");
    if (bc::test::isServer())
        return;
    RawConnection raw(m_location);
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"delete"_s);
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto db = Database::open(m_location);
    QVERIFY(db);
    if (!bc::test::isServer())
        QCOMPARE(scalar(**db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    bc::AccountDraft draft;
    draft.login = u"orphan"_s;
    draft.email = u"orphan@example.com"_s;
    auto inserted = bc::AccountStore(**db).insert(4242, draft, bc::AccountStatus::Inactive, bc::Timestamps::now());
    QVERIFY(!inserted.has_value());
    QVERIFY2(inserted.error().code == Error::Code::NotAllowed, qPrintable(describe(inserted.error())));
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM accounts"_s).toInt(), 0);
}

void TestDatabase::journalModeIsWal()
{
    if (bc::test::isServer())
        QSKIP("the journal mode is SQLite's");
    auto db = Database::open(m_location);
    QVERIFY(db);
    QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestDatabase::theAuditLogIsAppendOnly()
{
    auto db = Database::open(m_location);
    QVERIFY(db);
    bc::AuditStore log(**db);
    QVERIFY(log.append({.actor = u"tester"_s,
                        .action = u"group.created"_s,
                        .objectType = u"group"_s,
                        .objectId = 1,
                        .summary = u"Root"_s,
                        .after = QJsonObject {{u"name"_s, u"Root"_s}}}));
    auto update = (*db)->run(u"UPDATE audit_log SET actor = 'mallory'"_s);
    QVERIFY2(!update.has_value(), "the audit log accepted an UPDATE");
    auto remove = (*db)->run(u"DELETE FROM audit_log"_s);
    QVERIFY2(!remove.has_value(), "the audit log accepted a DELETE");
    QVERIFY(!remove.error().message.contains(u"append-only"_s)); // driver text stays in the log
    auto entries = log.latest(10);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, u"tester"_s);
    QCOMPARE(entries->first().after.value(u"name"_s).toString(), u"Root"_s);
    QVERIFY(entries->first().before.isEmpty());
    QVERIFY(entries->first().at.isValid());
}

void TestDatabase::aFailedWriteRollsEverythingBack()
{
    auto db = Database::open(m_location);
    QVERIFY(db);
    auto result = (*db)->write([&]() -> bc::Result<void> {
        if (auto id = bc::GroupStore(**db).insert(0, u"Root"_s, {}, bc::Timestamps::now()); !id)
            return bc::fail(id.error());
        return bc::fail(Error::Code::Invalid, u"x"_s, u"stop"_s);
    });
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().field, u"x"_s);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 0);
    // And the connection is usable again: no transaction was left open.
    QVERIFY((*db)->write([&]() -> bc::Result<void> {
        return bc::succeeded((*db)->run(u"INSERT INTO groups (name, name_key, created_at) VALUES ('R', 'r', 'x')"_s));
    }));
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 1);
}

void TestDatabase::everyValueComesBackAsItWasSent_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << u"O'Brien"_s;
    QTest::newRow("backslash") << u"C:\\Backups\\"_s;
    QTest::newRow("question mark") << u"who? me?"_s;
    QTest::newRow("dollar quoting") << u"$1 $$body$$ $tag$"_s;
    QTest::newRow("statement in a value") << u"x'); DROP TABLE groups; --"_s;
    QTest::newRow("line breaks and tabs") << u"one\ntwo\tthree"_s;
    QTest::newRow("beyond ASCII") << u"Zoë Ærø 😀 名前"_s;
    QTest::newRow("empty") << QString(u""_s);
}

void TestDatabase::everyValueComesBackAsItWasSent()
{
    // On PostgreSQL the values are written into the statement as literals (one round trip):
    // whatever a person types must arrive unchanged and stay a value.
    QFETCH(QString, text);
    auto db = Database::open(m_location);
    QVERIFY(db);
    auto id = (*db)->insert(u"INSERT INTO groups (name, name_key, created_at) VALUES (?, ?, ?)"_s,
                            {text, text, u"2026-01-01T00:00:00Z"_s});
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    // Compared as a value too, next to the largest id and a null; three times, because on
    // PostgreSQL a statement run again is prepared and then sent as EXECUTE with the literals.
    for (int run = 1; run <= 3; ++run) {
        auto read = (*db)->run(
            u"SELECT name FROM groups WHERE id = ? AND name = ? AND id < ? AND coalesce(parent_id, 0) = coalesce(?, 0)"_s,
            {*id, text, std::numeric_limits<qint64>::max(), QVariant(QMetaType::fromType<qint64>())});
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QVERIFY2(read->next(), qPrintable(u"run %1"_s.arg(run)));
        QCOMPARE(read->value(0).toString(), text);
    }
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 1);
}

void TestDatabase::aStatementRunAgainIsPreparedOnce()
{
    auto db = Database::open(m_location);
    QVERIFY(db);
    const auto root = insertRoot(**db);
    QVERIFY(root);
    const QString insert = u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, ?, ?, ?)"_s;
    const QString count = u"SELECT count(*) FROM groups WHERE parent_id = ? AND name_key <> ?"_s;
    for (int i = 0; i < 4; ++i) {
        QVERIFY((*db)->write([&]() -> bc::Result<void> {
            return bc::succeeded(
                (*db)->run(insert, {*root, u"G%1"_s.arg(i), u"g%1"_s.arg(i), u"2026-01-01T00:00:00Z"_s}));
        }));
        auto counted = (*db)->run(count, {*root, u"none"_s});
        QVERIFY2(counted && counted->next(), counted ? "" : qPrintable(counted.error().message));
        QCOMPARE(counted->value(0).toInt(), i + 1);
    }
    if ((*db)->backend() != bc::DatabaseAddress::Backend::PostgreSql)
        return;
    // Prepared on the second run, not before: one statement each, whatever ran since.
    const auto prepared = [&] {
        return scalar(**db,
                      u"SELECT string_agg(statement, '|' ORDER BY statement) FROM pg_prepared_statements "
                      u"WHERE name LIKE 'bc\\_%'"_s)
            .toString();
    };
    QCOMPARE(prepared().count(u"INSERT INTO groups"_s), 1);
    QCOMPARE(prepared().count(u"parent_id = $1 AND name_key <> $2"_s), 1);

    // A connection opened again prepares afresh: the server forgot what the old one had.
    QVERIFY((*db)->reconnect());
    for (int i = 0; i < 2; ++i) {
        auto counted = (*db)->run(count, {*root, u"g0"_s});
        QVERIFY2(counted && counted->next(), counted ? "" : qPrintable(counted.error().message));
        QCOMPARE(counted->value(0).toInt(), 3);
    }
    QVERIFY(prepared().contains(u"parent_id = $1 AND name_key <> $2"_s));
    QVERIFY(!prepared().contains(u"INSERT INTO groups"_s));

    // A write transaction plans a prepared statement once (PostgreSQL would plan its first five
    // runs anew); outside one the server chooses.
    const QString mode = u"SELECT current_setting('plan_cache_mode')"_s;
    auto inside = (*db)->write([&] { return (*db)->run(mode); });
    QVERIFY(inside && inside->next());
    QCOMPARE(inside->value(0).toString(), u"force_generic_plan"_s);
    QCOMPARE(scalar(**db, mode).toString(), u"auto"_s);

    // A batch's statement with many values (an import batch's logins) is not prepared, however
    // often it runs: planned each time, it sees its values. A generic plan made while a table was
    // small went on reading the whole table as it grew.
    QStringList marks;
    QVariantList keys;
    for (int i = 0; i < 100; ++i) {
        marks.append(u"?"_s);
        keys.append(u"g%1"_s.arg(i));
    }
    const QString many = u"SELECT count(*) FROM groups WHERE name_key IN (%1)"_s.arg(marks.join(u", "_s));
    for (int i = 0; i < 3; ++i) {
        auto counted = (*db)->run(many, keys);
        QVERIFY2(counted && counted->next(), counted ? "" : qPrintable(counted.error().message));
        QCOMPARE(counted->value(0).toInt(), 4);
    }
    QVERIFY(!prepared().contains(u"name_key IN ($1"_s));
}

void TestDatabase::aStatementRunAgainStaysPreparedOnSqliteAndMariaDb()
{
    auto db = Database::open(m_location);
    QVERIFY(db);
    const auto backend = (*db)->backend();
    if (backend == bc::DatabaseAddress::Backend::PostgreSql)
        QSKIP("PostgreSQL keeps its statements prepared on the server (aStatementRunAgainIsPreparedOnce)");
    const auto root = insertRoot(**db);
    QVERIFY(root);
    const QString insert = u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, ?, ?, ?)"_s;
    const QString newest = u"SELECT count(*), max(name) FROM groups WHERE parent_id = ? AND name_key <> ?"_s;
    // What the driver prepared, read past the statements under test (exec: nothing prepared).
    const auto prepares = [&]() -> qint64 {
        QSqlQuery query((*db)->connection());
        if (backend == bc::DatabaseAddress::Backend::Sqlite)
            return query.exec(u"SELECT count(*) FROM sqlite_stmt WHERE sql LIKE 'INSERT INTO groups (parent%'"_s)
                    && query.next()
                ? query.value(0).toLongLong()
                : -1;
        return query.exec(u"SHOW SESSION STATUS LIKE 'Com_stmt_prepare'"_s) && query.next()
            ? query.value(1).toLongLong()
            : -1;
    };
    const qint64 before = prepares();
    QVERIFY(before >= 0);
    qint64 afterFirst = -1;
    qint64 lastId = *root;
    for (int i = 0; i < 4; ++i) {
        auto id = (*db)->write([&] {
            return (*db)->insert(insert, {*root, u"G%1"_s.arg(i), u"g%1"_s.arg(i), u"2026-01-01T00:00:00Z"_s});
        });
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QVERIFY2(*id > lastId, "each run inserts a row of its own and names its id");
        lastId = *id;
        // The same statement twice in one go, with other values each: each reads its own.
        QList<std::pair<int, QString>> read;
        const auto take = [&read](QSqlQuery &rows) -> bc::Result<void> {
            if (rows.next())
                read.append({rows.value(0).toInt(), rows.value(1).toString()});
            return {};
        };
        QVERIFY((*db)->readTogether({{newest, {*root, u"none"_s}, take}, {newest, {*root, u"g%1"_s.arg(i)}, take}}));
        const QString other = i == 0 ? QString() : u"G%1"_s.arg(i - 1);
        QCOMPARE(read, (QList<std::pair<int, QString>> {{i + 1, u"G%1"_s.arg(i)}, {i, other}}));
        if (i == 0)
            afterFirst = prepares();
    }
    // SQLite lists the INSERT once, kept prepared; MariaDB prepared what the first write and read
    // needed (the statements, the writers' lock), and nothing again since.
    if (backend == bc::DatabaseAddress::Backend::Sqlite)
        QCOMPARE(afterFirst, 1);
    else
        QVERIFY(afterFirst > before);
    QCOMPARE(prepares(), afterFirst);

    if (backend != bc::DatabaseAddress::Backend::MariaDb)
        return;
    // A connection opened again prepares afresh: the statements of the old one are gone.
    QVERIFY((*db)->reconnect());
    auto id = (*db)->write([&] { return (*db)->insert(insert, {*root, u"G9"_s, u"g9"_s, u"2026-01-01T00:00:00Z"_s}); });
    QVERIFY2(id && *id > lastId, id ? "" : qPrintable(id.error().message));
}

void TestDatabase::aStatementTheServerCannotPrepareStillRuns()
{
    // A value of no type the server can infer cannot be a parameter of a PREPARE; outside a
    // transaction the statement is sent again as text at once, and as text from then on.
    auto db = Database::open(m_location);
    QVERIFY(db);
    for (int run = 1; run <= 4; ++run) {
        auto answer = (*db)->run(u"SELECT ? IS NULL"_s, {u"x"_s});
        QVERIFY2(answer && answer->next(), qPrintable(u"run %1"_s.arg(run)));
        QCOMPARE(answer->value(0).toBool(), false);
    }
}

void TestDatabase::aStatementRunLaterIsRunInOrder()
{
    // On PostgreSQL runLater() keeps the statement until the next one goes; what comes after it
    // in the transaction sees its row, and the commit keeps it.
    auto db = Database::open(m_location);
    QVERIFY(db);
    const auto root = insertRoot(**db);
    QVERIFY(root);
    const QString insert = u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, ?, ?, 'x')"_s;
    auto written = (*db)->write([&]() -> bc::Result<int> {
        for (const QString &name : {u"A"_s, u"B"_s}) {
            if (auto later = (*db)->runLater(insert, {*root, name, name.toLower()}); !later)
                return bc::fail(later.error());
        }
        auto seen = (*db)->run(u"SELECT count(*) FROM groups WHERE parent_id = ?"_s, {*root});
        if (!seen)
            return bc::fail(seen.error());
        if (!seen->next())
            return bc::fail(Error::Code::Internal, QString(), u"no count"_s);
        const int count = seen->value(0).toInt();
        if (auto later = (*db)->runLater(insert, {*root, u"C"_s, u"c"_s}); !later)
            return bc::fail(later.error());
        return count;
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 2);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups WHERE parent_id = "_s + QString::number(*root)).toInt(), 3);
    // Outside a transaction it runs at once.
    QVERIFY((*db)->runLater(insert, {*root, u"D"_s, u"d"_s}));
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups WHERE parent_id = "_s + QString::number(*root)).toInt(), 4);
}

void TestDatabase::aStatementRunLaterFailsItsTransaction()
{
    // A second top group breaks the single-root rule. On PostgreSQL the error surfaces with the
    // COMMIT, elsewhere at once; either way nothing of the transaction stays, and the error is the
    // statement's, in plain words.
    auto db = Database::open(m_location);
    QVERIFY(db);
    const auto root = insertRoot(**db);
    QVERIFY(root);
    auto written = (*db)->write([&]() -> bc::Result<void> {
        if (auto child = (*db)->run(u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, 'A', 'a', "
                                    u"'x')"_s,
                                    {*root});
            !child)
            return bc::fail(child.error());
        return (*db)->runLater(u"INSERT INTO groups (name, name_key, created_at) VALUES ('S', 's', 'x')"_s, {});
    });
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::NotAllowed); // the single-root rule, on every backend
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 1);
    // The connection is usable again, and the next transaction starts clean.
    QVERIFY((*db)->write([&]() -> bc::Result<void> {
        return (*db)->runLater(
            u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, 'B', 'b', 'x')"_s, {*root});
    }));
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 2);
}

void TestDatabase::statementsSentAheadRunWhileTheWriterGoesOn()
{
    // On PostgreSQL sendAhead() sends what runLater() queued without waiting: the server works on
    // it (a second here) while this thread works on (another second), and the commit keeps it.
    // Elsewhere runLater() ran them already.
    auto db = Database::open(m_location);
    QVERIFY(db);
    const auto root = insertRoot(**db);
    QVERIFY(root);
    const bool postgres = (*db)->backend() == bc::DatabaseAddress::Backend::PostgreSql;
    const QString insert = u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, ?, ?, 'x')"_s;
    qint64 sending = -1;
    QElapsedTimer took;
    took.start();
    auto written = (*db)->write([&]() -> bc::Result<void> {
        // The transaction's first message goes out (sendAhead() waits for that).
        if (auto children = (*db)->run(u"SELECT count(*) FROM groups WHERE parent_id = ?"_s, {*root}); !children)
            return bc::fail(children.error());
        if (auto later = (*db)->runLater(insert, {*root, u"A"_s, u"a"_s}); !later)
            return later;
        if (postgres) {
            if (auto later = (*db)->runLater(u"SELECT pg_sleep(1)"_s, {}); !later)
                return later;
        }
        QElapsedTimer sent;
        sent.start();
        (*db)->sendAhead();
        sending = sent.elapsed();
        if (postgres)
            QThread::msleep(1000);
        // A second message ahead goes once the first is answered.
        if (auto later = (*db)->runLater(insert, {*root, u"B"_s, u"b"_s}); !later)
            return later;
        (*db)->sendAhead();
        return (*db)->runLater(insert, {*root, u"C"_s, u"c"_s});
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups WHERE parent_id = "_s + QString::number(*root)).toInt(), 3);
    if (postgres) {
        QVERIFY2(sending < 500, qPrintable(u"sending ahead took %1 ms"_s.arg(sending)));
        // One after the other they take two seconds.
        QVERIFY2(took.elapsed() < 1800, qPrintable(u"the transaction took %1 ms"_s.arg(took.elapsed())));
    }
}

void TestDatabase::aStatementSentAheadThatFailsFailsItsTransaction_data()
{
    QTest::addColumn<QString>("next");
    QTest::newRow("a statement run later, then the commit") << u"later"_s;
    QTest::newRow("a read") << u"read"_s;
    QTest::newRow("only the commit") << QString();
    QTest::newRow("more sent ahead, then the commit") << u"ahead"_s;
}

void TestDatabase::aStatementSentAheadThatFailsFailsItsTransaction()
{
    // A second top group breaks the single-root rule. Sent ahead, its error surfaces with what
    // goes next, the COMMIT at the latest (which PostgreSQL would answer with ROLLBACK, not an
    // error): nothing of the transaction stays, the error is the statement's, and the connection
    // works on.
    QFETCH(QString, next);
    auto db = Database::open(m_location);
    QVERIFY(db);
    const auto root = insertRoot(**db);
    QVERIFY(root);
    const QString child = u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, ?, ?, 'x')"_s;
    auto written = (*db)->write([&]() -> bc::Result<void> {
        if (auto a = (*db)->run(child, {*root, u"A"_s, u"a"_s}); !a)
            return bc::fail(a.error());
        if (auto top = (*db)->runLater(u"INSERT INTO groups (name, name_key, created_at) VALUES ('S', 's', 'x')"_s, {});
            !top)
            return top;
        (*db)->sendAhead();
        if (next == "later"_L1)
            return (*db)->runLater(child, {*root, u"B"_s, u"b"_s});
        if (next == "ahead"_L1) {
            if (auto b = (*db)->runLater(child, {*root, u"B"_s, u"b"_s}); !b)
                return b;
            (*db)->sendAhead();
        }
        if (next == "read"_L1) {
            if (auto count = (*db)->run(u"SELECT count(*) FROM groups"_s); !count)
                return bc::fail(count.error());
        }
        return {};
    });
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::NotAllowed);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 1);
    QVERIFY((*db)->write([&]() -> bc::Result<void> { return (*db)->runLater(child, {*root, u"C"_s, u"c"_s}); }));
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 2);
}

void TestDatabase::aRollbackAfterStatementsSentAheadUndoesThem()
{
    // The writer gives up after its statements went ahead: they are undone with the rest, and the
    // connection works on.
    auto db = Database::open(m_location);
    QVERIFY(db);
    const auto root = insertRoot(**db);
    QVERIFY(root);
    const QString child = u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (?, ?, ?, 'x')"_s;
    auto written = (*db)->write([&]() -> bc::Result<void> {
        if (auto a = (*db)->run(child, {*root, u"A"_s, u"a"_s}); !a)
            return bc::fail(a.error());
        if (auto b = (*db)->runLater(child, {*root, u"B"_s, u"b"_s}); !b)
            return b;
        (*db)->sendAhead();
        return bc::fail(Error::Code::Invalid, QString(), u"given up"_s);
    });
    QVERIFY(!written);
    QCOMPARE(written.error().message, u"given up"_s);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 1);
    QVERIFY((*db)->write([&]() -> bc::Result<void> { return (*db)->runLater(child, {*root, u"C"_s, u"c"_s}); }));
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM groups"_s).toInt(), 2);
}

void TestDatabase::placeholdersInQuotesAreLeftAlone_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("expected"); // null: refused
    QTest::newRow("one value") << u"SELECT ?"_s << QVariantList {u"x"_s} << u"SELECT 'x'"_s;
    QTest::newRow("in a literal") << u"SELECT '?', ?"_s << QVariantList {u"x"_s} << u"SELECT '?', 'x'"_s;
    QTest::newRow("after a doubled quote")
        << u"SELECT 'it''s ?', ?"_s << QVariantList {qint64(7)} << u"SELECT 'it''s ?', 7"_s;
    QTest::newRow("in a name") << u"SELECT \"a?\" FROM t WHERE c = ?"_s
                               << QVariantList {QVariant(QMetaType::fromType<qint64>())}
                               << u"SELECT \"a?\" FROM t WHERE c = NULL"_s;
    QTest::newRow("a quote in a value") << u"SELECT ?"_s << QVariantList {u"O'Brien"_s} << u"SELECT 'O''Brien'"_s;
    QTest::newRow("too few values") << u"SELECT ?, ?"_s << QVariantList {u"x"_s} << QString();
    QTest::newRow("too many values") << u"SELECT ?"_s << QVariantList {1, 2} << QString();
}

void TestDatabase::placeholdersInQuotesAreLeftAlone()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, expected);
    auto db = Database::open(m_location);
    QVERIFY(db);
    const QString text = PostgresPipeline::withLiterals(sql, values, *(*db)->connection().driver());
    QCOMPARE(text, expected);
    QCOMPARE(text.isNull(), expected.isNull());

    // The same placeholders, numbered for a PREPARE on PostgreSQL.
    qsizetype count = -1;
    const QString numbered = PostgresPipeline::numbered(sql, &count);
    QCOMPARE(numbered.count(u'$'), count + sql.count(u'$'));
    if (!expected.isNull()) {
        QCOMPARE(count, values.size());
        QCOMPARE(numbered.contains(u"$%1"_s.arg(count)), count > 0);
        QVERIFY(!numbered.contains(u"$%1"_s.arg(count + 1)));
    }
}

void TestDatabase::aDuplicateLoginFromASecondConnectionIsLoginTaken()
{
    auto first = Database::open(m_location);
    auto second = Database::open(m_location);
    QVERIFY(first && second);
    auto root = bc::GroupStore(**first).insert(0, u"Root"_s, {}, bc::Timestamps::now());
    QVERIFY(root);
    bc::AccountDraft draft;
    draft.login = u"alice"_s;
    draft.email = u"alice@example.com"_s;
    auto inserted = (*first)->write([&] {
        return bc::AccountStore(**first).insert(*root, draft, bc::AccountStatus::Inactive, bc::Timestamps::now());
    });
    QVERIFY(inserted);

    draft.login = u"ＡＬＩＣＥ"_s;
    auto duplicate =
        bc::AccountStore(**second).insert(*root, draft, bc::AccountStatus::Inactive, bc::Timestamps::now());
    QVERIFY(!duplicate.has_value());
    QVERIFY2(duplicate.error().code == Error::Code::LoginTaken, qPrintable(describe(duplicate.error())));
    QCOMPARE(duplicate.error().field, u"login"_s);
    for (const QString &raw : {u"UNIQUE"_s, u"constraint"_s, u"login_key"_s, u"INSERT"_s})
        QVERIFY2(!duplicate.error().message.contains(raw, Qt::CaseInsensitive), qPrintable(duplicate.error().message));
    QCOMPARE(scalar(**second, u"SELECT count(*) FROM accounts"_s).toInt(), 1);
}

void TestDatabase::aDuplicateSiblingGroupNameIsNameTaken()
{
    auto db = Database::open(m_location);
    QVERIFY(db);
    bc::GroupStore groups(**db);
    auto root = groups.insert(0, u"Root"_s, {}, bc::Timestamps::now());
    QVERIFY(root);
    QVERIFY(groups.insert(*root, u"Sales"_s, {}, bc::Timestamps::now()));
    auto duplicate = groups.insert(*root, u"SALES"_s, {}, bc::Timestamps::now());
    QVERIFY(!duplicate.has_value());
    QVERIFY2(duplicate.error().code == Error::Code::NameTaken, qPrintable(describe(duplicate.error())));
    auto secondRoot = groups.insert(0, u"Other root"_s, {}, bc::Timestamps::now());
    QVERIFY(!secondRoot.has_value());
    QVERIFY2(secondRoot.error().code != Error::Code::Internal, qPrintable(describe(secondRoot.error())));
}

void TestDatabase::uniqueViolationsCarryTheExtendedCode()
{
    // What QSQLITE in this Qt reports for a unique violation: the extended code
    // SQLITE_CONSTRAINT_UNIQUE (2067) or the primary SQLITE_CONSTRAINT (19). classify must take both.
    if (bc::test::isServer())
        QSKIP("the extended result codes are SQLite's");
    RawConnection raw(m_location);
    QVERIFY(raw.exec(u"CREATE TABLE t (k TEXT UNIQUE)"_s));
    QVERIFY(raw.exec(u"INSERT INTO t VALUES ('a')"_s));
    const QSqlError error = raw.execError(u"INSERT INTO t VALUES ('a')"_s);
    QVERIFY(error.isValid());
    const int native = error.nativeErrorCode().toInt();
    QVERIFY2(native == 2067 || native == 19, qPrintable(error.nativeErrorCode()));
    QVERIFY2(error.databaseText().contains(u"UNIQUE constraint failed: t.k"_s), qPrintable(error.databaseText()));
}

void TestDatabase::classifyNamesEveryKindOfDatabaseError_data()
{
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("code");
    const QString loginText = u"UNIQUE constraint failed: accounts.login_key"_s;
    QTest::newRow("busy") << u"5"_s << u"database is locked"_s << Error::Code::DatabaseBusy;
    QTest::newRow("busy snapshot") << u"517"_s << u"database is locked"_s << Error::Code::DatabaseBusy;
    QTest::newRow("locked table") << u"6"_s << u"database table is locked"_s << Error::Code::DatabaseBusy;
    QTest::newRow("full") << u"13"_s << u"database or disk is full"_s << Error::Code::DatabaseFull;
    QTest::newRow("read only") << u"8"_s << u"attempt to write a readonly database"_s << Error::Code::DatabaseReadOnly;
    QTest::newRow("i/o error") << u"10"_s << u"disk I/O error"_s << Error::Code::ConnectionLost;
    QTest::newRow("extended i/o error") << u"266"_s << u"disk I/O error"_s << Error::Code::ConnectionLost;
    QTest::newRow("cannot open") << u"14"_s << u"unable to open database file"_s << Error::Code::ConnectionLost;
    QTest::newRow("not a database") << u"26"_s << u"file is not a database"_s << Error::Code::CannotOpen;
    QTest::newRow("corrupt") << u"11"_s << u"database disk image is malformed"_s << Error::Code::CannotOpen;
    QTest::newRow("unique login, primary code") << u"19"_s << loginText << Error::Code::LoginTaken;
    QTest::newRow("unique login, extended code") << u"2067"_s << loginText << Error::Code::LoginTaken;
    QTest::newRow("group sibling name index")
        << u"2067"_s << u"UNIQUE constraint failed: index 'groups_sibling_name'"_s << Error::Code::NameTaken;
    QTest::newRow("foreign key") << u"787"_s << u"FOREIGN KEY constraint failed"_s << Error::Code::NotAllowed;
    QTest::newRow("check") << u"275"_s << u"CHECK constraint failed: ws_limit >= 0"_s << Error::Code::Invalid;
    QTest::newRow("syntax") << u"1"_s << u"near \"SELEKT\": syntax error"_s << Error::Code::Internal;
    QTest::newRow("no code") << QString() << u"something"_s << Error::Code::Internal;
}

void TestDatabase::classifyNamesEveryKindOfDatabaseError()
{
    QFETCH(QString, nativeCode);
    QFETCH(QString, text);
    QFETCH(Error::Code, code);
    const Error error =
        Database::classify(QSqlError(u"Unable to fetch row"_s, text, QSqlError::StatementError, nativeCode), u"SQL"_s,
                           bc::DatabaseAddress::Backend::Sqlite);
    QVERIFY2(error.code == code, qPrintable(describe(error)));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.message.contains(text, Qt::CaseInsensitive), "driver text reached the user");
    QVERIFY(!error.message.contains(u"SQL"_s));
}

void TestDatabase::aLockedDatabaseIsClassifiedAsBusy()
{
    if (bc::test::isServer())
        QSKIP("SQLite's file lock and busy timeout");
    {
        auto db = Database::open(m_location);
        QVERIFY(db);
    }
    RawConnection holder(m_location);
    RawConnection waiter(m_location, u"QSQLITE_BUSY_TIMEOUT=50"_s);
    QVERIFY(holder.isOpen() && waiter.isOpen());
    QSqlQuery hold(holder.db());
    QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
    const QSqlError error = waiter.execError(u"BEGIN IMMEDIATE"_s);
    QVERIFY2(error.isValid(), "a second writer got the lock");
    QCOMPARE(error.nativeErrorCode().toInt() & 0xff, 5);
    QCOMPARE(Database::classify(error, u"BEGIN IMMEDIATE"_s, bc::DatabaseAddress::Backend::Sqlite).code,
             Error::Code::DatabaseBusy);
    QVERIFY(hold.exec(u"ROLLBACK"_s));
}

void TestDatabase::aWriterWaitingForTheLockGetsItAsSoonAsItIsFree()
{
    // A desk adding an account behind an import's batch: SQLite's own wait sleeps ever longer
    // between tries (its 12th try comes 328 ms after the first), so a lock freed at 240 ms was
    // taken about 90 ms later. Database asks again every half millisecond, and a try that finds
    // the lock taken is no warning in the log (hundreds of them in these 240 ms).
    if (bc::test::isServer())
        QSKIP("SQLite's file lock; the servers queue their writers on a lock (Database::begin)");
    {
        auto db = Database::open(m_location);
        QVERIFY(db);
    }
    static std::atomic<int> warnings = 0;
    static QtMessageHandler previous = nullptr;
    warnings = 0;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtWarningMsg && message.contains(u"database error"_s))
            ++warnings;
        previous(type, context, message);
    });
    const auto restore = qScopeGuard([] { qInstallMessageHandler(previous); });
    RawConnection holder(m_location);
    QVERIFY(holder.isOpen());
    QSqlQuery hold(holder.db());
    QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
    QElapsedTimer clock;
    clock.start();
    std::atomic<bool> waiting = false;
    std::atomic<qint64> gotAt = -1;
    QString failure;
    const QString file = m_location;
    std::unique_ptr<QThread> waiter(QThread::create([&] {
        auto db = Database::open(file);
        if (!db) {
            failure = describe(db.error());
            return;
        }
        waiting = true;
        auto written = (*db)->write([]() -> bc::Result<void> { return {}; });
        gotAt = clock.elapsed();
        if (!written)
            failure = describe(written.error());
    }));
    waiter->start();
    while (!waiting.load() && clock.elapsed() < 10'000)
        QThread::msleep(1);
    QThread::msleep(240);
    const qint64 freedAt = clock.elapsed();
    QVERIFY(hold.exec(u"ROLLBACK"_s));
    QVERIFY(waiter->wait(20'000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(gotAt.load() >= freedAt, "the writer did not wait for the lock");
    QVERIFY2(gotAt.load() - freedAt < 50,
             qPrintable(u"the lock was taken %1 ms after it was freed"_s.arg(gotAt.load() - freedAt)));
    QCOMPARE(warnings.load(), 0);
}

void TestDatabase::manyConnectionsOpeningANewFileAtOnceAllSucceed()
{
    constexpr int threadCount = 6;
    std::atomic<int> ready = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    QList<QString> failures(threadCount);
    const QString file = m_location;
    for (int i = 0; i < threadCount; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            ++ready;
            while (ready.load() < threadCount)
                QThread::yieldCurrentThread();
            auto db = Database::open(file);
            if (!db)
                failures[i] = describe(db.error());
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60'000));
    for (int i = 0; i < threadCount; ++i)
        QVERIFY2(failures.at(i).isEmpty(), qPrintable(u"connection %1: %2"_s.arg(i).arg(failures.at(i))));
    auto db = Database::open(file);
    QVERIFY(db);
    QCOMPARE(scalar(**db, u"SELECT count(*) FROM schema_version"_s).toInt(), 1);
    QCOMPARE(scalar(**db, u"SELECT version FROM schema_version"_s).toInt(), Database::schemaVersion());
}

namespace {

// A SQLite file of this console with `count` accounts, closed (its write-ahead log folded in).
bool writeAccounts(const QString &location, int count)
{
    auto db = Database::open(location);
    if (!db)
        return false;
    auto root = bc::GroupStore(**db).insert(0, u"Root"_s, {}, bc::Timestamps::now());
    if (!root)
        return false;
    auto written = (*db)->write([&]() -> bc::Result<void> {
        for (int i = 0; i < count; ++i) {
            bc::AccountDraft draft;
            draft.login = u"user%1"_s.arg(i);
            draft.email = u"user%1@example.com"_s.arg(i);
            draft.firstName = u"First %1"_s.arg(i);
            draft.lastName = u"Last %1"_s.arg(i);
            if (auto inserted =
                    bc::AccountStore(**db).insert(*root, draft, bc::AccountStatus::Inactive, bc::Timestamps::now());
                !inserted)
                return bc::fail(inserted.error());
        }
        return {};
    });
    return written.has_value();
}

// Overwrites two pages in the middle of the file with garbage, as a failing disk would.
bool damageTwoPages(const QString &file)
{
    constexpr qint64 pageSize = 4096;
    QFile database(file);
    if (!database.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = database.size() / pageSize;
    if (pages < 8)
        return false;
    QByteArray garbage;
    for (int i = 0; i < 2 * pageSize; ++i)
        garbage.append(static_cast<char>((i * 131 + 7) % 253));
    return database.seek(pages / 2 * pageSize) && database.write(garbage) == garbage.size();
}

QByteArray sha256(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

void TestDatabase::aDamagedFileIsRefusedAndLeftUnchanged()
{
    if (bc::test::isServer())
        QSKIP("a damaged file is SQLite's matter; a server checks its own pages");
    QVERIFY(writeAccounts(m_location, 2000));
    QVERIFY(!QFile::exists(m_location + u"-wal"_s));
    QVERIFY(damageTwoPages(m_location));
    const QByteArray before = sha256(m_location);

    auto db = Database::open(m_location);
    QVERIFY2(!db.has_value(), "a damaged file was opened");
    QVERIFY2(db.error().code == Error::Code::CannotOpen, qPrintable(describe(db.error())));
    const QString message = db.error().message;
    QVERIFY2(message.contains(u"damaged"_s), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_location)), qPrintable(message));
    QVERIFY2(message.contains(u"backup"_s), qPrintable(message));
    QVERIFY2(message.contains(u".recover"_s), qPrintable(message));
    for (const QString &raw : {u"btree"_s, u"error code"_s, u"PRAGMA"_s, u"malformed"_s})
        QVERIFY2(!message.contains(raw, Qt::CaseInsensitive), qPrintable(message));

    QCOMPARE(sha256(m_location), before);
    // The check reads through a read-only connection: SQLite may leave its (empty) log beside the file.
    QCOMPARE(QFileInfo(m_location + u"-wal"_s).size(), 0);
    // Asked again (a second window, a worker), it is refused again, and still not written.
    QVERIFY(!Database::open(m_location).has_value());
    QCOMPARE(sha256(m_location), before);
}

void TestDatabase::theFullCheckFindsTheDamageAndPassesAnIntactFile()
{
    if (bc::test::isServer())
        QSKIP("the integrity check is SQLite's");
    QVERIFY(writeAccounts(m_location, 2000));
    using Check = bc::IntegrityCheck;
    for (const auto depth : {Check::Depth::Quick, Check::Depth::Full}) {
        auto intact = Check::checkFile(m_location, depth, std::chrono::milliseconds(0));
        QVERIFY2(intact.has_value(), intact ? "" : qPrintable(describe(intact.error())));
        QVERIFY(!intact->damaged);
        QVERIFY(intact->complete);
        QVERIFY2(intact->findings.isEmpty(), qPrintable(intact->findings.join(u'\n')));
    }
    QVERIFY(damageTwoPages(m_location));
    const QByteArray before = sha256(m_location);
    for (const auto depth : {Check::Depth::Quick, Check::Depth::Full}) {
        auto damaged = Check::checkFile(m_location, depth, std::chrono::milliseconds(0));
        QVERIFY2(damaged.has_value(), damaged ? "" : qPrintable(describe(damaged.error())));
        QVERIFY(damaged->damaged);
        QVERIFY(!damaged->notADatabase);
        QVERIFY(!damaged->findings.isEmpty());
    }
    QCOMPARE(sha256(m_location), before);
    // A missing file is not created by checking it.
    const QString missing = m_location + u".missing"_s;
    QVERIFY(!Check::checkFile(missing, Check::Depth::Quick, std::chrono::milliseconds(0)).has_value());
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
