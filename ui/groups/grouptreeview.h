#pragma once

#include <QList>
#include <QTreeView>

namespace bc {

class GroupTreeModel;

// The main window's group tree: the group's name stretches, its account count fits. The top group
// starts open, and the groups a person opened stay open when the model reads the tree again (a
// change made elsewhere, a reload): GroupTreeModel brings their children back with the tree, and
// this view opens them again, where a plain view would show every group closed.
class GroupTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTreeView)

public:
    explicit GroupTreeView(GroupTreeModel *model, QWidget *parent = nullptr);

private:
    // The ids of the open groups, parents before their children.
    QList<qint64> openGroups() const;
    void reopen();

    GroupTreeModel *m_model;
    QList<qint64> m_open;
};

} // namespace bc
