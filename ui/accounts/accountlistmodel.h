#pragma once

#include "core/domain/account.h"
#include "core/domain/accountquery.h"
#include "core/mail/outboxmessage.h"
#include "core/services/accountpages.h"
#include "ui/accounts/accountpagecache.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QSet>

#include <memory>

namespace bc {

class AccountService;
class ActivationService;
class Workspace;
struct Error;

// The account list, one page of rows at a time: the model knows how many rows the query has and
// asks a worker thread (AccountPages, with its own database connection) for the pages a
// view shows, keeping a few pages cached; rows not loaded yet read "Loading…". Sorting and
// filtering are the query's (done in SQL). A new query supersedes the one still loading, and the
// rows of the previous one stay on screen until the new ones arrive. Changes announced by
// AccountService become precise row signals, so selections and scroll positions survive them.
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
        LicenseColumn, // "Unlicensed" without a subscription; sorts by login
        ActivationColumn, // "Email queued", "Email sent", "Failed: reason" for inactive accounts; sorts by login
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        StatusRole
    };
    static constexpr int pageSize = 128;
    static constexpr int cachedPages = 16;

    // Pages come from `databaseLocation` on a worker, `pages` when one was started already
    // (Workspace::takeAccountPages), else a new one; changes from the workspace (setWorkspace).
    AccountListModel(const QString &databaseLocation, std::unique_ptr<AccountPages> pages, QObject *parent = nullptr);
    // The same, following the changes `accounts` announces too (a test's own service).
    explicit AccountListModel(AccountService &accounts, QObject *parent = nullptr);
    ~AccountListModel() override;

    // The query asked for last; its rows may still be loading (see isSettled()).
    AccountQuery query() const { return m_query; }
    void setQuery(const AccountQuery &query);
    // The database's top group: its accounts with those of its subgroups are every account, so a
    // query for them lists the rows of one for every group, and switching between the two reads
    // nothing (a window lists every group until its tree selects the top one). 0: not known.
    void setTopGroup(qint64 groupId) { m_topGroupId = groupId; }
    // Counts again and drops the cache; the view asks for what it shows.
    void refresh();
    // Another program changed the database: read the rows held again, keeping selection and
    // scroll position when the number of rows is the same (a full refresh otherwise).
    void reloadInPlace();

    // The id of a loaded row; 0 while it loads.
    qint64 accountId(int row) const;
    // How many pages are held in memory (about cachedPages at most), for tests and diagnostics.
    int cachedPageCount() const;
    // Whether the row's page is in memory (else data() shows a placeholder and asks for it).
    bool isRowLoaded(int row) const;
    // The rows in memory, by row (a few pages at most).
    const std::map<int, Account> &loadedRows() const { return m_cache.rows(); }
    // The row of an account on a loaded page; -1 when it is not on one (or not listed). Never asks
    // the database: for any account, locateAccount() asks the worker.
    int rowOfAccount(qint64 id) const;
    // Asks the worker where the account stands in the current list; accountLocated() answers
    // (row -1: not listed). A request made before the list changes again may go unanswered: ask
    // again once the model is settled().
    void locateAccount(qint64 id);
    // Asks the list's worker why these accounts cannot be deleted (AccountService::deleteRefusalOf):
    // deleteRefusalRead() answers, after the pages that wait there, not on the workspace's worker,
    // where it would hold up the action a person takes next. Only the latest question is answered.
    void askDeleteRefusal(const QList<qint64> &accountIds);
    // Follows the changes made on `workspace`'s thread; the Activation column's states of each
    // page come from the list's own worker after it, and are read again there when an email
    // changes.
    void setWorkspace(Workspace *workspace);
    // Follows the activation emails of `activation` (queued, sent, failed); without a workspace
    // the states are read from it, on its own thread.
    void setActivationService(ActivationService *activation);
    // An account's activation email changed (queued again, sent, failed): show its new state.
    void refreshActivation(qint64 accountId);
    // The same for many accounts at once (a bulk resend): one query, one update of the column.
    void refreshActivations(const QList<qint64> &accountIds);
    // Without a mail server a queued email says so ("Not sent: no mail server set up").
    void setMailServerSetUp(bool setUp);

    // True when the rows of query() are counted and no change of an account is being placed.
    bool isSettled() const { return !m_loading && m_locating == 0; }
    // True when the worker has noted where every part of the list starts, so that a jump to
    // any row reads one page from a nearby anchor (AccountPageLoader).
    bool isAnchored() const { return isSettled() && m_anchored; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static AccountColumn sortColumn(int column);
    static int columnOf(AccountColumn column);

Q_SIGNALS:
    void loadFailed(const bc::Error &error);
    // query() is loaded and every announced change placed.
    void settled();
    // The answer to locateAccount(): the account's row in the list, -1 when it is not listed.
    void accountLocated(qint64 id, int row);
    // The answer to askDeleteRefusal(), in plain words; empty when they can be deleted, or when
    // that could not be told (core refuses when Delete is pressed).
    void deleteRefusalRead(const QList<qint64> &accountIds, const QString &refusal);

private:
    enum class Load
    {
        FirstPage,
        Filter,
        Search,
        Sort,
        Reload
    };
    const Account *accountAt(int row) const;
    void requestPage(int page) const;
    void startLoad(Load kind);
    void onLoaded(quint64 generation, int count, int offset, const QList<Account> &accounts,
                  const QHash<qint64, int> &rows);
    void onFetched(quint64 generation, quint64 epoch, int offset, const QList<Account> &accounts);
    void onLocated(quint64 generation, qint64 id, int row, int count, AccountListChange change);
    void onFailed(quint64 generation, const Error &error);
    void onAccountChange(qint64 id, AccountListChange change);
    void onAccountRemoved(qint64 id);
    // The changes announced by `source` (an AccountService or the Workspace) become row signals.
    template<typename Source> void followChanges(Source *source);
    // The activation emails of `source`, and the accounts `creator` makes (none when null).
    template<typename Source, typename Creator> void followActivation(Source *source, Creator *creator);
    void keepRows(int offset, const QList<Account> &accounts);
    void dropPages();
    void checkSettled();
    // The activation states of these accounts read again (an email of theirs changed), into
    // m_activation; the rows held of them are told once the states are in. Those of a page's rows
    // come from the list's own worker with it (AccountPages::activationRead).
    void loadActivation(const QList<qint64> &accountIds);
    // Keeps the states of these accounts and tells the rows held of them.
    void keepActivation(const QList<qint64> &accountIds, const QHash<qint64, ActivationState> &states);
    ActivationState activationOf(qint64 accountId) const;

    AccountService *m_accounts = nullptr;
    std::unique_ptr<AccountPages> m_pages;
    AccountQuery m_query;
    qint64 m_topGroupId = 0;
    quint64 m_generation = 0;
    quint64 m_refusalQuestion = 0; // askDeleteRefusal()'s latest
    int m_count = 0;
    bool m_loading = false;
    bool m_loadDue = false; // startLoad()'s request is on its way
    bool m_anchored = false;
    Load m_loadKind = Load::FirstPage;
    int m_locating = 0;
    QSet<int> m_reloadPages; // pages to read again after a change made elsewhere
    bool m_reloadWhenLoaded = false;
    QHash<qint64, Account> m_changed; // accounts added or changed, until their new row is known
    QElapsedTimer m_loadTimer;
    QList<qint64> m_sortIds; // accounts under persistent indexes when a sort was asked for
    mutable AccountPageCache m_cache; // the loaded rows, a few pages around what views showed last
    ActivationService *m_activationService = nullptr;
    Workspace *m_workspace = nullptr;
    QHash<qint64, ActivationState> m_activation; // of the loaded rows' inactive accounts
    bool m_mailServerSetUp = true;
};

} // namespace bc
