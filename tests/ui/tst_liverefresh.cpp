#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "ui/accounts/accountlistmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// Live refresh on every backend: what another process — here the CLI — adds, changes or
// deletes shows in an open console's account list within a second, without anyone pressing
// anything, wired as the console wires it (the workspace's worker notices → reloadInPlace).
class TestLiveRefresh final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aRowAnotherProcessAddsShowsWithinASecond();
    void aChangeAndADeleteByAnotherProcessShowWithinASecond();

private:
    int cli(const QStringList &arguments);
    int rowOf(const QString &login) const;

    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<Workspace> m_workspace; // notices other programs' commits on its worker
};

void TestLiveRefresh::init()
{
    m_location = bc::test::freshLocation(u"live"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(m_location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    const qint64 root = m_groups->createRoot(u"MSP"_s)->id;
    for (int i = 0; i < 20; ++i) {
        AccountDraft draft;
        draft.login = u"user%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        draft.email = draft.login + u"@example.com"_s;
        QVERIFY(m_accounts->create(root, draft));
    }
    m_model = std::make_unique<AccountListModel>(*m_accounts);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(m_model->isSettled());
    QCOMPARE(m_model->rowCount(), 20);
    m_workspace = std::make_unique<Workspace>(m_db->address(), m_db->openOptions());
    m_model->setWorkspace(m_workspace.get());
    connect(m_workspace.get(), &Workspace::changedElsewhere, m_model.get(), &AccountListModel::reloadInPlace);
    // The worker watches once it has opened the database.
    const QFuture<int> opened = m_workspace->run([](bc::WorkspaceServices &) { return 0; });
    QTRY_VERIFY(opened.isFinished());
}

void TestLiveRefresh::cleanup()
{
    m_workspace.reset();
    m_tester.reset();
    m_model.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

int TestLiveRefresh::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), arguments + QStringList {u"--database"_s, m_location});
    if (!process.waitForFinished(30000))
        return -1;
    if (process.exitCode() != 0)
        qWarning().noquote() << process.readAllStandardError();
    return process.exitCode();
}

int TestLiveRefresh::rowOf(const QString &login) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, 0)).toString() == login)
            return row;
    }
    return -1;
}

void TestLiveRefresh::aRowAnotherProcessAddsShowsWithinASecond()
{
    QCOMPARE(cli({u"account"_s, u"add"_s, u"--group"_s, u"MSP"_s, u"--login"_s, u"user05a"_s, u"--email"_s,
                  u"new@example.com"_s}),
             0);
    QElapsedTimer shown;
    shown.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 21, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(u"user05a"_s), 6, 1000 - static_cast<int>(shown.elapsed()));
    qInfo("%s: shown %lld ms after the other process ended", qPrintable(bc::test::backendName()),
          static_cast<long long>(shown.elapsed()));
}

void TestLiveRefresh::aChangeAndADeleteByAnotherProcessShowWithinASecond()
{
    QCOMPARE(cli({u"account"_s, u"edit"_s, u"user03"_s, u"--email"_s, u"changed@example.com"_s}), 0);
    const int row = rowOf(u"user03"_s);
    QCOMPARE(row, 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(row, 2)).toString(), u"changed@example.com"_s, 1000);

    QCOMPARE(cli({u"account"_s, u"delete"_s, u"user07"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 19, 1000);
    QCOMPARE(rowOf(u"user07"_s), -1);
}

QTEST_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"
