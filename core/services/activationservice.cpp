#include "core/services/activationservice.h"

#include "core/domain/json.h"
#include "core/domain/timestamps.h"
#include "core/platform/passwordhasher.h"
#include "core/rules/accountrules.h"
#include "core/rules/passwordpolicy.h"
#include "core/rules/portrules.h"
#include "core/services/bulkrun.h"
#include "core/storage/accountstore.h"
#include "core/storage/activationstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "core/storage/emailtemplatestore.h"
#include "core/storage/groupstore.h"
#include "core/storage/operatorroles.h"
#include "core/storage/outboxstore.h"
#include "core/storage/smtpsettingsstore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newMessageId()
{
    return u"<%1@backup-console.invalid>"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// What an activation email of an account of a group says: its template (`custom`, else the
// nearest group's of the chain that has one, else the default), the link's lifetime and the
// organization's name.
struct EmailOf
{
    EmailTemplate email;
    ActivationStore::EmailFacts facts;
};

EmailOf emailOf(const ActivationStore::EmailFacts &facts, const std::optional<EmailTemplate> &custom)
{
    return {custom.value_or(facts.effectiveTemplate()), facts};
}

} // namespace

ActivationService::ActivationService(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

QString ActivationService::hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ActivationService::linkFor(const QString &baseUrl, const QString &token)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/activate/"_s + token;
}

Result<void> ActivationService::enqueue(Database &database, const Account &account,
                                        const std::optional<EmailTemplate> &custom, const ActivationContext &known)
{
    return enqueueAll(database, {{account, custom, known}});
}

Result<void> ActivationService::enqueueAll(Database &database, const QList<NewActivation> &activations)
{
    ActivationStore store(database);
    const QDateTime now = Timestamps::now();
    QHash<qint64, ActivationStore::EmailFacts> factsOf; // of each group the caller did not know, read once
    QList<ActivationStore::NewToken> tokens;
    QList<OutboxMessage> messages;
    tokens.reserve(activations.size());
    messages.reserve(activations.size());
    for (const auto &[account, custom, known] : activations) {
        if (!known.facts && !factsOf.contains(account.groupId)) {
            auto facts = store.emailFacts(account.groupId);
            if (!facts)
                return fail(facts.error());
            factsOf.insert(account.groupId, *facts);
        }
        const EmailOf email = emailOf(known.facts ? *known.facts : factsOf.value(account.groupId), custom);
        if (!known.newAccount) {
            if (auto revoked = store.revokeTokens(account.id, now); !revoked)
                return revoked;
        }
        const QString token = newToken();
        const QDateTime expires = now.addDays(email.facts.activationDays);
        tokens.append({account.id, hashOf(token), now, expires});
        OutboxMessage message;
        message.accountId = account.id;
        message.kind = u"activation"_s;
        message.messageId = newMessageId();
        message.recipient = account.email;
        message.email = email.email;
        message.values = {account.displayName.isEmpty() ? account.login : account.displayName, account.login,
                          email.facts.organization, QString(), expires};
        message.linkToken = token;
        message.expiresAt = expires;
        message.nextAttemptAt = now;
        message.createdAt = now;
        messages.append(message);
    }
    if (auto inserted = store.insertTokens(tokens); !inserted)
        return inserted;
    return OutboxStore(database).queueAll(messages);
}

Result<void> ActivationService::withdrawUnsent(Database &database, const Account &account)
{
    return withdrawUnsent(database, QList<Account> {account});
}

Result<void> ActivationService::withdrawUnsent(Database &database, const QList<Account> &accounts)
{
    QList<qint64> ids;
    ids.reserve(accounts.size());
    for (const Account &account : accounts)
        ids.append(account.id);
    QHash<qint64, int> unsent;
    if (!ids.isEmpty()) {
        if (auto counted = database.readTogether({OutboxStore::unsentCountsRead(ids, &unsent)}); !counted)
            return counted;
    }
    return withdrawUnsent(database, accounts, unsent);
}

Result<void> ActivationService::withdrawUnsent(Database &database, const QList<Account> &accounts,
                                               const QHash<qint64, int> &unsent)
{
    QList<qint64> ids;
    ids.reserve(accounts.size());
    QList<AuditEntry> entries;
    for (const Account &account : accounts) {
        ids.append(account.id);
        const int count = unsent.value(account.id);
        if (count == 0)
            continue;
        entries.append({.action = u"account.activation-withdrawn"_s,
                        .objectType = u"account"_s,
                        .objectId = account.id,
                        .groupId = account.groupId,
                        .summary = account.login,
                        .after = QJsonObject {{u"withdrawnEmails"_s, count}}});
    }
    if (auto withdrawn = OutboxStore(database).withdrawUnsent(ids, unsent); !withdrawn)
        return withdrawn;
    return AuditStore(database).appendAll(entries);
}

