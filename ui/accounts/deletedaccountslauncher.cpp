#include "ui/accounts/deletedaccountslauncher.h"

#include <QAction>
#include <QMenu>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QAction *deletedAccountsAction(QWidget *window)
{
    auto *action = new QAction(window->style()->standardIcon(QStyle::SP_TrashIcon),
                               DeletedAccountsLauncher::tr("&Deleted accounts…"), window);
    action->setObjectName(u"deletedAccountsAction"_s);
    // B for the recycle bin: Ctrl+D disables, Delete deletes.
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    action->setStatusTip(DeletedAccountsLauncher::tr(
        "The deleted accounts kept in the recycle bin: restore them, or delete them for good."));
    return action;
}

} // namespace

DeletedAccountsLauncher::DeletedAccountsLauncher(Workspace &workspace, Settings &settings, QMenu *menu, QWidget *window)
    : WindowLauncher(
        deletedAccountsAction(window), nullptr,
        [&workspace, &settings, window](const Group *) -> QWidget * {
            return new DeletedAccountsDialog(workspace, settings, window);
        },
        window)
{
    if (menu)
        menu->addAction(action());
}

} // namespace bc
