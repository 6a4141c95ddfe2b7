#include "core/mail/activationtext.h"
#include "core/mail/emailtemplate.h"
#include "core/platform/passwordhasher.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/groupservice.h"
#include "core/storage/auditstore.h"
#include "core/storage/databasestatements.h"
#include "core/storage/outboxstore.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// Activation links and emails: single use, expiry, replacement on resend, templates
// and their escaping, and the outbox written with the account.
class TestActivation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void creatingAnAccountQueuesOneActivationEmail();
    void noEmailWhenSendingIsSwitchedOff();
    void theLinkIsStoredOnlyAsAHash();
    void aLinkActivatesOnceOnly();
    void anExpiredLinkChangesNothing();
    void aResendReplacesEarlierLinks();
    void anUnknownLinkIsRefused();
    void aWeakPasswordIsRefusedAndTheLinkStaysValid();
    void templatesFillPlaceholders();
    void htmlInANameIsEscaped_data();
    void htmlInANameIsEscaped();
    void aCustomTemplateWinsOverTheGroups();
    void groupTemplatesMustKeepTheLink();
    void theNearestGroupsTemplateIsUsed_data();
    void theNearestGroupsTemplateIsUsed();
    void theTokenLeavesTheOutboxOnceSent();
    void statesOfAPageMatchEachAccountsState();
    void aResendWithdrawsWhatIsStillQueued();
    void disablingOrDeletingWithdrawsQueuedEmails_data();
    void disablingOrDeletingWithdrawsQueuedEmails();
    void aSentEmailIsNotWithdrawn();
    void theDispatcherClaimsNoEmailOfAGoneOrDisabledAccount_data();
    void theDispatcherClaimsNoEmailOfAGoneOrDisabledAccount();
    void aMessageIsClaimedOnceOnly();
    void aWithdrawnEmailCannotBeRetried();
    void theLabelSaysWhyNothingIsSent_data();
    void theLabelSaysWhyNothingIsSent();
    void aStateKnowsWhetherMailIsSetUp();
    void linksToThisComputerAreNoticed_data();
    void linksToThisComputerAreNoticed();

private:
    Account create(const QString &login, bool sendEmail = true);
    QString tokenOf(qint64 accountId);
    QStringList statusesOf(const QStringList &messageIds);
    QStringList messageIdsOf(qint64 accountId);
    QList<AuditEntry> withdrawals(qint64 accountId);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ActivationService> m_activation;
    qint64 m_customer = 0;
};

void TestActivation::init()
{
    m_db = bc::test::openFresh(u"activation"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_activation = std::make_unique<ActivationService>(*m_db);
    const qint64 root = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_customer = m_groups->create(root, u"Contoso"_s)->id;
}

void TestActivation::cleanup()
{
    m_activation.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

Account TestActivation::create(const QString &login, bool sendEmail)
{
    AccountDraft draft = bc::test::personDraft(login);
    draft.sendActivationEmail = sendEmail;
    auto account = m_accounts->create(m_customer, draft);
    if (!account)
        qWarning() << account.error().message;
    return account.value_or(Account {});
}

QString TestActivation::tokenOf(qint64 accountId)
{
    auto query =
        m_db->run(u"SELECT link_token FROM outbox WHERE account_id = ? ORDER BY id DESC LIMIT 1"_s, {accountId});
    return query && query->next() ? query->value(0).toString() : QString();
}

void TestActivation::creatingAnAccountQueuesOneActivationEmail()
{
    const Account account = create(u"ada"_s);
    auto message = OutboxStore(*m_db).latestFor(account.id, u"activation"_s);
    QVERIFY(message && *message);
    QCOMPARE((*message)->recipient, u"ada@contoso.com"_s);
    QCOMPARE((*message)->status, OutboxMessage::Status::Queued);
    QCOMPARE((*message)->values.organization, u"Contoso"_s);
    QCOMPARE((*message)->values.name, u"Ada Lovelace"_s);
    QVERIFY((*message)->messageId.startsWith(u'<'));
    auto state = m_activation->state(account.id);
    QVERIFY(state);
    QVERIFY(state->linkExpires > state->pendingSince.addDays(6));
}

void TestActivation::noEmailWhenSendingIsSwitchedOff()
{
    const Account account = create(u"quiet"_s, false);
    auto message = OutboxStore(*m_db).latestFor(account.id, u"activation"_s);
    QVERIFY(message);
    QVERIFY(!*message);
}

void TestActivation::theLinkIsStoredOnlyAsAHash()
{
    const Account account = create(u"hash"_s);
    const QString token = tokenOf(account.id);
    QVERIFY2(token.size() >= 43, "256 random bits, base64url");
    auto stored = m_db->run(u"SELECT token_hash FROM activation_tokens WHERE account_id = ?"_s, {account.id});
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), ActivationService::hashOf(token));
    QVERIFY(!stored->value(0).toString().contains(token));
}

