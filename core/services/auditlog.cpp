#include "core/services/auditlog.h"

#include "core/domain/catalogkind.h"
#include "core/domain/fields.h"
#include "core/storage/auditstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

AuditLog::AuditLog(Database &database)
    : m_db(database)
{
}

QStringList AuditLog::objectTypes()
{
    return QStringList {u"account"_s, u"group"_s} + allKeys<CatalogKind>();
}

Result<QList<AuditEntry>> AuditLog::page(const AuditQuery &query, const AuditAnchor &after, int limit)
{
    if (query.since.isValid() && query.until.isValid() && query.until <= query.since)
        return fail(Error::Code::Invalid, Field::until,
                    tr("The end of the time range must come after its start; no entry lies between them."));
    if (query.includeSubgroups && query.groupId == 0)
        return fail(Error::Code::Invalid, Field::group, tr("Subgroups need a group to start from; choose a group."));
    return AuditStore(m_db).page(query, after, std::clamp(limit, 1, maxPageSize));
}

} // namespace bc
