#include "json.h"

using namespace Qt::StringLiterals;

namespace bc::Json {

namespace {

QJsonValue timestamp(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject fromQuotas(const Quotas &quotas, bool withOverage)
{
    QJsonObject object;
    for (Resource resource : allResources) {
        const Quota &quota = quotas[resource];
        const QJsonValue limit = quota.limit ? QJsonValue(*quota.limit) : QJsonValue(u"unlimited"_s);
        if (withOverage)
            object.insert(Quotas::key(resource), QJsonObject {{u"limit"_s, limit}, {u"overage"_s, quota.overage}});
        else
            object.insert(Quotas::key(resource), limit);
    }
    return object;
}

QJsonObject fromAccount(const Account &account)
{
    return {
        {u"id"_s, account.id},
        {u"groupId"_s, account.groupId},
        {u"login"_s, account.login},
        {u"email"_s, account.email},
        {u"firstName"_s, account.firstName},
        {u"lastName"_s, account.lastName},
        {u"administrator"_s, account.administrator},
        {u"agentAutoUpdate"_s, account.agentAutoUpdate},
        {u"backupLocations"_s, AccountText::key(account.backupLocations)},
        {u"notificationLevel"_s, AccountText::key(account.notificationLevel)},
        {u"businessNotifications"_s, account.businessNotifications},
        {u"status"_s, AccountText::key(account.status)},
        {u"quotas"_s, fromQuotas(account.quotas, true)},
        {u"createdAt"_s, timestamp(account.createdAt)},
        {u"activatedAt"_s, timestamp(account.activatedAt)},
    };
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
    };
    if (!path.isEmpty())
        object.insert(u"path"_s, path);
    return object;
}

} // namespace bc::Json
