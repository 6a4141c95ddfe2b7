#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace bc {

class AccountListModel;
class AccountService;
class Settings;

// The right-hand side of the main window: filters above, the account table below.
class AccountListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListPanel)

public:
    AccountListPanel(AccountService &accounts, QWidget *parent = nullptr);

    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    QList<qint64> selectedAccountIds() const;
    // Selects and shows the account once the list has placed it: at once when its row is loaded,
    // else when the worker has found its row. accountNotListed() says when the list lacks it.
    void selectAccount(qint64 id);
    // Shows every account of the group: no status filter, no search.
    void clearFilters();

    AccountListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void restoreState(const Settings &settings);
    void saveState(Settings &settings) const;

Q_SIGNALS:
    void selectionChanged();
    void accountActivated(qint64 id);
    // selectAccount(id) found that the current list does not hold the account (filtered out).
    void accountNotListed(qint64 id);

private:
    void applyFilter();
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
    QTimer m_searchDelay;
    qint64 m_groupId = 0;
    qint64 m_selecting = 0; // the account selectAccount() was asked for, until its row is known
};

} // namespace bc
