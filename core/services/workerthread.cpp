#include "core/services/workerthread.h"

#include <QDeadlineTimer>

#include <atomic>

namespace bc {

namespace {

std::atomic<int> s_running {0};

} // namespace

WorkerThread::WorkerThread(const QString &name)
{
    setObjectName(name);
    // Queued to the releasing thread: a thread let go while it waited deletes itself once it ended
    // (or never, when the program ends first; the operating system then takes it).
    connect(this, &QThread::finished, this, [this] {
        if (m_released)
            delete this;
    });
}

WorkerThread::~WorkerThread() = default;

void WorkerThread::adopt(QObject *worker)
{
    worker->moveToThread(this);
    connect(this, &QThread::finished, worker, &QObject::deleteLater);
}

void WorkerThread::release(WorkerThread *thread)
{
    if (!thread)
        return;
    thread->detach();
    thread->requestInterruption();
    thread->quit();
    if (!thread->isRunning() || thread->wait(QDeadlineTimer(graceMs))) {
        delete thread;
        return;
    }
    thread->m_released = true;
}

int WorkerThread::running()
{
    return s_running.load();
}

void WorkerThread::run()
{
    ++s_running;
    exec();
    cleanUp();
    --s_running;
}

} // namespace bc
