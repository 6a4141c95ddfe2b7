#include "core/domain/fields.h"
#include "core/domain/json.h"
#include "core/domain/timestamps.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountDraft;
using bc::AccountStatus;
using bc::Error;
using bc::Resource;
using bc::test::describe;

namespace {

// What a test account has besides its login and names.
enum class Extras
{
    None,
    PasswordLinksAndQuotas,
    Administrator,
};

} // namespace

Q_DECLARE_METATYPE(Extras)

// The recycle bin (0021_recycle_bin.sql, AccountService::restoreAll …): Delete keeps an account,
// whole, for the database's retention period; its login stays taken; Restore brings back the same
// id, group, quotas, links, password and history; purged by hand or after the period, never by
// hand while its profile is data-locked. On SQLite, PostgreSQL and MariaDB.
class TestRecycleBin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jsonGivesTheAccountBack_data();
    void jsonGivesTheAccountBack();
    void jsonRefusesWhatIsNoAccount_data();
    void jsonRefusesWhatIsNoAccount();
    void restoreBringsBackTheAccountWhole_data();
    void restoreBringsBackTheAccountWhole();
    void theLoginStaysTakenWhileTheAccountIsKept();
    void aNewAccountNeverTakesTheIdOfAKeptOne();
    void aRestoreIsRefusedWhenWhatItNeedsIsGone();
    void aRestoreAsksWhetherItsGrantsMayBeGivenBack();
    void expiredAccountsArePurged();
    void theRetentionPeriodIsChecked_data();
    void theRetentionPeriodIsChecked();
    void aDataLockedAccountIsNeverPurgedByHand();
    void aGroupWithKeptAccountsIsNotDeleted();
    void theListKeepsToTheGroupAsked();

private:
    Account create(const QString &login, qint64 groupId, Extras extras = Extras::None);
    QString passwordHashOf(qint64 id);
    QStringList actionsOf(qint64 id);
    QList<qint64> keptIds(qint64 withinGroup = 0);

    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    std::unique_ptr<bc::CatalogService> m_catalog;
    std::unique_ptr<bc::AccountService> m_accounts;
    qint64 m_customer = 0;
    qint64 m_other = 0;
    qint64 m_subscription = 0;
    qint64 m_securityGroup = 0;
};

