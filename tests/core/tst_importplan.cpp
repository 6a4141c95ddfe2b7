#include "core/services/importplan.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// An import's plan: what a dry run showed, written by one run of the CLI and read by another.
class TestImportPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadBackWhatItWrote();
    void shouldRefuseWhatIsNoPlan_data();
    void shouldRefuseWhatIsNoPlan();
    void shouldMatchOnlyTheFileAndGroupChecked();
};

namespace {

ImportPlan samplePlan(const QByteArray &content)
{
    QBuffer file;
    file.setData(content);
    file.open(QIODevice::ReadOnly);
    ImportPlan plan;
    plan.checksum = ImportPlan::checksumOf(file);
    plan.groupId = 7;
    plan.columns = {{u"username"_s, {u"login"_s, u"email"_s}}, {u"room"_s, {}}};
    plan.records.insert(2, {ImportOutcome::Create, QDateTime()});
    plan.records.insert(3, {ImportOutcome::Update, QDateTime(QDate(2026, 12, 7), QTime(8, 30, 1, 123), Qt::UTC)});
    plan.records.insert(4, {ImportOutcome::Error, QDateTime()});
    return plan;
}

} // namespace

void TestImportPlan::shouldReadBackWhatItWrote()
{
    const ImportPlan plan = samplePlan("login\nben\n");
    auto read = ImportPlan::fromJson(plan.toJson());
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->checksum, plan.checksum);
    QCOMPARE(read->groupId, plan.groupId);
    QCOMPARE(read->columns, plan.columns);
    QCOMPARE(read->records.size(), 3);
    for (auto record = plan.records.cbegin(); record != plan.records.cend(); ++record) {
        QCOMPARE(read->records.value(record.key()).outcome, record->outcome);
        QCOMPARE(read->records.value(record.key()).seen, record->seen);
    }
}

void TestImportPlan::shouldRefuseWhatIsNoPlan_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    const QByteArray good = samplePlan("login\nben\n").toJson();
    const auto changed = [&good](const QByteArray &from, const QByteArray &to) {
        QByteArray json = good;
        return json.replace(from, to);
    };
    QTest::newRow("not JSON") << QByteArray("login,email\nben,ben@example.com\n") << u"not a plan"_s;
    QTest::newRow("empty") << QByteArray() << u"not a plan"_s;
    QTest::newRow("another kind") << changed("backup-console-import-plan", "something-else") << u"not a plan"_s;
    QTest::newRow("another version") << changed("\"version\":1", "\"version\":2") << u"another version"_s;
    QTest::newRow("no checksum") << changed("\"sha256\":\"", "\"sha256\":\"zz") << u"not a plan"_s;
    QTest::newRow("no group") << changed("\"group\":7", "\"group\":0") << u"not a plan"_s;
    QTest::newRow("an unknown outcome") << changed("\"create\"", "\"explode\"") << u"not a plan"_s;
    QTest::newRow("a record without a number") << changed("[2,", "[\"x\",") << u"not a plan"_s;
}

void TestImportPlan::shouldRefuseWhatIsNoPlan()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const auto read = ImportPlan::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().field, u"plan"_s);
    QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
}

void TestImportPlan::shouldMatchOnlyTheFileAndGroupChecked()
{
    const ImportPlan plan = samplePlan("login\nben\n");
    QBuffer same;
    same.setData("login\nben\n");
    same.open(QIODevice::ReadOnly);
    QVERIFY(plan.matches(same, 7));
    QCOMPARE(same.pos(), 0); // read again from the start by the import
    QVERIFY(!plan.matches(same, 8));
    QCOMPARE(plan.matches(same, 8).error().field, u"group"_s);
    QBuffer other;
    other.setData("login\nben\nbob\n");
    other.open(QIODevice::ReadOnly);
    const auto changed = plan.matches(other, 7);
    QVERIFY(!changed);
    QVERIFY(changed.error().message.contains(u"changed since the dry run"_s));
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
