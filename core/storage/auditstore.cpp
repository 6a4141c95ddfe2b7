#include "core/storage/auditstore.h"

#include "core/domain/timestamps.h"
#include "core/platform/systemaccount.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<AuditEntry> readEntries(QSqlQuery &query)
{
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = Timestamps::fromStorage(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.objectType = query.value(4).toString();
        entry.objectId = query.value(5).toLongLong();
        entry.groupId = query.value(6).toLongLong();
        entry.summary = query.value(7).toString();
        entry.before = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
        entry.after = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
        entry.origin = query.value(10).toString();
        entries.append(entry);
    }
    return entries;
}

const auto selectEntries =
    u"SELECT id, at, actor, action, object_type, object_id, group_id, summary, before_state, after_state, "
    "origin FROM audit_log "_s;

// LIKE's pattern for "holds `text`" in lower(summary). MariaDB's lower() folds every letter;
// PostgreSQL's (in the summaries' collation "C") and SQLite's ASCII letters only, so only those
// of the text are folded for them: "ÄRGER" finds ÄRGER there, not ärger.
QString likePattern(const QString &text, DatabaseAddress::Backend backend)
{
    QString lower = text;
    if (backend == DatabaseAddress::Backend::MariaDb)
        lower = text.toLower();
    else
        for (QChar &c : lower)
            if (c >= u'A' && c <= u'Z')
                c = c.toLower();
    return u'%' + likeLiteral(lower) + u'%';
}

} // namespace

bool AuditStore::usesTextIndex(const QString &text)
{
    return text.toUcs4().size() >= 3;
}

QString AuditStore::searchCondition(const QString &text, SearchPlan plan, QVariantList *values) const
{
    if (m_db.backend() != DatabaseAddress::Backend::Sqlite || !usesTextIndex(text)) {
        // lower() on both sides: LIKE is case-sensitive on PostgreSQL (and on MariaDB with a binary
        // collation); SQLite's lower() and LIKE fold ASCII letters only. Candidates: PostgreSQL's
        // trigram index serves it (0014_audit_groups.sql). Probe: in a CASE PostgreSQL cannot
        // estimate, hidden from that index, the test leaves it the (…, at, id) index read newest
        // first, each entry tested until a page is full, as SQLite reads it.
        const QString pattern = likePattern(text, m_db.backend());
        if (m_db.backend() == DatabaseAddress::Backend::PostgreSql && plan != SearchPlan::Probe) {
            // The pattern written into the statement: a statement run for the sixth time may be
            // planned once for every value (PostgreSQL's generic plan), without the trigram index
            // (a text in no entry: 200 ms instead of 1). E'…' reads the same whatever
            // standard_conforming_strings says.
            QString literal = pattern;
            literal.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
            return u"lower(summary) LIKE E'%1' ESCAPE '!'"_s.arg(literal);
        }
        values->append(pattern);
        if (plan == SearchPlan::Probe && m_db.backend() == DatabaseAddress::Backend::PostgreSql)
            return u"(CASE WHEN lower(summary) LIKE ? ESCAPE '!' THEN true ELSE false END)"_s;
        return u"lower(summary) LIKE ? ESCAPE '!'"_s;
    }
    // SQLite has no index for LIKE '%text%': its FTS5 trigram index of the summaries
    // (0014_audit_groups.sql) finds the entries holding the text, folding the case of every
    // letter. Candidates: the entries it names, each looked up and sorted.
    const QString phrase = ftsPhrase(text);
    if (plan != SearchPlan::Probe) {
        values->append(phrase);
        return u"id IN (SELECT rowid FROM audit_log_search WHERE audit_log_search MATCH ?)"_s;
    }
    // Probe: the entry's own summary first, as asking the index about it reads the whole doclists
    // of the text's trigrams (millions of entries long for a common text). LIKE folds ASCII
    // letters only: what it finds, the index finds too; where it finds nothing, the index finds
    // nothing either if the summary and the text are both all ASCII (as many characters as UTF-8
    // bytes); otherwise (ÄRGER for "ärger", the Kelvin sign for "k") the index is asked.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    *values << QString(u'%' + likeLiteral(text) + u'%') << phrase;
    return u"(CASE WHEN summary LIKE ? ESCAPE '!' THEN 1 %1ELSE EXISTS (SELECT 1 FROM audit_log_search WHERE "
           "audit_log_search MATCH ? AND rowid = audit_log.id) END)"_s.arg(
               ascii ? u"WHEN length(summary) = length(CAST(summary AS BLOB)) THEN 0 "_s : QString());
}

QString AuditStore::actor() const
{
    return !m_db.actingOperator().isEmpty() ? m_db.actingOperator() : SystemAccount::name();
}

Result<void> AuditStore::append(const AuditEntry &entry)
{
    return appendAll({entry});
}

