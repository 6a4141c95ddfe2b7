#pragma once

#include "exitcode.h"
#include "invocation.h"

#include "group.h"
#include "groupservice.h"

#include <QCoreApplication>

namespace bc::cli {

class Output;

// group add | list | rename | delete.
class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::GroupCommands)

public:
    GroupCommands(GroupService &groups, Output &output);

    ExitCode add(const Invocation &invocation);
    ExitCode list(const Invocation &invocation);
    ExitCode rename(const Invocation &invocation);
    ExitCode remove(const Invocation &invocation);

private:
    QString describe(const Group &group);

    GroupService &m_groups;
    Output &m_output;
};

} // namespace bc::cli
