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

std::optional<Quotas> toQuotas(const QJsonObject &object)
{
    if (object.size() != static_cast<qsizetype>(allResources.size()))
        return std::nullopt;
    Quotas quotas;
    for (Resource resource : allResources) {
        const QJsonObject quota = object.value(toKey(resource)).toObject();
        const QJsonValue limit = quota.value(u"limit"_s);
        if (!limit.isDouble() && limit.toString() != u"unlimited"_s)
            return std::nullopt;
        if (limit.isDouble())
            quotas[resource].limit = limit.toInteger();
        quotas[resource].overage = quota.value(u"overage"_s).toInteger();
    }
    return quotas;
}

std::optional<Account> toAccount(const QJsonObject &object)
{
    const auto status = fromKey<AccountStatus>(object.value(statusKey).toString());
    const auto locations = fromKey<BackupLocations>(object.value(Field::backupLocations).toString());
    const auto level = fromKey<NotificationLevel>(object.value(Field::notificationLevel).toString());
    const QJsonObject quotas = object.value(Field::quotas).toObject();
    if (!object.value(u"id"_s).isDouble() || object.value(Field::login).toString().isEmpty() || !status || !locations
        || !level || quotas.size() != static_cast<qsizetype>(allResources.size()))
        return std::nullopt;
    Account account;
    account.id = object.value(u"id"_s).toInteger();
    account.groupId = object.value(u"groupId"_s).toInteger();
    account.login = object.value(Field::login).toString();
    account.email = object.value(Field::email).toString();
    account.firstName = object.value(Field::firstName).toString();
    account.lastName = object.value(Field::lastName).toString();
    account.administrator = object.value(Field::administrator).toBool();
    account.agentAutoUpdate = object.value(Field::agentAutoUpdate).toBool();
    account.backupLocations = *locations;
    account.notificationLevel = *level;
    account.businessNotifications = object.value(Field::businessNotifications).toBool();
    account.displayName = object.value(Field::displayName).toString();
    account.notificationEmail = object.value(Field::notificationEmail).toString();
    account.mobile = object.value(Field::mobile).toString();
    account.phone = object.value(Field::phone).toString();
    account.address = object.value(Field::address).toString();
    account.hasPassword = object.value(u"hasPassword"_s).toBool();
    account.profileId = object.value(u"profileId"_s).toInteger();
    account.storageId = object.value(u"storageId"_s).toInteger();
    for (const QJsonValue id : object.value(u"subscriptionIds"_s).toArray())
        account.subscriptionIds.append(id.toInteger());
    for (const QJsonValue id : object.value(u"securityGroupIds"_s).toArray())
        account.securityGroupIds.append(id.toInteger());
    account.subscriptionCount = static_cast<int>(account.subscriptionIds.size());
    for (const QJsonValue key : object.value(u"overrides"_s).toArray())
        account.overrides.insert(key.toString());
    account.status = *status;
    const auto readQuotas = toQuotas(quotas);
    if (!readQuotas)
        return std::nullopt;
    account.quotas = *readQuotas;
    const auto timeOf = [&object](const QString &key) {
        QDateTime when = QDateTime::fromString(object.value(key).toString(), Qt::ISODate);
        return when.isValid() ? when.toUTC() : QDateTime();
    };
    account.createdAt = timeOf(u"createdAt"_s);
    account.activatedAt = timeOf(u"activatedAt"_s);
    return account;
}

QJsonObject withStatus(QJsonObject account, AccountStatus status)
{
    account.insert(statusKey, toKey(status));
    return account;
}

