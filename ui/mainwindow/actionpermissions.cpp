#include "ui/mainwindow/actionpermissions.h"

#include "core/services/workspace.h"

#include <QAction>
#include <QWidget>

#include <utility>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// Which permission each of the window's actions needs, by objectName.
const std::pair<QLatin1StringView, Permission> needed[] {
    {"addAccountAction"_L1, Permission::CreateAccounts},     {"assignServiceAction"_L1, Permission::EditAccounts},
    {"disableAccountsAction"_L1, Permission::EditAccounts},  {"enableAccountsAction"_L1, Permission::EditAccounts},
    {"deleteAccountsAction"_L1, Permission::DeleteAccounts}, {"addGroupAction"_L1, Permission::ManageGroups},
    {"renameGroupAction"_L1, Permission::ManageGroups},      {"deleteGroupAction"_L1, Permission::ManageGroups},
    {"groupSettingsAction"_L1, Permission::ManageGroups},    {"profilesAction"_L1, Permission::ManageSettings},
    {"storagesAction"_L1, Permission::ManageSettings},       {"subscriptionsAction"_L1, Permission::ManageSettings},
    {"securityGroupsAction"_L1, Permission::ManageSettings}, {"auditLogAction"_L1, Permission::ViewAuditLog},
    {"resendActivation"_L1, Permission::EditAccounts},       {"retrySending"_L1, Permission::EditAccounts},
};

// The actions about the whole database, whichever group is selected: the mail server is one for all.
const std::pair<QLatin1StringView, Permission> neededEverywhere[] {
    {"emailSettings"_L1, Permission::ManageSettings},
};

} // namespace

ActionPermissions::ActionPermissions(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

void ActionPermissions::setGroup(qint64 groupId)
{
    if (groupId == m_group || groupId <= 0)
        return;
    m_group = groupId;
    struct Answer
    {
        GroupPermissions here;
        std::optional<GroupPermissions> everywhere;
    };
    // The whole database's answer depends on the operator alone, whom the window keeps (signing out
    // makes a new window): asked with the first group's, not again with each selection.
    m_workspace.call(
        this,
        [groupId, askEverywhere = !m_everywhere](WorkspaceServices &services) -> Result<Answer> {
            auto here = services.acting.permissionsIn(groupId);
            if (!here)
                return fail(here.error());
            Answer answer {*here, std::nullopt};
            if (askEverywhere) {
                auto everywhere = services.acting.permissionsIn(0);
                if (!everywhere)
                    return fail(everywhere.error());
                answer.everywhere = *everywhere;
            }
            return answer;
        },
        [this](const Result<Answer> &answer) {
            if (!answer || answer->here.groupId != m_group)
                return; // a lost connection: the jobs refuse, the banner says why
            m_answer = answer->here;
            if (answer->everywhere)
                m_everywhere = answer->everywhere;
            Q_EMIT changed();
        });
}

bool ActionPermissions::allows(Permission permission) const
{
    return !m_answer || m_answer->allows(permission);
}

void ActionPermissions::apply()
{
    if (!m_answer)
        return;
    for (const auto &[name, permission] : needed) {
        if (auto *action = m_window->findChild<QAction *>(name))
            applyTo(action, *m_answer, permission);
    }
    // No selection enables these: the answer does, either way.
    for (const auto &[name, permission] : neededEverywhere) {
        if (!m_everywhere)
            break; // its answer was lost with the connection: the job refuses, the banner says why
        if (auto *action = m_window->findChild<QAction *>(name)) {
            action->setEnabled(m_everywhere->allows(permission));
            applyTo(action, *m_everywhere, permission);
        }
    }
}

void ActionPermissions::applyTo(QAction *action, const GroupPermissions &answer, Permission permission)
{
    if (answer.allows(permission)) {
        if (m_tooltips.contains(action))
            action->setToolTip(m_tooltips.take(action));
        return;
    }
    if (!m_tooltips.contains(action))
        m_tooltips.insert(action, action->toolTip());
    action->setEnabled(false);
    action->setToolTip(answer.refusal(permission));
}

} // namespace bc
