#include "core/services/workspace.h"

#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "core/storage/databasestatements.h"
#include "tests/common/testdatabase.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

using bc::Error;
using bc::Group;
using bc::JobProgress;
using bc::Result;
using bc::Workspace;
using bc::WorkspaceServices;

Q_DECLARE_METATYPE(bc::Workspace::Priority)

namespace {

template<typename T> T waitFor(QFuture<T> future)
{
    // Waiting here is the test's business: the GUI thread of the console never does.
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jobsRunOnTheWorkerInTheOrderGiven();
    void aFailedOpenFailsEveryJob();
    void eachJobWritesItsAuditEntriesInABatchOfItsOwn();
    void callDeliversOnTheReceiversThread();
    void callDropsTheAnswerOfAReceiverThatIsGone();
    void checksGoFirstThenInteractiveJobsThenBackgroundOnes();
    void aJobCanceledBeforeItStartedDoesNotRun();
    void aBackgroundCallRunsOnlyWhileItsReceiverLives_data();
    void aBackgroundCallRunsOnlyWhileItsReceiverLives();
    void closingReturnsAtOnceWhileAJobHangs();
    void theServicesSignalsArriveOnTheGuiThread();
    void aLongJobReportsProgressAndStopsOnCancel();
    void changesOfOtherConnectionsAreNoticed();
    void aLostConnectionMakesTheServerUnreachableUntilAJobSucceeds();

private:
    QString m_location;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspace::init()
{
    m_location = bc::test::freshLocation(u"workspace"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto address = bc::DatabaseAddress::parse(m_location);
    QVERIFY(address);
    m_workspace = std::make_unique<Workspace>(*address, bc::Database::OpenOptions());
    auto opened = waitFor(m_workspace->open());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
}

void TestWorkspace::jobsRunOnTheWorkerInTheOrderGiven()
{
    QList<QFuture<int>> futures;
    auto order = std::make_shared<QList<int>>();
    auto threads = std::make_shared<QSet<QThread *>>();
    for (int i = 0; i < 20; ++i) {
        futures.append(m_workspace->run([i, order, threads](WorkspaceServices &services) {
            threads->insert(QThread::currentThread());
            order->append(i);
            return services.database.isServer() == bc::test::isServer() ? i * i : -1;
        }));
    }
    for (int i = 0; i < 20; ++i)
        QCOMPARE(waitFor(futures.at(i)), i * i);
    QCOMPARE(*order, [] {
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        return expected;
    }());
    QCOMPARE(threads->size(), 1);
    QVERIFY(!threads->contains(QThread::currentThread()));
}

void TestWorkspace::eachJobWritesItsAuditEntriesInABatchOfItsOwn()
{
    // What Edit → Undo takes back is a job's batch: two jobs, two batches; a job's entries, one.
    const auto batchOf = [](WorkspaceServices &services) {
        return services.database.auditBatch();
    };
    const QString first = waitFor(m_workspace->run(batchOf));
    const QString second = waitFor(m_workspace->run(batchOf));
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);
    auto written = waitFor(m_workspace->run([](WorkspaceServices &services) -> Result<QStringList> {
        auto root = services.groups.createRoot(u"MSP"_s);
        if (!root)
            return std::unexpected(root.error());
        if (auto group = services.groups.create(root->id, u"Contoso"_s); !group)
            return std::unexpected(group.error());
        auto query = services.database.run(u"SELECT DISTINCT batch FROM audit_log"_s);
        if (!query)
            return std::unexpected(query.error());
        QStringList batches;
        while (query->next())
            batches.append(query->value(0).toString());
        batches.append(services.database.auditBatch());
        return batches;
    }));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->size(), 2);
    QCOMPARE(written->first(), written->last());
    // Outside a job, none.
    QVERIFY(waitFor(m_workspace->run([](WorkspaceServices &services) { return services.database.auditBatch(); }))
            != written->first());
}

void TestWorkspace::aFailedOpenFailsEveryJob()
{
    // A file in a folder that is a file: SQLite cannot create it.
    QTemporaryFile blocker;
    QVERIFY(blocker.open());
    auto address = bc::DatabaseAddress::parse(blocker.fileName() + u"/db.sqlite"_s);
    QVERIFY(address);
    Workspace broken(*address, bc::Database::OpenOptions());
    auto opened = waitFor(broken.open());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::CannotOpen);
    bool ran = false;
    auto job = waitFor(broken.run([&ran](WorkspaceServices &) -> Result<int> {
        ran = true;
        return 1;
    }));
    QVERIFY(!job);
    QCOMPARE(job.error().code, Error::Code::CannotOpen);
    QVERIFY(!ran);
}

