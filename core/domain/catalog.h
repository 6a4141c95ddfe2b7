#pragma once

#include "core/domain/account.h"
#include "core/domain/enumkeys.h"
#include "core/domain/quota.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bc {

// The services a customer organization may use, switched on or off per group.
enum class Service : quint32
{
    Workstations = 1 << 0,
    Servers = 1 << 1,
    VirtualMachines = 1 << 2,
    MobileDevices = 1 << 3,
    M365Mailboxes = 1 << 4,
    M365OneDrive = 1 << 5,
    M365SharePoint = 1 << 6,
    M365Teams = 1 << 7,
};
Q_DECLARE_FLAGS(Services, Service)
Q_DECLARE_OPERATORS_FOR_FLAGS(Services)

inline constexpr std::array<Service, 8> allServices {
    Service::Workstations,  Service::Servers,      Service::VirtualMachines, Service::MobileDevices,
    Service::M365Mailboxes, Service::M365OneDrive, Service::M365SharePoint,  Service::M365Teams,
};
inline constexpr Services everyService = Services(0xff);

template<> struct EnumKeys<Service>
{
    static constexpr std::array entries {
        EnumKey<Service> {Service::Workstations, "workstations"},
        EnumKey<Service> {Service::Servers, "servers"},
        EnumKey<Service> {Service::VirtualMachines, "virtual-machines"},
        EnumKey<Service> {Service::MobileDevices, "mobile-devices"},
        EnumKey<Service> {Service::M365Mailboxes, "m365-mailboxes"},
        EnumKey<Service> {Service::M365OneDrive, "m365-onedrive"},
        EnumKey<Service> {Service::M365SharePoint, "m365-sharepoint"},
        EnumKey<Service> {Service::M365Teams, "m365-teams"},
    };
};

// What an operator holding a security group may do.
enum class Permission : quint32
{
    CreateAccounts = 1 << 0,
    EditAccounts = 1 << 1,
    DeleteAccounts = 1 << 2,
    ManageGroups = 1 << 3,
    ViewAuditLog = 1 << 4,
    ManageSettings = 1 << 5, // profiles, storages, subscriptions and security groups
    ManageOperators = 1 << 6, // their multi-factor authentication
};
Q_DECLARE_FLAGS(Permissions, Permission)
Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions)

inline constexpr std::array<Permission, 7> allPermissions {
    Permission::CreateAccounts, Permission::EditAccounts,   Permission::DeleteAccounts,  Permission::ManageGroups,
    Permission::ViewAuditLog,   Permission::ManageSettings, Permission::ManageOperators,
};

template<> struct EnumKeys<Permission>
{
    static constexpr std::array entries {
        EnumKey<Permission> {Permission::CreateAccounts, "create-accounts"},
        EnumKey<Permission> {Permission::EditAccounts, "edit-accounts"},
        EnumKey<Permission> {Permission::DeleteAccounts, "delete-accounts"},
        EnumKey<Permission> {Permission::ManageGroups, "manage-groups"},
        EnumKey<Permission> {Permission::ViewAuditLog, "view-audit-log"},
        EnumKey<Permission> {Permission::ManageSettings, "manage-settings"},
        EnumKey<Permission> {Permission::ManageOperators, "manage-operators"},
    };
};

// A named set of defaults for accounts. Accounts on a data-locked profile cannot be
// deleted and cannot change profile.
struct Profile
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name;
    bool dataLock = false;
    BackupLocations backupLocations = BackupLocations::LocalAndCloud;
    NotificationLevel notificationLevel = NotificationLevel::Less;
    Quotas quotas;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Where an account's backups go.
struct Storage
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name;
    QString region;

    friend bool operator==(const Storage &, const Storage &) = default;
};

// A service contract of a customer, e.g. "Backup PAYG #1001".
struct Subscription
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name;

    friend bool operator==(const Subscription &, const Subscription &) = default;
};

struct SecurityGroup
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name;
    Permissions permissions;

    friend bool operator==(const SecurityGroup &, const SecurityGroup &) = default;
};

// Contact details and switches of a group (its organization settings).
struct GroupSettings
{
    QString customerId;
    QString contactCompany;
    QString contactAddress;
    QString contactPhone;
    QString contactEmail;
    Services services = everyService;
    Services backupNewUsersAutomatically; // of the Microsoft 365 services
    QStringList digestRecipients;
    qint64 defaultStorageId = 0;
    // What new accounts of the group (and of the groups below that name none) start with; 0: none of
    // its own, the group above decides (GroupDefaults).
    qint64 defaultProfileId = 0;
    qint64 defaultSubscriptionId = 0;
    Quotas limits;
};

// A group's default profile, subscription or storage, and where it comes from (GroupDefaults).
struct DefaultChoice
{
    enum class Origin
    {
        None, // no default
        Own, // the group's own settings name it
        Inherited, // the settings of a group above name it
        OnlyOne, // no group names one, and the group offers exactly one subscription
    };
    qint64 id = 0; // 0: none
    Origin origin = Origin::None;
    qint64 groupId = 0; // the group whose settings name it (Own, Inherited)
    QString groupName;

    friend bool operator==(const DefaultChoice &, const DefaultChoice &) = default;
};

// The key of each origin, for JSON.
template<> struct EnumKeys<DefaultChoice::Origin>
{
    static constexpr std::array entries {
        EnumKey<DefaultChoice::Origin> {DefaultChoice::Origin::None, "none"},
        EnumKey<DefaultChoice::Origin> {DefaultChoice::Origin::Own, "own"},
        EnumKey<DefaultChoice::Origin> {DefaultChoice::Origin::Inherited, "inherited"},
        EnumKey<DefaultChoice::Origin> {DefaultChoice::Origin::OnlyOne, "only-one"},
    };
};

// Everything a group's accounts may be given: what the group and the groups above it define.
struct Catalog
{
    QList<Profile> profiles;
    QList<Storage> storages;
    QList<Subscription> subscriptions;
    QList<SecurityGroup> securityGroups;
    qint64 defaultStorageId = 0;
    // What a new account of the group starts with (GroupDefaults::newDraft).
    DefaultChoice defaultProfile;
    DefaultChoice defaultSubscription;
    // What the group would have without a default of its own, for its settings to show.
    DefaultChoice inheritedProfile;
    DefaultChoice inheritedSubscription;
    DefaultChoice inheritedStorage;
    Services services = everyService; // switched on here and in every group above
    Quotas limits; // the tightest of the group and the groups above
    QList<qint64> ancestry; // the group, then the groups above it up to the top group
};

// Translated labels of the enums above (their keys: the tables above, toKey() and fromKey()).
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(bc::CatalogText)

public:
    static QString label(Service service);
    static QString label(Permission permission);
    // The labels of the permissions, in the order of allPermissions: "Create accounts, Edit accounts".
    static QString labels(Permissions permissions);
    // The service that must be on for a resource's quota to be offered; nullopt for storage.
    static std::optional<Service> serviceFor(Resource resource);
};

} // namespace bc
