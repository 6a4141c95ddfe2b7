#include "ui/mainwindow/gettingstartedpanel.h"

#include "core/mail/smtpsettings.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;
using Step = GettingStartedPanel::Step;

// The first steps on an empty console: each a button that runs the window's own action, ticked
// once done, and the whole panel gone once there are customers and accounts.
class TestGettingStartedPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOfferEveryStepOnAnEmptyDatabase();
    void shouldTriggerTheActionOfEachStep_data();
    void shouldTriggerTheActionOfEachStep();
    void shouldTickWhatIsDoneAndGoAwayOnceThereAreCustomersAndAccounts();

private:
    QPushButton *button(const QString &name) const;
    // Runs `job` on the workspace's worker, as the window's dialogs do, and gives its answer.
    template<typename Job> auto onWorker(Job job)
    {
        QFuture future = m_workspace->run(std::move(job));
        future.waitForFinished();
        using Value = decltype(future.takeResult());
        if (future.resultCount() != 1)
            return Value(std::unexpected(Error {Error::Code::Internal, {}, u"The job gave no answer."_s}));
        return future.takeResult();
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<ActivationService> m_activation;
    std::unique_ptr<Workspace> m_workspace; // the panel's worker, on a connection of its own
    std::unique_ptr<QWidget> m_window;
    GettingStartedPanel *m_panel = nullptr;
    std::array<QAction *, GettingStartedPanel::stepCount> m_actions {};
    qint64 m_rootId = 0;
};

void TestGettingStartedPanel::init()
{
    // The test's own connection sets up and inspects; the panel reads on the workspace's worker.
    const QString location = test::freshLocation(u"console"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_activation = std::make_unique<ActivationService>(*m_db);
    auto root = m_groups->createRoot(u"Acme MSP"_s);
    QVERIFY(root);
    m_rootId = root->id;

    m_workspace = std::make_unique<Workspace>(m_db->address(), m_db->openOptions());
    m_window = std::make_unique<QWidget>();
    m_panel = new GettingStartedPanel(*m_workspace, m_window.get());
    for (int i = 0; i < GettingStartedPanel::stepCount; ++i) {
        m_actions.at(static_cast<std::size_t>(i)) = new QAction(m_window.get());
        m_panel->setAction(static_cast<Step>(i), m_actions.at(static_cast<std::size_t>(i)));
    }
    QSignalSpy refreshed(m_panel, &GettingStartedPanel::refreshed);
    m_panel->refresh();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(refreshed.wait());
}

void TestGettingStartedPanel::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_activation.reset();
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

QPushButton *TestGettingStartedPanel::button(const QString &name) const
{
    return m_panel->findChild<QPushButton *>(name);
}

void TestGettingStartedPanel::shouldOfferEveryStepOnAnEmptyDatabase()
{
    QVERIFY(m_panel->isVisible());
    for (const QString &name : {u"gettingStartedCustomer"_s, u"gettingStartedStorage"_s, u"gettingStartedProfile"_s,
                                u"gettingStartedEmail"_s}) {
        QPushButton *step = button(name);
        QVERIFY2(step, qPrintable(name));
        QVERIFY2(step->isVisible(), qPrintable(name));
        QVERIFY2(step->isEnabled(), qPrintable(name));
        QVERIFY2(step->text().contains(u'&'), qPrintable(name + u" has no mnemonic"_s));
    }
    for (int i = 0; i < GettingStartedPanel::stepCount; ++i)
        QVERIFY(!m_panel->isDone(static_cast<Step>(i)));
}

void TestGettingStartedPanel::shouldTriggerTheActionOfEachStep_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("step");
    QTest::newRow("customer") << u"gettingStartedCustomer"_s << static_cast<int>(Step::Customer);
    QTest::newRow("storage") << u"gettingStartedStorage"_s << static_cast<int>(Step::Storage);
    QTest::newRow("profile") << u"gettingStartedProfile"_s << static_cast<int>(Step::Profile);
    QTest::newRow("email") << u"gettingStartedEmail"_s << static_cast<int>(Step::Email);
}

void TestGettingStartedPanel::shouldTriggerTheActionOfEachStep()
{
    QFETCH(QString, name);
    QFETCH(int, step);
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (QAction *action : m_actions)
        spies.append(std::make_shared<QSignalSpy>(action, &QAction::triggered));
    QTest::mouseClick(button(name), Qt::LeftButton);
    for (int i = 0; i < GettingStartedPanel::stepCount; ++i)
        QCOMPARE(spies.at(i)->count(), i == step ? 1 : 0);
    // A disabled action (no group selected) disables its step.
    m_actions.at(static_cast<std::size_t>(step))->setEnabled(false);
    QVERIFY(!button(name)->isEnabled());
}

void TestGettingStartedPanel::shouldTickWhatIsDoneAndGoAwayOnceThereAreCustomersAndAccounts()
{
    // The changes are made on the workspace, as the window's dialogs make them, so that the panel
    // hears of them.
    const qint64 rootId = m_rootId;
    auto customer =
        onWorker([rootId](WorkspaceServices &services) { return services.groups.create(rootId, u"Contoso"_s); });
    QVERIFY(customer);
    QTRY_VERIFY(m_panel->isDone(Step::Customer));
    QVERIFY(!button(u"gettingStartedCustomer"_s)->isVisible());
    QCOMPARE(m_panel->findChild<QLabel *>(u"gettingStartedCustomerMark"_s)->text(), u"✓"_s);
    QVERIFY2(m_panel->isVisible(), "customers but no accounts yet: still getting started");

    Storage storage;
    storage.groupId = m_rootId;
    storage.name = u"EU"_s;
    QVERIFY(onWorker([storage](WorkspaceServices &services) { return services.catalog.addStorage(storage); }));
    QTRY_VERIFY(m_panel->isDone(Step::Storage));
    Profile profile;
    profile.groupId = m_rootId;
    profile.name = u"Standard"_s;
    QVERIFY(onWorker([profile](WorkspaceServices &services) { return services.catalog.addProfile(profile); }));
    QTRY_VERIFY(m_panel->isDone(Step::Profile));

    SmtpSettings mail;
    mail.host = u"smtp.example.com"_s;
    mail.sender = u"desk@example.com"_s;
    QVERIFY(onWorker([mail](WorkspaceServices &services) { return services.activation.setSmtpSettings(mail); }));
    QTRY_VERIFY(m_panel->isDone(Step::Email));
    QVERIFY(!button(u"gettingStartedEmail"_s)->isVisible());

    AccountDraft draft;
    draft.login = u"alice"_s;
    draft.email = u"alice@contoso.com"_s;
    const qint64 customerId = customer->id;
    QVERIFY(onWorker(
        [customerId, draft](WorkspaceServices &services) { return services.accounts.create(customerId, draft); }));
    QTRY_VERIFY2(!m_panel->isVisible(), "customers and accounts: the panel goes away");
}

QTEST_MAIN(TestGettingStartedPanel)
#include "tst_gettingstartedpanel.moc"
