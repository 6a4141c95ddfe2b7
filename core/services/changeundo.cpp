#include "core/services/changeundo.h"

#include "core/domain/catalogkind.h"
#include "core/domain/json.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/catalogstore.h"
#include "core/storage/groupstore.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

const QString group = u"group"_s;
const QString mfaRequired = u"mfaRequired"_s;

// The part of an action after its object type: "renamed" of "group.renamed".
QString verbOf(const AuditEntry &entry)
{
    return entry.action.mid(entry.objectType.size() + 1);
}

// Whether a group's verb turned its MFA switch, either way.
bool turnedMfa(const QString &verb)
{
    return verb == "mfa-required"_L1 || verb == "mfa-optional"_L1;
}

// The item as it is now, as the audit log writes it; null when it is gone.
Result<QJsonObject> currentItem(Database &database, CatalogKind kind, qint64 id)
{
    CatalogStore store(database);
    const auto json = [](const auto &item) -> Result<QJsonObject> {
        if (!item)
            return item.error().code == Error::Code::NotFound ? Result<QJsonObject>(QJsonObject()) : fail(item.error());
        return Json::from(*item);
    };
    switch (kind) {
    case CatalogKind::Profile:
        return json(store.profile(id));
    case CatalogKind::Storage:
        return json(store.storage(id));
    case CatalogKind::Subscription:
        return json(store.subscription(id));
    case CatalogKind::SecurityGroup:
        return json(store.securityGroup(id));
    }
    return QJsonObject();
}

template<typename Item> Result<void> done(const Result<Item> &result)
{
    if (!result)
        return fail(result.error());
    return {};
}

Error damaged()
{
    return {Error::Code::Internal, QString(), ChangeUndo::tr("The change's record in the audit log cannot be read.")};
}

// A deleted group made again under the group it was in, empty as it was then, as a new row, with
// its settings, activation link lifetime and email, and MFA switch; whole or not at all.
Result<void> bringBack(const ChangeUndo::Services &services, const AuditEntry &entry)
{
    const QJsonObject &before = entry.before;
    const QString name = before.value(u"name"_s).toString();
    const auto settings = Json::toSettings(before.value(u"settings"_s).toObject());
    const auto activation = Json::toGroupActivation(before.value(u"activation"_s).toObject());
    const QJsonValue mfa = before.value(mfaRequired);
    if (name.isEmpty() || !settings || !activation || !mfa.isBool())
        return fail(damaged());
    auto made = services.groups.recreate(entry.objectId, entry.groupId, name);
    if (!made)
        return fail(made.error());
    const auto rest = [&]() -> Result<void> {
        if (auto saved = services.catalog.updateSettings(made->id, *settings); !saved)
            return fail(saved.error());
        if (auto saved = services.activation.setGroupActivation(made->id, activation->days, activation->email); !saved)
            return saved;
        if (!mfa.toBool())
            return {};
        if (services.mayRequireMfa) {
            if (auto allowed = services.mayRequireMfa(made->id, true); !allowed)
                return allowed;
        }
        return done(services.groups.setMfaRequired(made->id, true));
    }();
    if (!rest)
        (void)services.groups.remove(made->id); // empty still: it goes again
    return rest;
}

} // namespace

Result<QString> ChangeUndo::refusal(Database &database, const AuditEntry &entry, bool latest)
{
    const QString verb = verbOf(entry);
    if (entry.objectType == group) {
        const bool mfa = turnedMfa(verb);
        const bool activation = verb == "activation-changed"_L1;
        if (verb == "deleted"_L1) {
            if (!entry.before.value(u"settings"_s).isObject())
                return tr("The group \"%1\" was deleted by an earlier version of the console, which did not keep "
                          "enough of it to make it again; make it again by hand.");
            auto above = GroupStore(database).byId(entry.groupId);
            if (!above && above.error().code == Error::Code::NotFound)
                return tr("The group that \"%1\" was in was deleted since.");
            if (!above)
                return fail(above.error());
            return QString();
        }
        if (verb != "renamed"_L1 && verb != "created"_L1 && verb != "settings-changed"_L1 && !mfa && !activation)
            return tr("\"%1\": this kind of change cannot be undone.");
        if (!latest)
            return QString();
        GroupStore store(database);
        auto now = store.byId(entry.objectId);
        if (!now && now.error().code == Error::Code::NotFound)
            return tr("The group \"%1\" was deleted since.");
        if (!now)
            return fail(now.error());
        if (mfa)
            return now->mfaRequired == entry.after.value(mfaRequired).toBool()
                ? QString()
                : tr("The multi-factor switch of \"%1\" was turned since.");
        if (activation) {
            auto state = ActivationService(database).groupActivation(entry.objectId);
            if (!state)
                return fail(state.error());
            return Json::fromGroupActivation(*state) == entry.after
                ? QString()
                : tr("The activation link or email of \"%1\" was changed since.");
        }
        if (verb == "settings-changed"_L1) {
            auto settings = store.settings(entry.objectId);
            if (!settings)
                return fail(settings.error());
            return Json::fromSettings(*settings) == entry.after ? QString()
                                                                : tr("The settings of \"%1\" were changed since.");
        }
        if (now->name != entry.after.value(u"name"_s).toString())
            return tr("The group \"%1\" was renamed since.");
        if (verb == "created"_L1 && (now->accountCount > 0 || now->childCount > 0))
            return tr("The group \"%1\" has accounts or groups of its own since.");
        return QString();
    }
    const auto kind = fromKey<CatalogKind>(entry.objectType);
    if (!kind)
        return tr("\"%1\": this kind of change cannot be undone.");
    // A deleted item was in use by no account and no group's default (CatalogService::remove): it
    // comes back whole, under its own id when no item of its kind has it, unless its group is gone
    // or its name taken since (the add says so).
    if (verb == "deleted"_L1) {
        auto group = GroupStore(database).byId(entry.groupId);
        if (!group && group.error().code == Error::Code::NotFound)
            return tr("\"%1\" was deleted with its group since.");
        if (!group)
            return fail(group.error());
        return QString();
    }
    if (verb != "created"_L1 && verb != "changed"_L1)
        return tr("\"%1\": this kind of change cannot be undone.");
    if (!latest)
        return QString();
    auto now = currentItem(database, *kind, entry.objectId);
    if (!now)
        return fail(now.error());
    if (now->isEmpty())
        return tr("\"%1\" was deleted since.");
    if (*now != entry.after)
        return tr("\"%1\" was changed since.");
    return QString();
}

