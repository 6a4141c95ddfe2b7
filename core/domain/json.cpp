#include "core/domain/json.h"

#include "core/domain/fields.h"
#include "core/mail/activationtext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::Json {

namespace {

// An account's status in fromAccount() and withStatus().
const QString statusKey = QStringLiteral("status");

QJsonValue timestamp(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? QJsonValue() : QJsonValue(id);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonArray sortedArray(const QSet<QString> &values)
{
    QStringList sorted = values.values();
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

QJsonArray flagKeys(Services services)
{
    QJsonArray keys;
    for (Service service : allServices) {
        if (services.testFlag(service))
            keys.append(toKey(service));
    }
    return keys;
}

} // namespace

QJsonObject fromQuotas(const Quotas &quotas, bool withOverage)
{
    QJsonObject object;
    for (Resource resource : allResources) {
        const Quota &quota = quotas[resource];
        const QJsonValue limit = quota.limit ? QJsonValue(*quota.limit) : QJsonValue(u"unlimited"_s);
        if (withOverage)
            object.insert(toKey(resource), QJsonObject {{u"limit"_s, limit}, {u"overage"_s, quota.overage}});
        else
            object.insert(toKey(resource), limit);
    }
    return object;
}

QJsonObject fromAccount(const Account &account)
{
    return {
        {u"id"_s, account.id},
        {u"groupId"_s, account.groupId},
        {Field::login, account.login},
        {Field::email, account.email},
        {Field::firstName, account.firstName},
        {Field::lastName, account.lastName},
        {Field::administrator, account.administrator},
        {Field::agentAutoUpdate, account.agentAutoUpdate},
        {Field::backupLocations, toKey(account.backupLocations)},
        {Field::notificationLevel, toKey(account.notificationLevel)},
        {Field::businessNotifications, account.businessNotifications},
        {Field::displayName, account.displayName},
        {Field::notificationEmail, account.notificationEmail},
        {Field::mobile, account.mobile},
        {Field::phone, account.phone},
        {Field::address, account.address},
        {u"hasPassword"_s, account.hasPassword},
        {u"profileId"_s, idOrNull(account.profileId)},
        {u"storageId"_s, idOrNull(account.storageId)},
        {u"subscriptionIds"_s, idArray(account.subscriptionIds)},
        {u"securityGroupIds"_s, idArray(account.securityGroupIds)},
        {u"licensed"_s, account.isLicensed()},
        {u"overrides"_s, sortedArray(account.overrides)},
        {statusKey, toKey(account.status)},
        {Field::quotas, fromQuotas(account.quotas, true)},
        {u"createdAt"_s, timestamp(account.createdAt)},
        {u"activatedAt"_s, timestamp(account.activatedAt)},
    };
}

QJsonObject withStatus(QJsonObject account, AccountStatus status)
{
    account.insert(statusKey, toKey(status));
    return account;
}

QJsonObject fromGroup(const Group &group, const QString &path)
{
    QJsonObject object {
        {u"id"_s, group.id},
        {u"parentId"_s, group.parentId == 0 ? QJsonValue() : QJsonValue(group.parentId)},
        {u"name"_s, group.name},
        {u"accounts"_s, group.accountCount},
        {u"limits"_s, fromQuotas(group.limits, false)},
        {u"createdAt"_s, timestamp(group.createdAt)},
        {u"mfaRequired"_s, group.mfaRequired},
    };
    if (!path.isEmpty())
        object.insert(u"path"_s, path);
    return object;
}

QJsonObject fromProfile(const Profile &profile)
{
    return {
        {u"id"_s, profile.id},
        {u"groupId"_s, profile.groupId},
        {u"name"_s, profile.name},
        {u"dataLock"_s, profile.dataLock},
        {Field::backupLocations, toKey(profile.backupLocations)},
        {Field::notificationLevel, toKey(profile.notificationLevel)},
        {Field::quotas, fromQuotas(profile.quotas, true)},
    };
}

QJsonObject fromStorage(const Storage &storage)
{
    return {{u"id"_s, storage.id},
            {u"groupId"_s, storage.groupId},
            {u"name"_s, storage.name},
            {u"region"_s, storage.region}};
}

QJsonObject fromSubscription(const Subscription &subscription)
{
    return {{u"id"_s, subscription.id}, {u"groupId"_s, subscription.groupId}, {u"name"_s, subscription.name}};
}

namespace {

QJsonArray permissionKeys(Permissions granted)
{
    QJsonArray permissions;
    for (Permission permission : allPermissions) {
        if (granted.testFlag(permission))
            permissions.append(toKey(permission));
    }
    return permissions;
}

} // namespace

QJsonObject fromSecurityGroup(const SecurityGroup &securityGroup)
{
    return {{u"id"_s, securityGroup.id},
            {u"groupId"_s, securityGroup.groupId},
            {u"name"_s, securityGroup.name},
            {u"permissions"_s, permissionKeys(securityGroup.permissions)}};
}

QJsonObject fromOperator(const OperatorSummary &summary)
{
    QJsonObject object {{Field::login, summary.login},
                        {u"scope"_s, summary.groupPath},
                        {u"groupId"_s, summary.groupId},
                        {Field::administrator, summary.administrator},
                        {u"disabled"_s, summary.disabled},
                        {Field::securityGroups, QJsonArray::fromStringList(summary.securityGroups)},
                        {u"permissions"_s, permissionKeys(summary.permissions)},
                        {u"mfa"_s, summary.mfaEnrolled},
                        {u"mfaRequired"_s, summary.mfaRequired}};
    // PostgreSQL only: the operator's own database role (null: none yet).
    if (summary.databaseRole)
        object.insert(u"databaseRole"_s,
                      summary.databaseRole->isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(*summary.databaseRole));
    return object;
}

QJsonObject fromSettings(const GroupSettings &settings)
{
    return {
        {u"customerId"_s, settings.customerId},
        {u"contact"_s,
         QJsonObject {{u"company"_s, settings.contactCompany},
                      {u"address"_s, settings.contactAddress},
                      {u"phone"_s, settings.contactPhone},
                      {u"email"_s, settings.contactEmail}}},
        {u"services"_s, flagKeys(settings.services)},
        {u"backupNewUsersAutomatically"_s, flagKeys(settings.backupNewUsersAutomatically)},
        {u"digestRecipients"_s, QJsonArray::fromStringList(settings.digestRecipients)},
        {u"defaultStorageId"_s, idOrNull(settings.defaultStorageId)},
        {u"defaultProfileId"_s, idOrNull(settings.defaultProfileId)},
        {u"defaultSubscriptionId"_s, idOrNull(settings.defaultSubscriptionId)},
        {u"limits"_s, fromQuotas(settings.limits, false)},
    };
}

QJsonObject fromActivationState(const ActivationState &state)
{
    return {
        {u"email"_s, state.hasMessage ? QJsonValue(toKey(state.emailStatus)) : QJsonValue()},
        {u"lastError"_s, state.lastError},
        {u"pendingSince"_s, timestamp(state.pendingSince)},
        {u"linkExpires"_s, timestamp(state.linkExpires)},
        {u"mailServerSetUp"_s, state.mailServerSetUp},
    };
}

QJsonObject fromOutboxMessage(const OutboxMessage &message)
{
    return {
        {u"id"_s, message.id},
        {u"accountId"_s, idOrNull(message.accountId)},
        {u"kind"_s, message.kind},
        {u"messageId"_s, message.messageId},
        {u"recipient"_s, message.recipient},
        {u"status"_s, toKey(message.status)},
        {u"attempts"_s, message.attempts},
        {u"lastError"_s, message.lastError},
        {u"createdAt"_s, timestamp(message.createdAt)},
        {u"nextAttemptAt"_s, timestamp(message.nextAttemptAt)},
        {u"sentAt"_s, timestamp(message.sentAt)},
    };
}

QJsonObject fromAuditEntry(const AuditEntry &entry, const QString &groupPath)
{
    return {
        {u"id"_s, entry.id},
        {u"at"_s, entry.at.isValid() ? QJsonValue(entry.at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        {u"actor"_s, entry.actor},
        {u"origin"_s, entry.origin.isEmpty() ? QJsonValue() : QJsonValue(entry.origin)},
        {u"action"_s, entry.action},
        {u"objectType"_s, entry.objectType},
        {u"objectId"_s, idOrNull(entry.objectId)},
        {u"groupId"_s, idOrNull(entry.groupId)},
        {u"group"_s, groupPath.isEmpty() ? QJsonValue() : QJsonValue(groupPath)},
        {u"summary"_s, entry.summary},
        {u"before"_s, entry.before.isEmpty() ? QJsonValue() : QJsonValue(entry.before)},
        {u"after"_s, entry.after.isEmpty() ? QJsonValue() : QJsonValue(entry.after)},
    };
}

QJsonObject fromSmtpSettings(const SmtpSettings &settings)
{
    return {
        {u"host"_s, settings.host},
        {u"port"_s, settings.port},
        {u"security"_s, toKey(settings.security)},
        {u"user"_s, settings.user},
        {u"sender"_s, settings.sender},
        {u"caFile"_s, settings.caFile},
        {u"timeoutSeconds"_s, settings.timeoutSeconds},
        {u"activationUrl"_s, settings.activationBaseUrl},
        {u"configured"_s, settings.isConfigured()},
    };
}

QJsonObject fromEmailTemplate(const EmailTemplate &email)
{
    return {{u"subject"_s, email.subject}, {u"bodyText"_s, email.bodyText}, {u"bodyHtml"_s, email.bodyHtml}};
}

} // namespace bc::Json
