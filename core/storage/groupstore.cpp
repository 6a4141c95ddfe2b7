#include "core/storage/groupstore.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/storage/databasestatements.h"
#include "core/storage/quotacolumns.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// A group caps its accounts with limits; it keeps no overages.
constexpr auto groupLimits = QuotaColumns::Parts::Limits;

QString selectGroups()
{
    // The account count is a column the database keeps (0005_lists.sql): no account is read.
    return u"SELECT g.id, coalesce(g.parent_id, 0), g.name, g.created_at, g.account_count, "
           "(SELECT count(*) FROM groups c WHERE c.parent_id = g.id), g.require_mfa, %1 FROM groups g "_s.arg(
               QuotaColumns::list(groupLimits));
}

Group readGroup(const QSqlQuery &query)
{
    Group group;
    group.id = query.value(0).toLongLong();
    group.parentId = query.value(1).toLongLong();
    group.name = query.value(2).toString();
    group.createdAt = Timestamps::fromStorage(query.value(3).toString());
    group.accountCount = query.value(4).toInt();
    group.childCount = query.value(5).toInt();
    group.mfaRequired = query.value(6).toBool();
    QuotaColumns::read(query, 7, groupLimits, group.limits);
    return group;
}

Error groupGone()
{
    return {Error::Code::NotFound, Field::group, Database::tr("The group no longer exists.")};
}

} // namespace

Result<qint64> GroupStore::insert(qint64 parentId, const QString &name, const Quotas &limits, const QDateTime &now,
                                  qint64 id)
{
    QString columns = u"parent_id, name, name_key, created_at, "_s + QuotaColumns::list(groupLimits);
    QVariantList values {nullableId(parentId), name, GroupRules::nameKey(name), Timestamps::toStorage(now)};
    values.append(QuotaColumns::values(limits, groupLimits));
    if (id > 0) {
        columns += u", id"_s;
        values.append(id);
    }
    auto inserted =
        m_db.insert(u"INSERT INTO groups (%1) VALUES (%2)"_s.arg(columns, placeholders(values.size())), values);
    if (!inserted)
        return fail(inserted.error());
    return id > 0 ? id : *inserted;
}

Result<void> GroupStore::setMfaRequired(qint64 id, bool required)
{
    return m_db.change(u"UPDATE groups SET require_mfa = ? WHERE id = ?"_s, {required, id}, groupGone());
}

Result<void> GroupStore::rename(qint64 id, const QString &name)
{
    return m_db.change(u"UPDATE groups SET name = ?, name_key = ? WHERE id = ?"_s,
                       {name, GroupRules::nameKey(name), id}, groupGone());
}

Result<void> GroupStore::remove(qint64 id)
{
    return m_db.change(u"DELETE FROM groups WHERE id = ?"_s, {id}, groupGone());
}

