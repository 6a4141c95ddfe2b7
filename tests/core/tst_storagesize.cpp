#include "core/domain/storagesize.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = KiB * KiB;
constexpr qint64 GiB = MiB * KiB;
constexpr qint64 TiB = GiB * KiB;
constexpr qint64 GB = 1000LL * 1000 * 1000;
constexpr qint64 TB = 1000 * GB;

// The locales of the rows: the console's three languages, and the CLI's.
QLocale localeNamed(const QString &name)
{
    if (name == u"C"_s)
        return QLocale::c();
    return QLocale(name);
}

// "%G" in an expected text stands for the locale's own group separator (U+202F in French).
QString expand(QString text, const QLocale &locale)
{
    return text.replace(u"%G"_s, locale.groupSeparator());
}
} // namespace

class TestStorageSize final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAcceptsSizesAsPeopleTypeThem_data();
    void parseAcceptsSizesAsPeopleTypeThem();
    void parseRefusesJunkNegativesOverflowAndFractionsOfBytes_data();
    void parseRefusesJunkNegativesOverflowAndFractionsOfBytes();
    void parseOffersWhatAForeignNotationMeant_data();
    void parseOffersWhatAForeignNotationMeant();
    void parseAsksForAUnit_data();
    void parseAsksForAUnit();
    void parseReportsTheFieldItWasGiven();
    void formatPicksTheLargestExactUnit_data();
    void formatPicksTheLargestExactUnit();
    void formatGroupsDigitsAsTheLocaleDoes_data();
    void formatGroupsDigitsAsTheLocaleDoes();
    void formatOutputParsesBackToTheSameValue_data();
    void formatOutputParsesBackToTheSameValue();
    void understoodShowsTheValueInTheLargestUnit_data();
    void understoodShowsTheValueInTheLargestUnit();
};

void TestStorageSize::parseAcceptsSizesAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");

    for (const QString &locale : {u"C"_s, u"en_US"_s, u"de_DE"_s, u"fr_FR"_s}) {
        const QByteArray name = locale.toLatin1();
        QTest::addRow("%s: decimal gigabytes", name.constData()) << locale << u"500 GB"_s << 500 * GB;
        QTest::addRow("%s: mebibytes", name.constData()) << locale << u"750 MiB"_s << 750 * MiB;
        QTest::addRow("%s: zero needs no unit", name.constData()) << locale << u"0"_s << qint64(0);
        QTest::addRow("%s: zero with unit", name.constData()) << locale << u"0 TB"_s << qint64(0);
        QTest::addRow("%s: lowercase unit", name.constData()) << locale << u"500 gb"_s << 500 * GB;
        QTest::addRow("%s: lowercase binary unit", name.constData()) << locale << u"2 gib"_s << 2 * GiB;
        QTest::addRow("%s: no space before unit", name.constData()) << locale << u"10MB"_s << qint64(10'000'000);
        QTest::addRow("%s: surrounding blanks", name.constData()) << locale << u"  3 KiB  "_s << 3 * KiB;
        QTest::addRow("%s: explicit bytes", name.constData()) << locale << u"512 B"_s << qint64(512);
        QTest::addRow("%s: kilobytes", name.constData()) << locale << u"2 kB"_s << qint64(2000);
        QTest::addRow("%s: petabytes", name.constData()) << locale << u"2 PB"_s << 2'000'000'000'000'000LL;
        QTest::addRow("%s: pebibytes", name.constData()) << locale << u"1 PiB"_s << 1024 * TiB;
        QTest::addRow("%s: no group separators", name.constData()) << locale << u"1500 GB"_s << 1500 * GB;
        QTest::addRow("%s: largest value", name.constData())
            << locale << u"9223372036854775807 B"_s << std::numeric_limits<qint64>::max();
    }

    // "." is the decimal point in C and en, "," in de and fr.
    QTest::newRow("C: binary fraction") << u"C"_s << u"1.5 TiB"_s << qint64(1649267441664);
    QTest::newRow("C: leading fraction") << u"C"_s << u".5 KiB"_s << qint64(512);
    QTest::newRow("C: three decimals") << u"C"_s << u"1.500 GB"_s << 1500'000'000LL;
    QTest::newRow("en: binary fraction") << u"en_US"_s << u"1.5 TiB"_s << qint64(1649267441664);
    QTest::newRow("en: three decimals") << u"en_US"_s << u"1.500 GB"_s << 1500'000'000LL;
    QTest::newRow("de: binary fraction") << u"de_DE"_s << u"1,5 TiB"_s << qint64(1649267441664);
    QTest::newRow("de: leading fraction") << u"de_DE"_s << u",5 KiB"_s << qint64(512);
    QTest::newRow("de: three decimals") << u"de_DE"_s << u"1,500 GB"_s << 1500'000'000LL;
    QTest::newRow("fr: binary fraction") << u"fr_FR"_s << u"1,5 TiB"_s << qint64(1649267441664);
    QTest::newRow("fr: three decimals") << u"fr_FR"_s << u"1,500 GB"_s << 1500'000'000LL;

    // Group separators in groups of three.
    QTest::newRow("en: thousands") << u"en_US"_s << u"1,500 GB"_s << 1500 * GB;
    QTest::newRow("en: thousands and a fraction") << u"en_US"_s << u"1,500.5 GB"_s << 1500'500'000'000LL;
    QTest::newRow("en: millions") << u"en_US"_s << u"1,500,000 MB"_s << 1500 * GB;
    QTest::newRow("en: three-digit first group") << u"en_US"_s << u"100,000 MB"_s << 100 * GB;
    QTest::newRow("de: thousands") << u"de_DE"_s << u"1.500 GB"_s << 1500 * GB;
    QTest::newRow("de: thousands and a fraction") << u"de_DE"_s << u"1.500,5 GB"_s << 1500'500'000'000LL;
    QTest::newRow("de: millions") << u"de_DE"_s << u"1.500.000 MB"_s << 1500 * GB;
    QTest::newRow("fr: space") << u"fr_FR"_s << u"1 500 GB"_s << 1500 * GB;
    QTest::newRow("fr: no-break space") << u"fr_FR"_s << u"1\u00a0500,5 GB"_s << 1500'500'000'000LL;
    QTest::newRow("fr: narrow no-break space") << u"fr_FR"_s << u"1\u202f500\u202f000 MB"_s << 1500 * GB;
    QTest::newRow("fr: no-break space before the unit") << u"fr_FR"_s << u"1 500\u00a0GB"_s << 1500 * GB;
}

