#include "core/domain/fields.h"
#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/accountstore.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountchangedialog.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// Runs `then` once `condition` holds, polling from whatever event loop runs (a dialog's exec()).
void once(QObject *context, std::function<bool()> condition, std::function<void()> then)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, condition, then] {
        if (!condition())
            return;
        timer->stop();
        timer->deleteLater();
        then();
    });
    timer->start();
}

void acceptQuestion()
{
    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    }
}

} // namespace

// Bulk actions on more than the loaded rows, and Account → Change… / Move to group…, as the window
// runs them: every row selected is every account of the list's filter, not the rows loaded; the
// dialog's fields become one change that core checks per account, and what it refuses is named.
class AccountChangeDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldActOnEveryAccountOfTheFilterWhenEveryRowIsSelected_data();
    void shouldActOnEveryAccountOfTheFilterWhenEveryRowIsSelected();
    void shouldChangeThePickedAccountsAsTheDialogSays();
    void shouldMoveWhatTheGroupAllowsAndNameWhatItRefuses();
    void shouldSayUnderAQuotaWhatCannotBeRead();

private:
    void openWindow();
    void selectRows(int first, int last);
    int countWhere(const QString &condition, const QVariantList &values = {});

    static constexpr int userCount = 1000;
    static constexpr int otherCount = 300;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_customerId = 0;
    qint64 m_otherId = 0; // Fabrikam: storage capped at 10 GB
    qint64 m_profileId = 0;
    qint64 m_subscriptionId = 0;
};

void AccountChangeDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString location = test::freshLocation(u"change"_s);
    QVERIFY(!location.isEmpty());
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = std::make_unique<Workspace>(m_db->address(), m_db->openOptions());
    m_groups = std::make_unique<GroupService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    const qint64 rootId = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_customerId = m_groups->create(rootId, u"Contoso"_s)->id;
    Quotas capped;
    capped[Resource::Storage] = Quota {10LL * 1000 * 1000 * 1000, 0};
    m_otherId = m_groups->create(rootId, u"Fabrikam"_s, capped)->id;
    Profile standard;
    standard.groupId = m_customerId;
    standard.name = u"Standard"_s;
    m_profileId = m_catalog->addProfile(standard)->id;
    Subscription payg;
    payg.groupId = m_customerId;
    payg.name = u"Backup PAYG #1001"_s;
    m_subscriptionId = m_catalog->addSubscription(payg)->id;
    // In one transaction: a fixture, not what is tested. "user…" accounts fit Fabrikam's cap,
    // "ada…" ones are unlimited.
    auto seeded = m_db->write([&]() -> Result<void> {
        for (int i = 0; i < userCount + otherCount; ++i) {
            AccountDraft draft;
            draft.login = i < userCount ? u"user%1"_s.arg(i, 4, 10, QLatin1Char('0'))
                                        : u"ada%1"_s.arg(i - userCount, 4, 10, QLatin1Char('0'));
            draft.email = u"%1@contoso.com"_s.arg(draft.login);
            if (i < userCount)
                draft.quotas[Resource::Storage] = Quota {1000LL * 1000 * 1000, 0};
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

void AccountChangeDialogTest::cleanup()
{
    m_window.reset();
    m_catalog.reset();
    m_groups.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void AccountChangeDialogTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_db->displayName());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->bulkActions()->setProgressDelay(0);
    QTRY_COMPARE(m_window->currentGroupId(), m_customerId);
    QTRY_VERIFY(m_window->accountList()->model()->isSettled());
    QTRY_COMPARE(m_window->accountList()->model()->rowCount(), userCount + otherCount);
}

void AccountChangeDialogTest::selectRows(int first, int last)
{
    AccountListPanel *panel = m_window->accountList();
    for (int row = first; row <= last; ++row)
        QTRY_VERIFY(panel->model()->accountId(row) != 0);
    panel->view()->selectionModel()->select(
        QItemSelection(panel->model()->index(first, 0), panel->model()->index(last, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int AccountChangeDialogTest::countWhere(const QString &condition, const QVariantList &values)
{
    auto query = m_db->run(u"SELECT count(*) FROM accounts WHERE "_s + condition, values);
    return query && query->next() ? query->value(0).toInt() : -1;
}

void AccountChangeDialogTest::shouldActOnEveryAccountOfTheFilterWhenEveryRowIsSelected_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("matching");

    QTest::newRow("the whole group") << QString() << userCount + otherCount;
    QTest::newRow("a search") << u"user"_s << userCount;
}

void AccountChangeDialogTest::shouldActOnEveryAccountOfTheFilterWhenEveryRowIsSelected()
{
    QFETCH(QString, search);
    QFETCH(int, matching);
    openWindow();
    AccountListPanel *panel = m_window->accountList();
    if (!search.isEmpty()) {
        QTest::keyClicks(panel->findChild<QLineEdit *>(u"search"_s), search);
        QTRY_COMPARE(panel->model()->rowCount(), matching);
        QTRY_VERIFY(panel->model()->isSettled());
    }
    // Ctrl+A in the list, as Account → Select all names it: far more rows than are loaded.
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_A, Qt::ControlModifier);
    QTRY_VERIFY(panel->isWholeListSelected());
    QVERIFY(std::cmp_less(panel->model()->loadedRows().size(), matching));
    QVERIFY(panel->selection().isFilter());
    QCOMPARE(panel->selection().count, matching);
    QVERIFY2(m_window->statusBar()->findChildren<QLabel *>().size() > 0, "no status bar labels");
    bool counted = false;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        counted = counted || label->text() == u"%1 account(s) selected"_s.arg(matching);
    QVERIFY2(counted, "the status bar does not count every matching account");

    once(
        this, [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr; }, acceptQuestion);
    child<QAction>(m_window.get(), u"disableAccountsAction"_s)->trigger();

    QTRY_VERIFY(!m_window->bulkActions()->isRunning());
    QTRY_COMPARE(countWhere(u"status = 'disabled'"_s), matching);
    QCOMPARE(countWhere(u"status = 'active'"_s), userCount + otherCount - matching);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"%1 account(s) disabled"_s.arg(matching)), qPrintable(message));
}

void AccountChangeDialogTest::shouldChangeThePickedAccountsAsTheDialogSays()
{
    openWindow();
    selectRows(0, 2);
    QCOMPARE(m_window->accountList()->selection().ids.size(), 3);
    const auto limit = Quotas::parseLimit(Resource::Storage, u"5 GB"_s, {}, QLocale::c());
    QVERIFY(limit && *limit);
    bool opened = false;
    whenModalOpens<AccountChangeDialog>(this, [this, &opened](AccountChangeDialog *dialog) {
        opened = true;
        auto *profile = child<QComboBox>(dialog, u"changeProfile"_s);
        profile->setCurrentIndex(profile->findData(m_profileId));
        child<QCheckBox>(dialog, u"changeStorage"_s)->setChecked(true);
        child<QLineEdit>(dialog, u"changeStorageLimit"_s)->setText(u"5 GB"_s);
        auto *subscriptions = child<QListWidget>(dialog, u"changeSubscriptions"_s);
        subscriptions->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(child<QPushButton>(dialog, u"changeAccountsButton"_s), Qt::LeftButton);
    });
    child<QAction>(m_window.get(), u"changeAccountsAction"_s)->trigger();

    QTRY_VERIFY(opened);
    QTRY_COMPARE(countWhere(u"profile_id = ?"_s, {m_profileId}), 3);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(countWhere(u"storage_limit = ?"_s, {**limit}), 3);
    auto links =
        m_db->run(u"SELECT count(*) FROM account_subscriptions WHERE subscription_id = ?"_s, {m_subscriptionId});
    QVERIFY(links && links->next());
    QCOMPARE(links->value(0).toInt(), 3);
    auto audited = m_db->run(u"SELECT count(*) FROM audit_log WHERE action = 'account.changed'"_s);
    QVERIFY(audited && audited->next());
    QCOMPARE(audited->value(0).toInt(), 3);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"3 account(s) changed"_s));
}

