#include "ui/accounts/accountlistmodel.h"

#include "core/mail/activationtext.h"
#include "core/platform/logging.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/workspace.h"

#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace bc {

AccountListModel::AccountListModel(AccountService &accounts, QObject *parent)
    : AccountListModel(accounts.databaseLocation(), nullptr, parent)
{
    m_accounts = &accounts;
    followChanges(&accounts);
}

AccountListModel::AccountListModel(const QString &databaseLocation, std::unique_ptr<AccountPages> pages,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(pages ? std::move(pages) : std::make_unique<AccountPages>(databaseLocation))
    , m_cache(pageSize, cachedPages)
{
    connect(m_pages.get(), &AccountPages::loaded, this, &AccountListModel::onLoaded);
    connect(m_pages.get(), &AccountPages::fetched, this, &AccountListModel::onFetched);
    connect(m_pages.get(), &AccountPages::located, this, &AccountListModel::onLocated);
    connect(m_pages.get(), &AccountPages::failed, this, &AccountListModel::onFailed);
    connect(m_pages.get(), &AccountPages::found, this, [this](quint64 generation, qint64 id, int row) {
        // Rows that moved since (a change being placed) make the row stale: the caller asks again.
        if (generation == m_generation && !m_loading && m_locating == 0)
            Q_EMIT accountLocated(id, row < m_count ? row : -1);
    });
    connect(m_pages.get(), &AccountPages::anchored, this,
            [this](quint64 generation) { m_anchored = m_anchored || generation == m_generation; });
    connect(m_pages.get(), &AccountPages::dataLockedRead, this,
            [this](quint64 question, const QList<qint64> &ids, const QHash<qint64, QString> &logins) {
                if (question == m_refusalQuestion)
                    Q_EMIT deleteRefusalRead(ids, AccountService::deleteRefusalOf(ids, logins));
            });
    connect(m_pages.get(), &AccountPages::activationRead, this,
            [this](quint64 generation, const QList<qint64> &ids, const QHash<qint64, ActivationState> &states) {
                if (generation == m_generation)
                    keepActivation(ids, states);
            });

    startLoad(Load::FirstPage);
}

template<typename Source> void AccountListModel::followChanges(Source *source)
{
    connect(source, &Source::accountAdded, this, [this](const Account &account) {
        m_changed.insert(account.id, account);
        onAccountChange(account.id, AccountListChange::Added);
    });
    connect(source, &Source::accountChanged, this, [this](const Account &account) {
        m_changed.insert(account.id, account);
        onAccountChange(account.id, AccountListChange::Changed);
    });
    connect(source, &Source::accountRemoved, this, [this](qint64 id, qint64) { onAccountRemoved(id); });
    // Many accounts changed, removed or made at once: the rows held are read again, once.
    connect(source, &Source::accountsChanged, this, &AccountListModel::reloadInPlace);
    connect(source, &Source::accountsRemoved, this, &AccountListModel::reloadInPlace);
    connect(source, &Source::accountsAdded, this, &AccountListModel::reloadInPlace);
}

void AccountListModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (!workspace)
        return;
    followChanges(workspace);
    followActivation(workspace, workspace);
    m_pages->readActivation();
    loadActivation(m_cache.ids());
}

AccountListModel::~AccountListModel() = default;

void AccountListModel::askDeleteRefusal(const QList<qint64> &accountIds)
{
    m_pages->readDataLocked(++m_refusalQuestion, accountIds);
}

void AccountListModel::setQuery(const AccountQuery &query)
{
    // Every group, or the top group with its subgroups: the same rows.
    if (query.sameRowsAs(m_query, m_topGroupId)) {
        m_query = query;
        return;
    }
    AccountQuery sortedOnly = m_query;
    sortedOnly.sortColumn = query.sortColumn;
    sortedOnly.sortOrder = query.sortOrder;
    if (sortedOnly == query) {
        sort(columnOf(query.sortColumn), query.sortOrder);
        return;
    }
    const bool searchChanged = query.search != m_query.search;
    m_query = query;
    startLoad(searchChanged ? Load::Search : Load::Filter);
}

void AccountListModel::refresh()
{
    startLoad(Load::Filter);
}

void AccountListModel::reloadInPlace()
{
    if (m_loading) {
        // The load under way may have read before the change: look again once it is in.
        m_reloadWhenLoaded = true;
        return;
    }
    m_reloadPages = m_cache.pages();
    startLoad(Load::Reload);
}