Permission ChangeUndo::permissionFor(const AuditEntry &entry)
{
    if (entry.objectType != group)
        return Permission::ManageSettings;
    // As `group mfa` and the settings' switch ask (Authority::maySetMfaRequired).
    return turnedMfa(verbOf(entry)) ? Permission::ManageOperators : Permission::ManageGroups;
}

Result<void> ChangeUndo::undo(const Services &services, const AuditEntry &entry)
{
    GroupService &groups = services.groups;
    CatalogService &catalog = services.catalog;
    const QString verb = verbOf(entry);
    if (entry.objectType == group) {
        if (verb == "created"_L1)
            return groups.remove(entry.objectId);
        if (verb == "deleted"_L1)
            return bringBack(services, entry);
        if (turnedMfa(verb)) {
            const QJsonValue before = entry.before.value(mfaRequired);
            if (!before.isBool())
                return fail(damaged());
            if (services.mayRequireMfa) {
                if (auto allowed = services.mayRequireMfa(entry.objectId, before.toBool()); !allowed)
                    return allowed;
            }
            return done(groups.setMfaRequired(entry.objectId, before.toBool()));
        }
        if (verb == "activation-changed"_L1) {
            const auto before = Json::toGroupActivation(entry.before);
            if (!before)
                return fail(damaged());
            return services.activation.setGroupActivation(entry.objectId, before->days, before->email);
        }
        if (verb == "settings-changed"_L1) {
            const auto before = Json::toSettings(entry.before);
            if (!before)
                return fail(damaged());
            return done(catalog.updateSettings(entry.objectId, *before));
        }
        const QString name = entry.before.value(u"name"_s).toString();
        if (verb != "renamed"_L1 || name.isEmpty())
            return fail(damaged());
        return done(groups.rename(entry.objectId, name));
    }
    const auto kind = fromKey<CatalogKind>(entry.objectType);
    if (!kind)
        return fail(damaged());
    if (verb == "created"_L1)
        return catalog.remove(*kind, entry.objectId);
    if (verb != "changed"_L1 && verb != "deleted"_L1)
        return fail(damaged());
    // Changed: its before again. Deleted: added again as it was, under its own id unless another
    // item has it (a change before the deletion can then be undone next).
    const bool adding = verb == "deleted"_L1;
    const auto put = [adding](const auto &read, auto add, auto update) -> Result<void> {
        if (!read)
            return fail(damaged());
        return adding ? done(add(*read)) : done(update(*read));
    };
    switch (*kind) {
    case CatalogKind::Profile:
        return put(
            Json::toProfile(entry.before), [&](const Profile &item) { return catalog.addProfile(item); },
            [&](const Profile &item) { return catalog.updateProfile(item); });
    case CatalogKind::Storage:
        return put(
            Json::toStorage(entry.before), [&](const Storage &item) { return catalog.addStorage(item); },
            [&](const Storage &item) { return catalog.updateStorage(item); });
    case CatalogKind::Subscription:
        return put(
            Json::toSubscription(entry.before), [&](const Subscription &item) { return catalog.addSubscription(item); },
            [&](const Subscription &item) { return catalog.updateSubscription(item); });
    case CatalogKind::SecurityGroup:
        return put(
            Json::toSecurityGroup(entry.before),
            [&](const SecurityGroup &item) { return catalog.addSecurityGroup(item); },
            [&](const SecurityGroup &item) { return catalog.updateSecurityGroup(item); });
    }
    return fail(damaged());
}

} // namespace bc
