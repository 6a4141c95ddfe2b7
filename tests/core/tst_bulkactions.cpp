#include "core/domain/json.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/bulkrun.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <algorithm>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountDraft;
using bc::AccountStatus;
using bc::BulkOutcome;
using bc::Error;

Q_DECLARE_METATYPE(bc::Error::Code)

namespace {

using bc::test::describe;

enum class Action
{
    Disable,
    Enable,
    Remove,
    Resend,
    Assign,
};

} // namespace

Q_DECLARE_METATYPE(Action)

// Disable, Enable, Delete, Resend activation email and Assign service on a selection: the same
// rules and audit entries as on one account, one transaction per batch, progress, Cancel, and one
// change signal for the whole selection.
class TestBulkActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everySelectedAccountChangesWithItsOwnAuditEntry_data();
    void everySelectedAccountChangesWithItsOwnAuditEntry();
    void aRefusedAccountDoesNotStopTheOthers_data();
    void aRefusedAccountDoesNotStopTheOthers();
    void assignAddsOnlyTheMissingSubscriptions_data();
    void assignAddsOnlyTheMissingSubscriptions();
    void assignOverSeveralBatchesAuditsEachAccountOnce();
    void assignSavesWhatTheRulesSetOnTheAccount();
    void cancelAfterTheFirstBatchLeavesTheRestUntouched();
    void aDatabaseProblemRollsBackItsBatchAndStops();
    void singleAccountCallsKeepTheirOwnSignals();
    void deleteRefusalSaysWhatRemoveAllRefuses_data();
    void deleteRefusalSaysWhatRemoveAllRefuses();

private:
    qint64 create(const QString &login, qint64 groupId, AccountStatus status = AccountStatus::Inactive,
                  qint64 profileId = 0);
    QList<qint64> createMany(int count);
    BulkOutcome run(Action action, const QList<qint64> &ids, const bc::BulkProgress &progress = {});
    int auditCount(const QString &action);
    int countWhere(const QString &sql);
    qint64 addSubscription(const QString &name);
    QJsonObject stored(qint64 id);

    QString m_location;
    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    std::unique_ptr<bc::CatalogService> m_catalog;
    std::unique_ptr<bc::AccountService> m_accounts;
    std::unique_ptr<bc::ActivationService> m_activation;
    qint64 m_customer = 0;
    qint64 m_other = 0;
    qint64 m_subscription = 0;
    qint64 m_lockedProfile = 0;
};

