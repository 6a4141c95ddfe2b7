#pragma once

#include "core/domain/enumkeys.h"
#include "core/domain/quota.h"

#include <QString>

namespace bc {

// The names of an account's fields: the field an error carries, the key in JSON and in the audit
// log's before and after, the wizard's field and the CLI's messages. One name per field, here.
namespace Field {
inline const QString login = QStringLiteral("login");
inline const QString email = QStringLiteral("email");
inline const QString firstName = QStringLiteral("firstName");
inline const QString lastName = QStringLiteral("lastName");
inline const QString groupName = QStringLiteral("name");
inline const QString group = QStringLiteral("group");
inline const QString displayName = QStringLiteral("displayName");
inline const QString notificationEmail = QStringLiteral("notificationEmail");
inline const QString mobile = QStringLiteral("mobile");
inline const QString phone = QStringLiteral("phone");
inline const QString address = QStringLiteral("address");
inline const QString password = QStringLiteral("password");
// The one-time code of a sign-in: six digits from an authenticator app, or a recovery code.
inline const QString otp = QStringLiteral("otp");
inline const QString administrator = QStringLiteral("administrator");
inline const QString agentAutoUpdate = QStringLiteral("agentAutoUpdate");
inline const QString backupLocations = QStringLiteral("backupLocations");
inline const QString notificationLevel = QStringLiteral("notificationLevel");
inline const QString businessNotifications = QStringLiteral("businessNotifications");
inline const QString profile = QStringLiteral("profile");
inline const QString storage = QStringLiteral("storage");
inline const QString subscriptions = QStringLiteral("subscriptions");
inline const QString securityGroups = QStringLiteral("securityGroups");
inline const QString quotas = QStringLiteral("quotas");
// The recycle bin's retention period, in days (a database setting).
inline const QString retentionDays = QStringLiteral("retentionDays");
// The audit log's filter: the end of its time range.
inline const QString until = QStringLiteral("until");

// "quota.virtual-machines.limit", "quota.storage.overage".
inline QString quotaLimit(Resource resource)
{
    return QStringLiteral("quota.%1.limit").arg(toKey(resource));
}
inline QString quotaOverage(Resource resource)
{
    return QStringLiteral("quota.%1.overage").arg(toKey(resource));
}
} // namespace Field

} // namespace bc
