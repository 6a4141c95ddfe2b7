#include "core/domain/timestamps.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimestamps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullableColumnsKeepTheTimeOrItsAbsence_data();
    void nullableColumnsKeepTheTimeOrItsAbsence();
};

void TestTimestamps::nullableColumnsKeepTheTimeOrItsAbsence_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QVariant>("stored");

    QTest::newRow("no time is NULL") << QDateTime() << QVariant();
    QTest::newRow("UTC") << QDateTime(QDate(2026, 3, 4), QTime(9, 30, 15, 250), Qt::UTC)
                         << QVariant(u"2026-03-04T09:30:15.250Z"_s);
    QTest::newRow("another zone is stored as UTC")
        << QDateTime(QDate(2026, 3, 4), QTime(10, 30), Qt::OffsetFromUTC, 3600)
        << QVariant(u"2026-03-04T09:30:00.000Z"_s);
}

void TestTimestamps::nullableColumnsKeepTheTimeOrItsAbsence()
{
    QFETCH(QDateTime, when);
    QFETCH(QVariant, stored);

    const QVariant written = bc::Timestamps::toNullableStorage(when);
    QCOMPARE(written.isNull(), stored.isNull());
    QCOMPARE(written, stored);
    const QDateTime read = bc::Timestamps::fromNullableStorage(written);
    QCOMPARE(read.isValid(), when.isValid());
    if (when.isValid()) {
        QCOMPARE(read, when);
        QCOMPARE(read.offsetFromUtc(), 0);
    }
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
