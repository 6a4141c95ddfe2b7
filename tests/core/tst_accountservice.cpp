#include "core/services/accountservice.h"
#include "tests/common/fixture.h"

#include "core/platform/systemaccount.h"
#include "core/rules/accountrules.h"
#include "core/rules/profilerules.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/accountlistquery.h"
#include "core/storage/accountpageloader.h"
#include "core/storage/auditstore.h"
#include "core/storage/databasestatements.h"
#include "core/storage/outboxstore.h"
#include "tests/common/testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountColumn;
using bc::AccountDraft;
using bc::AccountQuery;
using bc::AccountStatus;
using bc::Error;
using bc::Quotas;
using bc::Resource;

Q_DECLARE_METATYPE(bc::AccountColumn)
Q_DECLARE_METATYPE(bc::Error::Code)
Q_DECLARE_METATYPE(bc::AccountStatus)

namespace {

using bc::test::describe;

AccountDraft draftFor(const QString &login, const QString &email = QString())
{
    AccountDraft draft;
    draft.login = login;
    draft.email = email.isEmpty() ? login + u"@example.com"_s : email;
    return draft;
}

// The order SQLite's BINARY collation gives text: by UTF-8 bytes.
using SortKey = std::variant<qint64, QByteArray>;

SortKey sortKey(const Account &account, AccountColumn column)
{
    switch (column) {
    case AccountColumn::Login:
        return bc::AccountRules::loginKey(account.login).toUtf8();
    case AccountColumn::Name:
        return account.displayName.toUtf8();
    case AccountColumn::Email:
        return account.email.toUtf8();
    case AccountColumn::Status:
        return bc::toKey(account.status).toUtf8();
    case AccountColumn::Administrator:
        return qint64(account.administrator ? 1 : 0);
    case AccountColumn::StorageQuota:
        return account.quotas[Resource::Storage].limit.value_or(std::numeric_limits<qint64>::max());
    case AccountColumn::Created:
        return account.createdAt.toMSecsSinceEpoch();
    }
    return qint64(0);
}

} // namespace

class TestAccountService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createSavesAnInactiveAccountWithEveryField();
    void theCreatedAccountIsTheStoredOne_data();
    void theCreatedAccountIsTheStoredOne();
    void theListsWorkerReadsActivationStatesOnceNoRequestWaits();
    void createAcceptsAnAccountWithoutNames();
    void createRefusesALoginThatDiffersOnlyInCaseOrWidth_data();
    void createRefusesALoginThatDiffersOnlyInCaseOrWidth();
    void checkLoginSuggestsTheNextFreeVariant();
    void severalLoginsMayShareOneEmail();
    void createRefusesInvalidDraftsNamingTheField_data();
    void createRefusesInvalidDraftsNamingTheField();
    void createRefusesQuotasAboveTheGroupOrAnAncestor();
    void createRefusesAMissingGroup_data();
    void createRefusesAMissingGroup();
    void validateListsEveryProblemWithoutSaving();
    void createAllMakesEveryAccountOrNone();
    void everyChangeWritesExactlyOneAuditEntry();
    void enableReturnsAnAccountToWhereItWas();
    void changingNothingWritesNothingAndAnnouncesNothing();
    void missingAccountsAreNotFound();
    void countAndPageFilterByGroupStatusAndSearch_data();
    void countAndPageFilterByGroupStatusAndSearch();
    void pageSortsByEveryColumnBothWaysAndRowOfAgrees_data();
    void pageSortsByEveryColumnBothWaysAndRowOfAgrees();
    void pagesJoinUpToTheWholeList();
    void readAllReadsTheWholeListPageByPage_data();
    void readAllReadsTheWholeListPageByPage();
    void readAllStopsWhenAskedTo();
    void rowOfIsMinusOneForAnAccountOutsideTheFilter();
    void racingConnectionsCreateALoginExactlyOnce_data();
    void racingConnectionsCreateALoginExactlyOnce();

private:
    void fillListFixture();
    int auditCount(const QString &action = QString());

    QString m_location;
    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    std::unique_ptr<bc::AccountService> m_accounts;
    qint64 m_root = 0;
    qint64 m_customer = 0;
    qint64 m_unit = 0;
    qint64 m_other = 0;
};

void TestAccountService::init()
{
    m_location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::Database::open(m_location);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(describe(db.error())));
    m_db = std::move(*db);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    m_accounts = std::make_unique<bc::AccountService>(*m_db);
    auto root = m_groups->createRoot(u"MSP"_s);
    QVERIFY(root);
    m_root = root->id;
    auto customer = m_groups->create(m_root, u"Contoso"_s);
    QVERIFY(customer);
    m_customer = customer->id;
    auto unit = m_groups->create(m_customer, u"Sales"_s);
    QVERIFY(unit);
    m_unit = unit->id;
    auto other = m_groups->create(m_root, u"Fabrikam"_s);
    QVERIFY(other);
    m_other = other->id;
}