Result<ActivationService::LinkCheck> ActivationService::check(const QString &token)
{
    ActivationStore store(m_db);
    auto row = store.tokenByHash(hashOf(token));
    if (!row)
        return fail(row.error());
    LinkCheck check;
    if (!*row) {
        check.message = tr("This activation link is not known. Check that the whole link was copied, or ask your "
                           "help desk for a new one.");
        return check;
    }
    auto account = AccountStore(m_db).byId((*row)->accountId);
    if (!account)
        return fail(account.error());
    check.login = account->login;
    check.name = account->displayName.isEmpty() ? account->login : account->displayName;
    if ((*row)->usedAt.isValid()) {
        check.state = LinkState::Used;
        check.message = tr("This activation link was used already. Sign in with the password you chose.");
    } else if ((*row)->revokedAt.isValid()) {
        check.state = LinkState::Replaced;
        check.message = tr("A newer activation email replaced this link. Use the link in the newest email.");
    } else if ((*row)->expiresAt < Timestamps::now()) {
        check.state = LinkState::Expired;
        check.message = tr("This activation link has expired. Ask your help desk to send a new one.");
    } else {
        check.state = LinkState::Valid;
    }
    return check;
}

Result<Account> ActivationService::activate(const QString &token, const QString &password)
{
    auto checked = check(token);
    if (!checked)
        return fail(checked.error());
    if (checked->state != LinkState::Valid)
        return fail(checked->state == LinkState::Unknown ? Error::Code::NotFound : Error::Code::NotAllowed, QString(),
                    checked->message);
    if (auto valid = PasswordPolicy::check(password, checked->login, Field::password); !valid)
        return fail(valid.error());
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return fail(hash.error());
    auto activated = m_db.write([&]() -> Result<Account> {
        ActivationStore store(m_db);
        auto row = store.tokenByHash(hashOf(token));
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(Error::Code::NotFound, QString(), checked->message);
        // Spent first: of two racing submissions only one changes the row.
        if (auto spent = store.markTokenUsed((*row)->id, Timestamps::now()); !spent)
            return fail(spent.error());
        AccountStore accounts(m_db);
        auto before = accounts.byId((*row)->accountId);
        if (!before)
            return before;
        if (before->status == AccountStatus::Disabled)
            return fail(Error::Code::NotAllowed, QString(),
                        tr("This account is disabled. Ask your help desk to enable it."));
        if (auto saved = accounts.setPasswordHash(before->id, *hash); !saved)
            return fail(saved.error());
        if (auto status = accounts.setStatus(before->id, AccountStatus::Active, Timestamps::now()); !status)
            return fail(status.error());
        auto after = accounts.byId(before->id);
        if (!after)
            return after;
        if (auto role = OperatorRoles(m_db).setPasswordOf(*after, password); !role)
            return fail(role.error());
        AuditEntry entry = AuditEntry::forAccount(u"account.activated"_s, &*before, &*after);
        entry.actor = u"activation page"_s;
        if (auto audited = AuditStore(m_db).append(entry); !audited)
            return fail(audited.error());
        return after;
    });
    if (activated)
        Q_EMIT accountActivated(*activated);
    return activated;
}

Result<void> ActivationService::resend(qint64 accountId)
{
    const BulkOutcome outcome = resendTo({accountId}, {});
    if (auto done = singleResult(outcome); !done)
        return done;
    Q_EMIT outboxChanged(accountId);
    return {};
}

BulkOutcome ActivationService::resendAll(const QList<qint64> &accountIds, const BulkProgress &progress)
{
    BulkOutcome outcome = resendTo(accountIds, progress);
    if (!outcome.changed.isEmpty())
        Q_EMIT outboxesChanged(outcome.changed);
    return outcome;
}

BulkOutcome ActivationService::resendTo(const QList<qint64> &accountIds, const BulkProgress &progress)
{
    QHash<qint64, Account> batch;
    QHash<qint64, ActivationStore::EmailFacts> factsOf; // of each group, read once
    const auto check = [&](qint64 accountId) -> Result<std::optional<Account>> {
        const auto account = batch.constFind(accountId);
        if (account == batch.cend())
            return fail(AccountStore::missing());
        if (account->status != AccountStatus::Inactive)
            return fail(Error::Code::NotAllowed, QString(),
                        tr("\"%1\" is not waiting for activation; only inactive accounts get activation emails.")
                            .arg(account->login));
        if (!factsOf.contains(account->groupId)) {
            auto facts = ActivationStore(m_db).emailFacts(account->groupId);
            if (!facts)
                return fail(facts.error());
            factsOf.insert(account->groupId, *facts);
        }
        return std::optional(*account);
    };
    const auto apply = [&](const QList<Account> &accounts) -> Result<void> {
        // The earlier emails would carry links that no longer work.
        if (auto withdrawn = withdrawUnsent(m_db, accounts); !withdrawn)
            return withdrawn;
        QList<NewActivation> activations;
        QList<AuditEntry> entries;
        for (const Account &account : accounts) {
            activations.append({account, std::nullopt, {.facts = factsOf.value(account.groupId)}});
            entries.append({.action = u"account.activation-resent"_s,
                            .objectType = u"account"_s,
                            .objectId = account.id,
                            .groupId = account.groupId,
                            .summary = account.login});
        }
        if (auto queued = enqueueAll(m_db, activations); !queued)
            return queued;
        return AuditStore(m_db).appendAll(entries);
    };
    return runInBatches(m_db, accountIds, progress, accountsInto(m_db, batch), check, apply);
}

