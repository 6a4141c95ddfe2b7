#include "core/storage/outboxstore.h"

#include "core/domain/timestamps.h"
#include "core/mail/activationtext.h"
#include "core/storage/databasestatements.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

OutboxMessage::Status statusFromKey(const QString &key)
{
    return fromKey<OutboxMessage::Status>(key).value_or(OutboxMessage::Status::Queued);
}

const auto selectMessages = u"SELECT id, coalesce(account_id, 0), kind, message_id, recipient, subject, body_text, "
                            "body_html, link_token, expires_at, status, attempts, last_error, next_attempt_at, "
                            "created_at, sent_at, template_values FROM outbox "_s;

QString valuesJson(const EmailValues &values)
{
    const QJsonObject object {
        {u"name"_s, values.name},
        {u"login"_s, values.login},
        {u"organization"_s, values.organization},
        {u"expires"_s, values.expires.isValid() ? Timestamps::toStorage(values.expires) : QString()}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

EmailValues valuesFromJson(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    EmailValues values;
    values.name = object.value(u"name"_s).toString();
    values.login = object.value(u"login"_s).toString();
    values.organization = object.value(u"organization"_s).toString();
    const QString expires = object.value(u"expires"_s).toString();
    if (!expires.isEmpty())
        values.expires = Timestamps::fromStorage(expires);
    return values;
}

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage message;
    message.id = query.value(0).toLongLong();
    message.accountId = query.value(1).toLongLong();
    message.kind = query.value(2).toString();
    message.messageId = query.value(3).toString();
    message.recipient = query.value(4).toString();
    message.email = {query.value(5).toString(), query.value(6).toString(), query.value(7).toString()};
    message.linkToken = query.value(8).toString();
    message.expiresAt = Timestamps::fromNullableStorage(query.value(9));
    message.status = statusFromKey(query.value(10).toString());
    message.attempts = query.value(11).toInt();
    message.lastError = query.value(12).toString();
    message.nextAttemptAt = Timestamps::fromNullableStorage(query.value(13));
    message.createdAt = Timestamps::fromNullableStorage(query.value(14));
    message.sentAt = Timestamps::fromNullableStorage(query.value(15));
    message.values = valuesFromJson(query.value(16).toString());
    return message;
}

// A new message's INSERT, up to VALUES, and its values (messageValues()) after it.
const QString insertMessages =
    u"INSERT INTO outbox (account_id, kind, message_id, recipient, subject, body_text, body_html, template_values, "
    "link_token, expires_at, status, next_attempt_at, created_at) VALUES "_s;

QVariantList messageValues(const OutboxMessage &message)
{
    return {message.accountId == 0 ? QVariant() : QVariant(message.accountId),
            message.kind,
            message.messageId,
            message.recipient,
            message.email.subject,
            message.email.bodyText,
            message.email.bodyHtml,
            valuesJson(message.values),
            message.linkToken.isEmpty() ? QVariant() : QVariant(message.linkToken),
            Timestamps::toNullableStorage(message.expiresAt),
            u"queued"_s,
            Timestamps::toNullableStorage(message.nextAttemptAt),
            Timestamps::toNullableStorage(message.createdAt)};
}

// "WHERE account_id IN (?, …) AND …" for the accounts' mail that has not gone out, and its values.
QString unsentOf(const QList<qint64> &accountIds, QVariantList &values)
{
    QStringList marks;
    marks.fill(u"?"_s, accountIds.size());
    for (qint64 id : accountIds)
        values.append(id);
    return u"WHERE account_id IN (%1) AND status IN ('queued', 'failed')"_s.arg(marks.join(u", "_s));
}

} // namespace

Database::Read OutboxStore::unsentCountsRead(const QList<qint64> &accountIds, QHash<qint64, int> *into)
{
    into->clear();
    QVariantList values;
    const QString unsent = unsentOf(accountIds, values);
    return {u"SELECT account_id, count(*) FROM outbox "_s + unsent + u" GROUP BY account_id"_s, values,
            [into](QSqlQuery &rows) -> Result<void> {
                while (rows.next())
                    into->insert(rows.value(0).toLongLong(), rows.value(1).toInt());
                return {};
            }};
}

Result<void> OutboxStore::withdrawUnsent(const QList<qint64> &accountIds, const QHash<qint64, int> &unsent)
{
    if (unsent.isEmpty())
        return {};
    QVariantList values;
    const QString where = unsentOf(accountIds, values);
    // Travels with the next statement (on PostgreSQL), in the caller's transaction.
    return m_db.runLater(u"UPDATE outbox SET status = 'withdrawn', link_token = NULL "_s + where, values);
}