void TestAccountService::cleanup()
{
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

int TestAccountService::auditCount(const QString &action)
{
    auto query = action.isEmpty() ? m_db->run(u"SELECT count(*) FROM audit_log WHERE object_type = 'account'"_s)
                                  : m_db->run(u"SELECT count(*) FROM audit_log WHERE action = ?"_s, {action});
    return query && query->next() ? query->value(0).toInt() : -1;
}

void TestAccountService::createSavesAnInactiveAccountWithEveryField()
{
    AccountDraft draft;
    draft.login = u"  Chloé.Dubois  "_s;
    draft.email = u"chloe@contoso.com"_s;
    draft.firstName = u"Chloé"_s;
    draft.lastName = u"Dubois"_s;
    draft.administrator = true;
    draft.phone = u"+44 20 7946 0958"_s;
    draft.address = u"1 Main Street, London"_s;
    draft.agentAutoUpdate = false;
    draft.quotas[Resource::Workstations] = {3, 1};
    draft.quotas[Resource::Servers] = {0, 0};
    draft.quotas[Resource::VirtualMachines] = {std::nullopt, 2};
    draft.quotas[Resource::MobileDevices] = {std::nullopt, 0};
    draft.quotas[Resource::M365Mailboxes] = {25, 5};
    draft.quotas[Resource::Storage] = {1'649'267'441'664, 10LL << 30};
    draft.backupLocations = bc::BackupLocations::CloudOnly;
    draft.notificationLevel = bc::NotificationLevel::All;
    draft.businessNotifications = false;

    QSignalSpy added(m_accounts.get(), &bc::AccountService::accountAdded);
    auto created = m_accounts->create(m_unit, draft);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<Account>().id, created->id);

    auto stored = m_accounts->account(created->id);
    QVERIFY(stored);
    for (const Account &account : {*created, *stored}) {
        QVERIFY(account.id > 0);
        QCOMPARE(account.groupId, m_unit);
        QCOMPARE(account.login, u"Chloé.Dubois"_s);
        QCOMPARE(account.email, draft.email);
        QCOMPARE(account.firstName, draft.firstName);
        QCOMPARE(account.lastName, draft.lastName);
        QCOMPARE(account.displayName, u"Chloé Dubois"_s);
        QCOMPARE(account.administrator, true);
        QCOMPARE(account.agentAutoUpdate, false);
        QCOMPARE(account.businessNotifications, false);
        QCOMPARE(account.backupLocations, bc::BackupLocations::CloudOnly);
        QCOMPARE(account.notificationLevel, bc::NotificationLevel::All);
        QVERIFY(account.quotas == draft.quotas);
        QVERIFY(account.quotas[Resource::VirtualMachines].isUnlimited());
        QCOMPARE(account.status, AccountStatus::Inactive);
        QVERIFY(account.createdAt.isValid());
        QCOMPARE(account.updatedAt, account.createdAt);
        QVERIFY(!account.activatedAt.isValid());
        QVERIFY(qAbs(account.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    auto found = m_accounts->findByLogin(u"CHLOÉ.DUBOIS"_s);
    QVERIFY(found && *found);
    QCOMPARE((*found)->id, created->id);

    // Defaults round-trip too.
    auto plain = m_accounts->create(m_unit, draftFor(u"plain"_s));
    QVERIFY(plain);
    const Account reread = *m_accounts->account(plain->id);
    QCOMPARE(reread.agentAutoUpdate, true);
    QCOMPARE(reread.businessNotifications, true);
    QCOMPARE(reread.notificationLevel, bc::NotificationLevel::Less);
    QCOMPARE(reread.backupLocations, bc::BackupLocations::LocalAndCloud);
    QVERIFY(reread.quotas == Quotas());
}

void TestAccountService::theCreatedAccountIsTheStoredOne_data()
{
    QTest::addColumn<bool>("full");
    QTest::addColumn<AccountStatus>("status");
    QTest::addColumn<QString>("password");
    QTest::newRow("defaults, inactive") << false << AccountStatus::Inactive << QString();
    QTest::newRow("every field, active") << true << AccountStatus::Active << QString();
    QTest::newRow("every field, inactive, with a password")
        << true << AccountStatus::Inactive << u"correct horse battery staple"_s;
}

void TestAccountService::theCreatedAccountIsTheStoredOne()
{
    // What create() gives is what a reader of the row gets, field by field: on PostgreSQL it is
    // not read back (AccountStore::asStored), elsewhere it is.
    QFETCH(bool, full);
    QFETCH(AccountStatus, status);
    QFETCH(QString, password);
    AccountDraft draft =
        draftFor(u"stored.%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'.').remove(u','));
    draft.password = password;
    if (full) {
        bc::CatalogService catalog(*m_db);
        bc::Profile profile;
        profile.groupId = m_customer;
        profile.name = u"Standard"_s;
        auto addedProfile = catalog.addProfile(profile);
        QVERIFY2(addedProfile, addedProfile ? "" : qPrintable(describe(addedProfile.error())));
        auto addedStorage = catalog.addStorage({0, m_customer, u"EU West"_s, u"Frankfurt"_s});
        QVERIFY2(addedStorage, addedStorage ? "" : qPrintable(describe(addedStorage.error())));
        draft.profileId = addedProfile->id;
        draft.storageId = addedStorage->id;
        draft.overrides = {bc::ProfileRules::quotaKey(Resource::Workstations)};
        draft.firstName = u"Zoë"_s;
        draft.lastName = u"Ångström"_s;
        draft.displayName = u"Dr. Zoë Ångström"_s;
        draft.notificationEmail = u"alerts@example.com"_s;
        draft.mobile = u"+491701234567"_s;
        draft.administrator = true;
        draft.phone = u"+44 20 7946 0958"_s;
        draft.address = u"1 Main Street, London"_s;
        draft.agentAutoUpdate = false;
        draft.quotas[Resource::Workstations] = {3, 1};
        draft.quotas[Resource::Storage] = {1'649'267'441'664, 10LL << 30};
        draft.backupLocations = bc::BackupLocations::CloudOnly;
        draft.notificationLevel = bc::NotificationLevel::Off;
        draft.businessNotifications = false;
    }
    auto created = m_accounts->create(m_unit, draft, status);
    QVERIFY2(created, created ? "" : qPrintable(describe(created.error())));
    auto stored = m_accounts->account(created->id);
    QVERIFY2(stored, stored ? "" : qPrintable(describe(stored.error())));
    const Account &a = *created;
    const Account &b = *stored;
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.groupId, b.groupId);
    QCOMPARE(a.login, b.login);
    QCOMPARE(a.email, b.email);
    QCOMPARE(a.firstName, b.firstName);
    QCOMPARE(a.lastName, b.lastName);
    QCOMPARE(a.displayName, b.displayName);
    QCOMPARE(a.notificationEmail, b.notificationEmail);
    QCOMPARE(a.mobile, b.mobile);
    QCOMPARE(a.phone, b.phone);
    QCOMPARE(a.address, b.address);
    QCOMPARE(a.administrator, b.administrator);
    QCOMPARE(a.agentAutoUpdate, b.agentAutoUpdate);
    QVERIFY(a.quotas == b.quotas);
    QCOMPARE(a.backupLocations, b.backupLocations);
    QCOMPARE(a.notificationLevel, b.notificationLevel);
    QCOMPARE(a.businessNotifications, b.businessNotifications);
    QCOMPARE(a.profileId, b.profileId);
    QCOMPARE(a.storageId, b.storageId);
    QCOMPARE(a.overrides, b.overrides);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.activatedAt, b.activatedAt);
    QCOMPARE(a.hasPassword, b.hasPassword);
    QCOMPARE(a.hasPassword, !password.isEmpty());
    QCOMPARE(a.subscriptionCount, b.subscriptionCount);
    if (full)
        QVERIFY(a.profileId != 0 && a.storageId != 0 && !a.overrides.isEmpty());
}

void TestAccountService::theListsWorkerReadsActivationStatesOnceNoRequestWaits()
{
    // A page's activation states are read once the connection was quiet a moment, and not while a
    // request waits (AccountPages counts them). Driven here on this thread, step by step.
    auto mailed = m_accounts->create(m_unit, draftFor(u"mailed"_s)); // inactive: its email is queued
    QVERIFY(mailed);
    for (int i = 0; i < 9; ++i)
        QVERIFY(m_accounts->create(m_unit, draftFor(u"user%1"_s.arg(i)), AccountStatus::Active));
    bc::AccountPageLoader loader(m_location);
    loader.setReadsActivation(true);
    QStringList events;
    QList<qint64> read;
    QHash<qint64, bc::ActivationState> states;
    connect(&loader, &bc::AccountPageLoader::loaded, this,
            [&](quint64, int, int, const QList<Account> &, const QHash<qint64, int> &) { events.append(u"page"_s); });
    connect(&loader, &bc::AccountPageLoader::fetched, this,
            [&](quint64, quint64, int, const QList<Account> &) { events.append(u"page"_s); });
    connect(&loader, &bc::AccountPageLoader::activationRead, this,
            [&](quint64, const QList<qint64> &ids, const QHash<qint64, bc::ActivationState> &found) {
                events.append(u"states"_s);
                read += ids;
                states.insert(found);
            });
    AccountQuery query;
    query.sortColumn = AccountColumn::Login;
    loader.load(1, query, 0, 5, {});
    // A second page asked for meanwhile, and still waiting when the connection has been quiet
    // long enough for the details: it goes before them all the same.
    loader.requestQueued();
    QTimer::singleShot(3 * bc::AccountPageLoader::idleMs, &loader, [&loader, query] {
        loader.requestStarts();
        loader.fetch(1, 0, query, 5, 5);
        loader.requestDone();
    });
    QTRY_VERIFY(events.contains(u"states"_s));
    QTest::qWait(20);
    QCOMPARE(events, QStringList({u"page"_s, u"page"_s, u"states"_s}));
    QCOMPARE(read.size(), 10);
    QVERIFY(read.contains(mailed->id));
    QCOMPARE(states.size(), 1);
    QVERIFY(states.value(mailed->id).hasMessage);
}

void TestAccountService::createAcceptsAnAccountWithoutNames()
{
    AccountDraft draft = draftFor(u"nameless"_s);
    QVERIFY(draft.firstName.isNull());
    auto created = m_accounts->create(m_unit, draft);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
    QCOMPARE(created->displayName, u""_s);
}

void TestAccountService::createRefusesALoginThatDiffersOnlyInCaseOrWidth_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("same") << u"alice"_s;
    QTest::newRow("upper case") << u"ALICE"_s;
    QTest::newRow("fullwidth") << u"ＡＬＩＣＥ"_s;
    QTest::newRow("blanks around") << u" Alice "_s;
}

void TestAccountService::createRefusesALoginThatDiffersOnlyInCaseOrWidth()
{
    QFETCH(QString, login);
    QVERIFY(m_accounts->create(m_unit, draftFor(u"alice"_s)));
    QSignalSpy added(m_accounts.get(), &bc::AccountService::accountAdded);
    // Another organization does not matter: logins are unique across the database.
    auto duplicate = m_accounts->create(m_other, draftFor(login, u"other@example.com"_s));
    QVERIFY(!duplicate.has_value());
    QVERIFY2(duplicate.error().code == Error::Code::LoginTaken, qPrintable(describe(duplicate.error())));
    QCOMPARE(duplicate.error().field, u"login"_s);
    QVERIFY2(duplicate.error().message.contains(login.trimmed() + u'2'), qPrintable(duplicate.error().message));
    QCOMPARE(added.count(), 0);
    QCOMPARE(*m_accounts->count({}), 1);
    QCOMPARE(auditCount(), 1);
}

void TestAccountService::checkLoginSuggestsTheNextFreeVariant()
{
    auto free = m_accounts->checkLogin(u"bob7"_s);
    QVERIFY(free);
    QVERIFY(free->available);
    QVERIFY(free->suggestion.isEmpty());
    QVERIFY(m_accounts->create(m_unit, draftFor(u"bob7"_s)));
    QVERIFY(m_accounts->create(m_unit, draftFor(u"bob8"_s)));
    auto taken = m_accounts->checkLogin(u"BOB7"_s);
    QVERIFY(taken);
    QVERIFY(!taken->available);
    QCOMPARE(taken->suggestion, u"BOB9"_s);
}

void TestAccountService::severalLoginsMayShareOneEmail()
{
    for (const QString &login : {u"anna"_s, u"anna.admin"_s, u"anna-test"_s}) {
        auto created = m_accounts->create(m_unit, draftFor(login, u"anna@contoso.com"_s));
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
    }
    AccountQuery query;
    query.search = u"anna@contoso.com"_s;
    QCOMPARE(*m_accounts->count(query), 3);
}

void TestAccountService::createRefusesInvalidDraftsNamingTheField_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<qint64>("serverLimit");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty login") << QString() << u"a@example.com"_s << QString() << qint64(0) << u"login"_s;
    QTest::newRow("login with space") << u"a b"_s << u"a@example.com"_s << QString() << qint64(0) << u"login"_s;
    QTest::newRow("long login") << QString(65, u'a') << u"a@example.com"_s << QString() << qint64(0) << u"login"_s;
    QTest::newRow("bad email") << u"alice"_s << u"alice"_s << QString() << qint64(0) << u"email"_s;
    QTest::newRow("missing email") << u"alice"_s << QString() << QString() << qint64(0) << u"email"_s;
    QTest::newRow("line break in name") << u"alice"_s << u"a@example.com"_s << u"A\nB"_s << qint64(0) << u"firstName"_s;
    QTest::newRow("negative limit") << u"alice"_s << u"a@example.com"_s << QString() << qint64(-1)
                                    << u"quota.servers.limit"_s;
}

