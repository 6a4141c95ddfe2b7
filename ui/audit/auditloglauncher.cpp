#include "ui/audit/auditloglauncher.h"

#include "core/domain/group.h"
#include "ui/audit/auditlogwindow.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

AuditLogLauncher::AuditLogLauncher(Workspace &workspace, Settings &settings,
                                   std::function<const Group *()> currentGroup, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_currentGroup(std::move(currentGroup))
    , m_window(window)
{
    m_action = new QAction(window->style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("Audit &log…"), window);
    m_action->setObjectName(u"auditLogAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setStatusTip(tr("Who changed what and when, with filters and an export to CSV."));
    connect(m_action, &QAction::triggered, this, &AuditLogLauncher::open);
    if (menu) {
        menu->addSeparator();
        menu->addAction(m_action);
    }
}

void AuditLogLauncher::open()
{
    if (!m_auditWindow) {
        const Group *group = m_currentGroup ? m_currentGroup() : nullptr;
        m_auditWindow = new AuditLogWindow(m_workspace, m_settings, group ? group->id : 0,
                                           group ? group->name : QString(), m_window);
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
}

} // namespace bc
