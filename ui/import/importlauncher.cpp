#include "ui/import/importlauncher.h"

#include "core/domain/group.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QAction *importAction(QWidget *window)
{
    auto *action = new QAction(window->style()->standardIcon(QStyle::SP_DialogOpenButton),
                               ImportLauncher::tr("&Import accounts…"), window);
    action->setObjectName(u"importAccountsAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action->setStatusTip(ImportLauncher::tr("Create and update the accounts of a CSV file of users in the selected "
                                            "group, after a check that shows what it would do."));
    return action;
}

} // namespace

ImportLauncher::ImportLauncher(Workspace &workspace, Settings &settings, std::function<const Group *()> currentGroup,
                               QMenu *menu, QWidget *window)
    : WindowLauncher(
        importAction(window), std::move(currentGroup),
        [&workspace, &settings, window](const Group *group) -> QWidget * {
            if (!group) {
                QMessageBox::information(window, tr("Import Accounts"),
                                         tr("Select the group to import into in the tree first."));
                return nullptr;
            }
            auto *wizard = new ImportWizard(workspace, settings, group->id, group->name, window);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            return wizard;
        },
        window)
{
    if (menu)
        menu->addAction(action());
}

} // namespace bc
