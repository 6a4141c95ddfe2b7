#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/bulkrun.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// A bulk action on a large selection as the window runs it: one job on the workspace's worker,
// a progress dialog with Cancel, whole batches done and the list read again once.
class BulkActionProgressTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldStopAfterTheBatchUnderWayWhenCanceled();
    void shouldSayWhatTheSummaryOfAnOutcomeIs_data();
    void shouldSayWhatTheSummaryOfAnOutcomeIs();

private:
    int countWithStatus(AccountStatus status) const;

    static constexpr int accountCount = 600; // three batches: 250, 250 and 100
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Settings> m_settings;
    qint64 m_customerId = 0;
};

void BulkActionProgressTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString location = test::freshLocation(u"bulk"_s);
    QVERIFY(!location.isEmpty());
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = std::make_unique<Workspace>(m_db->address(), m_db->openOptions());
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    const qint64 rootId = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_customerId = m_groups->create(rootId, u"Contoso"_s)->id;
    // In one transaction: a fixture, not what is tested.
    auto seeded = m_db->write([&]() -> Result<void> {
        for (int i = 0; i < accountCount; ++i) {
            AccountDraft draft;
            draft.login = u"user%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            draft.email = u"%1@contoso.com"_s.arg(draft.login);
            auto inserted = AccountStore(*m_db).insert(m_customerId, draft, AccountStatus::Active,
                                                       QDateTime::currentDateTimeUtc(), {});
            if (!inserted)
                return fail(inserted.error());
        }
        return {};
    });
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    m_settings->setLastGroupId(m_db->location(), m_customerId);
}

void BulkActionProgressTest::cleanup()
{
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

int BulkActionProgressTest::countWithStatus(AccountStatus status) const
{
    AccountQuery query;
    query.groupId = m_customerId;
    auto page = m_accounts->page(query, 0, accountCount);
    if (!page)
        return -1;
    return static_cast<int>(std::count_if(page->cbegin(), page->cend(),
                                          [status](const Account &account) { return account.status == status; }));
}

void BulkActionProgressTest::shouldStopAfterTheBatchUnderWayWhenCanceled()
{
    MainWindow window(*m_workspace, *m_settings, m_db->displayName());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.bulkActions()->setProgressDelay(0);
    QTRY_COMPARE(window.currentGroupId(), m_customerId);
    AccountListPanel *panel = window.accountList();
    QTRY_VERIFY(panel->model()->isSettled() && panel->model()->rowCount() == accountCount);
    // Every row loaded, so that every selected row has its account.
    for (int row = 0; row < accountCount; row += AccountListModel::pageSize)
        QTRY_VERIFY(panel->model()->index(row, 0).data(AccountListModel::AccountIdRole).toLongLong() != 0);
    QTRY_VERIFY(panel->model()->isRowLoaded(accountCount - 1));
    panel->view()->selectAll();
    QTRY_COMPARE(panel->selectedAccountIds().size(), accountCount);
    auto *disable = window.findChild<QAction *>(u"disableAccountsAction"_s);
    QTRY_VERIFY(disable->isEnabled());

    // The worker is held busy, so that Cancel comes while the job waits for it: the job then stops
    // after its first batch, whatever the speed of the machine.
    auto gate = std::make_shared<QSemaphore>();
    QTRY_VERIFY(panel->model()->isSettled());
    m_workspace->run([gate](WorkspaceServices &) {
        gate->acquire();
        return 0;
    });
    QSignalSpy changed(m_workspace.get(), &Workspace::accountsChanged);
    QSignalSpy reloaded(panel->model(), &AccountListModel::settled);
    whenModalOpens<QMessageBox>(this, [](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    disable->trigger();
    QVERIFY(window.bulkActions()->isRunning());
    QTRY_VERIFY(window.bulkActions()->progressDialog() && window.bulkActions()->progressDialog()->isVisible());
    QProgressDialog *progress = window.bulkActions()->progressDialog();
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    gate->release();

    QTRY_VERIFY(!window.bulkActions()->isRunning());
    QVERIFY(!window.bulkActions()->progressDialog());
    QCOMPARE(countWithStatus(AccountStatus::Disabled), bulkBatchSize);
    QCOMPARE(countWithStatus(AccountStatus::Active), accountCount - bulkBatchSize);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>().size(), bulkBatchSize);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"250 account"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Canceled after 250 of 600 account"_s), qPrintable(message));
    // The list is read again once, at the end.
    QTRY_COMPARE(reloaded.count(), 1);
    QTRY_COMPARE(panel->model()->index(0, AccountListModel::StatusColumn).data().toString(), u"Disabled"_s);
}

void BulkActionProgressTest::shouldSayWhatTheSummaryOfAnOutcomeIs_data()
{
    QTest::addColumn<int>("processed");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("stopped");
    QTest::addColumn<QString>("expected");
    QTest::newRow("complete") << 600 << false << false << QString();
    // The source texts: the test installs no translation.
    QTest::newRow("canceled") << 250 << true << false
                              << u"Canceled after 250 of 600 account(s); the others were left as they were."_s;
    QTest::newRow("stopped") << 500 << false << true << u"Stopped after 500 of 600 account(s): The server is gone."_s;
}

void BulkActionProgressTest::shouldSayWhatTheSummaryOfAnOutcomeIs()
{
    QFETCH(int, processed);
    QFETCH(bool, cancelled);
    QFETCH(bool, stopped);
    QFETCH(QString, expected);
    BulkOutcome outcome;
    outcome.total = 600;
    outcome.processed = processed;
    outcome.cancelled = cancelled;
    if (stopped)
        outcome.stoppedBy = Error {Error::Code::ConnectionLost, {}, u"The server is gone."_s};
    QCOMPARE(BulkActionRunner::interruption(outcome), expected);
}

QTEST_MAIN(BulkActionProgressTest)
#include "tst_bulkactionprogress.moc"
