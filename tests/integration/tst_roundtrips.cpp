#include "core/domain/accountquery.h"
#include "core/domain/fields.h"
#include "core/services/accountpages.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/activationservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/storage/accountlistquery.h"
#include "core/storage/accountstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/changewatcher.h"
#include "core/storage/database.h"
#include "core/storage/postgresdriver.h"
#include "tests/common/fixture.h"
#include "tests/common/latencyproxy.h"
#include "tests/common/testdatabase.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using bc::AccountListQuery;
using bc::AccountQuery;
using bc::Database;
using bc::test::LatencyProxy;

// How many requests the console's most frequent questions send to PostgreSQL. Over a link 150 ms
// away each request is a round trip of 300 ms that the person waits for (issue 15: an action shows
// its result within three). The connection goes through a LatencyProxy with no delay, which
// counts what the client sends; a client waiting for its answer sends nothing more.
class TestRoundTrips final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aListWithItsCountIsOneRequest_data();
    void aListWithItsCountIsOneRequest();
    void aLoginCheckIsOneRequest_data();
    void aLoginCheckIsOneRequest();
    void anAnchorIsTwoRequestsAtMost();
    void aRowOfTheListIsOneRequest_data();
    void aRowOfTheListIsOneRequest();
    void theFirstPageFindsItsConnectionOpen();
    void placingAnAccountInTheListIsOneRequest_data();
    void placingAnAccountInTheListIsOneRequest();
    void anAccountWithItsLinksIsOneRequest();
    void aCatalogIsOneRequest();
    void aGroupsActivationEmailIsOneRequest();
    void anAccountsDetailsAreOneRequest();
    void aGroupsSettingsAreOneRequest();
    void theFirstStepsAreOneRequest();
    void theWizardsReadsAreOneRequestEach();
    void theOperatorListIsFourRequestsAtMostHoweverLong_data();
    void theOperatorListIsFourRequestsAtMostHoweverLong();
    void creatingAnAccountIsTwoRequests_data();
    void creatingAnAccountIsTwoRequests();
    void creatingManyAccountsIsTwoRequestsHoweverMany_data();
    void creatingManyAccountsIsTwoRequestsHoweverMany();
    void aWriteAfterTheServerDroppedTheConnectionStillCommits();
    void changingTheStatusOfManyAccountsIsTwoRequests_data();
    void changingTheStatusOfManyAccountsIsTwoRequests();
    void anActionAsksWhetherASignInIsNeededOnce();
    void theDeleteHintIsOneRequest();
    void aTreeIsOneRequestHoweverOpen();
    void theOpeningIsOneRequestAndTheTreeTakesIt();
    void openingADatabaseIsTheDriversConnectionAndOneRequest();
    void listeningForChangesTravelsWithTheNextStatement();

private:
    // The requests `call` sent, asked three times: the first time a statement travels as text, the
    // second with its PREPARE, from then on as an EXECUTE (PostgresPipeline). The most of them.
    qint64 requests(const std::function<void()> &call);

    std::unique_ptr<Database> m_fixture;
    std::unique_ptr<LatencyProxy> m_proxy;
    std::unique_ptr<Database> m_db; // through the proxy
    QString m_proxied; // the location through the proxy
    qint64 m_root = 0;
    qint64 m_customer = 0;
    qint64 m_unit = 0;
};

void TestRoundTrips::init()
{
    if (bc::test::backendName() != "postgresql"_L1)
        QSKIP("counts PostgreSQL's requests (PostgresPipeline); QMYSQL sends a prepare and an execute per "
              "statement, SQLite has no network: runs as tst_roundtrips_postgresql");
    const QString location = bc::test::freshLocation(u"roundtrips"_s);
    QVERIFY(!location.isEmpty());
    auto fixture = bc::test::openFixture(location);
    QVERIFY2(fixture, qPrintable(fixture ? QString() : fixture.error().message));
    m_fixture = std::move(*fixture);
    bc::GroupService groups(*m_fixture);
    m_root = groups.createRoot(u"Acme MSP"_s)->id;
    m_customer = groups.create(m_root, u"Contoso"_s)->id;
    m_unit = groups.create(m_customer, u"Sales"_s)->id;
    bc::AccountService accounts(*m_fixture);
    for (int i = 0; i < 30; ++i) {
        bc::AccountDraft draft;
        draft.login = u"user%1"_s.arg(i, 2, 10, QChar(u'0'));
        draft.email = draft.login + u"@contoso.com"_s;
        draft.firstName = u"User"_s;
        draft.lastName = QString::number(i);
        QVERIFY(accounts.create(i % 3 == 0 ? m_root : i % 3 == 1 ? m_customer : m_unit, draft));
    }

    QUrl url(location);
    m_proxy = std::make_unique<LatencyProxy>(url.host(), static_cast<quint16>(url.port()), 0);
    QVERIFY(m_proxy->start());
    url.setPort(m_proxy->port());
    m_proxied = url.toString();
    auto address = bc::DatabaseAddress::parse(m_proxied);
    QVERIFY(address);
    auto db = bc::test::openFixture(*address);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
}

void TestRoundTrips::cleanup()
{
    m_db.reset();
    m_proxy.reset();
    m_fixture.reset();
}

