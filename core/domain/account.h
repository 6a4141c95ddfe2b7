#pragma once

#include "core/domain/enumkeys.h"
#include "core/domain/quota.h"
#include "core/mail/emailtemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
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

template<> struct EnumKeys<AccountStatus>
{
    static constexpr std::array entries {
        EnumKey<AccountStatus> {AccountStatus::Inactive, "inactive"},
        EnumKey<AccountStatus> {AccountStatus::Active, "active"},
        EnumKey<AccountStatus> {AccountStatus::Disabled, "disabled"},
    };
};
template<> struct EnumKeys<BackupLocations>
{
    static constexpr std::array entries {
        EnumKey<BackupLocations> {BackupLocations::LocalAndCloud, "local-and-cloud"},
        EnumKey<BackupLocations> {BackupLocations::CloudOnly, "cloud-only"},
    };
};
template<> struct EnumKeys<NotificationLevel>
{
    static constexpr std::array entries {
        EnumKey<NotificationLevel> {NotificationLevel::Off, "off"},
        EnumKey<NotificationLevel> {NotificationLevel::Less, "less"},
        EnumKey<NotificationLevel> {NotificationLevel::More, "more"},
        EnumKey<NotificationLevel> {NotificationLevel::All, "all"},
    };
};

// What a person fills in to create or edit an account (all five seeds). Everything else is the
// database's.
struct AccountDraft
{
    QString login;
    QString email;
    QString firstName;
    QString lastName;
    QString displayName; // empty: "First Last"
    QString notificationEmail; // empty: notifications go to `email`
    QString mobile; // for SMS MFA, E.164
    QString phone; // required for administrators
    QString address; // required for administrators
    QString password; // optional at creation; only its hash is stored
    bool administrator = false;
    bool agentAutoUpdate = true;
    Quotas quotas;
    BackupLocations backupLocations = BackupLocations::LocalAndCloud;
    NotificationLevel notificationLevel = NotificationLevel::Less;
    bool businessNotifications = true;
    qint64 profileId = 0; // 0: no profile
    qint64 storageId = 0; // 0: the group's default storage
    QList<qint64> subscriptionIds;
    QList<qint64> securityGroupIds;
    // Values set on the account itself rather than taken from its profile (ProfileRules keys).
    QSet<QString> overrides;
    // Only when creating: whether to send the activation email (it may be skipped), and
    // a subject and body for this account instead of its group's.
    bool sendActivationEmail = true;
    std::optional<EmailTemplate> activationEmail;
    // Only when creating: the front end's id of this creation (a UUID). Sending the same create
    // again — a retry after the reply was lost with the connection — finds the account the first
    // one made instead of making a second.
    QString requestId;
};

struct Account : AccountDraft
{
    qint64 id = 0;
    qint64 groupId = 0;
    AccountStatus status = AccountStatus::Inactive;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime activatedAt; // null until the account was first activated
    bool hasPassword = false;
    int subscriptionCount = 0;

    // Without a subscription an account is shown as unlicensed.
    [[nodiscard]] bool isLicensed() const { return subscriptionCount > 0; }
    // The draft that would save this account unchanged (the password left empty).
    [[nodiscard]] AccountDraft draft() const { return static_cast<const AccountDraft &>(*this); }
};

// An account in the recycle bin: as it was when it was deleted, and when that was.
struct DeletedAccount
{
    Account account;
    QDateTime deletedAt;
};

// Translated labels for the enums above. Their stable keys (CLI, JSON, database) are the tables
// above, read by toKey() and fromKey().
class AccountText
{
    Q_DECLARE_TR_FUNCTIONS(bc::AccountText)

public:
    static QString label(AccountStatus status);
    static QString label(BackupLocations locations);
    static QString label(NotificationLevel level);
    static QString description(NotificationLevel level);
};

} // namespace bc