void TestRecycleBin::init()
{
    m_db = bc::test::openFresh(u"bin"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    m_catalog = std::make_unique<bc::CatalogService>(*m_db);
    m_accounts = std::make_unique<bc::AccountService>(*m_db);
    auto root = m_groups->createRoot(u"MSP"_s);
    QVERIFY(root);
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    auto other = m_groups->create(root->id, u"Fabrikam"_s);
    QVERIFY(customer && other);
    m_customer = customer->id;
    m_other = other->id;
    auto subscription = m_catalog->addSubscription({.groupId = m_customer, .name = u"Backup PAYG #1001"_s});
    QVERIFY2(subscription, subscription ? "" : qPrintable(describe(subscription.error())));
    m_subscription = subscription->id;
    auto securityGroup = m_catalog->addSecurityGroup(
        {.groupId = m_customer, .name = u"Helpdesk"_s, .permissions = bc::Permission::CreateAccounts});
    QVERIFY2(securityGroup, securityGroup ? "" : qPrintable(describe(securityGroup.error())));
    m_securityGroup = securityGroup->id;
}

void TestRecycleBin::cleanup()
{
    m_accounts.reset();
    m_catalog.reset();
    m_groups.reset();
    m_db.reset();
}

Account TestRecycleBin::create(const QString &login, qint64 groupId, Extras extras)
{
    AccountDraft draft = bc::test::personDraft(login);
    AccountStatus status = AccountStatus::Inactive;
    if (extras == Extras::PasswordLinksAndQuotas) {
        draft.password = u"Correct-Horse-Battery-9"_s;
        draft.subscriptionIds = {m_subscription};
        draft.securityGroupIds = {m_securityGroup};
        draft.quotas[Resource::Workstations] = {.limit = 5, .overage = 2};
        draft.quotas[Resource::Storage] = {.limit = 500'000'000'000, .overage = 0};
        draft.overrides = {u"quota.workstations"_s};
        draft.notificationEmail = login + u"@alerts.example"_s;
        draft.mobile = u"+41791234567"_s;
        status = AccountStatus::Active;
    } else if (extras == Extras::Administrator) {
        draft.password = u"Correct-Horse-Battery-9"_s;
        draft.administrator = true;
        draft.displayName = u"Ada (IT)"_s;
        draft.agentAutoUpdate = false;
        draft.backupLocations = bc::BackupLocations::CloudOnly;
        draft.notificationLevel = bc::NotificationLevel::All;
        status = AccountStatus::Disabled;
    }
    auto created = m_accounts->create(groupId, draft, status);
    if (!created) {
        qWarning() << describe(created.error());
        return {};
    }
    auto read = m_accounts->account(created->id);
    return read ? *read : Account();
}

QString TestRecycleBin::passwordHashOf(qint64 id)
{
    auto query = m_db->run(u"SELECT password_hash FROM accounts WHERE id = ?"_s, {id});
    return query && query->next() ? query->value(0).toString() : u"(no row)"_s;
}

QStringList TestRecycleBin::actionsOf(qint64 id)
{
    auto history = m_accounts->history(id);
    QStringList actions;
    for (const bc::AuditEntry &entry : history ? *history : QList<bc::AuditEntry>())
        actions.append(entry.action);
    return actions;
}

QList<qint64> TestRecycleBin::keptIds(qint64 withinGroup)
{
    auto kept = m_accounts->deletedAccounts(withinGroup);
    if (!kept) {
        qWarning() << describe(kept.error());
        return {-1};
    }
    QList<qint64> ids;
    for (const bc::DeletedAccount &deleted : std::as_const(*kept))
        ids.append(deleted.account.id);
    return ids;
}

void TestRecycleBin::jsonGivesTheAccountBack_data()
{
    QTest::addColumn<Extras>("extras");
    QTest::newRow("inactive, nothing more") << Extras::None;
    QTest::newRow("active, password, links, quotas") << Extras::PasswordLinksAndQuotas;
    QTest::newRow("disabled administrator") << Extras::Administrator;
}

void TestRecycleBin::jsonGivesTheAccountBack()
{
    QFETCH(Extras, extras);
    const Account account = create(u"ada"_s, m_customer, extras);
    QVERIFY(account.id != 0);
    const auto back = bc::Json::toAccount(bc::Json::fromAccount(account));
    QVERIFY(back);
    // Every field fromAccount() writes; its times to the second.
    QCOMPARE(bc::Json::fromAccount(*back), bc::Json::fromAccount(account));
    QCOMPARE(back->draft().quotas, account.quotas);
    QCOMPARE(back->overrides, account.overrides);
    QCOMPARE(back->subscriptionIds, account.subscriptionIds);
    QCOMPARE(back->securityGroupIds, account.securityGroupIds);
    QCOMPARE(back->createdAt.toSecsSinceEpoch(), account.createdAt.toSecsSinceEpoch());
}

void TestRecycleBin::jsonRefusesWhatIsNoAccount_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no id") << u"id"_s << QJsonValue();
    QTest::newRow("no login") << bc::Field::login << QJsonValue(u""_s);
    QTest::newRow("an unknown status") << u"status"_s << QJsonValue(u"sleeping"_s);
    QTest::newRow("an unknown notification level") << bc::Field::notificationLevel << QJsonValue(u"loud"_s);
    QTest::newRow("no quotas") << bc::Field::quotas << QJsonValue(QJsonObject());
    QTest::newRow("a limit that is no number")
        << bc::Field::quotas
        << QJsonValue(QJsonObject {{u"workstations"_s, QJsonObject {{u"limit"_s, u"many"_s}}},
                                   {u"servers"_s, QJsonObject {}},
                                   {u"virtual-machines"_s, QJsonObject {}},
                                   {u"mobile-devices"_s, QJsonObject {}},
                                   {u"m365-mailboxes"_s, QJsonObject {}},
                                   {u"storage"_s, QJsonObject {}}});
}

void TestRecycleBin::jsonRefusesWhatIsNoAccount()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    Account account;
    account.id = 7;
    account.login = u"ada"_s;
    QJsonObject object = bc::Json::fromAccount(account);
    QVERIFY(bc::Json::toAccount(object));
    object.insert(key, value);
    QVERIFY(!bc::Json::toAccount(object));
}