void TestAccountService::createRefusesInvalidDraftsNamingTheField()
{
    QFETCH(QString, login);
    QFETCH(QString, email);
    QFETCH(QString, firstName);
    QFETCH(qint64, serverLimit);
    QFETCH(QString, field);
    AccountDraft draft;
    draft.login = login;
    draft.email = email;
    draft.firstName = firstName;
    if (serverLimit != 0)
        draft.quotas[Resource::Servers].limit = serverLimit;
    QSignalSpy added(m_accounts.get(), &bc::AccountService::accountAdded);
    auto created = m_accounts->create(m_unit, draft);
    QVERIFY(!created.has_value());
    QVERIFY2(created.error().code == Error::Code::Invalid, qPrintable(describe(created.error())));
    QCOMPARE(created.error().field, field);
    QCOMPARE(added.count(), 0);
    QCOMPARE(*m_accounts->count({}), 0);
    QCOMPARE(auditCount(), 0);
}

void TestAccountService::createRefusesQuotasAboveTheGroupOrAnAncestor()
{
    Quotas customerLimits;
    customerLimits[Resource::Storage].limit = 100'000'000'000;
    auto customer = m_groups->create(m_root, u"Limited"_s, customerLimits);
    QVERIFY(customer);
    auto unit = m_groups->create(customer->id, u"Unit"_s);
    QVERIFY(unit);

    for (qint64 group : {customer->id, unit->id}) {
        AccountDraft draft = draftFor(u"big%1"_s.arg(group));
        draft.quotas[Resource::Storage].limit = 200'000'000'000;
        auto tooBig = m_accounts->create(group, draft);
        QVERIFY(!tooBig.has_value());
        QCOMPARE(tooBig.error().field, u"quota.storage.limit"_s);
        QVERIFY2(tooBig.error().message.contains(u"100 GB"_s), qPrintable(tooBig.error().message));

        draft.quotas[Resource::Storage].limit = std::nullopt;
        auto unlimited = m_accounts->create(group, draft);
        QVERIFY(!unlimited.has_value());
        QCOMPARE(unlimited.error().field, u"quota.storage.limit"_s);

        draft.quotas[Resource::Storage].limit = 100'000'000'000;
        auto equal = m_accounts->create(group, draft);
        QVERIFY2(equal.has_value(), equal ? "" : qPrintable(describe(equal.error())));
    }
    QCOMPARE(auditCount(), 2);
}

