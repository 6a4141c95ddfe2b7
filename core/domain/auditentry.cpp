#include "core/domain/auditentry.h"

#include "core/domain/account.h"
#include "core/domain/json.h"

using namespace Qt::StringLiterals;

namespace bc {

AuditEntry AuditEntry::forAccount(const QString &action, const Account *before, const Account *after)
{
    const Account &account = after ? *after : *before;
    return {.action = action,
            .objectType = u"account"_s,
            .objectId = account.id,
            .groupId = account.groupId,
            .summary = account.login,
            .before = before ? Json::fromAccount(*before) : QJsonObject(),
            .after = after ? Json::fromAccount(*after) : QJsonObject()};
}

} // namespace bc
