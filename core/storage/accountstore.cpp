#include "core/storage/accountstore.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/storage/databasestatements.h"
#include "core/storage/quotacolumns.h"

#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace bc {

QString AccountStore::rowColumns()
{
    return u"id, group_id, login, email, first_name, last_name, administrator, agent_auto_update, "
           "backup_locations, notification_level, business_notifications, status, created_at, updated_at, "
           "activated_at, %1, display_name, notification_email, mobile, phone, address, "
           "has_password, coalesce(profile_id, 0), coalesce(storage_id, 0), overrides, "
           "subscription_count"_s.arg(QuotaColumns::list(QuotaColumns::Parts::LimitsAndOverages));
}

QString AccountStore::selectRows()
{
    return u"SELECT "_s + rowColumns() + u" FROM accounts "_s;
}

Account AccountStore::readRow(const QSqlQuery &query)
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
        fromKey<BackupLocations>(query.value(8).toString()).value_or(BackupLocations::LocalAndCloud);
    account.notificationLevel = fromKey<NotificationLevel>(query.value(9).toString()).value_or(NotificationLevel::Less);
    account.businessNotifications = query.value(10).toBool();
    account.status = fromKey<AccountStatus>(query.value(11).toString()).value_or(AccountStatus::Inactive);
    account.createdAt = Timestamps::fromStorage(query.value(12).toString());
    account.updatedAt = Timestamps::fromStorage(query.value(13).toString());
    if (!query.value(14).isNull())
        account.activatedAt = Timestamps::fromStorage(query.value(14).toString());
    int column = QuotaColumns::read(query, 15, QuotaColumns::Parts::LimitsAndOverages, account.quotas);
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

namespace {

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
                         toKey(draft.backupLocations),
                         toKey(draft.notificationLevel),
                         draft.businessNotifications,
                         nullableId(draft.profileId),
                         nullableId(draft.storageId),
                         text(overrides.join(u','))};
    columns << QuotaColumns::names(QuotaColumns::Parts::LimitsAndOverages);
    values << QuotaColumns::values(draft.quotas, QuotaColumns::Parts::LimitsAndOverages);
    return {columns, values};
}

// The columns and values of a new account's row, in the same order. Its subscription count is
// the number of its draft's subscriptions, whose links the caller adds in the same transaction
// (0026_subscription_counts.sql: the links then leave the row as it is).
std::pair<QStringList, QVariantList> newRow(qint64 groupId, const AccountDraft &draft, AccountStatus status,
                                            const QString &stamp)
{
    auto [columns, values] = editableColumns(draft);
    columns << u"group_id"_s << u"status"_s << u"created_at"_s << u"updated_at"_s << u"activated_at"_s
            << u"subscription_count"_s;
    values << groupId << toKey(status) << stamp << stamp
           << (status == AccountStatus::Inactive ? QVariant() : QVariant(stamp)) << draft.subscriptionIds.size();
    return {columns, values};
}

// `backend`'s INSERT of a new account's row. SQLite gives a new row the id after the largest one
// there is (no AUTOINCREMENT): one above every id the recycle bin keeps instead, so that a deleted
// account is restored with its own id.
QString plainInsert(const QStringList &columns)
{
    return u"INSERT INTO accounts (%1) VALUES (%2)"_s.arg(columns.join(u", "_s), placeholders(columns.size()));
}