qint64 TestRoundTrips::requests(const std::function<void()> &call)
{
    qint64 most = 0;
    for (int time = 0; time < 3; ++time) {
        const qint64 before = m_proxy->requestsToServer();
        call();
        // The proxy's thread counts a chunk once it read it; the answer came after it, so it did.
        most = qMax(most, m_proxy->requestsToServer() - before);
    }
    return most;
}

void TestRoundTrips::aListWithItsCountIsOneRequest_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("subgroups");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("count");
    QTest::newRow("every account") << QString() << false << QString() << false << 30;
    QTest::newRow("the top group and below") << u"root"_s << true << QString() << false << 30;
    QTest::newRow("a customer and below") << u"customer"_s << true << QString() << false << 20;
    QTest::newRow("a customer alone") << u"customer"_s << false << QString() << false << 10;
    QTest::newRow("inactive accounts of a unit") << u"unit"_s << false << QString() << true << 10;
    QTest::newRow("a search in a customer") << u"customer"_s << true << u"user1"_s << false << 7;
    QTest::newRow("a short search") << QString() << false << u"us"_s << false << 30;
}

void TestRoundTrips::aListWithItsCountIsOneRequest()
{
    QFETCH(QString, group);
    QFETCH(bool, subgroups);
    QFETCH(QString, search);
    QFETCH(bool, active);
    QFETCH(int, count);
    AccountQuery query;
    query.groupId = group == "root"_L1 ? m_root : group == "customer"_L1 ? m_customer : group == "unit"_L1 ? m_unit : 0;
    query.includeSubgroups = subgroups;
    query.search = search;
    if (active)
        query.status = bc::AccountStatus::Inactive;
    // The loader keeps what a list learns once (which group is the top one) for the next.
    AccountListQuery::Memo memo;
    (void)AccountListQuery(*m_db, &memo).countedPage(query, 0, 5);
    std::optional<bc::Result<AccountListQuery::Page>> counted;
    const qint64 sent = requests([&] { counted.emplace(AccountListQuery(*m_db, &memo).countedPage(query, 0, 5)); });
    const auto &page = *counted;
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page->count, count);
    QCOMPARE(page->accounts.size(), qMin(count, 5));
    QCOMPARE(sent, 1);
}

void TestRoundTrips::aLoginCheckIsOneRequest_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("free") << u"alice"_s << true << QString();
    QTest::newRow("taken") << u"USER07"_s << false << u"USER8"_s;
    QTest::newRow("taken, its next variant too") << u"user28"_s << false << u"user30"_s;
}

void TestRoundTrips::aLoginCheckIsOneRequest()
{
    QFETCH(QString, login);
    QFETCH(bool, available);
    QFETCH(QString, suggestion);
    bc::AccountService accounts(*m_db);
    std::optional<bc::Result<bc::LoginAvailability>> answer;
    const qint64 sent = requests([&] { answer.emplace(accounts.checkLogin(login)); });
    const auto &checked = *answer;
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
    QCOMPARE(checked->available, available);
    QCOMPARE(checked->suggestion, suggestion);
    QCOMPARE(sent, 1);
}

void TestRoundTrips::anAnchorIsTwoRequestsAtMost()
{
    // The loader notes one anchor between requests; a new list waits for the one on its way.
    AccountQuery query;
    AccountListQuery::Memo memo;
    std::optional<bc::Result<QList<bc::AccountAnchor>>> first;
    QCOMPARE(requests([&] { first.emplace(AccountListQuery(*m_db, &memo).anchors(query, {}, 7, 1)); }), 1);
    QVERIFY(*first && (*first)->size() == 1);
    const bc::AccountAnchor from = (*first)->first();
    QCOMPARE(from.key.toString(), u"user00"_s);
    std::optional<bc::Result<QList<bc::AccountAnchor>>> next;
    QCOMPARE(requests([&] { next.emplace(AccountListQuery(*m_db, &memo).anchors(query, from, 7, 1)); }), 2);
    QVERIFY(*next && (*next)->size() == 1);
    QCOMPARE((*next)->first().row, 7);
    QCOMPARE((*next)->first().key.toString(), u"user07"_s);
}

void TestRoundTrips::aRowOfTheListIsOneRequest_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("row");
    QTest::newRow("every account") << QString() << false << u"user05"_s << 5;
    QTest::newRow("every account, descending") << QString() << true << u"user05"_s << 24;
    QTest::newRow("a customer and below") << u"customer"_s << false << u"user05"_s << 3;
    QTest::newRow("not in the list") << u"customer"_s << false << u"user06"_s << -1;
}

void TestRoundTrips::aRowOfTheListIsOneRequest()
{
    // Where an account stands (a new one shown selected, a selection kept across a sort).
    QFETCH(QString, group);
    QFETCH(bool, descending);
    QFETCH(QString, login);
    QFETCH(int, row);
    AccountQuery query;
    query.groupId = group.isEmpty() ? 0 : m_customer;
    query.includeSubgroups = true;
    query.sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    auto account = bc::AccountService(*m_fixture).findByLogin(login);
    QVERIFY(account && *account);
    AccountListQuery::Memo memo;
    (void)AccountListQuery(*m_db, &memo).rowOf(query, (*account)->id);
    std::optional<bc::Result<int>> found;
    QCOMPARE(requests([&] { found.emplace(AccountListQuery(*m_db, &memo).rowOf(query, (*account)->id)); }), 1);
    QVERIFY(*found);
    QCOMPARE(**found, row);
}

