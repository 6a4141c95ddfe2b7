#pragma once

#include <QDateTime>
#include <QString>

namespace bc {

// Which entries of the audit log a reader wants; every part left empty keeps all entries.
struct AuditQuery
{
    QDateTime since {}; // at or after
    QDateTime until {}; // before
    QString actor {}; // exactly this actor
    QString action {}; // exactly this action ("account.created")
    QString objectType {}; // "account", "group", "profile", ...
    qint64 groupId = 0; // entries about this group, its accounts and its items; 0: every group
    bool includeSubgroups = false; // and those of every group below it
    QString search {}; // a part of the summary, in any case

    bool operator==(const AuditQuery &) const = default;
};

// Where a page of the log (newest first) goes on from: the entry shown last. Invalid: the start.
struct AuditAnchor
{
    QDateTime at {};
    qint64 id = 0;

    [[nodiscard]] bool isValid() const { return id > 0; }
};

} // namespace bc