QString insertStatement(const QStringList &columns, DatabaseAddress::Backend backend)
{
    if (backend != DatabaseAddress::Backend::Sqlite)
        return plainInsert(columns);
    return u"INSERT INTO accounts (id, %1) VALUES ((SELECT max(account_id) + 1 FROM recycle_bin WHERE account_id > "
           "(SELECT coalesce(max(id), 0) FROM accounts)), %2)"_s.arg(columns.join(u", "_s),
                                                                     placeholders(columns.size()));
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

Database::Read AccountStore::reserveIdsRead(qsizetype count, QList<qint64> *into)
{
    into->clear();
    const auto draw = [into, count](QSqlQuery &rows) -> Result<void> {
        while (rows.next())
            into->append(rows.value(0).toLongLong());
        if (into->size() != count)
            return fail(Database::internalError());
        return {};
    };
    if (m_db.backend() == DatabaseAddress::Backend::PostgreSql)
        return {
            u"SELECT nextval(pg_get_serial_sequence('accounts', 'id')) FROM generate_series(1, ?)"_s, {count}, draw};
    // SQLite, in the write transaction, which holds the database's write lock: the ids after the
    // largest there is, in the table or the recycle bin (see insertStatement()).
    return {u"WITH RECURSIVE drawn (id, n) AS (SELECT max((SELECT coalesce(max(id), 0) FROM accounts), "
            "(SELECT coalesce(max(account_id), 0) FROM recycle_bin)) + 1, 1 UNION ALL SELECT id + 1, n + 1 FROM drawn "
            "WHERE n < ?) SELECT id FROM drawn"_s,
            {count},
            draw};
}

Account AccountStore::asStored(qint64 id, qint64 groupId, const AccountDraft &draft, AccountStatus status,
                               const QDateTime &now, bool hasPassword)
{
    // What newRow() writes, read as readRow() reads it: the names and contact details as their
    // columns keep them, the times to the storage's precision, the overrides as a set.
    const QDateTime stored = Timestamps::fromStorage(Timestamps::toStorage(now));
    Account account;
    account.id = id;
    account.groupId = groupId;
    account.login = draft.login;
    account.email = draft.email;
    account.firstName = text(draft.firstName);
    account.lastName = text(draft.lastName);
    account.administrator = draft.administrator;
    account.agentAutoUpdate = draft.agentAutoUpdate;
    account.backupLocations = draft.backupLocations;
    account.notificationLevel = draft.notificationLevel;
    account.businessNotifications = draft.businessNotifications;
    account.status = status;
    account.createdAt = stored;
    account.updatedAt = stored;
    if (status != AccountStatus::Inactive)
        account.activatedAt = stored;
    account.quotas = draft.quotas;
    account.displayName = text(draft.displayName);
    account.notificationEmail = text(draft.notificationEmail);
    account.mobile = text(draft.mobile);
    account.phone = text(draft.phone);
    account.address = text(draft.address);
    account.hasPassword = hasPassword;
    account.profileId = draft.profileId;
    account.storageId = draft.storageId;
    account.overrides = draft.overrides;
    account.overrides.remove(QString());
    account.subscriptionCount = static_cast<int>(draft.subscriptionIds.size());
    return account;
}

Result<Account> AccountStore::insert(qint64 groupId, const AccountDraft &draft, AccountStatus status,
                                     const QDateTime &now, const QString &passwordHash, qint64 reservedId)
{
    auto inserted = insertAll({{groupId, draft, status, passwordHash, reservedId}}, now);
    if (!inserted)
        return fail(inserted.error());
    return inserted->constFirst();
}

Result<QList<Account>> AccountStore::insertAll(const QList<NewAccount> &accounts, const QDateTime &now)
{
    const QString stamp = Timestamps::toStorage(now);
    const auto refused = [](Error error) {
        if (error.code == Error::Code::LoginTaken)
            error.field = Field::login;
        return fail(error);
    };
    QList<Account> stored;
    stored.reserve(accounts.size());
    // The rows with their ids drawn already, by their columns (a request id or a password hash
    // adds one), each set in multi-row statements.
    QHash<QStringList, QList<QVariantList>> reserved;
    for (const NewAccount &account : accounts) {
        auto [columns, values] = newRow(account.groupId, account.draft, account.status, stamp);
        if (!account.draft.requestId.isEmpty()) {
            columns << u"request_id"_s;
            values << account.draft.requestId;
        }
        if (!account.passwordHash.isEmpty()) {
            columns << u"password_hash"_s;
            values << account.passwordHash;
        }
        qint64 id = account.reservedId;
        if (id > 0) {
            columns << u"id"_s;
            values << id;
            reserved[columns].append(values);
        } else {
            auto inserted = m_db.insert(insertStatement(columns, m_db.backend()), values);
            if (!inserted)
                return refused(inserted.error());
            id = *inserted;
        }
        stored.append(
            asStored(id, account.groupId, account.draft, account.status, now, !account.passwordHash.isEmpty()));
    }
    for (auto set = reserved.cbegin(); set != reserved.cend(); ++set) {
        const QString head = u"INSERT INTO accounts (%1) VALUES "_s.arg(set.key().join(u", "_s));
        if (auto sent = insertRows(m_db, head, set.value()); !sent)
            return refused(sent.error());
    }
    return stored;
}

Result<void> AccountStore::restore(const Account &account, const QDateTime &now)
{
    auto [columns, values] = newRow(account.groupId, account.draft(), account.status, Timestamps::toStorage(now));
    columns << u"id"_s;
    values << account.id;
    // Its own times, not a new account's; its links are counted as they are added back.
    values[columns.indexOf(u"created_at"_s)] = Timestamps::toStorage(account.createdAt);
    values[columns.indexOf(u"activated_at"_s)] = Timestamps::toNullableStorage(account.activatedAt);
    values[columns.indexOf(u"subscription_count"_s)] = 0;
    auto restored = m_db.insert(plainInsert(columns), values); // with its own id, on every backend
    if (!restored)
        return fail(restored.error());
    return {};
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

std::pair<QStringList, QVariantList> AccountStore::newRowOf(const NewAccount &account, const QString &stamp)
{
    return newRow(account.groupId, account.draft, account.status, stamp);
}

Result<int> AccountStore::insertMany(const QList<NewAccount> &accounts, const QDateTime &now)
{
    return m_db.write([&]() -> Result<int> {
        auto inserted = insertAll(accounts, now);
        if (!inserted)
            return fail(inserted.error());
        return static_cast<int>(inserted->size());
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

Result<void> AccountStore::fillSearchTrigrams(bool evenIfSome)
{
    // Postings there are already (0023, as an older console ran it, filled them): nothing to do.
    auto range = m_db.run(u"SELECT coalesce(min(id), 1), coalesce(max(id), 0), "
                          "EXISTS (SELECT 1 FROM account_trigrams) FROM accounts"_s);
    if (!range)
        return fail(range.error());
    if (!range->next() || (range->value(2).toBool() && !evenIfSome))
        return {};
    const qint64 first = range->value(0).toLongLong();
    const qint64 last = range->value(1).toLongLong();
    range->finish();
    constexpr qint64 batch = 10000;
    for (qint64 from = first; from <= last; from += batch) {
        if (auto filled = m_db.run(u"INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT trigram, "
                                   "account_id FROM account_key_trigrams WHERE account_id BETWEEN ? AND ?"_s,
                                   {from, from + batch - 1});
            !filled)
            return fail(filled.error());
    }
    return {};
}

namespace {

const QString setStatusSql = u"UPDATE accounts SET status = ?, updated_at = ?, "
                             "activated_at = CASE WHEN ? = 'active' THEN coalesce(activated_at, ?) ELSE activated_at "
                             "END WHERE "_s;

QVariantList statusValues(AccountStatus status, const QDateTime &now)
{
    const QString stamp = Timestamps::toStorage(now);
    return {toKey(status), stamp, toKey(status), stamp};
}

// "id IN (?, ?, …)" and its values.
QString idIn(const QList<qint64> &ids, QVariantList &values)
{
    QStringList marks;
    marks.fill(u"?"_s, ids.size());
    for (qint64 id : ids)
        values.append(id);
    return u"id IN (%1)"_s.arg(marks.join(u", "_s));
}

} // namespace

Result<void> AccountStore::updateAll(const QList<Edit> &edits, const QDateTime &now)
{
    QList<qint64> stamped;
    for (const Edit &edit : edits) {
        if (editableColumns(edit.before).second == editableColumns(edit.after).second)
            stamped.append(edit.id);
        else if (auto saved = update(edit.id, edit.after, now); !saved)
            return saved;
    }
    if (stamped.isEmpty())
        return {};
    QVariantList values {Timestamps::toStorage(now)};
    const QString where = idIn(stamped, values);
    return succeeded(m_db.run(u"UPDATE accounts SET updated_at = ? WHERE "_s + where, values));
}

Error AccountStore::missing()
{
    return accountGone();
}

Result<void> AccountStore::setStatus(qint64 id, AccountStatus status, const QDateTime &now)
{
    return m_db.change(setStatusSql + u"id = ?"_s, statusValues(status, now) << id, accountGone());
}

Result<void> AccountStore::setStatus(const QList<qint64> &ids, AccountStatus status, const QDateTime &now)
{
    if (ids.isEmpty())
        return {};
    QVariantList values = statusValues(status, now);
    const QString where = idIn(ids, values);
    // Travels with the next statement (on PostgreSQL): the caller reads the accounts as they are now.
    return m_db.runLater(setStatusSql + where, values);
}

Result<void> AccountStore::moveAll(const QList<qint64> &ids, qint64 groupId, const QDateTime &now)
{
    if (ids.isEmpty())
        return {};
    QVariantList values {groupId, Timestamps::toStorage(now)};
    const QString where = idIn(ids, values);
    return succeeded(m_db.run(u"UPDATE accounts SET group_id = ?, updated_at = ? WHERE "_s + where, values));
}

Result<void> AccountStore::remove(qint64 id)
{
    return m_db.change(u"DELETE FROM accounts WHERE id = ?"_s, {id}, accountGone());
}

Result<void> AccountStore::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QVariantList values;
    const QString where = idIn(ids, values);
    auto query = m_db.run(u"DELETE FROM accounts WHERE "_s + where, values);
    if (!query)
        return fail(query.error());
    return {};
}

Result<QHash<qint64, Account>> AccountStore::byIds(const QList<qint64> &ids)
{
    QHash<qint64, Account> found;
    if (ids.isEmpty())
        return found;
    if (auto read = m_db.readTogether({byIdsRead(ids, &found)}); !read)
        return fail(read.error());
    return found;
}

Database::Read AccountStore::byIdsRead(const QList<qint64> &ids, QHash<qint64, Account> *into)
{
    into->clear();
    QVariantList values;
    const QString where = idIn(ids, values);
    return {selectRows() + u"WHERE "_s + where, values, [into](QSqlQuery &rows) -> Result<void> {
                while (rows.next()) {
                    Account account = readRow(rows);
                    into->insert(account.id, account);
                }
                return {};
            }};
}

Result<QHash<qint64, QString>> AccountStore::dataLockedLogins(const QList<qint64> &ids)
{
    QHash<qint64, QString> locked;
    if (ids.isEmpty())
        return locked;
    QVariantList values {true};
    const QString where = idIn(ids, values);
    auto rows =
        m_db.run(u"SELECT id, login FROM accounts WHERE profile_id IN (SELECT id FROM profiles WHERE data_lock = ?) "
                 "AND "_s
                     + where,
                 values);
    if (!rows)
        return fail(rows.error());
    while (rows->next())
        locked.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    return locked;
}

Result<Account> AccountStore::byId(qint64 id)
{
    return readFirst(m_db, selectRows() + u"WHERE id = ?"_s, {id}, &AccountStore::readRow, accountGone());
}

Result<std::optional<Account>> AccountStore::byLogin(const QString &login)
{
    auto query = m_db.run(selectRows() + u"WHERE login_key = ?"_s, {AccountRules::loginKey(login)});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Account>();
    return std::optional<Account>(readRow(*query));
}

Result<std::optional<qint64>> AccountStore::idOfRequest(const QString &requestId)
{
    std::optional<qint64> id;
    if (auto read = m_db.readTogether({idOfRequestRead(requestId, &id)}); !read)
        return fail(read.error());
    return id;
}

Database::Read AccountStore::idOfRequestRead(const QString &requestId, std::optional<qint64> *into)
{
    *into = std::nullopt;
    return {u"SELECT id FROM accounts WHERE request_id = ?"_s, {requestId}, [into](QSqlQuery &rows) -> Result<void> {
                if (rows.next())
                    *into = rows.value(0).toLongLong();
                return {};
            }};
}

Result<QList<qint64>> AccountStore::idsOfLogins(const QStringList &logins)
{
    QList<qint64> ids;
    if (logins.isEmpty())
        return ids;
    QVariantList keys;
    for (const QString &login : logins)
        keys.append(AccountRules::loginKey(login));
    const IdList list = valueList(m_db, keys);
    auto query = m_db.run(u"SELECT id FROM accounts WHERE login_key IN (%1)"_s.arg(list.marks), list.values);
    if (!query)
        return fail(query.error());
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<QStringList> AccountStore::freeLogins(const QStringList &candidates)
{
    // One statement for all of them: over a slow link each would be a round trip of its own.
    if (candidates.isEmpty())
        return QStringList();
    QVariantList keys;
    for (const QString &candidate : candidates)
        keys.append(AccountRules::loginKey(candidate));
    // An operator's role sees the logins of its groups only, and learns of any other whether it is
    // taken, nothing more (the database's bc_logins_taken). A login the recycle bin keeps is taken.
    QString sql;
    if (m_db.isOperatorRole()) {
        sql = u"SELECT bc_logins_taken(ARRAY[%1]::text[])"_s.arg(placeholders(keys.size()));
    } else {
        const IdList list = valueList(m_db, keys);
        sql = u"SELECT login_key FROM accounts WHERE login_key IN (%1) "
              "UNION ALL SELECT login_key FROM recycle_bin WHERE login_key IN (%1)"_s.arg(list.marks);
        keys = list.values + list.values;
    }
    auto query = m_db.run(sql, keys);
    if (!query)
        return fail(query.error());
    QSet<QString> taken;
    while (query->next())
        taken.insert(query->value(0).toString());
    QStringList free;
    for (const QString &candidate : candidates) {
        if (!taken.contains(AccountRules::loginKey(candidate)))
            free.append(candidate);
    }
    return free;
}

} // namespace bc
