#pragma once

#include "core/domain/catalogkind.h"
#include "core/domain/group.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace bc {

class Workspace;

// The main window's actions about the selected group's organization settings and catalog:
// Settings…, Profiles…, Storages…, Subscriptions…, Security groups…. A dialog opens at once on the
// tree's group and reads and saves on the workspace's worker. Keeps MainWindow small.
class GroupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupActions)

public:
    // The tree's current group; null when there is none. Read at once, not kept.
    using CurrentGroup = std::function<const Group *()>;

    GroupActions(Workspace &workspace, CurrentGroup currentGroup, QWidget *window);

    QList<QAction *> actions() const;
    QAction *settingsAction() const { return m_settings; }
    void setGroupAvailable(bool available);

    // Open the dialog of the current group (modal); it reads what it shows itself.
    void openSettings();
    void openCatalog(CatalogKind kind);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    Workspace &m_workspace;
    CurrentGroup m_currentGroup;
    QWidget *m_window;
    QAction *m_settings = nullptr;
    QList<QAction *> m_catalogActions;
};

} // namespace bc
