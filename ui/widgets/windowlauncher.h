#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;

namespace bc {

struct Group;

// An action that opens a window of its own for the group selected in the tree, or raises the one
// already open: View → Audit log…, File → Import accounts….
class WindowLauncher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLauncher)

public:
    // Makes the window for the selected group (null when none is selected); null when it opens none
    // (it told the person why).
    using Make = std::function<QWidget *(const Group *group)>;

    // `action` is the launcher's, shown in `parent`'s menus by whoever made it.
    WindowLauncher(QAction *action, std::function<const Group *()> currentGroup, Make make, QWidget *parent);

    QAction *action() const { return m_action; }
    // The window, while it is open.
    QWidget *window() const { return m_window; }
    void open();

private:
    QAction *m_action = nullptr;
    std::function<const Group *()> m_currentGroup;
    Make m_make;
    QPointer<QWidget> m_window;
};

} // namespace bc
