#pragma once

#include "ui/audit/auditlogwindow.h"
#include "ui/widgets/windowlauncher.h"

class QMenu;

namespace bc {

class Settings;
class Workspace;

// View → Audit log…: the action, in the menu it is given, that opens the audit log window at the
// group selected in the tree, or raises the one already open.
class AuditLogLauncher final : public WindowLauncher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogLauncher)

public:
    AuditLogLauncher(Workspace &workspace, Settings &settings, std::function<const Group *()> currentGroup, QMenu *menu,
                     QWidget *window);

    AuditLogWindow *auditWindow() const { return qobject_cast<AuditLogWindow *>(window()); }
};

} // namespace bc
