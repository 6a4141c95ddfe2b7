#pragma once

#include "core/domain/account.h"
#include "core/domain/accountquery.h"
#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

namespace bc {

class Database;

// Where a row stands in a sorted list: its place, its sort key and its id. A page is read from
// the nearest anchor on (keyset), so that row 700,000 costs what row 0 does.
struct AccountAnchor
{
    int row = -1;
    QVariant key;
    qint64 id = 0;

    [[nodiscard]] bool isValid() const { return row >= 0; }
};

// Every SQL statement about accounts. Lists are asked for page by page, filtered and sorted in SQL.
class AccountStore
{
public:
    struct NewAccount
    {
        qint64 groupId = 0;
        AccountDraft draft;
        AccountStatus status = AccountStatus::Inactive;
    };

    explicit AccountStore(Database &database)
        : m_db(database)
    {
    }

    // A new account, with its password hash when there is one; gives it as stored.
    Result<Account> insert(qint64 groupId, const AccountDraft &draft, AccountStatus status, const QDateTime &now,
                           const QString &passwordHash = QString());
    // Saves every field a person edits (not the status, not the password).
    Result<void> update(qint64 id, const AccountDraft &draft, const QDateTime &now);
    Result<void> setPasswordHash(qint64 id, const QString &hash);
    // Many accounts in one transaction (bulk import, benchmarks): the same columns and search keys
    // as insert(), the same unique index; a taken login refuses the whole batch. No audit entries.
    Result<int> insertMany(const QList<NewAccount> &accounts, const QDateTime &now);
    // The folded form of a text that search compares (NFKC + case fold, like a login key).
    static QString searchKey(const QString &text);
    // Folds the email and name keys of every account again (after a migration filled them in SQL).
    Result<void> refoldSearchKeys();
    Result<void> setStatus(qint64 id, AccountStatus status, const QDateTime &now);
    Result<void> remove(qint64 id);
    Result<Account> byId(qint64 id);
    Result<std::optional<Account>> byLogin(const QString &login);
    // The account a create with this request id made, if any (AccountDraft::requestId).
    Result<std::optional<qint64>> idOfRequest(const QString &requestId);
    Result<bool> loginExists(const QString &login);
    // Of `candidates`, those not yet taken, in order.
    Result<QStringList> freeLogins(const QStringList &candidates);

    Result<int> count(const AccountQuery &query);
    // The rows of a list and how many it has.
    struct Page
    {
        int count = 0;
        QList<Account> accounts;
    };
    // count() and page() at once: one statement when the search index finds the matches (they are
    // read once for both), else both statements.
    Result<Page> countedPage(const AccountQuery &query, int offset, int limit);
    // The rows [offset, offset + limit) of the list; read from `from` on when it is given (an
    // anchor at or before `offset`), else by skipping `offset` index entries. `listRows`, the
    // count() of the list when known, chooses how the first pages of a search are read.
    Result<QList<Account>> page(const AccountQuery &query, int offset, int limit, const AccountAnchor &from = {},
                                int listRows = -1);
    // Up to `count` anchors `step` rows apart, the first `step` rows after `from` (at row 0 when
    // `from` is invalid); fewer at the end of the list. Each costs `step` index entries.
    Result<QList<AccountAnchor>> anchors(const AccountQuery &query, const AccountAnchor &from, int step, int count);
    // The anchor of `row` in the list of `rows` rows, found by skipping index entries from the
    // nearer end of the list; invalid past its end.
    Result<AccountAnchor> anchorAt(const AccountQuery &query, int row, int rows);
    // Where the account stands in the list `query` describes; -1 when it is not in it.
    Result<int> rowOf(const AccountQuery &query, qint64 id);
    // How many accounts each group holds directly, in one pass over the group index.
    Result<QHash<qint64, int>> countsByGroup();

    // A condition of a WHERE clause and the values it binds, in order.
    struct Condition
    {
        QString sql;
        QVariantList values;
        // Counts the matches when nothing else filters, with the same values (the search index
        // alone, not a row of the table read).
        QString count;
        // The matches are found in the search index, then sorted (PostgreSQL's trigram index);
        // else the list walks the sort column's index and checks each row.
        bool sortMatches = false;
    };
    // How `search` (folded already, not empty) finds accounts: the one place that knows the
    // search index of each backend. SQLite: three characters or more match anywhere in the
    // login, email or name (FTS5 trigram phrase); fewer match their start (index ranges).
    static Condition searchCondition(const QString &search, DatabaseAddress::Backend backend);
    // How a list keeps only the accounts with `trait`: for counting them (through an index), or
    // for listing them in the order of a sort column's index.
    static Condition traitCondition(AccountTrait trait, DatabaseAddress::Backend backend, bool counting);
    // The smallest text greater than every text that starts with `prefix`; null when none is.
    static QString prefixEnd(const QString &prefix);

private:
    struct Filter
    {
        QString prefix; // WITH clause for subgroups, or empty
        QString where;
        QVariantList values;
        QString count; // counts the rows (with the same values)
        QString unsearched; // the WHERE clause without the search
        QVariantList unsearchedValues;
        Condition search; // empty without a search
    };
    // What a filter is for: counting rows (any index that narrows them), or listing them in
    // order (the sort column's index walked, the rest checked per row).
    enum class Use
    {
        Counting,
        Listing
    };
    Filter filter(const AccountQuery &query, Use use);
    class Keyset;
    static QString sortExpression(AccountColumn column);
    // A page of a search whose matches are sorted (Condition::sortMatches), and how many matches
    // there are (-1 when the page is empty).
    Result<Page> sortedMatches(const AccountQuery &query, const Filter &where, int offset, int limit);

    Database &m_db;
};

} // namespace bc