QJsonObject fromDeletedAccount(const DeletedAccount &kept, int retentionDays)
{
    QJsonObject object = fromAccount(kept.account);
    object.insert(u"deletedAt"_s, timestamp(kept.deletedAt));
    object.insert(u"purgeOn"_s,
                  timestamp(kept.deletedAt.isValid() ? kept.deletedAt.addDays(retentionDays) : QDateTime()));
    return object;
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

namespace {

// What every catalog item has: its id, group and name; false when `object` lacks them.
template<typename Item> bool readItem(const QJsonObject &object, Item &item)
{
    if (!object.value(u"id"_s).isDouble() || !object.value(u"groupId"_s).isDouble()
        || object.value(u"name"_s).toString().isEmpty())
        return false;
    item.id = object.value(u"id"_s).toInteger();
    item.groupId = object.value(u"groupId"_s).toInteger();
    item.name = object.value(u"name"_s).toString();
    return true;
}

} // namespace

std::optional<Profile> toProfile(const QJsonObject &object)
{
    Profile profile;
    const auto locations = fromKey<BackupLocations>(object.value(Field::backupLocations).toString());
    const auto level = fromKey<NotificationLevel>(object.value(Field::notificationLevel).toString());
    const auto quotas = toQuotas(object.value(Field::quotas).toObject());
    if (!readItem(object, profile) || !locations || !level || !quotas)
        return std::nullopt;
    profile.dataLock = object.value(u"dataLock"_s).toBool();
    profile.backupLocations = *locations;
    profile.notificationLevel = *level;
    profile.quotas = *quotas;
    return profile;
}

std::optional<Storage> toStorage(const QJsonObject &object)
{
    Storage storage;
    if (!readItem(object, storage))
        return std::nullopt;
    storage.region = object.value(u"region"_s).toString();
    return storage;
}

std::optional<Subscription> toSubscription(const QJsonObject &object)
{
    Subscription subscription;
    if (!readItem(object, subscription))
        return std::nullopt;
    return subscription;
}

std::optional<SecurityGroup> toSecurityGroup(const QJsonObject &object)
{
    SecurityGroup securityGroup;
    if (!readItem(object, securityGroup))
        return std::nullopt;
    for (const QJsonValue key : object.value(u"permissions"_s).toArray()) {
        const auto permission = fromKey<Permission>(key.toString());
        if (!permission)
            return std::nullopt;
        securityGroup.permissions |= *permission;
    }
    return securityGroup;
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

namespace {

// The flags flagKeys() wrote, back; nullopt for a key no service has.
std::optional<Services> serviceFlags(const QJsonValue &keys)
{
    Services services;
    for (const QJsonValue key : keys.toArray()) {
        const auto service = fromKey<Service>(key.toString());
        if (!service)
            return std::nullopt;
        services |= *service;
    }
    return services;
}

} // namespace

std::optional<GroupSettings> toSettings(const QJsonObject &object)
{
    const QJsonObject contact = object.value(u"contact"_s).toObject();
    const QJsonObject limits = object.value(u"limits"_s).toObject();
    const auto services = serviceFlags(object.value(u"services"_s));
    const auto automatic = serviceFlags(object.value(u"backupNewUsersAutomatically"_s));
    if (!object.value(u"customerId"_s).isString() || !services || !automatic
        || limits.size() != static_cast<qsizetype>(allResources.size()))
        return std::nullopt;
    GroupSettings settings;
    settings.customerId = object.value(u"customerId"_s).toString();
    settings.contactCompany = contact.value(u"company"_s).toString();
    settings.contactAddress = contact.value(u"address"_s).toString();
    settings.contactPhone = contact.value(u"phone"_s).toString();
    settings.contactEmail = contact.value(u"email"_s).toString();
    settings.services = *services;
    settings.backupNewUsersAutomatically = *automatic;
    for (const QJsonValue recipient : object.value(u"digestRecipients"_s).toArray())
        settings.digestRecipients.append(recipient.toString());
    settings.defaultStorageId = object.value(u"defaultStorageId"_s).toInteger();
    settings.defaultProfileId = object.value(u"defaultProfileId"_s).toInteger();
    settings.defaultSubscriptionId = object.value(u"defaultSubscriptionId"_s).toInteger();
    for (Resource resource : allResources) {
        const QJsonValue limit = limits.value(toKey(resource));
        if (!limit.isDouble() && limit.toString() != u"unlimited"_s)
            return std::nullopt;
        if (limit.isDouble())
            settings.limits[resource].limit = limit.toInteger();
    }
    return settings;
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

std::optional<EmailTemplate> toEmailTemplate(const QJsonObject &object)
{
    const QJsonValue subject = object.value(u"subject"_s);
    const QJsonValue text = object.value(u"bodyText"_s);
    const QJsonValue html = object.value(u"bodyHtml"_s);
    if (!subject.isString() || !text.isString() || !html.isString())
        return std::nullopt;
    return EmailTemplate {subject.toString(), text.toString(), html.toString()};
}

QJsonObject fromGroupActivation(const GroupActivation &activation)
{
    QJsonObject object {{u"activationDays"_s, activation.days}};
    if (activation.email)
        object.insert(u"email"_s, fromEmailTemplate(*activation.email));
    return object;
}

std::optional<GroupActivation> toGroupActivation(const QJsonObject &object)
{
    const QJsonValue days = object.value(u"activationDays"_s);
    if (!days.isDouble())
        return std::nullopt;
    GroupActivation activation {days.toInt(), std::nullopt};
    if (object.contains(u"email"_s)) {
        activation.email = toEmailTemplate(object.value(u"email"_s).toObject());
        if (!activation.email)
            return std::nullopt;
    }
    return activation;
}

} // namespace bc::Json
