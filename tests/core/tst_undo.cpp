#include "core/domain/json.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountDraft;
using bc::AccountService;
using bc::BulkOutcome;
using bc::UndoPlan;
using bc::test::describe;

namespace {

// A person's change, as one job of the console makes it.
using Change = std::function<void(AccountService &, const QList<qint64> &ids, qint64 otherGroup)>;

} // namespace

Q_DECLARE_METATYPE(Change)

// Edit → Undo (AccountService::lastChange, undo): the last change of whoever works on the
// connection is its audit batch (0022), taken back whole, each account as it was; refused, saying
// why, when someone changed one of its accounts since; undoing again takes back the change before.
// On SQLite, PostgreSQL and MariaDB.
class TestUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoGivesTheAccountsBackAsTheyWere_data();
    void undoGivesTheAccountsBackAsTheyWere();
    void undoingACreateDeletesTheNewAccounts();
    void undoingAgainTakesBackTheChangeBefore();
    void aChangeSomeoneElseMadeSinceRefusesTheUndo();
    void aPurgedAccountCannotBeBroughtBack();
    void onlyChangesToAccountsAreUndone();
    void nothingToUndoWithoutAChange();

private:
    QList<qint64> createAccounts(int count);
    // Each account as the audit log writes it (its time of change left out), by id.
    QHash<qint64, QJsonObject> snapshot(const QList<qint64> &ids);
    // `change` in a batch of its own, as a job of the console's worker runs it.
    void asOneJob(const std::function<void()> &change);
    UndoPlan lastChange();

    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    std::unique_ptr<bc::CatalogService> m_catalog;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_root = 0;
    qint64 m_customer = 0;
    qint64 m_other = 0;
};

void TestUndo::init()
{
    m_db = bc::test::openFresh(u"undo"_s);
    QVERIFY(m_db);
    m_db->setActingOperator(u"alice"_s);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    m_catalog = std::make_unique<bc::CatalogService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    auto root = m_groups->createRoot(u"MSP"_s);
    QVERIFY(root);
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    auto other = m_groups->create(root->id, u"Fabrikam"_s);
    QVERIFY(customer && other);
    m_root = root->id;
    m_customer = customer->id;
    m_other = other->id;
}

void TestUndo::cleanup()
{
    m_accounts.reset();
    m_catalog.reset();
    m_groups.reset();
    m_db.reset();
}

QList<qint64> TestUndo::createAccounts(int count)
{
    // Licensed, as most are: an entry's before and after hold the account's links too.
    bc::Subscription payg;
    payg.groupId = m_root; // offered to every group below
    payg.name = u"Backup PAYG #%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    auto subscription = m_catalog->addSubscription(payg);
    if (!subscription) {
        qWarning() << describe(subscription.error());
        return {};
    }
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        AccountDraft draft = bc::test::personDraft(u"user%1"_s.arg(i));
        draft.subscriptionIds = {subscription->id};
        auto created = m_accounts->create(m_customer, draft);
        if (!created) {
            qWarning() << describe(created.error());
            return {};
        }
        ids.append(created->id);
    }
    return ids;
}

QHash<qint64, QJsonObject> TestUndo::snapshot(const QList<qint64> &ids)
{
    QHash<qint64, QJsonObject> accounts;
    for (qint64 id : ids) {
        auto account = m_accounts->account(id);
        accounts.insert(id, account ? bc::Json::fromAccount(*account) : QJsonObject {{u"gone"_s, true}});
    }
    return accounts;
}

void TestUndo::asOneJob(const std::function<void()> &change)
{
    bc::AuditBatchScope batch(*m_db);
    change();
}

UndoPlan TestUndo::lastChange()
{
    auto plan = m_accounts->lastChange();
    if (!plan) {
        qWarning() << describe(plan.error());
        return {};
    }
    return plan->value_or(UndoPlan());
}

