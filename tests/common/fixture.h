#pragma once

#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QSemaphore>
#include <QTest>

#include <memory>
#include <utility>

namespace bc::test {

// Opens the test's own connection to `location`, with which it sets up and inspects data beside
// the UI: the one connection on the GUI thread that the GUI-thread check lets be.
inline Result<std::unique_ptr<Database>> openFixture(const QString &location)
{
    Database::OpenOptions options;
    options.testFixture = true;
    return Database::open(location, options);
}

inline Result<std::unique_ptr<Database>> openFixture(const DatabaseAddress &address)
{
    Database::OpenOptions options;
    options.testFixture = true;
    return Database::open(address, options);
}

// A workspace (the window's worker, on a connection of its own) on the database `fixture` opened,
// open once this returns; null when it could not be opened (the reason went to qWarning).
inline std::unique_ptr<Workspace> openWorkspace(const Database &fixture)
{
    auto workspace = std::make_unique<Workspace>(fixture.address(), Database::OpenOptions());
    QFuture<Result<void>> opened = workspace->open();
    if (!QTest::qWaitFor([&opened] { return opened.isFinished(); }, 20000) || !opened.result()) {
        qWarning("the workspace did not open: %s",
                 qPrintable(opened.isFinished() ? opened.result().error().message : QStringLiteral("timeout")));
        return nullptr;
    }
    return workspace;
}

// Holds `workspace`'s worker with a job of its own, so that what the test sends next waits behind
// it, until release() or the end of the scope: a failed check never leaves the worker waiting
// forever. The semaphore is shared with the job, since the worker may still be inside acquire()
// when the test returns.
class WorkerHold final
{
    Q_DISABLE_COPY_MOVE(WorkerHold)

public:
    explicit WorkerHold(Workspace &workspace)
        : m_gate(std::make_shared<QSemaphore>())
        , m_job(workspace.run([gate = m_gate](WorkspaceServices &) {
            gate->acquire();
            return Result<void>();
        }))
    {
    }
    ~WorkerHold() { release(); }

    void release()
    {
        if (!std::exchange(m_released, true))
            m_gate->release();
    }
    // Released and its job done: the worker has gone on to what waited behind it.
    [[nodiscard]] bool isFinished() const { return m_job.isFinished(); }

private:
    std::shared_ptr<QSemaphore> m_gate;
    QFuture<Result<void>> m_job;
    bool m_released = false;
};

} // namespace bc::test