void TestRecycleBin::restoreBringsBackTheAccountWhole_data()
{
    jsonGivesTheAccountBack_data();
}

void TestRecycleBin::restoreBringsBackTheAccountWhole()
{
    QFETCH(Extras, extras);
    const Account before = create(u"ada"_s, m_customer, extras);
    QVERIFY(before.id != 0);
    const QString hash = passwordHashOf(before.id);
    QCOMPARE(hash.isEmpty(), extras == Extras::None);

    QSignalSpy added(m_accounts.get(), &bc::AccountService::accountsAdded);
    QVERIFY(m_accounts->remove(before.id));
    auto gone = m_accounts->account(before.id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    auto kept = m_accounts->deletedAccounts(0);
    QVERIFY2(kept, kept ? "" : qPrintable(describe(kept.error())));
    QCOMPARE(kept->size(), 1);
    QCOMPARE(bc::Json::fromAccount(kept->first().account), bc::Json::fromAccount(before));
    QVERIFY(qAbs(kept->first().deletedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const bc::BulkOutcome outcome = m_accounts->restoreAll({before.id});
    QVERIFY2(outcome.isComplete(), outcome.failed.isEmpty() ? "" : qPrintable(describe(outcome.failed.first().error)));
    QCOMPARE(outcome.changed, QList<qint64> {before.id});
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).value<QList<qint64>>(), QList<qint64> {before.id});
    QCOMPARE(added.first().at(1).value<QList<qint64>>(), QList<qint64> {m_customer});

    auto after = m_accounts->account(before.id);
    QVERIFY2(after, after ? "" : qPrintable(describe(after.error())));
    QCOMPARE(bc::Json::fromAccount(*after), bc::Json::fromAccount(before));
    QCOMPARE(after->createdAt, before.createdAt); // to the millisecond
    QCOMPARE(after->activatedAt, before.activatedAt);
    QCOMPARE(passwordHashOf(before.id), hash);
    QCOMPARE(actionsOf(before.id), (QStringList {u"account.created"_s, u"account.deleted"_s, u"account.restored"_s}));
    QCOMPARE(keptIds(), QList<qint64>());
    // It is in its group's count again.
    auto group = m_groups->group(m_customer);
    QVERIFY(group);
    QCOMPARE(group->accountCount, 1);
}

void TestRecycleBin::theLoginStaysTakenWhileTheAccountIsKept()
{
    const Account ada = create(u"ada"_s, m_customer);
    const Account bob = create(u"bob"_s, m_other);
    QVERIFY(ada.id != 0 && bob.id != 0);
    QVERIFY(m_accounts->remove(ada.id));

    auto availability = m_accounts->checkLogin(u"ADA"_s);
    QVERIFY(availability);
    QVERIFY(!availability->available);
    auto again = m_accounts->create(m_other, bc::test::personDraft(u"ada"_s));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::LoginTaken);
    QCOMPARE(again.error().field, bc::Field::login);
    QVERIFY2(again.error().message.contains(u"recycle bin"_s), qPrintable(again.error().message));
    AccountDraft renamed = bob.draft();
    renamed.login = u"Ada"_s;
    auto updated = m_accounts->update(bob.id, renamed);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::LoginTaken);
    // An account written otherwise is still its own login.
    renamed.login = u"BOB"_s;
    QVERIFY(m_accounts->update(bob.id, renamed));

    const bc::BulkOutcome purged = m_accounts->purgeAll({ada.id});
    QVERIFY(purged.isComplete());
    QCOMPARE(purged.changed, QList<qint64> {ada.id});
    QCOMPARE(actionsOf(ada.id).last(), u"account.purged"_s);
    auto fresh = m_accounts->create(m_other, bc::test::personDraft(u"ada"_s));
    QVERIFY2(fresh, fresh ? "" : qPrintable(describe(fresh.error())));
    // Purged: nothing to restore any more.
    const bc::BulkOutcome restored = m_accounts->restoreAll({ada.id});
    QCOMPARE(restored.failed.size(), 1);
    QCOMPARE(restored.failed.first().error.code, Error::Code::NotFound);
}