void TestUndo::undoGivesTheAccountsBackAsTheyWere_data()
{
    QTest::addColumn<Change>("prepare"); // before the change, in a job of its own
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("action");
    const Change nothing = [](AccountService &, const QList<qint64> &, qint64) {
    };
    const auto outcomeOf = [](const BulkOutcome &outcome) {
        if (!outcome.isComplete())
            qWarning() << "the change did not complete"
                       << (outcome.failed.isEmpty() ? QString() : describe(outcome.failed.first().error));
    };
    QTest::newRow("disable") << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.disableAll(ids));
    }) << u"account.disabled"_s;
    QTest::newRow("enable") << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.disableAll(ids));
    }) << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.enableAll(ids));
    }) << u"account.enabled"_s;
    QTest::newRow("delete") << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.removeAll(ids));
    }) << u"account.deleted"_s;
    QTest::newRow("restore") << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.removeAll(ids));
    }) << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.restoreAll(ids));
    }) << u"account.restored"_s;
    QTest::newRow("move to another group")
        << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64 otherGroup) {
               bc::AccountChange change;
               change.groupId = otherGroup;
               outcomeOf(accounts.changeAll(ids, change));
           })
        << u"account.moved"_s;
    QTest::newRow("change quotas") << nothing
                                   << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
                                          bc::AccountChange change;
                                          change.setQuota(bc::Resource::Workstations, {.limit = 3, .overage = 1});
                                          outcomeOf(accounts.changeAll(ids, change));
                                      })
                                   << u"account.changed"_s;
    QTest::newRow("edit one account's contact fields")
        << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
               auto account = accounts.account(ids.first());
               AccountDraft draft = account->draft();
               draft.email = u"someone.else@example.com"_s;
               draft.lastName = u"Byron"_s;
               draft.login = u"ada.byron"_s;
               if (auto updated = accounts.update(ids.first(), draft); !updated)
                   qWarning() << describe(updated.error());
           })
        << u"account.changed"_s;
}

void TestUndo::undoGivesTheAccountsBackAsTheyWere()
{
    QFETCH(Change, prepare);
    QFETCH(Change, change);
    QFETCH(QString, action);
    const QList<qint64> ids = createAccounts(3);
    QCOMPARE(ids.size(), 3);
    asOneJob([&] { prepare(*m_accounts, ids, m_other); });
    const QHash<qint64, QJsonObject> before = snapshot(ids);
    asOneJob([&] { change(*m_accounts, ids, m_other); });
    QVERIFY(snapshot(ids) != before);

    const UndoPlan plan = lastChange();
    QVERIFY2(plan.isPossible(),
             qPrintable(plan.refusals.isEmpty() ? u"nothing to undo"_s : plan.refusals.first().message));
    QCOMPARE(plan.action, action);
    QVERIFY(!plan.logins.isEmpty());
    QVERIFY(plan.groupIds.contains(m_customer));
    QCOMPARE(plan.permissionsNeeded().testFlag(bc::Permission::DeleteAccounts),
             !plan.toRemove.isEmpty() || !plan.toRestore.isEmpty());
    BulkOutcome undone;
    asOneJob([&] { undone = m_accounts->undo(plan); });
    QVERIFY2(!undone.stoppedBy && undone.failed.isEmpty(),
             qPrintable(undone.stoppedBy
                            ? describe(*undone.stoppedBy)
                            : (undone.failed.isEmpty() ? QString() : describe(undone.failed.first().error))));
    QCOMPARE(snapshot(ids), before);
}

void TestUndo::undoingACreateDeletesTheNewAccounts()
{
    QList<qint64> made;
    asOneJob([&] {
        QList<AccountService::NewAccountRequest> requests;
        for (const QString &login : {u"ada"_s, u"bob"_s})
            requests.append({m_customer, bc::test::personDraft(login)});
        auto created = m_accounts->createAll(requests);
        QVERIFY(created);
        for (const Account &account : std::as_const(*created))
            made.append(account.id);
    });
    const UndoPlan plan = lastChange();
    QCOMPARE(plan.action, u"account.created"_s);
    QCOMPARE(plan.toRemove, made);
    asOneJob([&] { QVERIFY(m_accounts->undo(plan).isComplete()); });
    for (qint64 id : std::as_const(made))
        QVERIFY(!m_accounts->account(id));
    // Into the recycle bin, from where they come back.
    auto kept = m_accounts->deletedAccounts(0);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 2);
}

