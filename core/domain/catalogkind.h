#pragma once

#include "core/domain/enumkeys.h"

namespace bc {

// The four kinds of object an organization's catalog holds.
enum class CatalogKind
{
    Profile,
    Storage,
    Subscription,
    SecurityGroup
};

// The audit log's object type of each kind.
template<> struct EnumKeys<CatalogKind>
{
    static constexpr std::array entries {
        EnumKey<CatalogKind> {CatalogKind::Profile, "profile"},
        EnumKey<CatalogKind> {CatalogKind::Storage, "storage"},
        EnumKey<CatalogKind> {CatalogKind::Subscription, "subscription"},
        EnumKey<CatalogKind> {CatalogKind::SecurityGroup, "security-group"},
    };
};

} // namespace bc