void TestBulkActions::init()
{
    m_location = bc::test::freshLocation(u"bulk"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::Database::open(m_location);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    m_db = std::move(*db);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    m_catalog = std::make_unique<bc::CatalogService>(*m_db);
    m_accounts = std::make_unique<bc::AccountService>(*m_db);
    m_activation = std::make_unique<bc::ActivationService>(*m_db);
    auto root = m_groups->createRoot(u"MSP"_s);
    QVERIFY(root);
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    auto other = m_groups->create(root->id, u"Fabrikam"_s);
    QVERIFY(customer && other);
    m_customer = customer->id;
    m_other = other->id;
    bc::Subscription payg;
    payg.groupId = m_customer;
    payg.name = u"Backup PAYG #1001"_s;
    auto subscription = m_catalog->addSubscription(payg);
    QVERIFY2(subscription, subscription ? "" : qPrintable(describe(subscription.error())));
    m_subscription = subscription->id;
    bc::Profile locked;
    locked.groupId = m_customer;
    locked.name = u"Legal hold"_s;
    locked.dataLock = true;
    auto profile = m_catalog->addProfile(locked);
    QVERIFY2(profile, profile ? "" : qPrintable(describe(profile.error())));
    m_lockedProfile = profile->id;
}

void TestBulkActions::cleanup()
{
    m_activation.reset();
    m_accounts.reset();
    m_catalog.reset();
    m_groups.reset();
    m_db.reset();
}

qint64 TestBulkActions::create(const QString &login, qint64 groupId, AccountStatus status, qint64 profileId)
{
    AccountDraft draft;
    draft.login = login;
    draft.email = login + u"@example.com"_s;
    draft.profileId = profileId;
    auto created = m_accounts->create(groupId, draft, status);
    if (!created) {
        qWarning() << describe(created.error());
        return 0;
    }
    return created->id;
}

QList<qint64> TestBulkActions::createMany(int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(create(u"user%1"_s.arg(i, 4, 10, QChar(u'0')), m_customer));
    return ids;
}

BulkOutcome TestBulkActions::run(Action action, const QList<qint64> &ids, const bc::BulkProgress &progress)
{
    switch (action) {
    case Action::Disable:
        return m_accounts->disableAll(ids, progress);
    case Action::Enable:
        return m_accounts->enableAll(ids, progress);
    case Action::Remove:
        return m_accounts->removeAll(ids, progress);
    case Action::Resend:
        return m_activation->resendAll(ids, progress);
    case Action::Assign:
        return m_accounts->assignSubscriptionsToAll(ids, {m_subscription}, progress);
    }
    return {};
}

int TestBulkActions::auditCount(const QString &action)
{
    return countWhere(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(action));
}

int TestBulkActions::countWhere(const QString &sql)
{
    auto query = m_db->run(sql);
    return query && query->next() ? query->value(0).toInt() : -1;
}

qint64 TestBulkActions::addSubscription(const QString &name)
{
    bc::Subscription subscription;
    subscription.groupId = m_customer;
    subscription.name = name;
    auto added = m_catalog->addSubscription(subscription);
    if (!added) {
        qWarning() << describe(added.error());
        return 0;
    }
    return added->id;
}

// The account as the database holds it now, in the form of an audit entry's before and after.
QJsonObject TestBulkActions::stored(qint64 id)
{
    auto account = m_accounts->account(id);
    if (!account) {
        qWarning() << describe(account.error());
        return {};
    }
    return bc::Json::fromAccount(*account);
}

void TestBulkActions::everySelectedAccountChangesWithItsOwnAuditEntry_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("audited"); // the action each account's audit entry names
    QTest::addColumn<int>("withdrawn"); // accounts whose queued email is withdrawn
    QTest::addColumn<QString>("after"); // counts the accounts as they are afterwards

    QTest::newRow("disable") << Action::Disable << u"account.disabled"_s << 7
                             << u"SELECT count(*) FROM accounts WHERE status = 'disabled'"_s;
    QTest::newRow("enable") << Action::Enable << u"account.enabled"_s << 7
                            << u"SELECT count(*) FROM accounts WHERE status = 'inactive'"_s;
    QTest::newRow("delete") << Action::Remove << u"account.deleted"_s << 7 << u"SELECT 7 - count(*) FROM accounts"_s;
    QTest::newRow("resend") << Action::Resend << u"account.activation-resent"_s << 7
                            << u"SELECT count(*) FROM outbox WHERE status = 'queued'"_s;
    QTest::newRow("assign") << Action::Assign << u"account.changed"_s << 0
                            << u"SELECT count(*) FROM account_subscriptions"_s;
}

void TestBulkActions::everySelectedAccountChangesWithItsOwnAuditEntry()
{
    QFETCH(Action, action);
    QFETCH(QString, audited);
    QFETCH(int, withdrawn);
    QFETCH(QString, after);

    const QList<qint64> ids = createMany(7);
    QVERIFY(!ids.contains(0));
    if (action == Action::Enable) {
        QCOMPARE(m_accounts->disableAll(ids).changed.size(), 7);
        withdrawn = 7; // by the disable; enabling withdraws nothing more
    }
    QSignalSpy changed(m_accounts.get(), &bc::AccountService::accountsChanged);
    QSignalSpy removed(m_accounts.get(), &bc::AccountService::accountsRemoved);
    QSignalSpy outboxes(m_activation.get(), &bc::ActivationService::outboxesChanged);
    QSignalSpy oneChanged(m_accounts.get(), &bc::AccountService::accountChanged);
    QSignalSpy oneRemoved(m_accounts.get(), &bc::AccountService::accountRemoved);
    QList<QPair<int, int>> progress;
    const BulkOutcome outcome = run(action, ids, [&progress](int done, int total) {
        progress.append({done, total});
        return true;
    });

    QVERIFY2(!outcome.stoppedBy, outcome.stoppedBy ? qPrintable(describe(*outcome.stoppedBy)) : "");
    QVERIFY2(outcome.failed.isEmpty(), outcome.failed.isEmpty() ? "" : qPrintable(describe(outcome.failed[0].error)));
    QVERIFY(outcome.isComplete());
    QCOMPARE(outcome.total, 7);
    QCOMPARE(outcome.processed, 7);
    QCOMPARE(outcome.changed, ids);
    QVERIFY(outcome.unchanged.isEmpty());
    QVERIFY(!outcome.cancelled);
    QCOMPARE(progress, (QList<QPair<int, int>> {{7, 7}}));
    QCOMPARE(auditCount(audited), 7);
    QCOMPARE(countWhere(u"SELECT count(DISTINCT object_id) FROM audit_log WHERE action = '%1'"_s.arg(audited)), 7);
    QCOMPARE(auditCount(u"account.activation-withdrawn"_s), withdrawn);
    QCOMPARE(countWhere(after), 7);
    if (action == Action::Disable || action == Action::Enable) {
        // Each entry's after is the account as it is now, whole.
        for (qint64 id : ids) {
            const auto history = m_accounts->history(id);
            QVERIFY(history && !history->isEmpty());
            QCOMPARE(history->last().after, stored(id));
        }
    }

    // One announcement for the whole selection, none per account.
    QSignalSpy &expected = action == Action::Remove ? removed : action == Action::Resend ? outboxes : changed;
    QCOMPARE(changed.count() + removed.count() + outboxes.count(), 1);
    QCOMPARE(expected.count(), 1);
    QCOMPARE(expected.first().first().value<QList<qint64>>(), ids);
    if (action == Action::Remove)
        QCOMPARE(removed.first().at(1).value<QList<qint64>>(), QList<qint64>(7, m_customer));
    QCOMPARE(oneChanged.count() + oneRemoved.count(), 0);
}