void TestActivation::aLinkActivatesOnceOnly()
{
    const Account account = create(u"once"_s);
    const QString token = tokenOf(account.id);
    QCOMPARE(m_activation->check(token)->state, ActivationService::LinkState::Valid);
    auto activated = m_activation->activate(token, u"violet-harbour-71-kites"_s);
    QVERIFY2(activated, activated ? "" : qPrintable(activated.error().message));
    QCOMPARE(activated->status, AccountStatus::Active);
    QVERIFY(activated->hasPassword);
    QVERIFY(activated->activatedAt.isValid());
    auto again = m_activation->activate(token, u"another-long-passphrase"_s);
    QVERIFY(!again);
    QCOMPARE(m_activation->check(token)->state, ActivationService::LinkState::Used);
    auto hash = m_db->run(u"SELECT password_hash FROM accounts WHERE id = ?"_s, {account.id});
    QVERIFY(hash && hash->next());
    QVERIFY2(PasswordHasher::verify(hash->value(0).toString(), u"violet-harbour-71-kites"_s),
             "the second use changed nothing");
}

void TestActivation::anExpiredLinkChangesNothing()
{
    const Account account = create(u"late"_s);
    const QString token = tokenOf(account.id);
    QVERIFY(m_db->run(u"UPDATE activation_tokens SET expires_at = '2020-01-01T00:00:00.000Z'"_s));
    QCOMPARE(m_activation->check(token)->state, ActivationService::LinkState::Expired);
    auto activated = m_activation->activate(token, u"violet-harbour-71-kites"_s);
    QVERIFY(!activated);
    QVERIFY2(activated.error().message.contains(u"expired"_s), qPrintable(activated.error().message));
    QCOMPARE(m_accounts->account(account.id)->status, AccountStatus::Inactive);
}

void TestActivation::aResendReplacesEarlierLinks()
{
    const Account account = create(u"twice"_s);
    const QString first = tokenOf(account.id);
    QVERIFY(m_activation->resend(account.id));
    const QString second = tokenOf(account.id);
    QVERIFY(first != second);
    QCOMPARE(m_activation->check(first)->state, ActivationService::LinkState::Replaced);
    QCOMPARE(m_activation->check(second)->state, ActivationService::LinkState::Valid);
    QVERIFY(!m_activation->activate(first, u"violet-harbour-71-kites"_s));
    QVERIFY(m_activation->activate(second, u"violet-harbour-71-kites"_s));
    auto refused = m_activation->resend(account.id);
    QVERIFY2(!refused, "an active account gets no activation email");
}

void TestActivation::anUnknownLinkIsRefused()
{
    create(u"someone"_s);
    QCOMPARE(m_activation->check(u"not-a-token"_s)->state, ActivationService::LinkState::Unknown);
    auto activated = m_activation->activate(u"not-a-token"_s, u"violet-harbour-71-kites"_s);
    QVERIFY(!activated);
    QCOMPARE(activated.error().code, Error::Code::NotFound);
}

void TestActivation::aWeakPasswordIsRefusedAndTheLinkStaysValid()
{
    const Account account = create(u"weak"_s);
    const QString token = tokenOf(account.id);
    auto refused = m_activation->activate(token, u"password1234"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, u"password"_s);
    QCOMPARE(m_activation->check(token)->state, ActivationService::LinkState::Valid);
}

void TestActivation::templatesFillPlaceholders()
{
    const EmailTemplate email {u"Hi {name}"_s, u"{login} at {organization}: {link} until {expiry}"_s,
                               u"<p>{link}</p>"_s};
    const RenderedEmail rendered = EmailTemplates::render(
        email, {u"Ada"_s, u"ada"_s, u"Contoso"_s, u"https://x.test/activate/abc"_s, QDateTime()}, QLocale::c());
    QCOMPARE(rendered.subject, u"Hi Ada"_s);
    QCOMPARE(rendered.text, u"ada at Contoso: https://x.test/activate/abc until "_s);
    QCOMPARE(rendered.html, u"<p>https://x.test/activate/abc</p>"_s);
}

