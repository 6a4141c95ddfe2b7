#pragma once

#include "ui/accounts/deletedaccountsdialog.h"
#include "ui/widgets/windowlauncher.h"

class QMenu;

namespace bc {

class Settings;
class Workspace;

// View → Deleted accounts…: the action, in the menu it is given, that opens the recycle bin's
// dialog (DeletedAccountsDialog), or raises the one already open.
class DeletedAccountsLauncher final : public WindowLauncher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletedAccountsLauncher)

public:
    DeletedAccountsLauncher(Workspace &workspace, Settings &settings, QMenu *menu, QWidget *window);

    DeletedAccountsDialog *dialog() const { return qobject_cast<DeletedAccountsDialog *>(window()); }
};

} // namespace bc