void TestStorageSize::parseAcceptsSizesAsPeopleTypeThem()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const auto parsed = bc::StorageSize::parse(text, localeNamed(locale));
    QVERIFY2(parsed.has_value(),
             qPrintable(u"\"%1\" was refused: %2"_s.arg(text, parsed ? QString() : parsed.error().message)));
    QCOMPARE(*parsed, bytes);
}

void TestStorageSize::parseRefusesJunkNegativesOverflowAndFractionsOfBytes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // empty: any message

    const QString junk = u"Enter a size such as \"500 GB\", \"1.5 TiB\" or \"750 MiB\"."_s;
    const QString junkComma = u"Enter a size such as \"500 GB\", \"1,5 TiB\" or \"750 MiB\"."_s;
    const QString negative = u"A size cannot be negative."_s;
    const QString whole = u"A size must come to a whole number of bytes."_s;
    const QString tooLarge = u"That size is too large."_s;
    for (const QString &locale : {u"C"_s, u"en_US"_s, u"de_DE"_s, u"fr_FR"_s}) {
        const QByteArray name = locale.toLatin1();
        const QString enterASize = locale == u"C"_s || locale == u"en_US"_s ? junk : junkComma;
        QTest::addRow("%s: empty", name.constData()) << locale << QString() << enterASize;
        QTest::addRow("%s: blank", name.constData()) << locale << u"   "_s << enterASize;
        QTest::addRow("%s: negative", name.constData()) << locale << u"-1 GB"_s << negative;
        QTest::addRow("%s: letters", name.constData()) << locale << u"abc"_s << enterASize;
        QTest::addRow("%s: unknown unit", name.constData()) << locale << u"5 XB"_s << enterASize;
        QTest::addRow("%s: exponent", name.constData()) << locale << u"1e3 GB"_s << enterASize;
        QTest::addRow("%s: overflow with unit", name.constData()) << locale << u"99999999999 PB"_s << tooLarge;
        QTest::addRow("%s: one past the largest value", name.constData())
            << locale << u"9223372036854775808 B"_s << tooLarge;
        QTest::addRow("%s: twenty digits", name.constData()) << locale << u"99999999999999999999 B"_s << tooLarge;
        QTest::addRow("%s: fraction of a kibibyte not whole", name.constData())
            << locale << (locale.startsWith(u"C"_s) || locale.startsWith(u"en"_s) ? u"0.001 KiB"_s : u"0,001 KiB"_s)
            << whole;
        QTest::addRow("%s: unit only", name.constData()) << locale << u"GB"_s << enterASize;
        QTest::addRow("%s: plus sign", name.constData()) << locale << u"+5 GB"_s << enterASize;
        QTest::addRow("%s: arabic-indic digits", name.constData()) << locale << u"\u0665 GB"_s << enterASize;
        QTest::addRow("%s: two numbers", name.constData()) << locale << u"1 2 GB"_s << enterASize;
        QTest::addRow("%s: only a separator", name.constData()) << locale << u". GB"_s << enterASize;
    }
    QTest::newRow("C: fraction of a byte") << u"C"_s << u"0.3 B"_s << whole;
    QTest::newRow("de: fraction of a byte") << u"de_DE"_s << u"0,3 B"_s << whole;
    QTest::newRow("en: two decimal points") << u"en_US"_s << u"1.5.0 GB"_s << junk;
    QTest::newRow("fr: group of two") << u"fr_FR"_s << u"1 50 GB"_s << junkComma;
    QTest::newRow("en: separators in no notation") << u"en_US"_s << u"1,5,0 GB"_s << junk;
}