void TestActivation::htmlInANameIsEscaped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mustNotAppear");
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"<script>"_s;
    QTest::newRow("attribute break") << u"\"><img src=x onerror=alert(1)>"_s << u"<img"_s;
    QTest::newRow("placeholder in a value") << u"{link}"_s << u"SECRET"_s;
}

void TestActivation::htmlInANameIsEscaped()
{
    QFETCH(QString, name);
    QFETCH(QString, mustNotAppear);
    const RenderedEmail rendered = EmailTemplates::render(EmailTemplates::defaultActivation(),
                                                          {name, u"x"_s, u"Contoso"_s, u"SECRET"_s, QDateTime()});
    // The link itself appears where the template puts it, never where a value held "{link}".
    const QString withoutLink = QString(rendered.html).replace(u"<a href=\"SECRET\">SECRET</a>"_s, QString());
    QVERIFY2(!withoutLink.contains(mustNotAppear), qPrintable(rendered.html));
    QVERIFY(rendered.html.contains(name.toHtmlEscaped()));
    QVERIFY2(!rendered.subject.contains(u'\n'), "no header injection");
}

void TestActivation::aCustomTemplateWinsOverTheGroups()
{
    QVERIFY(m_activation->setGroupTemplate(
        m_customer, EmailTemplate {u"Group subject"_s, u"Group {link}"_s, u"<p>Group {link}</p>"_s}));
    AccountDraft draft;
    draft.login = u"custom"_s;
    draft.email = u"custom@contoso.com"_s;
    draft.activationEmail = EmailTemplate {u"Welcome aboard"_s, u"Click {link}"_s, u"<p>Click {link}</p>"_s};
    auto account = m_accounts->create(m_customer, draft);
    QVERIFY(account);
    auto message = OutboxStore(*m_db).latestFor(account->id, u"activation"_s);
    QCOMPARE((*message)->email.subject, u"Welcome aboard"_s);
    const Account plain = create(u"plain"_s);
    auto groupMessage = OutboxStore(*m_db).latestFor(plain.id, u"activation"_s);
    QCOMPARE((*groupMessage)->email.subject, u"Group subject"_s);
    auto preview = m_activation->preview(m_customer, draft);
    QVERIFY(preview);
    QCOMPARE(preview->subject, u"Welcome aboard"_s);
}

void TestActivation::theNearestGroupsTemplateIsUsed_data()
{
    QTest::addColumn<QStringList>("withTemplates"); // of "top", "customer", "unit"
    QTest::addColumn<QString>("subject"); // of the unit's account's email; empty: the default
    QTest::newRow("the unit's own") << QStringList {u"top"_s, u"customer"_s, u"unit"_s} << u"unit"_s;
    QTest::newRow("the customer's") << QStringList {u"top"_s, u"customer"_s} << u"customer"_s;
    QTest::newRow("the top group's") << QStringList {u"top"_s} << u"top"_s;
    QTest::newRow("none: the default") << QStringList {} << QString();
}

void TestActivation::theNearestGroupsTemplateIsUsed()
{
    QFETCH(QStringList, withTemplates);
    QFETCH(QString, subject);
    const qint64 unit = m_groups->create(m_customer, u"Sales"_s)->id;
    const QHash<QString, qint64> groups {
        {u"top"_s, m_groups->root().value()->id}, {u"customer"_s, m_customer}, {u"unit"_s, unit}};
    for (const QString &name : std::as_const(withTemplates))
        QVERIFY(m_activation->setGroupTemplate(groups.value(name),
                                               EmailTemplate {name, u"Hello {link}"_s, u"<p>Hello {link}</p>"_s}));
    AccountDraft draft;
    draft.login = u"nearest"_s;
    draft.email = u"nearest@contoso.com"_s;
    auto account = m_accounts->create(unit, draft);
    QVERIFY(account);
    auto message = OutboxStore(*m_db).latestFor(account->id, u"activation"_s);
    QVERIFY(message && *message);
    const QString expected = subject.isEmpty() ? EmailTemplates::defaultActivation().subject : subject;
    QCOMPARE((*message)->email.subject, expected);
    QCOMPARE(m_activation->effectiveTemplate(unit)->subject, expected);
}

void TestActivation::groupTemplatesMustKeepTheLink()
{
    auto refused = m_activation->setGroupTemplate(m_customer, EmailTemplate {u"S"_s, u"No link here"_s, u""_s});
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, u"body"_s);
}

