#pragma once

#include "core/domain/error.h"
#include "core/mail/emailtemplate.h"
#include "core/mail/outboxmessage.h"
#include "core/storage/database.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bc {

// Every SQL statement about activation links (their hashes only) and how long a group's links
// stay valid. The email that carries a link is the outbox's (OutboxStore), its text a group's
// template (EmailTemplateStore).
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

    struct NewToken
    {
        qint64 accountId = 0;
        QString hash;
        QDateTime createdAt;
        QDateTime expiresAt;
    };
    // New links, in multi-row statements; on PostgreSQL sent with the next statement.
    Result<void> insertTokens(const QList<NewToken> &tokens);
    Result<std::optional<TokenRow>> tokenByHash(const QString &hash);
    Result<void> markTokenUsed(qint64 id, const QDateTime &now);
    // Every unused link of the account stops working (a resend replaces them).
    Result<void> revokeTokens(qint64 accountId, const QDateTime &now);

    // Where the account's activation stands: its newest activation email and its open link.
    Result<ActivationState> stateFor(qint64 accountId);
    // The states of several accounts (a page of the account list) in one query; accounts
    // without an activation email or link are left out.
    Result<QHash<qint64, ActivationState>> statesFor(const QList<qint64> &accountIds);
    Database::Read statesForRead(const QList<qint64> &accountIds, QHash<qint64, ActivationState> *into);

    // How many days a link of the group stays valid.
    Result<int> activationDays(qint64 groupId);
    // What an activation email of an account of the group says besides its text: how many days a
    // link stays valid, the name of the customer organization (the group just below the top
    // group in the group's chain; the top group itself for its own accounts) and the template of
    // the nearest group of the chain that has one.
    struct EmailFacts
    {
        int activationDays = 7;
        QString organization;
        std::optional<EmailTemplate> nearestTemplate;
        qint64 templateGroupId = 0; // the group nearestTemplate is of

        // The template the group's accounts get: the nearest one, else the default.
        [[nodiscard]] EmailTemplate effectiveTemplate() const;
        // The group's own template, if it has one.
        [[nodiscard]] std::optional<EmailTemplate> ownTemplate(qint64 groupId) const;
    };
    // In one statement, which walks the group's chain itself: emailFactsRead() is that statement,
    // to send with others (Database::readTogether); it fills `into`.
    Result<EmailFacts> emailFacts(qint64 groupId);
    Database::Read emailFactsRead(qint64 groupId, EmailFacts *into);
    Result<void> setActivationDays(qint64 groupId, int days);

private:
    Database &m_db;
};

} // namespace bc
