#include "core/services/catalogservice.h"

#include "core/domain/json.h"
#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/rules/profilerules.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

template<typename T> Result<T> load(CatalogStore &store, qint64 id);
template<> Result<Profile> load(CatalogStore &store, qint64 id)
{
    return store.profile(id);
}
template<> Result<Storage> load(CatalogStore &store, qint64 id)
{
    return store.storage(id);
}
template<> Result<Subscription> load(CatalogStore &store, qint64 id)
{
    return store.subscription(id);
}
template<> Result<SecurityGroup> load(CatalogStore &store, qint64 id)
{
    return store.securityGroup(id);
}

QString defaultInUse(CatalogKind kind, const QString &name, const QString &group)
{
    switch (kind) {
    case CatalogKind::Profile:
        return CatalogService::tr("\"%1\" is the default profile of \"%2\"; choose another default in that "
                                  "group's settings first.")
            .arg(name, group);
    case CatalogKind::Storage:
        return CatalogService::tr("\"%1\" is the default storage of \"%2\"; choose another default in that "
                                  "group's settings first.")
            .arg(name, group);
    case CatalogKind::Subscription:
        return CatalogService::tr("\"%1\" is the default subscription of \"%2\"; choose another default in "
                                  "that group's settings first.")
            .arg(name, group);
    case CatalogKind::SecurityGroup:
        break;
    }
    return {};
}

Result<void> checkItemName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, Field::groupName, CatalogService::tr("Enter a name."));
    return AccountRules::checkName(trimmed, Field::groupName);
}

} // namespace

