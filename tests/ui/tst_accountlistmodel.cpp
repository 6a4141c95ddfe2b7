#include "core/services/accountpages.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "ui/accounts/accountlistmodel.h"

#include "core/storage/accountstore.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// What the console.perf category printed, from any thread.
QMutex perfMutex;
QStringList perfLines;
QtMessageHandler previousHandler = nullptr;

void collectPerf(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "console.perf") == 0) {
        const QMutexLocker lock(&perfMutex);
        perfLines.append(message);
        return;
    }
    previousHandler(type, context, message);
}

} // namespace

class AccountListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldCountEveryAccountWithoutLoadingThem();
    void shouldShowTheRowsOfAnyPage();
    void shouldSortInSqlLikeTheFullList_data();
    void shouldSortInSqlLikeTheFullList();
    void shouldFilter_data();
    void shouldFilter();
    void shouldNotReadTheSameRowsAgainForTheTopGroup_data();
    void shouldNotReadTheSameRowsAgainForTheTopGroup();
    void shouldInsertANewAccountAtItsSortedRow();
    void shouldIgnoreANewAccountOutsideTheList();
    void shouldDropADisabledAccountFromAnActiveOnlyList();
    void shouldKeepTheSelectedAccountAcrossASort();
    void shouldRemoveADeletedAccount();
    void shouldReadTheListOnceAfterABulkAction();
    void activationStatesFollowThePagesAfterTheRequestsThatWait();
    void theDeleteHintIsReadOnTheListsWorkerForTheLatestSelection();
    void shouldLocateAnAccountOnTheWorker_data();
    void shouldLocateAnAccountOnTheWorker();
    void shouldSearchNonAsciiWithoutRegardToCase_data();
    void shouldSearchNonAsciiWithoutRegardToCase();
    void shouldReadFarRowsFromAnchors_data();
    void shouldReadFarRowsFromAnchors();
    void shouldLogTimingsWhenPerfLoggingIsOn_data();
    void shouldLogTimingsWhenPerfLoggingIsOn();

private:
    QStringList column(int column, int rows) const;
    // Asks for the row's page (it loads on the worker thread) and tells whether it is there.
    bool rowLoaded(int row) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_rootId = 0;
    qint64 m_customerId = 0;
    qint64 m_unitId = 0;
    QList<Account> m_all;
};

void AccountListModelTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void AccountListModelTest::init()
{
    // A new database on the backend the test runs on; the test's own connection fills it, the
    // list reads it on its worker.
    const QString location = test::freshLocation(u"list"_s);
    QVERIFY(!location.isEmpty());
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_rootId = m_groups->createRoot(u"MSP"_s)->id;
    m_customerId = m_groups->create(m_rootId, u"Customer"_s)->id;
    m_unitId = m_groups->create(m_customerId, u"Unit"_s)->id;

    // 300 accounts: a few pages' worth, spread over the groups and statuses. Written in one
    // statement batch (AccountStore::insertMany, as an import does), not one create() each: this
    // runs before each of the test's 54 rows, on three backends.
    QList<AccountStore::NewAccount> seeded;
    for (int i = 0; i < 300; ++i) {
        AccountStore::NewAccount account;
        AccountDraft &draft = account.draft;
        draft.login = u"user%1"_s.arg((i * 7919) % 1000, 3, 10, QLatin1Char('0'));
        draft.email = u"%1@example.com"_s.arg(draft.login);
        draft.firstName = u"First%1"_s.arg(i % 13);
        draft.lastName = u"Last%1"_s.arg(i % 17);
        draft.displayName = draft.firstName + u' ' + draft.lastName;
        draft.administrator = i % 5 == 0;
        draft.phone = u"+1 555 0100"_s;
        draft.address = u"1 Infinite Loop"_s;
        if (i % 3)
            draft.quotas[Resource::Storage].limit = (i % 10) * 1000;
        account.groupId = i % 3 == 0 ? m_rootId : i % 3 == 1 ? m_customerId : m_unitId;
        account.status = i % 4 == 0 ? AccountStatus::Active : AccountStatus::Inactive;
        seeded.append(account);
    }
    // In three batches, each made a minute before the one written before it: sorting by creation
    // then differs from the order of the ids.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int batch = 0; batch < 3; ++batch)
        QVERIFY(AccountStore(*m_db).insertMany(seeded.mid(batch * 100, 100), now.addSecs(-60 * batch)));
    m_all.clear();
    auto stored = m_db->run(AccountStore::selectRows() + u"ORDER BY id"_s);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    while (stored->next())
        m_all.append(AccountStore::readRow(*stored));
    QCOMPARE(m_all.size(), 300);
    m_model = std::make_unique<AccountListModel>(*m_accounts);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(m_model->isSettled());
}

void AccountListModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

bool AccountListModelTest::rowLoaded(int row) const
{
    m_model->index(row, 0).data();
    return m_model->isRowLoaded(row);
}

QStringList AccountListModelTest::column(int columnIndex, int rows) const
{
    QStringList values;
    for (int row = 0; row < rows && row < m_model->rowCount(); ++row)
        values.append(m_model->index(row, columnIndex).data().toString());
    return values;
}

void AccountListModelTest::shouldCountEveryAccountWithoutLoadingThem()
{
    QCOMPARE(m_model->rowCount(), 300);
    QCOMPARE(m_model->columnCount(), int(AccountListModel::ColumnCount));
    QVERIFY2(m_model->cachedPageCount() <= 2, "only the pages asked for are loaded");
    QTRY_VERIFY(rowLoaded(299));
    QVERIFY2(m_model->cachedPageCount() <= 3, "reading the last row loads its page, not the table");
}

void AccountListModelTest::shouldShowTheRowsOfAnyPage()
{
    QList<Account> sorted = m_all;
    std::sort(sorted.begin(), sorted.end(), [](const Account &a, const Account &b) { return a.login < b.login; });
    for (int row : {0, 1, 127, 128, 200, 299}) {
        QTRY_VERIFY(rowLoaded(row));
        QCOMPARE(m_model->index(row, AccountListModel::LoginColumn).data().toString(), sorted.at(row).login);
        QCOMPARE(m_model->index(row, AccountListModel::EmailColumn).data().toString(), sorted.at(row).email);
        QCOMPARE(m_model->index(row, 0).data(AccountListModel::AccountIdRole).toLongLong(), sorted.at(row).id);
    }
}

