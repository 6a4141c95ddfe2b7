#include "core/storage/quotacolumns.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

using bc::QuotaColumns;
using bc::Quotas;
using bc::Resource;
using Parts = QuotaColumns::Parts;

Q_DECLARE_METATYPE(Parts)

// The quota columns of the accounts, profiles and groups tables: their names, the values written
// to them and what is read back, in one order.
class TestQuotaColumns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void namesFollowTheResources_data();
    void namesFollowTheResources();
    void valuesStandInTheOrderOfTheNames_data();
    void valuesStandInTheOrderOfTheNames();
    void whatIsWrittenIsReadBack_data();
    void whatIsWrittenIsReadBack();

private:
    static Quotas sample();
};

namespace {

const QString connectionName = u"quotacolumns"_s;

} // namespace

void TestQuotaColumns::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY2(db.open(), "an SQLite database in memory opens");
}

void TestQuotaColumns::cleanupTestCase()
{
    QSqlDatabase::database(connectionName).close();
    QSqlDatabase::removeDatabase(connectionName);
}

Quotas TestQuotaColumns::sample()
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

void TestQuotaColumns::namesFollowTheResources_data()
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

void TestQuotaColumns::namesFollowTheResources()
{
    QFETCH(Parts, parts);
    QFETCH(QString, list);
    QCOMPARE(QuotaColumns::list(parts), list);
    QCOMPARE(QuotaColumns::names(parts).join(u", "_s), list);
}

void TestQuotaColumns::valuesStandInTheOrderOfTheNames_data()
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

void TestQuotaColumns::valuesStandInTheOrderOfTheNames()
{
    QFETCH(Parts, parts);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    const QStringList names = QuotaColumns::names(parts);
    const QVariantList values = QuotaColumns::values(sample(), parts);
    QCOMPARE(values.size(), names.size());
    const qsizetype at = names.indexOf(column);
    QVERIFY2(at >= 0, qPrintable(column + u" is a column"_s));
    QCOMPARE(values.at(at).isNull(), value.isNull());
    if (!value.isNull())
        QCOMPARE(values.at(at).toLongLong(), value.toLongLong());
}

void TestQuotaColumns::whatIsWrittenIsReadBack_data()
{
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<int>("first");
    QTest::newRow("limits from the first column") << Parts::Limits << 0;
    QTest::newRow("limits after other columns") << Parts::Limits << 3;
    QTest::newRow("limits and overages from the first column") << Parts::LimitsAndOverages << 0;
    QTest::newRow("limits and overages after other columns") << Parts::LimitsAndOverages << 2;
}

void TestQuotaColumns::whatIsWrittenIsReadBack()
{
    QFETCH(Parts, parts);
    QFETCH(int, first);
    // A row of `first` other columns, the quota columns, then one more column.
    QVariantList values;
    for (int i = 0; i < first; ++i)
        values.append(u"before"_s);
    values.append(QuotaColumns::values(sample(), parts));
    values.append(u"after"_s);
    QStringList marks;
    marks.fill(u"?"_s, values.size());
    QSqlQuery query(QSqlDatabase::database(connectionName));
    QVERIFY(query.prepare(u"SELECT "_s + marks.join(u", "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QVERIFY(query.exec());
    QVERIFY(query.next());

    Quotas read;
    const int next = QuotaColumns::read(query, first, parts, read);
    QCOMPARE(query.value(next).toString(), u"after"_s);
    Quotas expected = sample();
    if (parts == Parts::Limits) {
        for (Resource resource : bc::allResources)
            expected[resource].overage = 0;
    }
    for (Resource resource : bc::allResources) {
        QCOMPARE(read[resource].limit, expected[resource].limit);
        QCOMPARE(read[resource].overage, expected[resource].overage);
    }
}

QTEST_GUILESS_MAIN(TestQuotaColumns)
#include "tst_quotacolumns.moc"
