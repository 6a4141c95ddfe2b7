#include "core/storage/activationstore.h"

#include "core/domain/timestamps.h"
#include "core/mail/activationtext.h"
#include "core/storage/databasestatements.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QVariant stamp(const QDateTime &when)
{
    return when.isValid() ? QVariant(Timestamps::toStorage(when)) : QVariant();
}

QDateTime when(const QVariant &value)
{
    return value.isNull() ? QDateTime() : Timestamps::fromStorage(value.toString());
}

OutboxMessage::Status statusFromKey(const QString &key)
{
    return ActivationText::statusFromKey(key).value_or(OutboxMessage::Status::Queued);
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
    message.expiresAt = when(query.value(9));
    message.status = statusFromKey(query.value(10).toString());
    message.attempts = query.value(11).toInt();
    message.lastError = query.value(12).toString();
    message.nextAttemptAt = when(query.value(13));
    message.createdAt = when(query.value(14));
    message.sentAt = when(query.value(15));
    message.values = valuesFromJson(query.value(16).toString());
    return message;
}

const QString insertMessage =
    u"INSERT INTO outbox (account_id, kind, message_id, recipient, subject, body_text, body_html, template_values, "
    "link_token, expires_at, status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"_s;

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
            stamp(message.expiresAt),
            stamp(message.nextAttemptAt),
            stamp(message.createdAt)};
}

} // namespace

Result<void> ActivationStore::insertToken(qint64 accountId, const QString &hash, const QDateTime &now,
                                          const QDateTime &expires)
{
    return m_db.runLater(u"INSERT INTO activation_tokens (account_id, token_hash, created_at, expires_at) "
                         "VALUES (?, ?, ?, ?)"_s,
                         {accountId, hash, stamp(now), stamp(expires)});
}

Result<std::optional<ActivationStore::TokenRow>> ActivationStore::tokenByHash(const QString &hash)
{
    auto query = m_db.run(u"SELECT id, account_id, expires_at, used_at, revoked_at FROM activation_tokens "
                          "WHERE token_hash = ?"_s,
                          {hash});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<TokenRow>();
    return std::optional<TokenRow>(TokenRow {query->value(0).toLongLong(), query->value(1).toLongLong(),
                                             when(query->value(2)), when(query->value(3)), when(query->value(4))});
}

Result<void> ActivationStore::markTokenUsed(qint64 id, const QDateTime &now)
{
    // Only an unused link can be used: a second, racing use changes no row and is refused.
    return m_db.change(u"UPDATE activation_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL "
                       "AND revoked_at IS NULL"_s,
                       {stamp(now), id},
                       {Error::Code::NotAllowed, QString(), Database::tr("This activation link was used already.")});
}

Result<void> ActivationStore::revokeTokens(qint64 accountId, const QDateTime &now)
{
    return m_db.runLater(u"UPDATE activation_tokens SET revoked_at = ? WHERE account_id = ? "
                         "AND used_at IS NULL AND revoked_at IS NULL"_s,
                         {stamp(now), accountId});
}

Result<int> ActivationStore::withdrawUnsent(qint64 accountId)
{
    auto query = m_db.run(u"UPDATE outbox SET status = 'withdrawn', link_token = NULL WHERE account_id = ? "
                          "AND status IN ('queued', 'failed')"_s,
                          {accountId});
    if (!query)
        return fail(query.error());
    return query->numRowsAffected();
}

Result<qint64> ActivationStore::enqueue(const OutboxMessage &message)
{
    return m_db.insert(insertMessage, messageValues(message));
}

Result<void> ActivationStore::queue(const OutboxMessage &message)
{
    return m_db.runLater(insertMessage, messageValues(message));
}

Result<QList<OutboxMessage>> ActivationStore::claimDue(const QDateTime &now, int limit)
{
    // Who may get mail: a test message has no account; every other message needs its account,
    // there and not disabled (a deleted account's messages have lost their account_id).
    const QString addressable = u"(kind = 'test' OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = outbox.account_id "
                                "AND a.status <> 'disabled'))"_s;
    auto query = m_db.run(selectMessages + u"WHERE status = 'queued' AND next_attempt_at <= ? AND "_s + addressable
                              + u" ORDER BY next_attempt_at, id LIMIT ?"_s,
                          {stamp(now), limit});
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
                                {stamp(now), message.id});
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

Result<void> ActivationStore::markSent(qint64 id, const QDateTime &now)
{
    // The plain token goes with the message; from now on only its hash remains.
    return succeeded(m_db.run(u"UPDATE outbox SET status = 'sent', sent_at = ?, link_token = NULL, last_error = '' "
                              "WHERE id = ?"_s,
                              {stamp(now), id}));
}

Result<void> ActivationStore::markAttemptFailed(qint64 id, const QString &error, const QDateTime &next, bool giveUp)
{
    return succeeded(m_db.run(u"UPDATE outbox SET status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"_s,
                              {giveUp ? u"failed"_s : u"queued"_s, error, stamp(next), id}));
}

