#include "storagesize.h"

#include <array>
#include <limits>

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

} // namespace

Result<qint64> StorageSize::parse(const QString &text, const QString &field)
{
    const QString input = text.trimmed();
    const auto invalid = [&field] {
        return fail(Error::Code::Invalid, field, tr("Enter a size such as \"500 GB\", \"1.5 TiB\" or \"750 MiB\"."));
    };
    if (input.isEmpty())
        return invalid();
    if (input.startsWith(u'-'))
        return fail(Error::Code::Invalid, field, tr("A size cannot be negative."));

    // Split into the number and the unit.
    qsizetype pos = 0;
    QString integerDigits;
    QString fractionDigits;
    while (pos < input.size() && input.at(pos).isDigit() && input.at(pos).unicode() < 128)
        integerDigits.append(input.at(pos++));
    if (pos < input.size() && (input.at(pos) == u'.' || input.at(pos) == u',')) {
        ++pos;
        while (pos < input.size() && input.at(pos).isDigit() && input.at(pos).unicode() < 128)
            fractionDigits.append(input.at(pos++));
    }
    if (integerDigits.isEmpty() && fractionDigits.isEmpty())
        return invalid();
    const QString unitText = input.mid(pos).trimmed().toLower();

    qint64 factor = 1;
    if (!unitText.isEmpty()) {
        const auto it =
            std::find_if(units.begin(), units.end(), [&unitText](const Unit &unit) { return unitText == unit.name; });
        if (it == units.end())
            return invalid();
        factor = it->factor;
    }

    const auto tooLarge = [&field] {
        return fail(Error::Code::Invalid, field, tr("That size is too large."));
    };
    while (fractionDigits.endsWith(u'0'))
        fractionDigits.chop(1);
    if (fractionDigits.size() > 9)
        return fail(Error::Code::Invalid, field, tr("A size must come to a whole number of bytes."));
    if (integerDigits.size() > 19)
        return tooLarge();

    // Exact arithmetic in 128 bits: value = (integer * 10^k + fraction) * factor / 10^k.
    __int128 scale = 1;
    for (qsizetype i = 0; i < fractionDigits.size(); ++i)
        scale *= 10;
    const __int128 integer = integerDigits.isEmpty() ? 0 : integerDigits.toULongLong();
    const __int128 fraction = fractionDigits.isEmpty() ? 0 : fractionDigits.toULongLong();
    if (integer > std::numeric_limits<qint64>::max() / factor)
        return tooLarge();
    const __int128 numerator = (integer * scale + fraction) * factor;
    if (numerator % scale != 0)
        return fail(Error::Code::Invalid, field, tr("A size must come to a whole number of bytes."));
    const __int128 bytes = numerator / scale;
    if (bytes > std::numeric_limits<qint64>::max())
        return tooLarge();
    return static_cast<qint64>(bytes);
}

QString StorageSize::format(qint64 bytes, const QLocale &locale)
{
    // What format writes, parse must read back to the same number of bytes: no group separators
    // ("1,536 GiB" would come back as 1.536 GiB), ASCII digits, "." or "," as decimal point.
    QLocale plain = locale;
    if (plain.zeroDigit() != u"0"_s || (plain.decimalPoint() != u"."_s && plain.decimalPoint() != u","_s))
        plain = QLocale::c();
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);

    if (bytes <= 0)
        return tr("%1 B").arg(plain.toString(qMax<qint64>(bytes, 0)));
    for (const auto &[name, factor] : formatUnits) {
        if (bytes >= factor && bytes % factor == 0)
            return tr("%1 %2").arg(plain.toString(bytes / factor), name);
    }
    // Not a whole number of any unit: the largest unit that shows it exactly with one or two
    // decimals ("1.5 KiB"), else the exact number of bytes. Never a rounded value.
    for (const auto &[name, factor] : formatUnits) {
        if (bytes < factor)
            continue;
        for (const qint64 scale : {qint64(10), qint64(100)}) {
            const __int128 scaled = static_cast<__int128>(bytes) * scale;
            if (scaled % factor != 0)
                continue;
            const qint64 fraction = static_cast<qint64>((scaled / factor) % scale);
            const QString decimals = QString::number(fraction).rightJustified(scale == 10 ? 1 : 2, u'0');
            return tr("%1 %2").arg(plain.toString(bytes / factor) + plain.decimalPoint() + decimals, name);
        }
    }
    return tr("%1 B").arg(plain.toString(bytes));
}

} // namespace bc
