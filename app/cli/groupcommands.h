#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/domain/group.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"

#include <QCoreApplication>

namespace bc::cli {

class Output;

// group add | list | rename | delete | mfa.
class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::GroupCommands)

public:
    GroupCommands(GroupService &groups, CatalogService &catalog, Authority &authority, Output &output);

    ExitCode add(const Invocation &invocation);
    ExitCode list(const Invocation &invocation);
    ExitCode rename(const Invocation &invocation);
    ExitCode remove(const Invocation &invocation);
    // group mfa require | optional GROUP
    ExitCode mfa(const Invocation &invocation);

private:
    QString describe(const Group &group);
    // `group add --customer-id`: the new group's settings, or the group undone when core refuses.
    Result<void> setCustomerId(qint64 groupId, const QString &customerId);

    GroupService &m_groups;
    CatalogService &m_catalog;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