void TestBulkActions::aRefusedAccountDoesNotStopTheOthers_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("odd"); // the selection's odd one: locked, active, disabled, elsewhere, gone
    QTest::addColumn<bool>("refused"); // true: listed as failed; false: nothing to do
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("disable a disabled one") << Action::Disable << u"disabled"_s << false << Error::Code::Internal;
    QTest::newRow("disable a gone one") << Action::Disable << u"gone"_s << true << Error::Code::NotFound;
    QTest::newRow("enable an active one") << Action::Enable << u"active"_s << false << Error::Code::Internal;
    QTest::newRow("enable a gone one") << Action::Enable << u"gone"_s << true << Error::Code::NotFound;
    QTest::newRow("delete a data-locked one") << Action::Remove << u"locked"_s << true << Error::Code::NotAllowed;
    QTest::newRow("delete a gone one") << Action::Remove << u"gone"_s << true << Error::Code::NotFound;
    QTest::newRow("resend to an active one") << Action::Resend << u"active"_s << true << Error::Code::NotAllowed;
    QTest::newRow("resend to a gone one") << Action::Resend << u"gone"_s << true << Error::Code::NotFound;
    QTest::newRow("assign outside its group") << Action::Assign << u"elsewhere"_s << true << Error::Code::Invalid;
    QTest::newRow("assign to a gone one") << Action::Assign << u"gone"_s << true << Error::Code::NotFound;
}

