#pragma once

#include "core/domain/catalog.h"
#include "core/services/actingoperator.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace bc {

class Workspace;

// Disables the window's actions that the acting operator may not do in the selected group, each
// with Authority's refusal as its tooltip ("… it lacks the permission "Delete accounts"."), and
// those about the whole database (Email settings…) that it may not do there. Asks the workspace's
// worker once per selected group (ActingOperator::permissionsIn); the jobs refuse
// on their own as well, so a stale answer lets nothing through. Whoever enables the actions for
// the selection calls apply() after it.
class ActionPermissions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPermissions)

public:
    // The actions are found in `window` by their objectName.
    ActionPermissions(Workspace &workspace, QWidget *window);

    void setGroup(qint64 groupId);
    // Disables what is refused, with the refusal as tooltip; gives back the tooltip of what is not.
    void apply();
    // Whether the answer for the selected group allows it (true while it is on its way).
    [[nodiscard]] bool allows(Permission permission) const;

Q_SIGNALS:
    // A new answer came: the window enables its actions again, then apply().
    void changed();

private:
    void applyTo(QAction *action, const GroupPermissions &answer, Permission permission);

    Workspace &m_workspace;
    QWidget *m_window;
    qint64 m_group = -1;
    std::optional<GroupPermissions> m_answer; // in the selected group
    std::optional<GroupPermissions> m_everywhere; // in the whole database
    QHash<QAction *, QString> m_tooltips; // before a refusal replaced them
};

} // namespace bc
