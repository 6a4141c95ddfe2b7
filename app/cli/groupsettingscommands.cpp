#include "app/cli/groupsettingscommands.h"

#include "app/cli/catalogresolver.h"
#include "app/cli/commandcatalog.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/json.h"
#include "core/rules/accountrules.h"
#include "core/rules/groupdefaults.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

QString serviceKeys(const QList<Service> &services)
{
    QStringList keys;
    for (Service service : services)
        keys.append(toKey(service));
    return keys.join(u", "_s);
}

QString serviceKeys(Services services)
{
    QList<Service> on;
    for (Service service : allServices) {
        if (services.testFlag(service))
            on.append(service);
    }
    return serviceKeys(on);
}

// KEY=on|off items of `option` switched in `services`.
void readServices(const Invocation &invocation, const QString &option, Services &services, QList<Error> &errors)
{
    for (const auto &[key, on] : OptionReader::switches(invocation, option, errors)) {
        if (auto service = fromKey<Service>(key))
            services.setFlag(*service, on);
        else
            errors.append({Error::Code::Invalid, option,
                           GroupSettingsCommands::tr("There is no service \"%1\"; choose one of %2.")
                               .arg(key, serviceKeys({allServices.cbegin(), allServices.cend()}))});
    }
}

} // namespace

GroupSettingsCommands::GroupSettingsCommands(CatalogService &catalog, GroupService &groups,
                                             ActivationService &activation, CatalogResolver &resolver,
                                             Authority &authority, Output &output)
    : m_catalog(catalog)
    , m_groups(groups)
    , m_activation(activation)
    , m_resolver(resolver)
    , m_authority(authority)
    , m_output(output)
{
}

QStringList GroupSettingsCommands::settingOptions()
{
    return {u"customer-id"_s,     u"contact-company"_s,  u"contact-address"_s,
            u"contact-phone"_s,   u"contact-email"_s,    u"service"_s,
            u"auto-backup"_s,     u"digest-recipient"_s, u"no-digest-recipients"_s,
            u"default-storage"_s, u"default-profile"_s,  u"default-subscription"_s,
            u"limit"_s,           u"activation-days"_s};
}

ExitCode GroupSettingsCommands::settings(const Invocation &invocation)
{
    const QStringList changes = settingOptions();
    const bool changing = std::any_of(changes.cbegin(), changes.cend(),
                                      [&invocation](const QString &option) { return invocation.isSet(option); });
    if (changing != invocation.isSet(u"set"_s))
        return m_output.usageError(changing ? tr("Add --set to change settings.")
                                            : tr("--set needs an option that says what to change."),
                                   CommandCatalog::usageHint(u"group settings"_s));
    auto group = m_groups.resolve(invocation.argument(0));
    if (!group)
        return m_output.error(group.error());
    if (auto allowed =
            changing ? m_authority.allows(Permission::ManageGroups, group->id) : m_authority.reaches(group->id);
        !allowed)
        return m_output.refused(allowed.error());
    auto current = m_catalog.settings(group->id);
    if (!current)
        return m_output.error(current.error());
    if (!changing)
        return show(invocation, *group, *current);

    GroupSettings wanted = *current;
    QList<Error> errors = Output::merged(read(invocation, group->id, wanted), m_catalog.validate(group->id, wanted));
    const std::optional<int> days = OptionReader::number(invocation, u"activation-days"_s, 0, errors);
    if (!errors.isEmpty())
        return m_output.errors(errors);
    if (days) {
        if (auto saved = m_activation.setActivationDays(group->id, *days); !saved) {
            Error error = saved.error();
            error.field = u"activation-days"_s;
            return m_output.error(error);
        }
    }
    const bool settingsGiven = std::any_of(changes.cbegin(), changes.cend(), [&invocation](const QString &option) {
        return option != "activation-days"_L1 && invocation.isSet(option);
    });
    if (settingsGiven) {
        auto saved = m_catalog.updateSettings(group->id, wanted);
        if (!saved)
            return m_output.error(saved.error());
        wanted = *saved;
    }
    if (invocation.isSet(u"json"_s))
        return show(invocation, *group, wanted);
    m_output.data(tr("Changed the settings of \"%1\".").arg(m_groups.pathOr(group->id, group->name)));
    return ExitCode::Success;
}

QList<Error> GroupSettingsCommands::read(const Invocation &invocation, qint64 groupId, GroupSettings &settings)
{
    QList<Error> errors;
    const std::pair<QString, QString GroupSettings::*> texts[] {
        {u"customer-id"_s, &GroupSettings::customerId},         {u"contact-company"_s, &GroupSettings::contactCompany},
        {u"contact-address"_s, &GroupSettings::contactAddress}, {u"contact-phone"_s, &GroupSettings::contactPhone},
        {u"contact-email"_s, &GroupSettings::contactEmail},
    };
    for (const auto &[option, member] : texts) {
        if (auto value = OptionReader::text(invocation, option))
            settings.*member = *value;
    }
    readServices(invocation, u"service"_s, settings.services, errors);
    readServices(invocation, u"auto-backup"_s, settings.backupNewUsersAutomatically, errors);
    if (invocation.isSet(u"no-digest-recipients"_s))
        settings.digestRecipients.clear();
    else if (invocation.isSet(u"digest-recipient"_s))
        settings.digestRecipients = invocation.values(u"digest-recipient"_s);
    readDefault<Storage>(invocation, u"default-storage"_s, groupId, Field::storage, settings.defaultStorageId, errors);
    readDefault<Profile>(invocation, u"default-profile"_s, groupId, Field::profile, settings.defaultProfileId, errors);
    readDefault<Subscription>(invocation, u"default-subscription"_s, groupId, Field::subscriptions,
                              settings.defaultSubscriptionId, errors);
    OptionReader::readQuotas(invocation, u"limit"_s, false, settings.limits, errors);
    return errors;
}

