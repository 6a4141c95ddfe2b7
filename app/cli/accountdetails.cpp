#include "app/cli/accountdetails.h"

#include "app/cli/catalogresolver.h"
#include "app/cli/texttable.h"

#include "core/mail/activationtext.h"
#include "core/rules/profilerules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bc::cli {

QString AccountDetails::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString AccountDetails::formatTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime(), u"yyyy-MM-dd HH:mm"_s);
}

QString AccountDetails::origin(const Account &account, const QString &key, const QString &value)
{
    if (account.profileId == 0)
        return value;
    return ProfileRules::isInherited(account, key) ? tr("%1 (from the profile)").arg(value)
                                                   : tr("%1 (overridden)").arg(value);
}

QString AccountDetails::text(const Account &account, const QString &groupPath, CatalogResolver &resolver,
                             const std::optional<ActivationState> &activation)
{
    const auto names = [&](auto tag, const QList<qint64> &ids) {
        using T = decltype(tag);
        QStringList result;
        for (qint64 id : ids)
            result.append(resolver.nameOf<T>(account.groupId, id));
        return result.isEmpty() ? tr("none") : result.join(u", "_s);
    };
    TextTable table;
    table.addRow({tr("Login:"), account.login});
    table.addRow({tr("Id:"), QString::number(account.id)});
    table.addRow({tr("Group:"), groupPath});
    table.addRow({tr("Email:"), account.email});
    table.addRow({tr("Notification email:"), account.notificationEmail});
    table.addRow({tr("First name:"), account.firstName});
    table.addRow({tr("Last name:"), account.lastName});
    table.addRow({tr("Display name:"), account.displayName});
    table.addRow({tr("Mobile:"), account.mobile});
    table.addRow({tr("Phone:"), account.phone});
    table.addRow({tr("Address:"), QString(account.address).replace(u'\n', u"; "_s)});
    table.addRow({tr("Password set:"), yesNo(account.hasPassword)});
    table.addRow({tr("Status:"), AccountText::label(account.status)});
    table.addRow({tr("Licensed:"), account.isLicensed() ? tr("yes") : tr("no (unlicensed)")});
    table.addRow({tr("Administrator:"), yesNo(account.administrator)});
    table.addRow({tr("Agent auto-update:"), yesNo(account.agentAutoUpdate)});
    table.addRow({tr("Profile:"),
                  account.profileId == 0 ? tr("none") : resolver.nameOf<Profile>(account.groupId, account.profileId)});
    table.addRow({tr("Backup storage:"),
                  account.storageId == 0 ? tr("none") : resolver.nameOf<Storage>(account.groupId, account.storageId)});
    table.addRow({tr("Subscriptions:"), names(Subscription {}, account.subscriptionIds)});
    table.addRow({tr("Security groups:"), names(SecurityGroup {}, account.securityGroupIds)});
    table.addRow({tr("Backup locations:"),
                  origin(account, ProfileRules::backupLocationsKey(), AccountText::label(account.backupLocations))});
    table.addRow(
        {tr("Notifications:"),
         origin(account, ProfileRules::notificationLevelKey(), AccountText::label(account.notificationLevel))});
    table.addRow({tr("Business notifications:"), yesNo(account.businessNotifications)});
    for (Resource resource : allResources) {
        const Quota &quota = account.quotas[resource];
        QString value = Quotas::formatLimit(resource, quota.limit);
        if (quota.overage != 0)
            value = tr("%1 (overage %2)").arg(value, Quotas::formatAmount(resource, quota.overage));
        table.addRow(
            {tr("%1:").arg(Quotas::displayName(resource)), origin(account, ProfileRules::quotaKey(resource), value)});
    }
    table.addRow({tr("Created:"), formatTime(account.createdAt)});
    table.addRow({tr("Activated:"), formatTime(account.activatedAt)});
    if (activation) {
        const QString email = ActivationText::label(*activation);
        table.addRow({tr("Activation email:"), email.isEmpty() ? tr("none") : email});
        if (activation->linkExpires.isValid()) {
            table.addRow({tr("Pending since:"), formatTime(activation->pendingSince)});
            table.addRow({tr("Link expires:"), formatTime(activation->linkExpires)});
        }
    }
    return table.toString();
}

} // namespace bc::cli