void AccountChangeDialogTest::shouldMoveWhatTheGroupAllowsAndNameWhatItRefuses()
{
    openWindow();
    // Sorted by login: the "ada…" (unlimited) rows come first; rows 299 and 300 are ada0299 and user0000.
    selectRows(otherCount - 1, otherCount + 1);
    QString refusal;
    bool stayedOpen = false;
    whenModalOpens<AccountChangeDialog>(this, [this, &refusal, &stayedOpen](AccountChangeDialog *dialog) {
        auto *group = child<QComboBox>(dialog, u"changeGroup"_s);
        group->setCurrentIndex(group->findText(u"Acme MSP/Fabrikam"_s));
        QTest::mouseClick(child<QPushButton>(dialog, u"changeAccountsButton"_s), Qt::LeftButton);
        once(
            this, [this] { return !m_window->bulkActions()->isRunning(); },
            [dialog, &refusal, &stayedOpen] {
                auto *error = child<QLabel>(dialog, u"changeError"_s);
                refusal = error->isVisible() ? error->text() : QString();
                stayedOpen = dialog->isVisible();
                dialog->reject();
            });
    });
    child<QAction>(m_window.get(), u"moveAccountsAction"_s)->trigger();

    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(u"\"ada0299\""_s), qPrintable(refusal));
    QCOMPARE(countWhere(u"group_id = ?"_s, {m_otherId}), 2);
    QCOMPARE(countWhere(u"group_id = ? AND login IN ('user0000', 'user0001')"_s, {m_otherId}), 2);
    // The list of Contoso follows: the two are gone from it.
    QTRY_COMPARE(m_window->accountList()->model()->rowCount(), userCount + otherCount - 2);
}

void AccountChangeDialogTest::shouldSayUnderAQuotaWhatCannotBeRead()
{
    openWindow();
    selectRows(0, 0);
    QString error;
    bool ran = true;
    whenModalOpens<AccountChangeDialog>(this, [this, &error, &ran](AccountChangeDialog *dialog) {
        child<QCheckBox>(dialog, u"changeStorage"_s)->setChecked(true);
        child<QLineEdit>(dialog, u"changeStorageLimit"_s)->setText(u"lots"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"changeAccountsButton"_s), Qt::LeftButton);
        ran = m_window->bulkActions()->isRunning();
        auto *message = child<QLabel>(dialog, u"changeStorageLimitError"_s);
        error = message->isVisible() ? message->text() : QString();
        dialog->reject();
    });
    child<QAction>(m_window.get(), u"changeAccountsAction"_s)->trigger();

    QTRY_VERIFY(!error.isEmpty());
    QVERIFY(!ran);
    QCOMPARE(countWhere(u"storage_limit IS NOT NULL AND login LIKE 'ada%'"_s), 0);
}

QTEST_MAIN(AccountChangeDialogTest)
#include "tst_accountchangedialog.moc"
