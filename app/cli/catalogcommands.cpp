#include "app/cli/catalogcommands.h"

#include "app/cli/catalogitemreader.h"
#include "app/cli/catalogresolver.h"
#include "app/cli/commandcatalog.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

Result<Profile> save(CatalogService &catalog, const Profile &item, bool adding)
{
    return adding ? catalog.addProfile(item) : catalog.updateProfile(item);
}
Result<Storage> save(CatalogService &catalog, const Storage &item, bool adding)
{
    return adding ? catalog.addStorage(item) : catalog.updateStorage(item);
}
Result<Subscription> save(CatalogService &catalog, const Subscription &item, bool adding)
{
    return adding ? catalog.addSubscription(item) : catalog.updateSubscription(item);
}
Result<SecurityGroup> save(CatalogService &catalog, const SecurityGroup &item, bool adding)
{
    return adding ? catalog.addSecurityGroup(item) : catalog.updateSecurityGroup(item);
}

// The columns each kind adds to Id, Name (and Group): header, then the cells of one item.
QStringList columns(const Profile *)
{
    return {CatalogCommands::tr("Data lock"), CatalogCommands::tr("Backup locations"),
            CatalogCommands::tr("Notifications"), CatalogCommands::tr("Storage quota")};
}
QStringList cells(const Profile &item)
{
    return {item.dataLock ? CatalogCommands::tr("yes") : CatalogCommands::tr("no"),
            AccountText::label(item.backupLocations), AccountText::label(item.notificationLevel),
            Quotas::formatLimit(Resource::Storage, item.quotas[Resource::Storage].limit)};
}
QStringList columns(const Storage *)
{
    return {CatalogCommands::tr("Region")};
}
QStringList cells(const Storage &item)
{
    return {item.region};
}
QStringList columns(const Subscription *)
{
    return {};
}
QStringList cells(const Subscription &)
{
    return {};
}
QStringList columns(const SecurityGroup *)
{
    return {CatalogCommands::tr("Permissions")};
}
QStringList cells(const SecurityGroup &item)
{
    QStringList keys;
    for (Permission permission : allPermissions) {
        if (item.permissions.testFlag(permission))
            keys.append(toKey(permission));
    }
    return {keys.join(u", "_s)};
}

} // namespace

CatalogCommands::CatalogCommands(CatalogService &catalog, GroupService &groups, CatalogResolver &resolver,
                                 Authority &authority, Output &output)
    : m_catalog(catalog)
    , m_groups(groups)
    , m_resolver(resolver)
    , m_authority(authority)
    , m_output(output)
{
}

ExitCode CatalogCommands::run(const Invocation &invocation)
{
    // The command's first word is the kind's key.
    switch (fromKey<CatalogKind>(invocation.command()->words.first()).value_or(CatalogKind::SecurityGroup)) {
    case CatalogKind::Profile:
        return run<Profile>(invocation);
    case CatalogKind::Storage:
        return run<Storage>(invocation);
    case CatalogKind::Subscription:
        return run<Subscription>(invocation);
    case CatalogKind::SecurityGroup:
        break;
    }
    return run<SecurityGroup>(invocation);
}

template<typename T> ExitCode CatalogCommands::run(const Invocation &invocation)
{
    const CommandSpec &command = *invocation.command();
    const QString verb = command.words.value(1);
    if (!invocation.isSet(u"group"_s) || (verb == "add"_L1 && !invocation.isSet(u"name"_s)))
        return m_output.usageError(tr("The command \"%1\" needs %2.")
                                       .arg(command.name(), invocation.isSet(u"group"_s) ? u"--name"_s : u"--group"_s),
                                   CommandCatalog::usageHint(command.name()));
    auto group = m_groups.resolve(invocation.value(u"group"_s));
    if (!group)
        return m_output.error(group.error());
    if (auto allowed = verb == "list"_L1 ? m_authority.reaches(group->id)
                                         : m_authority.allows(Permission::ManageSettings, group->id);
        !allowed)
        return m_output.refused(allowed.error());
    if (verb == "add"_L1)
        return add<T>(invocation, *group);
    if (verb == "list"_L1)
        return list<T>(invocation, *group);
    if (verb == "edit"_L1)
        return edit<T>(invocation, *group);
    return remove<T>(invocation, *group);
}

template<typename T> ExitCode CatalogCommands::save(const Invocation &invocation, const T &item, bool adding)
{
    // A security group gives its permissions to its accounts: only those its maker has.
    if constexpr (std::is_same_v<T, SecurityGroup>) {
        if (auto granted = m_authority.mayGrant(item.permissions); !granted)
            return m_output.refused(granted.error());
    }
    return saved<T>(invocation, bc::cli::save(m_catalog, item, adding), adding ? Change::Created : Change::Changed);
}

