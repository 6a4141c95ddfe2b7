#include "core/domain/storagesize.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

struct Unit
{
    QLatin1StringView name;
    qint64 factor;
};

constexpr qint64 kB = 1000;
constexpr qint64 KiB = 1024;

constexpr std::array<Unit, 11> units {{
    {"b"_L1, 1},
    {"kb"_L1, kB},
    {"mb"_L1, kB *kB},
    {"gb"_L1, kB *kB *kB},
    {"tb"_L1, kB *kB *kB *kB},
    {"pb"_L1, kB *kB *kB *kB *kB},
    {"kib"_L1, KiB},
    {"mib"_L1, KiB *KiB},
    {"gib"_L1, KiB *KiB *KiB},
    {"tib"_L1, KiB *KiB *KiB *KiB},
    {"pib"_L1, KiB *KiB *KiB *KiB *KiB},
}};

// Units offered when formatting, largest first, decimal before binary at equal rank.
constexpr std::array<std::pair<QLatin1StringView, qint64>, 10> formatUnits {{
    {"PB"_L1, kB *kB *kB *kB *kB},
    {"PiB"_L1, KiB *KiB *KiB *KiB *KiB},
    {"TB"_L1, kB *kB *kB *kB},
    {"TiB"_L1, KiB *KiB *KiB *KiB},
    {"GB"_L1, kB *kB *kB},
    {"GiB"_L1, KiB *KiB *KiB},
    {"MB"_L1, kB *kB},
    {"MiB"_L1, KiB *KiB},
    {"kB"_L1, kB},
    {"KiB"_L1, KiB},
}};

// The units of one family, largest first, for understood().
constexpr std::array<std::pair<QLatin1StringView, qint64>, 6> decimalUnits {{
    {"PB"_L1, kB *kB *kB *kB *kB},
    {"TB"_L1, kB *kB *kB *kB},
    {"GB"_L1, kB *kB *kB},
    {"MB"_L1, kB *kB},
    {"kB"_L1, kB},
    {"B"_L1, 1},
}};
constexpr std::array<std::pair<QLatin1StringView, qint64>, 6> binaryUnits {{
    {"PiB"_L1, KiB *KiB *KiB *KiB *KiB},
    {"TiB"_L1, KiB *KiB *KiB *KiB},
    {"GiB"_L1, KiB *KiB *KiB},
    {"MiB"_L1, KiB *KiB},
    {"KiB"_L1, KiB},
    {"B"_L1, 1},
}};

// U+0020, U+00A0 and U+202F: French (and SI) group separators, all read alike.
const QString spaces = u" \u00a0\u202f"_s;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// How a number is written: its decimal point, the characters that may separate groups of three
// digits (none: no grouping at all), and a locale that writes numbers that way.
struct Notation
{
    QChar decimal;
    QString groups;
    QLocale writer;
};

