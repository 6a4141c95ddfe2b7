#pragma once

#include "core/domain/account.h"
#include "core/domain/accountquery.h"
#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"
#include "core/storage/database.h"

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

// The account list's statements: how many accounts a list holds and its rows page by page,
// filtered, searched and sorted in SQL, read from the nearest anchor on (keyset).
class AccountListQuery
{
    Q_DISABLE_COPY_MOVE(AccountListQuery)

public:
    // What the statements of one database learn once and may keep: the top group, whose list with
    // its subgroups is every account. A caller that runs many lists keeps one and passes it in, so
    // that a list does not ask again (a round trip over a slow link).
    struct Memo
    {
        std::optional<qint64> rootGroup;
    };

    explicit AccountListQuery(Database &database, Memo *memo = nullptr)
        : m_db(database)
        , m_memo(memo ? memo : &m_ownMemo)
    {
    }

    // Reads the top group into the memo, unless known (a loader does it while it waits for work).
    void learnRoot();

    Result<int> count(const AccountQuery &query);
    // The statement count() runs, to send with others (Database::readTogether).
    Database::Read countRead(const AccountQuery &query, int *into);
    // The rows of a list and how many it has.
    struct Page
    {
        int count = 0;
        QList<Account> accounts;
    };
    // count() and page() at once. One statement on a server (the count travels beside the rows)
    // and when the search index finds the matches (they are read once for both); on SQLite, where
    // the count chooses how a search's first page is read, both statements.
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
    // The statement rowOf() runs, to send with others (Database::readTogether).
    Database::Read rowOfRead(const AccountQuery &query, qint64 id, int *into);
    // The ids of every account of the list, by id (a bulk action on "all matching"): its filter's
    // conditions, not its order.
    Result<QList<qint64>> ids(const AccountQuery &query);
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
        // The matches are found in the search index, then sorted (PostgreSQL's trigram index,
        // MariaDB's trigram postings); else the list walks the sort column's index and checks each row.
        bool sortMatches = false;
    };
    // How `search` (folded already, not empty) finds accounts: the one place that knows the
    // search index of each backend. SQLite: three characters or more match anywhere in the
    // login, email or name (FTS5 trigram phrase); fewer match their start (index ranges). The
    // same on PostgreSQL (pg_trgm) and MariaDB (the postings of 0023_mariadb_search.sql, whose
    // candidates the LIKE checks).
    // `operatorRole`: on PostgreSQL, an operator's own role (Database::isOperatorRole), whose row
    // security would keep the trigram index from a substring search: bc_search_accounts() searches
    // as the owner instead, within the operator's groups.
    static Condition searchCondition(const QString &search, DatabaseAddress::Backend backend,
                                     bool operatorRole = false);
    // How a list keeps only the accounts with `trait`: for counting them (through an index), or
    // for listing them in the order of a sort column's index.
    static Condition traitCondition(AccountTrait trait, DatabaseAddress::Backend backend, bool counting);
    // The trigrams of `search` (folded) that a MariaDB search looks up in account_trigrams: runs
    // of three code points side by side from its start, and the one that ends it; each once.
    static QStringList searchTrigrams(const QString &search);
    // The smallest text greater than every text that starts with `prefix`; null when none is.
    static QString prefixEnd(const QString &prefix);

private:
    struct Filter
    {
        QString prefix; // WITH clause for subgroups, or empty
        QString where;
        QVariantList values;
        QString count; // counts the rows (with the same values)
        QString countBody; // count without the WITH clause, for a statement that has it already
        qsizetype prefixValues = 0; // how many of `values` the WITH clause binds (the first)
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
    // Whether `groupId` is the top group (read once, then kept in the memo).
    bool isRoot(qint64 groupId);
    // A page read from the start of the list's order, with the count of the whole list.
    Result<Page> pageWithCount(const AccountQuery &query, int offset, int limit);
    class Keyset;
    static QString sortExpression(AccountColumn column);
    // A page of a search whose matches are sorted (Condition::sortMatches), and how many matches
    // there are (-1 when the page is empty).
    Result<Page> sortedMatches(const AccountQuery &query, const Filter &where, int offset, int limit);

    Database &m_db;
    Memo m_ownMemo;
    Memo *m_memo;
};

} // namespace bc
