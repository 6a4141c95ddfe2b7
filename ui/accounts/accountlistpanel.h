#pragma once

#include "core/domain/accountselection.h"
#include "core/domain/savedfilter.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QGridLayout;
class QLineEdit;
class QTableView;

namespace bc {

class AccountListModel;
class AccountPages;
class ColumnChooser;
class SavedFiltersButton;
class Settings;

// The right-hand side of the main window: filters above, the account table below.
class AccountListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListPanel)

public:
    // The list of the database at `databaseLocation`, on the list's worker started already
    // (Workspace::takeAccountPages); null: a new one.
    AccountListPanel(const QString &databaseLocation, std::unique_ptr<AccountPages> pages, QWidget *parent = nullptr);

    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    // The selected accounts whose rows are loaded (a row still loading has no id yet).
    QList<qint64> selectedAccountIds() const;
    // What a bulk action acts on: the accounts picked, or, when every row of the list is selected
    // (Ctrl+A, or a click on the first row and Shift+click on the last), the list's filter: all
    // its accounts, however few of them are loaded.
    AccountSelection selection() const;
    // Whether every row of the list is selected (and it has any).
    bool isWholeListSelected() const;
    // Selects and shows the account once the list has placed it: at once when its row is loaded,
    // else when the worker has found its row. accountNotListed() says when the list lacks it.
    void selectAccount(qint64 id);
    // Shows every account of the group: no status filter, no search.
    void clearFilters();
    // Ctrl+F: the search field, its text selected to be typed over.
    void focusSearch();
    // The logins of the first `count` selected accounts, in list order (loaded rows only, no query).
    QStringList selectedLogins(int count) const;

    AccountListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // View → Columns…: the header's menu of columns, for the keyboard.
    QAction *columnsAction() const;
    SavedFiltersButton *savedFilters() const { return m_savedFilters; }
    // Where "Saved filters" keeps its filters: those of `operatorLogin` (empty: nobody signed in)
    // on this database, in `settings`, which outlives the panel.
    void setSavedFiltersOwner(Settings &settings, const QString &operatorLogin);
    // The filters, group, hidden columns and order on screen, without a name.
    SavedFilter currentFilter() const;
    // Sets the filters, columns and order of `filter` and lists them at once; asks for its group
    // (groupRequested()) when another one is selected.
    void applySavedFilter(const SavedFilter &filter);

    void restoreState(const Settings &settings);
    void saveState(Settings &settings) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // The selected accounts changed, also when the list was replaced and the selection with it.
    void selectionChanged();
    void accountActivated(qint64 id);
    // selectAccount(id) found that the current list does not hold the account (filtered out).
    void accountNotListed(qint64 id);
    // A saved filter was applied whose group is not the selected one: whoever holds the group tree
    // selects it (the list follows through setGroup()).
    void groupRequested(qint64 groupId);
    // "Filter "Inactive" saved.": for the status bar.
    void statusMessage(const QString &message);

private:
    void applyFilter();
    // Puts the filters on one row, or on two when the panel is too narrow for one.
    void arrangeFilters();
    // Widens the columns whose title and sort arrow do not fit (never narrows one).
    void fitHeaderSections();
    void updateCount();
    // Selects m_selecting if its row is known, else asks the model where it stands.
    void placeSelection();
    void selectRow(int row);

    AccountListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_includeSubgroups = nullptr;
    QLabel *m_count = nullptr;
    SavedFiltersButton *m_savedFilters = nullptr;
    QWidget *m_tail = nullptr; // the saved filters and the count, side by side
    ColumnChooser *m_columns = nullptr;
    QString m_databaseLocation;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_searchLabel = nullptr;
    QGridLayout *m_filters = nullptr;
    int m_filterRows = 0;
    bool m_scrollToTop = false; // a filter changed: its rows start at the top
    bool m_fitColumns = true; // no widths saved for this language: fit the first rows' values
    QTimer m_searchDelay;
    qint64 m_groupId = 0;
    qint64 m_selecting = 0; // the account selectAccount() was asked for, until its row is known
};

} // namespace bc
