#include "core/storage/activationstore.h"

#include "core/domain/timestamps.h"
#include "core/mail/activationtext.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"
#include "core/storage/outboxstore.h"

using namespace Qt::StringLiterals;

namespace bc {

Result<void> ActivationStore::insertTokens(const QList<NewToken> &tokens)
{
    QList<QVariantList> rows;
    rows.reserve(tokens.size());
    for (const NewToken &token : tokens) {
        rows.append({token.accountId, token.hash, Timestamps::toNullableStorage(token.createdAt),
                     Timestamps::toNullableStorage(token.expiresAt)});
    }
    return insertRows(m_db, u"INSERT INTO activation_tokens (account_id, token_hash, created_at, expires_at) VALUES "_s,
                      rows);
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
    return std::optional<TokenRow>(TokenRow {
        query->value(0).toLongLong(), query->value(1).toLongLong(), Timestamps::fromNullableStorage(query->value(2)),
        Timestamps::fromNullableStorage(query->value(3)), Timestamps::fromNullableStorage(query->value(4))});
}

Result<void> ActivationStore::markTokenUsed(qint64 id, const QDateTime &now)
{
    // Only an unused link can be used: a second, racing use changes no row and is refused.
    return m_db.change(u"UPDATE activation_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL "
                       "AND revoked_at IS NULL"_s,
                       {Timestamps::toNullableStorage(now), id},
                       {Error::Code::NotAllowed, QString(), Database::tr("This activation link was used already.")});
}

Result<void> ActivationStore::revokeTokens(qint64 accountId, const QDateTime &now)
{
    return m_db.runLater(u"UPDATE activation_tokens SET revoked_at = ? WHERE account_id = ? "
                         "AND used_at IS NULL AND revoked_at IS NULL"_s,
                         {Timestamps::toNullableStorage(now), accountId});
}

Result<ActivationState> ActivationStore::stateFor(qint64 accountId)
{
    ActivationState state;
    auto latest = OutboxStore(m_db).latestFor(accountId, u"activation"_s);
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
        state.pendingSince = Timestamps::fromNullableStorage(token->value(0));
        state.linkExpires = Timestamps::fromNullableStorage(token->value(1));
    }
    return state;
}

Result<QHash<qint64, ActivationState>> ActivationStore::statesFor(const QList<qint64> &accountIds)
{
    QHash<qint64, ActivationState> states;
    if (accountIds.isEmpty())
        return states;
    if (auto read = m_db.readTogether({statesForRead(accountIds, &states)}); !read)
        return fail(read.error());
    return states;
}

Database::Read ActivationStore::statesForRead(const QList<qint64> &accountIds, QHash<qint64, ActivationState> *into)
{
    into->clear();
    const IdList accounts = idList(accountIds);
    // One row per account, each value found through the outbox_account and
    // activation_tokens_account indexes.
    return {u"SELECT a.id, o.status, o.last_error, o.created_at, "
            "(SELECT t.created_at FROM activation_tokens t WHERE t.account_id = a.id AND t.used_at IS NULL "
            "AND t.revoked_at IS NULL ORDER BY t.id DESC LIMIT 1), "
            "(SELECT t.expires_at FROM activation_tokens t WHERE t.account_id = a.id AND t.used_at IS NULL "
            "AND t.revoked_at IS NULL ORDER BY t.id DESC LIMIT 1), o.id "
            "FROM accounts a LEFT JOIN outbox o ON o.id = (SELECT max(m.id) FROM outbox m WHERE m.account_id = a.id "
            "AND m.kind = 'activation') WHERE a.id IN (%1)"_s.arg(accounts.marks),
            accounts.values, [into](QSqlQuery &query) -> Result<void> {
                while (query.next()) {
                    ActivationState state;
                    if (!query.value(1).isNull()) {
                        state.hasMessage = true;
                        state.emailStatus = fromKey<OutboxMessage::Status>(query.value(1).toString())
                                                .value_or(OutboxMessage::Status::Queued);
                        state.lastError = query.value(2).toString();
                        state.pendingSince = Timestamps::fromNullableStorage(query.value(3));
                        state.outboxId = query.value(6).toLongLong();
                    }
                    if (!query.value(4).isNull()) {
                        state.pendingSince = Timestamps::fromNullableStorage(query.value(4));
                        state.linkExpires = Timestamps::fromNullableStorage(query.value(5));
                    }
                    if (state.hasMessage || state.linkExpires.isValid())
                        into->insert(query.value(0).toLongLong(), state);
                }
                return {};
            }};
}

Result<int> ActivationStore::activationDays(qint64 groupId)
{
    auto query = m_db.run(u"SELECT activation_days FROM groups WHERE id = ?"_s, {groupId});
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toInt() : 7;
}

EmailTemplate ActivationStore::EmailFacts::effectiveTemplate() const
{
    return nearestTemplate.value_or(EmailTemplates::defaultActivation());
}

std::optional<EmailTemplate> ActivationStore::EmailFacts::ownTemplate(qint64 groupId) const
{
    return templateGroupId == groupId ? nearestTemplate : std::nullopt;
}

Result<ActivationStore::EmailFacts> ActivationStore::emailFacts(qint64 groupId)
{
    EmailFacts facts;
    if (auto read = m_db.readTogether({emailFactsRead(groupId, &facts)}); !read)
        return fail(read.error());
    return facts;
}

Database::Read ActivationStore::emailFactsRead(qint64 groupId, EmailFacts *into)
{
    // The group is the chain's depth 0, its organization the depth below the top group's (or the
    // top group itself), its template the nearest one of the chain.
    *into = {};
    return {GroupStore::chainClause()
                + u"SELECT g.activation_days, o.name, t.group_id, t.subject, t.body_text, t.body_html FROM groups g "
                  "JOIN chain oc ON oc.depth = (SELECT CASE WHEN max(depth) > 0 THEN max(depth) - 1 ELSE 0 END "
                  "FROM chain) "
                  "JOIN groups o ON o.id = oc.link "
                  "LEFT JOIN email_templates t ON t.group_id = (SELECT c.link FROM chain c JOIN email_templates e "
                  "ON e.group_id = c.link ORDER BY c.depth LIMIT 1) "
                  "WHERE g.id = (SELECT link FROM chain WHERE depth = 0)"_s,
            {groupId},
            [into](QSqlQuery &rows) -> Result<void> {
                if (!rows.next())
                    return fail(GroupStore::gone());
                into->activationDays = rows.value(0).toInt();
                into->organization = rows.value(1).toString();
                into->templateGroupId = rows.value(2).toLongLong();
                if (!rows.value(2).isNull())
                    into->nearestTemplate =
                        EmailTemplate {rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toString()};
                return {};
            }};
}

Result<void> ActivationStore::setActivationDays(qint64 groupId, int days)
{
    return succeeded(m_db.run(u"UPDATE groups SET activation_days = ? WHERE id = ?"_s, {days, groupId}));
}

} // namespace bc
