#include "accountstore.h"

#include "accountrules.h"
#include "database.h"
#include "timestamps.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString quotaColumns()
{
    QStringList columns;
    for (Resource resource : allResources) {
        const QString prefix = Quotas::columnPrefix(resource);
        columns << prefix + "_limit"_L1 << prefix + "_overage"_L1;
    }
    return columns.join(u", "_s);
}

QString selectAccounts()
{
    return u"SELECT id, group_id, login, email, first_name, last_name, administrator, agent_auto_update, "
           "backup_locations, notification_level, business_notifications, status, created_at, updated_at, "
           "activated_at, %1, display_name, notification_email, mobile, phone, address, "
           "password_hash IS NOT NULL, coalesce(profile_id, 0), coalesce(storage_id, 0), overrides, "
           "subscription_count FROM accounts "_s.arg(quotaColumns());
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

// LIKE pattern for a substring, with the wildcards in the text escaped.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
    return u'%' + escaped + u'%';
}

Error accountGone()
{
    return {Error::Code::NotFound, Field::login, Database::tr("The account no longer exists.")};
}

} // namespace

Result<qint64> AccountStore::insert(qint64 groupId, const AccountDraft &draft, AccountStatus status,
                                    const QDateTime &now)
{
    const QString stamp = Timestamps::toStorage(now);
    auto [columns, values] = editableColumns(draft);
    columns << u"group_id"_s << u"status"_s << u"created_at"_s << u"updated_at"_s << u"activated_at"_s;
    values << groupId << AccountText::key(status) << stamp << stamp
           << (status == AccountStatus::Inactive ? QVariant() : QVariant(stamp));
    QStringList placeholders;
    placeholders.fill(u"?"_s, values.size());
    auto query = m_db.run(
        u"INSERT INTO accounts (%1) VALUES (%2)"_s.arg(columns.join(u", "_s), placeholders.join(u", "_s)), values);
    if (!query) {
        Error error = query.error();
        if (error.code == Error::Code::LoginTaken)
            error.field = Field::login;
        return fail(error);
    }
    return query->lastInsertId().toLongLong();
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

AccountStore::Filter AccountStore::filter(const AccountQuery &query)
{
    Filter result;
    QStringList conditions;
    if (query.groupId != 0) {
        if (query.includeSubgroups) {
            result.prefix = u"WITH RECURSIVE subtree (id) AS (SELECT ? UNION ALL "
                            "SELECT g.id FROM groups g JOIN subtree s ON g.parent_id = s.id) "_s;
            result.values.append(query.groupId);
            conditions.append(u"group_id IN (SELECT id FROM subtree)"_s);
        } else {
            conditions.append(u"group_id = ?"_s);
            result.values.append(query.groupId);
        }
    }
    if (query.status) {
        conditions.append(u"status = ?"_s);
        result.values.append(AccountText::key(*query.status));
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        conditions.append(u"(login_key LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR "
                          "display_name LIKE ? ESCAPE '\\')"_s);
        const QString pattern = containsPattern(search);
        result.values << containsPattern(AccountRules::loginKey(search)) << pattern << pattern;
    }
    if (!conditions.isEmpty())
        result.where = u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
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
        return u"email"_s;
    case AccountColumn::Status:
        return u"status"_s;
    case AccountColumn::Administrator:
        return u"administrator"_s;
    case AccountColumn::StorageQuota:
        return u"coalesce(storage_limit, 9223372036854775807)"_s;
    case AccountColumn::Created:
        return u"created_at"_s;
    }
    return u"login_key"_s;
}

Result<int> AccountStore::count(const AccountQuery &query)
{
    const Filter where = filter(query);
    auto result = m_db.run(where.prefix + u"SELECT count(*) FROM accounts "_s + where.where, where.values);
    if (!result)
        return fail(result.error());
    return result->next() ? result->value(0).toInt() : 0;
}

Result<QList<Account>> AccountStore::page(const AccountQuery &query, int offset, int limit)
{
    const Filter where = filter(query);
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QVariantList values = where.values;
    values << limit << offset;
    auto result =
        m_db.run(where.prefix + selectAccounts() + where.where
                     + u"ORDER BY %1 %2, id %2 LIMIT ? OFFSET ?"_s.arg(sortExpression(query.sortColumn), direction),
                 values);
    if (!result)
        return fail(result.error());
    QList<Account> accounts;
    while (result->next())
        accounts.append(readAccount(*result));
    return accounts;
}

Result<int> AccountStore::rowOf(const AccountQuery &query, qint64 id)
{
    const Filter where = filter(query);
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
    values << key << key << id;
    auto earlier = m_db.run(where.prefix + u"SELECT count(*) FROM accounts "_s + where.where
                                + (where.where.isEmpty() ? u"WHERE "_s : u"AND "_s)
                                + u"(%1 %2 ? OR (%1 = ? AND id %2 ?))"_s.arg(sort, before),
                            values);
    if (!earlier)
        return fail(earlier.error());
    return earlier->next() ? earlier->value(0).toInt() : -1;
}

} // namespace bc