void TestWorkspace::callDeliversOnTheReceiversThread()
{
    QObject receiver;
    QThread *deliveredOn = nullptr;
    int value = 0;
    m_workspace->call(
        &receiver, [](WorkspaceServices &) { return 42; },
        [&](int answer) {
            deliveredOn = QThread::currentThread();
            value = answer;
        });
    QTRY_COMPARE(value, 42);
    QCOMPARE(deliveredOn, QThread::currentThread());
}

void TestWorkspace::callDropsTheAnswerOfAReceiverThatIsGone()
{
    auto receiver = std::make_unique<QObject>();
    QSemaphore started;
    QSemaphore release;
    bool delivered = false;
    m_workspace->call(
        receiver.get(),
        [&](WorkspaceServices &) {
            started.release();
            release.acquire();
            return 1;
        },
        [&](int) { delivered = true; });
    started.acquire();
    receiver.reset(); // the dialog closed while its question was on the way
    release.release();
    auto after = m_workspace->run([](WorkspaceServices &) { return 2; });
    QCOMPARE(waitFor(after), 2);
    QTest::qWait(50);
    QVERIFY(!delivered);
}

// Holds the worker in a job until release() (or the end of the scope), so that what is handed over
// meanwhile queues.
class BusyWorker
{
public:
    explicit BusyWorker(Workspace &workspace)
        : m_gate(std::make_shared<QSemaphore>())
        , m_started(std::make_shared<QSemaphore>())
    {
        m_done = workspace.run([gate = m_gate, started = m_started](WorkspaceServices &) {
            started->release();
            gate->acquire();
            return 0;
        });
        m_started->acquire();
    }
    ~BusyWorker() { release(); }
    void release()
    {
        if (!m_released)
            m_gate->release();
        m_released = true;
    }

private:
    std::shared_ptr<QSemaphore> m_gate;
    std::shared_ptr<QSemaphore> m_started;
    QFuture<int> m_done;
    bool m_released = false;
};

void TestWorkspace::checksGoFirstThenInteractiveJobsThenBackgroundOnes()
{
    auto order = std::make_shared<QStringList>();
    const auto job = [order](const QString &name) {
        return [order, name](WorkspaceServices &) {
            order->append(name);
            return 0;
        };
    };
    QList<QFuture<int>> futures;
    {
        BusyWorker busy(*m_workspace);
        futures.append(m_workspace->run(job(u"rows 1"_s), Workspace::Priority::Background));
        futures.append(m_workspace->run(job(u"rows 2"_s), Workspace::Priority::Background));
        futures.append(m_workspace->run(job(u"catalog"_s)));
        futures.append(m_workspace->run(job(u"save"_s), Workspace::Priority::Interactive));
        futures.append(m_workspace->run(job(u"login check"_s), Workspace::Priority::Check));
        futures.append(m_workspace->run(job(u"email check"_s), Workspace::Priority::Check));
    }
    for (const QFuture<int> &future : std::as_const(futures))
        waitFor(future);
    // A check goes before what a dialog still loads; checks keep their order among themselves.
    QCOMPARE(*order,
             (QStringList {u"login check"_s, u"email check"_s, u"catalog"_s, u"save"_s, u"rows 1"_s, u"rows 2"_s}));
}

void TestWorkspace::aJobCanceledBeforeItStartedDoesNotRun()
{
    auto ran = std::make_shared<std::atomic<bool>>(false);
    QFuture<int> stale;
    {
        BusyWorker busy(*m_workspace);
        stale = m_workspace->run([ran](WorkspaceServices &) {
            *ran = true;
            return 1;
        });
        stale.cancel(); // a later edit made the check useless
    }
    QCOMPARE(waitFor(m_workspace->run([](WorkspaceServices &) { return 2; })), 2);
    QTRY_VERIFY(stale.isFinished());
    QVERIFY(stale.isCanceled());
    QVERIFY(!*ran);
}

void TestWorkspace::aBackgroundCallRunsOnlyWhileItsReceiverLives_data()
{
    QTest::addColumn<Workspace::Priority>("priority");
    QTest::addColumn<bool>("runs");
    // An interactive job may be a save: it is done even when nobody waits for its answer.
    QTest::newRow("interactive") << Workspace::Priority::Interactive << true;
    QTest::newRow("background") << Workspace::Priority::Background << false;
    QTest::newRow("check") << Workspace::Priority::Check << false;
}