QLocale withoutGroups(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

Notation ownNotation(const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    if (locale.language() == QLocale::C || locale.zeroDigit() != u"0"_s || (decimal != u"."_s && decimal != u","_s))
        return {u'.', QString(), withoutGroups(QLocale::c())};
    const QString group = locale.groupSeparator();
    QString groups;
    if (!locale.numberOptions().testFlag(QLocale::OmitGroupSeparator) && group.size() == 1 && group != decimal
        && !isAsciiDigit(group.at(0)))
        groups = spaces.contains(group.at(0)) ? spaces : group;
    return {decimal.at(0), groups, groups.isEmpty() ? withoutGroups(locale) : locale};
}

// The notations a number is tried in when it is not valid in the locale's own.
const std::array<Notation, 4> &otherNotations()
{
    static const std::array<Notation, 4> notations {{
        {u'.', u","_s, QLocale::c()},
        {u',', u"."_s, QLocale::c()},
        {u',', spaces, QLocale::c()},
        {u'.', spaces, QLocale::c()},
    }};
    return notations;
}

// A number's ASCII digits before and after its decimal point (the latter without trailing zeros).
struct Digits
{
    QString integer;
    QString fraction;
};

// `number` read in `notation`: at most one decimal point, group separators only before it and only
// between groups of three digits after a first of one to three (or exactly as `own` writes the
// number, for locales that group otherwise). Nothing else.
std::optional<Digits> readNumber(const QString &number, const Notation &notation, const QLocale *own)
{
    const qsizetype point = number.indexOf(notation.decimal);
    if (point >= 0 && number.indexOf(notation.decimal, point + 1) >= 0)
        return std::nullopt;
    const QString integerPart = point < 0 ? number : number.left(point);
    QString fraction = point < 0 ? QString() : number.mid(point + 1);
    if (!std::all_of(fraction.cbegin(), fraction.cend(), isAsciiDigit))
        return std::nullopt;

    QString integer;
    qsizetype chunk = 0;
    bool grouped = false;
    bool groupsValid = true;
    for (QChar c : integerPart) {
        if (isAsciiDigit(c)) {
            integer += c;
            ++chunk;
        } else if (notation.groups.contains(c)) {
            if (chunk == 0 || (grouped ? chunk != 3 : chunk > 3))
                groupsValid = false;
            grouped = true;
            chunk = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && chunk != 3)
        groupsValid = false;
    if (!groupsValid) {
        bool ok = false;
        const qulonglong value = integer.toULongLong(&ok);
        if (!own || !ok || own->toString(value) != integerPart)
            return std::nullopt;
    }
    if (integer.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return Digits {integer, fraction};
}

QString writeNumber(const Digits &digits, const Notation &notation)
{
    const QString integer = notation.writer.toString(digits.integer.isEmpty() ? 0 : digits.integer.toULongLong());
    return digits.fraction.isEmpty() ? integer : integer + notation.decimal + digits.fraction;
}

// Exact arithmetic in 128 bits: bytes = (integer * 10^k + fraction) * factor / 10^k.
Result<qint64> toBytes(const Digits &digits, qint64 factor, const QString &field)
{
    const auto tooLarge = [&field] {
        return fail(Error::Code::Invalid, field, StorageSize::tr("That size is too large."));
    };
    if (digits.fraction.size() > 9)
        return fail(Error::Code::Invalid, field, StorageSize::tr("A size must come to a whole number of bytes."));
    if (digits.integer.size() > 19)
        return tooLarge();
    __int128 scale = 1;
    for (qsizetype i = 0; i < digits.fraction.size(); ++i)
        scale *= 10;
    const __int128 integer = digits.integer.isEmpty() ? 0 : digits.integer.toULongLong();
    const __int128 fraction = digits.fraction.isEmpty() ? 0 : digits.fraction.toULongLong();
    if (integer > std::numeric_limits<qint64>::max() / factor)
        return tooLarge();
    const __int128 numerator = (integer * scale + fraction) * factor;
    if (numerator % scale != 0)
        return fail(Error::Code::Invalid, field, StorageSize::tr("A size must come to a whole number of bytes."));
    const __int128 bytes = numerator / scale;
    if (bytes > std::numeric_limits<qint64>::max())
        return tooLarge();
    return static_cast<qint64>(bytes);
}

struct Reading
{
    qint64 bytes = 0;
    bool binary = false; // typed in a binary unit (KiB … PiB)
};

Result<Reading> read(const QString &text, const QLocale &locale, const QString &field)
{
    const Notation own = ownNotation(locale);
    const QString input = text.trimmed();
    const auto invalid = [&field, &own] {
        const QString binary = writeNumber(Digits {u"1"_s, u"5"_s}, own) + u" TiB"_s;
        return fail(
            Error::Code::Invalid, field,
            StorageSize::tr("Enter a size such as \"%1\", \"%2\" or \"%3\".").arg(u"500 GB"_s, binary, u"750 MiB"_s));
    };
    if (input.isEmpty())
        return invalid();
    if (input.startsWith(u'-'))
        return fail(Error::Code::Invalid, field, StorageSize::tr("A size cannot be negative."));

    // The number, then the unit (what follows, with the blanks before it, is kept for suggestions).
    qsizetype end = 0;
    while (end < input.size()) {
        const QChar c = input.at(end);
        if (!isAsciiDigit(c) && c != u'.' && c != u',' && !spaces.contains(c) && !own.groups.contains(c))
            break;
        ++end;
    }
    while (end > 0 && spaces.contains(input.at(end - 1)))
        --end;
    const QString number = input.left(end);
    const QString suffix = input.mid(end);
    const QString unitText = suffix.trimmed().toLower();
    if (!std::any_of(number.cbegin(), number.cend(), isAsciiDigit))
        return invalid();

    qint64 factor = 1;
    if (unitText.isEmpty()) {
        // Zero is zero in any unit; any other number alone could be bytes or gigabytes.
        if (std::any_of(number.cbegin(), number.cend(), [](QChar c) { return isAsciiDigit(c) && c != u'0'; }))
            return fail(Error::Code::Invalid, field,
                        StorageSize::tr("Add a unit, such as %1 or %2.")
                            .arg(u"500 GB"_s, writeNumber(Digits {u"1"_s, u"5"_s}, own) + u" TiB"_s));
    } else {
        const auto it =
            std::find_if(units.begin(), units.end(), [&unitText](const Unit &unit) { return unitText == unit.name; });
        if (it == units.end())
            return invalid();
        factor = it->factor;
    }
    const bool binary = unitText.contains(u'i');

    if (const std::optional<Digits> digits = readNumber(number, own, &own.writer)) {
        const Result<qint64> bytes = toBytes(*digits, factor, field);
        if (!bytes)
            return fail(bytes.error());
        return Reading {*bytes, binary};
    }

    // Not valid here: what it may have meant in another notation, written in this one.
    QList<std::pair<qint64, QString>> readings;
    for (const Notation &other : otherNotations()) {
        if (other.decimal == own.decimal && other.groups == own.groups)
            continue;
        const std::optional<Digits> digits = readNumber(number, other, nullptr);
        if (!digits)
            continue;
        const Result<qint64> bytes = toBytes(*digits, factor, field);
        if (!bytes
            || std::any_of(readings.cbegin(), readings.cend(), [&bytes](const auto &r) { return r.first == *bytes; }))
            continue;
        readings.append({*bytes, writeNumber(*digits, own) + suffix});
    }
    std::sort(readings.begin(), readings.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (readings.isEmpty())
        return invalid();
    const bool plain = own.groups.isEmpty();
    if (readings.size() == 1) {
        return fail(Error::Code::Invalid, field,
                    plain ? StorageSize::tr("Did you mean %1? Use . as the decimal point, without group separators.")
                                .arg(readings.first().second)
                          : StorageSize::tr("Did you mean %1?").arg(readings.first().second));
    }
    return fail(Error::Code::Invalid, field,
                plain ? StorageSize::tr("\"%1\" could mean %2 or %3; use . as the decimal point, without group "
                                        "separators.")
                            .arg(input, readings.at(0).second, readings.at(1).second)
                      : StorageSize::tr("\"%1\" could mean %2 or %3; write it as one of them.")
                            .arg(input, readings.at(0).second, readings.at(1).second));
}

} // namespace

Result<qint64> StorageSize::parse(const QString &text, const QLocale &locale, const QString &field)
{
    const Result<Reading> reading = read(text, locale, field);
    if (!reading)
        return fail(reading.error());
    return reading->bytes;
}

QString StorageSize::understood(const QString &text, const QLocale &locale)
{
    if (text.trimmed().isEmpty())
        return {};
    const Result<Reading> reading = read(text, locale, QString());
    if (!reading)
        return {};
    const Notation own = ownNotation(locale);
    const qint64 bytes = reading->bytes;
    const auto &family = reading->binary ? binaryUnits : decimalUnits;
    for (const auto &[name, factor] : family) {
        if (bytes < factor && factor > 1)
            continue;
        // Exact with up to three decimals: "= 1.5 TB"; else rounded to two: "≈ 1.18 GiB".
        const __int128 thousandths = static_cast<__int128>(bytes) * 1000;
        if (thousandths % factor == 0) {
            const qint64 value = static_cast<qint64>(thousandths / factor);
            Digits digits {QString::number(value / 1000), QString::number(value % 1000).rightJustified(3, u'0')};
            while (digits.fraction.endsWith(u'0'))
                digits.fraction.chop(1);
            return tr("= %1 %2").arg(writeNumber(digits, own), name);
        }
        return tr("≈ %1 %2").arg(own.writer.toString(static_cast<double>(bytes) / static_cast<double>(factor), 'f', 2),
                                 name);
    }
    return {};
}

QString StorageSize::format(qint64 bytes, const QLocale &locale)
{
    // What format writes, parse reads back to the same number of bytes in the same locale: the
    // locale's group separators and decimal point (or QLocale::c()'s, see ownNotation), never a
    // rounded value.
    const Notation own = ownNotation(locale);
    const QLocale &plain = own.writer;

    if (bytes <= 0)
        return tr("%1 B").arg(plain.toString(qMax<qint64>(bytes, 0)));
    for (const auto &[name, factor] : formatUnits) {
        if (bytes >= factor && bytes % factor == 0)
            return tr("%1 %2").arg(plain.toString(bytes / factor), name);
    }
    // Not a whole number of any unit: the largest unit that shows it exactly with one or two
    // decimals ("1.5 KiB"), else the exact number of bytes.
    for (const auto &[name, factor] : formatUnits) {
        if (bytes < factor)
            continue;
        for (const qint64 scale : {qint64(10), qint64(100)}) {
            const __int128 scaled = static_cast<__int128>(bytes) * scale;
            if (scaled % factor != 0)
                continue;
            const qint64 fraction = static_cast<qint64>((scaled / factor) % scale);
            const QString decimals = QString::number(fraction).rightJustified(scale == 10 ? 1 : 2, u'0');
            return tr("%1 %2").arg(plain.toString(bytes / factor) + own.decimal + decimals, name);
        }
    }
    return tr("%1 B").arg(plain.toString(bytes));
}

} // namespace bc
