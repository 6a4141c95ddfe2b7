#pragma once

#include <QMainWindow>

#include <utility>

class QAction;
class QLabel;
class QSplitter;
class QTreeView;

namespace bc {

class AccountActions;
class ActionPermissions;
struct ActingOperatorView;
class AccountListPanel;
class AccountStateChanges;
class ActivationActions;
class BulkActionRunner;
class GettingStartedPanel;
class CommandPalette;
class GroupActions;
class GroupTreeModel;
class MailController;
class Settings;
class Workspace;
struct Error;

// The console's window: the group tree on the left, the account list on the right, actions for
// both. Holds no rule and no SQL: every change goes through the services.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Every statement runs on `workspace`'s thread (or on the list's and the outbox's own workers);
    // the window itself never waits on the database.
    MainWindow(Workspace &workspace, Settings &settings, const QString &databaseName, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Who works here: the title and the status bar say so ("ann@Acme MSP/Contoso"), and what it
    // may not do is disabled, saying why (ActionPermissions). Nobody until it is set.
    void setActingOperator(const ActingOperatorView &acting);

    qint64 currentGroupId() const;
    // Selects a group, once it has loaded; with `orTheTop`, the top group when there is no such group.
    void selectGroup(qint64 id, bool orTheTop = false);
    AccountListPanel *accountList() const { return m_accountList; }
    GroupActions *groupActions() const { return m_groupActions; }
    AccountActions *accountActions() const { return m_accountActions; }
    // Disable, Enable, Delete, Resend and Assign on a selection run as its jobs.
    BulkActionRunner *bulkActions() const { return m_bulk; }

    void addAccount();
    void addGroup();
    void renameGroup();
    void deleteGroup();
    void setSelectedAccountsEnabled(bool enabled);
    void deleteSelectedAccounts();
    // Go to anything (Ctrl+K): the command palette over the window.
    void showCommandPalette();
    // Something was committed by another program: the tree and the list follow, keeping the
    // selection and the scroll position.
    void showChangesMadeElsewhere();
    // F5: reads the tree and the list again, keeping the selection and the scroll position.
    void reload();

Q_SIGNALS:
    // File → Connect to database…: whoever owns the window (ConsoleSession) asks and switches.
    void connectToDatabaseRequested();
    // File → Sign out: whoever owns the window closes it, keeping its layout, and asks for a sign-in.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings();
    void updateActions();
    void onGroupSelected();
    // Selects the group (once it has loaded), then the account in its list.
    void selectAccountInGroup(qint64 accountId, qint64 groupId);
    void showError(const QString &title, const Error &error);

    Workspace &m_workspace;
    qint64 m_groupToRestore = 0;
    // The group to select once it has loaded (-1: the top group), and whether the top group is
    // selected instead when there is no such group.
    qint64 m_pendingGroup = 0;
    bool m_pendingOrTheTop = false;
    // A new account to show, and its group, shown if the current list does not hold the account.
    std::pair<qint64, qint64> m_revealing {0, 0};
    std::pair<qint64, qint64> m_pendingAccount {0, 0}; // selected once its group is (account, group)
    Settings &m_settings;
    GroupTreeModel *m_groupModel = nullptr;
    QTreeView *m_groupTree = nullptr;
    AccountListPanel *m_accountList = nullptr;
    GroupActions *m_groupActions = nullptr;
    AccountActions *m_accountActions = nullptr;
    BulkActionRunner *m_bulk = nullptr;
    AccountStateChanges *m_stateChanges = nullptr;
    MailController *m_mail = nullptr;
    ActivationActions *m_activationActions = nullptr;
    QSplitter *m_splitter = nullptr;
    GettingStartedPanel *m_gettingStarted = nullptr;
    CommandPalette *m_palette = nullptr;
    QAction *m_goToAnything = nullptr;
    QLabel *m_selectionCount = nullptr;
    QLabel *m_signedIn = nullptr;
    ActionPermissions *m_permissions = nullptr;
    QString m_databaseName;
    qint64 m_scopeGroupId = 0; // the signed-in operator's group; 0: every group

    QAction *m_addAccount = nullptr;
    QAction *m_disableAccounts = nullptr;
    QAction *m_enableAccounts = nullptr;
    QAction *m_deleteAccounts = nullptr;
    QAction *m_addGroup = nullptr;
    QAction *m_renameGroup = nullptr;
    QAction *m_deleteGroup = nullptr;
    QAction *m_findAccounts = nullptr;
    QAction *m_reload = nullptr;
};

} // namespace bc