void TestRoundTrips::theFirstPageFindsItsConnectionOpen()
{
    // The list's worker connects as soon as the window makes it (while the window reads its
    // tree), so that its first page is one request, not a connection's dozen first.
    const int connections = m_proxy->openConnections();
    bc::AccountPages pages(m_proxied);
    QTRY_COMPARE(m_proxy->openConnections(), connections + 1);
    // Until the open is done: nothing sent for a while.
    for (qint64 sent = -1; sent != m_proxy->requestsToServer();) {
        sent = m_proxy->requestsToServer();
        QTest::qWait(300);
    }
    QSignalSpy loaded(&pages, &bc::AccountPages::loaded);
    const qint64 before = m_proxy->requestsToServer();
    pages.load(1, AccountQuery(), 0, 50, {});
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(1).toInt(), 30);
    QCOMPARE(m_proxy->requestsToServer() - before, 1);
}

void TestRoundTrips::placingAnAccountInTheListIsOneRequest_data()
{
    QTest::addColumn<bool>("removed");
    QTest::newRow("added or changed") << false;
    QTest::newRow("removed") << true;
}

void TestRoundTrips::placingAnAccountInTheListIsOneRequest()
{
    // A new account (Finish) or a changed one: where it now stands and how many rows the list has,
    // together. Before, one request each, one after the other.
    QFETCH(bool, removed);
    bc::AccountPages pages(m_proxied);
    QSignalSpy loaded(&pages, &bc::AccountPages::loaded);
    pages.load(1, AccountQuery(), 0, 50, {});
    QTRY_COMPARE(loaded.size(), 1);
    const QList<bc::Account> accounts = loaded.at(0).at(3).value<QList<bc::Account>>();
    const qint64 id = accounts.at(7).id;
    QSignalSpy located(&pages, &bc::AccountPages::located);
    const qint64 before = m_proxy->requestsToServer();
    pages.locate(1, AccountQuery(), id, removed ? bc::AccountListChange::Removed : bc::AccountListChange::Changed);
    QTRY_COMPARE(located.size(), 1);
    QCOMPARE(m_proxy->requestsToServer() - before, 1);
    QCOMPARE(located.at(0).at(2).toInt(), removed ? -1 : 7);
    QCOMPARE(located.at(0).at(3).toInt(), 30);
}

void TestRoundTrips::anAccountWithItsLinksIsOneRequest()
{
    // Its row, and its subscriptions and security groups, sent together (an edit, a bulk action's
    // check): before, two.
    auto listed = AccountListQuery(*m_db).page(AccountQuery(), 0, 1);
    QVERIFY(listed && listed->size() == 1);
    bc::AccountService accounts(*m_db);
    std::optional<bc::Result<bc::Account>> account;
    QCOMPARE(requests([&] { account.emplace(accounts.account(listed->first().id)); }), 1);
    QVERIFY(*account);
    QCOMPARE((*account)->login, u"user00"_s);
}

void TestRoundTrips::aCatalogIsOneRequest()
{
    // The settings of the group's chain and every list in one statement each, sent together (the
    // wizard, Finish, the details dialog, group settings): before, the chain and then a statement
    // per list.
    bc::CatalogService catalog(*m_fixture);
    QVERIFY(catalog.addStorage({0, m_customer, u"Contoso cloud"_s, u"Frankfurt"_s}));
    QVERIFY(catalog.addSubscription({0, m_root, u"Backup PAYG #1001"_s}));
    QVERIFY(catalog.addSecurityGroup({0, m_unit, u"Helpdesk"_s, {}}));
    bc::Profile profile;
    profile.groupId = m_customer;
    profile.name = u"Standard"_s;
    QVERIFY(catalog.addProfile(profile));
    std::optional<bc::Result<bc::Catalog>> loaded;
    QCOMPARE(requests([&] { loaded.emplace(bc::loadCatalog(*m_db, m_unit)); }), 1);
    QVERIFY(*loaded);
    QCOMPARE((*loaded)->profiles.size(), 1);
    QCOMPARE((*loaded)->storages.size(), 1);
    QCOMPARE((*loaded)->subscriptions.size(), 1);
    QCOMPARE((*loaded)->securityGroups.size(), 1);
}

void TestRoundTrips::aGroupsActivationEmailIsOneRequest()
{
    // The wizard's activation page shows the email of the nearest group that has one.
    bc::ActivationService fixture(*m_fixture);
    QVERIFY(fixture.setGroupActivation(m_customer, 7, bc::EmailTemplate {u"Welcome"_s, u"Hello {name}, {link}"_s, {}}));
    bc::ActivationService activation(*m_db);
    std::optional<bc::Result<bc::EmailTemplate>> email;
    QCOMPARE(requests([&] { email.emplace(activation.effectiveTemplate(m_unit)); }), 1);
    QVERIFY(*email);
    QCOMPARE((*email)->subject, u"Welcome"_s);
}

