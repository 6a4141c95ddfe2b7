#include "storagesize.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = KiB * KiB;
constexpr qint64 GiB = MiB * KiB;
constexpr qint64 TiB = GiB * KiB;
constexpr qint64 GB = 1000LL * 1000 * 1000;
} // namespace

class TestStorageSize final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAcceptsSizesAsPeopleTypeThem_data();
    void parseAcceptsSizesAsPeopleTypeThem();
    void parseRefusesJunkNegativesOverflowAndFractionsOfBytes_data();
    void parseRefusesJunkNegativesOverflowAndFractionsOfBytes();
    void parseReportsTheFieldItWasGiven();
    void formatPicksTheLargestExactUnit_data();
    void formatPicksTheLargestExactUnit();
    void formatWritesNoGroupSeparators();
    void formatOutputParsesBackToTheSameValue_data();
    void formatOutputParsesBackToTheSameValue();
};

void TestStorageSize::parseAcceptsSizesAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");

    QTest::newRow("decimal gigabytes") << u"500 GB"_s << 500 * GB;
    QTest::newRow("binary fraction") << u"1.5 TiB"_s << qint64(1649267441664);
    QTest::newRow("mebibytes") << u"750 MiB"_s << 750 * MiB;
    QTest::newRow("bare number is bytes") << u"1024"_s << qint64(1024);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("zero with unit") << u"0 TB"_s << qint64(0);
    QTest::newRow("lowercase unit") << u"500 gb"_s << 500 * GB;
    QTest::newRow("lowercase binary unit") << u"2 gib"_s << 2 * GiB;
    QTest::newRow("comma as decimal separator") << u"1,5 GiB"_s << qint64(1610612736);
    QTest::newRow("no space before unit") << u"10MB"_s << qint64(10'000'000);
    QTest::newRow("surrounding blanks") << u"  3 KiB  "_s << 3 * KiB;
    QTest::newRow("explicit bytes") << u"512 B"_s << qint64(512);
    QTest::newRow("kilobytes") << u"2 kB"_s << qint64(2000);
    QTest::newRow("leading fraction") << u".5 KiB"_s << qint64(512);
    QTest::newRow("trailing zeros in fraction") << u"1.500 GB"_s << 1500'000'000LL;
    QTest::newRow("petabytes") << u"2 PB"_s << 2'000'000'000'000'000LL;
    QTest::newRow("pebibytes") << u"1 PiB"_s << 1024 * TiB;
    QTest::newRow("largest value") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
}

void TestStorageSize::parseAcceptsSizesAsPeopleTypeThem()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const auto parsed = bc::StorageSize::parse(text);
    QVERIFY2(parsed.has_value(),
             qPrintable(u"\"%1\" was refused: %2"_s.arg(text, parsed ? QString() : parsed.error().message)));
    QCOMPARE(*parsed, bytes);
}

void TestStorageSize::parseRefusesJunkNegativesOverflowAndFractionsOfBytes_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("negative") << u"-1 GB"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("unknown unit") << u"5 XB"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("overflow with unit") << u"99999999999 PB"_s;
    QTest::newRow("one past the largest value") << u"9223372036854775808"_s;
    QTest::newRow("twenty digits") << u"99999999999999999999"_s;
    QTest::newRow("fraction of a byte") << u"0.3 B"_s;
    QTest::newRow("fraction of a byte without unit") << u"1.5"_s;
    QTest::newRow("fraction of a kibibyte not whole") << u"0.001 KiB"_s;
    QTest::newRow("only a dot") << u"."_s;
    QTest::newRow("unit only") << u"GB"_s;
    QTest::newRow("two numbers") << u"1 2 GB"_s;
    QTest::newRow("plus sign") << u"+5 GB"_s;
    QTest::newRow("arabic-indic digits") << u"\u0665 GB"_s;
}