void TestStorageSize::parseRefusesJunkNegativesOverflowAndFractionsOfBytes()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto parsed = bc::StorageSize::parse(text, localeNamed(locale));
    QVERIFY2(!parsed.has_value(), qPrintable(u"\"%1\" was accepted as %2 bytes"_s.arg(text).arg(parsed.value_or(-1))));
    QCOMPARE(parsed.error().code, bc::Error::Code::Invalid);
    QVERIFY2(!parsed.error().message.isEmpty(), "a refusal must say what to do");
    if (!message.isEmpty())
        QCOMPARE(parsed.error().message, message);
}

void TestStorageSize::parseOffersWhatAForeignNotationMeant_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // %G: the locale's group separator

    // Valid only in another notation: refused, with the one reading in the locale's own notation.
    QTest::newRow("en: decimal comma") << u"en_US"_s << u"1,5 GB"_s << u"Did you mean 1.5 GB?"_s;
    QTest::newRow("en: German thousands and fraction")
        << u"en_US"_s << u"1.500,5 GB"_s << u"Did you mean 1,500.5 GB?"_s;
    QTest::newRow("en: French thousands") << u"en_US"_s << u"1 500 GB"_s << u"Did you mean 1,500 GB?"_s;
    QTest::newRow("en: group of two") << u"en_US"_s << u"1,50 TB"_s << u"Did you mean 1.5 TB?"_s;
    QTest::newRow("en: German millions") << u"en_US"_s << u"1.500.000 kB"_s << u"Did you mean 1,500,000 kB?"_s;
    QTest::newRow("en: unit kept as typed") << u"en_US"_s << u"2,25tib"_s << u"Did you mean 2.25tib?"_s;
    QTest::newRow("de: decimal point") << u"de_DE"_s << u"1.5 GB"_s << u"Did you mean 1,5 GB?"_s;
    QTest::newRow("de: English thousands and fraction")
        << u"de_DE"_s << u"1,500.5 GB"_s << u"Did you mean 1.500,5 GB?"_s;
    QTest::newRow("de: group of two") << u"de_DE"_s << u"1.50 TB"_s << u"Did you mean 1,5 TB?"_s;
    QTest::newRow("de: French thousands") << u"de_DE"_s << u"1 500 GB"_s << u"Did you mean 1.500 GB?"_s;
    QTest::newRow("fr: decimal point") << u"fr_FR"_s << u"1.5 GB"_s << u"Did you mean 1,5 GB?"_s;
    QTest::newRow("fr: English thousands and fraction")
        << u"fr_FR"_s << u"1,500.5 GB"_s << u"Did you mean 1%G500,5 GB?"_s;
    QTest::newRow("fr: German thousands and fraction")
        << u"fr_FR"_s << u"1.500,5 GB"_s << u"Did you mean 1%G500,5 GB?"_s;

    // Readable two ways: refused with both readings, the larger first.
    QTest::newRow("fr: point between thousands or decimal point")
        << u"fr_FR"_s << u"1.500 GB"_s << u"\"1.500 GB\" could mean 1%G500 GB or 1,5 GB; write it as one of them."_s;
    QTest::newRow("fr: millions or a decimal point")
        << u"fr_FR"_s << u"2.000 TiB"_s << u"\"2.000 TiB\" could mean 2%G000 TiB or 2 TiB; write it as one of them."_s;

    // C (the CLI): "." is the decimal point, and there are no group separators.
    QTest::newRow("C: comma between thousands or decimal comma")
        << u"C"_s << u"1,500GB"_s
        << u"\"1,500GB\" could mean 1500GB or 1.5GB; use . as the decimal point, without group separators."_s;
    QTest::newRow("C: decimal comma") << u"C"_s << u"1,5GB"_s
                                      << u"Did you mean 1.5GB? Use . as the decimal point, without group separators."_s;
    QTest::newRow("C: space between thousands")
        << u"C"_s << u"1 500 GB"_s << u"Did you mean 1500 GB? Use . as the decimal point, without group separators."_s;
    QTest::newRow("C: English thousands and fraction")
        << u"C"_s << u"1,500.5 GB"_s
        << u"Did you mean 1500.5 GB? Use . as the decimal point, without group separators."_s;
}

