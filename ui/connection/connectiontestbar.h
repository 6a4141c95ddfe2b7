#pragma once

#include "core/storage/connectioncheck.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace bc {

// The row under the connection form: "Test connection", a busy bar and Stop while a check runs on
// a worker thread, and the result in plain words beside them. Stop only stops waiting: the worker
// ends on its own (at most the server's connect timeout) and its answer is dropped.
class ConnectionTestBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestBar)

public:
    // Runs on the worker thread.
    using Check = std::function<Result<ConnectionCheck::Outcome>(const DatabaseAddress &, const QString &password)>;
    using Done = std::function<void(const Result<ConnectionCheck::Outcome> &)>;

    explicit ConnectionTestBar(QWidget *parent = nullptr);
    ~ConnectionTestBar() override;

    bool isRunning() const { return m_watcher != nullptr; }
    // Runs `check` on a worker; `done` runs on this thread when it answers, unless stopped first.
    void run(const Check &check, const DatabaseAddress &address, const QString &password, Done done);
    void stop();
    void showResult(const QString &text, bool failed);
    // Enables "Test connection" (while nothing runs).
    void setTestEnabled(bool enabled);

Q_SIGNALS:
    void testRequested();
    void runningChanged(bool running);

private:
    void setRunning(bool running);

    QPushButton *m_test = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_result = nullptr;
    QFutureWatcher<Result<ConnectionCheck::Outcome>> *m_watcher = nullptr;
    bool m_testEnabled = true;
};

} // namespace bc