void TestStorageSize::parseRefusesJunkNegativesOverflowAndFractionsOfBytes()
{
    QFETCH(QString, text);
    const auto parsed = bc::StorageSize::parse(text);
    QVERIFY2(!parsed.has_value(), qPrintable(u"\"%1\" was accepted as %2 bytes"_s.arg(text).arg(parsed.value_or(-1))));
    QCOMPARE(parsed.error().code, bc::Error::Code::Invalid);
    QVERIFY2(!parsed.error().message.isEmpty(), "a refusal must say what to do");
}

void TestStorageSize::parseReportsTheFieldItWasGiven()
{
    const auto parsed = bc::StorageSize::parse(u"lots"_s, u"quota.storage.limit"_s);
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error().field, u"quota.storage.limit"_s);
}

void TestStorageSize::formatPicksTheLargestExactUnit_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("500 GB") << 500 * GB << u"500 GB"_s;
    QTest::newRow("750 MiB") << 750 * MiB << u"750 MiB"_s;
    QTest::newRow("1 KiB") << KiB << u"1 KiB"_s;
    QTest::newRow("zero") << qint64(0) << u"0 B"_s;
    QTest::newRow("a few bytes") << qint64(17) << u"17 B"_s;
    QTest::newRow("2 TB") << 2000 * GB << u"2 TB"_s;
    QTest::newRow("1.5 TiB as whole gibibytes") << qint64(1649267441664) << u"1536 GiB"_s;
    QTest::newRow("exact fraction") << qint64(1536 + 1024 * 1024) << u"1025.5 KiB"_s;
    QTest::newRow("no exact unit gives bytes") << qint64(1000001) << u"1000001 B"_s;
}

void TestStorageSize::formatPicksTheLargestExactUnit()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(bc::StorageSize::format(bytes, QLocale::c()), text);
}

void TestStorageSize::formatWritesNoGroupSeparators()
{
    QCOMPARE(bc::StorageSize::format(1536 * GiB, QLocale(QLocale::English, QLocale::UnitedStates)), u"1536 GiB"_s);
    QCOMPARE(bc::StorageSize::format(1500 * GB, QLocale(QLocale::German, QLocale::Germany)), u"1500 GB"_s);
    QCOMPARE(bc::StorageSize::format(1536, QLocale(QLocale::German, QLocale::Germany)), u"1,5 KiB"_s);
}

void TestStorageSize::formatOutputParsesBackToTheSameValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");

    const QList<std::pair<const char *, QLocale>> locales {
        {"C", QLocale::c()},
        {"en_US", QLocale(QLocale::English, QLocale::UnitedStates)},
        {"de_DE", QLocale(QLocale::German, QLocale::Germany)},
    };
    const QStringList inputs {u"500 GB"_s,    u"1.5 TiB"_s,     u"750 MiB"_s,  u"1024"_s,
                              u"0"_s,         u"1,5 GiB"_s,     u"1.5 GB"_s,   u"123456789"_s,
                              u"1000001 B"_s, u"1234567 KiB"_s, u"2.25 PiB"_s, u"9223372036854775807"_s};
    for (const auto &[localeName, locale] : locales) {
        for (const QString &input : inputs)
            QTest::addRow("%s in %s", qPrintable(input), localeName) << input << locale;
    }
}

void TestStorageSize::formatOutputParsesBackToTheSameValue()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    const auto bytes = bc::StorageSize::parse(text);
    QVERIFY2(bytes.has_value(), qPrintable(text));
    const QString formatted = bc::StorageSize::format(*bytes, locale);
    const auto again = bc::StorageSize::parse(formatted);
    QVERIFY2(again.has_value(),
             qPrintable(u"%1 bytes formatted as \"%2\", which does not parse"_s.arg(*bytes).arg(formatted)));
    QVERIFY2(*again == *bytes,
             qPrintable(u"%1 bytes formatted as \"%2\", which parses as %3"_s.arg(*bytes).arg(formatted).arg(*again)));
}

QTEST_GUILESS_MAIN(TestStorageSize)
#include "tst_storagesize.moc"
