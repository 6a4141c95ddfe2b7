#include "core/domain/account.h"

using namespace Qt::StringLiterals;

namespace bc {

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
