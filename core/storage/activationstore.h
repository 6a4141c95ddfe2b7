#pragma once

#include "core/domain/error.h"
#include "core/mail/emailtemplate.h"
#include "core/mail/outboxmessage.h"
#include "core/mail/smtpsettings.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bc {

class Database;

// Every SQL statement about activation: links (hashes only), the outbox, email templates and
// the database-wide mail settings.
class ActivationStore
{
public:
    explicit ActivationStore(Database &database)
        : m_db(database)
    {
    }

    struct TokenRow
    {
        qint64 id = 0;
        qint64 accountId = 0;
        QDateTime expiresAt;
        QDateTime usedAt;
        QDateTime revokedAt;
    };

    Result<void> insertToken(qint64 accountId, const QString &hash, const QDateTime &now, const QDateTime &expires);
    Result<std::optional<TokenRow>> tokenByHash(const QString &hash);
    Result<void> markTokenUsed(qint64 id, const QDateTime &now);
    // Every unused link of the account stops working (a resend replaces them).
    Result<void> revokeTokens(qint64 accountId, const QDateTime &now);

    // What of the account's mail has not gone out (queued or failed) is withdrawn and will never be
    // sent; how many messages that was.
    Result<int> withdrawUnsent(qint64 accountId);

    Result<qint64> enqueue(const OutboxMessage &message);
    // As enqueue(), for a caller that needs no id: on PostgreSQL sent with the next statement.
    Result<void> queue(const OutboxMessage &message);
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
    Result<ActivationState> stateFor(qint64 accountId);
    // The states of several accounts (a page of the account list) in one query; accounts
    // without an activation email or link are left out.
    Result<QHash<qint64, ActivationState>> statesFor(const QList<qint64> &accountIds);
    // The newest messages first, at most `limit` (the CLI's outbox list).
    Result<QList<OutboxMessage>> recent(int limit);

    Result<std::optional<EmailTemplate>> groupTemplate(qint64 groupId);
    // The template of the first of these groups that has one (an ancestry, nearest first).
    Result<std::optional<EmailTemplate>> nearestTemplate(const QList<qint64> &groupIds);
    Result<void> setGroupTemplate(qint64 groupId, const std::optional<EmailTemplate> &email);
    Result<int> activationDays(qint64 groupId);
    // For an activation email in one statement: how many days a link of the group stays valid,
    // and the name of the organization group.
    struct EmailFacts
    {
        int activationDays = 7;
        QString organization;
    };
    Result<EmailFacts> emailFacts(qint64 groupId, qint64 organizationId);
    Result<void> setActivationDays(qint64 groupId, int days);

    Result<SmtpSettings> smtpSettings();
    Result<void> setSmtpSettings(const SmtpSettings &settings);

private:
    Database &m_db;
};

} // namespace bc