void TestStorageSize::parseOffersWhatAForeignNotationMeant()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const QLocale here = localeNamed(locale);
    const auto parsed = bc::StorageSize::parse(text, here);
    QVERIFY2(!parsed.has_value(), qPrintable(u"\"%1\" was accepted as %2 bytes"_s.arg(text).arg(parsed.value_or(-1))));
    QCOMPARE(parsed.error().message, expand(message, here));
}

void TestStorageSize::parseAsksForAUnit_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    const QString point = u"Add a unit, such as 500 GB or 1.5 TiB."_s;
    const QString comma = u"Add a unit, such as 500 GB or 1,5 TiB."_s;
    QTest::newRow("C: whole number") << u"C"_s << u"500"_s << point;
    QTest::newRow("C: fraction") << u"C"_s << u"1.5"_s << point;
    QTest::newRow("C: largest value") << u"C"_s << u"9223372036854775807"_s << point;
    QTest::newRow("en: whole number") << u"en_US"_s << u"500"_s << point;
    QTest::newRow("en: thousands") << u"en_US"_s << u"1,500"_s << point;
    QTest::newRow("de: whole number") << u"de_DE"_s << u"500"_s << comma;
    QTest::newRow("de: thousands") << u"de_DE"_s << u"1.500"_s << comma;
    QTest::newRow("fr: whole number") << u"fr_FR"_s << u"500"_s << comma;
    QTest::newRow("fr: fraction") << u"fr_FR"_s << u"0,5"_s << comma;
}

void TestStorageSize::parseAsksForAUnit()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto parsed = bc::StorageSize::parse(text, localeNamed(locale));
    QVERIFY2(!parsed.has_value(), qPrintable(u"\"%1\" was accepted as %2 bytes"_s.arg(text).arg(parsed.value_or(-1))));
    QCOMPARE(parsed.error().message, message);
}

void TestStorageSize::parseReportsTheFieldItWasGiven()
{
    for (const QString &text : {u"lots"_s, u"500"_s, u"1,5 GB"_s, u"-1 GB"_s, u"99999999999 PB"_s}) {
        const auto parsed = bc::StorageSize::parse(text, QLocale(u"en_US"_s), u"quota.storage.limit"_s);
        QVERIFY2(!parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed.error().field, u"quota.storage.limit"_s);
    }
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

void TestStorageSize::formatGroupsDigitsAsTheLocaleDoes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text"); // %G: the locale's group separator

    QTest::newRow("C: no group separators") << u"C"_s << 1536 * GiB << u"1536 GiB"_s;
    QTest::newRow("en: thousands") << u"en_US"_s << 1536 * GiB << u"1,536 GiB"_s;
    QTest::newRow("en: fraction") << u"en_US"_s << qint64(1536) << u"1.5 KiB"_s;
    QTest::newRow("en: bytes") << u"en_US"_s << qint64(1000001) << u"1,000,001 B"_s;
    QTest::newRow("de: thousands") << u"de_DE"_s << 1500 * GB << u"1.500 GB"_s;
    QTest::newRow("de: fraction") << u"de_DE"_s << qint64(1536) << u"1,5 KiB"_s;
    QTest::newRow("de: thousands and fraction") << u"de_DE"_s << qint64(1536 + 1024 * 1024) << u"1.025,5 KiB"_s;
    QTest::newRow("fr: thousands") << u"fr_FR"_s << 1500 * GB << u"1%G500 GB"_s;
    QTest::newRow("fr: fraction") << u"fr_FR"_s << qint64(1536) << u"1,5 KiB"_s;
}

void TestStorageSize::formatGroupsDigitsAsTheLocaleDoes()
{
    QFETCH(QString, locale);
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    const QLocale here = localeNamed(locale);
    QCOMPARE(bc::StorageSize::format(bytes, here), expand(text, here));
}

