#include "core/storage/catalogstore.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/rules/groupdefaults.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"
#include "core/storage/quotacolumns.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

constexpr auto profileQuotas = QuotaColumns::Parts::LimitsAndOverages;

// The place of an item's group among the groups asked for (nearest first).
QString groupRank(const QList<qint64> &ids)
{
    QString rank = u"CASE group_id"_s;
    for (qsizetype i = 0; i < ids.size(); ++i)
        rank += u" WHEN %1 THEN %2"_s.arg(ids.at(i)).arg(i);
    return rank + u" END"_s;
}

// Lists in the order of the groups asked for, then by name.
QString groupOrder(const QList<qint64> &ids)
{
    return groupRank(ids) + u", name_key, id"_s;
}

// Where a reader finds an item's columns: id, group_id and name from `shared` on, the kind's own
// columns from `own` on. A list of one kind selects them in that order; the lists read together
// (CatalogStore::lists) put the kinds' own columns side by side.
struct At
{
    int shared = 0;
    int own = 3;
};

Profile readProfile(const QSqlQuery &query, At at = {})
{
    Profile profile;
    profile.id = query.value(at.shared).toLongLong();
    profile.groupId = query.value(at.shared + 1).toLongLong();
    profile.name = query.value(at.shared + 2).toString();
    profile.dataLock = query.value(at.own).toBool();
    profile.backupLocations =
        fromKey<BackupLocations>(query.value(at.own + 1).toString()).value_or(BackupLocations::LocalAndCloud);
    profile.notificationLevel =
        fromKey<NotificationLevel>(query.value(at.own + 2).toString()).value_or(NotificationLevel::Less);
    QuotaColumns::read(query, at.own + 3, profileQuotas, profile.quotas);
    return profile;
}

Storage readStorage(const QSqlQuery &query, At at = {})
{
    return {query.value(at.shared).toLongLong(), query.value(at.shared + 1).toLongLong(),
            query.value(at.shared + 2).toString(), query.value(at.own).toString()};
}

Subscription readSubscription(const QSqlQuery &query, At at = {})
{
    return {query.value(at.shared).toLongLong(), query.value(at.shared + 1).toLongLong(),
            query.value(at.shared + 2).toString()};
}

SecurityGroup readSecurityGroup(const QSqlQuery &query, At at = {})
{
    return {query.value(at.shared).toLongLong(), query.value(at.shared + 1).toLongLong(),
            query.value(at.shared + 2).toString(), Permissions::fromInt(query.value(at.own).toInt())};
}

// What each kind is stored as: its table, the columns its reader takes, and what a lookup of an
// id that is gone says.
struct KindStorage
{
    QString table;
    QString columns;
    Error gone;
};

KindStorage storageOf(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Profile:
        return {u"profiles"_s,
                u"id, group_id, name, data_lock, backup_locations, notification_level, "_s
                    + QuotaColumns::list(profileQuotas),
                {Error::Code::NotFound, Field::profile, Database::tr("The profile no longer exists.")}};
    case CatalogKind::Storage:
        return {u"storages"_s,
                u"id, group_id, name, region"_s,
                {Error::Code::NotFound, Field::storage, Database::tr("The storage no longer exists.")}};
    case CatalogKind::Subscription:
        return {u"subscriptions"_s,
                u"id, group_id, name"_s,
                {Error::Code::NotFound, Field::subscriptions, Database::tr("The subscription no longer exists.")}};
    case CatalogKind::SecurityGroup:
        return {u"security_groups"_s,
                u"id, group_id, name, permissions"_s,
                {Error::Code::NotFound, Field::securityGroups, Database::tr("The security group no longer exists.")}};
    }
    return {};
}

QString selectColumns(CatalogKind kind)
{
    return storageOf(kind).columns;
}

Error gone(CatalogKind kind)
{
    return storageOf(kind).gone;
}

