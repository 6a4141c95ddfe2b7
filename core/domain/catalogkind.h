#pragma once

namespace bc {

// The four kinds of object an organization's catalog holds.
enum class CatalogKind
{
    Profile,
    Storage,
    Subscription,
    SecurityGroup
};

} // namespace bc
