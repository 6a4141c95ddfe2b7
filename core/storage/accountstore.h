#pragma once

#include "core/domain/account.h"
#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

class QSqlQuery;

namespace bc {

// Every SQL statement about one account: its row written, changed, removed and read. Lists of
// accounts are AccountListQuery's.
class AccountStore
{
public:
    struct NewAccount
    {
        qint64 groupId = 0;
        AccountDraft draft;
        AccountStatus status = AccountStatus::Inactive;
        QString passwordHash = {}; // none: the account has no password yet
        qint64 reservedId = 0; // an id drawn by reserveIdsRead(); 0: the database draws one
    };

    explicit AccountStore(Database &database)
        : m_db(database)
    {
    }

    // A new account, with its password hash when there is one; gives it as stored (insertAll()).
    Result<Account> insert(qint64 groupId, const AccountDraft &draft, AccountStatus status, const QDateTime &now,
                           const QString &passwordHash = QString(), qint64 reservedId = 0);
    // New accounts, in the caller's transaction; gives them as stored (asStored()), in order. Each
    // row holds the number of its draft's subscriptions, whose links the caller adds. No row
    // is read back. Those with a `reservedId` go in multi-row INSERTs, on PostgreSQL with the
    // transaction's next message (Database::runLater): their error, a login taken meanwhile for
    // one, is the commit's. The others are written one statement each (kept prepared on SQLite and
    // MariaDB), which gives each its new id. A taken login refuses them all.
    Result<QList<Account>> insertAll(const QList<NewAccount> &accounts, const QDateTime &now);
    // Draws the ids the next `count` new accounts take, to send with other reads
    // (Database::readTogether), so that insertAll() need not wait for rows to come back and writes
    // them in multi-row statements. PostgreSQL: from the sequence (an id drawn for a transaction
    // that then rolls back is not used again). SQLite: inside a write transaction only, which holds
    // the write lock. Not MariaDB.
    Database::Read reserveIdsRead(qsizetype count, QList<qint64> *into);
    // The account insert() writes, as readRow() reads it back: with the id and times of the row,
    // no links yet (but their count, as the caller adds them), and only what the row keeps of the
    // draft.
    static Account asStored(qint64 id, qint64 groupId, const AccountDraft &draft, AccountStatus status,
                            const QDateTime &now, bool hasPassword);
    // An account of the recycle bin back, with its id, status and times (not its password: see
    // RecycleBinStore::restorePassword()).
    Result<void> restore(const Account &account, const QDateTime &now);
    // Saves every field a person edits (not the status, not the password).
    Result<void> update(qint64 id, const AccountDraft &draft, const QDateTime &now);
    Result<void> setPasswordHash(qint64 id, const QString &hash);
    // An account's draft as read (`before`) and as it is to be saved (`after`).
    struct Edit
    {
        qint64 id = 0;
        AccountDraft before;
        AccountDraft after;
    };
    // update() for several accounts (bulk actions): those whose columns the edit leaves as they
    // are (a change of links only) are stamped changed in one statement; the others are saved one
    // by one.
    Result<void> updateAll(const QList<Edit> &edits, const QDateTime &now);
    // insertAll() in a transaction of its own (tests, benchmarks). No audit entries.
    Result<int> insertMany(const QList<NewAccount> &accounts, const QDateTime &now);
    // The columns and values insertMany() writes for `account` (`stamp`: Timestamps::toStorage of
    // its `now`), in the same order: for a bulk load that must write the very same rows.
    static std::pair<QStringList, QVariantList> newRowOf(const NewAccount &account, const QString &stamp);
    // The folded form of a text that search compares (NFKC + case fold, like a login key).
    static QString searchKey(const QString &text);
    // Folds the email and name keys of every account again (after a migration filled them in SQL).
    Result<void> refoldSearchKeys();
    // MariaDB: the trigram postings of every account (0023_mariadb_search.sql, by the rule of
    // 0027_mariadb_search_rule.sql), written for batches of ids, so that no statement outlasts the
    // connection's read timeout (a million accounts take minutes). Adds what is missing only, and
    // nothing when there are postings already unless `evenIfSome` (a fill that was cut off); the
    // triggers keep them from then on.
    Result<void> fillSearchTrigrams(bool evenIfSome = false);
    Result<void> setStatus(qint64 id, AccountStatus status, const QDateTime &now);
    // Moves the accounts to the group, in one statement (the groups' counts follow by trigger).
    Result<void> moveAll(const QList<qint64> &ids, qint64 groupId, const QDateTime &now);
    Result<void> remove(qint64 id);
    Result<Account> byId(qint64 id);
    // The same for several accounts in one statement each (bulk actions); byIds() leaves out the
    // accounts that do not exist (missing() is their error).
    Result<void> setStatus(const QList<qint64> &ids, AccountStatus status, const QDateTime &now);
    Result<void> remove(const QList<qint64> &ids);
    Result<QHash<qint64, Account>> byIds(const QList<qint64> &ids);
    Database::Read byIdsRead(const QList<qint64> &ids, QHash<qint64, Account> *into);
    // The logins of those of the accounts whose profile has data lock, by id, in one statement.
    Result<QHash<qint64, QString>> dataLockedLogins(const QList<qint64> &ids);
    static Error missing();
    Result<std::optional<Account>> byLogin(const QString &login);
    // The account a create with this request id made, if any (AccountDraft::requestId).
    Result<std::optional<qint64>> idOfRequest(const QString &requestId);
    // Its statement, to send with others (Database::readTogether); it fills `into`.
    Database::Read idOfRequestRead(const QString &requestId, std::optional<qint64> *into);
    // Of `candidates`, those not yet taken, in order.
    Result<QStringList> freeLogins(const QStringList &candidates);
    // The ids of the accounts (this connection may read) with any of `logins`, in one statement.
    Result<QList<qint64>> idsOfLogins(const QStringList &logins);

    // What the list query reads of an account too: the columns, in the order readRow() reads them.
    static QString rowColumns();
    // SELECT rowColumns() FROM accounts, with a space to append a WHERE clause to.
    static QString selectRows();
    static Account readRow(const QSqlQuery &query);

private:
    Database &m_db;
};

} // namespace bc