Result<qint64> OutboxStore::enqueue(const OutboxMessage &message)
{
    const QVariantList values = messageValues(message);
    return m_db.insert(insertMessages + u"("_s + placeholders(values.size()) + u")"_s, values);
}

Result<void> OutboxStore::queue(const OutboxMessage &message)
{
    return queueAll({message});
}

Result<void> OutboxStore::queueAll(const QList<OutboxMessage> &messages)
{
    QList<QVariantList> rows;
    rows.reserve(messages.size());
    for (const OutboxMessage &message : messages)
        rows.append(messageValues(message));
    return insertRows(m_db, insertMessages, rows);
}

Result<QList<OutboxMessage>> OutboxStore::claimDue(const QDateTime &now, int limit)
{
    // Who may get mail: a test message has no account; every other message needs its account,
    // there and not disabled (a deleted account's messages have lost their account_id).
    const QString addressable = u"(kind = 'test' OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = outbox.account_id "
                                "AND a.status <> 'disabled'))"_s;
    auto query = m_db.run(selectMessages + u"WHERE status = 'queued' AND next_attempt_at <= ? AND "_s + addressable
                              + u" ORDER BY next_attempt_at, id LIMIT ?"_s,
                          {Timestamps::toNullableStorage(now), limit});
    if (!query)
        return fail(query.error());
    QList<OutboxMessage> candidates;
    while (query->next())
        candidates.append(readMessage(*query));
    query->finish();
    // The claim checks again what the SELECT saw: a delete, disable or withdrawal that committed
    // in between (or that this statement waits for, on a server) leaves the row unclaimed.
    QList<OutboxMessage> messages;
    for (OutboxMessage &message : candidates) {
        auto claimed = m_db.run(u"UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ? "
                                "WHERE id = ? AND status = 'queued' AND "_s
                                    + addressable,
                                {Timestamps::toNullableStorage(now), message.id});
        if (!claimed)
            return fail(claimed.error());
        if (claimed->numRowsAffected() < 1)
            continue;
        message.status = OutboxMessage::Status::Sending;
        ++message.attempts;
        messages.append(message);
    }
    return messages;
}

Result<void> OutboxStore::markSent(qint64 id, const QDateTime &now)
{
    // The plain token goes with the message; from now on only its hash remains.
    return succeeded(m_db.run(u"UPDATE outbox SET status = 'sent', sent_at = ?, link_token = NULL, last_error = '' "
                              "WHERE id = ?"_s,
                              {Timestamps::toNullableStorage(now), id}));
}

Result<void> OutboxStore::markAttemptFailed(qint64 id, const QString &error, const QDateTime &next, bool giveUp)
{
    return succeeded(m_db.run(u"UPDATE outbox SET status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"_s,
                              {giveUp ? u"failed"_s : u"queued"_s, error, Timestamps::toNullableStorage(next), id}));
}

Result<void> OutboxStore::retry(qint64 id, const QDateTime &now)
{
    return m_db.change(u"UPDATE outbox SET status = 'queued', next_attempt_at = ?, attempts = 0 "
                       "WHERE id = ? AND status IN ('queued', 'failed')"_s,
                       {Timestamps::toNullableStorage(now), id},
                       {Error::Code::NotAllowed, QString(), Database::tr("That email was sent already.")});
}

Result<int> OutboxStore::requeueStale(const QDateTime &olderThan)
{
    auto query = m_db.run(u"UPDATE outbox SET status = 'queued' WHERE status = 'sending' AND next_attempt_at < ?"_s,
                          {Timestamps::toNullableStorage(olderThan)});
    if (!query)
        return fail(query.error());
    return query->numRowsAffected();
}

Result<std::optional<OutboxMessage>> OutboxStore::latestFor(qint64 accountId, const QString &kind)
{
    auto query =
        m_db.run(selectMessages + u"WHERE account_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"_s, {accountId, kind});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(readMessage(*query));
}

Result<OutboxMessage> OutboxStore::message(qint64 id)
{
    auto query = m_db.run(selectMessages + u"WHERE id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::Code::NotFound, QString(), Database::tr("That email is no longer in the outbox."));
    return readMessage(*query);
}

Result<QList<OutboxMessage>> OutboxStore::recent(int limit)
{
    return readRows(m_db.run(selectMessages + u"ORDER BY id DESC LIMIT ?"_s, {limit}), readMessage);
}

} // namespace bc