void TestRoundTrips::anAccountsDetailsAreOneRequest()
{
    // The details dialog: the account, its links, its group's catalog and path, its history and its
    // activation state. Before, eight requests, one after another.
    bc::CatalogService catalog(*m_fixture);
    auto subscription = catalog.addSubscription({0, m_customer, u"Backup PAYG #1001"_s});
    QVERIFY(subscription);
    bc::AccountDraft draft;
    draft.login = u"paula"_s;
    draft.email = u"paula@contoso.com"_s;
    draft.subscriptionIds = {subscription->id};
    draft.sendActivationEmail = true;
    auto created = bc::AccountService(*m_fixture).create(m_unit, draft, bc::AccountStatus::Inactive);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    bc::AccountService accounts(*m_db);
    std::optional<bc::Result<bc::AccountDetails>> details;
    QCOMPARE(requests([&] { details.emplace(accounts.details(created->id)); }), 1);
    QVERIFY2(*details, qPrintable(*details ? QString() : (*details).error().message));
    const bc::AccountDetails &shown = **details;
    QCOMPARE(shown.account.login, u"paula"_s);
    QCOMPARE(shown.account.subscriptionIds, QList<qint64> {subscription->id});
    QCOMPARE(shown.groupPath, u"Acme MSP/Contoso/Sales"_s);
    QCOMPARE(shown.catalog.ancestry, (QList<qint64> {m_unit, m_customer, m_root}));
    QCOMPARE(shown.catalog.subscriptions.size(), 1);
    QCOMPARE(shown.history.size(), 1);
    QCOMPARE(shown.history.first().action, u"account.created"_s);
    QVERIFY(shown.activation && shown.activation->hasMessage);
    QVERIFY(!shown.activation->mailServerSetUp); // the fixture has no mail server
    // An account that is not there is what is missing, not its group.
    auto gone = accounts.details(created->id + 1000);
    QVERIFY(!gone);
    QCOMPARE(gone.error().message, bc::AccountStore::missing().message);
}

void TestRoundTrips::aGroupsSettingsAreOneRequest()
{
    // The group settings dialog: the settings with their digest recipients, the catalog, the link
    // lifetime, the templates and whether the group's operators need MFA (with the path of the group
    // that requires it). Before, eleven requests; then two, or three with MFA required above.
    QVERIFY(bc::GroupService(*m_fixture).setMfaRequired(m_customer, true));
    bc::ActivationService fixture(*m_fixture);
    QVERIFY(fixture.setGroupActivation(m_customer, 9, bc::EmailTemplate {u"Welcome"_s, u"Hello {name}, {link}"_s, {}}));
    bc::CatalogService owner(*m_fixture);
    bc::GroupSettings customer = *owner.settings(m_customer);
    customer.limits[bc::Resource::Servers].limit = 40;
    QVERIFY(owner.updateSettings(m_customer, customer));
    bc::CatalogService catalog(*m_db);
    for (const auto &[group, own] : {std::pair {m_customer, true}, std::pair {m_unit, false}}) {
        std::optional<bc::Result<bc::CatalogService::SettingsView>> view;
        QCOMPARE(requests([&] { view.emplace(catalog.settingsView(group)); }), 1);
        QVERIFY2(*view, qPrintable(*view ? QString() : (*view).error().message));
        QCOMPARE((*view)->catalog.ancestry.first(), group);
        QCOMPARE((*view)->groupName, group == m_customer ? u"Contoso"_s : u"Sales"_s);
        QCOMPARE((*view)->caps[bc::Resource::Servers].limit,
                 group == m_customer ? std::nullopt : std::optional<qint64>(40));
        QCOMPARE((*view)->email.effectiveTemplate().subject, u"Welcome"_s);
        QCOMPARE((*view)->email.ownTemplate(group).has_value(), own);
        QCOMPARE((*view)->email.activationDays, group == m_customer ? 9 : 7);
        QVERIFY((*view)->mfa.needed);
        QCOMPARE((*view)->mfa.requiredBy, m_customer);
        QVERIFY2((*view)->mfa.reason.contains(u"\"Acme MSP/Contoso\""_s), qPrintable((*view)->mfa.reason));
    }
    // Without the switch: no requirement, nor a reason.
    QVERIFY(bc::GroupService(*m_fixture).setMfaRequired(m_customer, false));
    std::optional<bc::Result<bc::CatalogService::SettingsView>> view;
    QCOMPARE(requests([&] { view.emplace(catalog.settingsView(m_unit)); }), 1);
    QVERIFY(*view);
    QVERIFY(!(*view)->mfa.needed);
    QCOMPARE((*view)->mfa.requiredBy, 0);
    QVERIFY((*view)->mfa.reason.isEmpty());
}

void TestRoundTrips::theFirstStepsAreOneRequest()
{
    // The main window's getting-started checklist, read as the window opens. Before, five requests
    // one after another, in front of whatever the person asked for next.
    bc::GroupService groups(*m_db);
    std::optional<bc::Result<bc::FirstSteps>> steps;
    QCOMPARE(requests([&] { steps.emplace(groups.firstSteps()); }), 1);
    QVERIFY(*steps);
    QVERIFY((*steps)->hasRoot && (*steps)->customers);
}

void TestRoundTrips::theOperatorListIsFourRequestsAtMostHoweverLong_data()
{
    QTest::addColumn<int>("operators");
    QTest::newRow("one") << 1;
    QTest::newRow("six") << 6;
}

