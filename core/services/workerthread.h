#pragma once

#include <QThread>

#include <memory>

namespace bc {

// A thread for a worker object that talks to a server (a database connection, a mail server).
// Ending it never makes the caller wait for the server: release() gives the thread a moment to end,
// and otherwise lets it go — it then deletes itself, and the worker with it, once the statement it
// waits on returns or fails. Closing a window while a request hangs therefore closes at once.
class WorkerThread : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    // How long release() waits for a thread that is about to end.
    static constexpr int graceMs = 200;

    explicit WorkerThread(const QString &name);

    // Moves `worker` to this thread; it is deleted on the thread when the thread ends.
    void adopt(QObject *worker);

    // Asks the thread to end after what it does now, and deletes it (now or when it ends).
    static void release(WorkerThread *thread);

    // Threads started and not ended yet, across the program (a released thread may still be
    // waiting on a server). For tests, and for a clean exit.
    static int running();

    // For std::unique_ptr.
    struct Releaser
    {
        void operator()(WorkerThread *thread) const { release(thread); }
    };

protected:
    ~WorkerThread() override;
    void run() override;
    // On the thread, after its event loop ended: what lives there goes here.
    virtual void cleanUp() { }
    // On the releasing thread, before the thread is asked to end.
    virtual void detach() { }

private:
    bool m_released = false; // the owner is gone: the thread deletes itself when it ends
};

using WorkerThreadPtr = std::unique_ptr<WorkerThread, WorkerThread::Releaser>;

} // namespace bc
