#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/domain/catalog.h"
#include "core/domain/group.h"
#include "core/services/activationservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace bc::cli {

class CatalogResolver;
class Output;

// group settings GROUP [--json] | GROUP --set [OPTIONS]: a group's organization settings, through
// CatalogService::settings and updateSettings; how long activation links last through ActivationService.
class GroupSettingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::GroupSettingsCommands)

public:
    GroupSettingsCommands(CatalogService &catalog, GroupService &groups, ActivationService &activation,
                          CatalogResolver &resolver, Authority &authority, Output &output);

    ExitCode settings(const Invocation &invocation);

private:
    // The options given applied to `settings`; what cannot be read comes back as errors.
    QList<Error> read(const Invocation &invocation, qint64 groupId, GroupSettings &settings);
    ExitCode show(const Invocation &invocation, const Group &group, const GroupSettings &settings);
    // --default-storage, --default-profile, --default-subscription: ID|NAME of what the group may use, or none.
    template<typename T>
    void readDefault(const Invocation &invocation, const QString &option, qint64 groupId, const QString &field,
                     qint64 &id, QList<Error> &errors);
    // The group's own default's name, else what it inherits ("Inherited: Standard from Contoso", "None").
    template<typename T> QString defaultText(qint64 groupId, qint64 own, const DefaultChoice &inherited);
    template<typename T> QJsonValue defaultJson(qint64 groupId, const DefaultChoice &choice);
    static QStringList settingOptions();

    CatalogService &m_catalog;
    GroupService &m_groups;
    ActivationService &m_activation;
    CatalogResolver &m_resolver;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