void TestRoundTrips::theOperatorListIsFourRequestsAtMostHoweverLong()
{
    // `operator list`: the operators, their security groups, their groups' paths, and whether each
    // needs MFA, for all of them in one statement. Before, one more request per operator.
    QFETCH(int, operators);
    bc::AccountService accounts(*m_fixture);
    bc::Operator acting;
    for (int i = 0; i < operators; ++i) {
        bc::AccountDraft draft = bc::test::personDraft(u"operator%1"_s.arg(i));
        draft.administrator = true;
        draft.password = u"Kite-Harbor-Lantern-93"_s;
        auto made = accounts.create(i % 3 == 0 ? m_root : i % 3 == 1 ? m_customer : m_unit, draft);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        if (i == 0)
            acting = {made->id, made->login, made->groupId, true, {}};
    }
    QVERIFY(bc::OperatorSignIn(*m_fixture).enroll(acting.login));
    QVERIFY(bc::GroupService(*m_fixture).setMfaRequired(m_unit, true));
    auto authority = bc::Authority::of(*m_db, acting);
    QVERIFY(authority);
    std::optional<bc::Result<QList<bc::OperatorSummary>>> listed;
    QCOMPARE(requests([&] { listed.emplace(authority->operators()); }), 4);
    QVERIFY2(*listed, qPrintable(*listed ? QString() : (*listed).error().message));
    QCOMPARE((*listed)->size(), operators);
    for (const bc::OperatorSummary &summary : std::as_const(**listed))
        QCOMPARE(summary.mfaRequired, summary.groupId != m_customer);
}

void TestRoundTrips::theWizardsReadsAreOneRequestEach()
{
    // Opening the Add account wizard: the catalog with the group's path, then the activation page's
    // email with the activation page's address. Before, three requests and two.
    bc::CatalogService catalog(*m_db);
    std::optional<bc::Result<bc::CatalogService::Offered>> offered;
    QCOMPARE(requests([&] { offered.emplace(catalog.offered(m_unit)); }), 1);
    QVERIFY(*offered);
    QCOMPARE((*offered)->groupPath, u"Acme MSP/Contoso/Sales"_s);
    bc::ActivationService activation(*m_db);
    std::optional<bc::Result<bc::ActivationService::NewAccountEmail>> email;
    QCOMPARE(requests([&] { email.emplace(activation.newAccountEmail(m_unit)); }), 1);
    QVERIFY(*email);
    QCOMPARE((*email)->email.subject, bc::EmailTemplates::defaultActivation().subject);
    // The wizard asks both at once: one request for the two (was two, one after the other).
    bc::ActivationService::NewAccountEmail together;
    QCOMPARE(
        requests([&] { offered.emplace(catalog.offered(m_unit, activation.newAccountEmailReads(m_unit, &together))); }),
        1);
    QVERIFY(*offered);
    QCOMPARE((*offered)->groupPath, u"Acme MSP/Contoso/Sales"_s);
    QCOMPARE(together.email.subject, bc::EmailTemplates::defaultActivation().subject);
    QCOMPARE(together.facts.organization, u"Contoso"_s);
    QCOMPARE(together.linkBase, (*email)->linkBase);
}

void TestRoundTrips::creatingAnAccountIsTwoRequests_data()
{
    QTest::addColumn<bool>("email");
    QTest::newRow("active") << false;
    QTest::newRow("inactive, with its activation email") << true;
}

void TestRoundTrips::creatingAnAccountIsTwoRequests()
{
    // Finish in the wizard: the transaction and its lock with what the create needs to know (a
    // retry's earlier account, the catalog, the email's facts) and the new account's id; then the
    // new row, the links, the email, the audit entry and the commit. Before, nine, then three (the
    // new row on its own, read back).
    QFETCH(bool, email);
    auto subscription = bc::CatalogService(*m_fixture).addSubscription({0, m_customer, u"Backup PAYG #1001"_s});
    QVERIFY(subscription);
    bc::AccountService accounts(*m_db);
    int made = 0;
    const qint64 sent = requests([&] {
        bc::AccountDraft draft;
        draft.login = u"new%1"_s.arg(++made);
        draft.email = draft.login + u"@contoso.com"_s;
        draft.requestId = u"request-%1-%2"_s.arg(email).arg(made);
        draft.sendActivationEmail = email;
        draft.subscriptionIds = {subscription->id};
        auto created = accounts.create(m_unit, draft, email ? bc::AccountStatus::Inactive : bc::AccountStatus::Active);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->subscriptionIds, QList<qint64> {subscription->id});
    });
    QCOMPARE(sent, 2);
    // The links, sent with the commit, are stored.
    bc::AccountService fixture(*m_fixture);
    auto found = fixture.findByLogin(u"new3"_s);
    QVERIFY(found && *found);
    auto stored = fixture.account((**found).id);
    QVERIFY(stored);
    QCOMPARE(stored->subscriptionIds, QList<qint64> {subscription->id});
}

void TestRoundTrips::creatingManyAccountsIsTwoRequestsHoweverMany_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("delay"); // ms each way
    QTest::addColumn<int>("expected"); // requests
    QTest::newRow("one") << 1 << 10 << 2;
    QTest::newRow("fifty") << 50 << 10 << 2;
    QTest::newRow("six hundred: more logins than one statement binds") << 600 << 10 << 2;
    // Over a quick link a batch's rows go ahead (Database::sendAhead()): the server writes them
    // while the client makes the rest into text. One person's account does not.
    QTest::newRow("one, over a quick link") << 1 << 0 << 2;
    QTest::newRow("fifty, over a quick link") << 50 << 0 << 3;
}

