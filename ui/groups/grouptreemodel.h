#pragma once

#include "core/domain/group.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace bc {

class AccountService;
class GroupService;
struct Account;
struct Error;

// The group tree: MSP at the top, customer organizations, their units. Columns: name, accounts.
// Loads a group's children when a view expands it (canFetchMore/fetchMore); a group says it has
// children before they are loaded. The account counts are a column the database keeps per group
// (0005_lists.sql), read with the groups: nothing counts accounts while the tree is shown.
// Follows the services' signals, so a change made anywhere in this console shows at once.
class GroupTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTreeModel)

public:
    enum Column
    {
        NameColumn,
        AccountsColumn,
        ColumnCount
    };
    enum Role
    {
        GroupIdRole = Qt::UserRole + 1
    };

    GroupTreeModel(GroupService &groups, AccountService &accounts, QObject *parent = nullptr);
    ~GroupTreeModel() override;

    // Reads the tree again from the database: the top group, its children not yet.
    void reload();
    // After a change made elsewhere: names and counts of the loaded groups are updated in place;
    // a different tree (groups added, removed or moved elsewhere) is read again.
    void reloadInPlace();

    // The index of a group, loading the groups above it first when they are not loaded yet;
    // invalid when there is no such group.
    QModelIndex indexOfGroup(qint64 id, int column = NameColumn);
    qint64 groupId(const QModelIndex &index) const;
    // A loaded group (every group a view shows is); nullptr otherwise.
    const Group *group(qint64 id) const;
    // How many groups are in memory, for tests and diagnostics.
    int loadedGroupCount() const { return static_cast<int>(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const bc::Error &error);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;
    int rowOfNode(const Node *node) const;
    int insertionRow(const Node *parent, const QString &name, const Node *exclude = nullptr) const;
    // Reads a node's children from the database and inserts them.
    void fetchChildren(Node *node);

    void onGroupAdded(const Group &group);
    void onGroupChanged(const Group &group);
    void onGroupRemoved(qint64 id, qint64 parentId);
    void adjustAccountCount(qint64 groupId, int delta);

    GroupService &m_groups;
    std::unique_ptr<Node> m_invisibleRoot;
    QHash<qint64, Node *> m_nodes;
};

} // namespace bc