Result<void> ActivationStore::retry(qint64 id, const QDateTime &now)
{
    return m_db.change(u"UPDATE outbox SET status = 'queued', next_attempt_at = ?, attempts = 0 "
                       "WHERE id = ? AND status IN ('queued', 'failed')"_s,
                       {stamp(now), id},
                       {Error::Code::NotAllowed, QString(), Database::tr("That email was sent already.")});
}

Result<int> ActivationStore::requeueStale(const QDateTime &olderThan)
{
    auto query = m_db.run(u"UPDATE outbox SET status = 'queued' WHERE status = 'sending' AND next_attempt_at < ?"_s,
                          {stamp(olderThan)});
    if (!query)
        return fail(query.error());
    return query->numRowsAffected();
}

Result<std::optional<OutboxMessage>> ActivationStore::latestFor(qint64 accountId, const QString &kind)
{
    auto query =
        m_db.run(selectMessages + u"WHERE account_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"_s, {accountId, kind});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(readMessage(*query));
}

Result<OutboxMessage> ActivationStore::message(qint64 id)
{
    auto query = m_db.run(selectMessages + u"WHERE id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::Code::NotFound, QString(), Database::tr("That email is no longer in the outbox."));
    return readMessage(*query);
}

Result<ActivationState> ActivationStore::stateFor(qint64 accountId)
{
    ActivationState state;
    auto latest = latestFor(accountId, u"activation"_s);
    if (!latest)
        return fail(latest.error());
    if (*latest) {
        state.hasMessage = true;
        state.outboxId = (*latest)->id;
        state.emailStatus = (*latest)->status;
        state.lastError = (*latest)->lastError;
        state.pendingSince = (*latest)->createdAt;
    }
    auto token = m_db.run(u"SELECT created_at, expires_at FROM activation_tokens WHERE account_id = ? "
                          "AND used_at IS NULL AND revoked_at IS NULL ORDER BY id DESC LIMIT 1"_s,
                          {accountId});
    if (!token)
        return fail(token.error());
    if (token->next()) {
        state.pendingSince = when(token->value(0));
        state.linkExpires = when(token->value(1));
    }
    return state;
}

Result<QHash<qint64, ActivationState>> ActivationStore::statesFor(const QList<qint64> &accountIds)
{
    QHash<qint64, ActivationState> states;
    if (accountIds.isEmpty())
        return states;
    QStringList marks;
    QVariantList values;
    for (qint64 id : accountIds) {
        marks.append(u"?"_s);
        values.append(id);
    }
    // One row per account, each value found through the outbox_account and
    // activation_tokens_account indexes.
    auto query = m_db.run(
        u"SELECT a.id, o.status, o.last_error, o.created_at, "
        "(SELECT t.created_at FROM activation_tokens t WHERE t.account_id = a.id AND t.used_at IS NULL "
        "AND t.revoked_at IS NULL ORDER BY t.id DESC LIMIT 1), "
        "(SELECT t.expires_at FROM activation_tokens t WHERE t.account_id = a.id AND t.used_at IS NULL "
        "AND t.revoked_at IS NULL ORDER BY t.id DESC LIMIT 1), o.id "
        "FROM accounts a LEFT JOIN outbox o ON o.id = (SELECT max(m.id) FROM outbox m WHERE m.account_id = a.id "
        "AND m.kind = 'activation') WHERE a.id IN (%1)"_s.arg(marks.join(u", "_s)),
        values);
    if (!query)
        return fail(query.error());
    while (query->next()) {
        ActivationState state;
        if (!query->value(1).isNull()) {
            state.hasMessage = true;
            state.emailStatus = statusFromKey(query->value(1).toString());
            state.lastError = query->value(2).toString();
            state.pendingSince = when(query->value(3));
            state.outboxId = query->value(6).toLongLong();
        }
        if (!query->value(4).isNull()) {
            state.pendingSince = when(query->value(4));
            state.linkExpires = when(query->value(5));
        }
        if (state.hasMessage || state.linkExpires.isValid())
            states.insert(query->value(0).toLongLong(), state);
    }
    return states;
}

Result<QList<OutboxMessage>> ActivationStore::recent(int limit)
{
    auto query = m_db.run(selectMessages + u"ORDER BY id DESC LIMIT ?"_s, {limit});
    if (!query)
        return fail(query.error());
    QList<OutboxMessage> messages;
    while (query->next())
        messages.append(readMessage(*query));
    return messages;
}

Result<std::optional<EmailTemplate>> ActivationStore::groupTemplate(qint64 groupId)
{
    auto query = m_db.run(u"SELECT subject, body_text, body_html FROM email_templates WHERE group_id = ?"_s, {groupId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<EmailTemplate>();
    return std::optional<EmailTemplate>(
        EmailTemplate {query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
}

Result<std::optional<EmailTemplate>> ActivationStore::nearestTemplate(const QList<qint64> &groupIds)
{
    if (groupIds.isEmpty())
        return std::optional<EmailTemplate>();
    QStringList placeholders;
    placeholders.fill(u"?"_s, groupIds.size());
    auto query =
        m_db.run(u"SELECT group_id, subject, body_text, body_html FROM email_templates WHERE group_id IN (%1)"_s.arg(
                     placeholders.join(u", "_s)),
                 QVariantList(groupIds.cbegin(), groupIds.cend()));
    if (!query)
        return fail(query.error());
    QHash<qint64, EmailTemplate> found;
    while (query->next())
        found.insert(
            query->value(0).toLongLong(),
            EmailTemplate {query->value(1).toString(), query->value(2).toString(), query->value(3).toString()});
    for (qint64 id : groupIds) {
        if (const auto it = found.constFind(id); it != found.cend())
            return std::optional<EmailTemplate>(*it);
    }
    return std::optional<EmailTemplate>();
}

Result<void> ActivationStore::setGroupTemplate(qint64 groupId, const std::optional<EmailTemplate> &email)
{
    if (auto cleared = m_db.run(u"DELETE FROM email_templates WHERE group_id = ?"_s, {groupId}); !cleared)
        return fail(cleared.error());
    if (!email)
        return {};
    return succeeded(m_db.run(u"INSERT INTO email_templates (group_id, subject, body_text, body_html) "
                              "VALUES (?, ?, ?, ?)"_s,
                              {groupId, email->subject, email->bodyText, email->bodyHtml}));
}

Result<int> ActivationStore::activationDays(qint64 groupId)
{
    auto query = m_db.run(u"SELECT activation_days FROM groups WHERE id = ?"_s, {groupId});
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toInt() : 7;
}

Result<ActivationStore::EmailFacts> ActivationStore::emailFacts(qint64 groupId, qint64 organizationId)
{
    auto query = m_db.run(u"SELECT g.activation_days, o.name FROM groups g JOIN groups o ON o.id = ? WHERE g.id = ?"_s,
                          {organizationId, groupId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::Code::NotFound, QString(), Database::tr("The group no longer exists."));
    return EmailFacts {query->value(0).toInt(), query->value(1).toString()};
}

Result<void> ActivationStore::setActivationDays(qint64 groupId, int days)
{
    return succeeded(m_db.run(u"UPDATE groups SET activation_days = ? WHERE id = ?"_s, {days, groupId}));
}

Result<SmtpSettings> ActivationStore::smtpSettings()
{
    auto query = m_db.run(u"SELECT \"key\", value FROM database_settings WHERE \"key\" LIKE 'smtp.%' "
                          "OR \"key\" = 'activation.baseUrl'"_s);
    if (!query)
        return fail(query.error());
    SmtpSettings settings;
    while (query->next()) {
        const QString key = query->value(0).toString();
        const QString value = query->value(1).toString();
        if (key == "smtp.host"_L1)
            settings.host = value;
        else if (key == "smtp.port"_L1)
            settings.port = value.toInt();
        else if (key == "smtp.security"_L1)
            settings.security = value == "none"_L1 ? SmtpSettings::Security::None
                : value == "tls"_L1                ? SmtpSettings::Security::Tls
                                                   : SmtpSettings::Security::StartTls;
        else if (key == "smtp.user"_L1)
            settings.user = value;
        else if (key == "smtp.sender"_L1)
            settings.sender = value;
        else if (key == "smtp.caFile"_L1)
            settings.caFile = value;
        else if (key == "smtp.timeoutSeconds"_L1)
            settings.timeoutSeconds = value.toInt();
        else if (key == "activation.baseUrl"_L1)
            settings.activationBaseUrl = value;
    }
    return settings;
}

Result<void> ActivationStore::setSmtpSettings(const SmtpSettings &settings)
{
    const QString security = settings.security == SmtpSettings::Security::None ? u"none"_s
        : settings.security == SmtpSettings::Security::Tls                     ? u"tls"_s
                                                                               : u"starttls"_s;
    const QList<std::pair<QString, QString>> values {
        {u"smtp.host"_s, settings.host},
        {u"smtp.port"_s, QString::number(settings.port)},
        {u"smtp.security"_s, security},
        {u"smtp.user"_s, settings.user},
        {u"smtp.sender"_s, settings.sender},
        {u"smtp.caFile"_s, settings.caFile},
        {u"smtp.timeoutSeconds"_s, QString::number(settings.timeoutSeconds)},
        {u"activation.baseUrl"_s, settings.activationBaseUrl},
    };
    for (const auto &[key, value] : values) {
        // MariaDB knows no ON CONFLICT; a setting is one row, so delete and insert does the same.
        if (auto removed = m_db.run(u"DELETE FROM database_settings WHERE \"key\" = ?"_s, {key}); !removed)
            return fail(removed.error());
        if (auto saved = m_db.run(u"INSERT INTO database_settings (\"key\", value) VALUES (?, ?)"_s, {key, value});
            !saved)
            return fail(saved.error());
    }
    return {};
}

} // namespace bc
