#include "ui/audit/auditloglauncher.h"

#include "core/domain/group.h"

#include <QAction>
#include <QMenu>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QAction *auditLogAction(QWidget *window)
{
    auto *action = new QAction(window->style()->standardIcon(QStyle::SP_FileDialogInfoView),
                               AuditLogLauncher::tr("Audit &log…"), window);
    action->setObjectName(u"auditLogAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    action->setStatusTip(AuditLogLauncher::tr("Who changed what and when, with filters and an export to CSV."));
    return action;
}

} // namespace

AuditLogLauncher::AuditLogLauncher(Workspace &workspace, Settings &settings,
                                   std::function<const Group *()> currentGroup, QMenu *menu, QWidget *window)
    : WindowLauncher(
        auditLogAction(window), std::move(currentGroup),
        [&workspace, &settings, window](const Group *group) -> QWidget * {
            return new AuditLogWindow(workspace, settings, group ? group->id : 0, group ? group->name : QString(),
                                      window);
        },
        window)
{
    if (menu) {
        menu->addSeparator();
        menu->addAction(action());
    }
}

} // namespace bc