template<typename T, typename Reader> Result<T> one(Database &db, CatalogKind kind, qint64 id, Reader read)
{
    auto query = db.run(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(selectColumns(kind), CatalogStore::table(kind)), {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(gone(kind));
    return read(*query, At {});
}

template<typename T, typename Reader>
Result<QList<T>> many(Database &db, CatalogKind kind, const QList<qint64> &groupIds, Reader read)
{
    const IdList groups = idList(groupIds);
    return readRows(db.run(u"SELECT %1 FROM %2 WHERE group_id IN (%3) ORDER BY %4"_s.arg(
                               selectColumns(kind), CatalogStore::table(kind), groups.marks, groupOrder(groupIds)),
                           groups.values),
                    [&](const QSqlQuery &row) { return read(row, At {}); });
}

} // namespace

QString CatalogStore::table(CatalogKind kind)
{
    return storageOf(kind).table;
}

Result<qint64> CatalogStore::insert(const Profile &profile, const QDateTime &now, qint64 id)
{
    QStringList columns {u"group_id"_s,           u"name"_s,      u"name_key"_s, u"data_lock"_s, u"backup_locations"_s,
                         u"notification_level"_s, u"created_at"_s};
    columns.append(QuotaColumns::names(profileQuotas));
    QVariantList values {profile.groupId,
                         profile.name,
                         GroupRules::nameKey(profile.name),
                         profile.dataLock,
                         toKey(profile.backupLocations),
                         toKey(profile.notificationLevel),
                         Timestamps::toStorage(now)};
    values.append(QuotaColumns::values(profile.quotas, profileQuotas));
    return insertRow(u"profiles"_s, columns, values, id);
}

Result<qint64> CatalogStore::insert(const Storage &storage, const QDateTime &now, qint64 id)
{
    return insertRow(
        u"storages"_s, {u"group_id"_s, u"name"_s, u"name_key"_s, u"region"_s, u"created_at"_s},
        {storage.groupId, storage.name, GroupRules::nameKey(storage.name), storage.region, Timestamps::toStorage(now)},
        id);
}

Result<qint64> CatalogStore::insert(const Subscription &subscription, const QDateTime &now, qint64 id)
{
    return insertRow(
        u"subscriptions"_s, {u"group_id"_s, u"name"_s, u"name_key"_s, u"created_at"_s},
        {subscription.groupId, subscription.name, GroupRules::nameKey(subscription.name), Timestamps::toStorage(now)},
        id);
}

Result<qint64> CatalogStore::insert(const SecurityGroup &securityGroup, const QDateTime &now, qint64 id)
{
    return insertRow(u"security_groups"_s, {u"group_id"_s, u"name"_s, u"name_key"_s, u"permissions"_s, u"created_at"_s},
                     {securityGroup.groupId, securityGroup.name, GroupRules::nameKey(securityGroup.name),
                      securityGroup.permissions.toInt(), Timestamps::toStorage(now)},
                     id);
}

Result<qint64> CatalogStore::insertRow(const QString &table, QStringList columns, QVariantList values, qint64 id)
{
    if (id > 0) {
        columns.append(u"id"_s);
        values.append(id);
    }
    auto inserted = m_db.insert(
        u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders(values.size())), values);
    if (!inserted)
        return fail(inserted.error());
    return id > 0 ? id : *inserted;
}

Result<void> CatalogStore::update(const Profile &profile)
{
    QStringList assignments {u"name = ?"_s, u"name_key = ?"_s, u"data_lock = ?"_s, u"backup_locations = ?"_s,
                             u"notification_level = ?"_s};
    for (const QString &column : QuotaColumns::names(profileQuotas))
        assignments.append(column + u" = ?"_s);
    QVariantList values {profile.name, GroupRules::nameKey(profile.name), profile.dataLock,
                         toKey(profile.backupLocations), toKey(profile.notificationLevel)};
    values.append(QuotaColumns::values(profile.quotas, profileQuotas));
    values.append(profile.id);
    return m_db.change(u"UPDATE profiles SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)), values,
                       gone(CatalogKind::Profile));
}