CatalogService::CatalogService(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

Result<Catalog> CatalogService::catalog(qint64 groupId)
{
    return loadCatalog(m_db, groupId);
}

Result<CatalogService::Offered> CatalogService::offered(qint64 groupId, const QList<Database::Read> &alongside)
{
    CatalogRows rows;
    if (auto read = m_db.readTogether(catalogReads(m_db, groupId, {}, &rows) + alongside); !read)
        return fail(read.error());
    Offered offered;
    offered.groupPath = rows.chain.path();
    offered.catalog = std::move(rows).catalog();
    return offered;
}

Result<void> CatalogService::checkItem(const Profile &profile)
{
    if (auto name = checkItemName(profile.name); !name)
        return name;
    auto limits = GroupStore(m_db).effectiveLimits(profile.groupId);
    if (!limits)
        return fail(limits.error());
    if (const QList<Error> errors = AccountRules::checkQuotas(profile.quotas, *limits); !errors.isEmpty())
        return fail(errors.first());
    return {};
}

Result<void> CatalogService::checkItem(const Storage &storage)
{
    if (auto name = checkItemName(storage.name); !name)
        return name;
    return AccountRules::checkName(storage.region, u"region"_s);
}

Result<void> CatalogService::checkItem(const Subscription &subscription)
{
    return checkItemName(subscription.name);
}

Result<void> CatalogService::checkItem(const SecurityGroup &securityGroup)
{
    return checkItemName(securityGroup.name);
}

template<typename T> Result<T> CatalogService::save(const T &input, CatalogKind kind, bool adding)
{
    T item = input;
    item.name = item.name.trimmed();
    if (auto valid = checkItem(item); !valid)
        return fail(valid.error());
    QList<qint64> followers;
    auto saved = m_db.write([&]() -> Result<T> {
        CatalogStore store(m_db);
        T before;
        if (!adding) {
            auto existing = load<T>(store, item.id);
            if (!existing)
                return existing;
            before = *existing;
            item.groupId = before.groupId;
        } else if (auto group = GroupStore(m_db).byId(item.groupId); !group) {
            return fail(group.error());
        }
        auto taken = store.nameExists(kind, item.groupId, item.name, adding ? 0 : item.id);
        if (!taken)
            return fail(taken.error());
        if (*taken)
            return fail(Error::Code::NameTaken, Field::groupName,
                        tr("This group has one named \"%1\" already; choose another name.").arg(item.name));
        if (adding) {
            // An id asked for (an item made again by Undo) when none of its kind has it.
            if (item.id > 0) {
                if (auto holder = load<T>(store, item.id); holder)
                    item.id = 0;
                else if (holder.error().code != Error::Code::NotFound)
                    return fail(holder.error());
            }
            auto id = store.insert(item, Timestamps::now(), item.id);
            if (!id)
                return fail(id.error());
            item.id = *id;
        } else if (auto updated = store.update(item); !updated) {
            return fail(updated.error());
        }
        if constexpr (std::is_same_v<T, Profile>) {
            // Accounts that inherit from this profile follow its new values; overrides stay.
            auto accounts = store.accountsOnProfile(item.id);
            if (!accounts)
                return fail(accounts.error());
            AccountStore accountStore(m_db);
            for (qint64 accountId : *accounts) {
                auto account = accountStore.byId(accountId);
                if (!account)
                    return fail(account.error());
                const AccountDraft updated = ProfileRules::apply(item, account->draft());
                if (auto done = accountStore.update(accountId, updated, Timestamps::now()); !done)
                    return fail(done.error());
            }
            followers = *accounts;
        }
        const QString action = toKey(kind) + (adding ? u".created"_s : u".changed"_s);
        if (auto audited = AuditStore(m_db).append({.action = action,
                                                    .objectType = toKey(kind),
                                                    .objectId = item.id,
                                                    .groupId = item.groupId,
                                                    .summary = item.name,
                                                    .before = adding ? QJsonObject() : Json::from(before),
                                                    .after = Json::from(item)});
            !audited)
            return fail(audited.error());
        return item;
    });
    if (saved) {
        Q_EMIT catalogChanged(saved->groupId);
        if (!followers.isEmpty())
            Q_EMIT accountsChanged(followers);
    }
    return saved;
}

Result<Profile> CatalogService::addProfile(const Profile &profile)
{
    return save(profile, CatalogKind::Profile, true);
}

Result<Profile> CatalogService::updateProfile(const Profile &profile)
{
    return save(profile, CatalogKind::Profile, false);
}

Result<Storage> CatalogService::addStorage(const Storage &storage)
{
    return save(storage, CatalogKind::Storage, true);
}

Result<Storage> CatalogService::updateStorage(const Storage &storage)
{
    return save(storage, CatalogKind::Storage, false);
}

Result<Subscription> CatalogService::addSubscription(const Subscription &subscription)
{
    return save(subscription, CatalogKind::Subscription, true);
}

Result<Subscription> CatalogService::updateSubscription(const Subscription &subscription)
{
    return save(subscription, CatalogKind::Subscription, false);
}

Result<SecurityGroup> CatalogService::addSecurityGroup(const SecurityGroup &securityGroup)
{
    return save(securityGroup, CatalogKind::SecurityGroup, true);
}

Result<SecurityGroup> CatalogService::updateSecurityGroup(const SecurityGroup &securityGroup)
{
    return save(securityGroup, CatalogKind::SecurityGroup, false);
}

Result<void> CatalogService::remove(CatalogKind kind, qint64 id)
{
    qint64 groupId = 0;
    auto removed = m_db.write([&]() -> Result<void> {
        CatalogStore store(m_db);
        QString name;
        QJsonObject before;
        switch (kind) {
        case CatalogKind::Profile:
            if (auto item = store.profile(id)) {
                groupId = item->groupId, name = item->name, before = Json::from(*item);
            } else {
                return fail(item.error());
            }
            break;
        case CatalogKind::Storage:
            if (auto item = store.storage(id)) {
                groupId = item->groupId, name = item->name, before = Json::from(*item);
            } else {
                return fail(item.error());
            }
            break;
        case CatalogKind::Subscription:
            if (auto item = store.subscription(id)) {
                groupId = item->groupId, name = item->name, before = Json::from(*item);
            } else {
                return fail(item.error());
            }
            break;
        case CatalogKind::SecurityGroup:
            if (auto item = store.securityGroup(id)) {
                groupId = item->groupId, name = item->name, before = Json::from(*item);
            } else {
                return fail(item.error());
            }
            break;
        }
        // A group's default stays until its settings say otherwise (the database would clear it
        // silently): the settings are changed first, on purpose.
        auto defaults = store.groupsWithDefault(kind, id);
        if (!defaults)
            return fail(defaults.error());
        if (!defaults->isEmpty())
            return fail(Error::Code::NotAllowed, Field::groupName, defaultInUse(kind, name, defaults->first()));
        auto usage = store.usage(kind, id);
        if (!usage)
            return fail(usage.error());
        if (*usage > 0)
            return fail(Error::Code::NotAllowed, Field::groupName,
                        tr("\"%1\" is still in use by %n account(s) or group(s); change them first.", nullptr, *usage)
                            .arg(name));
        if (auto done = store.remove(kind, id); !done)
            return done;
        return AuditStore(m_db).append({.action = toKey(kind) + u".deleted"_s,
                                        .objectType = toKey(kind),
                                        .objectId = id,
                                        .groupId = groupId,
                                        .summary = name,
                                        .before = before});
    });
    if (removed)
        Q_EMIT catalogChanged(groupId);
    return removed;
}

Result<QList<Profile>> CatalogService::profiles(qint64 groupId)
{
    return CatalogStore(m_db).profiles({groupId});
}

Result<QList<Storage>> CatalogService::storages(qint64 groupId)
{
    return CatalogStore(m_db).storages({groupId});
}

Result<QList<Subscription>> CatalogService::subscriptions(qint64 groupId)
{
    return CatalogStore(m_db).subscriptions({groupId});
}

Result<QList<SecurityGroup>> CatalogService::securityGroups(qint64 groupId)
{
    return CatalogStore(m_db).securityGroups({groupId});
}

Result<Profile> CatalogService::profile(qint64 id)
{
    return CatalogStore(m_db).profile(id);
}

Result<GroupSettings> CatalogService::settings(qint64 groupId)
{
    return GroupStore(m_db).settings(groupId);
}

Result<CatalogService::SettingsView> CatalogService::settingsView(qint64 groupId)
{
    SettingsView view;
    CatalogRows rows;
    const QList<Database::Read> reads = GroupStore(m_db).settingsReads(groupId, &view.settings)
        + catalogReads(m_db, groupId, {}, &rows)
        + QList<Database::Read> {ActivationStore(m_db).emailFactsRead(groupId, &view.email),
                                 OperatorSignIn::mfaRequirementRead(m_db, groupId, &view.mfa)};
    if (auto read = m_db.readTogether(reads); !read)
        return fail(read.error());
    view.groupName = rows.chain.names.value(0);
    view.caps = rows.chain.limitsAbove();
    view.catalog = std::move(rows).catalog();
    return view;
}

QList<Error> CatalogService::validate(qint64 groupId, const GroupSettings &settings)
{
    QList<Error> errors;
    const auto collect = [&errors](const Result<void> &result) {
        if (!result)
            errors.append(result.error());
    };
    collect(AccountRules::checkName(settings.customerId, u"customerId"_s));
    collect(AccountRules::checkName(settings.contactCompany, u"contactCompany"_s));
    collect(AccountRules::checkAddress(settings.contactAddress, u"contactAddress"_s));
    if (!settings.contactPhone.trimmed().isEmpty())
        collect(AccountRules::checkPhone(settings.contactPhone, u"contactPhone"_s));
    if (!settings.contactEmail.trimmed().isEmpty())
        collect(AccountRules::checkEmail(settings.contactEmail, u"contactEmail"_s));
    for (const QString &recipient : settings.digestRecipients)
        collect(AccountRules::checkEmail(recipient, u"digestRecipients"_s));
    // The group's chain (for the limits above it) and what it offers, in one round trip.
    CatalogRows rows;
    if (auto read = m_db.readTogether(catalogReads(m_db, groupId, {}, &rows)); !read)
        return {read.error()};
    // A group's limits may not pass those of the groups above it.
    const Quotas above = rows.chain.limitsAbove();
    for (Resource resource : allResources) {
        const std::optional<qint64> &cap = above[resource].limit;
        const std::optional<qint64> &mine = settings.limits[resource].limit;
        if (mine && *mine < 0)
            errors.append({Error::Code::Invalid, Field::quotaLimit(resource), tr("Enter a number of zero or more.")});
        else if (cap && mine && *mine > *cap) // no limit of its own: the caps above still apply
            errors.append(
                {Error::Code::Invalid, Field::quotaLimit(resource),
                 tr("The group above allows at most %1; enter %1 or less.").arg(Quotas::formatAmount(resource, *cap))});
    }
    // A default must be one the group's accounts may use: its own or a group's above.
    if (settings.defaultStorageId != 0 || settings.defaultProfileId != 0 || settings.defaultSubscriptionId != 0) {
        const Catalog offered = std::move(rows).catalog();
        const auto offers = [](const auto &items, qint64 id) {
            return id == 0
                || std::any_of(items.cbegin(), items.cend(), [id](const auto &item) { return item.id == id; });
        };
        if (!offers(offered.storages, settings.defaultStorageId))
            errors.append({Error::Code::Invalid, Field::storage,
                           tr("The default storage must be one of this group's storages or of a group above it.")});
        if (!offers(offered.profiles, settings.defaultProfileId))
            errors.append({Error::Code::Invalid, Field::profile,
                           tr("The default profile must be one of this group's profiles or of a group above it.")});
        if (!offers(offered.subscriptions, settings.defaultSubscriptionId))
            errors.append(
                {Error::Code::Invalid, Field::subscriptions,
                 tr("The default subscription must be one of this group's subscriptions or of a group above it.")});
    }
    return errors;
}

Result<GroupSettings> CatalogService::updateSettings(qint64 groupId, const GroupSettings &input)
{
    GroupSettings settings = input;
    settings.customerId = settings.customerId.trimmed();
    settings.contactCompany = settings.contactCompany.trimmed();
    settings.contactAddress = settings.contactAddress.trimmed();
    settings.contactPhone = settings.contactPhone.trimmed();
    settings.contactEmail = settings.contactEmail.trimmed();
    QStringList recipients;
    for (const QString &recipient : settings.digestRecipients) {
        if (!recipient.trimmed().isEmpty() && !recipients.contains(recipient.trimmed(), Qt::CaseInsensitive))
            recipients.append(recipient.trimmed());
    }
    settings.digestRecipients = recipients;
    auto saved = m_db.write([&]() -> Result<GroupSettings> {
        if (const QList<Error> errors = validate(groupId, settings); !errors.isEmpty())
            return fail(errors.first());
        GroupStore groups(m_db);
        auto before = groups.settings(groupId);
        if (!before)
            return before;
        if (auto done = groups.saveSettings(groupId, settings); !done)
            return fail(done.error());
        auto group = groups.byId(groupId);
        if (!group)
            return fail(group.error());
        if (auto audited = AuditStore(m_db).append({.action = u"group.settings-changed"_s,
                                                    .objectType = u"group"_s,
                                                    .objectId = groupId,
                                                    .groupId = groupId,
                                                    .summary = group->name,
                                                    .before = Json::fromSettings(*before),
                                                    .after = Json::fromSettings(settings)});
            !audited)
            return fail(audited.error());
        return settings;
    });
    if (saved)
        Q_EMIT settingsChanged(groupId);
    return saved;
}

} // namespace bc
