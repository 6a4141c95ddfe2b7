#include "grouptreemodel.h"

#include "accountrules.h"
#include "accountservice.h"
#include "groupservice.h"

#include <QLocale>

namespace bc {

struct GroupTreeModel::Node
{
    Group group;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
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
    reload();
}

GroupTreeModel::~GroupTreeModel() = default;

void GroupTreeModel::reload()
{
    auto groups = m_groups.all();
    beginResetModel();
    m_invisibleRoot->children.clear();
    m_nodes.clear();
    if (groups) {
        // all() lists parents before their children (ordered by parent, then name).
        QList<Group> pending = *groups;
        m_nodes.insert(0, m_invisibleRoot.get());
        bool progressed = true;
        while (!pending.isEmpty() && progressed) {
            progressed = false;
            for (auto it = pending.begin(); it != pending.end();) {
                Node *parentNode = m_nodes.value(it->parentId);
                if (!parentNode) {
                    ++it;
                    continue;
                }
                auto node = std::make_unique<Node>(Node {*it, parentNode, {}});
                m_nodes.insert(it->id, node.get());
                parentNode->children.push_back(std::move(node));
                it = pending.erase(it);
                progressed = true;
            }
        }
        m_nodes.remove(0);
    }
    endResetModel();
    if (!groups)
        Q_EMIT loadFailed(groups.error());
}

void GroupTreeModel::reloadInPlace()
{
    auto groups = m_groups.all();
    if (!groups) {
        Q_EMIT loadFailed(groups.error());
        return;
    }
    const bool sameTree =
        groups->size() == m_nodes.size() && std::all_of(groups->cbegin(), groups->cend(), [this](const Group &group) {
            const Node *node = m_nodes.value(group.id);
            return node && node->group.parentId == group.parentId;
        });
    if (!sameTree) {
        reload();
        return;
    }
    for (const Group &group : std::as_const(*groups)) {
        Node *node = m_nodes.value(group.id);
        if (node->group.name != group.name || !(node->group.limits == group.limits))
            onGroupChanged(group);
        if (node->group.accountCount != group.accountCount) {
            node->group.accountCount = group.accountCount;
            const QModelIndex changed = indexOfNode(node, AccountsColumn);
            Q_EMIT dataChanged(changed, changed);
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

QModelIndex GroupTreeModel::indexOfGroup(qint64 id, int column) const
{
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
    Node *parentNode = group.parentId == 0 ? m_invisibleRoot.get() : m_nodes.value(group.parentId);
    if (!parentNode || m_nodes.contains(group.id)) {
        reload();
        return;
    }
    const int row = insertionRow(parentNode, group.name);
    beginInsertRows(indexOfNode(parentNode, NameColumn), row, row);
    auto node = std::make_unique<Node>(Node {group, parentNode, {}});
    m_nodes.insert(group.id, node.get());
    parentNode->children.insert(parentNode->children.begin() + row, std::move(node));
    ++parentNode->group.childCount;
    endInsertRows();
}

void GroupTreeModel::onGroupChanged(const Group &group)
{
    Node *node = m_nodes.value(group.id);
    if (!node) {
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

void GroupTreeModel::onGroupRemoved(qint64 id, qint64)
{
    Node *node = m_nodes.value(id);
    if (!node)
        return;
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