Result<void> CatalogStore::update(const Storage &storage)
{
    return m_db.change(u"UPDATE storages SET name = ?, name_key = ?, region = ? WHERE id = ?"_s,
                       {storage.name, GroupRules::nameKey(storage.name), storage.region, storage.id},
                       gone(CatalogKind::Storage));
}

Result<void> CatalogStore::update(const Subscription &subscription)
{
    return m_db.change(u"UPDATE subscriptions SET name = ?, name_key = ? WHERE id = ?"_s,
                       {subscription.name, GroupRules::nameKey(subscription.name), subscription.id},
                       gone(CatalogKind::Subscription));
}

Result<void> CatalogStore::update(const SecurityGroup &securityGroup)
{
    return m_db.change(u"UPDATE security_groups SET name = ?, name_key = ?, permissions = ? WHERE id = ?"_s,
                       {securityGroup.name, GroupRules::nameKey(securityGroup.name), securityGroup.permissions.toInt(),
                        securityGroup.id},
                       gone(CatalogKind::SecurityGroup));
}

Result<void> CatalogStore::remove(CatalogKind kind, qint64 id)
{
    return m_db.change(u"DELETE FROM %1 WHERE id = ?"_s.arg(table(kind)), {id}, gone(kind));
}

Result<Profile> CatalogStore::profile(qint64 id)
{
    return one<Profile>(m_db, CatalogKind::Profile, id, readProfile);
}

Result<Storage> CatalogStore::storage(qint64 id)
{
    return one<Storage>(m_db, CatalogKind::Storage, id, readStorage);
}

Result<Subscription> CatalogStore::subscription(qint64 id)
{
    return one<Subscription>(m_db, CatalogKind::Subscription, id, readSubscription);
}

Result<SecurityGroup> CatalogStore::securityGroup(qint64 id)
{
    return one<SecurityGroup>(m_db, CatalogKind::SecurityGroup, id, readSecurityGroup);
}

Result<QList<Profile>> CatalogStore::profiles(const QList<qint64> &groupIds)
{
    return many<Profile>(m_db, CatalogKind::Profile, groupIds, readProfile);
}

Result<QList<Storage>> CatalogStore::storages(const QList<qint64> &groupIds)
{
    return many<Storage>(m_db, CatalogKind::Storage, groupIds, readStorage);
}

Result<QList<Subscription>> CatalogStore::subscriptions(const QList<qint64> &groupIds)
{
    return many<Subscription>(m_db, CatalogKind::Subscription, groupIds, readSubscription);
}

Result<QList<SecurityGroup>> CatalogStore::securityGroups(const QList<qint64> &groupIds)
{
    return many<SecurityGroup>(m_db, CatalogKind::SecurityGroup, groupIds, readSecurityGroup);
}