template<typename T>
void GroupSettingsCommands::readDefault(const Invocation &invocation, const QString &option, qint64 groupId,
                                        const QString &field, qint64 &id, QList<Error> &errors)
{
    if (!invocation.isSet(option))
        return;
    const QString value = invocation.value(option).trimmed();
    if (value.compare("none"_L1, Qt::CaseInsensitive) == 0) {
        id = 0;
        return;
    }
    if (auto item = m_resolver.find<T>(groupId, value, CatalogScope::Available, field))
        id = item->id;
    else
        errors.append(item.error());
}

template<typename T>
QString GroupSettingsCommands::defaultText(qint64 groupId, qint64 own, const DefaultChoice &inherited)
{
    if (own != 0)
        return m_resolver.nameOf<T>(groupId, own);
    return GroupDefaults::inheritedText(inherited, m_resolver.nameOf<T>(groupId, inherited.id));
}

template<typename T> QJsonValue GroupSettingsCommands::defaultJson(qint64 groupId, const DefaultChoice &choice)
{
    if (choice.origin == DefaultChoice::Origin::None)
        return QJsonValue::Null;
    QJsonObject object {{u"id"_s, choice.id},
                        {u"name"_s, m_resolver.nameOf<T>(groupId, choice.id)},
                        {u"origin"_s, toKey(choice.origin)}};
    if (choice.groupId != 0) {
        object.insert(u"groupId"_s, choice.groupId);
        object.insert(u"group"_s, m_groups.pathOr(choice.groupId, choice.groupName));
    }
    return object;
}

ExitCode GroupSettingsCommands::show(const Invocation &invocation, const Group &group, const GroupSettings &settings)
{
    auto days = m_activation.activationDays(group.id);
    if (!days)
        return m_output.error(days.error());
    // What the group's new accounts start with, and what it would inherit: core's rule.
    auto catalog = m_catalog.catalog(group.id);
    if (!catalog)
        return m_output.error(catalog.error());
    if (invocation.isSet(u"json"_s)) {
        QJsonObject object = Json::fromSettings(settings);
        object.insert(u"activationDays"_s, *days);
        object.insert(u"effectiveDefaults"_s,
                      QJsonObject {
                          {u"profile"_s, defaultJson<Profile>(group.id, catalog->defaultProfile)},
                          {u"subscription"_s, defaultJson<Subscription>(group.id, catalog->defaultSubscription)},
                          {u"storage"_s,
                           defaultJson<Storage>(group.id,
                                                settings.defaultStorageId != 0
                                                    ? DefaultChoice {settings.defaultStorageId,
                                                                     DefaultChoice::Origin::Own, group.id, group.name}
                                                    : catalog->inheritedStorage)},
                      });
        m_output.json(object);
        return ExitCode::Success;
    }
    const QString none = tr("none");
    TextTable table;
    table.addRow({tr("Customer id:"), settings.customerId});
    table.addRow({tr("Contact company:"), settings.contactCompany});
    table.addRow({tr("Contact address:"), QString(settings.contactAddress).replace(u'\n', u"; "_s)});
    table.addRow({tr("Contact phone:"), settings.contactPhone});
    table.addRow({tr("Contact email:"), settings.contactEmail});
    const QString on = serviceKeys(settings.services);
    const QString off = serviceKeys(everyService & ~settings.services);
    table.addRow({tr("Services on:"), on.isEmpty() ? none : on});
    table.addRow({tr("Services off:"), off.isEmpty() ? none : off});
    const QString automatic = serviceKeys(settings.backupNewUsersAutomatically);
    table.addRow({tr("Back up new users automatically:"), automatic.isEmpty() ? none : automatic});
    table.addRow({tr("Digest recipients:"),
                  settings.digestRecipients.isEmpty() ? none : settings.digestRecipients.join(u", "_s)});
    table.addRow(
        {tr("Default profile:"), defaultText<Profile>(group.id, settings.defaultProfileId, catalog->inheritedProfile)});
    table.addRow({tr("Default subscription:"),
                  defaultText<Subscription>(group.id, settings.defaultSubscriptionId, catalog->inheritedSubscription)});
    table.addRow(
        {tr("Default storage:"), defaultText<Storage>(group.id, settings.defaultStorageId, catalog->inheritedStorage)});
    for (Resource resource : allResources)
        table.addRow({tr("%1 limit:").arg(Quotas::displayName(resource)),
                      Quotas::formatLimit(resource, settings.limits[resource].limit)});
    table.addRow({tr("Activation links valid:"), tr("%n day(s)", nullptr, *days)});
    m_output.data(table.toString());
    return ExitCode::Success;
}

} // namespace bc::cli