void AccountListModelTest::shouldSortInSqlLikeTheFullList_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < AccountListModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void AccountListModelTest::shouldSortInSqlLikeTheFullList()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // The expected order, computed in C++ over every account: key, then id as the tie-breaker.
    const auto key = [column](const Account &account) -> QVariant {
        switch (AccountListModel::sortColumn(column)) {
        case AccountColumn::Login:
            return account.login;
        case AccountColumn::Name:
            return account.displayName;
        case AccountColumn::Email:
            return account.email;
        case AccountColumn::Status:
            return bc::toKey(account.status);
        case AccountColumn::Administrator:
            return account.administrator ? 1 : 0;
        case AccountColumn::StorageQuota:
            return account.quotas[Resource::Storage].limit.value_or(std::numeric_limits<qint64>::max());
        case AccountColumn::Created:
            return account.createdAt;
        }
        return {};
    };
    QList<Account> expected = m_all;
    std::sort(expected.begin(), expected.end(), [&](const Account &a, const Account &b) {
        const QPartialOrdering c = QVariant::compare(key(a), key(b));
        if (c == QPartialOrdering::Equivalent)
            return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(column, order);
    QTRY_VERIFY(m_model->isSettled());
    QVERIFY(layout.count() <= 1);
    QCOMPARE(m_model->rowCount(), 300);
    for (int row = 0; row < 300; row += 37) {
        QTRY_VERIFY(rowLoaded(row));
        QVERIFY2(m_model->index(row, 0).data(AccountListModel::AccountIdRole).toLongLong() == expected.at(row).id,
                 qPrintable(u"row %1: %2 instead of %3"_s.arg(row).arg(m_model->index(row, 0).data().toString(),
                                                                       expected.at(row).login)));
    }
}

void AccountListModelTest::shouldFilter_data()
{
    QTest::addColumn<int>("group"); // 0 all, 1 root, 2 customer, 3 unit
    QTest::addColumn<bool>("includeSubgroups");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("search");
    QTest::addRow("everything") << 0 << false << QString() << QString();
    QTest::addRow("root only") << 1 << false << QString() << QString();
    QTest::addRow("root and below") << 1 << true << QString() << QString();
    QTest::addRow("customer and below") << 2 << true << QString() << QString();
    QTest::addRow("unit") << 3 << false << QString() << QString();
    QTest::addRow("active") << 0 << false << u"active"_s << QString();
    QTest::addRow("inactive in customer") << 2 << true << u"inactive"_s << QString();
    QTest::addRow("search login") << 0 << false << QString() << u"user1"_s;
    QTest::addRow("search upper case") << 0 << false << QString() << u"USER00"_s;
    QTest::addRow("search name") << 0 << false << QString() << u"Last1"_s;
    QTest::addRow("search wildcard is literal") << 0 << false << QString() << u"user_"_s;
    QTest::addRow("search nothing") << 0 << false << QString() << u"nobody"_s;
}

void AccountListModelTest::shouldFilter()
{
    QFETCH(int, group);
    QFETCH(bool, includeSubgroups);
    QFETCH(QString, status);
    QFETCH(QString, search);
    const QList<qint64> groupIds {0, m_rootId, m_customerId, m_unitId};
    AccountQuery query;
    query.groupId = groupIds.at(group);
    query.includeSubgroups = includeSubgroups;
    query.status = bc::fromKey<AccountStatus>(status);
    query.search = search;
    m_model->setQuery(query);
    QTRY_VERIFY(m_model->isSettled());

    const auto inGroup = [&](const Account &account) {
        if (group == 0)
            return true;
        if (!includeSubgroups)
            return account.groupId == groupIds.at(group);
        if (group == 1)
            return true;
        if (group == 2)
            return account.groupId == m_customerId || account.groupId == m_unitId;
        return account.groupId == m_unitId;
    };
    const int expected = static_cast<int>(std::count_if(m_all.cbegin(), m_all.cend(), [&](const Account &account) {
        const bool statusMatches = !query.status || account.status == *query.status;
        const bool searchMatches = search.isEmpty() || account.login.contains(search, Qt::CaseInsensitive)
            || account.email.contains(search, Qt::CaseInsensitive)
            || account.displayName.contains(search, Qt::CaseInsensitive);
        return inGroup(account) && statusMatches && searchMatches;
    }));
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); row += 11) {
        QTRY_VERIFY(rowLoaded(row));
        const qint64 id = m_model->index(row, 0).data(AccountListModel::AccountIdRole).toLongLong();
        const auto it = std::find_if(m_all.cbegin(), m_all.cend(), [id](const Account &a) { return a.id == id; });
        QVERIFY(it != m_all.cend());
        QVERIFY2(inGroup(*it), qPrintable(it->login));
    }
}

void AccountListModelTest::shouldNotReadTheSameRowsAgainForTheTopGroup_data()
{
    // A window lists every group until its tree selects the top one: the same rows, not read again.
    QTest::addColumn<bool>("topGroupKnown");
    QTest::addColumn<int>("group"); // 1: the top group, 2: a customer
    QTest::addColumn<bool>("includeSubgroups");
    QTest::addColumn<bool>("readAgain");
    QTest::newRow("the top group with its subgroups") << true << 1 << true << false;
    QTest::newRow("the top group alone") << true << 1 << false << true;
    QTest::newRow("a customer with its subgroups") << true << 2 << true << true;
    QTest::newRow("the top group, not known to be it") << false << 1 << true << true;
}

void AccountListModelTest::shouldNotReadTheSameRowsAgainForTheTopGroup()
{
    QFETCH(bool, topGroupKnown);
    QFETCH(int, group);
    QFETCH(bool, includeSubgroups);
    QFETCH(bool, readAgain);
    QCOMPARE(m_model->query().groupId, 0);
    QCOMPARE(m_model->rowCount(), 300);
    if (topGroupKnown)
        m_model->setTopGroup(m_rootId);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    AccountQuery query = m_model->query();
    query.groupId = group == 1 ? m_rootId : m_customerId;
    query.includeSubgroups = includeSubgroups;
    m_model->setQuery(query);
    QCOMPARE(m_model->query(), query);
    QCOMPARE(m_model->isSettled(), !readAgain);
    QTRY_VERIFY(m_model->isSettled());
    QCOMPARE(resets.size(), readAgain ? 1 : 0);
    // And back: every group is the same rows again.
    if (!readAgain) {
        query.groupId = 0;
        m_model->setQuery(query);
        QVERIFY(m_model->isSettled());
        QCOMPARE(m_model->rowCount(), 300);
    }
}

