#include "core/rules/profilerules.h"

#include "core/domain/fields.h"

using namespace Qt::StringLiterals;

namespace bc {

QString ProfileRules::quotaKey(Resource resource)
{
    return u"quota."_s + toKey(resource);
}

QString ProfileRules::backupLocationsKey()
{
    return Field::backupLocations;
}

QString ProfileRules::notificationLevelKey()
{
    return Field::notificationLevel;
}

QStringList ProfileRules::inheritableKeys()
{
    QStringList keys;
    for (Resource resource : allResources)
        keys.append(quotaKey(resource));
    keys << backupLocationsKey() << notificationLevelKey();
    return keys;
}

AccountDraft ProfileRules::apply(const Profile &profile, AccountDraft draft)
{
    draft.profileId = profile.id;
    for (Resource resource : allResources) {
        if (!draft.overrides.contains(quotaKey(resource)))
            draft.quotas[resource] = profile.quotas[resource];
    }
    if (!draft.overrides.contains(backupLocationsKey()))
        draft.backupLocations = profile.backupLocations;
    if (!draft.overrides.contains(notificationLevelKey()))
        draft.notificationLevel = profile.notificationLevel;
    return draft;
}

QSet<QString> ProfileRules::differences(const Profile &profile, const AccountDraft &draft)
{
    QSet<QString> keys;
    for (Resource resource : allResources) {
        if (!(draft.quotas[resource] == profile.quotas[resource]))
            keys.insert(quotaKey(resource));
    }
    if (draft.backupLocations != profile.backupLocations)
        keys.insert(backupLocationsKey());
    if (draft.notificationLevel != profile.notificationLevel)
        keys.insert(notificationLevelKey());
    return keys;
}

} // namespace bc
