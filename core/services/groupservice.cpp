#include "core/services/groupservice.h"

#include "core/domain/json.h"
#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/services/activationservice.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/recyclebinstore.h"
#include "core/storage/smtpsettingsstore.h"

using namespace Qt::StringLiterals;

namespace bc {

GroupService::GroupService(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

Result<Group> GroupService::createRoot(const QString &name)
{
    return create(0, name);
}

Error GroupService::nameTaken(const QString &name)
{
    return {Error::Code::NameTaken, Field::groupName,
            tr("There is a group named \"%1\" here already; choose another name.").arg(name.trimmed())};
}

Result<void> GroupService::checkName(qint64 parentId, const QString &name, qint64 exceptId)
{
    if (auto valid = GroupRules::checkName(name); !valid)
        return fail(valid.error());
    auto taken = GroupStore(m_db).siblingNameExists(parentId, name.trimmed(), exceptId);
    if (!taken)
        return fail(taken.error());
    if (*taken)
        return fail(nameTaken(name));
    return {};
}

Result<Group> GroupService::create(qint64 parentId, const QString &name, const Quotas &limits)
{
    return make(parentId, name, limits, 0);
}

Result<Group> GroupService::recreate(qint64 id, qint64 parentId, const QString &name)
{
    return make(parentId, name, {}, id);
}

Result<Group> GroupService::make(qint64 parentId, const QString &name, const Quotas &limits, qint64 wantedId)
{
    if (auto valid = GroupRules::checkName(name); !valid)
        return fail(valid.error());
    const QString trimmed = name.trimmed();
    auto created = m_db.write([&]() -> Result<Group> {
        GroupStore groups(m_db);
        if (parentId == 0) {
            auto existingRoot = groups.root();
            if (!existingRoot)
                return fail(existingRoot.error());
            if (*existingRoot)
                return fail(Error::Code::NotAllowed, Field::groupName, tr("The database has a top group already."));
        } else if (auto parent = groups.byId(parentId); !parent) {
            return fail(parent.error());
        }
        auto taken = groups.siblingNameExists(parentId, trimmed);
        if (!taken)
            return fail(taken.error());
        if (*taken)
            return fail(nameTaken(trimmed));
        if (wantedId > 0) {
            if (auto holder = groups.byId(wantedId); holder)
                wantedId = 0; // another group's now
            else if (holder.error().code != Error::Code::NotFound)
                return fail(holder.error());
        }
        auto id = groups.insert(parentId, trimmed, limits, Timestamps::now(), wantedId);
        if (!id)
            return fail(id.error());
        auto group = groups.byId(*id);
        if (!group)
            return group;
        if (auto audited = AuditStore(m_db).append({.action = u"group.created"_s,
                                                    .objectType = u"group"_s,
                                                    .objectId = *id,
                                                    .groupId = *id,
                                                    .summary = trimmed,
                                                    .after = Json::fromGroup(*group)});
            !audited)
            return fail(audited.error());
        return group;
    });
    if (!created) {
        if (created.error().code == Error::Code::NameTaken)
            created.error().field = Field::groupName;
        return created;
    }
    Q_EMIT groupAdded(*created);
    return created;
}

Result<Group> GroupService::rename(qint64 id, const QString &name)
{
    if (auto valid = GroupRules::checkName(name); !valid)
        return fail(valid.error());
    const QString trimmed = name.trimmed();
    auto renamed = m_db.write([&]() -> Result<Group> {
        GroupStore groups(m_db);
        auto before = groups.byId(id);
        if (!before)
            return before;
        if (before->name == trimmed)
            return before;
        auto taken = groups.siblingNameExists(before->parentId, trimmed, id);
        if (!taken)
            return fail(taken.error());
        if (*taken)
            return fail(nameTaken(trimmed));
        if (auto done = groups.rename(id, trimmed); !done)
            return fail(done.error());
        auto after = groups.byId(id);
        if (!after)
            return after;
        if (auto audited = AuditStore(m_db).append({.action = u"group.renamed"_s,
                                                    .objectType = u"group"_s,
                                                    .objectId = id,
                                                    .groupId = id,
                                                    .summary = trimmed,
                                                    .before = Json::fromGroup(*before),
                                                    .after = Json::fromGroup(*after)});
            !audited)
            return fail(audited.error());
        return after;
    });
    if (renamed)
        Q_EMIT groupChanged(*renamed);
    return renamed;
}

Result<Group> GroupService::setMfaRequired(qint64 id, bool required)
{
    bool changed = false;
    auto done = m_db.write([&]() -> Result<Group> {
        GroupStore groups(m_db);
        auto before = groups.byId(id);
        if (!before || before->mfaRequired == required)
            return before;
        if (auto set = groups.setMfaRequired(id, required); !set)
            return fail(set.error());
        auto after = groups.byId(id);
        if (!after)
            return after;
        if (auto audited =
                AuditStore(m_db).append({.action = required ? u"group.mfa-required"_s : u"group.mfa-optional"_s,
                                         .objectType = u"group"_s,
                                         .objectId = id,
                                         .groupId = id,
                                         .summary = after->name,
                                         .before = Json::fromGroup(*before),
                                         .after = Json::fromGroup(*after)});
            !audited)
            return fail(audited.error());
        changed = true;
        return after;
    });
    if (done && changed)
        Q_EMIT groupChanged(*done);
    return done;
}

Result<void> GroupService::remove(qint64 id)
{
    qint64 parentId = 0;
    auto removed = m_db.write([&]() -> Result<void> {
        GroupStore groups(m_db);
        auto group = groups.byId(id);
        if (!group)
            return fail(group.error());
        // Checked first: emptying the top group would not make it removable.
        if (group->isRoot())
            return fail(Error::Code::NotAllowed, Field::group, tr("The top group cannot be deleted."));
        if (group->accountCount > 0)
            return fail(Error::Code::NotAllowed, Field::group,
                        tr("\"%1\" still has %n account(s). Move or delete them first.", nullptr, group->accountCount)
                            .arg(group->name));
        if (group->childCount > 0)
            return fail(
                Error::Code::NotAllowed, Field::group,
                tr("\"%1\" still has %n subgroup(s). Delete them first.", nullptr, group->childCount).arg(group->name));
        auto kept = RecycleBinStore(m_db).countInGroup(id);
        if (!kept)
            return fail(kept.error());
        if (*kept > 0)
            return fail(Error::Code::NotAllowed, Field::group,
                        tr("\"%1\" still has %n deleted account(s) in the recycle bin (View → Deleted accounts). "
                           "Restore or purge them first.",
                           nullptr, *kept)
                            .arg(group->name));
        parentId = group->parentId;
        // What Edit → Undo needs to make it again as it was (ChangeUndo): it is empty, and its
        // email template and digest recipients go with it.
        auto settings = groups.settings(id);
        if (!settings)
            return fail(settings.error());
        auto activation = ActivationService(m_db).groupActivation(id);
        if (!activation)
            return fail(activation.error());
        QJsonObject before = Json::fromGroup(*group);
        before.insert(u"settings"_s, Json::fromSettings(*settings));
        before.insert(u"activation"_s, Json::fromGroupActivation(*activation));
        if (auto done = groups.remove(id); !done)
            return done;
        return AuditStore(m_db).append({.action = u"group.deleted"_s,
                                        .objectType = u"group"_s,
                                        .objectId = id,
                                        .groupId = parentId,
                                        .summary = group->name,
                                        .before = before});
    });
    if (removed)
        Q_EMIT groupRemoved(id, parentId);
    return removed;
}

Result<std::optional<Group>> GroupService::root()
{
    return GroupStore(m_db).root();
}

Result<FirstSteps> GroupService::firstSteps()
{
    FirstSteps steps;
    SmtpSettings smtp;
    if (auto read = m_db.readTogether(
            {GroupStore(m_db).firstStepsRead(&steps), SmtpSettingsStore(m_db).smtpSettingsRead(&smtp)});
        !read)
        return fail(read.error());
    steps.email = smtp.isConfigured();
    return steps;
}

Result<Group> GroupService::group(qint64 id)
{
    return GroupStore(m_db).byId(id);
}

Result<QList<Group>> GroupService::children(qint64 parentId)
{
    return GroupStore(m_db).children(parentId);
}

Result<QHash<qint64, QList<Group>>> GroupService::childrenOf(const QList<qint64> &parentIds)
{
    return GroupStore(m_db).childrenOf(parentIds);
}

Result<QList<Group>> GroupService::all()
{
    return GroupStore(m_db).all();
}

Result<QList<qint64>> GroupService::ancestry(qint64 id)
{
    return GroupStore(m_db).ancestry(id);
}

Result<QString> GroupService::path(qint64 id)
{
    // The whole chain in one statement: over a slow link each group read is a round trip.
    GroupStore groups(m_db);
    auto paths = groups.paths({id});
    if (!paths)
        return fail(paths.error());
    if (auto found = paths->constFind(id); found != paths->cend())
        return *found;
    // No such group: the same answer as reading it.
    auto group = groups.byId(id);
    if (!group)
        return fail(group.error());
    return group->name;
}

QString GroupService::pathOr(qint64 id, const QString &fallback)
{
    auto found = path(id);
    if (found)
        return *found;
    return fallback.isNull() ? QString::number(id) : fallback;
}

Result<QList<GroupMatch>> GroupService::findByPath(const QString &text, int limit)
{
    return GroupStore(m_db).findByPath(text, limit);
}

Result<QHash<qint64, QString>> GroupService::paths(const QList<qint64> &ids)
{
    return GroupStore(m_db).paths(ids);
}

Result<Group> GroupService::resolve(const QString &idOrPath)
{
    const QString text = idOrPath.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    GroupStore groups(m_db);
    if (isNumber) {
        // An id; a group named like a number is still found by its path below.
        if (auto group = groups.byId(id); group)
            return group;
        else if (group.error().code != Error::Code::NotFound)
            return fail(group.error());
        if (!text.contains(u'/')) {
            auto top = groups.root();
            if (!top)
                return fail(top.error());
            if (!*top || GroupRules::nameKey((*top)->name) != GroupRules::nameKey(text))
                return fail(Error::Code::NotFound, Field::group, tr("There is no group with the id %1.").arg(id));
        }
    }
    const QStringList names = text.split(u'/', Qt::SkipEmptyParts);
    if (names.isEmpty())
        return fail(Error::Code::Invalid, Field::group, tr("Name a group by its id or its path from the top group."));
    auto current = groups.root();
    if (!current)
        return fail(current.error());
    if (!*current || GroupRules::nameKey((*current)->name) != GroupRules::nameKey(names.first()))
        return fail(Error::Code::NotFound, Field::group,
                    tr("There is no group \"%1\"; a path starts with the top group's name.").arg(text));
    Group group = **current;
    for (qsizetype i = 1; i < names.size(); ++i) {
        auto children = groups.children(group.id);
        if (!children)
            return fail(children.error());
        const QString key = GroupRules::nameKey(names.at(i));
        const auto it = std::find_if(children->cbegin(), children->cend(),
                                     [&key](const Group &child) { return GroupRules::nameKey(child.name) == key; });
        if (it == children->cend())
            return fail(Error::Code::NotFound, Field::group,
                        tr("There is no group \"%1\" in \"%2\".").arg(names.at(i), group.name));
        group = *it;
    }
    return group;
}

Result<Quotas> GroupService::effectiveLimits(qint64 id)
{
    return GroupStore(m_db).effectiveLimits(id);
}

} // namespace bc
