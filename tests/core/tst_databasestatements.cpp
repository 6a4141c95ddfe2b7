#include "core/storage/databasestatements.h"

#include "core/storage/preparedstatements.h"
#include "core/storage/quotacolumns.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;

using bc::QuotaColumns;
using bc::Quotas;
using bc::Resource;
using Parts = QuotaColumns::Parts;

Q_DECLARE_METATYPE(Parts)

// The pieces of statements the stores build (value marks, "IN (…)" lists of ids, the quota
// columns) and how they read a result's rows, over an SQLite database in memory.
class TestDatabaseStatements final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void placeholdersMarkEachValue_data();
    void placeholdersMarkEachValue();
    void idListsBindEachIdInOrder_data();
    void idListsBindEachIdInOrder();
    void readRowsReadsEveryRowInOrder_data();
    void readRowsReadsEveryRowInOrder();
    void readRowsPassesTheErrorOn();
    void insertRowsWritesEveryRowInAsFewStatementsAsBind_data();
    void insertRowsWritesEveryRowInAsFewStatementsAsBind();
    void insertRowsStopsAtTheFirstError();
    void quotaColumnNamesFollowTheResources_data();
    void quotaColumnNamesFollowTheResources();
    void quotaValuesStandInTheOrderOfTheNames_data();
    void quotaValuesStandInTheOrderOfTheNames();
    void quotaColumnsWrittenAreReadBack_data();
    void quotaColumnsWrittenAreReadBack();
    void aKeptStatementIsTakenOnceAtATime();
    void keptStatementsAreForgottenWithTheirConnection();
    void theStatementUsedLongestAgoMakesRoom();

private:
    static Quotas sampleQuotas();
};

namespace {

const QString connectionName = u"databasestatements"_s;

} // namespace

void TestDatabaseStatements::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY2(db.open(), "an SQLite database in memory opens");
}

void TestDatabaseStatements::cleanupTestCase()
{
    QSqlDatabase::database(connectionName).close();
    QSqlDatabase::removeDatabase(connectionName);
}

void TestDatabaseStatements::placeholdersMarkEachValue_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<QString>("marks");
    QTest::newRow("none") << qsizetype(0) << QString();
    QTest::newRow("one") << qsizetype(1) << u"?"_s;
    QTest::newRow("two") << qsizetype(2) << u"?, ?"_s;
    QTest::newRow("five") << qsizetype(5) << u"?, ?, ?, ?, ?"_s;
}

void TestDatabaseStatements::placeholdersMarkEachValue()
{
    QFETCH(qsizetype, count);
    QFETCH(QString, marks);
    QCOMPARE(bc::placeholders(count), marks);
}

void TestDatabaseStatements::idListsBindEachIdInOrder_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QString>("marks");
    QTest::addColumn<QList<qint64>>("values");
    QTest::newRow("no ids: one mark no row matches") << QList<qint64>() << u"?"_s << QList<qint64> {-1};
    QTest::newRow("one id") << QList<qint64> {7} << u"?"_s << QList<qint64> {7};
    QTest::newRow("ids in the order given") << QList<qint64> {30, 4, 12} << u"?, ?, ?"_s << QList<qint64> {30, 4, 12};
    QTest::newRow("ids past 32 bits") << QList<qint64> {qint64(1) << 40, 1} << u"?, ?"_s
                                      << QList<qint64> {qint64(1) << 40, 1};
}

void TestDatabaseStatements::idListsBindEachIdInOrder()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(QString, marks);
    QFETCH(QList<qint64>, values);
    const bc::IdList list = bc::idList(ids);
    QCOMPARE(list.marks, marks);
    QCOMPARE(list.values.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(list.values.at(i).metaType(), QMetaType::fromType<qint64>());
        QCOMPARE(list.values.at(i).toLongLong(), values.at(i));
    }
}

void TestDatabaseStatements::readRowsReadsEveryRowInOrder_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("no row") << u"SELECT 'a' WHERE 0"_s << QStringList();
    QTest::newRow("one row") << u"SELECT 'a'"_s << QStringList {u"a"_s};
    QTest::newRow("rows in the statement's order")
        << u"SELECT 'c' UNION ALL SELECT 'a' UNION ALL SELECT 'b'"_s << QStringList {u"c"_s, u"a"_s, u"b"_s};
}