void AccountListModelTest::shouldInsertANewAccountAtItsSortedRow()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    AccountDraft draft;
    draft.login = u"user0005a"_s; // sorts right after user000..user005
    draft.email = u"new@example.com"_s;
    auto account = m_accounts->create(m_unitId, draft);
    QVERIFY(account);
    QTRY_COMPARE(inserted.count(), 1);
    const int row = inserted.first().at(1).toInt();
    QCOMPARE(m_model->rowCount(), 301);
    QTRY_VERIFY(rowLoaded(row));
    QCOMPARE(m_model->index(row, AccountListModel::LoginColumn).data().toString(), u"user0005a"_s);
    QCOMPARE(m_model->index(row, AccountListModel::StatusColumn).data().toString(), u"Inactive"_s);
    QCOMPARE(m_model->rowOfAccount(account->id), row);
}

void AccountListModelTest::shouldIgnoreANewAccountOutsideTheList()
{
    AccountQuery query;
    query.groupId = m_customerId;
    m_model->setQuery(query);
    QTRY_VERIFY(m_model->isSettled());
    const int before = m_model->rowCount();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    AccountDraft draft;
    draft.login = u"elsewhere"_s;
    draft.email = u"elsewhere@example.com"_s;
    QVERIFY(m_accounts->create(m_unitId, draft));
    QTRY_VERIFY(m_model->isSettled());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), before);
}

void AccountListModelTest::shouldDropADisabledAccountFromAnActiveOnlyList()
{
    AccountQuery query;
    query.status = AccountStatus::Active;
    m_model->setQuery(query);
    QTRY_VERIFY(m_model->isSettled());
    const int before = m_model->rowCount();
    QVERIFY(before > 0);
    QTRY_VERIFY(rowLoaded(3));
    const qint64 id = m_model->index(3, 0).data(AccountListModel::AccountIdRole).toLongLong();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_accounts->disable(id));
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 3);
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->rowOfAccount(id), -1);
}

void AccountListModelTest::shouldLocateAnAccountOnTheWorker_data()
{
    QTest::addColumn<bool>("activeOnly");
    QTest::addColumn<bool>("pickInactive");
    QTest::newRow("last of all, far past the loaded page") << false << false;
    QTest::newRow("last of the active ones") << true << false;
    QTest::newRow("inactive, in a list of active ones") << true << true;
}

void AccountListModelTest::shouldLocateAnAccountOnTheWorker()
{
    QFETCH(bool, activeOnly);
    QFETCH(bool, pickInactive);
    AccountQuery query;
    if (activeOnly)
        query.status = AccountStatus::Active;
    m_model->setQuery(query);
    QTRY_VERIFY(m_model->isSettled());
    QList<Account> sorted = m_all;
    std::sort(sorted.begin(), sorted.end(), [](const Account &a, const Account &b) { return a.login < b.login; });
    QList<qint64> listed;
    for (const Account &account : std::as_const(sorted)) {
        if (!activeOnly || account.status == AccountStatus::Active)
            listed.append(account.id);
    }
    const auto picked = std::find_if(sorted.crbegin(), sorted.crend(), [&](const Account &account) {
        return !pickInactive || account.status == AccountStatus::Inactive;
    });
    QVERIFY(picked != sorted.crend());
    const qint64 id = picked->id;
    const int expected = static_cast<int>(listed.indexOf(id));
    QCOMPARE(m_model->rowCount(), listed.size());
    if (expected >= AccountListModel::pageSize)
        QCOMPARE(m_model->rowOfAccount(id), -1); // not loaded: the GUI thread does not ask the database

    QSignalSpy located(m_model.get(), &AccountListModel::accountLocated);
    m_model->locateAccount(id);
    QTRY_COMPARE(located.count(), 1);
    QCOMPARE(located.first().at(0).toLongLong(), id);
    QCOMPARE(located.first().at(1).toInt(), expected);
}