Database::Read CatalogStore::listsRead(qint64 groupId, const CatalogParts &parts, Lists *into,
                                       GroupStore::ChainStart start, bool storagesOfDefault)
{
    // A row per item: its kind, its place, then the shared columns, then each kind's own columns
    // side by side (region, permissions, the profile's), those of the other kinds as placeholders.
    // A number's placeholder is 0, not NULL: PostgreSQL types a column of a UNION by its first
    // branches, and NULL in all of them would make it text. The statement walks the group's chain
    // itself, so that it needs nothing read before it (Database::readTogether).
    const QString noProfile =
        u"0, NULL, NULL, "_s + QStringList(QuotaColumns::names(profileQuotas).size(), u"0"_s).join(u", "_s);
    struct Part
    {
        bool wanted;
        CatalogKind kind;
        QString own;
    };
    const std::array<Part, 4> all {{
        {parts.profiles, CatalogKind::Profile,
         u"NULL, 0, data_lock, backup_locations, notification_level, "_s + QuotaColumns::list(profileQuotas)},
        {parts.storages, CatalogKind::Storage, u"region, 0, "_s + noProfile},
        {parts.subscriptions, CatalogKind::Subscription, u"NULL, 0, "_s + noProfile},
        {parts.securityGroups, CatalogKind::SecurityGroup, u"NULL, permissions, "_s + noProfile},
    }};
    QStringList branches;
    for (int kind = 0; kind < int(all.size()); ++kind) {
        const bool byDefault = !all[kind].wanted && all[kind].kind == CatalogKind::Storage && storagesOfDefault;
        if (!all[kind].wanted && !byDefault)
            continue;
        branches.append(u"SELECT %1 AS list_kind, chain.depth AS list_rank, name_key AS list_key, id, group_id, name, "
                        "%2 FROM %3 JOIN chain ON group_id = chain.link"_s.arg(QString::number(kind), all[kind].own,
                                                                               table(all[kind].kind)));
        if (byDefault)
            branches.last() += u" WHERE EXISTS (SELECT 1 FROM groups d JOIN chain c ON d.id = c.link "
                               "WHERE d.default_storage_id IS NOT NULL)"_s;
    }
    *into = {};
    // Nothing wanted: a statement that reads no row, for readTogether()'s sake.
    if (branches.isEmpty())
        return {u"SELECT 1 WHERE 1 = 0"_s, {}, [](QSqlQuery &) {
                    return Result<void>();
                }};
    return {GroupStore::chainClause(start) + branches.join(u" UNION ALL "_s)
                + u" ORDER BY list_kind, list_rank, list_key, id"_s,
            {groupId},
            [all, into](QSqlQuery &rows) -> Result<void> {
                constexpr int shared = 3; // list_kind, list_rank, list_key come first
                while (rows.next()) {
                    switch (all[rows.value(0).toInt()].kind) {
                    case CatalogKind::Profile:
                        into->profiles.append(readProfile(rows, {shared, shared + 5}));
                        break;
                    case CatalogKind::Storage:
                        into->storages.append(readStorage(rows, {shared, shared + 3}));
                        break;
                    case CatalogKind::Subscription:
                        into->subscriptions.append(readSubscription(rows, {shared, shared + 3}));
                        break;
                    case CatalogKind::SecurityGroup:
                        into->securityGroups.append(readSecurityGroup(rows, {shared, shared + 4}));
                        break;
                    }
                }
                return {};
            }};
}

Result<CatalogStore::Lists> CatalogStore::lists(qint64 groupId, const CatalogParts &parts)
{
    Lists lists;
    if (auto read = m_db.readTogether({listsRead(groupId, parts, &lists)}); !read)
        return fail(read.error());
    return lists;
}

Result<bool> CatalogStore::nameExists(CatalogKind kind, qint64 groupId, const QString &name, qint64 exceptId)
{
    auto query = m_db.run(u"SELECT 1 FROM %1 WHERE group_id = ? AND name_key = ? AND id <> ?"_s.arg(table(kind)),
                          {groupId, GroupRules::nameKey(name), exceptId});
    if (!query)
        return fail(query.error());
    return query->next();
}

namespace {

// Where accounts refer to an item of each kind, and which column of a group names it as the
// group's default (none for security groups).
struct KindReferences
{
    QString usage;
    QString defaultColumn;
};

KindReferences references(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Profile:
        return {u"SELECT count(*) FROM accounts WHERE profile_id = ?"_s, u"default_profile_id"_s};
    case CatalogKind::Storage:
        return {u"SELECT count(*) FROM accounts WHERE storage_id = ?"_s, u"default_storage_id"_s};
    case CatalogKind::Subscription:
        return {u"SELECT count(*) FROM account_subscriptions WHERE subscription_id = ?"_s,
                u"default_subscription_id"_s};
    case CatalogKind::SecurityGroup:
        return {u"SELECT count(*) FROM account_security_groups WHERE security_group_id = ?"_s, QString()};
    }
    return {};
}

} // namespace

