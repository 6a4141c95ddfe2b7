#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountChange;
using bc::AccountDraft;
using bc::BulkOutcome;
using bc::Error;
using bc::Quota;
using bc::Resource;

Q_DECLARE_METATYPE(bc::Error::Code)

namespace {

using bc::test::describe;

// What a row of the table changes, with the catalog item the fixture made for it.
enum class Kind
{
    Profile,
    NoProfile,
    Storage,
    StorageQuota,
    AddSubscription,
    RemoveSubscription,
    AddSecurityGroup,
    RemoveSecurityGroup,
    Move,
};

} // namespace

Q_DECLARE_METATYPE(Kind)

// Account → Change… and Move to group… on a selection (AccountService::changeAll): each account
// checked by the rules of an edit in the group it ends up in, a refusal refusing that account only,
// one audit entry per changed account, nothing written for one already as asked; and the accounts
// of a list's filter (AccountService::selected).
class TestAccountChanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachChangeReachesEveryAccountWithItsOwnAuditEntry_data();
    void eachChangeReachesEveryAccountWithItsOwnAuditEntry();
    void aMoveIsAnnouncedAsLeavingOneGroupAndJoiningAnother();
    void aMoveRefusesWhatTheNewGroupDoesNotOfferOrAllow_data();
    void aMoveRefusesWhatTheNewGroupDoesNotOfferOrAllow();
    void aDataLockedAccountKeepsItsProfileAndLicenses();
    void selectedReadsEveryAccountOfTheFilter_data();
    void selectedReadsEveryAccountOfTheFilter();

private:
    qint64 create(const QString &login, qint64 groupId, const std::function<void(AccountDraft &)> &fill = {});
    AccountChange changeOf(Kind kind) const;
    Account stored(qint64 id);
    int auditCount(const QString &action);
    int accountCount(qint64 groupId);

    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    std::unique_ptr<bc::CatalogService> m_catalog;
    std::unique_ptr<bc::AccountService> m_accounts;
    qint64 m_customer = 0; // Contoso, with the catalog
    qint64 m_branch = 0; // Contoso / Branch: everything of Contoso is offered there too
    qint64 m_other = 0; // Fabrikam: nothing of Contoso's, a storage limit of 10 GB
    qint64 m_profile = 0;
    qint64 m_lockedProfile = 0;
    qint64 m_storage = 0;
    qint64 m_subscription = 0;
    qint64 m_securityGroup = 0;
};

