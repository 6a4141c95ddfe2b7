#pragma once

#include "account.h"
#include "accountquery.h"

#include <QAbstractTableModel>
#include <QCache>

namespace bc {

class AccountService;
struct Error;

// The account list, one page of rows at a time: the model knows how many rows the query has and
// asks core for the page a view needs, keeping a few pages cached. Sorting and filtering are the
// query's (done in SQL). Changes announced by AccountService become precise row signals, so
// selections and scroll positions survive them.
class AccountListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        EmailColumn,
        StatusColumn,
        AdminColumn,
        StorageColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        StatusRole
    };
    static constexpr int pageSize = 128;
    static constexpr int cachedPages = 16;

    explicit AccountListModel(AccountService &accounts, QObject *parent = nullptr);

    AccountQuery query() const { return m_query; }
    void setQuery(const AccountQuery &query);
    // Counts again and drops the cache; the view asks for what it shows.
    void refresh();

    qint64 accountId(int row) const;
    // How many pages are held in memory (at most cachedPages), for tests and diagnostics.
    int cachedPageCount() const { return static_cast<int>(m_pages.count()); }
    // The row of an account in the current list, asked of the database; -1 when not listed.
    int rowOfAccount(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static AccountColumn sortColumn(int column);

Q_SIGNALS:
    void loadFailed(const bc::Error &error);

private:
    const Account *accountAt(int row) const;
    int cachedRowOf(qint64 id) const;
    void onAccountAdded(const Account &account);
    void onAccountChanged(const Account &account);
    void onAccountRemoved(qint64 id);

    AccountService &m_accounts;
    AccountQuery m_query;
    int m_count = 0;
    mutable QCache<int, QList<Account>> m_pages;
    mutable bool m_loadFailed = false;
};

} // namespace bc
