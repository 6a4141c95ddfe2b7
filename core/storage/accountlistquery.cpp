#include "core/storage/accountlistquery.h"

#include "core/storage/accountstore.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// How many rows of the sort column's index the first page of a search may walk (about 10 ms).
constexpr int searchWalkRows = 65536;

} // namespace

AccountListQuery::Condition AccountListQuery::searchCondition(const QString &search, DatabaseAddress::Backend backend,
                                                              bool operatorRole)
{
    if (search.toUcs4().size() >= 3 && backend != DatabaseAddress::Backend::Sqlite) {
        const QString pattern = u'%' + likeLiteral(QString(search).remove(QChar(1))) + u'%';
        Condition condition;
        if (backend == DatabaseAddress::Backend::PostgreSql) {
            // One pg_trgm index over the three keys (0008_search_keys.sql, the same expression);
            // chr(1) is in no key, so no match spans two of them. The index finds the matches,
            // which are then sorted: walking a sort index instead reads a table row per row passed.
            // LIKE is not leakproof: under an operator's row security the planner would check the
            // policy on every row first. The definer function searches the index and keeps the
            // operator's groups (0017_row_security.sql).
            condition.sql = operatorRole
                ? u"id IN (SELECT bc_search_accounts(?))"_s
                : u"(login_key || chr(1) || email_key || chr(1) || name_key) LIKE ? ESCAPE '!'"_s;
            condition.values = {pattern};
            condition.sortMatches = true;
        } else {
            // MariaDB has no trigram index: the database keeps postings (0023_mariadb_search.sql).
            // The accounts that hold every trigram of the text, each driven from the rarest trigram
            // and checked in the others' primary key, are the candidates; the LIKE of the keys
            // keeps exactly the accounts that hold the text itself. Then sorted, as on PostgreSQL.
            // (A text of fewer than three characters once chr(1) is gone has no trigram: every
            // row is checked.)
            const QStringList trigrams = searchTrigrams(search);
            condition.sql =
                u"(login_key LIKE ? ESCAPE '!' OR email_key LIKE ? ESCAPE '!' OR name_key LIKE ? ESCAPE '!')"_s;
            if (!trigrams.isEmpty()) {
                QString candidates = u"SELECT t0.account_id FROM account_trigrams t0"_s;
                for (qsizetype i = 1; i < trigrams.size(); ++i) {
                    candidates +=
                        u" JOIN account_trigrams t%1 ON t%1.trigram = ? AND t%1.account_id = t0.account_id"_s.arg(i);
                    condition.values.append(trigrams.at(i));
                }
                condition.values.append(trigrams.first());
                condition.sql = u"id IN ("_s + candidates + u" WHERE t0.trigram = ?) AND "_s + condition.sql;
                condition.sortMatches = true;
            }
            condition.values << pattern << pattern << pattern;
        }
        condition.count = u"SELECT count(*) FROM accounts WHERE "_s + condition.sql;
        return condition;
    }
    if (search.toUcs4().size() >= 3) {
        // A phrase of trigrams, matched with their positions: exactly the keys holding `search`,
        // found in the index alone. Inside quotes only a quote is special (written twice).
        return {u"id IN (SELECT rowid FROM accounts_search WHERE accounts_search MATCH ?)"_s,
                {ftsPhrase(search)},
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

QStringList AccountListQuery::searchTrigrams(const QString &search)
{
    // By code point, as MariaDB's SUBSTRING counts the characters of utf8mb4 (the triggers of
    // 0023_mariadb_search.sql). Trigrams side by side, the last one ending the text: they cover
    // it, so that the rarest of them drives the search, and each overlapping one would only add
    // a lookup per candidate (it narrows next to nothing: "imm" all but implies "mme").
    const QList<uint> codePoints = QString(search).remove(QChar(1)).toUcs4();
    const qsizetype last = codePoints.size() - 3;
    QList<qsizetype> starts;
    for (qsizetype start = 0; start <= last; start += 3)
        starts.append(start);
    if (!starts.isEmpty() && starts.last() != last)
        starts.append(last);
    QStringList trigrams;
    for (qsizetype start : std::as_const(starts)) {
        const QString trigram =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), 3);
        if (!trigrams.contains(trigram))
            trigrams.append(trigram);
    }
    return trigrams;
}

QString AccountListQuery::prefixEnd(const QString &prefix)
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

AccountListQuery::Condition AccountListQuery::traitCondition(AccountTrait trait, DatabaseAddress::Backend backend,
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
                {toKey(AccountStatus::Inactive)},
                {},
                false};
    }
    return {};
}