Result<Group> GroupStore::byId(qint64 id)
{
    auto query = m_db.run(selectGroups() + u"WHERE g.id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(groupGone());
    return readGroup(*query);
}

Result<std::optional<Group>> GroupStore::root()
{
    auto query = m_db.run(selectGroups() + u"WHERE g.parent_id IS NULL"_s);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Group>();
    return std::optional<Group>(readGroup(*query));
}

Database::Read GroupStore::firstStepsRead(FirstSteps *into)
{
    *into = {};
    return {u"SELECT EXISTS (SELECT 1 FROM groups c WHERE c.parent_id = r.id), EXISTS (SELECT 1 FROM accounts), "
            "EXISTS (SELECT 1 FROM storages s WHERE s.group_id = r.id), "
            "EXISTS (SELECT 1 FROM profiles p WHERE p.group_id = r.id) FROM groups r WHERE r.parent_id IS NULL"_s,
            {},
            [into](QSqlQuery &rows) -> Result<void> {
                if (!rows.next())
                    return {};
                into->hasRoot = true;
                into->customers = rows.value(0).toBool();
                into->accounts = rows.value(1).toBool();
                into->storages = rows.value(2).toBool();
                into->profiles = rows.value(3).toBool();
                return {};
            }};
}

Result<QList<Group>> GroupStore::children(qint64 parentId)
{
    return readRows(m_db.run(selectGroups() + u"WHERE g.parent_id = ? ORDER BY g.name_key, g.id"_s, {parentId}),
                    readGroup);
}

Result<QHash<qint64, QList<Group>>> GroupStore::childrenOf(const QList<qint64> &parentIds)
{
    QHash<qint64, QList<Group>> children;
    if (parentIds.isEmpty())
        return children;
    QStringList marks;
    marks.fill(u"?"_s, parentIds.size());
    QVariantList values;
    for (qint64 id : parentIds)
        values.append(id);
    auto rows = readRows(
        m_db.run(selectGroups() + u"WHERE g.parent_id IN (%1) ORDER BY g.name_key, g.id"_s.arg(marks.join(u", "_s)),
                 values),
        readGroup);
    if (!rows)
        return fail(rows.error());
    for (qint64 id : parentIds)
        children.insert(id, {});
    for (const Group &group : std::as_const(*rows))
        children[group.parentId].append(group);
    return children;
}

Result<GroupStore::TopOfTree> GroupStore::topWithChildren(qint64 top)
{
    TopOfTree tree;
    if (auto read = m_db.readTogether({topWithChildrenRead(top, &tree)}); !read)
        return fail(read.error());
    return tree;
}

Database::Read GroupStore::topWithChildrenRead(qint64 top, TopOfTree *into)
{
    *into = {};
    const auto read = [top, into](QSqlQuery &rows) -> Result<void> {
        while (rows.next()) {
            Group group = readGroup(rows);
            if (top == 0 ? group.parentId == 0 : group.id == top)
                into->top = std::move(group);
            else
                into->children.append(std::move(group));
        }
        if (top != 0 && !into->top)
            return fail(groupGone());
        return {};
    };
    if (top == 0)
        return {selectGroups()
                    + u"WHERE g.parent_id IS NULL OR g.parent_id = (SELECT id FROM groups WHERE "
                      "parent_id IS NULL) ORDER BY g.name_key, g.id"_s,
                {},
                read};
    return {selectGroups() + u"WHERE g.id = ? OR g.parent_id = ? ORDER BY g.name_key, g.id"_s, {top, top}, read};
}

Result<QList<Group>> GroupStore::all()
{
    return readRows(m_db.run(selectGroups() + u"ORDER BY coalesce(g.parent_id, 0), g.name_key, g.id"_s), readGroup);
}

Result<bool> GroupStore::siblingNameExists(qint64 parentId, const QString &name, qint64 exceptId)
{
    auto query = m_db.run(u"SELECT 1 FROM groups WHERE coalesce(parent_id, 0) = ? AND name_key = ? AND id <> ?"_s,
                          {parentId, GroupRules::nameKey(name), exceptId});
    if (!query)
        return fail(query.error());
    return query->next();
}

Result<Quotas> GroupStore::effectiveLimits(qint64 id)
{
    auto found = chain(id);
    if (!found)
        return fail(found.error());
    return found->limits();
}

} // namespace bc