void TestAccountChanges::init()
{
    const QString location = bc::test::freshLocation(u"changes"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::Database::open(location);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    m_db = std::move(*db);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    m_catalog = std::make_unique<bc::CatalogService>(*m_db);
    m_accounts = std::make_unique<bc::AccountService>(*m_db);
    auto root = m_groups->createRoot(u"MSP"_s);
    QVERIFY(root);
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    QVERIFY(customer);
    auto branch = m_groups->create(customer->id, u"Branch"_s);
    bc::Quotas limits;
    limits[Resource::Storage] = Quota {10LL << 30, 0};
    auto other = m_groups->create(root->id, u"Fabrikam"_s, limits);
    QVERIFY(branch && other);
    m_customer = customer->id;
    m_branch = branch->id;
    m_other = other->id;

    bc::Profile standard;
    standard.groupId = m_customer;
    standard.name = u"Standard"_s;
    standard.quotas[Resource::Workstations] = Quota {3, 0};
    auto profile = m_catalog->addProfile(standard);
    bc::Profile locked;
    locked.groupId = m_customer;
    locked.name = u"Legal hold"_s;
    locked.dataLock = true;
    auto lockedProfile = m_catalog->addProfile(locked);
    bc::Storage storage;
    storage.groupId = m_customer;
    storage.name = u"Frankfurt"_s;
    storage.region = u"eu-central"_s;
    auto addedStorage = m_catalog->addStorage(storage);
    bc::Subscription payg;
    payg.groupId = m_customer;
    payg.name = u"Backup PAYG #1001"_s;
    auto subscription = m_catalog->addSubscription(payg);
    bc::SecurityGroup helpdesk;
    helpdesk.groupId = m_customer;
    helpdesk.name = u"Helpdesk"_s;
    helpdesk.permissions = bc::Permission::CreateAccounts;
    auto securityGroup = m_catalog->addSecurityGroup(helpdesk);
    QVERIFY(profile && lockedProfile && addedStorage && subscription && securityGroup);
    m_profile = profile->id;
    m_lockedProfile = lockedProfile->id;
    m_storage = addedStorage->id;
    m_subscription = subscription->id;
    m_securityGroup = securityGroup->id;
}

void TestAccountChanges::cleanup()
{
    m_accounts.reset();
    m_catalog.reset();
    m_groups.reset();
    m_db.reset();
}

qint64 TestAccountChanges::create(const QString &login, qint64 groupId, const std::function<void(AccountDraft &)> &fill)
{
    AccountDraft draft;
    draft.login = login;
    draft.email = login + u"@example.com"_s;
    // Within Fabrikam's limit, so that a move there is refused only for what a test sets.
    draft.quotas[Resource::Storage] = Quota {1LL << 30, 0};
    if (fill)
        fill(draft);
    auto created = m_accounts->create(groupId, draft);
    if (!created) {
        qWarning() << describe(created.error());
        return 0;
    }
    return created->id;
}

AccountChange TestAccountChanges::changeOf(Kind kind) const
{
    AccountChange change;
    switch (kind) {
    case Kind::Profile:
        change.profileId = m_profile;
        break;
    case Kind::NoProfile:
        change.profileId = 0;
        break;
    case Kind::Storage:
        change.storageId = m_storage;
        break;
    case Kind::StorageQuota:
        change.setQuota(Resource::Storage, Quota {5LL << 30, 1LL << 30});
        break;
    case Kind::AddSubscription:
        change.addSubscriptions = {m_subscription};
        break;
    case Kind::RemoveSubscription:
        change.removeSubscriptions = {m_subscription};
        break;
    case Kind::AddSecurityGroup:
        change.addSecurityGroups = {m_securityGroup};
        break;
    case Kind::RemoveSecurityGroup:
        change.removeSecurityGroups = {m_securityGroup};
        break;
    case Kind::Move:
        change.groupId = m_branch;
        break;
    }
    return change;
}

Account TestAccountChanges::stored(qint64 id)
{
    auto account = m_accounts->account(id);
    if (!account) {
        qWarning() << describe(account.error());
        return {};
    }
    return *account;
}

int TestAccountChanges::auditCount(const QString &action)
{
    auto query = m_db->run(u"SELECT count(*) FROM audit_log WHERE action = ?"_s, {action});
    return query && query->next() ? query->value(0).toInt() : -1;
}

int TestAccountChanges::accountCount(qint64 groupId)
{
    auto query = m_db->run(u"SELECT account_count FROM groups WHERE id = ?"_s, {groupId});
    return query && query->next() ? query->value(0).toInt() : -1;
}

void TestAccountChanges::eachChangeReachesEveryAccountWithItsOwnAuditEntry_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("action"); // of the audit entries

    QTest::newRow("profile") << Kind::Profile << u"account.changed"_s;
    QTest::newRow("no profile") << Kind::NoProfile << u"account.changed"_s;
    QTest::newRow("storage") << Kind::Storage << u"account.changed"_s;
    QTest::newRow("storage quota") << Kind::StorageQuota << u"account.changed"_s;
    QTest::newRow("add a subscription") << Kind::AddSubscription << u"account.changed"_s;
    QTest::newRow("remove a subscription") << Kind::RemoveSubscription << u"account.changed"_s;
    QTest::newRow("add a security group") << Kind::AddSecurityGroup << u"account.changed"_s;
    QTest::newRow("remove a security group") << Kind::RemoveSecurityGroup << u"account.changed"_s;
    QTest::newRow("move to a subgroup") << Kind::Move << u"account.moved"_s;
}