void TestBulkActions::aRefusedAccountDoesNotStopTheOthers()
{
    QFETCH(Action, action);
    QFETCH(QString, odd);
    QFETCH(bool, refused);
    QFETCH(Error::Code, code);

    QList<qint64> ids = createMany(4);
    if (action == Action::Enable)
        QCOMPARE(m_accounts->disableAll(ids).changed.size(), 4);
    qint64 oddId = 0;
    if (odd == u"locked"_s)
        oddId = create(u"locked"_s, m_customer, AccountStatus::Inactive, m_lockedProfile);
    else if (odd == u"active"_s)
        oddId = create(u"active"_s, m_customer, AccountStatus::Active);
    else if (odd == u"elsewhere"_s)
        oddId = create(u"elsewhere"_s, m_other);
    else if (odd == u"disabled"_s)
        QVERIFY(m_accounts->disable(oddId = create(u"disabled"_s, m_customer)));
    else if (odd == u"gone"_s)
        QVERIFY(m_accounts->remove(oddId = create(u"gone"_s, m_customer))); // deleted since it was selected
    QVERIFY(oddId != 0);
    ids.insert(2, oddId);
    const QString audited = action == Action::Disable ? u"account.disabled"_s
        : action == Action::Enable                    ? u"account.enabled"_s
        : action == Action::Remove                    ? u"account.deleted"_s
        : action == Action::Resend                    ? u"account.activation-resent"_s
                                                      : u"account.changed"_s;
    const int entriesBefore = auditCount(audited);
    QSignalSpy changed(m_accounts.get(), &bc::AccountService::accountsChanged);
    QSignalSpy removed(m_accounts.get(), &bc::AccountService::accountsRemoved);
    QSignalSpy outboxes(m_activation.get(), &bc::ActivationService::outboxesChanged);

    const BulkOutcome outcome = run(action, ids);

    QVERIFY2(!outcome.stoppedBy, outcome.stoppedBy ? qPrintable(describe(*outcome.stoppedBy)) : "");
    QList<qint64> others = ids;
    others.removeAll(oddId);
    QCOMPARE(outcome.processed, 5);
    QCOMPARE(outcome.changed, others);
    QCOMPARE(auditCount(audited) - entriesBefore, 4);
    QCOMPARE(changed.count() + removed.count() + outboxes.count(), 1);
    if (refused) {
        QCOMPARE(outcome.failed.size(), 1);
        QCOMPARE(outcome.failed.first().accountId, oddId);
        QVERIFY2(outcome.failed.first().error.code == code, qPrintable(describe(outcome.failed.first().error)));
        QVERIFY(!outcome.failed.first().error.message.isEmpty());
        QVERIFY(outcome.unchanged.isEmpty());
        QVERIFY(!outcome.isComplete());
    } else {
        QVERIFY(outcome.failed.isEmpty());
        QCOMPARE(outcome.unchanged, QList<qint64> {oddId});
        QVERIFY(outcome.isComplete());
    }
    // The refused account is as it was: no audit entry of this action names it.
    const bool auditedBefore = odd == u"disabled"_s || (odd == u"gone"_s && action == Action::Remove);
    QCOMPARE(
        countWhere(u"SELECT count(*) FROM audit_log WHERE action = '%1' AND object_id = %2"_s.arg(audited).arg(oddId)),
        auditedBefore ? 1 : 0);
}

void TestBulkActions::assignAddsOnlyTheMissingSubscriptions_data()
{
    QTest::addColumn<QList<int>>("had"); // of the two subscriptions assigned, those the odd account had
    QTest::addColumn<bool>("changed");

    QTest::newRow("has none") << QList<int> {} << true;
    QTest::newRow("has the first") << QList<int> {0} << true;
    QTest::newRow("has the second") << QList<int> {1} << true;
    QTest::newRow("has both") << QList<int> {0, 1} << false;
}

void TestBulkActions::assignAddsOnlyTheMissingSubscriptions()
{
    QFETCH(QList<int>, had);
    QFETCH(bool, changed);

    const QList<qint64> subscriptions {m_subscription, addSubscription(u"Backup PAYG #1002"_s)};
    QVERIFY(subscriptions[1] != 0);
    QList<qint64> ids = createMany(4);
    QVERIFY(!ids.contains(0));
    const qint64 odd = ids[1];
    QList<qint64> oddHad;
    for (int index : had)
        oddHad.append(subscriptions.at(index));
    if (!oddHad.isEmpty())
        QVERIFY(m_accounts->assignSubscriptions(odd, oddHad));
    const QJsonObject oddBefore = stored(odd);
    const int entriesBefore = auditCount(u"account.changed"_s);
    QSignalSpy changedSpy(m_accounts.get(), &bc::AccountService::accountsChanged);

    const BulkOutcome outcome = m_accounts->assignSubscriptionsToAll(ids, subscriptions);

    QVERIFY2(!outcome.stoppedBy, outcome.stoppedBy ? qPrintable(describe(*outcome.stoppedBy)) : "");
    QVERIFY(outcome.failed.isEmpty());
    QVERIFY(outcome.isComplete());
    QList<qint64> others = ids;
    others.removeAll(odd);
    QCOMPARE(outcome.changed, changed ? ids : others);
    QCOMPARE(outcome.unchanged, changed ? QList<qint64>() : QList<qint64> {odd});
    QCOMPARE(auditCount(u"account.changed"_s) - entriesBefore, outcome.changed.size());
    QCOMPARE(changedSpy.count(), 1);
    // Every account has both, once each, and counts them.
    QCOMPARE(countWhere(u"SELECT count(*) FROM account_subscriptions"_s), 2 * ids.size());
    QCOMPARE(countWhere(u"SELECT count(DISTINCT account_id) FROM account_subscriptions"_s), ids.size());
    QCOMPARE(countWhere(u"SELECT count(*) FROM accounts WHERE subscription_count = 2"_s), ids.size());
    if (!changed)
        QCOMPARE(stored(odd), oddBefore);

    // Once more on the odd one alone: nothing to add, nothing said, the account as it is.
    QSignalSpy oneChanged(m_accounts.get(), &bc::AccountService::accountChanged);
    auto again = m_accounts->assignSubscriptions(odd, {subscriptions[1]});
    QVERIFY2(again, again ? "" : qPrintable(describe(again.error())));
    QCOMPARE(bc::Json::fromAccount(*again), stored(odd));
    QCOMPARE(oneChanged.count(), 0);
    QCOMPARE(auditCount(u"account.changed"_s) - entriesBefore, outcome.changed.size());
}