void TestStorageSize::formatOutputParsesBackToTheSameValue_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("locale");

    // The three languages and the CLI's C, and locales that group or write digits otherwise:
    // Indian grouping (12,34,567), a Swiss apostrophe, Arabic-Indic digits (written as C writes them).
    const QStringList locales {u"C"_s, u"en_US"_s, u"de_DE"_s, u"fr_FR"_s, u"en_IN"_s, u"de_CH"_s, u"ar_EG"_s};
    const QList<qint64> values {500 * GB,
                                qint64(1649267441664),
                                750 * MiB,
                                1024,
                                0,
                                17,
                                qint64(1610612736),
                                1500'000'000LL,
                                1500 * GB,
                                1500'500'000'000LL,
                                123456789,
                                1000001,
                                1234567 * KiB,
                                qint64(2.25 * 1024) * TiB,
                                1500 * TB,
                                std::numeric_limits<qint64>::max()};
    for (const QString &locale : locales) {
        for (const qint64 bytes : values)
            QTest::addRow("%lld bytes in %s", static_cast<long long>(bytes), qPrintable(locale)) << bytes << locale;
    }
}

void TestStorageSize::formatOutputParsesBackToTheSameValue()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, locale);
    const QLocale here = localeNamed(locale);
    const QString formatted = bc::StorageSize::format(bytes, here);
    const auto again = bc::StorageSize::parse(formatted, here);
    QVERIFY2(again.has_value(),
             qPrintable(u"%1 bytes formatted as \"%2\", which does not parse: %3"_s.arg(bytes).arg(
                 formatted, again ? QString() : again.error().message)));
    QVERIFY2(*again == bytes,
             qPrintable(u"%1 bytes formatted as \"%2\", which parses as %3"_s.arg(bytes).arg(formatted).arg(*again)));
}

void TestStorageSize::understoodShowsTheValueInTheLargestUnit_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("understood"); // %G: the locale's group separator

    QTest::newRow("en: thousands of gigabytes") << u"en_US"_s << u"1,500 GB"_s << u"= 1.5 TB"_s;
    QTest::newRow("en: as typed") << u"en_US"_s << u"500 GB"_s << u"= 500 GB"_s;
    QTest::newRow("en: binary stays binary") << u"en_US"_s << u"1536 GiB"_s << u"= 1.5 TiB"_s;
    QTest::newRow("en: decimal point") << u"en_US"_s << u"1.5 TB"_s << u"= 1.5 TB"_s;
    QTest::newRow("en: rounded") << u"en_US"_s << u"1234567 KiB"_s << u"≈ 1.18 GiB"_s;
    QTest::newRow("en: grouped in the largest unit") << u"en_US"_s << u"1,500,000 TB"_s << u"= 1,500 PB"_s;
    QTest::newRow("en: bytes") << u"en_US"_s << u"999 B"_s << u"= 999 B"_s;
    QTest::newRow("en: zero") << u"en_US"_s << u"0"_s << u"= 0 B"_s;
    QTest::newRow("en: bare number") << u"en_US"_s << u"500"_s << QString();
    QTest::newRow("en: decimal comma") << u"en_US"_s << u"1,5 GB"_s << QString();
    QTest::newRow("en: empty") << u"en_US"_s << QString() << QString();
    QTest::newRow("de: thousands of gigabytes") << u"de_DE"_s << u"1.500 GB"_s << u"= 1,5 TB"_s;
    QTest::newRow("de: decimal comma") << u"de_DE"_s << u"1,500 GB"_s << u"= 1,5 GB"_s;
    QTest::newRow("de: rounded") << u"de_DE"_s << u"1234567 KiB"_s << u"≈ 1,18 GiB"_s;
    QTest::newRow("fr: thousands of gigabytes") << u"fr_FR"_s << u"1 500 GB"_s << u"= 1,5 TB"_s;
    QTest::newRow("fr: grouped") << u"fr_FR"_s << u"1500000 TB"_s << u"= 1%G500 PB"_s;
    QTest::newRow("C: decimal point") << u"C"_s << u"1.5TB"_s << u"= 1.5 TB"_s;
    QTest::newRow("C: no group separators") << u"C"_s << u"1500000 TB"_s << u"= 1500 PB"_s;
}

void TestStorageSize::understoodShowsTheValueInTheLargestUnit()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, understood);
    const QLocale here = localeNamed(locale);
    QCOMPARE(bc::StorageSize::understood(text, here), expand(understood, here));
}

QTEST_GUILESS_MAIN(TestStorageSize)
#include "tst_storagesize.moc"
