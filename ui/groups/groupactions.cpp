#include "ui/groups/groupactions.h"

#include "core/services/workspace.h"
#include "ui/catalog/catalogdialog.h"
#include "ui/groups/groupsettingsdialog.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

GroupActions::GroupActions(Workspace &workspace, CurrentGroup currentGroup, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_currentGroup(std::move(currentGroup))
    , m_window(window)
{
    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setObjectName(u"groupSettingsAction"_s);
    m_settings->setToolTip(tr("Contact details, services, digest recipients, defaults for new accounts and limits"));
    connect(m_settings, &QAction::triggered, this, &GroupActions::openSettings);

    const struct
    {
        CatalogKind kind;
        QString text;
        QString name;
    } kinds[] = {
        {CatalogKind::Profile, tr("&Profiles…"), u"profilesAction"_s},
        {CatalogKind::Storage, tr("S&torages…"), u"storagesAction"_s},
        {CatalogKind::Subscription, tr("Su&bscriptions…"), u"subscriptionsAction"_s},
        {CatalogKind::SecurityGroup, tr("Security gro&ups…"), u"securityGroupsAction"_s},
    };
    for (const auto &each : kinds) {
        auto *action = new QAction(each.text, this);
        action->setObjectName(each.name);
        const CatalogKind kind = each.kind;
        connect(action, &QAction::triggered, this, [this, kind] { openCatalog(kind); });
        m_catalogActions.append(action);
    }
}

QList<QAction *> GroupActions::actions() const
{
    return QList<QAction *> {m_settings} + m_catalogActions;
}

void GroupActions::setGroupAvailable(bool available)
{
    for (QAction *action : actions())
        action->setEnabled(available);
}

void GroupActions::openSettings()
{
    const Group *current = m_currentGroup();
    if (current == nullptr)
        return;
    GroupSettingsDialog dialog(m_workspace, current->id, current->name, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Settings of \"%1\" saved.").arg(dialog.groupName()));
}

void GroupActions::openCatalog(CatalogKind kind)
{
    const Group *current = m_currentGroup();
    if (current == nullptr)
        return;
    CatalogDialog dialog(m_workspace, CatalogKindAdapter::create(kind, m_workspace), current->id, current->name,
                         m_window);
    dialog.exec();
}

} // namespace bc
