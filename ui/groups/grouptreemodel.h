#pragma once

#include "core/domain/group.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace bc {

class AccountService;
class GroupService;
class Workspace;
struct Account;
struct Error;

// The group tree: MSP at the top, customer organizations, their units; for an operator signed in
// below the top, its own group at the top (ActingOperator::topGroup). Columns: name, accounts.
// Loads a group's children when a view expands it (canFetchMore/fetchMore); a group says it has
// children before they are loaded. The account counts are a column the database keeps per group
// (0005_lists.sql), read with the groups: nothing counts accounts while the tree is shown.
// Everything is read on the workspace's worker: while a group's children are on their way, the
// group shows one "Loading…" row in their place, and the tree shown before a reload stays until
// the new one arrives. An answer for a tree that has been read again meanwhile is dropped.
// Follows the services' signals (the workspace's, and those of the services still used on the
// GUI thread), so a change made anywhere in this console shows at once.
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

    // `groups` and `accounts` (optional) are services used on the GUI thread elsewhere in the
    // window: the model only follows their signals.
    GroupTreeModel(Workspace &workspace, GroupService *groups = nullptr, AccountService *accounts = nullptr,
                   QObject *parent = nullptr);
    ~GroupTreeModel() override;

    // Reads the tree again from the database, with the children of every group loaded so far, and
    // shows it when it arrives.
    void reload();
    // After a change made elsewhere: names and counts of the loaded groups are updated in place;
    // a different tree (groups added, removed or moved elsewhere) is read again.
    void reloadInPlace();

    // The index of a loaded group; invalid when it is not loaded (see requestGroup()).
    QModelIndex indexOfGroup(qint64 id, int column = NameColumn) const;
    // Loads the groups above a group, then tells groupFound(id), or groupNotFound(id) when there is
    // no such group. At once when it is loaded already.
    void requestGroup(qint64 id);
    // Whether the tree or some children are still on their way.
    bool isLoading() const;
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
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const bc::Error &error);
    void groupFound(qint64 id);
    void groupNotFound(qint64 id);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;
    int rowOfNode(const Node *node) const;
    int insertionRow(const Node *parent, const QString &name, const Node *exclude = nullptr) const;
    // Asks the worker for a node's children; a "Loading…" row stands in for them until they come.
    void fetchChildren(Node *node);
    void showLoadingRow(Node *node);
    void refetch(Node *node);
    // Puts `children` in the place of the node's "Loading…" row (or of nothing).
    void insertChildren(Node *node, const QList<Group> &children);
    struct Snapshot;
    void requestSnapshot(bool inPlace);
    void applySnapshot(const Snapshot &snapshot);
    void updateInPlace(const Snapshot &snapshot);

    void onGroupAdded(const Group &group);
    // Each group's count up (`sign` +1) or down (-1) by how often `groupIds` names it: many accounts
    // made (accountsAdded) or removed (accountsRemoved) at once.
    void countAccounts(int sign, const QList<qint64> &accountIds, const QList<qint64> &groupIds);
    void onGroupChanged(const Group &group);
    void onGroupRemoved(qint64 id, qint64 parentId);
    void adjustAccountCount(qint64 groupId, int delta);

    Workspace &m_workspace;
    std::unique_ptr<Node> m_invisibleRoot;
    QHash<qint64, Node *> m_nodes;
    // Counts reloads: an answer asked for before the latest one is dropped.
    quint64 m_generation = 0;
    quint64 m_nextToken = 0;
    int m_snapshotsPending = 0;
    // Groups asked for with requestGroup() whose answer has not been applied yet.
    QList<qint64> m_requested;
};

} // namespace bc