void AccountListModelTest::shouldKeepTheSelectedAccountAcrossASort()
{
    QTRY_VERIFY(rowLoaded(10));
    const QPersistentModelIndex selected(m_model->index(10, AccountListModel::LoginColumn));
    const QString login = selected.data().toString();
    m_model->sort(AccountListModel::EmailColumn, Qt::DescendingOrder);
    QTRY_VERIFY(m_model->isSettled());
    QVERIFY(selected.isValid());
    QTRY_COMPARE(selected.data().toString(), login);
    m_model->sort(AccountListModel::StorageColumn, Qt::AscendingOrder);
    QTRY_VERIFY(m_model->isSettled());
    QTRY_COMPARE(selected.data().toString(), login);
}

void AccountListModelTest::shouldRemoveADeletedAccount()
{
    QTRY_VERIFY(rowLoaded(42) && rowLoaded(43));
    const qint64 id = m_model->index(42, 0).data(AccountListModel::AccountIdRole).toLongLong();
    const QString next = m_model->index(43, 0).data().toString();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_accounts->remove(id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 299);
    QTRY_COMPARE(m_model->index(42, 0).data().toString(), next);
}

void AccountListModelTest::activationStatesFollowThePagesAfterTheRequestsThatWait()
{
    // The Activation column's states are read on the list's own connection, once no page or
    // placement waits there (not on the workspace's, where they held up a save or a bulk action).
    QList<qint64> emailed;
    for (const QString &login : {u"aaa.mailed1"_s, u"aaa.mailed2"_s}) {
        AccountDraft draft;
        draft.login = login;
        draft.email = login + u"@example.com"_s;
        auto created = m_accounts->create(m_unitId, draft); // inactive: its email is queued
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        emailed.append(created->id);
    }
    AccountPages pages(m_accounts->databaseLocation());
    pages.readActivation();
    QStringList events;
    QList<qint64> listed;
    QList<qint64> read;
    QHash<qint64, ActivationState> states;
    connect(&pages, &AccountPages::loaded, this,
            [&](quint64, int, int, const QList<Account> &accounts, const QHash<qint64, int> &) {
                events.append(u"page"_s);
                for (const Account &account : accounts)
                    listed.append(account.id);
            });
    connect(&pages, &AccountPages::fetched, this, [&](quint64, quint64, int, const QList<Account> &accounts) {
        events.append(u"page"_s);
        for (const Account &account : accounts)
            listed.append(account.id);
    });
    connect(&pages, &AccountPages::activationRead, this,
            [&](quint64 generation, const QList<qint64> &ids, const QHash<qint64, ActivationState> &found) {
                QCOMPARE(generation, quint64(1));
                events.append(u"states"_s);
                read += ids;
                states.insert(found);
            });
    AccountQuery query;
    query.sortColumn = AccountColumn::Login;
    pages.load(1, query, 0, 50, {});
    pages.fetch(1, 0, query, 50, 50);
    pages.fetch(1, 0, query, 100, 50);
    QTRY_VERIFY(events.contains(u"states"_s));
    QTest::qWait(50);
    QCOMPARE(events, QStringList({u"page"_s, u"page"_s, u"page"_s, u"states"_s}));
    QCOMPARE(read, listed);
    QCOMPARE(listed.size(), 150);
    // Sorted by login, the two made here come first; the others have no email.
    for (qint64 id : std::as_const(emailed)) {
        QVERIFY(read.contains(id));
        QVERIFY(states.value(id).hasMessage);
        QCOMPARE(states.value(id).emailStatus, OutboxMessage::Status::Queued);
    }
    QCOMPARE(states.size(), emailed.size());

    // Without being asked to, the list's worker reads no states.
    AccountPages plain(m_accounts->databaseLocation());
    QSignalSpy plainStates(&plain, &AccountPages::activationRead);
    QSignalSpy plainLoaded(&plain, &AccountPages::loaded);
    plain.load(1, query, 0, 50, {});
    QTRY_COMPARE(plainLoaded.size(), 1);
    QTest::qWait(100);
    QCOMPARE(plainStates.size(), 0);
}

