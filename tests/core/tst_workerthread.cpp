#include "core/services/workerthread.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// A worker that counts its own destruction, so that the test sees it go on its thread.
class Worker final : public QObject
{
public:
    explicit Worker(std::atomic<int> &destroyed)
        : m_destroyed(destroyed)
    {
    }
    ~Worker() override { ++m_destroyed; }

private:
    std::atomic<int> &m_destroyed;
};

} // namespace

class TestWorkerThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldEndAnIdleThreadAtOnce();
    void shouldReturnAtOnceWhileTheWorkerWaits_data();
    void shouldReturnAtOnceWhileTheWorkerWaits();
};

void TestWorkerThread::shouldEndAnIdleThreadAtOnce()
{
    std::atomic<int> destroyed {0};
    {
        WorkerThreadPtr thread(new WorkerThread(u"idle"_s));
        thread->adopt(new Worker(destroyed));
        thread->start();
        QTRY_COMPARE(WorkerThread::running(), 1);
    }
    // Waited for: nothing is left behind.
    QCOMPARE(WorkerThread::running(), 0);
    QCOMPARE(destroyed.load(), 1);
}

void TestWorkerThread::shouldReturnAtOnceWhileTheWorkerWaits_data()
{
    QTest::addColumn<int>("waitMs");
    QTest::addColumn<bool>("waitedFor");
    // A worker that is done within the grace time is waited for; one that waits on a server longer
    // is let go and ends by itself.
    QTest::newRow("done soon") << 10 << true;
    QTest::newRow("hangs") << 2000 << false;
}

void TestWorkerThread::shouldReturnAtOnceWhileTheWorkerWaits()
{
    QFETCH(int, waitMs);
    QFETCH(bool, waitedFor);
    std::atomic<int> destroyed {0};
    QSemaphore started;
    auto *thread = new WorkerThread(u"busy"_s);
    auto *worker = new Worker(destroyed);
    thread->adopt(worker);
    thread->start();
    QMetaObject::invokeMethod(
        worker,
        [&started, waitMs] {
            started.release();
            QThread::msleep(waitMs);
        },
        Qt::QueuedConnection);
    started.acquire();

    QElapsedTimer timer;
    timer.start();
    WorkerThread::release(thread);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(destroyed.load() == 1, waitedFor);
    // Either way the thread and its worker are gone once the wait is over.
    QTRY_COMPARE_WITH_TIMEOUT(WorkerThread::running(), 0, 5000);
    QTRY_COMPARE(destroyed.load(), 1);
}

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