void TestUndo::undoingAgainTakesBackTheChangeBefore()
{
    const QList<qint64> ids = createAccounts(2);
    const QHash<qint64, QJsonObject> start = snapshot(ids);
    asOneJob([&] { QVERIFY(m_accounts->disable(ids.at(0))); });
    const QHash<qint64, QJsonObject> afterFirst = snapshot(ids);
    asOneJob([&] { QVERIFY(m_accounts->remove(ids.at(1))); });

    UndoPlan plan = lastChange();
    QCOMPARE(plan.toRestore, QList<qint64> {ids.at(1)});
    asOneJob([&] { QVERIFY(m_accounts->undo(plan).isComplete()); });
    QCOMPARE(snapshot(ids), afterFirst);

    plan = lastChange();
    QCOMPARE(plan.toEnable, QList<qint64> {ids.at(0)});
    asOneJob([&] { QVERIFY(m_accounts->undo(plan).isComplete()); });
    QCOMPARE(snapshot(ids), start);

    // The accounts were made outside any job's batch (as before 0022): nothing more to undo.
    auto none = m_accounts->lastChange();
    QVERIFY(none);
    QVERIFY(!none->has_value());
}

void TestUndo::aChangeSomeoneElseMadeSinceRefusesTheUndo()
{
    const QList<qint64> ids = createAccounts(2);
    asOneJob([&] { QVERIFY(m_accounts->disableAll(ids).isComplete()); });
    m_db->setActingOperator(u"bob"_s);
    asOneJob([&] { QVERIFY(m_accounts->enable(ids.at(1))); });
    const QHash<qint64, QJsonObject> now = snapshot(ids);
    m_db->setActingOperator(u"alice"_s);

    const UndoPlan plan = lastChange();
    QVERIFY(!plan.isPossible());
    QCOMPARE(plan.refusalCount, 1);
    QVERIFY2(plan.refusals.first().message.contains(u"\"user1\" was changed since"_s),
             qPrintable(plan.refusals.first().message));
    QVERIFY2(plan.refusals.first().message.contains(u"bob"_s), qPrintable(plan.refusals.first().message));
    BulkOutcome refused;
    asOneJob([&] { refused = m_accounts->undo(plan); });
    QVERIFY(refused.stoppedBy);
    QCOMPARE(snapshot(ids), now);
}

void TestUndo::aPurgedAccountCannotBeBroughtBack()
{
    const QList<qint64> ids = createAccounts(1);
    asOneJob([&] { QVERIFY(m_accounts->remove(ids.first())); });
    m_db->setActingOperator(u"bob"_s);
    asOneJob([&] { QVERIFY(m_accounts->purgeAll(ids).isComplete()); });
    m_db->setActingOperator(u"alice"_s);
    const UndoPlan plan = lastChange();
    QVERIFY(!plan.isPossible());
    QVERIFY2(plan.refusals.first().message.contains(u"purged"_s), qPrintable(plan.refusals.first().message));
}

void TestUndo::onlyChangesToAccountsAreUndone()
{
    const QList<qint64> ids = createAccounts(1);
    asOneJob([&] {
        QVERIFY(m_accounts->disable(ids.first()));
        QVERIFY(m_groups->rename(m_other, u"Fabrikam Ltd"_s));
    });
    const UndoPlan plan = lastChange();
    QVERIFY(!plan.isPossible());
    QCOMPARE(plan.toEnable, QList<qint64> {ids.first()});
    QVERIFY2(plan.refusals.first().message.contains(u"Only changes to accounts"_s),
             qPrintable(plan.refusals.first().message));
}

void TestUndo::nothingToUndoWithoutAChange()
{
    auto none = m_accounts->lastChange();
    QVERIFY2(none, none ? "" : qPrintable(describe(none.error())));
    QVERIFY(!none->has_value());
    BulkOutcome outcome = m_accounts->undo(UndoPlan());
    QVERIFY(outcome.stoppedBy);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
