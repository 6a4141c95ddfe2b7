#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/catalogkind.h"
#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"

#include <QHash>
#include <QList>

namespace bc {

// Which lists of a catalog to read; the settings of the group chain are always read.
struct CatalogParts
{
    bool profiles = true;
    bool storages = true; // read also, whatever this says, when the chain names a default storage
    bool subscriptions = true; // without them, no group offers "exactly one" (GroupDefaults)
    bool securityGroups = true;

    // What the account rules read for this draft: the lists it names an item of.
    static CatalogParts neededBy(const AccountDraft &draft);
    // The lists either needs (the drafts of several accounts in one group).
    [[nodiscard]] CatalogParts united(const CatalogParts &other) const;
};

// Every SQL statement about profiles, storages, subscriptions and security groups, and about
// which of them an account has.
class CatalogStore
{
public:
    explicit CatalogStore(Database &database)
        : m_db(database)
    {
    }

    // A new item, with `id` when given (one no item of its kind has), else the next; gives its id.
    Result<qint64> insert(const Profile &profile, const QDateTime &now, qint64 id = 0);
    Result<qint64> insert(const Storage &storage, const QDateTime &now, qint64 id = 0);
    Result<qint64> insert(const Subscription &subscription, const QDateTime &now, qint64 id = 0);
    Result<qint64> insert(const SecurityGroup &securityGroup, const QDateTime &now, qint64 id = 0);
    Result<void> update(const Profile &profile);
    Result<void> update(const Storage &storage);
    Result<void> update(const Subscription &subscription);
    Result<void> update(const SecurityGroup &securityGroup);
    Result<void> remove(CatalogKind kind, qint64 id);

    Result<Profile> profile(qint64 id);
    Result<Storage> storage(qint64 id);
    Result<Subscription> subscription(qint64 id);
    Result<SecurityGroup> securityGroup(qint64 id);
    // What the groups define, in the order of `groupIds`, then by name.
    Result<QList<Profile>> profiles(const QList<qint64> &groupIds);
    Result<QList<Storage>> storages(const QList<qint64> &groupIds);
    Result<QList<Subscription>> subscriptions(const QList<qint64> &groupIds);
    Result<QList<SecurityGroup>> securityGroups(const QList<qint64> &groupIds);
    // The lists `parts` asks for of the group `groupId` and of every group above it, each as the
    // function of its kind above gives it for that chain, in one statement (over a slow link every
    // statement is a round trip). listsRead() is that statement, to send with others
    // (Database::readTogether); it fills `into`.
    struct Lists
    {
        QList<Profile> profiles;
        QList<Storage> storages;
        QList<Subscription> subscriptions;
        QList<SecurityGroup> securityGroups;
    };
    Result<Lists> lists(qint64 groupId, const CatalogParts &parts);
    // `storagesOfDefault`: the storages also when `parts` leaves them out but a group of the
    // chain names a default storage (which needs them).
    Database::Read listsRead(qint64 groupId, const CatalogParts &parts, Lists *into,
                             GroupStore::ChainStart start = GroupStore::ChainStart::Group,
                             bool storagesOfDefault = false);

    Result<bool> nameExists(CatalogKind kind, qint64 groupId, const QString &name, qint64 exceptId = 0);
    // How many accounts use the object.
    Result<int> usage(CatalogKind kind, qint64 id);
    // The names of the groups whose settings name the object as their default (security groups: none).
    Result<QStringList> groupsWithDefault(CatalogKind kind, qint64 id);

    // Links of an account: subscriptions or security groups.
    struct Link
    {
        qint64 accountId = 0;
        qint64 id = 0; // of the subscription or security group
    };
    Result<QList<qint64>> links(CatalogKind kind, qint64 accountId);
    // The links of several accounts in one statement (bulk actions), each account's in id order;
    // an account without links has no entry.
    Result<QHash<qint64, QList<qint64>>> linksOf(CatalogKind kind, const QList<qint64> &accountIds);
    // Both kinds of links of several accounts, in one statement, as linksOf() gives each.
    struct AccountLinks
    {
        QHash<qint64, QList<qint64>> subscriptions;
        QHash<qint64, QList<qint64>> securityGroups;
    };
    Result<AccountLinks> allLinksOf(const QList<qint64> &accountIds);
    Database::Read allLinksOfRead(const QList<qint64> &accountIds, AccountLinks *into);
    Result<void> setLinks(CatalogKind kind, qint64 accountId, const QList<qint64> &ids);
    // Writes links that do not exist yet, in one statement.
    Result<void> addLinks(CatalogKind kind, const QList<Link> &links);
    // Removes these links, one statement per catalog item (a bulk action removes one or two).
    Result<void> removeLinks(CatalogKind kind, const QList<Link> &links);
    Result<QList<qint64>> accountsOnProfile(qint64 profileId);

    static QString table(CatalogKind kind);

private:
    Result<qint64> insertRow(const QString &table, QStringList columns, QVariantList values, qint64 id);
    Database &m_db;
};

// What accounts of the group may be given: the catalog of the group and the groups above it.
Result<Catalog> loadCatalog(Database &database, qint64 groupId, CatalogParts parts = {});

// The statements of loadCatalog(), to send with others (Database::readTogether): they fill
// `into`, which makes the catalog once they have run.
struct CatalogRows
{
    GroupStore::Chain chain;
    CatalogStore::Lists lists;

    [[nodiscard]] Catalog catalog() &&;
};
// `start`: whether `groupId` is the group's id or that of an account of the group.
QList<Database::Read> catalogReads(Database &database, qint64 groupId, const CatalogParts &parts, CatalogRows *into,
                                   GroupStore::ChainStart start = GroupStore::ChainStart::Group);

} // namespace bc
