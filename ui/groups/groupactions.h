#pragma once

#include "core/domain/catalogkind.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace bc {

class Workspace;

// The main window's actions about the selected group's organization settings and catalog:
// Settings…, Profiles…, Storages…, Subscriptions…, Security groups…. The group is read on the
// workspace's worker before its dialog opens, and the dialogs read and save there too. Keeps
// MainWindow small.
class GroupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupActions)

public:
    using CurrentGroup = std::function<qint64()>;

    GroupActions(Workspace &workspace, CurrentGroup currentGroup, QWidget *window);

    QList<QAction *> actions() const;
    QAction *settingsAction() const { return m_settings; }
    void setGroupAvailable(bool available);

    // Read the group on the worker, then open the dialog (modal, as soon as the group arrived).
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