template<typename T> ExitCode CatalogCommands::saved(const Invocation &invocation, const Result<T> &item, Change change)
{
    if (!item)
        return m_output.error(item.error());
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::from(*item));
    else
        m_output.data(changeMessage(CatalogResolver::kindOf<T>(), change, item->name, item->id));
    return ExitCode::Success;
}

template<typename T> ExitCode CatalogCommands::add(const Invocation &invocation, const Group &group)
{
    T item;
    item.groupId = group.id;
    if (const QList<Error> errors = CatalogItemReader::read(invocation, item); !errors.isEmpty())
        return m_output.errors(errors);
    return save<T>(invocation, item, true);
}

template<typename T> ExitCode CatalogCommands::edit(const Invocation &invocation, const Group &group)
{
    const CatalogKind kind = CatalogResolver::kindOf<T>();
    auto item = m_resolver.find<T>(group.id, invocation.argument(0), CatalogScope::Defined, toKey(kind));
    if (!item)
        return m_output.error(item.error());
    if (const QList<Error> errors = CatalogItemReader::read(invocation, *item); !errors.isEmpty())
        return m_output.errors(errors);
    return save<T>(invocation, *item, false);
}

template<typename T> ExitCode CatalogCommands::remove(const Invocation &invocation, const Group &group)
{
    const CatalogKind kind = CatalogResolver::kindOf<T>();
    auto item = m_resolver.find<T>(group.id, invocation.argument(0), CatalogScope::Defined, toKey(kind));
    if (!item)
        return m_output.error(item.error());
    if (auto removed = m_catalog.remove(kind, item->id); !removed)
        return m_output.error(removed.error());
    m_output.data(changeMessage(kind, Change::Deleted, item->name, item->id));
    return ExitCode::Success;
}

template<typename T> ExitCode CatalogCommands::list(const Invocation &invocation, const Group &group)
{
    const bool available = invocation.isSet(u"available"_s);
    auto items = m_resolver.list<T>(group.id, available ? CatalogScope::Available : CatalogScope::Defined);
    if (!items)
        return m_output.error(items.error());
    if (invocation.isSet(u"json"_s)) {
        QJsonArray array;
        for (const T &item : std::as_const(*items))
            array.append(Json::from(item));
        m_output.json(array);
        return ExitCode::Success;
    }
    QStringList header {tr("Id"), tr("Name")};
    if (available)
        header.append(tr("Group"));
    TextTable table(header + columns(static_cast<const T *>(nullptr)));
    for (const T &item : std::as_const(*items)) {
        QStringList row {QString::number(item.id), item.name};
        if (available)
            row.append(m_groups.pathOr(item.groupId));
        table.addRow(row + cells(item));
    }
    if (!items->isEmpty())
        m_output.data(table.toString());
    m_output.message(tr("Shown: %n.", nullptr, static_cast<int>(items->size())));
    return ExitCode::Success;
}

QString CatalogCommands::changeMessage(CatalogKind kind, Change change, const QString &name, qint64 id)
{
    switch (kind) {
    case CatalogKind::Profile:
        return (change == Change::Created       ? tr("Created profile \"%1\" (id %2).")
                    : change == Change::Changed ? tr("Changed profile \"%1\" (id %2).")
                                                : tr("Deleted profile \"%1\" (id %2)."))
            .arg(name)
            .arg(id);
    case CatalogKind::Storage:
        return (change == Change::Created       ? tr("Created storage \"%1\" (id %2).")
                    : change == Change::Changed ? tr("Changed storage \"%1\" (id %2).")
                                                : tr("Deleted storage \"%1\" (id %2)."))
            .arg(name)
            .arg(id);
    case CatalogKind::Subscription:
        return (change == Change::Created       ? tr("Created subscription \"%1\" (id %2).")
                    : change == Change::Changed ? tr("Changed subscription \"%1\" (id %2).")
                                                : tr("Deleted subscription \"%1\" (id %2)."))
            .arg(name)
            .arg(id);
    case CatalogKind::SecurityGroup:
        return (change == Change::Created       ? tr("Created security group \"%1\" (id %2).")
                    : change == Change::Changed ? tr("Changed security group \"%1\" (id %2).")
                                                : tr("Deleted security group \"%1\" (id %2)."))
            .arg(name)
            .arg(id);
    }
    return {};
}

} // namespace bc::cli