void AccountListModelTest::theDeleteHintIsReadOnTheListsWorkerForTheLatestSelection()
{
    // Why a selection cannot be deleted (a data-locked profile) is asked where the pages are, not
    // on the workspace's worker; only the latest question is answered.
    CatalogService catalog(*m_db);
    Profile locked;
    locked.groupId = m_customerId;
    locked.name = u"Legal hold"_s;
    locked.dataLock = true;
    auto profile = catalog.addProfile(locked);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    AccountDraft draft;
    draft.login = u"held.account"_s;
    draft.email = u"held@example.com"_s;
    draft.profileId = profile->id;
    auto held = m_accounts->create(m_customerId, draft, AccountStatus::Active);
    QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
    const qint64 free = m_all.first().id;

    QSignalSpy answered(m_model.get(), &AccountListModel::deleteRefusalRead);
    m_model->askDeleteRefusal({held->id});
    m_model->askDeleteRefusal({free, held->id});
    QTRY_COMPARE(answered.size(), 1);
    QTest::qWait(100);
    QCOMPARE(answered.size(), 1); // the first question was replaced before it was answered
    QCOMPARE(answered.at(0).at(0).value<QList<qint64>>(), QList<qint64>({free, held->id}));
    const QString refusal = answered.at(0).at(1).toString();
    QVERIFY2(refusal.contains(u"held.account"_s) && refusal.contains(u"data-locked"_s), qPrintable(refusal));
    QCOMPARE(refusal, AccountService::deleteRefusalOf({free, held->id}, {{held->id, u"held.account"_s}}));

    m_model->askDeleteRefusal({free});
    QTRY_COMPARE(answered.size(), 2);
    QCOMPARE(answered.at(1).at(1).toString(), QString());
}

void AccountListModelTest::shouldReadTheListOnceAfterABulkAction()
{
    QTRY_VERIFY(rowLoaded(0) && rowLoaded(5));
    QList<qint64> ids;
    for (int row = 0; row < 5; ++row)
        ids.append(m_model->index(row, 0).data(AccountListModel::AccountIdRole).toLongLong());
    const QString sixth = m_model->index(5, AccountListModel::LoginColumn).data().toString();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QCOMPARE(m_accounts->disableAll(ids).changed, ids);
    QTRY_VERIFY(m_model->isSettled());
    for (int row = 0; row < 5; ++row)
        QTRY_COMPARE(m_model->index(row, AccountListModel::StatusColumn).data().toString(),
                     AccountText::label(AccountStatus::Disabled));
    QCOMPARE(reset.count(), 0); // as many rows as before: read again in place

    QCOMPARE(m_accounts->removeAll(ids).changed, ids);
    QTRY_VERIFY(m_model->isSettled());
    QTRY_COMPARE(m_model->rowCount(), 295);
    QTRY_COMPARE(m_model->index(0, AccountListModel::LoginColumn).data().toString(), sixth);

    // A batch of an import: read once, not placed account by account.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QList<AccountService::NewAccountRequest> batch;
    for (const QString &login : {u"aaa1"_s, u"aaa2"_s}) {
        AccountDraft draft;
        draft.login = login;
        draft.email = login + u"@example.com"_s;
        batch.append({m_unitId, draft});
    }
    QVERIFY(m_accounts->createAll(batch));
    QTRY_COMPARE(m_model->rowCount(), 297);
    QTRY_VERIFY(m_model->isSettled());
    QTRY_COMPARE(m_model->index(0, AccountListModel::LoginColumn).data().toString(), u"aaa1"_s);
    QVERIFY(inserted.count() <= 1);
}

void AccountListModelTest::shouldSearchNonAsciiWithoutRegardToCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::addRow("name, upper case (trigram index)") << u"MÜLLER"_s << 1;
    QTest::addRow("email, full width") << u"ｊｕｅｒｇｅｎ"_s << 1;
    QTest::addRow("two letters: start of the name") << u"JÜ"_s << 1;
    QTest::addRow("two letters inside the name: no match") << u"ÜL"_s << 0;
}

