#pragma once

#include "ui/import/importwizard.h"

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

// File → Import accounts…: the action, in the menu it is given, that opens the import wizard for
// the group selected in the tree, or raises the one already open.
class ImportLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportLauncher)

public:
    ImportLauncher(Workspace &workspace, Settings &settings, std::function<const Group *()> currentGroup, QMenu *menu,
                   QWidget *window);

    QAction *action() const { return m_action; }
    // The wizard, while it is open.
    ImportWizard *wizard() const { return m_wizard; }
    void open();

private:
    Workspace &m_workspace;
    Settings &m_settings;
    std::function<const Group *()> m_currentGroup;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
    QPointer<ImportWizard> m_wizard;
};

} // namespace bc