Result<void> ActivationService::retry(qint64 outboxId)
{
    auto message = OutboxStore(m_db).message(outboxId);
    if (!message)
        return fail(message.error());
    auto retried = OutboxStore(m_db).retry(outboxId, Timestamps::now());
    if (retried)
        Q_EMIT outboxChanged(message->accountId);
    return retried;
}

Result<ActivationState> ActivationService::state(qint64 accountId)
{
    auto state = ActivationStore(m_db).stateFor(accountId);
    if (!state)
        return state;
    auto setUp = isMailServerSetUp();
    if (!setUp)
        return fail(setUp.error());
    state->mailServerSetUp = *setUp;
    return state;
}

Result<QHash<qint64, ActivationState>> ActivationService::states(const QList<qint64> &accountIds)
{
    return ActivationStore(m_db).statesFor(accountIds);
}

Result<QList<OutboxMessage>> ActivationService::outbox(int limit)
{
    return OutboxStore(m_db).recent(limit);
}

Result<OutboxMessage> ActivationService::message(qint64 outboxId)
{
    return OutboxStore(m_db).message(outboxId);
}

Result<EmailTemplate> ActivationService::effectiveTemplate(qint64 groupId)
{
    if (groupId == 0)
        return EmailTemplates::defaultActivation(); // no group: the default
    auto facts = ActivationStore(m_db).emailFacts(groupId);
    if (!facts)
        return fail(facts.error());
    return facts->effectiveTemplate();
}

Result<ActivationService::NewAccountEmail> ActivationService::newAccountEmail(qint64 groupId)
{
    NewAccountEmail email;
    if (auto read = m_db.readTogether(newAccountEmailReads(groupId, &email)); !read)
        return fail(read.error());
    return email;
}

QList<Database::Read> ActivationService::newAccountEmailReads(qint64 groupId, NewAccountEmail *into)
{
    *into = {};
    auto facts = std::make_shared<ActivationStore::EmailFacts>();
    auto settings = std::make_shared<SmtpSettings>();
    // The settings are read last: their reader puts the email together.
    Database::Read last = SmtpSettingsStore(m_db).smtpSettingsRead(settings.get());
    last.read = [facts, settings, into, readSettings = std::move(last.read)](QSqlQuery &rows) -> Result<void> {
        if (auto done = readSettings(rows); !done)
            return done;
        *into = NewAccountEmail {facts->effectiveTemplate(), settings->activationBaseUrl, *facts};
        return {};
    };
    return {ActivationStore(m_db).emailFactsRead(groupId, facts.get()), std::move(last)};
}

Result<std::optional<EmailTemplate>> ActivationService::ownTemplate(qint64 groupId)
{
    return EmailTemplateStore(m_db).groupTemplate(groupId);
}

Result<void> ActivationService::setGroupActivation(qint64 groupId, int days, const std::optional<EmailTemplate> &email)
{
    if (days < 1 || days > 90)
        return fail(Error::Code::Invalid, u"activationDays"_s, tr("A link may stay valid from 1 to 90 days."));
    if (email) {
        if (auto valid = checkTemplate(*email); !valid)
            return valid;
    }
    return m_db.write([&]() -> Result<void> {
        ActivationStore store(m_db);
        auto group = GroupStore(m_db).byId(groupId);
        if (!group)
            return fail(group.error());
        auto before = groupActivation(groupId);
        if (!before)
            return fail(before.error());
        if (before->days == days && before->email == email)
            return {};
        if (auto saved = store.setActivationDays(groupId, days); !saved)
            return saved;
        if (auto saved = EmailTemplateStore(m_db).setGroupTemplate(groupId, email); !saved)
            return saved;
        return AuditStore(m_db).append({.action = u"group.activation-changed"_s,
                                        .objectType = u"group"_s,
                                        .objectId = groupId,
                                        .groupId = groupId,
                                        .summary = group->name,
                                        .before = Json::fromGroupActivation(*before),
                                        .after = Json::fromGroupActivation({days, email})});
    });
}

