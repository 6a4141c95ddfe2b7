#pragma once

#include "exitcode.h"
#include "invocation.h"

#include "activationservice.h"
#include "catalog.h"
#include "catalogservice.h"
#include "group.h"
#include "groupservice.h"

#include <QCoreApplication>

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
                          CatalogResolver &resolver, Output &output);

    ExitCode settings(const Invocation &invocation);

private:
    // The options given applied to `settings`; what cannot be read comes back as errors.
    QList<Error> read(const Invocation &invocation, qint64 groupId, GroupSettings &settings);
    ExitCode show(const Invocation &invocation, const Group &group, const GroupSettings &settings);
    static QStringList settingOptions();

    CatalogService &m_catalog;
    GroupService &m_groups;
    ActivationService &m_activation;
    CatalogResolver &m_resolver;
    Output &m_output;
};

} // namespace bc::cli
