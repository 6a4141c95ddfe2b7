#pragma once

#include <QFrame>

#include <array>

class QAction;
class QLabel;
class QPushButton;

namespace bc {

class Workspace;

// The first steps on an empty console, above the account list: add a customer, a storage, a
// profile, set up email. Each step is a button that triggers the window's own action; a step
// done is ticked. The panel hides itself once the database has customers and accounts.
class GettingStartedPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedPanel)

public:
    enum class Step
    {
        Customer,
        Storage,
        Profile,
        Email,
    };
    static constexpr int stepCount = 4;

    explicit GettingStartedPanel(Workspace &workspace, QWidget *parent = nullptr);

    // The action each step's button triggers (Group → Add group…, Storages…, Profiles…, File →
    // Email settings…).
    void setAction(Step step, QAction *action);
    bool isDone(Step step) const;

    // Asks the worker what is there (customers, accounts, the top group's storages and profiles,
    // the mail server) and, when the answer arrives, shows or hides the panel; hidden for good
    // once there are customers and accounts. Until then the panel shows what it knew.
    void refresh();
    // Refreshes once the event loop runs, however many changes came.
    void scheduleRefresh();

Q_SIGNALS:
    // An answer of refresh() is shown.
    void refreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
        QAction *action = nullptr;
        bool done = false;
    };
    void setDone(Step step, bool done);

    Workspace &m_workspace;
    std::array<Row, stepCount> m_rows;
    bool m_refreshPending = false;
    bool m_finished = false;
    bool m_watchingWindow = false;
};

} // namespace bc
