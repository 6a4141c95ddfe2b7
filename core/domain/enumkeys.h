#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace bc {

// The stable key of one value of an enum: what the database, JSON and the command line write.
// Keys are lower-case ASCII and never change once a value has been stored.
template<typename Enum> struct EnumKey
{
    Enum value;
    std::string_view key;
};

// One table per enum, next to the enum's declaration:
//
//     template<> struct EnumKeys<Resource>
//     {
//         static constexpr std::array entries {EnumKey<Resource> {Resource::Storage, "storage"}, ...};
//     };
//
// toKey() and fromKey() below are the only code that reads the tables.
template<typename Enum> struct EnumKeys;

template<typename Enum>
concept KeyedEnum = requires
{
    EnumKeys<Enum>::entries;
};

namespace detail {

template<typename Enum> constexpr bool hasUniqueEntries()
{
    constexpr auto &entries = EnumKeys<Enum>::entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (std::size_t j = i + 1; j < entries.size(); ++j) {
            if (entries[i].value == entries[j].value || entries[i].key == entries[j].key)
                return false;
        }
    }
    return true;
}

template<typename Enum> constexpr bool hasPlainKeys()
{
    for (const auto &entry : EnumKeys<Enum>::entries) {
        if (entry.key.empty())
            return false;
        for (char c : entry.key) {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                return false;
        }
    }
    return true;
}

} // namespace detail

// Every value of the enum, in the order of its table.
template<KeyedEnum Enum> constexpr auto keyedValues()
{
    constexpr auto &entries = EnumKeys<Enum>::entries;
    std::array<Enum, entries.size()> values {};
    std::transform(entries.begin(), entries.end(), values.begin(), [](const auto &entry) { return entry.value; });
    return values;
}

// The key of a value; empty for a value the table does not hold.
template<KeyedEnum Enum> QString toKey(Enum value)
{
    static_assert(detail::hasUniqueEntries<Enum>(), "an enum key table names a value or a key twice");
    static_assert(detail::hasPlainKeys<Enum>(), "enum keys are lower-case letters, digits and dashes");
    for (const auto &entry : EnumKeys<Enum>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key.data(), static_cast<qsizetype>(entry.key.size()));
    }
    return {};
}

// The value a key names, read as people type it (case and surrounding blanks do not count);
// nullopt for any other text.
template<KeyedEnum Enum> std::optional<Enum> fromKey(QStringView key)
{
    const QString wanted = key.trimmed().toString().toLower();
    for (const auto &entry : EnumKeys<Enum>::entries) {
        if (wanted == QLatin1StringView(entry.key.data(), static_cast<qsizetype>(entry.key.size())))
            return entry.value;
    }
    return std::nullopt;
}

// Every key, in the order of the table ("none, starttls, tls" in a message).
template<KeyedEnum Enum> QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : EnumKeys<Enum>::entries)
        keys.append(QString::fromLatin1(entry.key.data(), static_cast<qsizetype>(entry.key.size())));
    return keys;
}

} // namespace bc