void TestBulkActions::assignOverSeveralBatchesAuditsEachAccountOnce()
{
    // Two batches: a refused account in the middle of the first, one with nothing to add in the second.
    QList<qint64> ids = createMany(bc::bulkBatchSize + 10);
    QVERIFY(!ids.contains(0));
    const qint64 elsewhere = create(u"elsewhere"_s, m_other);
    QVERIFY(elsewhere != 0);
    ids.insert(100, elsewhere);
    const qint64 licensed = ids.at(bc::bulkBatchSize + 5);
    QVERIFY(m_accounts->assignSubscriptions(licensed, {m_subscription}));
    QHash<qint64, QJsonObject> before;
    for (qint64 id : std::as_const(ids))
        before.insert(id, stored(id));
    const int entriesBefore = auditCount(u"account.changed"_s);
    QList<QPair<int, int>> progress;

    const BulkOutcome outcome = m_accounts->assignSubscriptionsToAll(ids, {m_subscription}, [&progress](int d, int t) {
        progress.append({d, t});
        return true;
    });

    QVERIFY2(!outcome.stoppedBy, outcome.stoppedBy ? qPrintable(describe(*outcome.stoppedBy)) : "");
    const int total = static_cast<int>(ids.size());
    QCOMPARE(progress, (QList<QPair<int, int>> {{bc::bulkBatchSize, total}, {total, total}}));
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.failed.first().accountId, elsewhere);
    QCOMPARE(outcome.failed.first().error.code, Error::Code::Invalid);
    QCOMPARE(outcome.unchanged, QList<qint64> {licensed});
    QList<qint64> assigned = ids;
    assigned.removeAll(elsewhere);
    assigned.removeAll(licensed);
    QCOMPARE(outcome.changed, assigned);
    // The links are stored: every account of the group has the subscription once, the other none.
    QCOMPARE(countWhere(u"SELECT count(*) FROM account_subscriptions"_s), total - 1);
    QCOMPARE(countWhere(u"SELECT count(*) FROM account_subscriptions WHERE account_id = %1"_s.arg(elsewhere)), 0);
    QCOMPARE(countWhere(u"SELECT count(*) FROM accounts WHERE subscription_count = 1"_s), total - 1);
    // One entry per changed account: before as it was, after as it is now.
    QCOMPARE(auditCount(u"account.changed"_s) - entriesBefore, assigned.size());
    for (qint64 id : std::as_const(ids)) {
        auto history = m_accounts->history(id);
        QVERIFY(history);
        const bool expected = assigned.contains(id);
        const int entries = static_cast<int>(std::count_if(
            history->cbegin(), history->cend(), [](const auto &e) { return e.action == u"account.changed"_s; }));
        QCOMPARE(entries, expected ? 1 : id == licensed ? 1 : 0);
        if (!expected) {
            QCOMPARE(stored(id), before.value(id));
            continue;
        }
        const bc::AuditEntry &entry = history->last();
        QCOMPARE(entry.action, u"account.changed"_s);
        QCOMPARE(entry.before, before.value(id));
        QCOMPARE(entry.after, stored(id));
        QCOMPARE(entry.after.value(u"subscriptionIds"_s).toArray().size(), 1);
    }
}