void TestWorkspace::aBackgroundCallRunsOnlyWhileItsReceiverLives()
{
    QFETCH(Workspace::Priority, priority);
    QFETCH(bool, runs);
    auto ran = std::make_shared<std::atomic<bool>>(false);
    bool delivered = false;
    {
        BusyWorker busy(*m_workspace);
        auto receiver = std::make_unique<QObject>();
        m_workspace->call(
            receiver.get(),
            [ran](WorkspaceServices &) {
                *ran = true;
                return 1;
            },
            [&delivered](int) { delivered = true; }, priority);
        receiver.reset(); // the list moved on before the rows' details were read
    }
    QCOMPARE(waitFor(m_workspace->run([](WorkspaceServices &) { return 2; })), 2);
    QCOMPARE(bool(*ran), runs);
    QTest::qWait(20);
    QVERIFY(!delivered);
}

void TestWorkspace::closingReturnsAtOnceWhileAJobHangs()
{
    auto started = std::make_shared<QSemaphore>();
    auto pending = m_workspace->run([started](WorkspaceServices &) {
        started->release();
        QThread::sleep(2); // a statement waiting on a server that does not answer
        return 1;
    });
    auto queued = m_workspace->run([](WorkspaceServices &) { return 2; });
    started->acquire();
    QElapsedTimer timer;
    timer.start();
    m_workspace.reset();
    QVERIFY2(timer.elapsed() < 500, qPrintable(u"closing took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(Workspace::runningThreads(), 1);
    // The job that never ran is canceled, not left pending for ever.
    QTRY_VERIFY(queued.isCanceled());
    QTRY_COMPARE_WITH_TIMEOUT(Workspace::runningThreads(), 0, 5000);
    QVERIFY(pending.isFinished());
}

void TestWorkspace::theServicesSignalsArriveOnTheGuiThread()
{
    QSignalSpy added(m_workspace.get(), &Workspace::groupAdded);
    QThread *emittedOn = nullptr;
    connect(m_workspace.get(), &Workspace::groupAdded, this, [&] { emittedOn = QThread::currentThread(); });
    auto root = waitFor(
        m_workspace->run([](WorkspaceServices &services) { return services.groups.createRoot(u"Northwind MSP"_s); }));
    QVERIFY(root);
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<Group>().id, root->id);
    QCOMPARE(emittedOn, QThread::currentThread());
}

void TestWorkspace::aLongJobReportsProgressAndStopsOnCancel()
{
    QSemaphore canceled;
    auto future = m_workspace->run([&canceled](WorkspaceServices &, JobProgress &progress) {
        int done = 0;
        for (; done < 100; ++done) {
            if (progress.isCanceled())
                break;
            progress.report(done, 100);
            if (done == 10)
                canceled.acquire(); // the user presses Cancel now
        }
        return done;
    });
    QFutureWatcher<int> watcher;
    QSignalSpy progressed(&watcher, &QFutureWatcherBase::progressValueChanged);
    watcher.setFuture(future);
    QTRY_VERIFY(future.progressValue() == 10);
    QTRY_VERIFY(!progressed.isEmpty()); // what a progress dialog listens to
    future.cancel();
    canceled.release();
    QTRY_VERIFY(future.isFinished());
    QVERIFY(future.isCanceled());
}

void TestWorkspace::changesOfOtherConnectionsAreNoticed()
{
    QSignalSpy changed(m_workspace.get(), &Workspace::changedElsewhere);
    auto other = bc::Database::open(m_location);
    QVERIFY(other);
    bc::GroupService groups(**other);
    QVERIFY(groups.createRoot(u"Northwind MSP"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
}

void TestWorkspace::aLostConnectionMakesTheServerUnreachableUntilAJobSucceeds()
{
    QSignalSpy reachability(m_workspace.get(), &Workspace::reachabilityChanged);
    auto lost = waitFor(m_workspace->run([](WorkspaceServices &) -> Result<int> {
        return bc::fail(Error::Code::ConnectionLost, {}, u"The server does not answer."_s);
    }));
    QVERIFY(!lost);
    QTRY_COMPARE(reachability.count(), 1);
    QCOMPARE(reachability.at(0).at(0).toBool(), false);
    QCOMPARE(reachability.at(0).at(1).toString(), u"The server does not answer."_s);
    // A second failure is not news.
    waitFor(m_workspace->run([](WorkspaceServices &) -> Result<int> {
        return bc::fail(Error::Code::ConnectionLost, {}, u"Still gone."_s);
    }));
    QTest::qWait(20);
    QCOMPARE(reachability.count(), 1);
    QCOMPARE(waitFor(m_workspace->run([](WorkspaceServices &) { return 1; })), 1);
    QTRY_COMPARE(reachability.count(), 2);
    QCOMPARE(reachability.at(1).at(0).toBool(), true);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