void TestAccountService::createRefusesAMissingGroup_data()
{
    QTest::addColumn<qint64>("groupId");
    QTest::newRow("unknown id") << qint64(9999);
    QTest::newRow("no group") << qint64(0);
}

void TestAccountService::createRefusesAMissingGroup()
{
    QFETCH(qint64, groupId);
    auto created = m_accounts->create(groupId, draftFor(u"alice"_s));
    QVERIFY(!created.has_value());
    QVERIFY2(created.error().code == Error::Code::NotFound, qPrintable(describe(created.error())));
    QCOMPARE(created.error().field, u"group"_s);
    QCOMPARE(*m_accounts->count({}), 0);
}

void TestAccountService::validateListsEveryProblemWithoutSaving()
{
    QVERIFY(m_accounts->create(m_unit, draftFor(u"alice"_s)));
    AccountDraft draft = draftFor(u"Alice"_s, u"nope"_s);
    draft.lastName = u"x\ty"_s;
    const QList<Error> errors = m_accounts->validate(m_unit, draft);
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.field);
    QCOMPARE(fields, (QStringList {u"login"_s, u"email"_s, u"lastName"_s}));
    QCOMPARE(errors.first().code, Error::Code::LoginTaken);
    QVERIFY(m_accounts->validate(m_unit, draftFor(u"bob"_s)).isEmpty());
    QCOMPARE(*m_accounts->count({}), 1);
}

