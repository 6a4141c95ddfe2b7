#include "ui/groups/grouptreemodel.h"

#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"

#include <QLocale>

#include <functional>
#include <optional>

namespace bc {

struct GroupTreeModel::Node
{
    Group group;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = false; // children read from the database (group.childCount of them)
    bool placeholder = false; // the "Loading…" row of a group whose children are on their way
    quint64 loadToken = 0; // the request its children are awaited from; 0 when none is
};

// The top group and the children of the groups asked for, read in one job.
struct GroupTreeModel::Snapshot
{
    std::optional<Group> root;
    QHash<qint64, QList<Group>> children;
};

GroupTreeModel::GroupTreeModel(Workspace &workspace, GroupService *groups, AccountService *accounts, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_invisibleRoot(std::make_unique<Node>())
{
    connect(&workspace, &Workspace::groupAdded, this, &GroupTreeModel::onGroupAdded);
    connect(&workspace, &Workspace::groupChanged, this, &GroupTreeModel::onGroupChanged);
    connect(&workspace, &Workspace::groupRemoved, this, &GroupTreeModel::onGroupRemoved);
    connect(&workspace, &Workspace::accountAdded, this,
            [this](const Account &account) { adjustAccountCount(account.groupId, +1); });
    connect(&workspace, &Workspace::accountRemoved, this,
            [this](qint64, qint64 groupId) { adjustAccountCount(groupId, -1); });
    connect(&workspace, &Workspace::accountsRemoved, this, std::bind_front(&GroupTreeModel::countAccounts, this, -1));
    connect(&workspace, &Workspace::accountsAdded, this, std::bind_front(&GroupTreeModel::countAccounts, this, +1));
    if (groups) {
        connect(groups, &GroupService::groupAdded, this, &GroupTreeModel::onGroupAdded);
        connect(groups, &GroupService::groupChanged, this, &GroupTreeModel::onGroupChanged);
        connect(groups, &GroupService::groupRemoved, this, &GroupTreeModel::onGroupRemoved);
    }
    if (accounts) {
        connect(accounts, &AccountService::accountAdded, this,
                [this](const Account &account) { adjustAccountCount(account.groupId, +1); });
        connect(accounts, &AccountService::accountRemoved, this,
                [this](qint64, qint64 groupId) { adjustAccountCount(groupId, -1); });
        connect(accounts, &AccountService::accountsRemoved, this,
                std::bind_front(&GroupTreeModel::countAccounts, this, -1));
        connect(accounts, &AccountService::accountsAdded, this,
                std::bind_front(&GroupTreeModel::countAccounts, this, +1));
    }
    // Nothing is shown yet: the top level is "Loading…" until the tree arrives.
    auto placeholder = std::make_unique<Node>();
    placeholder->placeholder = true;
    placeholder->parent = m_invisibleRoot.get();
    m_invisibleRoot->children.push_back(std::move(placeholder));
    reload();
}

GroupTreeModel::~GroupTreeModel() = default;

bool GroupTreeModel::isLoading() const
{
    if (m_snapshotsPending > 0 || m_invisibleRoot->loadToken != 0)
        return true;
    return std::any_of(m_nodes.cbegin(), m_nodes.cend(), [](const Node *node) { return node->loadToken != 0; });
}

void GroupTreeModel::reload()
{
    requestSnapshot(false);
}

void GroupTreeModel::reloadInPlace()
{
    requestSnapshot(true);
}

void GroupTreeModel::requestSnapshot(bool inPlace)
{
    // The children of every group loaded or on its way, so that the tree comes back as open as it is.
    QList<qint64> parents;
    for (const Node *node : std::as_const(m_nodes)) {
        if (node->fetched || node->loadToken != 0)
            parents.append(node->group.id);
    }
    if (!inPlace)
        ++m_generation;
    if (m_invisibleRoot->children.size() == 1 && m_invisibleRoot->children.front()->placeholder)
        m_invisibleRoot->loadToken = ++m_nextToken;
    ++m_snapshotsPending;
    const quint64 generation = m_generation;
    m_workspace.call(
        this,
        [parents](WorkspaceServices &services) -> Result<Snapshot> {
            // The top of what the acting operator reaches (its own group, or the top group) with the
            // children the tree shows open, then those of every open group: a statement each.
            auto top = services.acting.topGroupWithChildren();
            if (!top)
                return std::unexpected(top.error());
            auto children = services.groups.childrenOf(parents);
            if (!children)
                return std::unexpected(children.error());
            Snapshot snapshot {top->top, *children};
            if (top->top)
                snapshot.children.insert(top->top->id, top->children);
            return snapshot;
        },
        [this, generation, inPlace](const Result<Snapshot> &snapshot) {
            --m_snapshotsPending;
            if (generation != m_generation)
                return; // a reload started meanwhile: its answer comes next
            if (!snapshot) {
                if (m_invisibleRoot->loadToken != 0) {
                    // Nothing to show: not even "Loading…".
                    beginResetModel();
                    m_invisibleRoot->children.clear();
                    m_invisibleRoot->loadToken = 0;
                    endResetModel();
                }
                Q_EMIT loadFailed(snapshot.error());
                return;
            }
            if (inPlace)
                updateInPlace(*snapshot);
            else
                applySnapshot(*snapshot);
        });
}

void GroupTreeModel::applySnapshot(const Snapshot &snapshot)
{
    ++m_generation; // what was asked for the tree shown so far no longer fits
    beginResetModel();
    m_invisibleRoot->children.clear();
    m_invisibleRoot->fetched = true;
    m_invisibleRoot->loadToken = 0;
    m_nodes.clear();
    const auto add = [this, &snapshot](auto &self, Node *parentNode, const Group &group) -> void {
        auto node = std::make_unique<Node>(Node {group, parentNode, {}, false, false, 0});
        Node *added = node.get();
        m_nodes.insert(group.id, added);
        parentNode->children.push_back(std::move(node));
        if (const auto it = snapshot.children.constFind(group.id); it != snapshot.children.cend()) {
            added->fetched = true;
            added->group.childCount = static_cast<int>(it->size());
            for (const Group &child : *it)
                self(self, added, child);
        }
    };
    if (snapshot.root && snapshot.root->id > 0)
        add(add, m_invisibleRoot.get(), *snapshot.root);
    m_invisibleRoot->group.childCount = static_cast<int>(m_invisibleRoot->children.size());
    endResetModel();
    // Groups asked for before: ask again, over the tree as it is now.
    for (qint64 id : std::exchange(m_requested, {}))
        requestGroup(id);
}

void GroupTreeModel::updateInPlace(const Snapshot &snapshot)
{
    // Only what is loaded is compared: the top group and the children of every expanded group.
    QList<Group> loaded;
    if (snapshot.root && snapshot.root->id > 0)
        loaded.append(*snapshot.root);
    bool sameTree = m_invisibleRoot->loadToken == 0
        && m_invisibleRoot->children.size() == static_cast<size_t>(loaded.size())
        && (loaded.isEmpty() || m_nodes.value(loaded.first().id) == m_invisibleRoot->children.front().get());
    for (auto it = snapshot.children.cbegin(); sameTree && it != snapshot.children.cend(); ++it) {
        const Node *node = m_nodes.value(it.key());
        if (!node) {
            sameTree = false;
            break;
        }
        if (!node->fetched)
            continue; // its own answer is on the way
        sameTree = it->size() == static_cast<qsizetype>(node->children.size())
            && std::all_of(it->cbegin(), it->cend(), [this, node](const Group &group) {
                       const Node *child = m_nodes.value(group.id);
                       return child && child->parent == node;
                   });
        loaded.append(*it);
    }
    if (!sameTree) {
        applySnapshot(snapshot);
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
        if (!node->fetched && node->loadToken == 0 && node->group.childCount != group.childCount) {
            // Not expanded yet: only whether it has children can show.
            const bool hadChildren = node->group.childCount > 0;
            node->group.childCount = group.childCount;
            if (hadChildren != (group.childCount > 0)) {
                applySnapshot(snapshot);
                return;
            }
        }
    }
}

void GroupTreeModel::showLoadingRow(Node *node)
{
    if (!node->children.empty())
        return;
    beginInsertRows(indexOfNode(node, NameColumn), 0, 0);
    auto placeholder = std::make_unique<Node>();
    placeholder->placeholder = true;
    placeholder->parent = node;
    node->children.push_back(std::move(placeholder));
    endInsertRows();
}

void GroupTreeModel::fetchChildren(Node *node)
{
    if (node->fetched)
        return;
    const quint64 token = ++m_nextToken;
    node->loadToken = token;
    const qint64 id = node->group.id;
    // The "Loading…" row goes in a moment later: a view may ask for children (fetchMore) while it
    // handles another change of the model, and rows must not change within a change.
    QMetaObject::invokeMethod(
        this,
        [this, id, token] {
            if (Node *loading = m_nodes.value(id); loading && loading->loadToken == token)
                showLoadingRow(loading);
        },
        Qt::QueuedConnection);
    const quint64 generation = m_generation;
    m_workspace.call(
        this, [id](WorkspaceServices &services) { return services.groups.children(id); },
        [this, id, token, generation](const Result<QList<Group>> &children) {
            Node *asked = m_nodes.value(id);
            if (generation != m_generation || !asked || asked->loadToken != token)
                return; // the tree was read again, or the group asked again, meanwhile
            if (!children) {
                insertChildren(asked, {});
                asked->fetched = false; // expanding it again asks again
                Q_EMIT loadFailed(children.error());
                return;
            }
            insertChildren(asked, *children);
        });
}

void GroupTreeModel::refetch(Node *node)
{
    // Its children changed while they were being read: read them again, dropping the first answer.
    if (node == m_invisibleRoot.get()) {
        reload();
        return;
    }
    node->fetched = false;
    fetchChildren(node);
}

void GroupTreeModel::insertChildren(Node *node, const QList<Group> &children)
{
    // Loaded from here on, so that nothing asks for the children again while they go in.
    node->loadToken = 0;
    node->fetched = true;
    node->group.childCount = static_cast<int>(children.size());
    const QModelIndex parentIndex = indexOfNode(node, NameColumn);
    if (!node->children.empty()) {
        // The "Loading…" row.
        beginRemoveRows(parentIndex, 0, static_cast<int>(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    if (children.isEmpty())
        return;
    // children() lists them by name, the order the tree keeps.
    beginInsertRows(parentIndex, 0, static_cast<int>(children.size()) - 1);
    for (const Group &group : children) {
        auto child = std::make_unique<Node>(Node {group, node, {}, false, false, 0});
        m_nodes.insert(group.id, child.get());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

Qt::ItemFlags GroupTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (nodeOf(index)->placeholder)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return QAbstractItemModel::flags(index);
}

bool GroupTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return false;
    const Node *node = nodeOf(parent);
    if (node->placeholder)
        return false;
    if (node->loadToken != 0)
        return true; // "Loading…", or about to say so
    return node->fetched ? !node->children.empty() : node->group.childCount > 0;
}

bool GroupTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != NameColumn)
        return false;
    const Node *node = nodeOf(parent);
    return !node->placeholder && !node->fetched && node->loadToken == 0 && node->group.childCount > 0;
}

void GroupTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchChildren(nodeOf(parent));
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

void GroupTreeModel::requestGroup(qint64 id)
{
    if (m_nodes.contains(id)) {
        Q_EMIT groupFound(id);
        return;
    }
    if (id <= 0) {
        Q_EMIT groupNotFound(id);
        return;
    }
    // The groups above it and their children, read together; they are put in from the top down.
    m_requested.append(id);
    const quint64 generation = m_generation;
    using Path = QList<std::pair<qint64, QList<Group>>>;
    m_workspace.call(
        this,
        [id](WorkspaceServices &services) -> Result<Path> {
            if (auto reached = services.acting.reaches(id); !reached)
                return std::unexpected(reached.error());
            auto ancestry = services.groups.ancestry(id); // nearest first, the group itself first
            if (!ancestry)
                return std::unexpected(ancestry.error());
            // From the top of what the acting operator reaches; a group out of its reach is not found.
            const qint64 scope = services.acting.scope();
            Path path;
            for (qsizetype above = scope != 0 ? ancestry->indexOf(scope) : ancestry->size() - 1; above >= 1; --above) {
                auto children = services.groups.children(ancestry->at(above));
                if (!children)
                    return std::unexpected(children.error());
                path.append({ancestry->at(above), *children});
            }
            return path;
        },
        [this, id, generation](const Result<Path> &path) {
            if (generation != m_generation)
                return; // asked again over the new tree (applySnapshot)
            m_requested.removeOne(id);
            if (path) {
                for (const auto &[parentId, children] : *path) {
                    Node *node = m_nodes.value(parentId);
                    if (!node)
                        break;
                    if (!node->fetched)
                        insertChildren(node, children);
                }
            }
            if (m_nodes.contains(id))
                Q_EMIT groupFound(id);
            else
                Q_EMIT groupNotFound(id);
        });
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
    const Node *node = nodeOf(index);
    if (node->placeholder)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("Loading…")) : QVariant();
    const Group &group = node->group;
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
    if (parentNode->loadToken != 0) {
        refetch(parentNode);
        return;
    }
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
        Node *parentNode = m_nodes.value(group.parentId);
        if (parentNode && parentNode->loadToken != 0)
            refetch(parentNode);
        else if (parentNode && parentNode->fetched)
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
        if (Node *parentNode = m_nodes.value(parentId); parentNode && parentNode->loadToken != 0)
            refetch(parentNode);
        else if (parentNode && !parentNode->fetched)
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

void GroupTreeModel::countAccounts(int sign, const QList<qint64> &, const QList<qint64> &groupIds)
{
    // Many accounts made or removed at once: one change of each group's count.
    QHash<qint64, int> counted;
    for (qint64 groupId : groupIds)
        ++counted[groupId];
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        adjustAccountCount(it.key(), sign * it.value());
}

} // namespace bc
