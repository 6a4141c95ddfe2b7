#pragma once

#include "core/domain/error.h"
#include "core/mail/emailtemplate.h"
#include "core/mail/outboxmessage.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bc {

class Database;

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

    Result<void> insertToken(qint64 accountId, const QString &hash, const QDateTime &now, const QDateTime &expires);
    Result<std::optional<TokenRow>> tokenByHash(const QString &hash);
    Result<void> markTokenUsed(qint64 id, const QDateTime &now);
    // Every unused link of the account stops working (a resend replaces them).
    Result<void> revokeTokens(qint64 accountId, const QDateTime &now);

    // Where the account's activation stands: its newest activation email and its open link.
    Result<ActivationState> stateFor(qint64 accountId);
    // The states of several accounts (a page of the account list) in one query; accounts
    // without an activation email or link are left out.
    Result<QHash<qint64, ActivationState>> statesFor(const QList<qint64> &accountIds);

    // How many days a link of the group stays valid.
    Result<int> activationDays(qint64 groupId);
    // For an activation email in one statement: how many days a link of the group stays valid,
    // and the name of the organization group.
    struct EmailFacts
    {
        int activationDays = 7;
        QString organization;
        std::optional<EmailTemplate> nearestTemplate; // of `templateGroups`
    };
    // The group's link lifetime, its organization's name and, in the same statement, the
    // template of the first of `templateGroups` that has one (an ancestry, nearest first).
    Result<EmailFacts> emailFacts(qint64 groupId, qint64 organizationId, const QList<qint64> &templateGroups = {});
    Result<void> setActivationDays(qint64 groupId, int days);

private:
    Database &m_db;
};

} // namespace bc
