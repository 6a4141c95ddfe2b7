#pragma once

#include "core/domain/enumkeys.h"
#include "core/mail/emailtemplate.h"

#include <QDateTime>
#include <QString>

namespace bc {

// One email waiting in, or gone from, the outbox. Its subject and bodies are templates filled in
// when it is sent; the link token is kept only until then and erased after (its hash stays).
struct OutboxMessage
{
    enum class Status
    {
        Queued,
        Sending,
        Sent,
        Failed,
        Withdrawn // replaced by a resend, or its account disabled or deleted: never sent
    };

    qint64 id = 0;
    qint64 accountId = 0;
    QString kind; // "activation", "test"
    QString messageId;
    QString recipient;
    EmailTemplate email; // rendered when sent, so that the link is filled in only then
    EmailValues values; // everything but the link
    QString linkToken;
    QDateTime expiresAt;
    Status status = Status::Queued;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime sentAt;
};

template<> struct EnumKeys<OutboxMessage::Status>
{
    static constexpr std::array entries {
        EnumKey<OutboxMessage::Status> {OutboxMessage::Status::Queued, "queued"},
        EnumKey<OutboxMessage::Status> {OutboxMessage::Status::Sending, "sending"},
        EnumKey<OutboxMessage::Status> {OutboxMessage::Status::Sent, "sent"},
        EnumKey<OutboxMessage::Status> {OutboxMessage::Status::Failed, "failed"},
        EnumKey<OutboxMessage::Status> {OutboxMessage::Status::Withdrawn, "withdrawn"},
    };
};

// Where an account's activation stands, for the account list.
struct ActivationState
{
    bool emailQueued = false;
    OutboxMessage::Status emailStatus = OutboxMessage::Status::Queued;
    QString lastError;
    QDateTime pendingSince;
    QDateTime linkExpires;
    bool hasMessage = false;
    qint64 outboxId = 0; // the newest activation email, for Retry
    // Whether a mail server is set up: without one a queued email waits and says so. Filled by
    // ActivationService::state(); a list of many states sets it once for all (see states()).
    bool mailServerSetUp = true;
};

} // namespace bc
