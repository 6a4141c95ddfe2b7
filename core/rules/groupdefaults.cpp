#include "core/rules/groupdefaults.h"

#include "core/rules/profilerules.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

DefaultChoice nearest(const QList<GroupDefaults::Link> &chain, qint64 GroupDefaults::Link::*member)
{
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const GroupDefaults::Link &link = chain.at(i);
        if (link.*member != 0)
            return {link.*member, i == 0 ? DefaultChoice::Origin::Own : DefaultChoice::Origin::Inherited, link.groupId,
                    link.groupName};
    }
    return {};
}

} // namespace

DefaultChoice GroupDefaults::profile(const QList<Link> &chain)
{
    return nearest(chain, &Link::profileId);
}

DefaultChoice GroupDefaults::storage(const QList<Link> &chain)
{
    return nearest(chain, &Link::storageId);
}

DefaultChoice GroupDefaults::subscription(const QList<Link> &chain, const QList<Subscription> &offered)
{
    DefaultChoice named = nearest(chain, &Link::subscriptionId);
    if (named.origin == DefaultChoice::Origin::None && offered.size() == 1)
        return {offered.first().id, DefaultChoice::Origin::OnlyOne, 0, QString()};
    return named;
}

void GroupDefaults::fill(Catalog &catalog, const QList<Link> &chain)
{
    catalog.defaultProfile = profile(chain);
    catalog.defaultSubscription = subscription(chain, catalog.subscriptions);
    catalog.defaultStorageId = storage(chain).id;
    // The same rule on the groups above: what they name, the group inherits.
    const QList<Link> above = chain.mid(1);
    const auto inherited = [](DefaultChoice choice) {
        if (choice.origin == DefaultChoice::Origin::Own)
            choice.origin = DefaultChoice::Origin::Inherited;
        return choice;
    };
    catalog.inheritedProfile = inherited(profile(above));
    catalog.inheritedSubscription = inherited(subscription(above, catalog.subscriptions));
    catalog.inheritedStorage = inherited(storage(above));
}

AccountDraft GroupDefaults::newDraft(const Catalog &catalog, NewAccountDefaults take)
{
    AccountDraft draft;
    draft.storageId = catalog.defaultStorageId;
    if (take.profile && catalog.defaultProfile.id != 0) {
        const auto found = std::find_if(catalog.profiles.cbegin(), catalog.profiles.cend(),
                                        [&catalog](const Profile &p) { return p.id == catalog.defaultProfile.id; });
        if (found != catalog.profiles.cend())
            draft = ProfileRules::apply(*found, draft);
    }
    if (take.subscription && catalog.defaultSubscription.id != 0) {
        const bool offered =
            std::any_of(catalog.subscriptions.cbegin(), catalog.subscriptions.cend(),
                        [&catalog](const Subscription &s) { return s.id == catalog.defaultSubscription.id; });
        if (offered)
            draft.subscriptionIds = {catalog.defaultSubscription.id};
    }
    return draft;
}

QString GroupDefaults::inheritedText(const DefaultChoice &inherited, const QString &name)
{
    switch (inherited.origin) {
    case DefaultChoice::Origin::Own:
    case DefaultChoice::Origin::Inherited:
        return tr("Inherited: %1 from %2").arg(name, inherited.groupName);
    case DefaultChoice::Origin::OnlyOne:
        return tr("Automatic: %1, the only subscription offered").arg(name);
    case DefaultChoice::Origin::None:
        break;
    }
    return tr("None");
}

} // namespace bc
