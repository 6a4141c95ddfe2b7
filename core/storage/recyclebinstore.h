#pragma once

#include "core/domain/account.h"
#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace bc {

// Every statement about the recycle bin (0021_recycle_bin.sql): deleted accounts kept whole for the
// database's retention period, their logins still taken, restorable with their ids.
class RecycleBinStore
{
public:
    // How long a deleted account is kept when the database says nothing else.
    static constexpr int defaultRetentionDays = 30;
    // The most days a database may keep them (ten years).
    static constexpr int maxRetentionDays = 3650;

    explicit RecycleBinStore(Database &database)
        : m_db(database)
    {
    }

    // Keeps the accounts, with their links, before their rows are deleted in the same transaction
    // (the database keeps each one's password hash as its row goes).
    Result<void> keep(const QList<Account> &accounts, const QDateTime &now);
    // The kept accounts of the group and the groups below it (0: of every group this connection
    // reads), most recently deleted first, at most `limit`.
    Result<QList<DeletedAccount>> list(qint64 withinGroup, int limit);
    // The kept accounts with these logins (compared as logins are, AccountRules::loginKey).
    Result<QList<DeletedAccount>> byLogins(const QStringList &logins);
    // The kept accounts with these ids; those not kept are left out.
    Result<QHash<qint64, DeletedAccount>> byIds(const QList<qint64> &ids);
    // Its statement, to send with others (Database::readTogether): which of `logins` an account
    // the bin keeps has, added to `into` as their keys (AccountRules::loginKey). At most
    // maxBoundValues logins.
    Database::Read keptLoginsRead(const QStringList &logins, QSet<QString> *into);
    // Puts the kept password hash back into the restored account's row, which must exist already.
    Result<void> restorePassword(qint64 id);
    // Lets the accounts go: restored, or purged.
    Result<void> forget(const QList<qint64> &ids);
    // Purges every account deleted before `cutoff`; gives how many.
    Result<int> forgetDeletedBefore(const QDateTime &cutoff);
    // Whether an account was deleted longer ago than the retention period before `now`: one read,
    // so that a database with nothing to purge needs no write (nor its round trips) to find out.
    Result<bool> anyExpired(const QDateTime &now);
    // How many accounts of the group (not those below it) are kept.
    Result<int> countInGroup(qint64 groupId);

    // The database's retention period, in days.
    Result<int> retentionDays();
    Result<void> setRetentionDays(int days);

private:
    Database &m_db;
};

} // namespace bc