void TestRoundTrips::creatingManyAccountsIsTwoRequestsHoweverMany()
{
    // A batch of an import (createAll): what its creates need to know, for every group and login
    // together, and the new ids; then every row, link, activation link, email and audit entry with
    // the commit. Before, two requests per account.
    QFETCH(int, count);
    QFETCH(int, delay);
    QFETCH(int, expected);
    auto subscription = bc::CatalogService(*m_fixture).addSubscription({0, m_customer, u"Backup PAYG #1001"_s});
    QVERIFY(subscription);
    bc::AccountService accounts(*m_db);
    m_proxy->setDelay(delay);
    int batch = 0;
    QList<bc::Account> made;
    const qint64 sent = requests([&] {
        ++batch;
        QList<bc::AccountService::NewAccountRequest> batchRequests;
        for (int i = 0; i < count; ++i) {
            bc::AccountDraft draft;
            draft.login = u"batch%1-%2"_s.arg(batch).arg(i);
            draft.email = draft.login + u"@contoso.com"_s;
            draft.sendActivationEmail = true;
            draft.subscriptionIds = {subscription->id};
            batchRequests.append({i % 2 == 0 ? m_unit : m_customer, draft});
        }
        auto created = accounts.createAll(batchRequests);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->size(), count);
        made = *created;
    });
    QCOMPARE(sent, expected);
    // Each of the last batch is stored as it was given back, with its link, its activation email
    // and its audit entry.
    bc::AccountService fixture(*m_fixture);
    for (const bc::Account &account : std::as_const(made)) {
        auto stored = fixture.account(account.id);
        QVERIFY(stored);
        QCOMPARE(stored->login, account.login);
        QCOMPARE(stored->groupId, account.groupId);
        QCOMPARE(stored->subscriptionIds, QList<qint64> {subscription->id});
        QCOMPARE(stored->subscriptionCount, 1);
    }
    const auto countOf = [&](const QString &sql) {
        auto query = m_fixture->run(sql, {u"batch3-%"_s});
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    QCOMPARE(countOf(u"SELECT count(*) FROM outbox o JOIN accounts a ON a.id = o.account_id WHERE a.login LIKE ?"_s),
             count);
    QCOMPARE(countOf(u"SELECT count(*) FROM activation_tokens t JOIN accounts a ON a.id = t.account_id "
                     "WHERE a.login LIKE ?"_s),
             count);
    QCOMPARE(countOf(u"SELECT count(*) FROM audit_log WHERE action = 'account.created' AND summary LIKE ?"_s), count);
}

void TestRoundTrips::aWriteAfterTheServerDroppedTheConnectionStillCommits()
{
    // A write transaction opens with its first statement (no round trip of its own). When the
    // connection turns out to be gone then, nothing of the transaction is on the server: it opens
    // again on a new connection, and the person notices nothing.
    bc::AccountService accounts(*m_db);
    m_proxy->dropConnections();
    bc::AccountDraft draft;
    draft.login = u"after.drop"_s;
    draft.email = u"after.drop@contoso.com"_s;
    auto created = accounts.create(m_unit, draft, bc::AccountStatus::Active);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    auto stored = bc::AccountService(*m_fixture).findByLogin(u"after.drop"_s);
    QVERIFY(stored && *stored);
    QCOMPARE((**stored).id, created->id);
    // A refused write sends nothing it need not: the next one finds the connection as it was.
    draft.email = u"after.drop.2@contoso.com"_s;
    auto taken = accounts.create(m_unit, draft, bc::AccountStatus::Active);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, bc::Error::Code::LoginTaken);
    // Refused by the unique index at the commit (the row travels with it): still about the login.
    QCOMPARE(taken.error().field, bc::Field::login);
    QVERIFY2(taken.error().message.contains(u"after.drop"_s), qPrintable(taken.error().message));
    draft.login = u"after.drop.2"_s;
    QVERIFY(accounts.create(m_unit, draft, bc::AccountStatus::Active));
}

void TestRoundTrips::changingTheStatusOfManyAccountsIsTwoRequests_data()
{
    QTest::addColumn<bool>("disable");
    QTest::addColumn<bool>("unsentEmails");
    QTest::addColumn<int>("delay");
    QTest::addColumn<int>("expected");
    QTest::newRow("disable") << true << false << 10 << 2;
    QTest::newRow("disable, withdrawing unsent activation emails") << true << true << 10 << 2;
    QTest::newRow("enable (no email to withdraw)") << false << false << 10 << 2;
    // Over a quick link the statuses go ahead (Database::sendAhead()): the server changes the
    // accounts while their audit entries are made, and the commit's message follows its answer.
    QTest::newRow("disable, over a quick link") << true << true << 0 << 3;
}

