#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/auditquery.h"
#include "core/domain/error.h"
#include "core/storage/database.h"

#include <QList>
#include <QString>

namespace bc {

// Every SQL statement about the append-only audit log. Entries are written inside the
// transaction of the change they record; the database refuses to change or delete them.
class AuditStore
{
public:
    explicit AuditStore(Database &database)
        : m_db(database)
    {
    }

    // Who writes the entries of this connection: the operator signed in on it
    // (Database::actingOperator()), or else the system account of this process (SystemAccount::name()).
    QString actor() const;
    // Writes `entry`; without a time it is now, without an actor actor(), without an origin this
    // process's user and host (SystemAccount::origin()), in the connection's batch
    // (Database::auditBatch()). On PostgreSQL, in a transaction, it travels with the next statement.
    Result<void> append(const AuditEntry &entry);
    // The same for several entries, in one statement (bulk actions: one entry per account).
    Result<void> appendAll(const QList<AuditEntry> &entries);
    // The entries about one object, oldest first.
    Result<QList<AuditEntry>> entriesFor(const QString &objectType, qint64 objectId);
    Database::Read entriesForRead(const QString &objectType, qint64 objectId, QList<AuditEntry> *into);
    // The action of the entry that closes an undo: its before holds {"batch": the batch taken back}.
    static inline const QString undoneAction = QStringLiteral("change.undone");
    // The batch of `actor`'s last change not taken back yet (an undo's own entries and the batch
    // it took back are skipped, so that undoing again takes back the change before); empty when
    // the actor has none, or when it was written before there were batches.
    Result<QString> lastBatchOf(const QString &actor);
    // A batch's entries after the one with `afterId` (0: from its first), oldest first, at most `limit`.
    Result<QList<AuditEntry>> batchEntries(const QString &batch, qint64 afterId, int limit);
    Result<QList<AuditEntry>> byIds(const QList<qint64> &ids);
    // The newest `limit` entries, newest first.
    Result<QList<AuditEntry>> latest(int limit);
    // How page() finds the entries holding a search text, on SQLite (its FTS5 trigram index,
    // 0014_audit_groups.sql) and PostgreSQL (its pg_trgm index). Candidates: every entry the index
    // names, sorted; quick for a text in few entries, slow for one in a million. Probe: the log
    // newest first through the index of the other filters, testing each entry's own summary until
    // a page is full (SQLite asks its index only where the summary or the text is not all ASCII);
    // quick for a text in many recent entries, slow for one in none. Automatic: Probe when at
    // least probeMatches of the probeWindow entries just before the page hold the text (counted by
    // id: the order the log grows in), else Candidates. The entries are the same. MariaDB reads
    // the log with LIKE either way.
    enum class SearchPlan
    {
        Automatic,
        Candidates,
        Probe
    };
    static constexpr int probeWindow = 100000;
    static constexpr int probeMatches = 2000; // in probeWindow: 2 %, a page of 100 in ~5,000
    // Up to `limit` entries that `query` keeps, newest first (by time, then by id), from the one
    // after `after` on (invalid: from the newest). One statement (and, for a search on SQLite or
    // PostgreSQL with plan Automatic, searchPlan()'s two before it); a page deep in the log reads
    // what the first one does (keyset on the indexes of 0014_audit_groups.sql, never OFFSET).
    Result<QList<AuditEntry>> page(const AuditQuery &query, const AuditAnchor &after, int limit,
                                   SearchPlan plan = SearchPlan::Automatic);
    // The plan Automatic takes for a search of `text` from `after` on: Candidates on MariaDB and,
    // for a text under three characters (no index serves it), on SQLite.
    Result<SearchPlan> searchPlan(const QString &text, const AuditAnchor &after);

private:
    // Whether SQLite's trigram index serves a search for `text` (three characters or more).
    static bool usesTextIndex(const QString &text);
    // page()'s condition for a search of `text` by `plan` (not Automatic); its values are added to
    // `values`, or written into it (PostgreSQL's Candidates).
    QString searchCondition(const QString &text, SearchPlan plan, QVariantList *values) const;

    Database &m_db;
};

} // namespace bc
