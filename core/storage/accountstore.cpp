#include "core/storage/accountstore.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/storage/databasestatements.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// How many rows of the sort column's index the first page of a search may walk (about 10 ms).
constexpr int searchWalkRows = 65536;

QString quotaColumns()
{
    QStringList columns;
    for (Resource resource : allResources) {
        const QString prefix = Quotas::columnPrefix(resource);
        columns << prefix + "_limit"_L1 << prefix + "_overage"_L1;
    }
    return columns.join(u", "_s);
}

// What readAccount() reads, in its order.
QString accountColumns()
{
    return u"id, group_id, login, email, first_name, last_name, administrator, agent_auto_update, "
           "backup_locations, notification_level, business_notifications, status, created_at, updated_at, "
           "activated_at, %1, display_name, notification_email, mobile, phone, address, "
           "password_hash IS NOT NULL, coalesce(profile_id, 0), coalesce(storage_id, 0), overrides, "
           "subscription_count"_s.arg(quotaColumns());
}

QString selectAccounts()
{
    return u"SELECT "_s + accountColumns() + u" FROM accounts "_s;
}

Account readAccount(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.groupId = query.value(1).toLongLong();
    account.login = query.value(2).toString();
    account.email = query.value(3).toString();
    account.firstName = query.value(4).toString();
    account.lastName = query.value(5).toString();
    account.administrator = query.value(6).toBool();
    account.agentAutoUpdate = query.value(7).toBool();
    account.backupLocations =
        AccountText::backupLocationsFromKey(query.value(8).toString()).value_or(BackupLocations::LocalAndCloud);
    account.notificationLevel =
        AccountText::notificationLevelFromKey(query.value(9).toString()).value_or(NotificationLevel::Less);
    account.businessNotifications = query.value(10).toBool();
    account.status = AccountText::statusFromKey(query.value(11).toString()).value_or(AccountStatus::Inactive);
    account.createdAt = Timestamps::fromStorage(query.value(12).toString());
    account.updatedAt = Timestamps::fromStorage(query.value(13).toString());
    if (!query.value(14).isNull())
        account.activatedAt = Timestamps::fromStorage(query.value(14).toString());
    int column = 15;
    for (Resource resource : allResources) {
        const QVariant limit = query.value(column++);
        account.quotas[resource].limit = limit.isNull() ? std::nullopt : std::optional<qint64>(limit.toLongLong());
        account.quotas[resource].overage = query.value(column++).toLongLong();
    }
    account.displayName = query.value(column++).toString();
    account.notificationEmail = query.value(column++).toString();
    account.mobile = query.value(column++).toString();
    account.phone = query.value(column++).toString();
    account.address = query.value(column++).toString();
    account.hasPassword = query.value(column++).toBool();
    account.profileId = query.value(column++).toLongLong();
    account.storageId = query.value(column++).toLongLong();
    const QStringList overrides = query.value(column++).toString().split(u',', Qt::SkipEmptyParts);
    account.overrides = QSet<QString>(overrides.cbegin(), overrides.cend());
    account.subscriptionCount = query.value(column++).toInt();
    return account;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, and an empty name is allowed.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

// What a name search compares: the display name, and the first and last names when it holds
// neither (a display name of its own).
QString nameSearchKey(const QString &displayName, const QString &firstName, const QString &lastName)
{
    QString name = displayName.trimmed();
    for (const QString &part : {firstName.trimmed(), lastName.trimmed()}) {
        if (!part.isEmpty() && !name.contains(part))
            name += u' ' + part;
    }
    return AccountStore::searchKey(name);
}

// The columns a person edits, and their values for `draft`, in the same order.
std::pair<QStringList, QVariantList> editableColumns(const AccountDraft &draft)
{
    QStringList overrides = draft.overrides.values();
    overrides.sort();
    QStringList columns {u"login"_s,
                         u"login_key"_s,
                         u"email"_s,
                         u"first_name"_s,
                         u"last_name"_s,
                         u"display_name"_s,
                         u"email_key"_s,
                         u"name_key"_s,
                         u"notification_email"_s,
                         u"mobile"_s,
                         u"phone"_s,
                         u"address"_s,
                         u"administrator"_s,
                         u"agent_auto_update"_s,
                         u"backup_locations"_s,
                         u"notification_level"_s,
                         u"business_notifications"_s,
                         u"profile_id"_s,
                         u"storage_id"_s,
                         u"overrides"_s};
    const auto id = [](qint64 value) {
        return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
    };
    QVariantList values {draft.login,
                         AccountRules::loginKey(draft.login),
                         draft.email,
                         text(draft.firstName),
                         text(draft.lastName),
                         text(draft.displayName),
                         text(AccountStore::searchKey(draft.email)),
                         text(nameSearchKey(draft.displayName, draft.firstName, draft.lastName)),
                         text(draft.notificationEmail),
                         text(draft.mobile),
                         text(draft.phone),
                         text(draft.address),
                         draft.administrator,
                         draft.agentAutoUpdate,
                         AccountText::key(draft.backupLocations),
                         AccountText::key(draft.notificationLevel),
                         draft.businessNotifications,
                         id(draft.profileId),
                         id(draft.storageId),
                         text(overrides.join(u','))};
    for (Resource resource : allResources) {
        const QString prefix = Quotas::columnPrefix(resource);
        const Quota &quota = draft.quotas[resource];
        columns << prefix + "_limit"_L1 << prefix + "_overage"_L1;
        values << (quota.limit ? QVariant(*quota.limit) : QVariant(QMetaType::fromType<qint64>())) << quota.overage;
    }
    return {columns, values};
}

// The columns and values of a new account's row, in the same order.
std::pair<QStringList, QVariantList> newRow(qint64 groupId, const AccountDraft &draft, AccountStatus status,
                                            const QString &stamp)
{
    auto [columns, values] = editableColumns(draft);
    columns << u"group_id"_s << u"status"_s << u"created_at"_s << u"updated_at"_s << u"activated_at"_s;
    values << groupId << AccountText::key(status) << stamp << stamp
           << (status == AccountStatus::Inactive ? QVariant() : QVariant(stamp));
    return {columns, values};
}

QString insertStatement(const QStringList &columns)
{
    QStringList placeholders;
    placeholders.fill(u"?"_s, columns.size());
    return u"INSERT INTO accounts (%1) VALUES (%2)"_s.arg(columns.join(u", "_s), placeholders.join(u", "_s));
}

Error accountGone()
{
    return {Error::Code::NotFound, Field::login, Database::tr("The account no longer exists.")};
}

} // namespace