Result<int> CatalogStore::usage(CatalogKind kind, qint64 id)
{
    auto query = m_db.run(references(kind).usage, {id});
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QStringList> CatalogStore::groupsWithDefault(CatalogKind kind, qint64 id)
{
    const QString column = references(kind).defaultColumn;
    if (column.isEmpty())
        return QStringList();
    auto query = m_db.run(u"SELECT name FROM groups WHERE %1 = ? ORDER BY name_key, id"_s.arg(column), {id});
    if (!query)
        return fail(query.error());
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

namespace {

std::pair<QString, QString> linkTable(CatalogKind kind)
{
    if (kind == CatalogKind::Subscription)
        return {u"account_subscriptions"_s, u"subscription_id"_s};
    return {u"account_security_groups"_s, u"security_group_id"_s};
}

} // namespace

Result<QList<qint64>> CatalogStore::links(CatalogKind kind, qint64 accountId)
{
    auto links = linksOf(kind, {accountId});
    if (!links)
        return fail(links.error());
    return links->value(accountId);
}

Result<QHash<qint64, QList<qint64>>> CatalogStore::linksOf(CatalogKind kind, const QList<qint64> &accountIds)
{
    const auto [linkName, column] = linkTable(kind);
    const IdList accounts = idList(accountIds);
    auto rows =
        readRows(m_db.run(u"SELECT account_id, %1 FROM %2 WHERE account_id IN (%3) ORDER BY account_id, %1"_s.arg(
                              column, linkName, accounts.marks),
                          accounts.values),
                 [](const QSqlQuery &row) { return std::pair(row.value(0).toLongLong(), row.value(1).toLongLong()); });
    if (!rows)
        return fail(rows.error());
    QHash<qint64, QList<qint64>> links;
    for (const auto &[account, id] : std::as_const(*rows))
        links[account].append(id);
    return links;
}

Result<CatalogStore::AccountLinks> CatalogStore::allLinksOf(const QList<qint64> &accountIds)
{
    AccountLinks links;
    if (auto read = m_db.readTogether({allLinksOfRead(accountIds, &links)}); !read)
        return fail(read.error());
    return links;
}

Database::Read CatalogStore::allLinksOfRead(const QList<qint64> &accountIds, AccountLinks *into)
{
    // One statement, not one per kind: reading an account is a round trip fewer over a slow link.
    const auto [subscriptionLinks, subscription] = linkTable(CatalogKind::Subscription);
    const auto [securityGroupLinks, securityGroup] = linkTable(CatalogKind::SecurityGroup);
    const IdList accounts = idList(accountIds);
    *into = {};
    return {u"SELECT 0, account_id, %1 FROM %2 WHERE account_id IN (%5) UNION ALL "
            "SELECT 1, account_id, %3 FROM %4 WHERE account_id IN (%5) ORDER BY 1, 2, 3"_s.arg(
                subscription, subscriptionLinks, securityGroup, securityGroupLinks, accounts.marks),
            accounts.values + accounts.values, [into](QSqlQuery &rows) -> Result<void> {
                while (rows.next()) {
                    const bool isSecurityGroup = rows.value(0).toInt() == 1;
                    (isSecurityGroup ? into->securityGroups : into->subscriptions)[rows.value(1).toLongLong()].append(
                        rows.value(2).toLongLong());
                }
                return {};
            }};
}

Result<void> CatalogStore::setLinks(CatalogKind kind, qint64 accountId, const QList<qint64> &ids)
{
    const auto [linkName, column] = linkTable(kind);
    auto current = links(kind, accountId);
    if (!current)
        return fail(current.error());
    // Only the differences: removing a license from a data-locked account must stay refused,
    // while re-saving the same set is fine.
    for (qint64 id : *current) {
        if (!ids.contains(id)) {
            if (auto removed = m_db.run(u"DELETE FROM %1 WHERE account_id = ? AND %2 = ?"_s.arg(linkName, column),
                                        {accountId, id});
                !removed)
                return fail(removed.error());
        }
    }
    QList<Link> added;
    for (qint64 id : ids) {
        if (!current->contains(id))
            added.append({accountId, id});
    }
    return addLinks(kind, added);
}

Result<void> CatalogStore::addLinks(CatalogKind kind, const QList<Link> &links)
{
    const auto [linkName, column] = linkTable(kind);
    QList<QVariantList> rows;
    rows.reserve(links.size());
    for (const Link &link : links)
        rows.append({link.accountId, link.id});
    return insertRows(m_db, u"INSERT INTO %1 (account_id, %2) VALUES "_s.arg(linkName, column), rows);
}

Result<void> CatalogStore::removeLinks(CatalogKind kind, const QList<Link> &links)
{
    const auto [linkName, column] = linkTable(kind);
    QMap<qint64, QList<qint64>> accountsOf; // by catalog item, in id order
    for (const Link &link : links)
        accountsOf[link.id].append(link.accountId);
    for (auto it = accountsOf.cbegin(); it != accountsOf.cend(); ++it) {
        const IdList accounts = idList(it.value());
        QVariantList values {it.key()};
        values.append(accounts.values);
        if (auto removed = m_db.run(
                u"DELETE FROM %1 WHERE %2 = ? AND account_id IN (%3)"_s.arg(linkName, column, accounts.marks), values);
            !removed)
            return fail(removed.error());
    }
    return {};
}

Result<QList<qint64>> CatalogStore::accountsOnProfile(qint64 profileId)
{
    return readIds(m_db.run(u"SELECT id FROM accounts WHERE profile_id = ? ORDER BY id"_s, {profileId}));
}

CatalogParts CatalogParts::neededBy(const AccountDraft &draft)
{
    return {.profiles = draft.profileId != 0,
            .storages = draft.storageId != 0,
            .subscriptions = !draft.subscriptionIds.isEmpty(),
            .securityGroups = !draft.securityGroupIds.isEmpty()};
}

CatalogParts CatalogParts::united(const CatalogParts &other) const
{
    return {.profiles = profiles || other.profiles,
            .storages = storages || other.storages,
            .subscriptions = subscriptions || other.subscriptions,
            .securityGroups = securityGroups || other.securityGroups};
}

QList<Database::Read> catalogReads(Database &database, qint64 groupId, const CatalogParts &parts, CatalogRows *into,
                                   GroupStore::ChainStart start)
{
    // Storages are read also when the chain names a default storage, whose list it needs: the
    // lists' statement asks the chain itself.
    return {GroupStore(database).chainRead(groupId, &into->chain, start),
            CatalogStore(database).listsRead(groupId, parts, &into->lists, start, true)};
}

Catalog CatalogRows::catalog() &&
{
    Catalog catalog;
    catalog.ancestry = chain.ids;
    catalog.limits = chain.limits();
    QList<GroupDefaults::Link> links;
    for (qsizetype i = 0; i < chain.ids.size(); ++i) {
        const GroupSettings &settings = chain.settings.at(i);
        catalog.services &= settings.services;
        links.append({chain.ids.at(i), chain.names.value(i), settings.defaultProfileId, settings.defaultSubscriptionId,
                      settings.defaultStorageId});
    }
    catalog.defaultStorageId = GroupDefaults::storage(links).id;
    catalog.profiles = std::move(lists.profiles);
    catalog.storages = std::move(lists.storages);
    catalog.subscriptions = std::move(lists.subscriptions);
    catalog.securityGroups = std::move(lists.securityGroups);
    GroupDefaults::fill(catalog, links);
    return catalog;
}

Result<Catalog> loadCatalog(Database &database, qint64 groupId, CatalogParts parts)
{
    // The chain's settings and the lists, one statement each, sent together: one round trip.
    CatalogRows rows;
    if (auto read = database.readTogether(catalogReads(database, groupId, parts, &rows)); !read)
        return fail(read.error());
    return std::move(rows).catalog();
}

} // namespace bc