void TestDatabaseStatements::readRowsReadsEveryRowInOrder()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, rows);
    QSqlQuery query(QSqlDatabase::database(connectionName));
    QVERIFY(query.exec(sql));
    auto read = bc::readRows(bc::Result<QSqlQuery>(std::move(query)),
                             [](const QSqlQuery &row) { return row.value(0).toString(); });
    QVERIFY(read.has_value());
    QCOMPARE(*read, rows);
}

void TestDatabaseStatements::readRowsPassesTheErrorOn()
{
    const bc::Error error {bc::Error::Code::NotFound, u"group"_s, u"The group no longer exists."_s};
    auto read = bc::readRows(bc::Result<QSqlQuery>(std::unexpected(error)),
                             [](const QSqlQuery &row) { return row.value(0).toString(); });
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().code, bc::Error::Code::NotFound);
    QCOMPARE(read.error().message, error.message);
}

void TestDatabaseStatements::insertRowsWritesEveryRowInAsFewStatementsAsBind_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("statements");
    QTest::newRow("no rows: nothing sent") << 0 << 2 << 0;
    QTest::newRow("one row") << 1 << 2 << 1;
    QTest::newRow("a batch of links") << 250 << 2 << 1;
    QTest::newRow("as many values as one statement binds") << int(bc::maxBoundValues / 2) << 2 << 1;
    QTest::newRow("one row more") << int(bc::maxBoundValues / 2) + 1 << 2 << 2;
    QTest::newRow("wide rows") << int(bc::maxBoundValues / 8) * 2 + 1 << 8 << 3;
}

void TestDatabaseStatements::insertRowsWritesEveryRowInAsFewStatementsAsBind()
{
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(int, statements);
    QSqlDatabase db = QSqlDatabase::database(connectionName);
    QSqlQuery query(db);
    QStringList names;
    for (int c = 0; c < columns; ++c)
        names.append(u"c%1"_s.arg(c));
    QVERIFY(query.exec(u"DROP TABLE IF EXISTS wide"_s)); // left by a failed row
    QVERIFY(query.exec(u"CREATE TEMP TABLE wide (%1)"_s.arg(names.join(u", "_s))));
    QList<QVariantList> values;
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row.append(r * columns + c);
        values.append(row);
    }
    int sent = 0;
    auto written = bc::insertRows(u"INSERT INTO wide (%1) VALUES "_s.arg(names.join(u", "_s)), values,
                                  [&](const QString &sql, const QVariantList &bound) -> bc::Result<void> {
                                      ++sent;
                                      if (bound.size() > bc::maxBoundValues)
                                          return bc::fail(bc::Error::Code::Internal, QString(), u"too many"_s);
                                      QSqlQuery insert(db);
                                      if (!insert.prepare(sql))
                                          return bc::fail(bc::Error::Code::Internal, QString(), sql.left(80));
                                      for (const QVariant &value : bound)
                                          insert.addBindValue(value);
                                      if (!insert.exec())
                                          return bc::fail(bc::Error::Code::Internal, QString(), sql.left(80));
                                      return {};
                                  });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(sent, statements);
    // Every value in its row and column, in order.
    QVERIFY(query.exec(
        u"SELECT count(*), coalesce(sum(c0 = rowid * %1 - %1), 0), coalesce(max(c%2), -1) FROM wide"_s.arg(columns).arg(
            columns - 1)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), rows);
    QCOMPARE(query.value(1).toInt(), rows);
    QCOMPARE(query.value(2).toInt(), rows * columns - 1);
}

void TestDatabaseStatements::insertRowsStopsAtTheFirstError()
{
    const QList<QVariantList> rows(bc::maxBoundValues, QVariantList {1, 2, 3});
    int sent = 0;
    auto written = bc::insertRows(u"INSERT INTO t (a, b, c) VALUES "_s, rows,
                                  [&sent](const QString &sql, const QVariantList &) -> bc::Result<void> {
                                      ++sent;
                                      if (!sql.startsWith(u"INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?)"_s))
                                          return bc::fail(bc::Error::Code::Invalid, QString(), u"marks"_s);
                                      return bc::fail(bc::Error::Code::ConnectionLost, QString(), u"gone"_s);
                                  });
    QVERIFY(!written);
    QCOMPARE(written.error().code, bc::Error::Code::ConnectionLost);
    QCOMPARE(sent, 1);
}