void TestBulkActions::assignSavesWhatTheRulesSetOnTheAccount()
{
    // An account whose notification level strayed from its profile's gets the profile's back, as an
    // update() of the account would do; its neighbour keeps what it has.
    bc::Profile loud;
    loud.groupId = m_customer;
    loud.name = u"Loud"_s;
    loud.notificationLevel = bc::NotificationLevel::All;
    auto profile = m_catalog->addProfile(loud);
    QVERIFY2(profile, profile ? "" : qPrintable(describe(profile.error())));
    const qint64 strayed = create(u"strayed"_s, m_customer, AccountStatus::Inactive, profile->id);
    const qint64 plain = create(u"plain"_s, m_customer);
    QVERIFY(strayed != 0 && plain != 0);
    QVERIFY(m_db->run(u"UPDATE accounts SET notification_level = 'off' WHERE id = ?"_s, {strayed}));
    const QJsonObject strayedBefore = stored(strayed);
    const QJsonObject plainBefore = stored(plain);

    const BulkOutcome outcome = m_accounts->assignSubscriptionsToAll({strayed, plain}, {m_subscription});

    QVERIFY2(!outcome.stoppedBy, outcome.stoppedBy ? qPrintable(describe(*outcome.stoppedBy)) : "");
    QCOMPARE(outcome.changed, (QList<qint64> {strayed, plain}));
    auto account = m_accounts->account(strayed);
    QVERIFY(account);
    QCOMPARE(account->notificationLevel, bc::NotificationLevel::All);
    QCOMPARE(account->subscriptionIds, QList<qint64> {m_subscription});
    QCOMPARE(m_accounts->history(strayed)->last().before, strayedBefore);
    QCOMPARE(m_accounts->history(strayed)->last().after, stored(strayed));
    // The neighbour: only its subscriptions differ.
    QJsonObject plainAfter = stored(plain);
    QCOMPARE(m_accounts->history(plain)->last().after, plainAfter);
    QJsonObject plainWas = plainBefore;
    for (const QString &key : {u"subscriptionIds"_s, u"licensed"_s}) {
        QVERIFY(plainAfter.value(key) != plainWas.value(key));
        plainAfter.remove(key);
        plainWas.remove(key);
    }
    QCOMPARE(plainAfter, plainWas);
}

void TestBulkActions::cancelAfterTheFirstBatchLeavesTheRestUntouched()
{
    const QList<qint64> ids = createMany(bc::bulkBatchSize + 10);
    QVERIFY(!ids.contains(0));
    QSignalSpy changed(m_accounts.get(), &bc::AccountService::accountsChanged);
    QList<QPair<int, int>> progress;
    const BulkOutcome outcome = m_accounts->disableAll(ids, [&progress](int done, int total) {
        progress.append({done, total});
        return false; // Cancel, pressed while the first batch ran
    });

    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.stoppedBy);
    QVERIFY(!outcome.isComplete());
    QCOMPARE(progress, (QList<QPair<int, int>> {{bc::bulkBatchSize, bc::bulkBatchSize + 10}}));
    QCOMPARE(outcome.processed, bc::bulkBatchSize);
    QCOMPARE(outcome.changed, ids.mid(0, bc::bulkBatchSize));
    QCOMPARE(countWhere(u"SELECT count(*) FROM accounts WHERE status = 'disabled'"_s), bc::bulkBatchSize);
    QCOMPARE(countWhere(u"SELECT count(*) FROM accounts WHERE status = 'inactive' AND id >= %1"_s.arg(
                 ids.at(bc::bulkBatchSize))),
             10);
    QCOMPARE(auditCount(u"account.disabled"_s), bc::bulkBatchSize);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), outcome.changed);

    // Not cancelled: told after each batch, the last one included.
    progress.clear();
    const BulkOutcome rest = m_accounts->disableAll(ids, [&progress](int done, int total) {
        progress.append({done, total});
        return true;
    });
    QCOMPARE(progress, (QList<QPair<int, int>> {{bc::bulkBatchSize, ids.size()}, {ids.size(), ids.size()}}));
    QCOMPARE(rest.unchanged.size(), bc::bulkBatchSize);
    QCOMPARE(rest.changed, ids.mid(bc::bulkBatchSize));
    QVERIFY(!rest.cancelled);
}

