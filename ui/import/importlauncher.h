#pragma once

#include "ui/import/importwizard.h"
#include "ui/widgets/windowlauncher.h"

class QMenu;

namespace bc {

class Settings;
class Workspace;

// File → Import accounts…: the action, in the menu it is given, that opens the import wizard for
// the group selected in the tree, or raises the one already open.
class ImportLauncher final : public WindowLauncher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportLauncher)

public:
    ImportLauncher(Workspace &workspace, Settings &settings, std::function<const Group *()> currentGroup, QMenu *menu,
                   QWidget *window);

    ImportWizard *wizard() const { return qobject_cast<ImportWizard *>(window()); }
};

} // namespace bc
