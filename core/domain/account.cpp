#include "core/domain/account.h"

using namespace Qt::StringLiterals;

namespace bc {

QString AccountText::key(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Inactive:
        return u"inactive"_s;
    case AccountStatus::Active:
        return u"active"_s;
    case AccountStatus::Disabled:
        return u"disabled"_s;
    }
    return {};
}

QString AccountText::key(BackupLocations locations)
{
    return locations == BackupLocations::CloudOnly ? u"cloud-only"_s : u"local-and-cloud"_s;
}

QString AccountText::key(NotificationLevel level)
{
    switch (level) {
    case NotificationLevel::Off:
        return u"off"_s;
    case NotificationLevel::Less:
        return u"less"_s;
    case NotificationLevel::More:
        return u"more"_s;
    case NotificationLevel::All:
        return u"all"_s;
    }
    return {};
}

std::optional<AccountStatus> AccountText::statusFromKey(const QString &key)
{
    for (auto status : {AccountStatus::Inactive, AccountStatus::Active, AccountStatus::Disabled}) {
        if (AccountText::key(status) == key.trimmed().toLower())
            return status;
    }
    return std::nullopt;
}

std::optional<BackupLocations> AccountText::backupLocationsFromKey(const QString &key)
{
    for (auto locations : {BackupLocations::LocalAndCloud, BackupLocations::CloudOnly}) {
        if (AccountText::key(locations) == key.trimmed().toLower())
            return locations;
    }
    return std::nullopt;
}

std::optional<NotificationLevel> AccountText::notificationLevelFromKey(const QString &key)
{
    for (auto level :
         {NotificationLevel::Off, NotificationLevel::Less, NotificationLevel::More, NotificationLevel::All}) {
        if (AccountText::key(level) == key.trimmed().toLower())
            return level;
    }
    return std::nullopt;
}

QString AccountText::label(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Inactive:
        return tr("Inactive");
    case AccountStatus::Active:
        return tr("Active");
    case AccountStatus::Disabled:
        return tr("Disabled");
    }
    return {};
}

QString AccountText::label(BackupLocations locations)
{
    return locations == BackupLocations::CloudOnly ? tr("Cloud only") : tr("Local and cloud");
}

QString AccountText::label(NotificationLevel level)
{
    switch (level) {
    case NotificationLevel::Off:
        return tr("Off");
    case NotificationLevel::Less:
        return tr("Less");
    case NotificationLevel::More:
        return tr("More");
    case NotificationLevel::All:
        return tr("All");
    }
    return {};
}

QString AccountText::description(NotificationLevel level)
{
    switch (level) {
    case NotificationLevel::Off:
        return tr("No notifications");
    case NotificationLevel::Less:
        return tr("Backup failures");
    case NotificationLevel::More:
        return tr("Backup failures and warnings");
    case NotificationLevel::All:
        return tr("Failures, warnings and successful backups");
    }
    return {};
}

} // namespace bc
