#include "ui/widgets/windowlauncher.h"

#include <QAction>

namespace bc {

WindowLauncher::WindowLauncher(QAction *action, std::function<const Group *()> currentGroup, Make make, QWidget *parent)
    : QObject(parent)
    , m_action(action)
    , m_currentGroup(std::move(currentGroup))
    , m_make(std::move(make))
{
    connect(m_action, &QAction::triggered, this, &WindowLauncher::open);
}

void WindowLauncher::open()
{
    if (!m_window) {
        m_window = m_make(m_currentGroup ? m_currentGroup() : nullptr);
        if (!m_window)
            return;
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace bc
