#include "ui/import/importlauncher.h"

#include "core/domain/group.h"
#include "ui/import/importwizard.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

ImportLauncher::ImportLauncher(Workspace &workspace, Settings &settings, std::function<const Group *()> currentGroup,
                               QMenu *menu, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_currentGroup(std::move(currentGroup))
    , m_window(window)
{
    m_action = new QAction(window->style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import accounts…"), window);
    m_action->setObjectName(u"importAccountsAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_action->setStatusTip(tr("Create and update the accounts of a CSV file of users in the selected group, after a "
                              "check that shows what it would do."));
    connect(m_action, &QAction::triggered, this, &ImportLauncher::open);
    if (menu)
        menu->addAction(m_action);
}

void ImportLauncher::open()
{
    if (!m_wizard) {
        const Group *group = m_currentGroup ? m_currentGroup() : nullptr;
        if (!group) {
            QMessageBox::information(m_window, tr("Import Accounts"),
                                     tr("Select the group to import into in the tree first."));
            return;
        }
        m_wizard = new ImportWizard(m_workspace, m_settings, group->id, group->name, m_window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

} // namespace bc
