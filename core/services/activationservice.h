#pragma once

#include "core/domain/account.h"
#include "core/domain/bulkoutcome.h"
#include "core/domain/error.h"
#include "core/mail/emailtemplate.h"
#include "core/mail/outboxmessage.h"
#include "core/mail/smtpsettings.h"
#include "core/storage/activationstore.h"

#include <QObject>

namespace bc {

class Database;
namespace Json {
struct GroupActivation;
}

// What the caller of ActivationService::enqueue() knows already; spares the statements that would
// read it again.
struct ActivationContext
{
    // What the account's group says for its emails (ActivationStore::emailFacts); none: read it.
    std::optional<ActivationStore::EmailFacts> facts;
    bool newAccount = false; // created in this transaction: it has no earlier links to revoke
};

// Activation: a new account gets a single-use, expiring link by
// email; following it, the user chooses a password and the account turns active. Links are
// random (256 bits), stored only as SHA-256 hashes; a resend replaces every earlier link.
class ActivationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationService)

public:
    enum class LinkState
    {
        Valid,
        Unknown,
        Expired,
        Used,
        Replaced
    };
    struct LinkCheck
    {
        LinkState state = LinkState::Unknown;
        QString login;
        QString name;
        QString message; // what the activation page says when the link cannot be used
    };

    explicit ActivationService(Database &database, QObject *parent = nullptr);

    // Inside the caller's write transaction: a new link and its email in the outbox.
    static Result<void> enqueue(Database &database, const Account &account,
                                const std::optional<EmailTemplate> &custom = std::nullopt,
                                const ActivationContext &known = {});
    // enqueue() for many accounts (a batch of an import or a resend): their links and emails in
    // multi-row statements, each group's facts read once when the context does not give them.
    struct NewActivation
    {
        Account account;
        std::optional<EmailTemplate> custom = std::nullopt;
        ActivationContext known = {};
    };
    static Result<void> enqueueAll(Database &database, const QList<NewActivation> &activations);

    // Inside the caller's write transaction: withdraws what of the account's mail has not gone out
    // (a resend replaces it; a disabled or deleted account gets none), with one audit entry for
    // the account when there was any.
    static Result<void> withdrawUnsent(Database &database, const Account &account);
    // The same for several accounts, in two statements plus their audit entries (bulk actions).
    static Result<void> withdrawUnsent(Database &database, const QList<Account> &accounts);
    // The same with the counts read already with the accounts (OutboxStore::unsentCountsRead(),
    // in the same transaction): no statement of its own to wait for.
    static Result<void> withdrawUnsent(Database &database, const QList<Account> &accounts,
                                       const QHash<qint64, int> &unsent);

    Result<LinkCheck> check(const QString &token);
    // Sets the password (policy checked, Argon2id) and turns the account active; the link is spent.
    Result<Account> activate(const QString &token, const QString &password);
    // A new link by email; earlier links stop working.
    Result<void> resend(qint64 accountId);
    // The same for a selection, in batches of bulkBatchSize accounts per transaction, with progress
    // and Cancel after each batch (BulkOutcome); announced once, by outboxesChanged().
    BulkOutcome resendAll(const QList<qint64> &accountIds, const BulkProgress &progress = {});
    Result<void> retry(qint64 outboxId);
    Result<ActivationState> state(qint64 accountId);
    // The states of the accounts on a page of the account list, in one query; their
    // mailServerSetUp is left true: the caller knows (isMailServerSetUp()) and sets it.
    Result<QHash<qint64, ActivationState>> states(const QList<qint64> &accountIds);
    // The newest outbox entries first.
    Result<QList<OutboxMessage>> outbox(int limit = 100);
    Result<OutboxMessage> message(qint64 outboxId);

    // The template a group's accounts get: its own, else the nearest group's above, else the default.
    Result<EmailTemplate> effectiveTemplate(qint64 groupId);
    // What the Add account wizard's activation page starts from: the group's effective template
    // and the activation page's address, in one round trip on a server.
    struct NewAccountEmail
    {
        EmailTemplate email;
        QString linkBase;
        ActivationStore::EmailFacts facts; // what previewOf() fills in besides the draft's own
    };
    Result<NewAccountEmail> newAccountEmail(qint64 groupId);
    // The statements newAccountEmail() runs, to send with others (Database::readTogether): the
    // wizard reads them with the group's catalog. They fill `into`.
    QList<Database::Read> newAccountEmailReads(qint64 groupId, NewAccountEmail *into);
    Result<void> setGroupTemplate(qint64 groupId, const std::optional<EmailTemplate> &email);
    // The group's own email (nullopt: it takes the one of the group above, or the default).
    Result<std::optional<EmailTemplate>> ownTemplate(qint64 groupId);
    // Link lifetime and own email of a group, in one transaction with its audit entry.
    Result<void> setGroupActivation(qint64 groupId, int days, const std::optional<EmailTemplate> &email);
    // The same, as they are now (what group.activation-changed writes, Json::fromGroupActivation).
    Result<Json::GroupActivation> groupActivation(qint64 groupId);
    // What a group's or an account's own template must have: a subject, a text with {link}.
    static Result<void> checkTemplate(const EmailTemplate &email);
    Result<int> activationDays(qint64 groupId);
    Result<void> setActivationDays(qint64 groupId, int days);
    // The email an account would get, for the wizard's preview (the link shown as a sample).
    Result<RenderedEmail> preview(qint64 groupId, const AccountDraft &draft);
    // The same from what newAccountEmail() read, asking the database nothing: the wizard renders
    // its preview as the person types, without a round trip each time.
    static RenderedEmail previewOf(const NewAccountEmail &group, const AccountDraft &draft);

    Result<SmtpSettings> smtpSettings();
    // Whether a mail server is set up (host and sender): until then no email goes out.
    Result<bool> isMailServerSetUp();
    // Whether activation links would point to this computer (localhost, a loopback address): the
    // activation server's public address is not set up, and no recipient could open them.
    static bool linksPointToThisComputer(const QString &baseUrl);
    Result<void> setSmtpSettings(const SmtpSettings &settings);
    Result<qint64> enqueueTestMessage(const QString &recipient);

    static QString hashOf(const QString &token);
    static QString linkFor(const QString &baseUrl, const QString &token);

Q_SIGNALS:
    void accountActivated(const bc::Account &account);
    void outboxChanged(qint64 accountId);
    void outboxesChanged(const QList<qint64> &accountIds);
    void smtpSettingsChanged();

private:
    // Resending to one account or many: one implementation.
    BulkOutcome resendTo(const QList<qint64> &accountIds, const BulkProgress &progress);

    Database &m_db;
};

} // namespace bc
