#include "app/cli/groupcommands.h"

#include "app/cli/output.h"

#include "core/domain/json.h"
#include "core/rules/accountrules.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::cli {

GroupCommands::GroupCommands(GroupService &groups, CatalogService &catalog, Authority &authority, Output &output)
    : m_groups(groups)
    , m_catalog(catalog)
    , m_authority(authority)
    , m_output(output)
{
}

QString GroupCommands::describe(const Group &group)
{
    return m_groups.pathOr(group.id, group.name);
}

Result<void> GroupCommands::setCustomerId(qint64 groupId, const QString &customerId)
{
    auto settings = m_catalog.settings(groupId);
    if (!settings)
        return fail(settings.error());
    settings->customerId = customerId;
    if (auto saved = m_catalog.updateSettings(groupId, *settings); !saved) {
        // The group and its customer id are one request: without the id, no group.
        static_cast<void>(m_groups.remove(groupId));
        return fail(saved.error());
    }
    return {};
}

ExitCode GroupCommands::add(const Invocation &invocation)
{
    const QString name = invocation.argument(0);
    qint64 parentId = 0;
    if (invocation.isSet(u"parent"_s)) {
        auto parent = m_groups.resolve(invocation.value(u"parent"_s));
        if (!parent) {
            Error error = parent.error();
            error.field = u"parent"_s;
            return m_output.error(error);
        }
        parentId = parent->id;
    } else {
        // Without --parent: the top group when the database has none, else a child of it.
        auto root = m_groups.root();
        if (!root)
            return m_output.error(root.error());
        if (*root)
            parentId = (*root)->id;
    }
    if (auto allowed = m_authority.allows(Permission::ManageGroups, parentId); !allowed)
        return m_output.refused(allowed.error());
    auto created = parentId == 0 ? m_groups.createRoot(name) : m_groups.create(parentId, name);
    if (!created)
        return m_output.error(created.error());
    if (invocation.isSet(u"customer-id"_s)) {
        if (auto saved = setCustomerId(created->id, invocation.value(u"customer-id"_s)); !saved)
            return m_output.error(saved.error());
    }
    const QString path = describe(*created);
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromGroup(*created, path));
    else
        m_output.data(tr("Created group \"%1\" (id %2).").arg(path).arg(created->id));
    return ExitCode::Success;
}

ExitCode GroupCommands::list(const Invocation &invocation)
{
    auto groups = m_groups.all();
    if (!groups)
        return m_output.error(groups.error());

    // all() lists parents before children, siblings by name; walk the tree depth first.
    QHash<qint64, QList<Group>> children;
    for (const Group &group : std::as_const(*groups))
        children[group.parentId].append(group);

    struct Entry
    {
        Group group;
        int depth;
    };
    QList<Entry> entries;
    QList<Entry> stack;
    // An operator sees its own group and the groups below it.
    QList<Group> roots = children.value(0);
    if (m_authority.scope() != 0) {
        const auto own = std::find_if(groups->cbegin(), groups->cend(),
                                      [this](const Group &group) { return group.id == m_authority.scope(); });
        roots = own != groups->cend() ? QList<Group> {*own} : QList<Group>();
    }
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const Entry entry = stack.takeLast();
        entries.append(entry);
        const QList<Group> below = children.value(entry.group.id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append({*it, entry.depth + 1});
    }

    if (invocation.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Entry &entry : std::as_const(entries)) {
            auto path = m_groups.path(entry.group.id);
            if (!path)
                return m_output.error(path.error());
            array.append(Json::fromGroup(entry.group, *path));
        }
        m_output.json(array);
        return ExitCode::Success;
    }
    if (entries.isEmpty()) {
        m_output.message(tr("The database has no groups yet; create the top group with \"group add NAME\"."));
        return ExitCode::Success;
    }
    QStringList lines;
    for (const Entry &entry : std::as_const(entries)) {
        lines.append(tr("%1%2  (id %3, accounts: %4)")
                         .arg(QString(entry.depth * 2, u' '), entry.group.name)
                         .arg(entry.group.id)
                         .arg(entry.group.accountCount));
    }
    m_output.data(lines.join(u'\n'));
    return ExitCode::Success;
}

ExitCode GroupCommands::rename(const Invocation &invocation)
{
    auto group = m_groups.resolve(invocation.argument(0));
    if (!group)
        return m_output.error(group.error());
    if (auto allowed = m_authority.allows(Permission::ManageGroups, group->id); !allowed)
        return m_output.refused(allowed.error());
    auto renamed = m_groups.rename(group->id, invocation.argument(1));
    if (!renamed)
        return m_output.error(renamed.error());
    const QString path = describe(*renamed);
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromGroup(*renamed, path));
    else
        m_output.data(tr("Renamed group %1 to \"%2\".").arg(renamed->id).arg(path));
    return ExitCode::Success;
}

ExitCode GroupCommands::mfa(const Invocation &invocation)
{
    const bool required = invocation.command()->words.value(2) == "require"_L1;
    auto group = m_groups.resolve(invocation.argument(0));
    if (!group)
        return m_output.error(group.error());
    if (auto allowed = m_authority.maySetMfaRequired(group->id, required); !allowed)
        return m_output.refused(allowed.error());
    auto changed = m_groups.setMfaRequired(group->id, required);
    if (!changed)
        return m_output.error(changed.error());
    const QString path = describe(*changed);
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromGroup(*changed, path));
    else if (required)
        m_output.data(tr("The operators of \"%1\" and of the groups below it need multi-factor authentication to "
                         "sign in.")
                          .arg(path));
    else
        m_output.data(
            tr("\"%1\" no longer requires multi-factor authentication (a group above it still may).").arg(path));
    return ExitCode::Success;
}

ExitCode GroupCommands::remove(const Invocation &invocation)
{
    auto group = m_groups.resolve(invocation.argument(0));
    if (!group)
        return m_output.error(group.error());
    if (auto allowed = m_authority.allows(Permission::ManageGroups, group->id); !allowed)
        return m_output.refused(allowed.error());
    const QString path = describe(*group);
    if (auto removed = m_groups.remove(group->id); !removed) {
        Error error = removed.error();
        if (error.field.isEmpty() && !error.isDatabaseProblem())
            error.field = Field::group;
        return m_output.error(error);
    }
    m_output.data(tr("Deleted group \"%1\" (id %2).").arg(path).arg(group->id));
    return ExitCode::Success;
}

} // namespace bc::cli
