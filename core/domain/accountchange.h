#pragma once

#include "core/domain/quota.h"

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <optional>

namespace bc {

// What Account → Change… (and Move to group…) does to every account of a selection: only what is
// set changes. AccountService::changeAll() checks each account, as changed, by the rules of an
// edit in the group it ends up in.
struct AccountChange
{
    std::optional<qint64> groupId; // moved to this group
    std::optional<qint64> profileId; // 0: no profile
    std::optional<qint64> storageId; // 0: the group's default storage
    // Set on the account itself (an override of its profile's value), by resource.
    std::array<std::optional<Quota>, allResources.size()> quotas {};
    QList<qint64> addSubscriptions;
    QList<qint64> removeSubscriptions;
    QList<qint64> addSecurityGroups;
    QList<qint64> removeSecurityGroups;

    // Assign service: subscriptions added, nothing else.
    static AccountChange addingSubscriptions(const QList<qint64> &subscriptionIds)
    {
        AccountChange change;
        change.addSubscriptions = subscriptionIds;
        return change;
    }
    [[nodiscard]] std::optional<Quota> quota(Resource resource) const { return quotas[static_cast<size_t>(resource)]; }
    void setQuota(Resource resource, const Quota &quota) { quotas[static_cast<size_t>(resource)] = quota; }
    // Nothing would change.
    [[nodiscard]] bool isEmpty() const
    {
        return !groupId && !profileId && !storageId
            && std::none_of(quotas.cbegin(), quotas.cend(), [](const auto &quota) { return quota.has_value(); })
            && addSubscriptions.isEmpty() && removeSubscriptions.isEmpty() && addSecurityGroups.isEmpty()
            && removeSecurityGroups.isEmpty();
    }
};

} // namespace bc