void TestAccountService::createAllMakesEveryAccountOrNone()
{
    QVERIFY(m_accounts->create(m_customer, draftFor(u"taken"_s)));
    const int accounts = auditCount(u"account.created"_s);
    QSignalSpy added(m_accounts.get(), &bc::AccountService::accountAdded);
    QSignalSpy addedTogether(m_accounts.get(), &bc::AccountService::accountsAdded);
    // The last one's login is taken: none of them is made.
    auto refused = m_accounts->createAll(
        {{m_customer, draftFor(u"first"_s)}, {m_unit, draftFor(u"second"_s)}, {m_customer, draftFor(u"TAKEN"_s)}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::LoginTaken);
    QCOMPARE(auditCount(u"account.created"_s), accounts);
    QVERIFY(!*m_accounts->findByLogin(u"first"_s));
    QCOMPARE(added.size(), 0);
    QCOMPARE(addedTogether.size(), 0);

    auto made = m_accounts->createAll({{m_customer, draftFor(u"first"_s)}, {m_unit, draftFor(u"second"_s)}});
    QVERIFY2(made, made ? "" : qPrintable(describe(made.error())));
    QCOMPARE(made->size(), 2);
    QCOMPARE(made->at(1).groupId, m_unit);
    QCOMPARE(made->at(1).status, AccountStatus::Inactive);
    QCOMPARE(auditCount(u"account.created"_s), accounts + 2);
    // Announced once for the batch, with each account's group, not once per account.
    QCOMPARE(added.size(), 0);
    QCOMPARE(addedTogether.size(), 1);
    QCOMPARE(addedTogether.at(0).at(0).value<QList<qint64>>(), (QList<qint64> {made->at(0).id, made->at(1).id}));
    QCOMPARE(addedTogether.at(0).at(1).value<QList<qint64>>(), (QList<qint64> {m_customer, m_unit}));
    auto second = m_accounts->findByLogin(u"second"_s);
    QVERIFY(second && *second);
    QCOMPARE((*second)->id, made->at(1).id);
}

void TestAccountService::everyChangeWritesExactlyOneAuditEntry()
{
    auto created = m_accounts->create(m_unit, draftFor(u"alice"_s));
    QVERIFY(created);
    const qint64 id = created->id;
    QVERIFY(m_accounts->disable(id));
    QVERIFY(m_accounts->enable(id));
    QVERIFY(m_accounts->remove(id));

    auto entries = bc::AuditStore(*m_db).entriesFor(u"account"_s, id);
    QVERIFY(entries);
    QStringList actions;
    for (const bc::AuditEntry &entry : *entries) {
        actions.append(entry.action);
        QCOMPARE(entry.actor, bc::SystemAccount::name());
        QCOMPARE(entry.objectId, id);
        QCOMPARE(entry.summary, u"alice"_s);
        QVERIFY(entry.at.isValid());
    }
    // Disabling withdrew the queued activation email: an entry of its own, in the same transaction.
    QCOMPARE(actions,
             (QStringList {u"account.created"_s, u"account.activation-withdrawn"_s, u"account.disabled"_s,
                           u"account.enabled"_s, u"account.deleted"_s}));
    const auto &log = *entries;
    QVERIFY(log[0].before.isEmpty());
    QCOMPARE(log[0].after.value(u"login"_s).toString(), u"alice"_s);
    QCOMPARE(log[0].after.value(u"status"_s).toString(), u"inactive"_s);
    QCOMPARE(log[0].after.value(u"quotas"_s).toObject().value(u"storage"_s).toObject().value(u"limit"_s).toString(),
             u"unlimited"_s);
    QCOMPARE(log[1].after.value(u"withdrawnEmails"_s).toInt(), 1);
    QCOMPARE(log[2].before.value(u"status"_s).toString(), u"inactive"_s);
    QCOMPARE(log[2].after.value(u"status"_s).toString(), u"disabled"_s);
    QCOMPARE(log[3].before.value(u"status"_s).toString(), u"disabled"_s);
    QCOMPARE(log[3].after.value(u"status"_s).toString(), u"inactive"_s);
    QCOMPARE(log[4].before.value(u"login"_s).toString(), u"alice"_s);
    QVERIFY(log[4].after.isEmpty());
    QCOMPARE(auditCount(), 5);
}

void TestAccountService::enableReturnsAnAccountToWhereItWas()
{
    auto pending = m_accounts->create(m_unit, draftFor(u"pending"_s));
    auto active = m_accounts->create(m_unit, draftFor(u"active"_s), AccountStatus::Active);
    QVERIFY(pending && active);
    QCOMPARE(active->status, AccountStatus::Active);
    QVERIFY(active->activatedAt.isValid());

    QSignalSpy changed(m_accounts.get(), &bc::AccountService::accountChanged);
    for (qint64 id : {pending->id, active->id}) {
        auto disabled = m_accounts->disable(id);
        QVERIFY(disabled);
        QCOMPARE(disabled->status, AccountStatus::Disabled);
    }
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().value<Account>().status, AccountStatus::Disabled);

    auto pendingAgain = m_accounts->enable(pending->id);
    QVERIFY(pendingAgain);
    QCOMPARE(pendingAgain->status, AccountStatus::Inactive);
    QVERIFY(!pendingAgain->activatedAt.isValid());
    auto activeAgain = m_accounts->enable(active->id);
    QVERIFY(activeAgain);
    QCOMPARE(activeAgain->status, AccountStatus::Active);
    QCOMPARE(activeAgain->activatedAt, active->activatedAt);
    QVERIFY(activeAgain->updatedAt >= active->updatedAt);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(m_accounts->account(pending->id)->status, AccountStatus::Inactive);
    QCOMPARE(m_accounts->account(active->id)->status, AccountStatus::Active);
}

void TestAccountService::changingNothingWritesNothingAndAnnouncesNothing()
{
    auto account = m_accounts->create(m_unit, draftFor(u"alice"_s));
    QVERIFY(account);
    QSignalSpy changed(m_accounts.get(), &bc::AccountService::accountChanged);
    auto enabled = m_accounts->enable(account->id); // not disabled: nothing to enable
    QVERIFY(enabled);
    QCOMPARE(enabled->status, AccountStatus::Inactive);
    QVERIFY(m_accounts->disable(account->id));
    auto again = m_accounts->disable(account->id);
    QVERIFY(again);
    QCOMPARE(again->status, AccountStatus::Disabled);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(auditCount(), 3); // created, its queued email withdrawn, disabled; the second disable adds none
}