void AccountListModel::startLoad(Load kind)
{
    // Rows of the previous query stay on screen until the new ones arrive; pages and placements
    // still asked for belong to the previous query and are dropped, here and in the worker.
    ++m_generation;
    m_pages->supersede(m_generation);
    m_cache.forgetRequests();
    m_locating = 0;
    m_changed.clear();
    if (!m_loading || kind != Load::Filter)
        m_loadKind = kind;
    m_loading = true;
    m_anchored = false;
    m_loadTimer.start();
    // Sent once per turn of the event loop: what a window sets up at once (the first page, the saved
    // sort, the header's order) is one request.
    if (!std::exchange(m_loadDue, true))
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_loadDue = false;
                m_pages->load(m_generation, m_query, 0, pageSize,
                              m_loadKind == Load::Sort ? m_sortIds : QList<qint64>());
            },
            Qt::QueuedConnection);
}

void AccountListModel::onLoaded(quint64 generation, int count, int offset, const QList<Account> &accounts,
                                const QHash<qint64, int> &rows)
{
    if (generation != m_generation)
        return;
    if (m_loadKind == Load::Reload && count == m_count) {
        // Same rows, maybe other values: replace what is held, page by page; nothing moves.
        m_loading = false;
        keepRows(offset, accounts);
        const int last = qMin(offset + static_cast<int>(accounts.size()), m_count) - 1;
        if (last >= offset)
            Q_EMIT dataChanged(index(offset, 0), index(last, ColumnCount - 1));
        m_reloadPages.remove(offset / pageSize);
        for (int page : std::as_const(m_reloadPages))
            requestPage(page);
        m_reloadPages.clear();
        checkSettled();
        return;
    }
    if (m_loadKind == Load::Sort && count == m_count) {
        // A new order: tell views the rows moved so that selections follow the accounts they hold.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const Account *account = m_cache.find(index.row());
            const int row = account ? rows.value(account->id, -1) : -1;
            after.append(row >= 0 ? this->index(row, index.column()) : QModelIndex());
        }
        dropPages();
        keepRows(offset, accounts);
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        dropPages();
        m_count = count;
        keepRows(offset, accounts);
        endResetModel();
    }
    m_loading = false;
    m_sortIds.clear();
    // QT_LOGGING_RULES="console.perf=true": how long the person waited, from asking to seeing.
    static constexpr const char *names[] = {"first page", "filter", "search", "sort", "reload"};
    qCInfo(lcPerf).nospace() << names[static_cast<int>(m_loadKind)] << ": " << m_loadTimer.elapsed()
                             << " ms from request to rows delivered, " << count << " rows";
    checkSettled();
}

void AccountListModel::requestPage(int page) const
{
    if (m_loading || page < 0 || page * pageSize >= m_count || !m_cache.request(page))
        return;
    m_pages->fetch(m_generation, m_cache.epoch(), m_query, page * pageSize, pageSize);
}

void AccountListModel::onFetched(quint64 generation, quint64 epoch, int offset, const QList<Account> &accounts)
{
    if (generation != m_generation || epoch != m_cache.epoch() || m_loading)
        return;
    m_cache.delivered(m_cache.pageOf(offset));
    keepRows(offset, accounts);
    const int last = qMin(offset + static_cast<int>(accounts.size()), m_count) - 1;
    if (last >= offset)
        Q_EMIT dataChanged(index(offset, 0), index(last, ColumnCount - 1));
}

void AccountListModel::onFailed(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    // Reported once; the rows stay as they are (or "Loading…") until the next refresh.
    m_loading = false;
    m_locating = 0;
    Q_EMIT loadFailed(error);
    checkSettled();
}

void AccountListModel::keepRows(int offset, const QList<Account> &accounts)
{
    // Their activation states follow from the list's own worker (AccountPages::readActivation()).
    m_cache.keep(offset, accounts);
}

void AccountListModel::dropPages()
{
    m_cache.clear();
    m_activation.clear();
}

int AccountListModel::cachedPageCount() const
{
    return m_cache.pageCount();
}

void AccountListModel::checkSettled()
{
    if (m_reloadWhenLoaded && !m_loading) {
        m_reloadWhenLoaded = false;
        reloadInPlace();
        return;
    }
    if (isSettled())
        Q_EMIT settled();
}

const Account *AccountListModel::accountAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = m_cache.pageOf(row);
    const Account *account = m_cache.find(row);
    if (!account) {
        requestPage(page);
        return nullptr;
    }
    if (m_cache.wantsNextPage(row))
        requestPage(page + 1);
    return account;
}

bool AccountListModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_count && m_cache.contains(row);
}

qint64 AccountListModel::accountId(int row) const
{
    const Account *account = accountAt(row);
    return account ? account->id : 0;
}

int AccountListModel::rowOfAccount(qint64 id) const
{
    return m_cache.rowOf(id);
}