void TestActivation::theTokenLeavesTheOutboxOnceSent()
{
    const Account account = create(u"sent"_s);
    auto message = OutboxStore(*m_db).latestFor(account.id, u"activation"_s);
    QVERIFY(!(*message)->linkToken.isEmpty());
    QVERIFY(OutboxStore(*m_db).markSent((*message)->id, QDateTime::currentDateTimeUtc()));
    QVERIFY(tokenOf(account.id).isEmpty());
    auto state = m_activation->state(account.id);
    QCOMPARE(state->emailStatus, OutboxMessage::Status::Sent);
}

void TestActivation::statesOfAPageMatchEachAccountsState()
{
    const Account queued = create(u"queued"_s);
    const Account quiet = create(u"quiet"_s, false);
    const Account failed = create(u"failed"_s);
    auto message = OutboxStore(*m_db).latestFor(failed.id, u"activation"_s);
    QVERIFY(message && *message);
    QVERIFY(OutboxStore(*m_db).markAttemptFailed((*message)->id, u"refused"_s, QDateTime::currentDateTimeUtc(), true));
    QVERIFY(m_activation->resend(queued.id));

    auto states = m_activation->states({queued.id, quiet.id, failed.id, 4242});
    QVERIFY2(states, qPrintable(states ? QString() : states.error().message));
    QCOMPARE(states->size(), 2);
    QVERIFY(!states->contains(quiet.id));
    for (qint64 id : {queued.id, failed.id}) {
        auto one = m_activation->state(id);
        QVERIFY(one);
        const ActivationState &many = states->value(id);
        QCOMPARE(many.hasMessage, one->hasMessage);
        QCOMPARE(many.emailStatus, one->emailStatus);
        QCOMPARE(many.lastError, one->lastError);
        QCOMPARE(many.pendingSince, one->pendingSince);
        QCOMPARE(many.linkExpires, one->linkExpires);
        QCOMPARE(many.outboxId, one->outboxId);
    }
    QCOMPARE(states->value(failed.id).emailStatus, OutboxMessage::Status::Failed);
    QCOMPARE(ActivationText::label(states->value(failed.id)), u"Failed: refused"_s);
    QCOMPARE(ActivationText::label(states->value(queued.id)), u"Email queued"_s);
    QVERIFY(ActivationText::pending(states->value(queued.id)).startsWith(u"Pending since"_s));
    QVERIFY(m_activation->states({})->isEmpty());

    auto recent = m_activation->outbox(2);
    QVERIFY(recent);
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->first().accountId, queued.id); // the resend is the newest
}

QStringList TestActivation::messageIdsOf(qint64 accountId)
{
    QStringList ids;
    auto query = m_db->run(u"SELECT message_id FROM outbox WHERE account_id = ? ORDER BY id"_s, {accountId});
    while (query && query->next())
        ids.append(query->value(0).toString());
    return ids;
}

// By Message-ID: a deleted account's messages keep theirs, not their account.
QStringList TestActivation::statusesOf(const QStringList &messageIds)
{
    QStringList statuses;
    for (const QString &id : messageIds) {
        auto query = m_db->run(u"SELECT status FROM outbox WHERE message_id = ?"_s, {id});
        statuses.append(query && query->next() ? query->value(0).toString() : u"missing"_s);
    }
    return statuses;
}

QList<AuditEntry> TestActivation::withdrawals(qint64 accountId)
{
    QList<AuditEntry> found;
    for (const AuditEntry &entry :
         AuditStore(*m_db).entriesFor(u"account"_s, accountId).value_or(QList<AuditEntry>())) {
        if (entry.action == u"account.activation-withdrawn"_s)
            found.append(entry);
    }
    return found;
}

void TestActivation::aResendWithdrawsWhatIsStillQueued()
{
    const Account account = create(u"resent"_s);
    const QStringList first = messageIdsOf(account.id);
    QCOMPARE(first.size(), 1);
    QVERIFY(m_activation->resend(account.id));
    const QStringList both = messageIdsOf(account.id);
    QCOMPARE(both.size(), 2);
    QCOMPARE(statusesOf(both), (QStringList {u"withdrawn"_s, u"queued"_s}));
    QVERIFY2(tokenOf(account.id) != QString(), "the new message keeps its link until sent");
    auto withdrawn = OutboxStore(*m_db).message(OutboxStore(*m_db).recent(2)->last().id);
    QVERIFY(withdrawn);
    QCOMPARE(withdrawn->status, OutboxMessage::Status::Withdrawn);
    QVERIFY2(withdrawn->linkToken.isEmpty(), "a withdrawn message keeps no link token");
    const QList<AuditEntry> audited = withdrawals(account.id);
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.first().after.value(u"withdrawnEmails"_s).toInt(), 1);
    QCOMPARE(audited.first().summary, u"resent"_s);

    QVERIFY(m_activation->resend(account.id));
    QCOMPARE(statusesOf(messageIdsOf(account.id)), (QStringList {u"withdrawn"_s, u"withdrawn"_s, u"queued"_s}));
    QCOMPARE(withdrawals(account.id).size(), 2);
}

