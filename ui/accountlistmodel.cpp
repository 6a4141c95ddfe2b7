#include "accountlistmodel.h"

#include "accountservice.h"
#include "uilogging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPalette>

namespace bc {

AccountListModel::AccountListModel(AccountService &accounts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
    , m_pages(cachedPages)
{
    connect(&accounts, &AccountService::accountAdded, this, &AccountListModel::onAccountAdded);
    connect(&accounts, &AccountService::accountChanged, this, &AccountListModel::onAccountChanged);
    connect(&accounts, &AccountService::accountRemoved, this, [this](qint64 id, qint64) { onAccountRemoved(id); });
    refresh();
}

void AccountListModel::setQuery(const AccountQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void AccountListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_loadFailed = false;
    auto count = m_accounts.count(m_query);
    m_count = count ? *count : 0;
    endResetModel();
    if (!count)
        Q_EMIT loadFailed(count.error());
}

const Account *AccountListModel::accountAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    QList<Account> *accounts = m_pages.object(page);
    if (!accounts) {
        if (m_loadFailed)
            return nullptr;
        auto loaded = m_accounts.page(m_query, page * pageSize, pageSize);
        if (!loaded) {
            // Reported once, after painting; the rows stay blank until the next refresh.
            m_loadFailed = true;
            auto *self = const_cast<AccountListModel *>(this);
            QMetaObject::invokeMethod(
                self, [self, error = loaded.error()] { Q_EMIT self->loadFailed(error); }, Qt::QueuedConnection);
            return nullptr;
        }
        accounts = new QList<Account>(std::move(*loaded));
        m_pages.insert(page, accounts);
    }
    const int offset = row % pageSize;
    return offset < accounts->size() ? &accounts->at(offset) : nullptr;
}

qint64 AccountListModel::accountId(int row) const
{
    const Account *account = accountAt(row);
    return account ? account->id : 0;
}

int AccountListModel::rowOfAccount(qint64 id) const
{
    if (const int cached = cachedRowOf(id); cached >= 0)
        return cached;
    auto row = m_accounts.rowOf(m_query, id);
    return row ? *row : -1;
}

int AccountListModel::cachedRowOf(qint64 id) const
{
    for (int page : m_pages.keys()) {
        const QList<Account> *accounts = m_pages.object(page);
        for (qsizetype i = 0; i < accounts->size(); ++i) {
            if (accounts->at(i).id == id)
                return page * pageSize + static_cast<int>(i);
        }
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account *account = accountAt(index.row());
    if (!account)
        return role == Qt::DisplayRole && index.column() == LoginColumn ? QVariant(tr("Loading…")) : QVariant();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LoginColumn:
            return account->login;
        case NameColumn:
            return account->displayName();
        case EmailColumn:
            return account->email;
        case StatusColumn:
            return AccountText::label(account->status);
        case AdminColumn:
            return account->administrator ? tr("Yes") : tr("No");
        case StorageColumn:
            return Quotas::formatLimit(Resource::Storage, account->quotas[Resource::Storage].limit, locale);
        case CreatedColumn:
            return locale.toString(account->createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && account->status == AccountStatus::Inactive)
            return tr("Waiting for the user to activate the account");
        if (index.column() == CreatedColumn)
            return locale.toString(account->createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        // Disabled accounts read as switched off; the Status column says so in words too.
        if (account->status == AccountStatus::Disabled)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StorageColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AccountIdRole:
        return account->id;
    case StatusRole:
        return static_cast<int>(account->status);
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case AdminColumn:
        return tr("Admin");
    case StorageColumn:
        return tr("Storage quota");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

AccountColumn AccountListModel::sortColumn(int column)
{
    switch (column) {
    case NameColumn:
        return AccountColumn::Name;
    case EmailColumn:
        return AccountColumn::Email;
    case StatusColumn:
        return AccountColumn::Status;
    case AdminColumn:
        return AccountColumn::Administrator;
    case StorageColumn:
        return AccountColumn::StorageQuota;
    case CreatedColumn:
        return AccountColumn::Created;
    default:
        return AccountColumn::Login;
    }
}

void AccountListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    AccountQuery query = m_query;
    query.sortColumn = sortColumn(column);
    query.sortOrder = order;
    if (query == m_query)
        return;
    // A new order: tell views the rows moved so that selections follow the accounts they hold.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(accountId(index.row()));
    m_query = query;
    m_pages.clear();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = ids.at(i) ? rowOfAccount(ids.at(i)) : -1;
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AccountListModel::onAccountAdded(const Account &account)
{
    auto row = m_accounts.rowOf(m_query, account.id);
    if (!row || *row < 0)
        return;
    beginInsertRows({}, *row, *row);
    m_pages.clear();
    ++m_count;
    endInsertRows();
}

void AccountListModel::onAccountChanged(const Account &account)
{
    const int from = cachedRowOf(account.id);
    auto to = m_accounts.rowOf(m_query, account.id);
    if (!to) {
        refresh();
        return;
    }
    if (from < 0 && *to < 0)
        return;
    if (from < 0) {
        // Not known where it was: it may or may not have been listed before. Count again.
        refresh();
        return;
    }
    if (*to < 0) {
        beginRemoveRows({}, from, from);
        m_pages.clear();
        --m_count;
        endRemoveRows();
        return;
    }
    if (from != *to) {
        beginMoveRows({}, from, from, {}, *to > from ? *to + 1 : *to);
        m_pages.clear();
        endMoveRows();
        return;
    }
    m_pages.clear();
    Q_EMIT dataChanged(index(from, 0), index(from, ColumnCount - 1));
}

void AccountListModel::onAccountRemoved(qint64 id)
{
    const int row = cachedRowOf(id);
    if (row < 0) {
        // Gone before we knew its row; a count tells whether the list changed.
        auto count = m_accounts.count(m_query);
        if (count && *count == m_count)
            return;
        refresh();
        return;
    }
    beginRemoveRows({}, row, row);
    m_pages.clear();
    --m_count;
    endRemoveRows();
}

} // namespace bc