void TestRoundTrips::changingTheStatusOfManyAccountsIsTwoRequests()
{
    // Disable or Enable on a selection (one batch): the transaction with the accounts as they are
    // (and, when disabling, how many unsent emails each has to withdraw, in the same message); then
    // the statuses (and the withdrawal), the audit entries (written from the accounts the batch
    // holds, not read again) and the commit. Before, four to six, then four, then three. Each
    // message waits `delay` ms on its way there and back.
    QFETCH(bool, disable);
    QFETCH(bool, unsentEmails);
    QFETCH(int, delay);
    QFETCH(int, expected);
    bc::AccountService fixture(*m_fixture);
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        bc::AccountDraft draft;
        draft.login = u"bulk%1"_s.arg(i);
        draft.email = draft.login + u"@contoso.com"_s;
        draft.sendActivationEmail = unsentEmails;
        // An email waits for an account that is not active yet.
        const bc::AccountStatus status = !disable ? bc::AccountStatus::Disabled
            : unsentEmails                        ? bc::AccountStatus::Inactive
                                                  : bc::AccountStatus::Active;
        auto created = fixture.create(m_customer, draft, status);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        ids.append(created->id);
    }
    bc::AccountService accounts(*m_db);
    m_proxy->setDelay(delay);
    int round = 0;
    const qint64 sent = requests([&] {
        // Each time other accounts, so that each time there is something to change.
        const QList<qint64> some = ids.mid(round++ * 10, 10);
        const bc::BulkOutcome outcome = disable ? accounts.disableAll(some) : accounts.enableAll(some);
        QCOMPARE(outcome.changed.size(), some.size());
    });
    QCOMPARE(sent, expected);
    // What went with the commit is stored: the statuses, one audit entry each, the withdrawal.
    auto changed = fixture.account(ids.first());
    QVERIFY(changed);
    QCOMPARE(changed->status == bc::AccountStatus::Disabled, disable);
    const auto count = [this](const QString &sql) {
        auto query = m_fixture->run(sql, {});
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = '%1' AND summary LIKE 'bulk%'"_s.arg(
                 disable ? u"account.disabled"_s : u"account.enabled"_s)),
             30);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE status = 'withdrawn'"_s), unsentEmails ? 30 : 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'account.activation-withdrawn'"_s),
             unsentEmails ? 30 : 0);
}

void TestRoundTrips::anActionAsksWhetherASignInIsNeededOnce()
{
    // Nobody signed in on a database without operators: every check of an action (Finish asks
    // whether the account may be made, then whether its switches may be granted) used to ask the
    // server again whether an operator exists, then every action once. Now once until something
    // changed: a commit on this connection, or a change made elsewhere that the ChangeWatcher
    // noticed, so that an operator made meanwhile ends the work without sign-in.
    bc::ActingOperator acting(*m_db);
    bc::AccountDraft draft;
    draft.login = u"granted"_s;
    const auto action = [&] {
        acting.beginAction();
        QVERIFY(acting.allows(bc::Permission::CreateAccounts, m_unit));
        QVERIFY(acting.mayGrant(draft));
        QVERIFY(acting.allows(bc::Permission::EditAccounts, m_customer));
        acting.endAction();
    };
    const auto sentOnce = [&] {
        const qint64 before = m_proxy->requestsToServer();
        action();
        return m_proxy->requestsToServer() - before;
    };
    QCOMPARE(sentOnce(), 1);
    // The next actions ask nothing while nothing changed.
    QCOMPARE(requests(action), 0);
    acting.noteChangeElsewhere();
    QCOMPARE(sentOnce(), 1);
    QVERIFY(bc::GroupService(*m_db).create(m_root, u"Northwind"_s));
    QCOMPARE(sentOnce(), 1);
}

void TestRoundTrips::theDeleteHintIsOneRequest()
{
    // Asked after every change of the selection, in the background: it must be done before the
    // user acts, not hold the worker a round trip per profile. Before, one plus one per profile.
    bc::CatalogService catalog(*m_fixture);
    bc::Profile locked;
    locked.groupId = m_customer;
    locked.name = u"Kept for years"_s;
    locked.dataLock = true;
    auto profile = catalog.addProfile(locked);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    bc::AccountService fixture(*m_fixture);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        bc::AccountDraft draft;
        draft.login = u"hint%1"_s.arg(i);
        draft.email = draft.login + u"@contoso.com"_s;
        draft.profileId = i == 2 ? profile->id : 0;
        auto created = fixture.create(m_customer, draft);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        ids.append(created->id);
    }
    bc::AccountService accounts(*m_db);
    std::optional<bc::Result<QString>> hint;
    QCOMPARE(requests([&] { hint.emplace(accounts.deleteRefusal(ids)); }), 1);
    QVERIFY(*hint);
    QVERIFY2((*hint)->contains(u"\"hint2\""_s), qPrintable(**hint));
}

void TestRoundTrips::aTreeIsOneRequestHoweverOpen()
{
    // The tree's first read brings the top group with its children (the tree shows it open), and a
    // tree read again brings the children of every open group at once. Before, one request for the
    // top group, then one per open group, each queued behind whatever the worker had to do.
    bc::ActingOperator acting(*m_db);
    QVERIFY(acting.allows(bc::Permission::ManageGroups, m_root)); // nobody's authority, asked once
    std::optional<bc::Result<bc::GroupStore::TopOfTree>> tree;
    QCOMPARE(requests([&] { tree.emplace(acting.topGroupWithChildren()); }), 1);
    QVERIFY(*tree);
    QCOMPARE((*tree)->top->id, m_root);
    QCOMPARE((*tree)->children.size(), 1);
    QCOMPARE((*tree)->children.first().id, m_customer);
    bc::GroupService groups(*m_db);
    std::optional<bc::Result<QHash<qint64, QList<bc::Group>>>> open;
    QCOMPARE(requests([&] { open.emplace(groups.childrenOf({m_customer, m_unit, m_root})); }), 1);
    QVERIFY(*open);
    QCOMPARE((*open)->value(m_customer).size(), 1);
    QCOMPARE((*open)->value(m_customer).first().id, m_unit);
    QVERIFY((*open)->contains(m_unit));
    QVERIFY((*open)->value(m_unit).isEmpty());
    QCOMPARE((*open)->value(m_root).size(), 1);
}