void TestActivation::disablingOrDeletingWithdrawsQueuedEmails_data()
{
    QTest::addColumn<bool>("remove");
    QTest::newRow("disable") << false;
    QTest::newRow("delete") << true;
}

void TestActivation::disablingOrDeletingWithdrawsQueuedEmails()
{
    QFETCH(bool, remove);
    const Account account = create(u"leaving"_s);
    const Account other = create(u"staying"_s);
    QVERIFY(m_activation->resend(account.id));
    const QStringList ids = messageIdsOf(account.id);
    if (remove)
        QVERIFY(m_accounts->remove(account.id));
    else
        QVERIFY(m_accounts->disable(account.id));
    QCOMPARE(statusesOf(ids), (QStringList {u"withdrawn"_s, u"withdrawn"_s}));
    QCOMPARE(statusesOf(messageIdsOf(other.id)), QStringList {u"queued"_s});
    // One entry for the resend's withdrawal, one for this one; a deleted account's history stays.
    const QList<AuditEntry> audited = withdrawals(account.id);
    QCOMPARE(audited.size(), 2);
    QCOMPARE(audited.last().after.value(u"withdrawnEmails"_s).toInt(), 1);
    auto due = OutboxStore(*m_db).claimDue(QDateTime::currentDateTimeUtc().addSecs(60), 20);
    QVERIFY(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().accountId, other.id);
    if (!remove) {
        // Enabling does not bring the old link back: the account waits for a resend.
        QVERIFY(m_accounts->enable(account.id));
        QCOMPARE(statusesOf(ids), (QStringList {u"withdrawn"_s, u"withdrawn"_s}));
    }
}

void TestActivation::aSentEmailIsNotWithdrawn()
{
    const Account account = create(u"delivered"_s);
    auto message = OutboxStore(*m_db).latestFor(account.id, u"activation"_s);
    QVERIFY(OutboxStore(*m_db).markSent((*message)->id, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_accounts->disable(account.id));
    QCOMPARE(statusesOf(messageIdsOf(account.id)), QStringList {u"sent"_s});
    QVERIFY2(withdrawals(account.id).isEmpty(), "nothing was withdrawn, so nothing is audited");
}

void TestActivation::theDispatcherClaimsNoEmailOfAGoneOrDisabledAccount_data()
{
    QTest::addColumn<QString>("bypass"); // what changes the account behind the services' back
    QTest::newRow("deleted") << u"DELETE FROM accounts WHERE login_key = 'bypassed'"_s;
    QTest::newRow("disabled") << u"UPDATE accounts SET status = 'disabled' WHERE login_key = 'bypassed'"_s;
}

void TestActivation::theDispatcherClaimsNoEmailOfAGoneOrDisabledAccount()
{
    // Written before withdrawing existed, or by a race: the claim itself checks the account.
    QFETCH(QString, bypass);
    const Account account = create(u"bypassed"_s);
    const Account other = create(u"kept"_s);
    const QStringList ids = messageIdsOf(account.id);
    auto changed = m_db->run(bypass);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
    auto test = m_activation->enqueueTestMessage(u"desk@msp.example"_s);
    QVERIFY(test);
    auto due = m_db->write([&] { return OutboxStore(*m_db).claimDue(QDateTime::currentDateTimeUtc(), 20); });
    QVERIFY2(due, qPrintable(due ? QString() : due.error().message));
    QStringList claimed;
    for (const OutboxMessage &message : std::as_const(*due))
        claimed.append(message.kind + u':' + QString::number(message.accountId));
    claimed.sort();
    QCOMPARE(claimed, (QStringList {u"activation:%1"_s.arg(other.id), u"test:0"_s}));
    QCOMPARE(statusesOf(ids), QStringList {u"queued"_s});
}

void TestActivation::aMessageIsClaimedOnceOnly()
{
    create(u"single"_s);
    auto first = OutboxStore(*m_db).claimDue(QDateTime::currentDateTimeUtc(), 20);
    QCOMPARE(first->size(), 1);
    // A second dispatcher that read the row before the first claimed it must not claim it too.
    auto again = m_db->run(u"UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z'"_s);
    QVERIFY(again);
    auto second = OutboxStore(*m_db).claimDue(QDateTime::currentDateTimeUtc(), 20);
    QVERIFY(second);
    QVERIFY2(second->isEmpty(), "a message being sent is not claimed again");
}

void TestActivation::aWithdrawnEmailCannotBeRetried()
{
    const Account account = create(u"noretry"_s);
    const qint64 first = OutboxStore(*m_db).latestFor(account.id, u"activation"_s).value()->id;
    QVERIFY(m_activation->resend(account.id));
    auto retried = m_activation->retry(first);
    QVERIFY2(!retried, "a replaced email stays withdrawn");
    QCOMPARE(OutboxStore(*m_db).message(first)->status, OutboxMessage::Status::Withdrawn);
}

void TestActivation::theLabelSaysWhyNothingIsSent_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<bool>("setUp");
    QTest::addColumn<QString>("label");
    QTest::newRow("queued, set up") << u"queued"_s << QString() << true << u"Email queued"_s;
    QTest::newRow("queued, not set up") << u"queued"_s << QString() << false << u"Not sent: no mail server set up"_s;
    QTest::newRow("retrying, not set up")
        << u"queued"_s << u"timeout"_s << false << u"Not sent: no mail server set up"_s;
    QTest::newRow("retrying, set up") << u"queued"_s << u"timeout"_s << true << u"Email queued (retrying: timeout)"_s;
    QTest::newRow("sent before mail went away") << u"sent"_s << QString() << false << u"Email sent"_s;
    QTest::newRow("failed, not set up") << u"failed"_s << u"refused"_s << false << u"Failed: refused"_s;
    QTest::newRow("withdrawn") << u"withdrawn"_s << QString() << true << u"Email withdrawn"_s;
}

