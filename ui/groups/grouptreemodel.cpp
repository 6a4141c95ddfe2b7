#include "ui/groups/grouptreemodel.h"

#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"

#include <QLocale>

namespace bc {

struct GroupTreeModel::Node
{
    Group group;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = false; // children read from the database (group.childCount of them)
};

GroupTreeModel::GroupTreeModel(GroupService &groups, AccountService &accounts, QObject *parent)
    : QAbstractItemModel(parent)
    , m_groups(groups)
    , m_invisibleRoot(std::make_unique<Node>())
{
    connect(&groups, &GroupService::groupAdded, this, &GroupTreeModel::onGroupAdded);
    connect(&groups, &GroupService::groupChanged, this, &GroupTreeModel::onGroupChanged);
    connect(&groups, &GroupService::groupRemoved, this, &GroupTreeModel::onGroupRemoved);
    connect(&accounts, &AccountService::accountAdded, this,
            [this](const Account &account) { adjustAccountCount(account.groupId, +1); });
    connect(&accounts, &AccountService::accountRemoved, this,
            [this](qint64, qint64 groupId) { adjustAccountCount(groupId, -1); });
    connect(&accounts, &AccountService::accountsRemoved, this,
            [this](const QList<qint64> &, const QList<qint64> &groupIds) {
                // One change of each group's count, however many of its accounts went.
                QHash<qint64, int> removed;
                for (qint64 groupId : groupIds)
                    ++removed[groupId];
                for (auto it = removed.cbegin(); it != removed.cend(); ++it)
                    adjustAccountCount(it.key(), -it.value());
            });
    reload();
}

GroupTreeModel::~GroupTreeModel() = default;

void GroupTreeModel::reload()
{
    auto root = m_groups.root();
    beginResetModel();
    m_invisibleRoot->children.clear();
    m_invisibleRoot->fetched = true;
    m_nodes.clear();
    if (root && *root) {
        auto node = std::make_unique<Node>(Node {**root, m_invisibleRoot.get(), {}, false});
        m_nodes.insert(node->group.id, node.get());
        m_invisibleRoot->children.push_back(std::move(node));
    }
    m_invisibleRoot->group.childCount = static_cast<int>(m_invisibleRoot->children.size());
    endResetModel();
    if (!root)
        Q_EMIT loadFailed(root.error());
}

void GroupTreeModel::fetchChildren(Node *node)
{
    if (node->fetched)
        return;
    auto children = m_groups.children(node->group.id);
    if (!children) {
        Q_EMIT loadFailed(children.error());
        return;
    }
    node->fetched = true;
    node->group.childCount = static_cast<int>(children->size());
    if (children->isEmpty())
        return;
    // children() lists them by name, the order the tree keeps.
    beginInsertRows(indexOfNode(node, NameColumn), 0, static_cast<int>(children->size()) - 1);
    for (const Group &group : std::as_const(*children)) {
        auto child = std::make_unique<Node>(Node {group, node, {}, false});
        m_nodes.insert(group.id, child.get());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

bool GroupTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return false;
    const Node *node = nodeOf(parent);
    return node->fetched ? !node->children.empty() : node->group.childCount > 0;
}

bool GroupTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != NameColumn)
        return false;
    const Node *node = nodeOf(parent);
    return !node->fetched && node->group.childCount > 0;
}

void GroupTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchChildren(nodeOf(parent));
}

void GroupTreeModel::reloadInPlace()
{
    // Only what is loaded is compared: the top group and the children of every expanded group.
    auto root = m_groups.root();
    if (!root) {
        Q_EMIT loadFailed(root.error());
        return;
    }
    QList<Group> loaded;
    if (*root)
        loaded.append(**root);
    QList<const Node *> fetched;
    for (const Node *node : std::as_const(m_nodes)) {
        if (node->fetched)
            fetched.append(node);
    }
    bool sameTree = m_invisibleRoot->children.size() == static_cast<size_t>(loaded.size())
        && (loaded.isEmpty() || m_nodes.value(loaded.first().id) == m_invisibleRoot->children.front().get());
    for (const Node *node : std::as_const(fetched)) {
        if (!sameTree)
            break;
        auto children = m_groups.children(node->group.id);
        if (!children) {
            Q_EMIT loadFailed(children.error());
            return;
        }
        sameTree = children->size() == static_cast<qsizetype>(node->children.size())
            && std::all_of(children->cbegin(), children->cend(), [this, node](const Group &group) {
                       const Node *child = m_nodes.value(group.id);
                       return child && child->parent == node;
                   });
        loaded.append(*children);
    }
    if (!sameTree) {
        reload();
        return;
    }
    for (const Group &group : std::as_const(loaded)) {
        Node *node = m_nodes.value(group.id);
        if (node->group.name != group.name || !(node->group.limits == group.limits))
            onGroupChanged(group);
        if (node->group.accountCount != group.accountCount) {
            node->group.accountCount = group.accountCount;
            const QModelIndex changed = indexOfNode(node, AccountsColumn);
            Q_EMIT dataChanged(changed, changed);
        }
        if (!node->fetched && node->group.childCount != group.childCount) {
            // Not expanded yet: only whether it has children can show.
            const bool hadChildren = node->group.childCount > 0;
            node->group.childCount = group.childCount;
            if (hadChildren != (group.childCount > 0)) {
                reload();
                return;
            }
        }
    }
}

GroupTreeModel::Node *GroupTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_invisibleRoot.get();
}

int GroupTreeModel::rowOfNode(const Node *node) const
{
    if (!node->parent)
        return 0;
    const auto &siblings = node->parent->children;
    const auto it = std::find_if(siblings.cbegin(), siblings.cend(),
                                 [node](const std::unique_ptr<Node> &sibling) { return sibling.get() == node; });
    return static_cast<int>(std::distance(siblings.cbegin(), it));
}