Result<void> AuditStore::appendAll(const QList<AuditEntry> &entries)
{
    const QDateTime now = Timestamps::now();
    // Written outside a batch (the activation page, the outbox), an entry leaves the column out.
    const QString &batch = m_db.auditBatch();
    const QString head =
        u"INSERT INTO audit_log (at, actor, action, object_type, object_id, group_id, summary, before_state, "
        "after_state, origin%1) VALUES "_s.arg(batch.isEmpty() ? u""_s : u", batch"_s);
    // A statement's worth at a time, each but the last sent ahead (Database::sendAhead()): the
    // server writes the entries while the next are made into text here.
    const qsizetype perStatement = maxBoundValues / (batch.isEmpty() ? 10 : 11);
    for (qsizetype start = 0; start < entries.size(); start += perStatement) {
        if (start > 0)
            m_db.sendAhead();
        QList<QVariantList> rows;
        rows.reserve(std::min(perStatement, entries.size() - start));
        for (const AuditEntry &entry : entries.mid(start, perStatement)) {
            const QDateTime at = entry.at.isValid() ? entry.at : now;
            const QString origin = entry.origin.isEmpty() ? SystemAccount::origin() : entry.origin;
            rows.append({Timestamps::toStorage(at), entry.actor.isEmpty() ? actor() : entry.actor, entry.action,
                         entry.objectType, entry.objectId, nullableId(entry.groupId), entry.summary,
                         jsonText(entry.before), jsonText(entry.after), origin});
            if (!batch.isEmpty())
                rows.last().append(batch);
        }
        if (auto inserted = insertRows(m_db, head, rows); !inserted)
            return inserted;
    }
    return {};
}

Result<QList<AuditEntry>> AuditStore::entriesFor(const QString &objectType, qint64 objectId)
{
    QList<AuditEntry> entries;
    if (auto read = m_db.readTogether({entriesForRead(objectType, objectId, &entries)}); !read)
        return fail(read.error());
    return entries;
}

Database::Read AuditStore::entriesForRead(const QString &objectType, qint64 objectId, QList<AuditEntry> *into)
{
    into->clear();
    return {selectEntries + u"WHERE object_type = ? AND object_id = ? ORDER BY id"_s,
            {objectType, objectId},
            [into](QSqlQuery &rows) -> Result<void> {
                *into = readEntries(rows);
                return {};
            }};
}

Result<QList<AuditEntry>> AuditStore::latest(int limit)
{
    auto query = m_db.run(selectEntries + u"ORDER BY id DESC LIMIT ?"_s, {limit});
    if (!query)
        return fail(query.error());
    return readEntries(*query);
}

Result<QString> AuditStore::lastBatchOf(const QString &actor)
{
    // The actor's entries newest first (the index of its filter, 0014), skipping what was taken back:
    // an undo's entries and the batch it took back, all before its "change.undone".
    QString cursor; // "at" of the entry to read before, with `cursorId`
    qint64 cursorId = 0;
    for (int step = 0; step < 1000; ++step) {
        QVariantList values {actor};
        QString sql = u"SELECT at, id, action, batch, before_state FROM audit_log WHERE actor = ? "_s;
        if (!cursor.isEmpty()) {
            sql += u"AND (at < ? OR (at = ? AND id < ?)) "_s;
            values << cursor << cursor << cursorId;
        }
        sql += u"ORDER BY at DESC, id DESC LIMIT 1"_s;
        auto query = m_db.run(sql, values);
        if (!query)
            return fail(query.error());
        if (!query->next())
            return QString();
        const QString batch = query->value(3).toString();
        if (query->value(2).toString() != undoneAction)
            return batch; // empty: a change from before batches
        const QString undone =
            QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object().value(u"batch"_s).toString();
        auto first =
            m_db.run(u"SELECT at, id FROM audit_log WHERE batch IN (?, ?) ORDER BY at, id LIMIT 1"_s, {undone, batch});
        if (!first)
            return fail(first.error());
        if (!first->next())
            return QString();
        cursor = first->value(0).toString();
        cursorId = first->value(1).toLongLong();
    }
    return QString();
}

Result<QList<AuditEntry>> AuditStore::batchEntries(const QString &batch, qint64 afterId, int limit)
{
    auto query = m_db.run(selectEntries + u"WHERE batch = ? AND id > ? ORDER BY id LIMIT ?"_s, {batch, afterId, limit});
    if (!query)
        return fail(query.error());
    return readEntries(*query);
}

Result<QList<AuditEntry>> AuditStore::byIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<AuditEntry>();
    const IdList list = idList(ids);
    auto query = m_db.run(selectEntries + u"WHERE id IN (%1) ORDER BY id"_s.arg(list.marks), list.values);
    if (!query)
        return fail(query.error());
    return readEntries(*query);
}