void TestActivation::theLabelSaysWhyNothingIsSent()
{
    QFETCH(QString, status);
    QFETCH(QString, lastError);
    QFETCH(bool, setUp);
    QFETCH(QString, label);
    ActivationState state;
    state.hasMessage = true;
    state.emailStatus = bc::fromKey<OutboxMessage::Status>(status).value();
    state.lastError = lastError;
    state.mailServerSetUp = setUp;
    QCOMPARE(ActivationText::label(state), label);
    QCOMPARE(bc::toKey(state.emailStatus), status);
}

void TestActivation::aStateKnowsWhetherMailIsSetUp()
{
    const Account account = create(u"waiting"_s);
    QCOMPARE(m_activation->isMailServerSetUp().value(), false);
    QCOMPARE(m_activation->state(account.id)->mailServerSetUp, false);
    SmtpSettings settings;
    settings.host = u"smtp.msp.example"_s;
    settings.sender = u"desk@msp.example"_s;
    int changes = 0;
    connect(m_activation.get(), &ActivationService::smtpSettingsChanged, this, [&changes] { ++changes; });
    QVERIFY(m_activation->setSmtpSettings(settings));
    QCOMPARE(changes, 1);
    QCOMPARE(m_activation->isMailServerSetUp().value(), true);
    QCOMPARE(m_activation->state(account.id)->mailServerSetUp, true);
    QCOMPARE(ActivationText::label(*m_activation->state(account.id)), u"Email queued"_s);
}

void TestActivation::linksToThisComputerAreNoticed_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("local");
    QTest::newRow("the default") << SmtpSettings().activationBaseUrl << true;
    QTest::newRow("localhost, upper case") << u"https://LOCALHOST/"_s << true;
    QTest::newRow("a name under localhost") << u"http://activate.localhost:8080"_s << true;
    QTest::newRow("IPv4 loopback") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("another loopback") << u"http://127.8.0.1"_s << true;
    QTest::newRow("IPv6 loopback") << u"http://[::1]:8080"_s << true;
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("a public name") << u"https://activate.msp.example"_s << false;
    QTest::newRow("a name that starts like it") << u"https://localhostel.example"_s << false;
    QTest::newRow("a LAN address") << u"http://192.168.1.20:8080"_s << false;
}

void TestActivation::linksToThisComputerAreNoticed()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, local);
    QCOMPARE(ActivationService::linksPointToThisComputer(baseUrl), local);
}

QTEST_GUILESS_MAIN(TestActivation)
#include "tst_activation.moc"
