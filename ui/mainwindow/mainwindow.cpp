#include "ui/mainwindow/mainwindow.h"

#include "core/domain/error.h"
#include "core/platform/keychainsecretstore.h"
#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/activationservice.h"
#include "core/services/groupservice.h"
#include "core/services/mailcontroller.h"
#include "core/services/workspace.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/accountlistexport.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/accountstatechanges.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/accounts/deletedaccountslauncher.h"
#include "ui/accounts/undocontroller.h"
#include "ui/audit/auditloglauncher.h"
#include "ui/groups/groupactions.h"
#include "ui/groups/groupnamedialog.h"
#include "ui/groups/grouptreemodel.h"
#include "ui/groups/grouptreeview.h"
#include "ui/import/importlauncher.h"
#include "ui/mail/activationactions.h"
#include "ui/mail/mailsetupbanner.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/actionpermissions.h"
#include "ui/mainwindow/commandpalette.h"
#include "ui/mainwindow/connectionbanner.h"
#include "ui/mainwindow/gettingstartedpanel.h"
#include "ui/mainwindow/savedfiltergrouplink.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/widgets/banners.h"
#include "ui/wizard/addaccountwizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

MainWindow::MainWindow(Workspace &workspace, Settings &settings, const QString &databaseName, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_databaseName(databaseName)
{
    setObjectName(u"mainWindow"_s);

    m_groupModel = new GroupTreeModel(workspace, nullptr, nullptr, this);
    m_groupTree = new GroupTreeView(m_groupModel, this);

    m_accountList = new AccountListPanel(workspace.address().toUrl(), workspace.takeAccountPages(), this);
    m_groupActions = new GroupActions(
        m_workspace, [this] { return m_groupModel->group(currentGroupId()); }, this);
    m_accountActions = new AccountActions(m_workspace, m_accountList, this);
    m_bulk = new BulkActionRunner(m_workspace, this);
    m_accountActions->setBulkRunner(m_bulk);
    m_stateChanges = new AccountStateChanges(m_accountList, m_bulk, this);
    connect(m_stateChanges, &AccountStateChanges::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_stateChanges, &AccountStateChanges::failed, this, &MainWindow::showError);
    // Activation emails go out on the controller's worker thread; new accounts wake it.
    m_mail =
        new MailController(m_workspace, workspace.address().toUrl(), std::make_unique<KeychainSecretStore>(), this);
    m_activationActions = new ActivationActions(*m_mail, m_workspace, this);
    m_activationActions->setBulkRunner(m_bulk);
    // Emails queued on the worker (Resend) go out on the controller's thread.
    connect(&m_workspace, &Workspace::outboxesChanged, m_mail, &MailController::wake);
    connect(&m_workspace, &Workspace::outboxChanged, m_mail, &MailController::wake);
    m_accountList->model()->setWorkspace(&m_workspace);
    m_accountList->model()->setActivationService(m_mail->activation());
    connect(m_mail, &MailController::activationChanged, m_accountList->model(), &AccountListModel::refreshActivation);
    m_accountList->model()->setMailServerSetUp(m_mail->isMailServerSetUp());
    connect(m_mail, &MailController::mailServerSetUpChanged, m_accountList->model(),
            &AccountListModel::setMailServerSetUp);
    connect(&m_workspace, &Workspace::accountAdded, m_mail, &MailController::wake);
    connect(&m_workspace, &Workspace::accountsAdded, m_mail, &MailController::wake);
    m_mail->start();

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_groupTree);
    // The first steps on an empty database, above the account list.
    auto *accountSide = new QWidget(this);
    auto *accountSideLayout = new QVBoxLayout(accountSide);
    accountSideLayout->setContentsMargins(0, 0, 0, 0);
    m_gettingStarted = new GettingStartedPanel(m_workspace, accountSide);
    accountSideLayout->addWidget(m_gettingStarted);
    accountSideLayout->addWidget(m_accountList, 1);
    m_splitter->addWidget(accountSide);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 980});
    m_splitter->setContentsMargins(6, 6, 6, 0);
    auto *connectionBanner = new ConnectionBanner(m_workspace);
    connect(connectionBanner, &ConnectionBanner::reconnected, this,
            [this] { statusBar()->showMessage(tr("The database server answers again."), 5000); });
    setCentralWidget(withBannersAbove(
        m_splitter, {connectionBanner, new MailSetupBanner(*m_mail, m_activationActions->settingsAction())}, this));

    createActions();
    using Step = GettingStartedPanel::Step;
    m_gettingStarted->setAction(Step::Customer, m_addGroup);
    m_gettingStarted->setAction(Step::Storage, findChild<QAction *>(u"storagesAction"_s));
    m_gettingStarted->setAction(Step::Profile, findChild<QAction *>(u"profilesAction"_s));
    m_gettingStarted->setAction(Step::Email, m_activationActions->settingsAction());
    m_selectionCount = new QLabel(this);
    m_selectionCount->setObjectName(u"selectionCount"_s);
    statusBar()->addPermanentWidget(m_selectionCount);
    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(u"signedInOperator"_s);
    statusBar()->addPermanentWidget(m_signedIn);
    setActingOperator({});
    m_permissions = new ActionPermissions(m_workspace, this);
    connect(m_permissions, &ActionPermissions::changed, this, &MainWindow::updateActions);

    connect(m_groupTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onGroupSelected);
    connect(m_groupModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_groupToRestore = currentGroupId(); });
    connect(m_groupModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_pendingGroup == -1)
            selectGroup(0, true);
        else if (m_groupToRestore > 0)
            selectGroup(m_groupToRestore);
    });
    connect(m_groupModel, &GroupTreeModel::groupFound, this, [this](qint64 id) {
        if (id == m_pendingGroup)
            selectGroup(id);
    });
    connect(m_groupModel, &GroupTreeModel::groupNotFound, this, [this](qint64 id) {
        if (id != m_pendingGroup)
            return;
        m_pendingGroup = 0;
        if (m_pendingOrTheTop)
            selectGroup(0, true);
    });
    connect(m_groupModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parentIndex) { m_groupTree->expand(parentIndex); });
    connect(m_accountList, &AccountListPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_accountList, &AccountListPanel::accountNotListed, this, [this](qint64 id) {
        // A new account hidden by the current filter: show its group, unfiltered.
        const auto [accountId, groupId] = std::exchange(m_revealing, {0, 0});
        if (id != accountId)
            return;
        m_accountList->clearFilters();
        selectAccountInGroup(id, groupId);
    });
    connect(m_accountActions, &AccountActions::accountsChanged, this, &MainWindow::updateActions);
    // Changes made on the worker (bulk actions among them): what the selection allows may change.
    connect(&m_workspace, &Workspace::accountChanged, this, &MainWindow::updateActions);
    connect(&m_workspace, &Workspace::accountsChanged, this, &MainWindow::updateActions);
    connect(&m_workspace, &Workspace::catalogChanged, this, &MainWindow::updateActions);
    connect(m_accountActions, &AccountActions::deleteRefusalKnown, this,
            [this](const QList<qint64> &accountIds, const QString &refusal) {
                if (accountIds != m_accountList->selectedAccountIds())
                    return;
                m_deleteAccounts->setEnabled(!accountIds.isEmpty() && refusal.isEmpty());
                m_deleteAccounts->setToolTip(refusal.isEmpty() ? tr("Delete the selected accounts") : refusal);
                m_permissions->apply();
            });
    connect(m_groupActions, &GroupActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_accountActions, &AccountActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_activationActions, &ActivationActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    new SavedFilterGroupLink(*this, *m_groupModel); // applying a saved filter selects its group
    // A list that cannot be read while the server is away: the connection banner says so, and a
    // box on top of it (after every Reload) would only be in the way.
    const auto readFailed = [this](const QString &title, const Error &error) {
        if (error.code == Error::Code::ConnectionLost)
            statusBar()->showMessage(error.message, 10000);
        else
            showError(title, error);
    };
    connect(m_accountList->model(), &AccountListModel::loadFailed, this,
            [readFailed](const Error &error) { readFailed(tr("The account list could not be read"), error); });
    connect(m_groupModel, &GroupTreeModel::loadFailed, this,
            [readFailed](const Error &error) { readFailed(tr("The groups could not be read"), error); });

    restoreSettings();
    updateActions();
    m_gettingStarted->refresh();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name, QStyle::StandardPixmap icon,
                             const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAccount = make(tr("&Add account…"), u"addAccountAction"_s, QStyle::SP_FileDialogNewFolder, QKeySequence::New,
                        &MainWindow::addAccount);
    m_addAccount->setToolTip(tr("Add an account to the selected group (%1)")
                                 .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_disableAccounts = make(tr("&Disable"), u"disableAccountsAction"_s, QStyle::SP_MediaPause,
                             QKeySequence(Qt::CTRL | Qt::Key_D), [this] { setSelectedAccountsEnabled(false); });
    m_enableAccounts = make(tr("&Enable"), u"enableAccountsAction"_s, QStyle::SP_MediaPlay,
                            QKeySequence(Qt::CTRL | Qt::Key_E), [this] { setSelectedAccountsEnabled(true); });
    m_deleteAccounts = make(tr("De&lete…"), u"deleteAccountsAction"_s, QStyle::SP_TrashIcon, QKeySequence::Delete,
                            &MainWindow::deleteSelectedAccounts);
    m_deleteAccounts->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_accountList->addAction(m_deleteAccounts);

    m_addGroup = make(tr("Add &group…"), u"addGroupAction"_s, QStyle::SP_DirIcon,
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::addGroup);
    m_renameGroup = make(tr("&Rename group…"), u"renameGroupAction"_s, QStyle::SP_FileDialogDetailedView,
                         QKeySequence(Qt::Key_F2), &MainWindow::renameGroup);
    m_renameGroup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_groupTree->addAction(m_renameGroup);
    m_deleteGroup =
        make(tr("&Delete group…"), u"deleteGroupAction"_s, QStyle::SP_TrashIcon, {}, &MainWindow::deleteGroup);

    auto *connectToDatabase =
        make(tr("&Connect to database…"), u"connectToDatabaseAction"_s, QStyle::SP_DriveNetIcon,
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { Q_EMIT connectToDatabaseRequested(); });
    connectToDatabase->setStatusTip(tr("Open another database: a file or a PostgreSQL or MariaDB server."));
    auto *signOut = make(tr("Sign &out"), u"signOutAction"_s, QStyle::SP_DialogResetButton,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), [this] { Q_EMIT signOutRequested(); });
    signOut->setStatusTip(tr("Close this operator's work and sign in again, as the same or another operator."));
    auto *quit =
        make(tr("&Quit"), u"quitAction"_s, QStyle::SP_DialogCloseButton, QKeySequence::Quit, &MainWindow::close);
    auto *about = make(tr("&About"), u"aboutAction"_s, QStyle::SP_MessageBoxInformation, {},
                       [this] { AboutDialog(this).exec(); });
    auto *shortcuts = make(tr("&Keyboard shortcuts"), u"shortcutsAction"_s, QStyle::SP_DialogHelpButton,
                           QKeySequence::HelpContents, [this] { ShortcutsDialog(*this, this).exec(); });

    m_goToAnything = make(tr("&Go to anything…"), u"goToAnythingAction"_s, QStyle::SP_FileDialogContentsView,
                          QKeySequence(Qt::CTRL | Qt::Key_K), &MainWindow::showCommandPalette);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_goToAnything);
    file->addSeparator();
    file->addAction(connectToDatabase);
    file->addAction(m_activationActions->settingsAction());
    file->addSeparator();
    new ImportLauncher(
        m_workspace, m_settings, [this] { return m_groupModel->group(currentGroupId()); }, file, this);
    auto *exportAccounts = new AccountListExport(
        m_workspace,
        [this] {
            return std::pair {m_accountList->model()->query(), m_accountList->model()->rowCount()};
        },
        file, this);
    connect(exportAccounts, &AccountListExport::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    file->addSeparator();
    file->addActions({signOut, quit});
    new UndoController(m_bulk, menuBar()->addMenu(tr("&Edit")), this); // Edit → Undo (Ctrl+Z)
    QMenu *groupMenu = menuBar()->addMenu(tr("&Group"));
    groupMenu->addActions({m_addGroup, m_renameGroup, m_deleteGroup});
    groupMenu->addSeparator();
    groupMenu->addActions(m_groupActions->actions());
    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    accountMenu->addAction(m_addAccount);
    accountMenu->addActions(m_accountActions->actions());
    accountMenu->addActions(m_activationActions->accountActions());
    accountMenu->addSeparator();
    accountMenu->addActions({m_disableAccounts, m_enableAccounts, m_deleteAccounts});
    m_findAccounts = make(tr("&Search accounts"), u"findAccountsAction"_s, QStyle::SP_FileDialogContentsView,
                          QKeySequence::Find, [this] { m_accountList->focusSearch(); });
    m_reload =
        make(tr("&Reload"), u"reloadAction"_s, QStyle::SP_BrowserReload, QKeySequence::Refresh, &MainWindow::reload);
    m_reload->setStatusTip(tr("Read the groups and the accounts again from the database."));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_findAccounts, m_reload, m_accountList->columnsAction()});
    new AuditLogLauncher(
        m_workspace, m_settings, [this] { return m_groupModel->group(currentGroupId()); }, view, this);
    new DeletedAccountsLauncher(m_workspace, m_settings, view, this); // the recycle bin
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAccount);
    toolBar->addAction(m_addGroup);
    toolBar->addSeparator();
    toolBar->addActions({m_disableAccounts, m_enableAccounts, m_deleteAccounts});

    m_groupTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_groupTree->addActions({m_addGroup, m_addAccount, m_deleteGroup});
    m_groupTree->addActions(m_groupActions->actions());
    m_accountList->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_accountList->view()->addActions({m_addAccount});
    m_accountList->view()->addActions(m_accountActions->actions());
    m_accountList->view()->addActions(m_activationActions->accountActions());
    m_accountList->view()->addActions({m_disableAccounts, m_enableAccounts, m_deleteAccounts});
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 720);
    restoreState(m_settings.windowState());
    if (const QByteArray splitter = m_settings.splitterState(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_accountList->restoreState(m_settings);
    const qint64 last = m_settings.lastGroupId(m_workspace.address().toUrl());
    selectGroup(last, true);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setLastGroupId(m_workspace.address().toUrl(), currentGroupId());
    m_accountList->saveState(m_settings);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

qint64 MainWindow::currentGroupId() const
{
    return m_groupModel->groupId(m_groupTree->currentIndex());
}

void MainWindow::selectGroup(qint64 id, bool orTheTop)
{
    if (id <= 0 && orTheTop) {
        id = m_groupModel->groupId(m_groupModel->index(0, 0));
        if (id <= 0) {
            m_pendingGroup = -1; // the tree is on its way
            return;
        }
    }
    const QModelIndex index = m_groupModel->indexOfGroup(id);
    if (!index.isValid()) {
        if (id > 0) {
            // Not loaded yet: selected when it is (groupFound).
            m_pendingGroup = id;
            m_pendingOrTheTop = orTheTop;
            m_groupModel->requestGroup(id);
        }
        return;
    }
    m_pendingGroup = 0;
    m_groupTree->setCurrentIndex(index);
    m_groupTree->scrollTo(index);
}

void MainWindow::selectAccountInGroup(qint64 accountId, qint64 groupId)
{
    // The group may still have to come from the worker; the list it shows then is the one to
    // select the account in.
    m_pendingAccount = {accountId, groupId};
    selectGroup(groupId);
    if (currentGroupId() == groupId)
        m_accountList->selectAccount(std::exchange(m_pendingAccount, {0, 0}).first);
}

void MainWindow::onGroupSelected()
{
    if (const Group *group = m_groupModel->group(currentGroupId()); group && group->isRoot())
        m_accountList->model()->setTopGroup(group->id);
    m_accountList->setGroup(currentGroupId());
    if (m_pendingAccount.first != 0 && m_pendingAccount.second == currentGroupId())
        m_accountList->selectAccount(std::exchange(m_pendingAccount, {0, 0}).first);
    updateActions();
}

void MainWindow::updateActions()
{
    const Group *group = m_groupModel->group(currentGroupId());
    const bool hasGroup = group != nullptr;
    m_addAccount->setEnabled(hasGroup);
    m_addGroup->setEnabled(hasGroup);
    m_renameGroup->setEnabled(hasGroup);
    m_deleteGroup->setEnabled(hasGroup && !group->isRoot());
    m_groupActions->setGroupAvailable(hasGroup);
    if (hasGroup && !group->isRoot()) {
        // Say why before the user tries, as well as refusing when they do.
        const bool empty = group->accountCount == 0 && group->childCount == 0;
        m_deleteGroup->setToolTip(empty ? tr("Delete this group")
                                        : tr("A group can be deleted once it has no accounts and no subgroups"));
    }
    // What is selected and listed: a filter that hid the selected rows also cleared the selection.
    const AccountSelection selection = m_accountList->selection();
    const QList<qint64> selected = m_accountList->selectedAccountIds();
    const bool hasAccounts = !selection.isEmpty();
    // The status bar's "3 accounts selected".
    m_selectionCount->setText(
        selection.isEmpty() ? QString() : tr("%n account(s) selected", nullptr, static_cast<int>(selection.count)));
    m_disableAccounts->setEnabled(hasAccounts);
    m_enableAccounts->setEnabled(hasAccounts);
    m_accountActions->setSelection(selection);
    m_activationActions->setSelection(selection, currentGroupId());
    // Data-locked accounts cannot be deleted: say so before the user tries (once the worker has
    // looked; core refuses too).
    m_deleteAccounts->setEnabled(hasAccounts);
    m_deleteAccounts->setToolTip(tr("Delete the selected accounts"));
    m_accountActions->checkDeleteRefusal(selected);
    m_permissions->setGroup(currentGroupId());
    m_permissions->apply();
}

void MainWindow::setActingOperator(const ActingOperatorView &acting)
{
    m_scopeGroupId = acting.scopeGroupId;
    m_accountList->setSavedFiltersOwner(m_settings, acting.login); // each operator has its own
    if (acting.signedIn()) {
        const QString who = u"%1@%2"_s.arg(acting.login, acting.scopePath);
        // Qt adds " — Backup Account Console" (the application's display name) after it.
        setWindowTitle(u"%1 — %2"_s.arg(who, m_databaseName));
        m_signedIn->setText(tr("Signed in as %1 in %2").arg(acting.login, acting.scopePath));
    } else {
        setWindowTitle(tr("Not signed in, no operators yet — %1").arg(m_databaseName));
        m_signedIn->setText(tr("Not signed in: this database has no operators yet"));
    }
}

void MainWindow::showCommandPalette()
{
    if (!m_palette) {
        m_palette = new CommandPalette(*this, m_workspace.address().toUrl(), m_scopeGroupId, this);
        connect(m_palette, &CommandPalette::groupChosen, this, [this](qint64 id) {
            selectGroup(id);
            m_groupTree->setFocus();
        });
        connect(m_palette, &CommandPalette::accountChosen, this, [this](qint64 id, qint64 groupId) {
            m_revealing = {id, groupId}; // shown unfiltered if a filter hides it (accountNotListed)
            selectAccountInGroup(id, groupId);
            m_accountList->view()->setFocus();
        });
    }
    m_palette->popup(m_goToAnything);
}

void MainWindow::showChangesMadeElsewhere()
{
    m_groupModel->reloadInPlace();
    m_accountList->model()->reloadInPlace();
    m_gettingStarted->refresh();
    m_mail->reloadSetup();
}

void MainWindow::reload()
{
    showChangesMadeElsewhere();
    statusBar()->showMessage(tr("Reloaded."), 3000);
}

void MainWindow::showError(const QString &title, const Error &error)
{
    statusBar()->showMessage(error.message, 10000);
    QMessageBox::warning(this, title, error.message);
}

void MainWindow::addAccount()
{
    const qint64 groupId = currentGroupId();
    if (groupId == 0)
        return;
    auto *wizard = new AddAccountWizard(m_workspace, groupId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AddAccountWizard::accountCreated, this, [this](const Account &account) {
        m_revealing = {account.id, account.groupId};
        m_accountList->selectAccount(account.id);
        statusBar()->showMessage(
            tr("Account \"%1\" created; it is inactive until the user activates it.").arg(account.login), 10000);
    });
    wizard->open();
}

void MainWindow::addGroup()
{
    const qint64 parentId = currentGroupId();
    const Group *parentGroup = m_groupModel->group(parentId);
    if (!parentGroup)
        return;
    qint64 createdId = 0;
    // The dialog receives the answers: they are dropped when it closes first.
    GroupNameDialog dialog(tr("Add group"), tr("&Name of the new group in \"%1\":").arg(parentGroup->name), QString(),
                           GroupNameDialog::SubmitLater(), this);
    dialog.setSubmit([this, &dialog, parentId, &createdId](const QString &name, GroupNameDialog::Answer answer) {
        m_workspace.call(
            &dialog,
            [parentId, name](WorkspaceServices &services) -> Result<Group> {
                if (auto allowed = services.acting.allows(Permission::ManageGroups, parentId); !allowed)
                    return fail(allowed.error());
                return services.groups.create(parentId, name);
            },
            [&createdId, answer](const Result<Group> &group) {
                if (group)
                    createdId = group->id;
                answer(group ? Result<void>() : fail(group.error()));
            });
    });
    dialog.setLiveCheck(
        GroupNameDialog::CheckLater([this, &dialog, parentId](const QString &name, GroupNameDialog::Answer answer) {
            m_workspace.call(
                &dialog,
                [parentId, name](WorkspaceServices &services) { return services.groups.checkName(parentId, name); },
                answer);
        }));
    if (dialog.exec() == QDialog::Accepted) {
        selectGroup(createdId);
        statusBar()->showMessage(tr("Group \"%1\" added.").arg(dialog.name()), 5000);
    }
}

void MainWindow::renameGroup()
{
    const qint64 id = currentGroupId();
    const Group *group = m_groupModel->group(id);
    if (!group)
        return;
    const QString oldName = group->name;
    GroupNameDialog dialog(tr("Rename group"), tr("&New name for \"%1\":").arg(oldName), oldName,
                           GroupNameDialog::SubmitLater(), this);
    dialog.setSubmit([this, &dialog, id](const QString &name, GroupNameDialog::Answer answer) {
        m_workspace.call(
            &dialog,
            [id, name](WorkspaceServices &services) -> Result<Group> {
                if (auto allowed = services.acting.allows(Permission::ManageGroups, id); !allowed)
                    return fail(allowed.error());
                return services.groups.rename(id, name);
            },
            [answer](const auto &renamed) { answer(renamed ? Result<void>() : fail(renamed.error())); });
    });
    dialog.setLiveCheck(GroupNameDialog::CheckLater([this, &dialog, id, parentId = group->parentId](
                                                        const QString &name, GroupNameDialog::Answer answer) {
        m_workspace.call(
            &dialog,
            [id, parentId, name](WorkspaceServices &services) { return services.groups.checkName(parentId, name, id); },
            answer);
    }));
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Group \"%1\" renamed to \"%2\".").arg(oldName, dialog.name()), 5000);
}

void MainWindow::deleteGroup()
{
    const qint64 id = currentGroupId();
    const Group *group = m_groupModel->group(id);
    if (!group)
        return;
    const QString name = group->name;
    const qint64 parentId = group->parentId;
    // Core refuses a group with accounts or subgroups; ask only when deleting can succeed.
    if (group->accountCount == 0 && group->childCount == 0
        && QMessageBox::question(this, tr("Delete group"), tr("Delete the group \"%1\"?").arg(name),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    m_workspace.call(
        this,
        [id](WorkspaceServices &services) -> Result<void> {
            if (auto allowed = services.acting.allows(Permission::ManageGroups, id); !allowed)
                return allowed;
            return services.groups.remove(id);
        },
        [this, parentId, name](const auto &removed) {
            if (!removed) {
                showError(tr("The group was not deleted"), removed.error());
                return;
            }
            selectGroup(parentId);
            statusBar()->showMessage(tr("Group \"%1\" deleted.").arg(name), 5000);
        });
}

void MainWindow::setSelectedAccountsEnabled(bool enabled)
{
    m_stateChanges->setSelectedEnabled(enabled);
}

void MainWindow::deleteSelectedAccounts()
{
    m_stateChanges->removeSelected();
}

} // namespace bc
