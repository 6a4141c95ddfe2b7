#pragma once

#include "core/domain/error.h"
#include "core/mail/outboxmessage.h"
#include "core/storage/database.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bc {

// Every SQL statement about the outbox: the email that leaves after its transaction commits,
// claimed, sent, retried or withdrawn.
class OutboxStore
{
public:
    explicit OutboxStore(Database &database)
        : m_db(database)
    {
    }

    // What of the accounts' mail has not gone out (queued or failed) is withdrawn and will never be
    // sent; `unsent` is what unsentCountsRead() counted in the same transaction (nothing to do when
    // empty). One statement, sent with the next one on PostgreSQL.
    Result<void> withdrawUnsent(const QList<qint64> &accountIds, const QHash<qint64, int> &unsent);
    // How many messages of each account have not gone out, to send with other reads
    // (Database::readTogether); accounts with none are left out of `into`.
    static Database::Read unsentCountsRead(const QList<qint64> &accountIds, QHash<qint64, int> *into);

    Result<qint64> enqueue(const OutboxMessage &message);
    // As enqueue(), for a caller that needs no id: on PostgreSQL sent with the next statement.
    Result<void> queue(const OutboxMessage &message);
    // queue() for many messages, in multi-row statements.
    Result<void> queueAll(const QList<OutboxMessage> &messages);
    // Takes up to `limit` due messages and marks them as being sent. Only a message whose account
    // still exists and is not disabled is taken (a test message has no account), each by one
    // statement that checks both, so that of a claim and a racing delete or disable only one wins.
    Result<QList<OutboxMessage>> claimDue(const QDateTime &now, int limit);
    Result<void> markSent(qint64 id, const QDateTime &now);
    Result<void> markAttemptFailed(qint64 id, const QString &error, const QDateTime &next, bool giveUp);
    Result<void> retry(qint64 id, const QDateTime &now);
    // Messages left "sending" by a console that stopped are queued again (at-least-once).
    Result<int> requeueStale(const QDateTime &olderThan);
    Result<std::optional<OutboxMessage>> latestFor(qint64 accountId, const QString &kind);
    Result<OutboxMessage> message(qint64 id);
    // The newest messages first, at most `limit` (the CLI's outbox list).
    Result<QList<OutboxMessage>> recent(int limit);

private:
    Database &m_db;
};

} // namespace bc