Result<Json::GroupActivation> ActivationService::groupActivation(qint64 groupId)
{
    auto days = ActivationStore(m_db).activationDays(groupId);
    if (!days)
        return fail(days.error());
    auto email = EmailTemplateStore(m_db).groupTemplate(groupId);
    if (!email)
        return fail(email.error());
    return Json::GroupActivation {*days, *email};
}

Result<void> ActivationService::setGroupTemplate(qint64 groupId, const std::optional<EmailTemplate> &email)
{
    if (email) {
        if (auto valid = checkTemplate(*email); !valid)
            return valid;
    }
    return m_db.write([&]() -> Result<void> { return EmailTemplateStore(m_db).setGroupTemplate(groupId, email); });
}

Result<void> ActivationService::checkTemplate(const EmailTemplate &email)
{
    if (email.subject.trimmed().isEmpty())
        return fail(Error::Code::Invalid, u"subject"_s, tr("Enter a subject."));
    if (email.bodyText.trimmed().isEmpty())
        return fail(Error::Code::Invalid, u"body"_s, tr("Enter the text of the email."));
    if (!email.bodyText.contains(u"{link}"_s))
        return fail(Error::Code::Invalid, u"body"_s,
                    tr("The text must contain {link}: without it the user cannot activate the account."));
    return {};
}

Result<int> ActivationService::activationDays(qint64 groupId)
{
    return ActivationStore(m_db).activationDays(groupId);
}

Result<void> ActivationService::setActivationDays(qint64 groupId, int days)
{
    if (days < 1 || days > 90)
        return fail(Error::Code::Invalid, u"activationDays"_s, tr("A link may stay valid from 1 to 90 days."));
    return m_db.write([&]() -> Result<void> { return ActivationStore(m_db).setActivationDays(groupId, days); });
}

Result<RenderedEmail> ActivationService::preview(qint64 groupId, const AccountDraft &draft)
{
    auto group = newAccountEmail(groupId);
    if (!group)
        return fail(group.error());
    return previewOf(*group, draft);
}

RenderedEmail ActivationService::previewOf(const NewAccountEmail &group, const AccountDraft &draft)
{
    const EmailOf email = emailOf(group.facts, draft.activationEmail);
    const AccountDraft normalized = AccountRules::normalized(draft);
    return EmailTemplates::render(email.email,
                                  {normalized.displayName.isEmpty() ? normalized.login : normalized.displayName,
                                   normalized.login, email.facts.organization, linkFor(group.linkBase, u"…"_s),
                                   Timestamps::now().addDays(email.facts.activationDays)});
}

Result<SmtpSettings> ActivationService::smtpSettings()
{
    return SmtpSettingsStore(m_db).smtpSettings();
}

Result<bool> ActivationService::isMailServerSetUp()
{
    auto settings = smtpSettings();
    if (!settings)
        return fail(settings.error());
    return settings->isConfigured();
}

bool ActivationService::linksPointToThisComputer(const QString &baseUrl)
{
    const QString host = QUrl(baseUrl.trimmed()).host().toLower();
    if (host.isEmpty() || host == u"localhost"_s || host.endsWith(u".localhost"_s))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> ActivationService::setSmtpSettings(const SmtpSettings &settings)
{
    if (!settings.sender.trimmed().isEmpty()) {
        // "Name <address>" or a bare address.
        const QString address =
            settings.sender.contains(u'<') ? settings.sender.section(u'<', 1).section(u'>', 0, 0) : settings.sender;
        if (auto valid = AccountRules::checkEmail(address, u"sender"_s); !valid)
            return valid;
    }
    if (auto port = PortRules::check(settings.port); !port)
        return port;
    auto saved = m_db.write([&]() -> Result<void> { return SmtpSettingsStore(m_db).setSmtpSettings(settings); });
    if (saved)
        Q_EMIT smtpSettingsChanged();
    return saved;
}

Result<qint64> ActivationService::enqueueTestMessage(const QString &recipient)
{
    if (auto valid = AccountRules::checkEmail(recipient); !valid)
        return fail(valid.error());
    OutboxMessage message;
    message.kind = u"test"_s;
    message.messageId = newMessageId();
    message.recipient = recipient.trimmed();
    message.email.subject = tr("Test email from the Backup Account Console");
    message.email.bodyText = tr("This is a test. The console can send email through this server.");
    message.email.bodyHtml = EmailTemplates::htmlFromText(message.email.bodyText);
    message.nextAttemptAt = Timestamps::now();
    message.createdAt = message.nextAttemptAt;
    return m_db.write([&]() -> Result<qint64> { return OutboxStore(m_db).enqueue(message); });
}

} // namespace bc