void TestAccountService::missingAccountsAreNotFound()
{
    QSignalSpy changed(m_accounts.get(), &bc::AccountService::accountChanged);
    QSignalSpy removed(m_accounts.get(), &bc::AccountService::accountRemoved);
    QCOMPARE(m_accounts->disable(4242).error().code, Error::Code::NotFound);
    QCOMPARE(m_accounts->enable(4242).error().code, Error::Code::NotFound);
    QCOMPARE(m_accounts->remove(4242).error().code, Error::Code::NotFound);
    QCOMPARE(m_accounts->account(4242).error().code, Error::Code::NotFound);
    auto none = m_accounts->findByLogin(u"nobody"_s);
    QVERIFY(none && !*none);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(auditCount(), 0);

    auto account = m_accounts->create(m_unit, draftFor(u"alice"_s));
    QVERIFY(account);
    QVERIFY(m_accounts->remove(account->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toLongLong(), account->id);
    QCOMPARE(removed.first().at(1).toLongLong(), m_unit);
    QCOMPARE(m_accounts->remove(account->id).error().code, Error::Code::NotFound);
    QCOMPARE(removed.count(), 1);
}

void TestAccountService::fillListFixture()
{
    struct Row
    {
        qint64 group;
        const char16_t *login;
        const char16_t *email;
        const char16_t *first;
        const char16_t *last;
        AccountStatus status;
        bool admin;
        std::optional<qint64> storage;
    };
    const QList<Row> rows {
        {m_customer, u"alice", u"alice@contoso.com", u"Alice", u"Archer", AccountStatus::Active, true, 500},
        {m_customer, u"Bob", u"bob@contoso.com", u"Bob", u"Baker", AccountStatus::Inactive, false, std::nullopt},
        {m_unit, u"carol", u"carol@contoso.com", u"Carol", u"Zimmer", AccountStatus::Active, false, 100},
        {m_unit, u"dave_100", u"dave@contoso.com", u"Dave", u"Müller", AccountStatus::Inactive, true, 100},
        {m_unit, u"eve", u"eve@contoso.com", u"Eve", u"Evans", AccountStatus::Active, false, 900},
        {m_other, u"frank", u"frank@fabrikam.com", u"Frank", u"Ford", AccountStatus::Active, false, std::nullopt},
        {m_other, u"grace", u"grace%off@fabrikam.com", u"Grace", u"Green", AccountStatus::Inactive, false, 0},
        {m_other, u"heidi", u"heidi@fabrikam.com", u"", u"", AccountStatus::Active, false, 50},
        {m_root, u"ivan", u"ivan@msp.example", u"Ivan", u"Ivanov", AccountStatus::Active, true, std::nullopt},
        {m_root, u"ＪＵＤＹ", u"judy@msp.example", u"Judy", u"Jones", AccountStatus::Inactive, false, 300},
        {m_root, u"dave100", u"dave100@msp.example", u"Dave", u"Hundred", AccountStatus::Active, false, 100},
    };
    for (const Row &row : rows) {
        AccountDraft draft = draftFor(QString::fromUtf16(row.login), QString::fromUtf16(row.email));
        draft.firstName = QString::fromUtf16(row.first);
        draft.lastName = QString::fromUtf16(row.last);
        draft.administrator = row.admin;
        draft.phone = u"+44 20 7946 0958"_s;
        draft.address = u"1 Main Street, London"_s;
        draft.quotas[Resource::Storage].limit = row.storage;
        auto created = m_accounts->create(row.group, draft, row.status);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
    }
    auto frank = m_accounts->findByLogin(u"frank"_s);
    QVERIFY(frank && *frank);
    QVERIFY(m_accounts->disable((*frank)->id));

    // Licensed: alice, carol and heidi; the others are unlicensed.
    bc::CatalogService catalog(*m_db);
    bc::Subscription payg;
    payg.groupId = m_root;
    payg.name = u"Backup PAYG #1001"_s;
    auto subscription = catalog.addSubscription(payg);
    QVERIFY2(subscription, subscription ? "" : qPrintable(describe(subscription.error())));
    for (const QString &login : {u"alice"_s, u"carol"_s, u"heidi"_s}) {
        auto account = m_accounts->findByLogin(login);
        QVERIFY(account && *account);
        QVERIFY(m_accounts->assignSubscriptions((*account)->id, {subscription->id}));
    }
    // Activation emails: Bob's newest failed; grace's failed and was queued again; alice's failed,
    // but she is active (the list shows no activation state for her).
    bc::OutboxStore outbox(*m_db);
    int sent = 0;
    const auto email = [&](const QString &login, bool fails) {
        auto account = m_accounts->findByLogin(login);
        QVERIFY(account && *account);
        bc::OutboxMessage message;
        message.accountId = (*account)->id;
        message.kind = u"activation"_s;
        message.messageId = u"<%1@test>"_s.arg(++sent);
        message.recipient = (*account)->email;
        message.createdAt = message.nextAttemptAt = QDateTime::currentDateTimeUtc();
        auto id = outbox.enqueue(message);
        QVERIFY2(id, id ? "" : qPrintable(describe(id.error())));
        if (fails)
            QVERIFY(outbox.markAttemptFailed(*id, u"550 no such user"_s, QDateTime::currentDateTimeUtc(), true));
    };
    email(u"Bob"_s, false);
    email(u"Bob"_s, true);
    email(u"grace"_s, true);
    email(u"grace"_s, false);
    email(u"alice"_s, true);
}

void TestAccountService::countAndPageFilterByGroupStatusAndSearch_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("subgroups");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("logins");

    QTest::newRow("everything") << QString() << false << QString() << QString()
                                << QStringList {u"alice"_s,    u"Bob"_s,  u"carol"_s,   u"dave100"_s,
                                                u"dave_100"_s, u"eve"_s,  u"frank"_s,   u"grace"_s,
                                                u"heidi"_s,    u"ivan"_s, u"ＪＵＤＹ"_s};
    QTest::newRow("one group") << u"customer"_s << false << QString() << QString()
                               << QStringList {u"alice"_s, u"Bob"_s};
    QTest::newRow("group and subgroups") << u"customer"_s << true << QString() << QString()
                                         << QStringList {u"alice"_s, u"Bob"_s, u"carol"_s, u"dave_100"_s, u"eve"_s};
    QTest::newRow("root and everything below")
        << u"root"_s << true << QString() << QString()
        << QStringList {u"alice"_s, u"Bob"_s,   u"carol"_s, u"dave100"_s, u"dave_100"_s, u"eve"_s,
                        u"frank"_s, u"grace"_s, u"heidi"_s, u"ivan"_s,    u"ＪＵＤＹ"_s};
    QTest::newRow("root only") << u"root"_s << false << QString() << QString()
                               << QStringList {u"dave100"_s, u"ivan"_s, u"ＪＵＤＹ"_s};
    QTest::newRow("inactive") << QString() << false << u"inactive"_s << QString()
                              << QStringList {u"Bob"_s, u"dave_100"_s, u"grace"_s, u"ＪＵＤＹ"_s};
    QTest::newRow("disabled") << QString() << false << u"disabled"_s << QString() << QStringList {u"frank"_s};
    QTest::newRow("active in subtree") << u"customer"_s << true << u"active"_s << QString()
                                       << QStringList {u"alice"_s, u"carol"_s, u"eve"_s};
    QTest::newRow("unlicensed") << QString() << false << u"unlicensed"_s << QString()
                                << QStringList {u"Bob"_s,   u"dave100"_s, u"dave_100"_s, u"eve"_s,
                                                u"frank"_s, u"grace"_s,   u"ivan"_s,     u"ＪＵＤＹ"_s};
    QTest::newRow("unlicensed in subtree")
        << u"customer"_s << true << u"unlicensed"_s << QString() << QStringList {u"Bob"_s, u"dave_100"_s, u"eve"_s};
    QTest::newRow("administrators") << QString() << false << u"admin"_s << QString()
                                    << QStringList {u"alice"_s, u"dave_100"_s, u"ivan"_s};
    QTest::newRow("administrators in a group, searched")
        << u"root"_s << false << u"admin"_s << u"iv"_s << QStringList {u"ivan"_s};
    QTest::newRow("email failed") << QString() << false << u"email-failed"_s << QString() << QStringList {u"Bob"_s};
    QTest::newRow("email failed in another group")
        << u"other"_s << false << u"email-failed"_s << QString() << QStringList {};
    QTest::newRow("search login, any case") << QString() << false << QString() << u"BOB"_s << QStringList {u"Bob"_s};
    QTest::newRow("search fullwidth login")
        << QString() << false << QString() << u"judy"_s << QStringList {u"ＪＵＤＹ"_s};
    QTest::newRow("search email domain") << QString() << false << QString() << u"fabrikam"_s
                                         << QStringList {u"frank"_s, u"grace"_s, u"heidi"_s};
    QTest::newRow("search last name") << QString() << false << QString() << u"zimmer"_s << QStringList {u"carol"_s};
    QTest::newRow("search full name") << QString() << false << QString() << u"Eve Evans"_s << QStringList {u"eve"_s};
    QTest::newRow("search non-ascii name")
        << QString() << false << QString() << u"Müller"_s << QStringList {u"dave_100"_s};
    QTest::newRow("underscore is literal")
        << QString() << false << QString() << u"e_1"_s << QStringList {u"dave_100"_s};
    QTest::newRow("percent is literal") << QString() << false << QString() << u"e%o"_s << QStringList {u"grace"_s};
    QTest::newRow("quote is literal") << QString() << false << QString() << u"e\"o"_s << QStringList {};
    QTest::newRow("backslash is literal") << QString() << false << QString() << u"\\"_s << QStringList {};
    QTest::newRow("search and group") << u"other"_s << false << QString() << u"abr"_s
                                      << QStringList {u"frank"_s, u"grace"_s, u"heidi"_s};
    // Fewer than three characters (no trigram) match the start of the login, email or name.
    QTest::newRow("one letter, start of login")
        << QString() << false << QString() << u"G"_s << QStringList {u"grace"_s};
    QTest::newRow("two letters, start of login")
        << QString() << false << QString() << u"iv"_s << QStringList {u"ivan"_s};
    QTest::newRow("two fullwidth letters in a group")
        << u"unit"_s << false << QString() << u"ＤＡ"_s << QStringList {u"dave_100"_s};
    QTest::newRow("two letters inside a key") << QString() << false << QString() << u"ra"_s << QStringList {};
    QTest::newRow("one letter and group") << u"other"_s << false << QString() << u"h"_s << QStringList {u"heidi"_s};
    QTest::newRow("nothing matches") << QString() << false << QString() << u"zzz"_s << QStringList {};
    // The end of alice's email and the start of her name: keys are searched one by one.
    QTest::newRow("no match across two keys") << QString() << false << QString() << u"comalice"_s << QStringList {};
    QTest::newRow("search, status and subtree")
        << u"customer"_s << true << u"active"_s << u"contoso"_s << QStringList {u"alice"_s, u"carol"_s, u"eve"_s};
}

