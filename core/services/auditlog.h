#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/auditquery.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QList>

namespace bc {

class Database;

// The audit log as people read it: the entries a filter keeps, newest first, a page at a time.
// The audit log window and `audit list` ask here; runs on the thread of its Database (the
// workspace's worker).
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(bc::AuditLog)
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    // The most entries one page holds.
    static constexpr int maxPageSize = 1000;

    explicit AuditLog(Database &database);

    // Up to `limit` entries (1 to maxPageSize) that `query` keeps, from the one after `after` on
    // (an invalid anchor: from the newest). The next page goes on from the last entry of this one
    // (anchorOf); a page shorter than `limit` is the last. One statement; a search on SQLite or
    // PostgreSQL may run two more first (AuditStore::searchPlan).
    Result<QList<AuditEntry>> page(const AuditQuery &query, const AuditAnchor &after, int limit);

    // The object types entries are written with: account, group and the catalog kinds' keys.
    static QStringList objectTypes();

    static AuditAnchor anchorOf(const AuditEntry &entry) { return {.at = entry.at, .id = entry.id}; }

private:
    Database &m_db;
};

} // namespace bc