void TestRecycleBin::aNewAccountNeverTakesTheIdOfAKeptOne()
{
    // SQLite gives a new row the id after the largest there is: the last account's, once deleted.
    const Account first = create(u"ada"_s, m_customer);
    const Account last = create(u"bob"_s, m_customer);
    QVERIFY(first.id != 0 && last.id > first.id);
    QVERIFY(m_accounts->remove(last.id));
    const Account next = create(u"cyd"_s, m_customer);
    QVERIFY(next.id != 0);
    QVERIFY(next.id != last.id);
    const bc::BulkOutcome outcome = m_accounts->restoreAll({last.id});
    QVERIFY2(outcome.isComplete(), outcome.failed.isEmpty() ? "" : qPrintable(describe(outcome.failed.first().error)));
    auto restored = m_accounts->account(last.id);
    QVERIFY(restored);
    QCOMPARE(restored->login, u"bob"_s);
}

void TestRecycleBin::aRestoreIsRefusedWhenWhatItNeedsIsGone()
{
    const Account ada = create(u"ada"_s, m_customer, Extras::PasswordLinksAndQuotas);
    QVERIFY(ada.id != 0);
    QVERIFY(m_accounts->remove(ada.id));
    // Its subscription was used by nobody else, so it may go now.
    QVERIFY(m_catalog->remove(bc::CatalogKind::Subscription, m_subscription));
    const bc::BulkOutcome outcome = m_accounts->restoreAll({ada.id});
    QCOMPARE(outcome.changed, QList<qint64>());
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.failed.first().error.field, bc::Field::subscriptions);
    QVERIFY2(outcome.failed.first().error.message.contains(u"\"ada\" cannot be restored"_s),
             qPrintable(outcome.failed.first().error.message));
    QCOMPARE(keptIds(), QList<qint64> {ada.id});
    QVERIFY(!m_accounts->account(ada.id));
}

void TestRecycleBin::aRestoreAsksWhetherItsGrantsMayBeGivenBack()
{
    // The front end asks Authority::mayGrant: an operator without the switch may not bring an
    // administrator back, though it may bring back a plain account deleted with it.
    const Account admin = create(u"ada"_s, m_customer, Extras::Administrator);
    const Account plain = create(u"bob"_s, m_customer);
    QVERIFY(m_accounts->removeAll({admin.id, plain.id}).isComplete());
    QList<qint64> asked;
    const auto gate = [&asked](const Account &account) -> bc::Result<void> {
        asked.append(account.id);
        if (account.administrator)
            return std::unexpected(Error {Error::Code::NotAllowed, bc::Field::administrator, u"not yours to give"_s});
        return {};
    };
    const bc::BulkOutcome outcome = m_accounts->restoreAll({admin.id, plain.id}, {}, gate);
    QCOMPARE(outcome.changed, QList<qint64> {plain.id});
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.failed.first().accountId, admin.id);
    QCOMPARE(outcome.failed.first().error.message, u"not yours to give"_s);
    QCOMPARE(asked, (QList<qint64> {admin.id, plain.id}));
    QCOMPARE(keptIds(), QList<qint64> {admin.id});
}

void TestRecycleBin::expiredAccountsArePurged()
{
    auto days = m_accounts->binRetentionDays();
    QVERIFY(days);
    QCOMPARE(*days, 30);
    QVERIFY(m_accounts->setBinRetentionDays(2));
    QCOMPARE(*m_accounts->binRetentionDays(), 2);
    const Account old = create(u"ada"_s, m_customer);
    const Account recent = create(u"bob"_s, m_customer);
    QVERIFY(m_accounts->removeAll({old.id, recent.id}).isComplete());
    // Nothing past the period yet: found out by one read, without a write.
    const quint64 commits = m_db->commits();
    QCOMPARE(*m_accounts->purgeExpired(), 0);
    QCOMPARE(m_db->commits(), commits);
    QCOMPARE(keptIds().size(), 2);
    const QString threeDaysAgo = bc::Timestamps::toStorage(QDateTime::currentDateTimeUtc().addDays(-3));
    const QString oneDayAgo = bc::Timestamps::toStorage(QDateTime::currentDateTimeUtc().addDays(-1));
    QVERIFY(m_db->run(u"UPDATE recycle_bin SET deleted_at = ? WHERE account_id = ?"_s, {threeDaysAgo, old.id}));
    QVERIFY(m_db->run(u"UPDATE recycle_bin SET deleted_at = ? WHERE account_id = ?"_s, {oneDayAgo, recent.id}));

    auto purged = m_accounts->purgeExpired();
    QVERIFY2(purged, purged ? "" : qPrintable(describe(purged.error())));
    QCOMPARE(*purged, 1);
    QCOMPARE(keptIds(), QList<qint64> {recent.id});
    QVERIFY(m_accounts->create(m_customer, bc::test::personDraft(u"ada"_s)));
    QCOMPARE(*m_accounts->purgeExpired(), 0);
}

