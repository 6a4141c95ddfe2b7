#include "core/storage/recyclebinstore.h"

#include "core/domain/json.h"
#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

const QString retentionKey = u"recycleBin.days"_s;

// The account as the audit log writes it, its times to the millisecond (the audit's to the second).
QString accountText(const Account &account)
{
    QJsonObject object = Json::fromAccount(account);
    object.insert(u"createdAt"_s, Timestamps::toStorage(account.createdAt));
    if (account.activatedAt.isValid())
        object.insert(u"activatedAt"_s, Timestamps::toStorage(account.activatedAt));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString columns = u"account_id, group_id, deleted_at, account"_s;

// A row of `columns`; an account whose text no longer reads is left out (nullopt).
std::optional<DeletedAccount> readRow(const QSqlQuery &row)
{
    auto account = Json::toAccount(QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object());
    if (!account)
        return std::nullopt;
    account->id = row.value(0).toLongLong();
    account->groupId = row.value(1).toLongLong();
    return DeletedAccount {*account, Timestamps::fromStorage(row.value(2).toString())};
}

// The rows of a statement over `columns`; those whose text no longer reads are left out.
Result<QList<DeletedAccount>> readKept(Result<QSqlQuery> query)
{
    auto rows = readRows(std::move(query), readRow);
    if (!rows)
        return fail(rows.error());
    QList<DeletedAccount> kept;
    kept.reserve(rows->size());
    for (const auto &row : std::as_const(*rows)) {
        if (row)
            kept.append(*row);
    }
    return kept;
}

} // namespace

Result<void> RecycleBinStore::keep(const QList<Account> &accounts, const QDateTime &now)
{
    const QString stamp = Timestamps::toStorage(now);
    QList<QVariantList> rows;
    rows.reserve(accounts.size());
    for (const Account &account : accounts)
        rows.append({account.id, account.groupId, account.login, AccountRules::loginKey(account.login), stamp,
                     accountText(account)});
    return insertRows(
        m_db, u"INSERT INTO recycle_bin (account_id, group_id, login, login_key, deleted_at, account) VALUES "_s, rows);
}

Result<QList<DeletedAccount>> RecycleBinStore::list(qint64 withinGroup, int limit)
{
    QString sql = u"SELECT "_s + columns + u" FROM recycle_bin "_s;
    QVariantList values;
    if (withinGroup != 0) {
        sql = GroupStore::subtreeClause() + sql + u"WHERE group_id IN (SELECT id FROM subtree) "_s;
        values.append(withinGroup);
    }
    sql += u"ORDER BY deleted_at DESC, account_id DESC LIMIT ?"_s;
    values.append(limit);
    return readKept(m_db.run(sql, values));
}

Result<QList<DeletedAccount>> RecycleBinStore::byLogins(const QStringList &logins)
{
    if (logins.isEmpty())
        return QList<DeletedAccount>();
    QVariantList keys;
    for (const QString &login : logins)
        keys.append(AccountRules::loginKey(login));
    return readKept(m_db.run(
        u"SELECT "_s + columns + u" FROM recycle_bin WHERE login_key IN (%1)"_s.arg(placeholders(keys.size())), keys));
}

Result<QHash<qint64, DeletedAccount>> RecycleBinStore::byIds(const QList<qint64> &ids)
{
    QHash<qint64, DeletedAccount> kept;
    if (ids.isEmpty())
        return kept;
    const IdList list = idList(ids);
    auto rows = readKept(m_db.run(
        u"SELECT "_s + columns + u" FROM recycle_bin WHERE account_id IN (%1)"_s.arg(list.marks), list.values));
    if (!rows)
        return fail(rows.error());
    for (const DeletedAccount &row : std::as_const(*rows))
        kept.insert(row.account.id, row);
    return kept;
}

Database::Read RecycleBinStore::keptLoginsRead(const QStringList &logins, QSet<QString> *into)
{
    QVariantList keys;
    for (const QString &login : logins)
        keys.append(AccountRules::loginKey(login));
    const IdList list = valueList(m_db, keys);
    return {u"SELECT login_key FROM recycle_bin WHERE login_key IN (%1)"_s.arg(list.marks), list.values,
            [into](QSqlQuery &rows) -> Result<void> {
                while (rows.next())
                    into->insert(rows.value(0).toString());
                return {};
            }};
}

Result<void> RecycleBinStore::restorePassword(qint64 id)
{
    // An operator's role may neither read nor write a hash: the database moves it (0021).
    if (m_db.backend() == DatabaseAddress::Backend::PostgreSql)
        return succeeded(m_db.run(u"SELECT bc_restore_password(?)"_s, {id}));
    return succeeded(m_db.run(u"UPDATE accounts SET password_hash = (SELECT password_hash FROM recycle_bin "
                              "WHERE account_id = ?) WHERE id = ? AND password_hash IS NULL"_s,
                              {id, id}));
}

Result<void> RecycleBinStore::forget(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const IdList list = idList(ids);
    return m_db.runLater(u"DELETE FROM recycle_bin WHERE account_id IN (%1)"_s.arg(list.marks), list.values);
}

Result<int> RecycleBinStore::forgetDeletedBefore(const QDateTime &cutoff)
{
    auto query = m_db.run(u"DELETE FROM recycle_bin WHERE deleted_at < ?"_s, {Timestamps::toStorage(cutoff)});
    if (!query)
        return fail(query.error());
    return query->numRowsAffected();
}

Result<int> RecycleBinStore::countInGroup(qint64 groupId)
{
    return readFirst(
        m_db, u"SELECT count(*) FROM recycle_bin WHERE group_id = ?"_s, {groupId},
        [](const QSqlQuery &row) { return row.value(0).toInt(); }, Database::internalError());
}

namespace {

// The stored retention period, or the default for none or one out of range.
int retentionFrom(const QVariant &stored)
{
    bool ok = false;
    const int value = stored.toString().toInt(&ok);
    return ok && value >= 1 && value <= RecycleBinStore::maxRetentionDays ? value
                                                                          : RecycleBinStore::defaultRetentionDays;
}

} // namespace

Result<int> RecycleBinStore::retentionDays()
{
    int days = defaultRetentionDays;
    auto read = m_db.runKept(u"SELECT value FROM database_settings WHERE \"key\" = ?"_s, {retentionKey},
                             [&days](QSqlQuery &rows) -> Result<void> {
                                 days = retentionFrom(rows.next() ? rows.value(0) : QVariant());
                                 return {};
                             });
    if (!read)
        return fail(read.error());
    return days;
}

Result<bool> RecycleBinStore::anyExpired(const QDateTime &now)
{
    bool expired = false;
    auto read = m_db.runKept(u"SELECT (SELECT value FROM database_settings WHERE \"key\" = ?), "
                             "(SELECT min(deleted_at) FROM recycle_bin)"_s,
                             {retentionKey}, [&expired, &now](QSqlQuery &rows) -> Result<void> {
                                 if (rows.next() && !rows.value(1).isNull()) {
                                     const QString cutoff =
                                         Timestamps::toStorage(now.addDays(-retentionFrom(rows.value(0))));
                                     expired = rows.value(1).toString() < cutoff;
                                 }
                                 return {};
                             });
    if (!read)
        return fail(read.error());
    return expired;
}

Result<void> RecycleBinStore::setRetentionDays(int days)
{
    return writeDatabaseSetting(m_db, retentionKey, QString::number(days));
}

} // namespace bc