Quotas TestDatabaseStatements::sampleQuotas()
{
    Quotas quotas;
    quotas[Resource::Workstations] = {5, 1};
    quotas[Resource::Servers] = {std::nullopt, 0};
    quotas[Resource::VirtualMachines] = {0, 3};
    quotas[Resource::MobileDevices] = {std::nullopt, 7};
    quotas[Resource::M365Mailboxes] = {250, 0};
    quotas[Resource::Storage] = {qint64(500) * 1000 * 1000 * 1000, qint64(50) * 1000 * 1000 * 1000};
    return quotas;
}

void TestDatabaseStatements::quotaColumnNamesFollowTheResources_data()
{
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<QString>("list");
    QTest::newRow("limits") << Parts::Limits
                            << u"ws_limit, srv_limit, vm_limit, mob_limit, m365_limit, storage_limit"_s;
    QTest::newRow("limits and overages")
        << Parts::LimitsAndOverages
        << u"ws_limit, ws_overage, srv_limit, srv_overage, vm_limit, vm_overage, mob_limit, mob_overage, "
           "m365_limit, m365_overage, storage_limit, storage_overage"_s;
}

void TestDatabaseStatements::quotaColumnNamesFollowTheResources()
{
    QFETCH(Parts, parts);
    QFETCH(QString, list);
    QCOMPARE(QuotaColumns::list(parts), list);
    QCOMPARE(QuotaColumns::names(parts).join(u", "_s), list);
}

void TestDatabaseStatements::quotaValuesStandInTheOrderOfTheNames_data()
{
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    const QVariant unlimited(QMetaType::fromType<qint64>());
    QTest::newRow("limit") << Parts::Limits << u"ws_limit"_s << QVariant(qint64(5));
    QTest::newRow("unlimited is NULL") << Parts::Limits << u"srv_limit"_s << unlimited;
    QTest::newRow("a limit of 0 is not NULL") << Parts::Limits << u"vm_limit"_s << QVariant(qint64(0));
    QTest::newRow("last limit") << Parts::Limits << u"storage_limit"_s << QVariant(qint64(500) * 1000 * 1000 * 1000);
    QTest::newRow("limit beside overages") << Parts::LimitsAndOverages << u"m365_limit"_s << QVariant(qint64(250));
    QTest::newRow("overage") << Parts::LimitsAndOverages << u"ws_overage"_s << QVariant(qint64(1));
    QTest::newRow("overage of an unlimited quota")
        << Parts::LimitsAndOverages << u"mob_overage"_s << QVariant(qint64(7));
    QTest::newRow("unlimited beside overages") << Parts::LimitsAndOverages << u"mob_limit"_s << unlimited;
}

void TestDatabaseStatements::quotaValuesStandInTheOrderOfTheNames()
{
    QFETCH(Parts, parts);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    const QStringList names = QuotaColumns::names(parts);
    const QVariantList values = QuotaColumns::values(sampleQuotas(), parts);
    QCOMPARE(values.size(), names.size());
    const qsizetype at = names.indexOf(column);
    QVERIFY2(at >= 0, qPrintable(column + u" is a column"_s));
    QCOMPARE(values.at(at).isNull(), value.isNull());
    if (!value.isNull())
        QCOMPARE(values.at(at).toLongLong(), value.toLongLong());
}

void TestDatabaseStatements::quotaColumnsWrittenAreReadBack_data()
{
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<int>("first");
    QTest::newRow("limits from the first column") << Parts::Limits << 0;
    QTest::newRow("limits after other columns") << Parts::Limits << 3;
    QTest::newRow("limits and overages from the first column") << Parts::LimitsAndOverages << 0;
    QTest::newRow("limits and overages after other columns") << Parts::LimitsAndOverages << 2;
}