Result<AuditStore::SearchPlan> AuditStore::searchPlan(const QString &text, const AuditAnchor &after)
{
    const auto backend = m_db.backend();
    const bool sqlite = backend == DatabaseAddress::Backend::Sqlite;
    if (backend != DatabaseAddress::Backend::PostgreSql && !(sqlite && usesTextIndex(text)))
        return SearchPlan::Candidates; // no index serves the search: either plan reads the same statement
    // How many of the probeWindow entries up to the page's start hold the text, counted up to
    // probeMatches only. SQLite: the FTS5 index reads its matches in rowid order and stops there.
    // PostgreSQL: the LIKE hidden in a CASE from the trigram index (which would read every entry
    // holding a common text first), the window read through the primary key.
    qint64 top = after.id;
    if (!after.isValid()) {
        auto last = m_db.run(u"SELECT max(id) FROM audit_log"_s);
        if (!last)
            return fail(last.error());
        top = last->next() ? last->value(0).toLongLong() + 1 : 1;
    }
    const QString holds = sqlite ? u"audit_log_search WHERE audit_log_search MATCH ? AND rowid > ? AND rowid < ?"_s
                                 : u"audit_log WHERE (CASE WHEN lower(summary) LIKE ? ESCAPE '!' THEN true ELSE "
                                   "false END) AND id > ? AND id < ?"_s;
    auto counted =
        m_db.run(u"SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT ?) window_matches"_s.arg(holds),
                 {sqlite ? ftsPhrase(text) : likePattern(text, backend), top - 1 - probeWindow, top, probeMatches});
    if (!counted)
        return fail(counted.error());
    return counted->next() && counted->value(0).toInt() >= probeMatches ? SearchPlan::Probe : SearchPlan::Candidates;
}

Result<QList<AuditEntry>> AuditStore::page(const AuditQuery &query, const AuditAnchor &after, int limit,
                                           SearchPlan plan)
{
    QString prefix;
    QStringList conditions;
    QVariantList values;
    if (query.since.isValid()) {
        conditions.append(u"at >= ?"_s);
        values.append(Timestamps::toStorage(query.since));
    }
    if (query.until.isValid()) {
        conditions.append(u"at < ?"_s);
        values.append(Timestamps::toStorage(query.until));
    }
    // The filters by equality, the one likeliest to be narrow first: a group, an actor, an action,
    // a type of object.
    QList<std::pair<QString, QVariant>> equal;
    if (query.groupId != 0 && !query.includeSubgroups)
        equal.append({u"group_id"_s, query.groupId});
    for (const auto &[column, value] : {std::pair {u"actor"_s, query.actor}, std::pair {u"action"_s, query.action},
                                        std::pair {u"object_type"_s, query.objectType}})
        if (!value.isEmpty())
            equal.append({column, value});
    QStringList tests;
    for (const auto &[column, value] : std::as_const(equal)) {
        tests.append(column + u" = ?"_s);
        values.append(value);
    }
    if (tests.size() > 1 && m_db.backend() == DatabaseAddress::Backend::PostgreSql) {
        // PostgreSQL estimates several equalities as independent: where they go together (an
        // actor who works on one group) it expects a few hundred entries, combines the indexes
        // and sorts the fifty thousand it finds (2.5 s at 10,000,000 entries). The others in one
        // CASE it cannot estimate (half the entries, it assumes) leave it the first one's
        // (…, at, id) index read newest first, until a page is full, as SQLite reads it.
        const QString first = tests.takeFirst();
        tests = {first, u"(CASE WHEN "_s + tests.join(u" AND "_s) + u" THEN true ELSE false END)"_s};
    }
    conditions.append(tests);
    if (query.groupId != 0 && query.includeSubgroups) {
        prefix = GroupStore::subtreeClause();
        values.prepend(query.groupId);
        conditions.append(u"group_id IN (SELECT id FROM subtree)"_s);
    }
    if (!query.search.isEmpty()) {
        if (plan == SearchPlan::Automatic) {
            auto chosen = searchPlan(query.search, after);
            if (!chosen)
                return fail(chosen.error());
            plan = *chosen;
        }
        conditions.append(searchCondition(query.search, plan, &values));
    }
    // PostgreSQL's Candidates: its estimate of a common text's entries makes it read the (at, id)
    // index newest first and test each entry, as in Probe, when every entry holding the text is
    // old (8,000,000 entries read, 4.7 s, at 10,000,000); the order by an expression no index has
    // (the same order) leaves it the trigram index, and sorting what it finds.
    const bool sortFound = !query.search.isEmpty() && plan == SearchPlan::Candidates
        && m_db.backend() == DatabaseAddress::Backend::PostgreSql;
    if (after.isValid()) {
        // A range of the (…, at, id) index from the anchor's time down; of the entries at that very
        // time only those below the anchor's id (shown already: the others).
        conditions.append(u"at <= ? AND (at < ? OR id < ?)"_s);
        const QString at = Timestamps::toStorage(after.at);
        values << at << at << after.id;
    }
    values.append(limit);
    const QString where = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    auto found = m_db.run(
        prefix + selectEntries + where
            + (sortFound ? u"ORDER BY at || '' DESC, id DESC LIMIT ?"_s : u"ORDER BY at DESC, id DESC LIMIT ?"_s),
        values);
    if (!found)
        return fail(found.error());
    return readEntries(*found);
}

} // namespace bc
