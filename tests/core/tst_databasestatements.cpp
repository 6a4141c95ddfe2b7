#include "core/storage/databasestatements.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;

// The pieces of statements the stores build (value marks, "IN (…)" lists of ids) and how they
// read a result's rows, over an SQLite database in memory.
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

QTEST_GUILESS_MAIN(TestDatabaseStatements)
#include "tst_databasestatements.moc"
