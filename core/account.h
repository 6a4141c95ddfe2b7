#pragma once

#include "quota.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bc {

enum class AccountStatus
{
    Inactive,
    Active,
    Disabled
};
enum class BackupLocations
{
    LocalAndCloud,
    CloudOnly
};
enum class NotificationLevel
{
    Off,
    Less,
    More,
    All
};

// What a person fills in to create an account (seed 000). Everything else is the database's.
struct AccountDraft
{
    QString login;
    QString email;
    QString firstName;
    QString lastName;
    bool administrator = false;
    bool agentAutoUpdate = true;
    Quotas quotas;
    BackupLocations backupLocations = BackupLocations::LocalAndCloud;
    NotificationLevel notificationLevel = NotificationLevel::Less;
    bool businessNotifications = true;
};

struct Account : AccountDraft
{
    qint64 id = 0;
    qint64 groupId = 0;
    AccountStatus status = AccountStatus::Inactive;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime activatedAt; // null until the account was first activated

    [[nodiscard]] QString displayName() const;
};

// Stable keys (CLI, JSON, database) and translated labels for the enums above.
class AccountText
{
    Q_DECLARE_TR_FUNCTIONS(bc::AccountText)

public:
    static QString key(AccountStatus status);
    static QString key(BackupLocations locations);
    static QString key(NotificationLevel level);
    static std::optional<AccountStatus> statusFromKey(const QString &key);
    static std::optional<BackupLocations> backupLocationsFromKey(const QString &key);
    static std::optional<NotificationLevel> notificationLevelFromKey(const QString &key);

    static QString label(AccountStatus status);
    static QString label(BackupLocations locations);
    static QString label(NotificationLevel level);
    static QString description(NotificationLevel level);
};

} // namespace bc
