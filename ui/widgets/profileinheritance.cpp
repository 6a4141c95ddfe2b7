#include "ui/widgets/profileinheritance.h"

#include "core/rules/profilerules.h"

namespace bc {

ProfileInheritance::ProfileInheritance(QObject *parent)
    : QObject(parent)
{
}

void ProfileInheritance::setFromDraft(const AccountDraft &draft, const std::optional<Profile> &profile)
{
    m_overrides = draft.overrides;
    m_profile = profile;
    Q_EMIT profileChanged();
}

void ProfileInheritance::writeTo(AccountDraft &draft) const
{
    draft.profileId = m_profile ? m_profile->id : 0;
    draft.overrides = m_profile ? m_overrides : QSet<QString>();
}

void ProfileInheritance::setProfile(const std::optional<Profile> &profile)
{
    if (!profile && !m_profile)
        return;
    m_profile = profile;
    Q_EMIT profileChanged();
}

void ProfileInheritance::setOverridden(const QString &key, bool overridden)
{
    if (overridden == isOverridden(key))
        return;
    if (overridden)
        m_overrides.insert(key);
    else
        m_overrides.remove(key);
    Q_EMIT stateChanged(key);
}

ProfileInheritance::State ProfileInheritance::state(const QString &key) const
{
    if (!m_profile)
        return State::NoProfile;
    return isOverridden(key) ? State::Overridden : State::Inherited;
}

QString ProfileInheritance::profileValueText(const QString &key) const
{
    if (!m_profile)
        return {};
    if (key == ProfileRules::backupLocationsKey())
        return AccountText::label(m_profile->backupLocations);
    if (key == ProfileRules::notificationLevelKey())
        return AccountText::label(m_profile->notificationLevel);
    for (Resource resource : allResources) {
        if (key != ProfileRules::quotaKey(resource))
            continue;
        const Quota &quota = m_profile->quotas[resource];
        const QString limit = Quotas::formatLimit(resource, quota.limit);
        return quota.overage == 0 ? limit
                                  : tr("%1, overage %2").arg(limit, Quotas::formatAmount(resource, quota.overage));
    }
    return {};
}

} // namespace bc