void TestAccountChanges::eachChangeReachesEveryAccountWithItsOwnAuditEntry()
{
    QFETCH(Kind, kind);
    QFETCH(QString, action);
    // Three accounts as they start, and a fourth that is as the change asks already.
    const auto plain = [this, kind](AccountDraft &draft) {
        if (kind == Kind::NoProfile)
            draft.profileId = m_profile;
        if (kind == Kind::RemoveSubscription)
            draft.subscriptionIds = {m_subscription};
        if (kind == Kind::RemoveSecurityGroup)
            draft.securityGroupIds = {m_securityGroup};
    };
    QList<qint64> ids;
    for (const QString &login : {u"ada"_s, u"bob"_s, u"cyd"_s})
        ids.append(create(login, m_customer, plain));
    qint64 done = 0;
    if (kind == Kind::Move) {
        done = create(u"dee"_s, m_branch);
    } else {
        done = create(u"dee"_s, m_customer, plain);
        QVERIFY(m_accounts->changeAll({done}, changeOf(kind)).isComplete());
    }
    QVERIFY(!ids.contains(0) && done != 0);
    const int entriesBefore = auditCount(action);
    QSignalSpy changedSpy(m_accounts.get(), &bc::AccountService::accountsChanged);

    const BulkOutcome outcome = m_accounts->changeAll(ids + QList<qint64> {done}, changeOf(kind));

    QVERIFY2(outcome.isComplete(), outcome.failed.isEmpty() ? "" : qPrintable(outcome.failed.first().error.message));
    QCOMPARE(outcome.changed, ids);
    QCOMPARE(outcome.unchanged, QList<qint64> {done});
    QCOMPARE(auditCount(action) - entriesBefore, ids.size());
    QCOMPARE(changedSpy.size(), kind == Kind::Move ? 0 : 1);
    const Account expected = stored(done);
    for (qint64 id : ids) {
        const Account account = stored(id);
        QCOMPARE(account.groupId, expected.groupId);
        QCOMPARE(account.profileId, expected.profileId);
        QCOMPARE(account.storageId, expected.storageId);
        QCOMPARE(account.quotas, expected.quotas);
        QCOMPARE(account.subscriptionIds, expected.subscriptionIds);
        QCOMPARE(account.securityGroupIds, expected.securityGroupIds);
    }
    // The change is what the row says, not nothing.
    const Account before = stored(create(u"eve"_s, m_customer, plain));
    QVERIFY(before.groupId != expected.groupId || before.profileId != expected.profileId
            || before.storageId != expected.storageId || before.quotas != expected.quotas
            || before.subscriptionIds != expected.subscriptionIds
            || before.securityGroupIds != expected.securityGroupIds);
}

void TestAccountChanges::aMoveIsAnnouncedAsLeavingOneGroupAndJoiningAnother()
{
    const qint64 ada = create(u"ada"_s, m_customer);
    const qint64 bob = create(u"bob"_s, m_customer, [this](AccountDraft &draft) { draft.storageId = m_storage; });
    QVERIFY(ada && bob);
    const int customerBefore = accountCount(m_customer);
    QSignalSpy removed(m_accounts.get(), &bc::AccountService::accountsRemoved);
    QSignalSpy added(m_accounts.get(), &bc::AccountService::accountsAdded);

    const BulkOutcome outcome = m_accounts->changeAll({ada, bob}, [this] {
        AccountChange change;
        change.groupId = m_other;
        return change;
    }());

    QVERIFY2(outcome.isComplete(), outcome.failed.isEmpty() ? "" : qPrintable(outcome.failed.first().error.message));
    QCOMPARE(accountCount(m_customer), customerBefore - 2);
    QCOMPARE(accountCount(m_other), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).value<QList<qint64>>(), (QList<qint64> {ada, bob}));
    QCOMPARE(removed.first().at(1).value<QList<qint64>>(), (QList<qint64> {m_customer, m_customer}));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(1).value<QList<qint64>>(), (QList<qint64> {m_other, m_other}));
    // Fabrikam does not offer Contoso's storage: Bob takes Fabrikam's default, as a new account would.
    QCOMPARE(stored(bob).groupId, m_other);
    QVERIFY(stored(bob).storageId != m_storage);
    QCOMPARE(stored(bob).storageId, stored(ada).storageId);
}

void TestAccountChanges::aMoveRefusesWhatTheNewGroupDoesNotOfferOrAllow_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");

    QTest::newRow("a profile it does not offer") << u"profile"_s << u"profile"_s;
    QTest::newRow("a subscription it does not offer") << u"subscription"_s << u"subscriptions"_s;
    QTest::newRow("a quota above its limit") << u"quota"_s << u"quota.storage"_s;
}