void TestDatabaseStatements::quotaColumnsWrittenAreReadBack()
{
    QFETCH(Parts, parts);
    QFETCH(int, first);
    // A row of `first` other columns, the quota columns, then one more column.
    QVariantList values;
    for (int i = 0; i < first; ++i)
        values.append(u"before"_s);
    values.append(QuotaColumns::values(sampleQuotas(), parts));
    values.append(u"after"_s);
    QSqlQuery query(QSqlDatabase::database(connectionName));
    QVERIFY(query.prepare(u"SELECT "_s + bc::placeholders(values.size())));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QVERIFY(query.exec());
    QVERIFY(query.next());

    Quotas read;
    const int next = QuotaColumns::read(query, first, parts, read);
    QCOMPARE(query.value(next).toString(), u"after"_s);
    Quotas expected = sampleQuotas();
    if (parts == Parts::Limits) {
        for (Resource resource : bc::allResources)
            expected[resource].overage = 0;
    }
    for (Resource resource : bc::allResources) {
        QCOMPARE(read[resource].limit, expected[resource].limit);
        QCOMPARE(read[resource].overage, expected[resource].overage);
    }
}

QTEST_GUILESS_MAIN(TestDatabaseStatements)
void TestDatabaseStatements::aKeptStatementIsTakenOnceAtATime()
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName);
    const QString sql = u"SELECT ? + 1"_s;
    bc::PreparedStatements kept;
    QSqlQuery first = kept.take(sql, db, 0);
    QVERIFY2(first.lastQuery().isEmpty(), "the first run prepares");
    QVERIFY(first.prepare(sql));
    first.bindValue(0, 1);
    QVERIFY(first.exec() && first.next());
    QCOMPARE(first.value(0).toInt(), 2);
    kept.keep(sql, std::move(first), 0);
    QCOMPARE(kept.size(), 1);

    // Taken out while it runs: the same statement run meanwhile gets a query of its own.
    QSqlQuery again = kept.take(sql, db, 0);
    QCOMPARE(again.lastQuery(), sql);
    QCOMPARE(kept.size(), 0);
    QVERIFY2(kept.take(sql, db, 0).lastQuery().isEmpty(), "a second run at the same time prepares its own");
    again.bindValue(0, 41);
    QVERIFY(again.exec() && again.next());
    QCOMPARE(again.value(0).toInt(), 42);
    kept.keep(sql, std::move(again), 0);
    QCOMPARE(kept.size(), 1);

    // A query that ran something else is not kept under this text.
    QSqlQuery other(db);
    QVERIFY(other.exec(u"SELECT 1"_s));
    kept.keep(sql, std::move(other), 0);
    QCOMPARE(kept.take(sql, db, 0).lastQuery(), sql);
}

void TestDatabaseStatements::keptStatementsAreForgottenWithTheirConnection()
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName);
    const QString sql = u"SELECT 1"_s;
    bc::PreparedStatements kept;
    QSqlQuery query = kept.take(sql, db, 3);
    QVERIFY(query.prepare(sql) && query.exec());
    kept.keep(sql, std::move(query), 3);
    QCOMPARE(kept.size(), 1);
    // The connection was opened again (a new generation): what the old one prepared is gone.
    QVERIFY(kept.take(sql, db, 4).lastQuery().isEmpty());
    QCOMPARE(kept.size(), 0);
    // Nor is a query of the old connection kept for the new one.
    QSqlQuery late(db);
    QVERIFY(late.prepare(sql) && late.exec());
    kept.keep(sql, std::move(late), 3);
    QCOMPARE(kept.size(), 0);
    QSqlQuery current = kept.take(sql, db, 4);
    QVERIFY(current.prepare(sql) && current.exec());
    kept.keep(sql, std::move(current), 4);
    kept.clear();
    QCOMPARE(kept.size(), 0);
}

void TestDatabaseStatements::theStatementUsedLongestAgoMakesRoom()
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName);
    bc::PreparedStatements kept;
    const auto statement = [](int i) {
        return u"SELECT %1"_s.arg(i);
    };
    const auto run = [&](int i) {
        QSqlQuery query = kept.take(statement(i), db, 0);
        if (query.lastQuery() != statement(i))
            QVERIFY(query.prepare(statement(i)));
        QVERIFY(query.exec());
        kept.keep(statement(i), std::move(query), 0);
    };
    for (int i = 0; i <= bc::PreparedStatements::capacity; ++i) {
        run(i);
        if (i == 0)
            run(0); // used again: now the newest
        if (i == 1)
            run(0);
    }
    QCOMPARE(kept.size(), bc::PreparedStatements::capacity);
    QVERIFY2(kept.take(statement(1), db, 0).lastQuery().isEmpty(), "the one used longest ago went");
    QCOMPARE(kept.take(statement(0), db, 0).lastQuery(), statement(0));
}

#include "tst_databasestatements.moc"