void TestAccountService::countAndPageFilterByGroupStatusAndSearch()
{
    fillListFixture();
    if (QTest::currentTestFailed())
        return;
    QFETCH(QString, group);
    QFETCH(bool, subgroups);
    QFETCH(QString, status);
    QFETCH(QString, search);
    QFETCH(QStringList, logins);
    AccountQuery query;
    const QHash<QString, qint64> groups {
        {u"root"_s, m_root}, {u"customer"_s, m_customer}, {u"unit"_s, m_unit}, {u"other"_s, m_other}};
    query.groupId = groups.value(group, 0);
    query.includeSubgroups = subgroups;
    QVERIFY2(bc::StatusFilter::apply(query, status), qPrintable(status));
    query.search = search;
    auto count = m_accounts->count(query);
    QVERIFY(count);
    auto page = m_accounts->page(query, 0, 100);
    QVERIFY(page);
    QStringList found;
    for (const Account &account : *page)
        found.append(account.login);
    QCOMPARE(found, logins);
    QCOMPARE(*count, logins.size());

    // Counted with its page (one statement on a server and where the search index finds the
    // matches), from any row, and past the last one (no row carries the count there).
    for (int offset : {0, 1, static_cast<int>(logins.size()) + 1}) {
        auto counted = bc::AccountListQuery(*m_db).countedPage(query, offset, 2);
        QVERIFY2(counted, counted ? "" : qPrintable(counted.error().message));
        QCOMPARE(counted->count, logins.size());
        QStringList rows;
        for (const Account &account : counted->accounts)
            rows.append(account.login);
        QCOMPARE(rows, logins.mid(offset, 2));
    }
}

void TestAccountService::pageSortsByEveryColumnBothWaysAndRowOfAgrees_data()
{
    QTest::addColumn<AccountColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("subtree");
    const QList<std::pair<const char *, AccountColumn>> columns {
        {"login", AccountColumn::Login},
        {"name", AccountColumn::Name},
        {"email", AccountColumn::Email},
        {"status", AccountColumn::Status},
        {"administrator", AccountColumn::Administrator},
        {"storage quota", AccountColumn::StorageQuota},
        {"created", AccountColumn::Created},
    };
    for (const auto &[name, column] : columns) {
        for (bool subtree : {false, true}) {
            QTest::addRow("%s ascending%s", name, subtree ? " in a subtree" : "")
                << column << Qt::AscendingOrder << subtree;
            QTest::addRow("%s descending%s", name, subtree ? " in a subtree" : "")
                << column << Qt::DescendingOrder << subtree;
        }
    }
}