void TestAccountChanges::aMoveRefusesWhatTheNewGroupDoesNotOfferOrAllow()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    const qint64 plain = create(u"ada"_s, m_customer);
    const qint64 refused = create(u"bob"_s, m_customer, [this, what](AccountDraft &draft) {
        if (what == u"profile")
            draft.profileId = m_profile;
        if (what == u"subscription")
            draft.subscriptionIds = {m_subscription};
        if (what == u"quota") {
            draft.quotas[Resource::Storage] = Quota {20LL << 30, 0};
        }
    });
    QVERIFY(plain && refused);
    const Account before = stored(refused);
    AccountChange change;
    change.groupId = m_other;

    const BulkOutcome outcome = m_accounts->changeAll({plain, refused}, change);

    QCOMPARE(outcome.changed, QList<qint64> {plain});
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.failed.first().accountId, refused);
    QVERIFY2(outcome.failed.first().error.field.startsWith(field), qPrintable(outcome.failed.first().error.field));
    QVERIFY(!outcome.failed.first().error.message.isEmpty());
    const Account after = stored(refused);
    QCOMPARE(after.groupId, m_customer);
    QCOMPARE(after.updatedAt, before.updatedAt);
}

void TestAccountChanges::aDataLockedAccountKeepsItsProfileAndLicenses()
{
    const qint64 locked = create(u"ada"_s, m_customer, [this](AccountDraft &draft) {
        draft.profileId = m_lockedProfile;
        draft.subscriptionIds = {m_subscription};
    });
    const qint64 plain = create(u"bob"_s, m_customer);
    QVERIFY(locked && plain);

    AccountChange profile;
    profile.profileId = m_profile;
    const BulkOutcome changed = m_accounts->changeAll({locked, plain}, profile);
    QCOMPARE(changed.changed, QList<qint64> {plain});
    QCOMPARE(changed.failed.size(), 1);
    QCOMPARE(changed.failed.first().error.code, Error::Code::NotAllowed);

    AccountChange licenses;
    licenses.removeSubscriptions = {m_subscription};
    const BulkOutcome removed = m_accounts->changeAll({locked}, licenses);
    QCOMPARE(removed.failed.size(), 1);
    QCOMPARE(stored(locked).profileId, m_lockedProfile);
    QCOMPARE(stored(locked).subscriptionIds, QList<qint64> {m_subscription});
}

void TestAccountChanges::selectedReadsEveryAccountOfTheFilter_data()
{
    QTest::addColumn<QString>("status"); // a StatusFilter key, or empty
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("subgroups");

    QTest::newRow("the group") << QString() << QString() << false;
    QTest::newRow("with its subgroups") << QString() << QString() << true;
    QTest::newRow("disabled") << u"disabled"_s << QString() << true;
    QTest::newRow("unlicensed") << u"unlicensed"_s << QString() << true;
    QTest::newRow("a prefix") << QString() << u"us"_s << true;
    QTest::newRow("a substring") << QString() << u"ser01"_s << true;
}

void TestAccountChanges::selectedReadsEveryAccountOfTheFilter()
{
    QFETCH(QString, status);
    QFETCH(QString, search);
    QFETCH(bool, subgroups);
    QList<qint64> made;
    for (int i = 0; i < 30; ++i) {
        made.append(create(u"user%1"_s.arg(i, 3, 10, QChar(u'0')), i % 3 == 0 ? m_branch : m_customer,
                           [this, i](AccountDraft &draft) {
                               if (i % 2 == 0)
                                   draft.subscriptionIds = {m_subscription};
                           }));
    }
    create(u"elsewhere"_s, m_other);
    QVERIFY(m_accounts->disableAll(made.mid(0, 7)).isComplete());
    bc::AccountQuery query;
    query.groupId = m_customer;
    query.includeSubgroups = subgroups;
    query.search = search;
    QVERIFY(bc::StatusFilter::apply(query, status));
    query.sortColumn = bc::AccountColumn::Email;
    query.sortOrder = Qt::DescendingOrder;
    // What the list shows, every page of it.
    auto count = m_accounts->count(query);
    QVERIFY(count);
    auto page = m_accounts->page(query, 0, 1000);
    QVERIFY(page);
    QList<qint64> listed;
    for (const Account &account : std::as_const(*page))
        listed.append(account.id);
    std::sort(listed.begin(), listed.end());
    QVERIFY(!listed.isEmpty());

    auto selected = m_accounts->selected(bc::AccountSelection::allOf(query, *count));

    QVERIFY2(selected, selected ? "" : qPrintable(describe(selected.error())));
    QCOMPARE(*selected, listed);
    QCOMPARE(selected->size(), *count);
    // Picked ones are what was picked.
    QCOMPARE(*m_accounts->selected(bc::AccountSelection::of({made[4], made[2]})), (QList<qint64> {made[4], made[2]}));
}

QTEST_GUILESS_MAIN(TestAccountChanges)
#include "tst_accountchanges.moc"