QModelIndex GroupTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_invisibleRoot.get())
        return {};
    return createIndex(rowOfNode(node), column, const_cast<Node *>(node));
}

QModelIndex GroupTreeModel::indexOfGroup(qint64 id, int column)
{
    if (const Node *node = m_nodes.value(id))
        return indexOfNode(node, column);
    if (id <= 0)
        return {};
    // Not loaded yet: load the children of each group above it, from the top down. The
    // ancestry is nearest first and begins with the group itself.
    auto ancestry = m_groups.ancestry(id);
    if (!ancestry)
        return {};
    for (qsizetype above = ancestry->size() - 1; above >= 1; --above) {
        Node *node = m_nodes.value(ancestry->at(above));
        if (!node)
            return {};
        fetchChildren(node);
    }
    return indexOfNode(m_nodes.value(id), column);
}

qint64 GroupTreeModel::groupId(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->group.id : 0;
}

const Group *GroupTreeModel::group(qint64 id) const
{
    const Node *node = m_nodes.value(id);
    return node ? &node->group : nullptr;
}

QModelIndex GroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children.at(static_cast<size_t>(row)).get());
}

QModelIndex GroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent, NameColumn);
}

int GroupTreeModel::rowCount(const QModelIndex &parent) const
{
    // The children loaded so far; hasChildren() tells about the others.
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int GroupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Group &group = nodeOf(index)->group;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(group.name) : QVariant(QLocale().toString(group.accountCount));
    case Qt::ToolTipRole:
        return tr("%1: %n account(s)", nullptr, group.accountCount).arg(group.name);
    case Qt::TextAlignmentRole:
        return index.column() == AccountsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case GroupIdRole:
        return group.id;
    default:
        return {};
    }
}

QVariant GroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Group") : tr("Accounts");
}

int GroupTreeModel::insertionRow(const Node *parent, const QString &name, const Node *exclude) const
{
    const QString key = GroupRules::nameKey(name);
    int row = 0;
    for (const auto &sibling : parent->children) {
        if (sibling.get() != exclude && GroupRules::nameKey(sibling->group.name) <= key)
            ++row;
    }
    return row;
}

void GroupTreeModel::onGroupAdded(const Group &group)
{
    if (m_nodes.contains(group.id)) {
        reload();
        return;
    }
    Node *parentNode = group.parentId == 0 ? m_invisibleRoot.get() : m_nodes.value(group.parentId);
    if (!parentNode)
        return; // below a group not loaded: it comes with its siblings when a view gets there
    if (!parentNode->fetched) {
        if (parentNode->group.childCount > 0) {
            // Comes with its siblings when the parent is expanded.
            ++parentNode->group.childCount;
            return;
        }
        parentNode->fetched = true; // its first child: nothing else to read
    }
    const int row = insertionRow(parentNode, group.name);
    beginInsertRows(indexOfNode(parentNode, NameColumn), row, row);
    auto node = std::make_unique<Node>(Node {group, parentNode, {}, false});
    m_nodes.insert(group.id, node.get());
    parentNode->children.insert(parentNode->children.begin() + row, std::move(node));
    ++parentNode->group.childCount;
    endInsertRows();
}

void GroupTreeModel::onGroupChanged(const Group &group)
{
    Node *node = m_nodes.value(group.id);
    if (!node) {
        // Not loaded: nothing shows it. Missing from a loaded list of children: read again.
        const Node *parentNode = m_nodes.value(group.parentId);
        if (parentNode && parentNode->fetched)
            reload();
        return;
    }
    node->group.name = group.name;
    node->group.limits = group.limits;
    // Keep siblings sorted by name: move the node if its new name sorts elsewhere.
    Node *parentNode = node->parent;
    auto &siblings = parentNode->children;
    const int from = rowOfNode(node);
    const int to = insertionRow(parentNode, group.name, node); // position among the others
    if (from != to) {
        const QModelIndex parentIndex = indexOfNode(parentNode, NameColumn);
        beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to);
        auto moving = std::move(siblings.at(static_cast<size_t>(from)));
        siblings.erase(siblings.begin() + from);
        siblings.insert(siblings.begin() + to, std::move(moving));
        endMoveRows();
    }
    const QModelIndex changed = indexOfNode(node, NameColumn);
    Q_EMIT dataChanged(changed, changed.siblingAtColumn(AccountsColumn));
}

void GroupTreeModel::onGroupRemoved(qint64 id, qint64 parentId)
{
    Node *node = m_nodes.value(id);
    if (!node) {
        // One of the children not loaded yet.
        if (Node *parentNode = m_nodes.value(parentId); parentNode && !parentNode->fetched)
            parentNode->group.childCount = qMax(0, parentNode->group.childCount - 1);
        return;
    }
    if (!node->children.empty()) {
        reload();
        return;
    }
    Node *parentNode = node->parent;
    const int row = rowOfNode(node);
    beginRemoveRows(indexOfNode(parentNode, NameColumn), row, row);
    m_nodes.remove(id);
    parentNode->children.erase(parentNode->children.begin() + row);
    --parentNode->group.childCount;
    endRemoveRows();
}

void GroupTreeModel::adjustAccountCount(qint64 groupId, int delta)
{
    Node *node = m_nodes.value(groupId);
    if (!node)
        return;
    node->group.accountCount = qMax(0, node->group.accountCount + delta);
    const QModelIndex changed = indexOfNode(node, AccountsColumn);
    Q_EMIT dataChanged(changed, changed);
}

} // namespace bc