QString AccountStore::searchKey(const QString &text)
{
    return AccountRules::loginKey(text);
}

Result<Account> AccountStore::insert(qint64 groupId, const AccountDraft &draft, AccountStatus status,
                                     const QDateTime &now, const QString &passwordHash)
{
    auto [columns, values] = newRow(groupId, draft, status, Timestamps::toStorage(now));
    if (!draft.requestId.isEmpty()) {
        columns << u"request_id"_s;
        values << draft.requestId;
    }
    if (!passwordHash.isEmpty()) {
        columns << u"password_hash"_s;
        values << passwordHash;
    }
    const QString sql = insertStatement(columns);
    const auto refused = [](Error error) {
        if (error.code == Error::Code::LoginTaken)
            error.field = Field::login;
        return fail(error);
    };
    if (m_db.backend() == DatabaseAddress::Backend::MariaDb) {
        // QMYSQL reads no rows from a prepared INSERT … RETURNING.
        auto id = m_db.insert(sql, values);
        if (!id)
            return refused(id.error());
        return byId(*id);
    }
    // The row comes back as stored (SQLite 3.35, PostgreSQL): no second statement to read it.
    auto query = m_db.run(sql + u" RETURNING "_s + accountColumns(), values);
    if (!query)
        return refused(query.error());
    if (!query->next())
        return fail(m_db.classify(query->lastError(), sql));
    return readAccount(*query);
}

Result<void> AccountStore::update(qint64 id, const AccountDraft &draft, const QDateTime &now)
{
    auto [columns, values] = editableColumns(draft);
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + u" = ?"_s);
    assignments.append(u"updated_at = ?"_s);
    values << Timestamps::toStorage(now) << id;
    auto changed =
        m_db.change(u"UPDATE accounts SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)), values, accountGone());
    if (!changed && changed.error().code == Error::Code::LoginTaken)
        changed.error().field = Field::login;
    return changed;
}

