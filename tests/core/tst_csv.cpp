#include "core/domain/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Csv: what a spreadsheet and an RFC 4180 reader make of a field, whatever text it holds.
class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFieldReadsBackAsText_data();
    void aFieldReadsBackAsText();
    void aRowJoinsItsFieldsAndEndsWithCrLf();
};

void TestCsv::aFieldReadsBackAsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << u"alice"_s << u"alice"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-ASCII") << u"Zürich ＡＢ"_s << u"Zürich ＡＢ"_s;
    QTest::newRow("a comma") << u"Smith, Alice"_s << u"\"Smith, Alice\""_s;
    QTest::newRow("a quote, doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("a line feed") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("a carriage return") << u"one\r\ntwo"_s << u"\"one\r\ntwo\""_s;
    QTest::newRow("blanks at the ends") << u" padded "_s << u"\" padded \""_s;
    QTest::newRow("a formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("a formula with a comma and quotes")
        << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return first") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("= later is text") << u"a=1"_s << u"a=1"_s;
    QTest::newRow("an apostrophe first is kept") << u"'quoted"_s << u"'quoted"_s;
}

void TestCsv::aFieldReadsBackAsText()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(bc::Csv::field(text), field);
}

void TestCsv::aRowJoinsItsFieldsAndEndsWithCrLf()
{
    QCOMPARE(bc::Csv::row({u"a"_s, QString(), u"b,c"_s, u"=d"_s}), u"a,,\"b,c\",'=d\r\n"_s);
    QCOMPARE(bc::Csv::row({}), u"\r\n"_s);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