void AccountListModelTest::shouldSearchNonAsciiWithoutRegardToCase()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    AccountDraft draft;
    draft.login = u"jm"_s;
    draft.email = u"juergen@example.com"_s;
    draft.firstName = u"Jürgen"_s;
    draft.lastName = u"Müller"_s;
    auto account = m_accounts->create(m_unitId, draft);
    QVERIFY(account);
    AccountQuery query;
    query.search = search;
    m_model->setQuery(query);
    QTRY_VERIFY(m_model->isSettled());
    QCOMPARE(m_model->rowCount(), rows);
    if (rows == 0)
        return;
    QTRY_VERIFY(rowLoaded(0));
    QCOMPARE(m_model->index(0, 0).data(AccountListModel::AccountIdRole).toLongLong(), account->id);
}

void AccountListModelTest::shouldReadFarRowsFromAnchors_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("login") << int(AccountListModel::LoginColumn) << Qt::AscendingOrder;
    QTest::newRow("name, descending") << int(AccountListModel::NameColumn) << Qt::DescendingOrder;
    QTest::newRow("status (few keys)") << int(AccountListModel::StatusColumn) << Qt::AscendingOrder;
}

void AccountListModelTest::shouldReadFarRowsFromAnchors()
{
    // Past 2,048 rows the worker notes anchors; rows read from them are the rows of the list.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QList<AccountStore::NewAccount> more;
    for (int i = 0; i < 2700; ++i) {
        AccountStore::NewAccount account;
        account.groupId = i % 2 ? m_customerId : m_unitId;
        account.draft.login = u"bulk%1"_s.arg((i * 7919) % 2700, 4, 10, QLatin1Char('0'));
        account.draft.email = account.draft.login + u"@example.com"_s;
        account.draft.displayName = u"Bulk %1"_s.arg(i % 10);
        account.status = i % 3 ? AccountStatus::Active : AccountStatus::Inactive;
        more.append(account);
    }
    QVERIFY(AccountStore(*m_db).insertMany(more, QDateTime::currentDateTimeUtc()));
    m_model->sort(column, order);
    m_model->refresh();
    QTRY_VERIFY(m_model->isAnchored());
    QCOMPARE(m_model->rowCount(), 3000);
    const AccountQuery query = m_model->query();
    for (int row : {2999, 1500, 1024, 1023, 0, 2100}) {
        QTRY_VERIFY(rowLoaded(row));
        const qint64 expected = m_accounts->page(query, row, 1)->first().id;
        QVERIFY2(m_model->index(row, 0).data(AccountListModel::AccountIdRole).toLongLong() == expected,
                 qPrintable(u"row %1"_s.arg(row)));
    }
}

void AccountListModelTest::shouldLogTimingsWhenPerfLoggingIsOn_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QStringList>("expected"); // a line must match each
    const QStringList timings {u"^first page: \\d+ ms from request to rows delivered, 300 rows$"_s,
                               u"^search: \\d+ ms from request to rows delivered, \\d+ rows$"_s,
                               u"^sort: \\d+ ms from request to rows delivered, \\d+ rows$"_s};
    QTest::newRow("off by default") << QString() << QStringList();
    QTest::newRow("console.perf=true") << u"console.perf=true"_s << timings;
    QTest::newRow("console.perf.info=true") << u"console.perf.info=true"_s << timings;
    QTest::newRow("console.perf=false") << u"console.perf=false"_s << QStringList();
}

void AccountListModelTest::shouldLogTimingsWhenPerfLoggingIsOn()
{
    QFETCH(QString, rules);
    QFETCH(QStringList, expected);
    perfLines.clear();
    QLoggingCategory::setFilterRules(rules);
    previousHandler = qInstallMessageHandler(collectPerf);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    });
    {
        AccountListModel model(*m_accounts);
        QTRY_VERIFY(model.isSettled());
        AccountQuery query;
        query.search = u"user1"_s;
        model.setQuery(query);
        QTRY_VERIFY(model.isSettled());
        model.sort(AccountListModel::EmailColumn, Qt::DescendingOrder);
        QTRY_VERIFY(model.isSettled());
    }
    const QStringList lines = [] {
        const QMutexLocker lock(&perfMutex);
        return perfLines;
    }();
    if (expected.isEmpty())
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(u'\n')));
    for (const QString &pattern : expected) {
        const QRegularExpression line(pattern);
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&line](const QString &text) { return line.match(text).hasMatch(); }),
                 qPrintable(pattern + u" not in:\n"_s + lines.join(u'\n')));
    }
}

QTEST_MAIN(AccountListModelTest)
#include "tst_accountlistmodel.moc"