void TestRoundTrips::theOpeningIsOneRequestAndTheTreeTakesIt()
{
    // A console opening asked for the top group, then whether a sign-in is needed, then (its window
    // up) for the tree: three requests one after another. Now one, which the tree's first read
    // takes.
    bc::ActingOperator acting(*m_db);
    std::optional<bc::Result<bc::ActingOperator::Opening>> opening;
    QCOMPARE(requests([&] { opening.emplace(acting.opening()); }), 1);
    QVERIFY(*opening);
    QVERIFY(!(*opening)->signInNeeded);
    QCOMPARE((*opening)->tree.top->id, m_root);
    QCOMPARE((*opening)->tree.children.size(), 1);
    std::optional<bc::Result<bc::GroupStore::TopOfTree>> tree;
    const qint64 before = m_proxy->requestsToServer();
    acting.beginAction();
    tree.emplace(acting.topGroupWithChildren());
    acting.endAction();
    QCOMPARE(m_proxy->requestsToServer() - before, 0);
    QVERIFY(*tree);
    QCOMPARE((*tree)->children.first().id, m_customer);
}

QTEST_GUILESS_MAIN(TestRoundTrips)
#include "tst_roundtrips.moc"

void TestRoundTrips::openingADatabaseIsTheDriversConnectionAndOneRequest()
{
    // Over a slow link a connection costs what libpq sends before the first statement: the TLS
    // question, the startup and the password's exchange (SCRAM), none of them the console's. Qt's
    // QPSQL then asked five things of its own; the console's driver asks none. Then the console asks
    // which tables there are and the schema's version, in one message.
    const auto address = bc::DatabaseAddress::parse(m_proxied);
    QVERIFY(address);
    const QUrl url(m_proxied);
    // What a bare connection through `driver` sends to the server, its goodbye aside.
    const auto connectionRequests = [&](QSqlDriver *driver) -> qint64 {
        const QString name = u"roundtrips-bare"_s;
        qint64 sent = -1;
        {
            QSqlDatabase plain =
                driver ? QSqlDatabase::addDatabase(driver, name) : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            plain.setHostName(url.host());
            plain.setPort(url.port());
            plain.setDatabaseName(url.path().mid(1));
            plain.setUserName(url.userName());
            plain.setPassword(qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD"));
            const qint64 before = m_proxy->requestsToServer();
            if (!plain.open()) {
                qWarning().noquote() << plain.lastError().text();
                return -1;
            }
            sent = m_proxy->requestsToServer() - before;
            plain.close();
            // Its goodbye (libpq's Terminate), counted by the proxy's thread when it arrives.
            if (!QTest::qWaitFor([&] { return m_proxy->requestsToServer() - before == sent + 1; }, 5000))
                sent = -1;
        }
        QSqlDatabase::removeDatabase(name);
        return sent;
    };
    const qint64 qpsql = connectionRequests(nullptr);
    const qint64 own = connectionRequests(new bc::PostgresDriver);
    QVERIFY(own > 0);
    QVERIFY2(own <= 4, qPrintable(QString::number(own))); // TLS question, startup, two SCRAM messages
    QCOMPARE(qpsql - own, 5); // QPSQL's version, backslash, encoding, date style and bytea questions
    const qint64 before = m_proxy->requestsToServer();
    auto db = bc::test::openFixture(*address);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE(m_proxy->requestsToServer() - before, own + 1);
    QCOMPARE((*db)->run(u"SELECT version FROM schema_version"_s)->next(), true);
}

void TestRoundTrips::listeningForChangesTravelsWithTheNextStatement()
{
    // The workspace's LISTEN was a request of its own, in front of a console's first answer: now
    // it goes with whatever the connection sends next (the opening's reads).
    const qint64 before = m_proxy->requestsToServer();
    bc::ChangeWatcher watcher(*m_db);
    QSignalSpy changed(&watcher, &bc::ChangeWatcher::changedElsewhere);
    QCOMPARE(m_proxy->requestsToServer() - before, 0);
    bc::ActingOperator acting(*m_db);
    auto opening = acting.opening();
    QVERIFY(opening);
    QCOMPARE(m_proxy->requestsToServer() - before, 1);
    // Nothing is left to send on its own.
    QTest::qWait(100);
    QCOMPARE(m_proxy->requestsToServer() - before, 1);
    // And it listens: another connection's commit is noticed, this one's own is not.
    QVERIFY(bc::GroupService(*m_db).create(m_root, u"Fabrikam"_s));
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
    QVERIFY(bc::GroupService(*m_fixture).create(m_root, u"Northwind"_s));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
}
