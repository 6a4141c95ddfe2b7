#include "core/storage/auditstore.h"

#include "core/domain/timestamps.h"
#include "core/platform/systemaccount.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"

#include <QJsonDocument>

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

} // namespace

Result<void> AuditStore::append(const AuditEntry &entry)
{
    return appendAll({entry});
}

Result<void> AuditStore::appendAll(const QList<AuditEntry> &entries)
{
    const QDateTime now = Timestamps::now();
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const AuditEntry &entry : entries) {
        const QDateTime at = entry.at.isValid() ? entry.at : now;
        const QString actor = !entry.actor.isEmpty() ? entry.actor
            : !m_db.actingOperator().isEmpty()       ? m_db.actingOperator()
                                                     : SystemAccount::name();
        const QString origin = entry.origin.isEmpty() ? SystemAccount::origin() : entry.origin;
        rows.append({Timestamps::toStorage(at), actor, entry.action, entry.objectType, entry.objectId,
                     nullableId(entry.groupId), entry.summary, jsonText(entry.before), jsonText(entry.after), origin});
    }
    return insertRows(
        u"INSERT INTO audit_log (at, actor, action, object_type, object_id, group_id, summary, before_state, "
        "after_state, origin) "
        "VALUES "_s,
        rows, [this](const QString &sql, const QVariantList &values) { return m_db.runLater(sql, values); });
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

Result<AuditStore::SearchPlan> AuditStore::searchPlan(const QString &text, const AuditAnchor &after)
{
    // How many of the probeWindow entries up to the page's start hold the text, counted up to
    // probeMatches only: the FTS5 index reads its matches in rowid order and stops there.
    qint64 top = after.id;
    if (!after.isValid()) {
        auto last = m_db.run(u"SELECT max(id) FROM audit_log"_s);
        if (!last)
            return fail(last.error());
        top = last->next() ? last->value(0).toLongLong() + 1 : 1;
    }
    auto counted =
        m_db.run(u"SELECT count(*) FROM (SELECT 1 FROM audit_log_search WHERE audit_log_search MATCH ? AND rowid > ? "
                 "AND rowid < ? LIMIT ?)"_s,
                 {ftsPhrase(text), top - 1 - probeWindow, top, probeMatches});
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
    if (!query.search.isEmpty() && m_db.backend() == DatabaseAddress::Backend::Sqlite
        && query.search.toUcs4().size() >= 3) {
        // SQLite has no index for LIKE '%text%': its FTS5 trigram index of the summaries
        // (0014_audit_groups.sql) finds the entries holding the text, in any case; which way, see
        // SearchPlan.
        const QString phrase = ftsPhrase(query.search);
        if (plan == SearchPlan::Automatic) {
            auto chosen = searchPlan(query.search, after);
            if (!chosen)
                return fail(chosen.error());
            plan = *chosen;
        }
        conditions.append(
            plan == SearchPlan::Probe
                ? u"EXISTS (SELECT 1 FROM audit_log_search WHERE audit_log_search MATCH ? AND rowid = audit_log.id)"_s
                : u"id IN (SELECT rowid FROM audit_log_search WHERE audit_log_search MATCH ?)"_s);
        values.append(phrase);
    } else if (!query.search.isEmpty()) {
        // lower() on both sides: LIKE is case-sensitive on PostgreSQL (and on MariaDB with a binary
        // collation); SQLite's lower() and LIKE fold ASCII letters only. PostgreSQL's trigram index
        // serves it (0014_audit_groups.sql).
        conditions.append(u"lower(summary) LIKE ? ESCAPE '!'"_s);
        values.append(QString(u'%' + likeLiteral(query.search.toLower()) + u'%'));
    }
    if (after.isValid()) {
        // A range of the (…, at, id) index from the anchor's time down; of the entries at that very
        // time only those below the anchor's id (shown already: the others).
        conditions.append(u"at <= ? AND (at < ? OR id < ?)"_s);
        const QString at = Timestamps::toStorage(after.at);
        values << at << at << after.id;
    }
    values.append(limit);
    const QString where = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    auto found = m_db.run(prefix + selectEntries + where + u"ORDER BY at DESC, id DESC LIMIT ?"_s, values);
    if (!found)
        return fail(found.error());
    return readEntries(*found);
}

} // namespace bc
