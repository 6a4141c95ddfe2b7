#pragma once

#include "ui/audit/auditlogwindow.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace bc {

struct Group;
class Settings;
class Workspace;

// View → Audit log…: the action, in the menu it is given, that opens the audit log window at the
// group selected in the tree, or raises the one already open.
class AuditLogLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogLauncher)

public:
    AuditLogLauncher(Workspace &workspace, Settings &settings, std::function<const Group *()> currentGroup, QMenu *menu,
                     QWidget *window);

    QAction *action() const { return m_action; }
    // The window, when it is open.
    AuditLogWindow *auditWindow() const { return m_auditWindow; }
    void open();

private:
    Workspace &m_workspace;
    Settings &m_settings;
    std::function<const Group *()> m_currentGroup;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
    QPointer<AuditLogWindow> m_auditWindow;
};

} // namespace bc