void AccountListModel::locateAccount(qint64 id)
{
    // Counting the rows before an account far down a large list takes a while: the worker does it.
    m_pages->find(m_generation, m_query, id);
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
            return account->displayName;
        case EmailColumn:
            return account->email;
        case StatusColumn:
            return AccountText::label(account->status);
        case AdminColumn:
            return account->administrator ? tr("Yes") : tr("No");
        case StorageColumn:
            return Quotas::formatLimit(Resource::Storage, account->quotas[Resource::Storage].limit, locale);
        case CreatedColumn:
            // The date is enough in a list; the tooltip has the time.
            return locale.toString(account->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case LicenseColumn:
            return account->isLicensed() ? tr("Licensed") : tr("Unlicensed");
        case ActivationColumn:
            if (account->status != AccountStatus::Inactive)
                return {};
            return ActivationText::label(activationOf(account->id));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && account->status == AccountStatus::Inactive)
            return tr("Waiting for the user to activate the account");
        if (index.column() == CreatedColumn)
            return locale.toString(account->createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ActivationColumn && account->status == AccountStatus::Inactive) {
            // Without a mail server the column's words matter most, and may be cut off.
            const ActivationState state = activationOf(account->id);
            const QString label = m_mailServerSetUp ? QString() : ActivationText::label(state);
            const QString pending = ActivationText::pending(state, locale);
            return label.isEmpty() || pending.isEmpty() ? label + pending : label + u'\n' + pending;
        }
        if (index.column() == LicenseColumn)
            return account->isLicensed() ? tr("%n subscription(s) assigned", nullptr, account->subscriptionCount)
                                         : tr("No subscription assigned; Account → Assign service… licenses it");
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
    case LicenseColumn:
        return tr("License");
    case ActivationColumn:
        return tr("Activation");
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

int AccountListModel::columnOf(AccountColumn column)
{
    for (int candidate = 0; candidate < ColumnCount; ++candidate) {
        if (sortColumn(candidate) == column)
            return candidate;
    }
    return LoginColumn;
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
    // The accounts under persistent indexes (selections) are placed in the new order by the
    // worker, so that they follow their accounts when the layout changes.
    m_sortIds.clear();
    for (const QModelIndex &index : persistentIndexList()) {
        if (const Account *account = m_cache.find(index.row()))
            m_sortIds.append(account->id);
    }
    m_query = query;
    startLoad(Load::Sort);
}

void AccountListModel::onAccountChange(qint64 id, AccountListChange change)
{
    if (m_loading) {
        // The list being loaded may or may not hold the change yet: ask again.
        startLoad(m_loadKind);
        return;
    }
    ++m_locating;
    m_anchored = false;
    m_pages->locate(m_generation, m_query, id, change);
}

void AccountListModel::onAccountRemoved(qint64 id)
{
    const int row = m_cache.rowOf(id);
    if (row < 0 || m_loading) {
        // Gone before we knew its row; the worker counts whether the list changed.
        onAccountChange(id, AccountListChange::Removed);
        return;
    }
    beginRemoveRows({}, row, row);
    m_cache.shift(row, -1);
    --m_count;
    endRemoveRows();
}

void AccountListModel::onLocated(quint64 generation, qint64 id, int row, int count, AccountListChange change)
{
    if (generation != m_generation || m_loading)
        return;
    --m_locating;
    const std::optional<Account> changed =
        m_changed.contains(id) ? std::optional<Account>(m_changed.take(id)) : std::nullopt;
    switch (change) {
    case AccountListChange::Added:
        if (row >= 0 && row <= m_count) {
            beginInsertRows({}, row, row);
            m_cache.shift(row, +1);
            if (changed)
                m_cache.put(row, *changed);
            ++m_count;
            endInsertRows();
        }
        break;
    case AccountListChange::Changed: {
        const int from = m_cache.rowOf(id);
        if (from < 0 && row < 0)
            break;
        if (from < 0) {
            // Not known where it was: it may or may not have been listed before. Count again.
            refresh();
            return;
        }
        if (row < 0) {
            beginRemoveRows({}, from, from);
            m_cache.shift(from, -1);
            --m_count;
            endRemoveRows();
        } else if (from != row) {
            beginMoveRows({}, from, from, {}, row > from ? row + 1 : row);
            m_cache.shift(from, -1);
            m_cache.shift(row, +1);
            if (changed)
                m_cache.put(row, *changed);
            endMoveRows();
        } else {
            if (changed)
                m_cache.put(from, *changed);
            Q_EMIT dataChanged(index(from, 0), index(from, ColumnCount - 1));
        }
        break;
    }
    case AccountListChange::Removed:
        break;
    }
    if (count != m_count) {
        // Changes crossed (another arrived while this one was placed): count again.
        refresh();
        return;
    }
    checkSettled();
}

} // namespace bc
