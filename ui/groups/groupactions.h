#pragma once

#include "core/domain/catalogkind.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace bc {

class ActivationService;
class CatalogService;
class GroupService;

// The main window's actions about the selected group's organization settings and catalog:
// Settings…, Profiles…, Storages…, Subscriptions…, Security groups…. Keeps MainWindow small.
class GroupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupActions)

public:
    using CurrentGroup = std::function<qint64()>;

    GroupActions(CatalogService &catalog, GroupService &groups, CurrentGroup currentGroup, QWidget *window);
    // With it, group settings offer the "Activation" tab.
    void setActivationService(ActivationService *activation) { m_activation = activation; }

    QList<QAction *> actions() const;
    QAction *settingsAction() const { return m_settings; }
    void setGroupAvailable(bool available);

    void openSettings();
    void openCatalog(CatalogKind kind);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    CatalogService &m_catalog;
    ActivationService *m_activation = nullptr;
    GroupService &m_groups;
    CurrentGroup m_currentGroup;
    QWidget *m_window;
    QAction *m_settings = nullptr;
    QList<QAction *> m_catalogActions;
};

} // namespace bc
