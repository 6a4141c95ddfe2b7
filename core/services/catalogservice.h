#pragma once

#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/services/operatorsignin.h"
#include "core/storage/activationstore.h"
#include "core/storage/catalogstore.h"

#include <QObject>

namespace bc {

class Database;

// The rules about what a group offers its accounts: profiles, storages, subscriptions, security
// groups (each named uniquely within its group, deletable only while unused), and the group's
// organization settings (services, contact details, digest recipients, default storage, limits).
// Objects a group defines are offered to the groups below it too.
class CatalogService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogService)

public:
    explicit CatalogService(Database &database, QObject *parent = nullptr);

    // What accounts of the group may be given.
    Result<Catalog> catalog(qint64 groupId);
    // The catalog and the group's path (the wizard's heading), in one round trip on a server.
    struct Offered
    {
        Catalog catalog;
        QString groupPath;
    };
    // `alongside`: reads of other services that travel in the same message (Database::readTogether).
    Result<Offered> offered(qint64 groupId, const QList<Database::Read> &alongside = {});

    // An item's id is the next, or with the item's id set (one deleted before, made again by
    // Undo) that id, when no item of its kind has it.
    Result<Profile> addProfile(const Profile &profile);
    Result<Profile> updateProfile(const Profile &profile); // accounts that inherit follow
    Result<Storage> addStorage(const Storage &storage);
    Result<Storage> updateStorage(const Storage &storage);
    Result<Subscription> addSubscription(const Subscription &subscription);
    Result<Subscription> updateSubscription(const Subscription &subscription);
    Result<SecurityGroup> addSecurityGroup(const SecurityGroup &securityGroup);
    Result<SecurityGroup> updateSecurityGroup(const SecurityGroup &securityGroup);
    Result<void> remove(CatalogKind kind, qint64 id);

    // What the group itself defines (for its management dialogs).
    Result<QList<Profile>> profiles(qint64 groupId);
    Result<QList<Storage>> storages(qint64 groupId);
    Result<QList<Subscription>> subscriptions(qint64 groupId);
    Result<QList<SecurityGroup>> securityGroups(qint64 groupId);
    Result<Profile> profile(qint64 id);

    Result<GroupSettings> settings(qint64 groupId);
    // What the group settings dialog edits: the group's settings, its catalog and what its
    // activation emails say, in one round trip on a server.
    struct SettingsView
    {
        QString groupName;
        Quotas caps; // the limits of the groups above
        GroupSettings settings;
        Catalog catalog;
        ActivationStore::EmailFacts email;
        OperatorSignIn::MfaRequirement mfa; // whether the group's operators need MFA, and why
    };
    // Everything the group's settings dialog shows, in one round trip.
    Result<SettingsView> settingsView(qint64 groupId);
    Result<GroupSettings> updateSettings(qint64 groupId, const GroupSettings &settings);
    // Every error of the settings; empty when they are valid.
    QList<Error> validate(qint64 groupId, const GroupSettings &settings);

Q_SIGNALS:
    void catalogChanged(qint64 groupId);
    void settingsChanged(qint64 groupId);
    // Accounts whose inherited values followed a profile change.
    void accountsChanged(const QList<qint64> &accountIds);

private:
    template<typename T> Result<T> save(const T &item, CatalogKind kind, bool adding);
    Result<void> checkItem(const Profile &profile);
    Result<void> checkItem(const Storage &storage);
    Result<void> checkItem(const Subscription &subscription);
    Result<void> checkItem(const SecurityGroup &securityGroup);

    Database &m_db;
};

} // namespace bc