AccountListQuery::Filter AccountListQuery::filter(const AccountQuery &query, Use use)
{
    Filter result;
    QStringList conditions;
    if (query.groupId != 0) {
        if (query.includeSubgroups) {
            // The root's subtree is every group: no condition, so that the sort index alone serves.
            if (!isRoot(query.groupId)) {
                result.prefix = GroupStore::subtreeClause();
                result.values.append(query.groupId);
                result.prefixValues = 1;
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
        result.values.append(toKey(*query.status));
    }
    if (query.trait) {
        const Condition trait = traitCondition(*query.trait, m_db.backend(), use == Use::Counting);
        conditions.append(trait.sql);
        result.values.append(trait.values);
    }
    if (!conditions.isEmpty())
        result.unsearched = u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    result.unsearchedValues = result.values;
    if (const QString search = AccountStore::searchKey(query.search); !search.isEmpty()) {
        const Condition condition = searchCondition(search, m_db.backend(), m_db.isOperatorRole());
        if (conditions.isEmpty() && result.prefix.isEmpty())
            result.countBody = condition.count;
        conditions.append(condition.sql);
        result.values.append(condition.values);
        result.search = condition;
    }
    if (!conditions.isEmpty())
        result.where = u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    if (result.countBody.isEmpty() && !query.status && !query.trait && result.search.sql.isEmpty()) {
        // Whole groups: their account counts, kept by the database (0006_lists.sql), instead of
        // counting up to a million rows (80 ms on PostgreSQL, for every first page and sort).
        if (query.groupId == 0 || (query.includeSubgroups && result.prefix.isEmpty()))
            result.countBody = u"SELECT coalesce(sum(account_count), 0) FROM groups"_s;
        else if (query.includeSubgroups)
            result.countBody =
                u"SELECT coalesce(sum(account_count), 0) FROM groups WHERE id IN (SELECT id FROM subtree)"_s;
        else
            result.countBody = u"SELECT coalesce(sum(account_count), 0) FROM groups WHERE id = ?"_s;
    }
    if (result.countBody.isEmpty())
        result.countBody = u"SELECT count(*) FROM accounts "_s + result.where;
    result.count = result.prefix + result.countBody;
    return result;
}

void AccountListQuery::learnRoot()
{
    if (m_memo->rootGroup)
        return;
    auto root = m_db.run(u"SELECT id FROM groups WHERE parent_id IS NULL"_s);
    if (root && root->next())
        m_memo->rootGroup = root->value(0).toLongLong();
}

bool AccountListQuery::isRoot(qint64 groupId)
{
    // Not known (no top group yet, or the read failed): the subtree condition is right for any
    // group, only slower for the top one.
    learnRoot();
    return m_memo->rootGroup == groupId;
}

QString AccountListQuery::sortExpression(AccountColumn column)
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

Result<int> AccountListQuery::count(const AccountQuery &query)
{
    int counted = 0;
    if (auto read = m_db.readTogether({countRead(query, &counted)}); !read)
        return fail(read.error());
    return counted;
}

Database::Read AccountListQuery::countRead(const AccountQuery &query, int *into)
{
    *into = 0;
    const Filter where = filter(query, Use::Counting);
    return {where.count, where.values, [into](QSqlQuery &rows) -> Result<void> {
                *into = rows.next() ? rows.value(0).toInt() : 0;
                return {};
            }};
}

Result<QList<qint64>> AccountListQuery::ids(const AccountQuery &query)
{
    const Filter where = filter(query, Use::Counting);
    return readIds(
        m_db.run(where.prefix + u"SELECT id FROM accounts "_s + where.where + u"ORDER BY id"_s, where.values));
}

Result<AccountListQuery::Page> AccountListQuery::countedPage(const AccountQuery &query, int offset, int limit)
{
    if (const Filter where = filter(query, Use::Listing); where.search.sortMatches) {
        auto page = sortedMatches(query, where, offset, limit);
        if (!page || page->count >= 0 || offset == 0) {
            if (page)
                page->count = qMax(0, page->count);
            return page;
        }
    }
    if (m_db.isServer()) {
        auto page = pageWithCount(query, offset, limit);
        // Past the end of the list no row carries the count: it is asked for on its own.
        if (!page || page->count >= 0)
            return page;
    }
    auto counted = count(query);
    if (!counted)
        return fail(counted.error());
    auto accounts = page(query, offset, limit, {}, *counted);
    if (!accounts)
        return fail(accounts.error());
    return Page {*counted, *accounts};
}

Result<AccountListQuery::Page> AccountListQuery::pageWithCount(const AccountQuery &query, int offset, int limit)
{
    // page()'s window of the sort column's index, with the list's count beside every row: a
    // subquery that runs once (it refers to no row), sharing the WITH clause of the subgroups.
    const Filter listing = filter(query, Use::Listing);
    const Filter counting = filter(query, Use::Counting);
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString order = u"ORDER BY %1 %2, id %2 "_s.arg(sortExpression(query.sortColumn), direction);
    // The values in the order of their placeholders: the WITH clause's, the count's, the window's.
    QVariantList values = listing.values.mid(0, listing.prefixValues);
    values.append(counting.values.mid(counting.prefixValues));
    values.append(listing.values.mid(listing.prefixValues));
    values << limit << offset;
    auto result = m_db.run(listing.prefix + u"SELECT "_s + AccountStore::rowColumns() + u", ("_s + counting.countBody
                               + u") FROM accounts WHERE id IN (SELECT id FROM (SELECT id FROM accounts "_s
                               + listing.where + order + u"LIMIT ? OFFSET ?) window_ids) "_s + order,
                           values);
    if (!result)
        return fail(result.error());
    Page page;
    // An empty first page is an empty list; an empty later one says nothing of the count.
    page.count = offset == 0 ? 0 : -1;
    const int totalColumn = result->record().count() - 1;
    while (result->next()) {
        page.accounts.append(AccountStore::readRow(*result));
        page.count = result->value(totalColumn).toInt();
    }
    return page;
}

Result<AccountListQuery::Page> AccountListQuery::sortedMatches(const AccountQuery &query, const Filter &where,
                                                               int offset, int limit)
{
    // The matches are read from the search index once (MATERIALIZED: not walked in the sort
    // column's order, which PostgreSQL would pick when it expects many matches), counted over all
    // of them (the window), and the page's rows are read by id.
    const QString sort = sortExpression(query.sortColumn);
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString with = where.prefix.isEmpty() ? u"WITH "_s : where.prefix.trimmed() + u", "_s;
    const QString columns = u"SELECT "_s + AccountStore::rowColumns() + u" "_s;
    // MariaDB knows no MATERIALIZED; a CTE with a window function over it is materialized there.
    const QString materialized =
        m_db.backend() == DatabaseAddress::Backend::PostgreSql ? u"MATERIALIZED "_s : QString();
    const QString sql = with
        + u"matches AS %4(SELECT id AS match_id, %1 AS match_key FROM accounts %2), "
          "window_ids AS (SELECT match_id, match_key, count(*) OVER () AS match_total FROM matches "
          "ORDER BY match_key %3, match_id %3 LIMIT ? OFFSET ?) "_s.arg(sort, where.where, direction, materialized)
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
        page.accounts.append(AccountStore::readRow(*result));
        page.count = result->value(totalColumn).toInt();
    }
    return page;
}

// Reads a sorted list from an anchor on. SQLite seeks an index on its first column only for a row
// value ("(key, id) > (?, ?)" scans every row of an equal key: a million for a status), so the
// rows after an anchor are read in two index ranges: those of the anchor's key from its id on,
// then those of greater keys. The statements run through the Database like every other (on
// PostgreSQL it keeps those it runs again prepared on the server).
class AccountListQuery::Keyset
{
public:
    Keyset(Database &db, const Filter &where, const QString &sort, Qt::SortOrder order)
        : m_db(db)
        , m_values(where.values)
    {
        const bool ascending = order == Qt::AscendingOrder;
        const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
        const QString also = where.where.isEmpty() ? u"WHERE "_s : where.where + u"AND "_s;
        m_sameKeySql = where.prefix + u"SELECT id FROM accounts "_s + also
            + u"%1 = ? AND id %2 ? ORDER BY id %3 LIMIT ?"_s.arg(sort, ascending ? u">="_s : u"<="_s, direction);
        m_laterKeysSql = where.prefix + u"SELECT id, %1 FROM accounts "_s.arg(sort) + also
            + u"%1 %2 ? ORDER BY %1 %3, id %3 LIMIT ? OFFSET ?"_s.arg(sort, ascending ? u">"_s : u"<"_s, direction);
    }

    // Up to `limit` rows, the first `skip` rows after `from` (0: `from` itself), as anchors: their
    // places, sort keys and ids.
    Result<QList<AccountAnchor>> rowsAfter(const AccountAnchor &from, int skip, int limit)
    {
        QList<AccountAnchor> rows;
        auto same = m_db.run(m_sameKeySql, m_values + QVariantList {from.key, from.id, skip + limit});
        if (!same)
            return fail(same.error());
        int seen = 0;
        while (same->next()) {
            if (seen++ >= skip)
                rows.append({from.row + seen - 1, from.key, same->value(0).toLongLong()});
        }
        same->finish();
        if (seen < skip + limit) {
            int row = from.row + qMax(seen, skip);
            auto later = m_db.run(
                m_laterKeysSql,
                m_values + QVariantList {from.key, limit - static_cast<int>(rows.size()), skip - qMin(seen, skip)});
            if (!later)
                return fail(later.error());
            while (later->next())
                rows.append({row++, later->value(1), later->value(0).toLongLong()});
        }
        return rows;
    }

    // The ids of rowsAfter().
    Result<QList<qint64>> idsAfter(const AccountAnchor &from, int skip, int limit)
    {
        auto rows = rowsAfter(from, skip, limit);
        if (!rows)
            return fail(rows.error());
        QList<qint64> ids;
        ids.reserve(rows->size());
        for (const AccountAnchor &row : std::as_const(*rows))
            ids.append(row.id);
        return ids;
    }

private:
    Database &m_db;
    QVariantList m_values; // the filter's, bound before a statement's own
    QString m_sameKeySql;
    QString m_laterKeysSql;
};

Result<QList<Account>> AccountListQuery::page(const AccountQuery &query, int offset, int limit,
                                              const AccountAnchor &from, int listRows)
{
    const QString sort = sortExpression(query.sortColumn);
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString order = u"ORDER BY %1 %2, id %2 "_s.arg(sort, direction);
    const Filter where = filter(query, Use::Listing);
    const auto read = [](Result<QSqlQuery> &&result) {
        return readRows(std::move(result), AccountStore::readRow);
    };
    if (from.isValid() && from.row <= offset) {
        // From the anchor: two short index ranges, then the rows of those ids.
        Keyset keyset(m_db, where, sort, query.sortOrder);
        auto ids = keyset.idsAfter(from, offset - from.row, limit);
        if (!ids)
            return fail(ids.error());
        if (ids->isEmpty())
            return QList<Account>();
        const IdList rows = idList(*ids);
        return read(m_db.run(AccountStore::selectRows() + u"WHERE id IN (%1) "_s.arg(rows.marks) + order, rows.values));
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
            where.prefix + AccountStore::selectRows() + u"WHERE id IN (SELECT id FROM (SELECT id FROM accounts "_s
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
    return read(m_db.run(where.prefix + AccountStore::selectRows()
                             + u"WHERE id IN (SELECT id FROM (SELECT id FROM accounts "_s + where.where + order
                             + u"LIMIT ? OFFSET ?) window_ids) "_s + order,
                         values));
}

Result<QList<AccountAnchor>> AccountListQuery::anchors(const AccountQuery &query, const AccountAnchor &from, int step,
                                                       int count)
{
    const QString sort = sortExpression(query.sortColumn);
    const Filter where = filter(query, Use::Listing);
    Keyset keyset(m_db, where, sort, query.sortOrder);
    QList<AccountAnchor> found;
    AccountAnchor previous = from;
    for (int i = 0; i < count; ++i) {
        if (!previous.isValid()) {
            // The first anchor is row 0.
            const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
            auto head = m_db.run(where.prefix + u"SELECT id, %1 FROM accounts "_s.arg(sort) + where.where
                                     + u"ORDER BY %1 %2, id %2 LIMIT 1"_s.arg(sort, direction),
                                 where.values);
            if (!head)
                return fail(head.error());
            if (!head->next())
                break;
            previous = {0, head->value(1), head->value(0).toLongLong()};
        } else {
            auto next = keyset.rowsAfter(previous, step, 1);
            if (!next)
                return fail(next.error());
            if (next->isEmpty())
                break;
            previous = next->first();
        }
        found.append(previous);
    }
    return found;
}

Result<AccountAnchor> AccountListQuery::anchorAt(const AccountQuery &query, int row, int rows)
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

Result<int> AccountListQuery::rowOf(const AccountQuery &query, qint64 id)
{
    int row = -1;
    if (auto read = m_db.readTogether({rowOfRead(query, id, &row)}); !read)
        return fail(read.error());
    return row;
}

Database::Read AccountListQuery::rowOfRead(const AccountQuery &query, qint64 id, int *into)
{
    *into = -1;
    const Filter where = filter(query, Use::Counting);
    const QString sort = sortExpression(query.sortColumn);
    const QString before = query.sortOrder == Qt::AscendingOrder ? u"<"_s : u">"_s;
    const QString also = where.where.isEmpty() ? u"WHERE "_s : where.where + u"AND "_s;
    // One statement: the account itself, which must match the filter (no row: not listed), and
    // the number of accounts of the list that sort before it, which is its row.
    const QVariantList conditions = where.values.mid(where.prefixValues);
    QVariantList values = where.values.mid(0, where.prefixValues);
    values.append(conditions);
    values.append(conditions);
    values.append(id);
    return {where.prefix + u"SELECT (SELECT count(*) FROM accounts "_s + also
                + u"(%1, id) %2 (listed.sort_key, listed.id)) FROM (SELECT %1 AS sort_key, id FROM accounts "_s.arg(
                    sort, before)
                + also + u"id = ?) listed"_s,
            values, [into](QSqlQuery &rows) -> Result<void> {
                *into = rows.next() ? rows.value(0).toInt() : -1;
                return {};
            }};
}

Result<QHash<qint64, int>> AccountListQuery::countsByGroup()
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
