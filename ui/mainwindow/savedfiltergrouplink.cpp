#include "ui/mainwindow/savedfiltergrouplink.h"

#include "ui/accounts/accountlistpanel.h"
#include "ui/groups/grouptreemodel.h"
#include "ui/mainwindow/mainwindow.h"

#include <QStatusBar>

#include <utility>

namespace bc {

SavedFilterGroupLink::SavedFilterGroupLink(MainWindow &window, GroupTreeModel &groups)
    : QObject(&window)
{
    AccountListPanel *list = window.accountList();
    connect(list, &AccountListPanel::statusMessage, this,
            [&window](const QString &message) { window.statusBar()->showMessage(message, 5000); });
    connect(list, &AccountListPanel::groupRequested, this, [this, &window](qint64 id) {
        m_requested = id;
        window.selectGroup(id);
        if (window.currentGroupId() == id)
            m_requested = 0; // loaded already: selected at once
    });
    connect(&groups, &GroupTreeModel::groupFound, this, [this](qint64 id) {
        if (id == m_requested)
            m_requested = 0;
    });
    connect(&groups, &GroupTreeModel::groupNotFound, this, [this, &window](qint64 id) {
        if (id != m_requested || std::exchange(m_requested, 0) == 0)
            return;
        window.statusBar()->showMessage(
            tr("The saved filter's group no longer exists or is out of your reach: the rest of the filter is "
               "applied to the selected group."),
            10000);
    });
}

} // namespace bc