Result<void> AccountStore::setPasswordHash(qint64 id, const QString &hash)
{
    return m_db.change(u"UPDATE accounts SET password_hash = ? WHERE id = ?"_s, {hash, id}, accountGone());
}

Result<int> AccountStore::insertMany(const QList<NewAccount> &accounts, const QDateTime &now)
{
    // One prepared statement for the whole batch, in one transaction: the unique index still
    // refuses a taken login (and the batch with it), and the triggers keep the search index.
    const QString stamp = Timestamps::toStorage(now);
    return m_db.write([&]() -> Result<int> {
        if (accounts.isEmpty())
            return 0;
        const QString sql = insertStatement(newRow(0, {}, AccountStatus::Inactive, stamp).first);
        QSqlQuery query(m_db.connection());
        if (!query.prepare(sql))
            return fail(m_db.classify(query.lastError(), sql));
        for (const NewAccount &account : accounts) {
            const QVariantList values = newRow(account.groupId, account.draft, account.status, stamp).second;
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(static_cast<int>(i), Database::bindable(values.at(i)));
            if (!query.exec()) {
                Error error = m_db.classify(query.lastError(), sql);
                if (error.code == Error::Code::LoginTaken)
                    error.field = Field::login;
                return fail(error);
            }
        }
        return static_cast<int>(accounts.size());
    });
}

Result<void> AccountStore::refoldSearchKeys()
{
    auto rows = m_db.run(u"SELECT id, email, display_name, email_key, name_key, first_name, last_name FROM accounts"_s);
    if (!rows)
        return fail(rows.error());
    QList<QVariantList> changes;
    while (rows->next()) {
        const QString email = searchKey(rows->value(1).toString());
        const QString name =
            nameSearchKey(rows->value(2).toString(), rows->value(5).toString(), rows->value(6).toString());
        if (email != rows->value(3).toString() || name != rows->value(4).toString())
            changes.append({email, name, rows->value(0)});
    }
    rows->finish();
    for (const QVariantList &change : std::as_const(changes)) {
        if (auto updated = m_db.run(u"UPDATE accounts SET email_key = ?, name_key = ? WHERE id = ?"_s, change);
            !updated)
            return fail(updated.error());
    }
    return {};
}

Result<void> AccountStore::setStatus(qint64 id, AccountStatus status, const QDateTime &now)
{
    const QString stamp = Timestamps::toStorage(now);
    return m_db.change(u"UPDATE accounts SET status = ?, updated_at = ?, "
                       "activated_at = CASE WHEN ? = 'active' THEN coalesce(activated_at, ?) ELSE activated_at END "
                       "WHERE id = ?"_s,
                       {AccountText::key(status), stamp, AccountText::key(status), stamp, id}, accountGone());
}

Result<void> AccountStore::remove(qint64 id)
{
    return m_db.change(u"DELETE FROM accounts WHERE id = ?"_s, {id}, accountGone());
}

Result<Account> AccountStore::byId(qint64 id)
{
    auto query = m_db.run(selectAccounts() + u"WHERE id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(accountGone());
    return readAccount(*query);
}

Result<std::optional<Account>> AccountStore::byLogin(const QString &login)
{
    auto query = m_db.run(selectAccounts() + u"WHERE login_key = ?"_s, {AccountRules::loginKey(login)});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(*query));
}

