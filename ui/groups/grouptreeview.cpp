#include "ui/groups/grouptreeview.h"

#include "ui/groups/grouptreemodel.h"

#include <QHeaderView>

#include <utility>

using namespace Qt::StringLiterals;

namespace bc {

GroupTreeView::GroupTreeView(GroupTreeModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(u"groupTree"_s);
    setModel(model);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(GroupTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(GroupTreeModel::AccountsColumn, QHeaderView::ResizeToContents);
    // After the view's own handling of a reset (connected in setModel()), which forgets what was open.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_open = openGroups(); });
    connect(model, &QAbstractItemModel::modelReset, this, &GroupTreeView::reopen);
    // The customers show; their units load when a customer is opened.
    expand(model->index(0, 0));
}

QList<qint64> GroupTreeView::openGroups() const
{
    QList<qint64> open;
    QList<QModelIndex> pending {m_model->index(0, 0)};
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeFirst();
        if (!index.isValid() || !isExpanded(index))
            continue;
        open.append(m_model->groupId(index));
        for (int row = 0; row < m_model->rowCount(index); ++row)
            pending.append(m_model->index(row, 0, index));
    }
    return open;
}

void GroupTreeView::reopen()
{
    expand(m_model->index(0, 0));
    for (const qint64 id : std::exchange(m_open, {})) {
        if (const QModelIndex index = m_model->indexOfGroup(id); index.isValid())
            expand(index);
    }
}

} // namespace bc