void TestBulkActions::aDatabaseProblemRollsBackItsBatchAndStops()
{
    // Batches of three; the fifth account's write fails as a lost connection would.
    const QList<qint64> ids = createMany(8);
    QVERIFY(!ids.contains(0));
    const auto check = [](qint64 id) -> bc::Result<std::optional<qint64>> {
        return std::optional(id);
    };
    const auto apply = [this, &ids](const QList<qint64> &plans) -> bc::Result<void> {
        for (qint64 id : plans) {
            if (id == ids.at(4))
                return bc::fail(Error::Code::ConnectionLost, QString(), u"gone"_s);
            auto done = m_db->run(u"UPDATE accounts SET status = 'disabled' WHERE id = ?"_s, {id});
            if (!done)
                return bc::fail(done.error());
        }
        return {};
    };
    int told = 0;
    const BulkOutcome outcome = bc::runInBatches(
        *m_db, ids,
        [&told](int, int) {
            ++told;
            return true;
        },
        bc::noPrefetch, check, apply, 3);

    QVERIFY(outcome.stoppedBy);
    QCOMPARE(outcome.stoppedBy->code, Error::Code::ConnectionLost);
    QCOMPARE(told, 1);
    QCOMPARE(outcome.processed, 3);
    QCOMPARE(outcome.changed, ids.mid(0, 3));
    QVERIFY(!outcome.isComplete());
    // The fourth account was written in the failed batch and rolled back with it.
    QCOMPARE(countWhere(u"SELECT count(*) FROM accounts WHERE status = 'disabled'"_s), 3);
}

void TestBulkActions::singleAccountCallsKeepTheirOwnSignals()
{
    const QList<qint64> ids = createMany(2);
    QSignalSpy changed(m_accounts.get(), &bc::AccountService::accountsChanged);
    QSignalSpy removed(m_accounts.get(), &bc::AccountService::accountsRemoved);
    QSignalSpy outboxes(m_activation.get(), &bc::ActivationService::outboxesChanged);
    QSignalSpy oneChanged(m_accounts.get(), &bc::AccountService::accountChanged);
    QSignalSpy oneRemoved(m_accounts.get(), &bc::AccountService::accountRemoved);
    QSignalSpy oneOutbox(m_activation.get(), &bc::ActivationService::outboxChanged);

    QVERIFY(m_activation->resend(ids[0]));
    QVERIFY(m_accounts->assignSubscriptions(ids[0], {m_subscription}));
    QVERIFY(m_accounts->disable(ids[0]));
    QVERIFY(m_accounts->enable(ids[0]));
    QVERIFY(m_accounts->remove(ids[0]));
    QCOMPARE(oneOutbox.count(), 1);
    QCOMPARE(oneChanged.count(), 3);
    QCOMPARE(oneRemoved.count(), 1);
    QCOMPARE(changed.count() + removed.count() + outboxes.count(), 0);
    // An empty selection changes nothing and says nothing.
    const BulkOutcome none = m_accounts->disableAll({});
    QVERIFY(none.isComplete());
    QCOMPARE(none.total, 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_activation->resend(ids[0]).error().code, Error::Code::NotFound);
}

void TestBulkActions::deleteRefusalSaysWhatRemoveAllRefuses_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QString>("refusal"); // a part of it; empty: none

    QTest::newRow("none locked") << QStringList {u"a"_s, u"b"_s} << QString();
    QTest::newRow("one locked") << QStringList {u"a"_s, u"locked"_s, u"b"_s} << u"\"locked\" is on a data-locked"_s;
    QTest::newRow("only a gone one") << QStringList {u"gone"_s} << QString();
    QTest::newRow("nothing selected") << QStringList {} << QString();
}

void TestBulkActions::deleteRefusalSaysWhatRemoveAllRefuses()
{
    QFETCH(QStringList, selected);
    QFETCH(QString, refusal);
    QList<qint64> ids;
    for (const QString &login : selected) {
        const qint64 id =
            create(login, m_customer, AccountStatus::Inactive, login == u"locked"_s ? m_lockedProfile : 0);
        if (login == u"gone"_s)
            QVERIFY(m_accounts->remove(id));
        ids.append(id);
    }
    const auto said = m_accounts->deleteRefusal(ids);
    QVERIFY2(said, said ? "" : qPrintable(said.error().message));
    if (refusal.isEmpty())
        QVERIFY2(said->isEmpty(), qPrintable(*said));
    else
        QVERIFY2(said->contains(refusal), qPrintable(*said));
    // The same words as removeAll() gives when it refuses.
    const BulkOutcome outcome = m_accounts->removeAll(ids);
    const bool refused = std::any_of(outcome.failed.cbegin(), outcome.failed.cend(),
                                     [&said](const bc::BulkFailure &f) { return f.error.message == *said; });
    QCOMPARE(refused, !refusal.isEmpty());
}

QTEST_GUILESS_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