Result<std::optional<qint64>> AccountStore::idOfRequest(const QString &requestId)
{
    auto query = m_db.run(u"SELECT id FROM accounts WHERE request_id = ?"_s, {requestId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<bool> AccountStore::loginExists(const QString &login)
{
    auto query = m_db.run(u"SELECT 1 FROM accounts WHERE login_key = ?"_s, {AccountRules::loginKey(login)});
    if (!query)
        return fail(query.error());
    return query->next();
}

Result<QStringList> AccountStore::freeLogins(const QStringList &candidates)
{
    QStringList free;
    for (const QString &candidate : candidates) {
        auto exists = loginExists(candidate);
        if (!exists)
            return fail(exists.error());
        if (!*exists)
            free.append(candidate);
    }
    return free;
}

AccountStore::Condition AccountStore::searchCondition(const QString &search, DatabaseAddress::Backend backend)
{
    if (search.toUcs4().size() >= 3 && backend != DatabaseAddress::Backend::Sqlite) {
        QString pattern = search;
        pattern.remove(QChar(1)).replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
        pattern = u'%' + pattern + u'%';
        Condition condition;
        if (backend == DatabaseAddress::Backend::PostgreSql) {
            // One pg_trgm index over the three keys (0008_search_keys.sql, the same expression);
            // chr(1) is in no key, so no match spans two of them. The index finds the matches,
            // which are then sorted: walking a sort index instead reads a table row per row passed.
            condition.sql = u"(login_key || chr(1) || email_key || chr(1) || name_key) LIKE ? ESCAPE '!'"_s;
            condition.values = {pattern};
            condition.sortMatches = true;
        } else {
            // MariaDB has no substring index: it checks the keys of every row.
            condition.sql =
                u"(login_key LIKE ? ESCAPE '!' OR email_key LIKE ? ESCAPE '!' OR name_key LIKE ? ESCAPE '!')"_s;
            condition.values = {pattern, pattern, pattern};
        }
        condition.count = u"SELECT count(*) FROM accounts WHERE "_s + condition.sql;
        return condition;
    }
    if (search.toUcs4().size() >= 3) {
        // A phrase of trigrams, matched with their positions: exactly the keys holding `search`,
        // found in the index alone. Inside quotes only a quote is special (written twice).
        QString phrase = search;
        phrase.replace(u'"', u"\"\""_s);
        return {u"id IN (SELECT rowid FROM accounts_search WHERE accounts_search MATCH ?)"_s,
                {QString(u'"' + phrase + u'"')},
                u"SELECT count(*) FROM accounts_search WHERE accounts_search MATCH ?"_s};
    }
    // Shorter than a trigram: the start of a key, one index range per key, which SQLite plans
    // as a multi-index OR.
    const QString end = prefixEnd(search);
    Condition condition;
    QStringList ranges;
    for (const QString &column : {u"login_key"_s, u"email_key"_s, u"name_key"_s}) {
        if (end.isNull()) {
            ranges.append(column + u" >= ?"_s);
            condition.values << search;
        } else {
            ranges.append(u"(%1 >= ? AND %1 < ?)"_s.arg(column));
            condition.values << search << end;
        }
    }
    condition.sql = u'(' + ranges.join(u" OR "_s) + u')';
    condition.count = u"SELECT count(*) FROM accounts WHERE "_s + condition.sql;
    return condition;
}

QString AccountStore::prefixEnd(const QString &prefix)
{
    // Keys compare by code point (SQLite's BINARY collation compares UTF-8 bytes, which orders
    // like code points): raise the last code point that can be raised, drop what follows it.
    QList<uint> codePoints = prefix.toUcs4();
    while (!codePoints.isEmpty()) {
        uint &last = codePoints.last();
        if (last < 0x10FFFF) {
            last = last + 1 == 0xD800 ? 0xE000 : last + 1;
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
        }
        codePoints.removeLast();
    }
    return {};
}

AccountStore::Condition AccountStore::traitCondition(AccountTrait trait, DatabaseAddress::Backend backend,
                                                     bool counting)
{
    // As a status: counted through an index; listed (on SQLite, through the unary plus) by
    // walking the sort column's index and checking each row, so that a page sorts nothing. Failed
    // emails are few: found through the outbox's status index, then sorted.
    const bool indexed = counting || backend != DatabaseAddress::Backend::Sqlite;
    switch (trait) {
    case AccountTrait::Unlicensed:
        // The index accounts_unlicensed (0012_list_filters.sql).
        return {indexed ? u"subscription_count = 0"_s : u"+subscription_count = 0"_s, {}, {}, false};
    case AccountTrait::Administrator:
        return {indexed ? u"administrator = ?"_s : u"+administrator = ?"_s, {true}, {}, false};
    case AccountTrait::EmailFailed:
        // What the Activation column shows: the newest activation email of an inactive account.
        return {u"status = ? AND id IN (SELECT o.account_id FROM outbox o WHERE o.status = 'failed' "
                "AND o.kind = 'activation' AND o.id = (SELECT max(m.id) FROM outbox m "
                "WHERE m.account_id = o.account_id AND m.kind = 'activation'))"_s,
                {AccountText::key(AccountStatus::Inactive)},
                {},
                false};
    }
    return {};
}

AccountStore::Filter AccountStore::filter(const AccountQuery &query, Use use)
{
    Filter result;
    QStringList conditions;
    if (query.groupId != 0) {
        if (query.includeSubgroups) {
            // The root's subtree is every group: no condition, so that the sort index alone serves.
            auto root = m_db.run(u"SELECT 1 FROM groups WHERE id = ? AND parent_id IS NULL"_s, {query.groupId});
            if (!root || !root->next()) {
                result.prefix = u"WITH RECURSIVE subtree (id) AS (SELECT id FROM groups WHERE id = ? UNION ALL "
                                "SELECT g.id FROM groups g JOIN subtree s ON g.parent_id = s.id) "_s;
                result.values.append(query.groupId);
                conditions.append(u"group_id IN (SELECT id FROM subtree)"_s);
            }
        } else {
            conditions.append(u"group_id = ?"_s);
            result.values.append(query.groupId);
        }
    }
    if (query.status) {
        // A status holds a third of a million accounts: listed through the status index they
        // would all be sorted for every page; the unary plus (SQLite) keeps that index for
        // counting only, so a page walks the sort column's index and checks each row's status.
        conditions.append(use == Use::Counting || m_db.isServer() ? u"status = ?"_s : u"+status = ?"_s);
        result.values.append(AccountText::key(*query.status));
    }
    if (query.trait) {
        const Condition trait = traitCondition(*query.trait, m_db.backend(), use == Use::Counting);
        conditions.append(trait.sql);
        result.values.append(trait.values);
    }
    if (!conditions.isEmpty())
        result.unsearched = u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    result.unsearchedValues = result.values;
    if (const QString search = searchKey(query.search); !search.isEmpty()) {
        const Condition condition = searchCondition(search, m_db.backend());
        if (conditions.isEmpty() && result.prefix.isEmpty())
            result.count = condition.count;
        conditions.append(condition.sql);
        result.values.append(condition.values);
        result.search = condition;
    }
    if (!conditions.isEmpty())
        result.where = u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    if (result.count.isEmpty() && !query.status && !query.trait && result.search.sql.isEmpty()) {
        // Whole groups: their account counts, kept by the database (0006_lists.sql), instead of
        // counting up to a million rows (80 ms on PostgreSQL, for every first page and sort).
        if (query.groupId == 0 || (query.includeSubgroups && result.prefix.isEmpty()))
            result.count = u"SELECT coalesce(sum(account_count), 0) FROM groups"_s;
        else if (query.includeSubgroups)
            result.count = result.prefix
                + u"SELECT coalesce(sum(account_count), 0) FROM groups WHERE id IN (SELECT id FROM subtree)"_s;
        else
            result.count = u"SELECT coalesce(sum(account_count), 0) FROM groups WHERE id = ?"_s;
    }
    if (result.count.isEmpty())
        result.count = result.prefix + u"SELECT count(*) FROM accounts "_s + result.where;
    return result;
}

QString AccountStore::sortExpression(AccountColumn column)
{
    switch (column) {
    case AccountColumn::Login:
        return u"login_key"_s;
    case AccountColumn::Name:
        return u"display_name"_s;
    case AccountColumn::Email:
        // Folded like the login: case does not split the list.
        return u"email_key"_s;
    case AccountColumn::Status:
        return u"status"_s;
    case AccountColumn::Administrator:
        return u"administrator"_s;
    case AccountColumn::StorageQuota:
        // The expression of the index accounts_storage_limit, letter for letter.
        return u"coalesce(storage_limit, 9223372036854775807)"_s;
    case AccountColumn::Created:
        return u"created_at"_s;
    }
    return u"login_key"_s;
}

Result<int> AccountStore::count(const AccountQuery &query)
{
    const Filter where = filter(query, Use::Counting);
    auto result = m_db.run(where.count, where.values);
    if (!result)
        return fail(result.error());
    return result->next() ? result->value(0).toInt() : 0;
}

Result<AccountStore::Page> AccountStore::countedPage(const AccountQuery &query, int offset, int limit)
{
    if (const Filter where = filter(query, Use::Listing); where.search.sortMatches) {
        auto page = sortedMatches(query, where, offset, limit);
        if (!page || page->count >= 0 || offset == 0) {
            if (page)
                page->count = qMax(0, page->count);
            return page;
        }
    }
    auto counted = count(query);
    if (!counted)
        return fail(counted.error());
    auto accounts = page(query, offset, limit, {}, *counted);
    if (!accounts)
        return fail(accounts.error());
    return Page {*counted, *accounts};
}

Result<AccountStore::Page> AccountStore::sortedMatches(const AccountQuery &query, const Filter &where, int offset,
                                                       int limit)
{
    // The matches are read from the search index once (MATERIALIZED: not walked in the sort
    // column's order, which PostgreSQL would pick when it expects many matches), counted over all
    // of them (the window), and the page's rows are read by id.
    const QString sort = sortExpression(query.sortColumn);
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString with = where.prefix.isEmpty() ? u"WITH "_s : where.prefix.trimmed() + u", "_s;
    const QString columns = u"SELECT "_s + accountColumns() + u" "_s;
    const QString sql = with
        + u"matches AS MATERIALIZED (SELECT id AS match_id, %1 AS match_key FROM accounts %2), "
          "window_ids AS (SELECT match_id, match_key, count(*) OVER () AS match_total FROM matches "
          "ORDER BY match_key %3, match_id %3 LIMIT ? OFFSET ?) "_s.arg(sort, where.where, direction)
        + columns
        + u", match_total FROM accounts JOIN window_ids ON id = match_id ORDER BY match_key %1, match_id %1"_s.arg(
            direction);
    QVariantList values = where.values;
    values << limit << offset;
    auto result = m_db.run(sql, values);
    if (!result)
        return fail(result.error());
    Page page;
    page.count = -1;
    const int totalColumn = result->record().count() - 1;
    while (result->next()) {
        page.accounts.append(readAccount(*result));
        page.count = result->value(totalColumn).toInt();
    }
    return page;
}

// Reads a sorted list from an anchor on, with statements prepared once. SQLite seeks an index on
// its first column only for a row value ("(key, id) > (?, ?)" scans every row of an equal key:
// a million for a status), so the rows after an anchor are read in two index ranges: those of
// the anchor's key from its id on, then those of greater keys.
class AccountStore::Keyset
{
public:
    Keyset(Database &db, const Filter &where, const QString &sort, Qt::SortOrder order)
        : m_db(db)
        , m_values(where.values)
        , m_sameKey(db.connection())
        , m_laterKeys(db.connection())
        , m_keyOf(db.connection())
    {
        const bool ascending = order == Qt::AscendingOrder;
        const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
        const QString also = where.where.isEmpty() ? u"WHERE "_s : where.where + u"AND "_s;
        m_sameKeySql = where.prefix + u"SELECT id FROM accounts "_s + also
            + u"%1 = ? AND id %2 ? ORDER BY id %3 LIMIT ?"_s.arg(sort, ascending ? u">="_s : u"<="_s, direction);
        m_laterKeysSql = where.prefix + u"SELECT id FROM accounts "_s + also
            + u"%1 %2 ? ORDER BY %1 %3, id %3 LIMIT ? OFFSET ?"_s.arg(sort, ascending ? u">"_s : u"<"_s, direction);
        m_keyOfSql = u"SELECT %1 FROM accounts WHERE id = ?"_s.arg(sort);
        for (QSqlQuery *query : {&m_sameKey, &m_laterKeys, &m_keyOf})
            query->setForwardOnly(true);
    }

    Result<void> prepare()
    {
        for (auto [query, sql] : {std::pair {&m_sameKey, &m_sameKeySql}, std::pair {&m_laterKeys, &m_laterKeysSql},
                                  std::pair {&m_keyOf, &m_keyOfSql}}) {
            if (!query->prepare(*sql))
                return fail(m_db.classify(query->lastError(), *sql));
        }
        return {};
    }

    // The ids of up to `limit` rows, the first `skip` rows after `from` (0: `from` itself).
    Result<QList<qint64>> idsAfter(const AccountAnchor &from, int skip, int limit)
    {
        QList<qint64> ids;
        auto same = run(m_sameKey, m_sameKeySql, {from.key, from.id, skip + limit});
        if (!same)
            return fail(same.error());
        int seen = 0;
        while (m_sameKey.next()) {
            if (seen++ >= skip)
                ids.append(m_sameKey.value(0).toLongLong());
        }
        m_sameKey.finish();
        if (seen < skip + limit) {
            auto later = run(m_laterKeys, m_laterKeysSql,
                             {from.key, limit - static_cast<int>(ids.size()), skip - qMin(seen, skip)});
            if (!later)
                return fail(later.error());
            while (m_laterKeys.next())
                ids.append(m_laterKeys.value(0).toLongLong());
            m_laterKeys.finish();
        }
        return ids;
    }

    Result<QVariant> keyOf(qint64 id)
    {
        auto found = run(m_keyOf, m_keyOfSql, {id});
        if (!found)
            return fail(found.error());
        const QVariant key = m_keyOf.next() ? m_keyOf.value(0) : QVariant();
        m_keyOf.finish();
        return key;
    }

private:
    // Binds the filter's values, then `extra`, positionally, and executes.
    Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &extra)
    {
        const bool filtered = &query != &m_keyOf;
        int position = 0;
        for (const QVariant &value : (filtered ? m_values + extra : extra))
            query.bindValue(position++, Database::bindable(value));
        if (!query.exec())
            return fail(m_db.classify(query.lastError(), sql));
        return {};
    }

    Database &m_db;
    QVariantList m_values;
    QString m_sameKeySql;
    QString m_laterKeysSql;
    QString m_keyOfSql;
    QSqlQuery m_sameKey;
    QSqlQuery m_laterKeys;
    QSqlQuery m_keyOf;
};

Result<QList<Account>> AccountStore::page(const AccountQuery &query, int offset, int limit, const AccountAnchor &from,
                                          int listRows)
{
    const QString sort = sortExpression(query.sortColumn);
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString order = u"ORDER BY %1 %2, id %2 "_s.arg(sort, direction);
    const Filter where = filter(query, Use::Listing);
    const auto read = [](Result<QSqlQuery> &&result) -> Result<QList<Account>> {
        if (!result)
            return fail(result.error());
        QList<Account> accounts;
        while (result->next())
            accounts.append(readAccount(*result));
        return accounts;
    };
    if (from.isValid() && from.row <= offset) {
        // From the anchor: two short index ranges, then the rows of those ids.
        Keyset keyset(m_db, where, sort, query.sortOrder);
        if (auto prepared = keyset.prepare(); !prepared)
            return fail(prepared.error());
        auto ids = keyset.idsAfter(from, offset - from.row, limit);
        if (!ids)
            return fail(ids.error());
        if (ids->isEmpty())
            return QList<Account>();
        QStringList placeholders;
        placeholders.fill(u"?"_s, ids->size());
        return read(m_db.run(selectAccounts() + u"WHERE id IN (%1) "_s.arg(placeholders.join(u", "_s)) + order,
                             QVariantList(ids->cbegin(), ids->cend())));
    }
    if (where.search.sortMatches) {
        auto matches = sortedMatches(query, where, offset, limit);
        if (!matches)
            return fail(matches.error());
        return matches->accounts;
    }
    // SQLite only: it runs a subquery with a LIMIT as a co-routine, in its order.
    if (!m_db.isServer() && !where.search.sql.isEmpty() && !query.status && !query.trait
        && listRows >= searchWalkRows / 16 && offset + limit <= searchWalkRows / 64) {
        // The first pages of a search: walk the sort column's index over the first rows of the
        // list and keep the matches. Sorting every match instead reads each one from the table
        // (33,000 matches: ~100 ms). The walk stops after searchWalkRows rows; when it found
        // too few matches there, the statement below sorts them. Only for thousands of matches
        // (fewer are quicker to sort) and not with a status (the walk would read every row it
        // passes to check it).
        // A subquery with a LIMIT runs as a co-routine in SQLite, so its rows come in its order.
        QVariantList values = where.unsearchedValues;
        values << searchWalkRows;
        values.append(where.search.values);
        values << limit << offset;
        auto walked = read(m_db.run(
            where.prefix + selectAccounts() + u"WHERE id IN (SELECT id FROM (SELECT id FROM accounts "_s
                + where.unsearched + order + u"LIMIT ?) WHERE "_s + where.search.sql + u" LIMIT ? OFFSET ?) "_s + order,
            values));
        if (!walked || walked->size() == limit)
            return walked;
    }
    // The window is found on the sort column's index alone (it holds the id), skipping `offset`
    // index entries; only the rows of the window are read from the table.
    QVariantList values = where.values;
    values << limit << offset;
    // A derived table: MariaDB allows no LIMIT in an IN (subquery).
    return read(m_db.run(where.prefix + selectAccounts() + u"WHERE id IN (SELECT id FROM (SELECT id FROM accounts "_s
                             + where.where + order + u"LIMIT ? OFFSET ?) window_ids) "_s + order,
                         values));
}

Result<QList<AccountAnchor>> AccountStore::anchors(const AccountQuery &query, const AccountAnchor &from, int step,
                                                   int count)
{
    const QString sort = sortExpression(query.sortColumn);
    const Filter where = filter(query, Use::Listing);
    Keyset keyset(m_db, where, sort, query.sortOrder);
    if (auto prepared = keyset.prepare(); !prepared)
        return fail(prepared.error());
    QList<AccountAnchor> found;
    AccountAnchor previous = from;
    for (int i = 0; i < count; ++i) {
        qint64 id = 0;
        if (!previous.isValid()) {
            // The first anchor is row 0.
            const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
            auto head = m_db.run(where.prefix + u"SELECT id FROM accounts "_s + where.where
                                     + u"ORDER BY %1 %2, id %2 LIMIT 1"_s.arg(sort, direction),
                                 where.values);
            if (!head)
                return fail(head.error());
            if (!head->next())
                break;
            id = head->value(0).toLongLong();
        } else {
            auto next = keyset.idsAfter(previous, step, 1);
            if (!next)
                return fail(next.error());
            if (next->isEmpty())
                break;
            id = next->first();
        }
        auto key = keyset.keyOf(id);
        if (!key)
            return fail(key.error());
        previous = {previous.isValid() ? previous.row + step : 0, *key, id};
        found.append(previous);
    }
    return found;
}

Result<AccountAnchor> AccountStore::anchorAt(const AccountQuery &query, int row, int rows)
{
    if (row < 0 || row >= rows)
        return AccountAnchor();
    const QString sort = sortExpression(query.sortColumn);
    const Filter where = filter(query, Use::Listing);
    const bool fromEnd = rows - 1 - row < row;
    // From the end: the reverse order, in which the row is rows - 1 - row.
    const bool ascending = (query.sortOrder == Qt::AscendingOrder) != fromEnd;
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    QVariantList values = where.values;
    values << (fromEnd ? rows - 1 - row : row);
    auto found = m_db.run(where.prefix + u"SELECT id, %1 FROM accounts "_s.arg(sort) + where.where
                              + u"ORDER BY %1 %2, id %2 LIMIT 1 OFFSET ?"_s.arg(sort, direction),
                          values);
    if (!found)
        return fail(found.error());
    if (!found->next())
        return AccountAnchor();
    return AccountAnchor {row, found->value(1), found->value(0).toLongLong()};
}

Result<int> AccountStore::rowOf(const AccountQuery &query, qint64 id)
{
    const Filter where = filter(query, Use::Counting);
    const QString sort = sortExpression(query.sortColumn);
    const QString before = query.sortOrder == Qt::AscendingOrder ? u"<"_s : u">"_s;
    // The row is the number of accounts that sort before it; the account itself must match the filter.
    QVariantList values = where.values;
    values << id;
    auto self = m_db.run(where.prefix + u"SELECT %1 FROM accounts "_s.arg(sort) + where.where
                             + (where.where.isEmpty() ? u"WHERE "_s : u"AND "_s) + u"id = ?"_s,
                         values);
    if (!self)
        return fail(self.error());
    if (!self->next())
        return -1;
    const QVariant key = self->value(0);
    values = where.values;
    values << key << id;
    auto earlier =
        m_db.run(where.prefix + u"SELECT count(*) FROM accounts "_s + where.where
                     + (where.where.isEmpty() ? u"WHERE "_s : u"AND "_s) + u"(%1, id) %2 (?, ?)"_s.arg(sort, before),
                 values);
    if (!earlier)
        return fail(earlier.error());
    return earlier->next() ? earlier->value(0).toInt() : -1;
}

Result<QHash<qint64, int>> AccountStore::countsByGroup()
{
    auto result = m_db.run(u"SELECT group_id, count(*) FROM accounts GROUP BY group_id"_s);
    if (!result)
        return fail(result.error());
    QHash<qint64, int> counts;
    while (result->next())
        counts.insert(result->value(0).toLongLong(), result->value(1).toInt());
    return counts;
}

} // namespace bc