namespace bc {

namespace {

// The group of the one value and the groups above it, as rows (link, parent, depth): one
// statement for the whole chain (64 groups at most, against a cycle).
const QString chainOfGroups =
    u"WITH RECURSIVE chain (link, parent, depth) AS ("
    "SELECT id, coalesce(parent_id, 0), 0 FROM groups WHERE id = ? UNION ALL "
    "SELECT g.id, coalesce(g.parent_id, 0), c.depth + 1 FROM groups g JOIN chain c ON g.id = c.parent "
    "WHERE c.depth < 63) "_s;

} // namespace

QString GroupStore::chainClause(ChainStart start)
{
    if (start == ChainStart::Group)
        return chainOfGroups;
    QString clause = chainOfGroups;
    return clause.replace(u"WHERE id = ?"_s, u"WHERE id = (SELECT group_id FROM accounts WHERE id = ?)"_s);
}

QString GroupStore::subtreeClause()
{
    return u"WITH RECURSIVE subtree (id) AS (SELECT id FROM groups WHERE id = ? UNION ALL "
           "SELECT g.id FROM groups g JOIN subtree s ON g.parent_id = s.id) "_s;
}

Error GroupStore::gone()
{
    return groupGone();
}

Result<QList<qint64>> GroupStore::ancestry(qint64 id)
{
    auto ids = readIds(m_db.run(chainOfGroups + u"SELECT link FROM chain ORDER BY depth"_s, {id}));
    if (ids && ids->isEmpty() && id != 0)
        return fail(groupGone());
    return ids;
}

namespace {

// From the groups `start` selects up through the groups above them, one row per group and level:
// (id, parent, depth, name, name_key, above_key, above_name). The row of a group whose parent is 0
// has reached the top: its above_key and above_name hold the keys and the names of every group
// above it, each followed by "/" ("northwind msp/contoso/"). 64 levels at most, against a cycle.
// The common table "climb": from each group `start` names up to the top group, the names above it.
// Without "WITH RECURSIVE", so that it can follow another common table.
QString climbFrom(const QString &start, DatabaseAddress::Backend backend)
{
    // A recursive query takes the types of its columns from its first part: PostgreSQL their
    // collation too, MariaDB their length too (63 names of 100 characters and their slashes).
    QString empty;
    switch (backend) {
    case DatabaseAddress::Backend::Sqlite:
        empty = u"''"_s;
        break;
    case DatabaseAddress::Backend::PostgreSql:
        empty = u"CAST('' AS TEXT) COLLATE \"C\""_s;
        break;
    case DatabaseAddress::Backend::MariaDb:
        empty = u"CAST('' AS CHAR(6400))"_s;
        break;
    }
    return u"climb (id, parent, depth, name, name_key, above_key, above_name) AS ("
           "SELECT id, coalesce(parent_id, 0), 0, name, name_key, %2, %2 FROM groups WHERE %1 UNION ALL "
           "SELECT c.id, coalesce(g.parent_id, 0), c.depth + 1, c.name, c.name_key, g.name_key || '/' || c.above_key, "
           "g.name || '/' || c.above_name FROM groups g JOIN climb c ON g.id = c.parent WHERE c.depth < 63) "_s.arg(
               start, empty);
}

} // namespace

Result<QList<GroupMatch>> GroupStore::findByPath(const QString &text, int limit, qint64 within)
{
    QStringList pieces;
    for (const QString &piece : text.split(u'/', Qt::SkipEmptyParts)) {
        if (const QString key = GroupRules::nameKey(piece); !key.isEmpty())
            pieces.append(key);
    }
    if (pieces.isEmpty() || limit <= 0)
        return QList<GroupMatch>();
    const QString own = likeLiteral(pieces.takeLast());
    QVariantList values {u'%' + own + u'%'};
    // Within a group: the common table "subtree" before "climb", its id the first value.
    QString with = u"WITH RECURSIVE "_s;
    if (within != 0) {
        with = subtreeClause() + u", "_s;
        values.prepend(within);
    }
    QString sql = with + climbFrom(u"name_key LIKE ? ESCAPE '!'"_s, m_db.backend())
        + u"SELECT id, name, above_name || name FROM climb WHERE parent = 0 "_s;
    if (within != 0)
        sql += u"AND id IN (SELECT id FROM subtree) "_s;
    if (!pieces.isEmpty()) {
        // Each piece inside a name above, each name followed by its "/": "%north%/%con%/%".
        QString above;
        for (const QString &piece : std::as_const(pieces))
            above += u'%' + likeLiteral(piece) + u"%/"_s;
        sql += u"AND above_key LIKE ? ESCAPE '!' "_s;
        values.append(QString(above + u'%'));
    }
    sql += u"ORDER BY CASE WHEN name_key LIKE ? ESCAPE '!' THEN 0 ELSE 1 END, depth, above_key || name_key, id "
           "LIMIT ?"_s;
    values << QString(own + u'%') << limit;
    auto query = m_db.run(sql, values);
    if (!query)
        return fail(query.error());
    QList<GroupMatch> found;
    while (query->next())
        found.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return found;
}

Result<QHash<qint64, QString>> GroupStore::paths(const QList<qint64> &ids)
{
    QHash<qint64, QString> paths;
    if (ids.isEmpty())
        return paths;
    const IdList groups = idList(ids);
    auto query = m_db.run(u"WITH RECURSIVE "_s + climbFrom(u"id IN (%1)"_s.arg(groups.marks), m_db.backend())
                              + u"SELECT id, above_name || name FROM climb WHERE parent = 0"_s,
                          groups.values);
    if (!query)
        return fail(query.error());
    while (query->next())
        paths.insert(query->value(0).toLongLong(), query->value(1).toString());
    return paths;
}

namespace {

QString settingsColumns()
{
    return u"id, customer_id, contact_company, contact_address, contact_phone, contact_email, services, auto_backup, "
           "coalesce(default_storage_id, 0), %1, coalesce(default_profile_id, 0), coalesce(default_subscription_id, "
           "0), "
           "name"_s.arg(QuotaColumns::list(groupLimits));
}

// A row of settingsColumns().
GroupSettings readSettings(const QSqlQuery &query)
{
    GroupSettings settings;
    settings.customerId = query.value(1).toString();
    settings.contactCompany = query.value(2).toString();
    settings.contactAddress = query.value(3).toString();
    settings.contactPhone = query.value(4).toString();
    settings.contactEmail = query.value(5).toString();
    settings.services = Services::fromInt(query.value(6).toInt());
    settings.backupNewUsersAutomatically = Services::fromInt(query.value(7).toInt());
    settings.defaultStorageId = query.value(8).toLongLong();
    int column = QuotaColumns::read(query, 9, groupLimits, settings.limits);
    settings.defaultProfileId = query.value(column++).toLongLong();
    settings.defaultSubscriptionId = query.value(column++).toLongLong();
    return settings;
}

// The group's name in a row of settingsColumns().
QString readName(const QSqlQuery &query)
{
    return query.value(9 + static_cast<int>(allResources.size()) + 2).toString();
}

} // namespace

Result<GroupSettings> GroupStore::settings(qint64 id)
{
    GroupSettings settings;
    if (auto read = m_db.readTogether(settingsReads(id, &settings)); !read)
        return fail(read.error());
    return settings;
}

QList<Database::Read> GroupStore::settingsReads(qint64 id, GroupSettings *into)
{
    *into = {};
    return {{u"SELECT %1 FROM groups WHERE id = ?"_s.arg(settingsColumns()),
             {id},
             [into](QSqlQuery &rows) -> Result<void> {
                 if (!rows.next())
                     return fail(groupGone());
                 *into = readSettings(rows);
                 return {};
             }},
            {u"SELECT email FROM group_digest_recipients WHERE group_id = ? ORDER BY position"_s,
             {id},
             [into](QSqlQuery &rows) -> Result<void> {
                 while (rows.next())
                     into->digestRecipients.append(rows.value(0).toString());
                 return {};
             }}};
}

Quotas GroupStore::Chain::limits() const
{
    Quotas tightest;
    for (const GroupSettings &group : settings)
        tightest = GroupRules::tightest(tightest, group.limits);
    return tightest;
}

Quotas GroupStore::Chain::limitsAbove() const
{
    Quotas tightest;
    for (qsizetype i = 1; i < settings.size(); ++i)
        tightest = GroupRules::tightest(tightest, settings.at(i).limits);
    return tightest;
}

QString GroupStore::Chain::path() const
{
    QStringList downwards(names.crbegin(), names.crend());
    return downwards.join(u'/');
}

Result<GroupStore::Chain> GroupStore::chain(qint64 id)
{
    Chain chain;
    if (auto read = m_db.readTogether({chainRead(id, &chain)}); !read)
        return fail(read.error());
    return chain;
}

Database::Read GroupStore::chainRead(qint64 id, Chain *into, ChainStart start)
{
    *into = {};
    return {chainClause(start)
                + u"SELECT %1 FROM groups JOIN chain ON groups.id = chain.link ORDER BY chain.depth"_s.arg(
                    settingsColumns()),
            {id},
            [id, into](QSqlQuery &rows) -> Result<void> {
                while (rows.next()) {
                    into->ids.append(rows.value(0).toLongLong());
                    into->settings.append(readSettings(rows));
                    into->names.append(readName(rows));
                }
                if (into->ids.isEmpty() && id != 0)
                    return fail(groupGone());
                return {};
            }};
}

Result<void> GroupStore::saveSettings(qint64 id, const GroupSettings &settings)
{
    QStringList assignments {u"customer_id = ?"_s,        u"contact_company = ?"_s,
                             u"contact_address = ?"_s,    u"contact_phone = ?"_s,
                             u"contact_email = ?"_s,      u"services = ?"_s,
                             u"auto_backup = ?"_s,        u"default_storage_id = ?"_s,
                             u"default_profile_id = ?"_s, u"default_subscription_id = ?"_s};
    QVariantList values {settings.customerId,
                         settings.contactCompany,
                         settings.contactAddress,
                         settings.contactPhone,
                         settings.contactEmail,
                         settings.services.toInt(),
                         settings.backupNewUsersAutomatically.toInt(),
                         nullableId(settings.defaultStorageId),
                         nullableId(settings.defaultProfileId),
                         nullableId(settings.defaultSubscriptionId)};
    for (const QString &column : QuotaColumns::names(groupLimits))
        assignments.append(column + u" = ?"_s);
    values.append(QuotaColumns::values(settings.limits, groupLimits));
    values.append(id);
    if (auto saved =
            m_db.change(u"UPDATE groups SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)), values, groupGone());
        !saved)
        return saved;
    if (auto cleared = m_db.run(u"DELETE FROM group_digest_recipients WHERE group_id = ?"_s, {id}); !cleared)
        return fail(cleared.error());
    for (qsizetype i = 0; i < settings.digestRecipients.size(); ++i) {
        if (auto added = m_db.run(u"INSERT INTO group_digest_recipients (group_id, position, email) VALUES (?, ?, ?)"_s,
                                  {id, i, settings.digestRecipients.at(i)});
            !added)
            return fail(added.error());
    }
    return {};
}

} // namespace bc
