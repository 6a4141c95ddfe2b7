#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/services/activationservice.h"
#include "core/services/authority.h"
#include "core/services/groupservice.h"

#include <QCoreApplication>

namespace bc::cli {

class Output;

// group template GROUP [--json] | --set [--subject S] [--body-file F] [--html-file F] | --reset:
// the activation email a group's new accounts get, through ActivationService.
class GroupTemplateCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::GroupTemplateCommands)

public:
    GroupTemplateCommands(ActivationService &activation, GroupService &groups, Authority &authority, Output &output);

    ExitCode run(const Invocation &invocation);

private:
    ExitCode show(const Invocation &invocation, qint64 groupId);

    ActivationService &m_activation;
    GroupService &m_groups;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
