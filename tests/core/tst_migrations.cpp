#include "core/storage/migrations.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

using bc::Migrations;

// The list of schema migrations comes from the files built into the program, in the order of
// their numbers; a broken set (a number missing or taken twice) is refused, not run.
class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMigrationOfTheProgramIsFoundInTheOrderOfItsNumber();
    void namesAreOrderedByTheirNumber_data();
    void namesAreOrderedByTheirNumber();
    void aBrokenSetIsRefused_data();
    void aBrokenSetIsRefused();
    void aScriptIsSplitIntoStatements_data();
    void aScriptIsSplitIntoStatements();
};

void TestMigrations::everyMigrationOfTheProgramIsFoundInTheOrderOfItsNumber()
{
    const auto &scripts = Migrations::scripts();
    QVERIFY2(scripts, qPrintable(scripts ? QString() : scripts.error().message));
    QCOMPARE(scripts->size(), QDir(u":/sql"_s).entryList({u"*.sql"_s}, QDir::Files).size());
    QVERIFY(scripts->size() >= 12);
    const QStringList first {
        u":/sql/0001_initial.sql"_s,
        u":/sql/0002_organizations.sql"_s,
        u":/sql/0003_activation.sql"_s,
        u":/sql/0004_search.sql"_s,
        u":/sql/0005_teams.sql"_s,
        u":/sql/0006_lists.sql"_s,
        u":/sql/0007_sort_keys.sql"_s,
        u":/sql/0008_search_keys.sql"_s,
        u":/sql/0009_login_order.sql"_s,
        u":/sql/0010_group_defaults.sql"_s,
        u":/sql/0011_outbox_withdrawn.sql"_s,
        u":/sql/0012_list_filters.sql"_s,
    };
    QCOMPARE(scripts->mid(0, first.size()), first);
    for (qsizetype i = 0; i < scripts->size(); ++i)
        QVERIFY2(scripts->at(i).startsWith(u":/sql/%1_"_s.arg(i + 1, 4, 10, QLatin1Char('0'))),
                 qPrintable(scripts->at(i)));
    QCOMPARE(Migrations::latest(), scripts->size());
}

void TestMigrations::namesAreOrderedByTheirNumber_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ordered");
    QTest::newRow("none") << QStringList() << QStringList();
    QTest::newRow("in order") << QStringList {u"0001_a.sql"_s, u"0002_b.sql"_s}
                              << QStringList {u"0001_a.sql"_s, u"0002_b.sql"_s};
    QTest::newRow("shuffled") << QStringList {u"0003_c.sql"_s, u"0001_a.sql"_s, u"0002_b.sql"_s}
                              << QStringList {u"0001_a.sql"_s, u"0002_b.sql"_s, u"0003_c.sql"_s};
    QTest::newRow("by number, not by text")
        << QStringList {u"10_j.sql"_s, u"1_a.sql"_s, u"2_b.sql"_s, u"3_c.sql"_s, u"4_d.sql"_s,
                        u"5_e.sql"_s,  u"6_f.sql"_s, u"7_g.sql"_s, u"8_h.sql"_s, u"9_i.sql"_s}
        << QStringList {u"1_a.sql"_s, u"2_b.sql"_s, u"3_c.sql"_s, u"4_d.sql"_s, u"5_e.sql"_s,
                        u"6_f.sql"_s, u"7_g.sql"_s, u"8_h.sql"_s, u"9_i.sql"_s, u"10_j.sql"_s};
}

void TestMigrations::namesAreOrderedByTheirNumber()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, ordered);
    const auto result = Migrations::ordered(names);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(*result, ordered);
}

void TestMigrations::aBrokenSetIsRefused_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("a gap") << QStringList {u"0001_a.sql"_s, u"0003_c.sql"_s};
    QTest::newRow("not starting at 1") << QStringList {u"0002_b.sql"_s, u"0003_c.sql"_s};
    QTest::newRow("a number twice") << QStringList {u"0001_a.sql"_s, u"0002_b.sql"_s, u"0002_other.sql"_s};
    QTest::newRow("one number written twice") << QStringList {u"0001_a.sql"_s, u"1_again.sql"_s};
    QTest::newRow("no number") << QStringList {u"0001_a.sql"_s, u"initial.sql"_s};
    QTest::newRow("number zero") << QStringList {u"0000_a.sql"_s, u"0001_b.sql"_s};
}

void TestMigrations::aBrokenSetIsRefused()
{
    QFETCH(QStringList, names);
    const auto result = Migrations::ordered(names);
    QVERIFY2(!result, qPrintable(result ? result->join(u", "_s) : QString()));
    QCOMPARE(result.error().code, bc::Error::Code::Internal);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMigrations::aScriptIsSplitIntoStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("postgresql");
    QTest::newRow("one a line") << u"CREATE TABLE a (x {{int}});\nDROP TABLE b;\n"_s
                                << QStringList {u"CREATE TABLE a (x BIGINT)"_s, u"DROP TABLE b"_s};
    QTest::newRow("a body on one line")
        << u"CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\nSELECT 1;"_s
        << QStringList {u"CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$"_s,
                        u"SELECT 1"_s};
    QTest::newRow("a body over lines stays whole")
        << u"CREATE FUNCTION f() AS $$\nBEGIN\n    RETURN 1;\nEND\n$$;\nSELECT 2;"_s
        << QStringList {u"CREATE FUNCTION f() AS $$\nBEGIN\n    RETURN 1;\nEND\n$$"_s, u"SELECT 2"_s};
    QTest::newRow("a named quote holds $$ inside")
        << u"CREATE PROCEDURE p() AS $proc$\nEXECUTE 'x';\nPERFORM $$a;$$;\n$proc$;\nSELECT 3;"_s
        << QStringList {u"CREATE PROCEDURE p() AS $proc$\nEXECUTE 'x';\nPERFORM $$a;$$;\n$proc$"_s, u"SELECT 3"_s};
    QTest::newRow("a comment's $$ opens nothing")
        << u"-- between $$ marks;\nSELECT 4;\n--@ mariadb\nSELECT 5;\n--@ postgresql\nSELECT 6;"_s
        << QStringList {u"SELECT 4"_s, u"SELECT 6"_s};
}

void TestMigrations::aScriptIsSplitIntoStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, postgresql);
    QCOMPARE(Migrations::render(script, bc::DatabaseAddress::Backend::PostgreSql), postgresql);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
