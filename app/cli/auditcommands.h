#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/domain/auditentry.h"
#include "core/services/authority.h"

#include <QCoreApplication>
#include <QHash>

namespace bc {
class AuditLog;
class GroupService;
} // namespace bc

namespace bc::cli {

class Output;

// audit list: the entries of the audit log a filter keeps, newest first, as a table, JSON or CSV,
// read a page at a time through AuditLog.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AuditCommands)

public:
    AuditCommands(AuditLog &audit, GroupService &groups, Authority &authority, Output &output);

    ExitCode list(const Invocation &invocation);

private:
    enum class Format
    {
        Table,
        Json,
        Csv
    };

    // Where an entry is filed: its group's path, the id of a group that is gone, or nothing.
    QString groupOf(const AuditEntry &entry) const;

    AuditLog &m_audit;
    GroupService &m_groups;
    Authority &m_authority;
    Output &m_output;
    QHash<qint64, QString> m_paths; // the paths of the groups of the entries read so far
};

} // namespace bc::cli