void TestRecycleBin::theRetentionPeriodIsChecked_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("none") << 0 << false;
    QTest::newRow("negative") << -5 << false;
    QTest::newRow("one day") << 1 << true;
    QTest::newRow("ten years") << 3650 << true;
    QTest::newRow("longer") << 3651 << false;
}

void TestRecycleBin::theRetentionPeriodIsChecked()
{
    QFETCH(int, days);
    QFETCH(bool, accepted);
    auto set = m_accounts->setBinRetentionDays(days);
    QCOMPARE(bool(set), accepted);
    QCOMPARE(*m_accounts->binRetentionDays(), accepted ? days : 30);
    if (!accepted) {
        QCOMPARE(set.error().field, bc::Field::retentionDays);
        QVERIFY(!set.error().isDatabaseProblem());
    }
}

void TestRecycleBin::aDataLockedAccountIsNeverPurgedByHand()
{
    bc::Profile hold;
    hold.groupId = m_customer;
    hold.name = u"Legal hold"_s;
    auto profile = m_catalog->addProfile(hold);
    QVERIFY2(profile, profile ? "" : qPrintable(describe(profile.error())));
    AccountDraft draft = bc::test::personDraft(u"ada"_s);
    draft.profileId = profile->id;
    auto ada = m_accounts->create(m_customer, draft);
    QVERIFY2(ada, ada ? "" : qPrintable(describe(ada.error())));
    QVERIFY(m_accounts->remove(ada->id));
    bc::Profile locked = *profile;
    locked.dataLock = true;
    QVERIFY(m_catalog->updateProfile(locked));

    const bc::BulkOutcome outcome = m_accounts->purgeAll({ada->id});
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.failed.first().error.field, bc::Field::profile);
    QCOMPARE(keptIds(), QList<qint64> {ada->id});
    // Its period passes: it goes.
    QVERIFY(m_db->run(u"UPDATE recycle_bin SET deleted_at = '2000-01-01T00:00:00.000Z'"_s));
    QCOMPARE(*m_accounts->purgeExpired(), 1);
    QCOMPARE(keptIds(), QList<qint64>());
}

void TestRecycleBin::aGroupWithKeptAccountsIsNotDeleted()
{
    auto team = m_groups->create(m_customer, u"Sales"_s);
    QVERIFY(team);
    const Account ada = create(u"ada"_s, team->id);
    QVERIFY(m_accounts->remove(ada.id));
    auto removed = m_groups->remove(team->id);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::NotAllowed);
    QVERIFY2(removed.error().message.contains(u"recycle bin"_s), qPrintable(removed.error().message));
    QVERIFY(m_accounts->purgeAll({ada.id}).isComplete());
    QVERIFY(m_groups->remove(team->id));
}

void TestRecycleBin::theListKeepsToTheGroupAsked()
{
    auto team = m_groups->create(m_customer, u"Sales"_s);
    QVERIFY(team);
    const Account top = create(u"ada"_s, m_customer);
    const Account below = create(u"bob"_s, team->id);
    const Account beside = create(u"cyd"_s, m_other);
    QVERIFY(m_accounts->removeAll({top.id, below.id, beside.id}).isComplete());
    QCOMPARE(keptIds().size(), 3);
    QList<qint64> customer = keptIds(m_customer);
    std::sort(customer.begin(), customer.end());
    QCOMPARE(customer, (QList<qint64> {top.id, below.id}));
    QCOMPARE(keptIds(team->id), QList<qint64> {below.id});
    QCOMPARE(keptIds(m_other), QList<qint64> {beside.id});
}

QTEST_GUILESS_MAIN(TestRecycleBin)
#include "tst_recyclebin.moc"