void TestAccountService::pageSortsByEveryColumnBothWaysAndRowOfAgrees()
{
    fillListFixture();
    if (QTest::currentTestFailed())
        return;
    QFETCH(AccountColumn, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, subtree);
    AccountQuery query;
    query.sortColumn = column;
    query.sortOrder = order;
    if (subtree) {
        query.groupId = m_customer;
        query.includeSubgroups = true;
    }
    auto page = m_accounts->page(query, 0, 1000);
    QVERIFY(page);
    QCOMPARE(page->size(), *m_accounts->count(query));
    QVERIFY(page->size() >= 5);
    for (qsizetype i = 1; i < page->size(); ++i) {
        const Account &a = page->at(i - 1);
        const Account &b = page->at(i);
        const auto keyA = std::make_pair(sortKey(a, column), a.id);
        const auto keyB = std::make_pair(sortKey(b, column), b.id);
        const bool inOrder = order == Qt::AscendingOrder ? keyA < keyB : keyB < keyA;
        QVERIFY2(inOrder, qPrintable(u"%1 before %2"_s.arg(a.login, b.login)));
    }
    for (qsizetype i = 0; i < page->size(); ++i) {
        auto row = m_accounts->rowOf(query, page->at(i).id);
        QVERIFY(row);
        QVERIFY2(*row == i,
                 qPrintable(u"%1 is shown at %2 but rowOf says %3"_s.arg(page->at(i).login).arg(i).arg(*row)));
    }
}

void TestAccountService::pagesJoinUpToTheWholeList()
{
    fillListFixture();
    if (QTest::currentTestFailed())
        return;
    AccountQuery query;
    query.sortColumn = AccountColumn::StorageQuota;
    query.sortOrder = Qt::DescendingOrder;
    auto whole = m_accounts->page(query, 0, 1000);
    QVERIFY(whole);
    QList<qint64> joined;
    for (int offset = 0; offset < whole->size(); offset += 3) {
        auto part = m_accounts->page(query, offset, 3);
        QVERIFY(part);
        QVERIFY(part->size() <= 3);
        for (const Account &account : *part)
            joined.append(account.id);
    }
    QList<qint64> expected;
    for (const Account &account : *whole)
        expected.append(account.id);
    QCOMPARE(joined, expected);
    QVERIFY(m_accounts->page(query, 1000, 10)->isEmpty());
}

void TestAccountService::readAllReadsTheWholeListPageByPage_data()
{
    QTest::addColumn<AccountColumn>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("by login, one at a time") << AccountColumn::Login << false << QString() << 1;
    QTest::newRow("by storage quota descending (ties, unlimited)")
        << AccountColumn::StorageQuota << true << QString() << 3;
    QTest::newRow("by name, pages ending with the list") << AccountColumn::Name << false << QString() << 11;
    QTest::newRow("a search, by status") << AccountColumn::Status << false << u"contoso"_s << 2;
    QTest::newRow("a search nothing matches") << AccountColumn::Login << false << u"nobody-here"_s << 4;
}

void TestAccountService::readAllReadsTheWholeListPageByPage()
{
    // An export of any length: page after page from an anchor, never the whole list at once, and
    // every row once, in the list's order.
    QFETCH(AccountColumn, column);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    QFETCH(int, pageSize);
    fillListFixture();
    if (QTest::currentTestFailed())
        return;
    AccountQuery query;
    query.sortColumn = column;
    query.sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    query.search = search;
    auto whole = m_accounts->page(query, 0, 1000);
    QVERIFY(whole);
    QList<qint64> expected;
    for (const Account &account : std::as_const(*whole))
        expected.append(account.id);
    QList<qint64> read;
    int pages = 0;
    auto done = m_accounts->readAll(query, pageSize, [&](const QList<Account> &page) {
        ++pages;
        [&] {
            QVERIFY(page.size() <= pageSize && !page.isEmpty());
        }();
        for (const Account &account : page)
            read.append(account.id);
        return true;
    });
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(read, expected);
    QCOMPARE(pages, (expected.size() + pageSize - 1) / pageSize);
}

void TestAccountService::readAllStopsWhenAskedTo()
{
    fillListFixture();
    if (QTest::currentTestFailed())
        return;
    int pages = 0;
    auto done = m_accounts->readAll(AccountQuery(), 2, [&pages](const QList<Account> &) { return ++pages < 2; });
    QVERIFY(done);
    QCOMPARE(pages, 2);
}

void TestAccountService::rowOfIsMinusOneForAnAccountOutsideTheFilter()
{
    fillListFixture();
    if (QTest::currentTestFailed())
        return;
    auto frank = *m_accounts->findByLogin(u"frank"_s);
    AccountQuery query;
    query.groupId = m_customer;
    query.includeSubgroups = true;
    QCOMPARE(*m_accounts->rowOf(query, frank->id), -1);
    query = {};
    query.status = AccountStatus::Active;
    QCOMPARE(*m_accounts->rowOf(query, frank->id), -1);
    QCOMPARE(*m_accounts->rowOf({}, 4242), -1);
}

void TestAccountService::racingConnectionsCreateALoginExactlyOnce_data()
{
    QTest::addColumn<QStringList>("logins");
    QTest::newRow("the same login") << QStringList(8, u"racer"_s);
    QTest::newRow("variants of one login")
        << QStringList {u"racer"_s, u"RACER"_s, u"Racer"_s, u"ＲＡＣＥＲ"_s, u" racer "_s, u"rAcEr"_s};
}

void TestAccountService::racingConnectionsCreateALoginExactlyOnce()
{
    QFETCH(QStringList, logins);
    const QString file = m_location;
    const qsizetype count = logins.size();
    std::atomic<int> ready = 0;
    QList<int> outcome(count, -1); // 1 success, 0 LoginTaken, 2 anything else
    QStringList problems(count);
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            auto db = bc::Database::open(file);
            if (!db) {
                outcome[i] = 2;
                problems[i] = describe(db.error());
                return;
            }
            bc::AccountService accounts(**db);
            ++ready;
            while (ready.load() < count)
                QThread::yieldCurrentThread();
            auto created = accounts.create(m_unit, draftFor(logins.at(i), u"racer@example.com"_s));
            if (created) {
                outcome[i] = 1;
            } else {
                outcome[i] =
                    created.error().code == Error::Code::LoginTaken && created.error().field == u"login"_s ? 0 : 2;
                problems[i] = describe(created.error());
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(120'000));
    QCOMPARE(outcome.count(1), 1);
    QVERIFY2(outcome.count(0) == count - 1, qPrintable(problems.join(u"; "_s)));
    AccountQuery query;
    query.search = u"racer"_s;
    QCOMPARE(*m_accounts->count(query), 1);
    QCOMPARE(auditCount(u"account.created"_s), 1);
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
