#include "ui/accounts/accountactions.h"

#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/workspace.h"
#include "ui/accounts/accountchangedialog.h"
#include "ui/accounts/accountdetailsdialog.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/assignservicedialog.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/operators/mfaaction.h"

#include <QAction>
#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

AccountActions::AccountActions(Workspace &workspace, AccountListPanel *panel, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_panel(panel)
    , m_window(window)
{
    // The Delete hint of the latest selection asked about; an older one's answer is dropped.
    connect(m_panel->model(), &AccountListModel::deleteRefusalRead, this,
            [this](const QList<qint64> &accountIds, const QString &refusal) {
                if (accountIds == m_refusalIds)
                    Q_EMIT deleteRefusalKnown(accountIds, refusal);
            });
    m_details = new QAction(tr("De&tails…"), this);
    m_details->setObjectName(u"accountDetailsAction"_s);
    m_details->setToolTip(tr("Show and edit every field of the account, and its history (Enter)"));
    // Enter in the list (a shortcut of the action, so that the shortcut list names it too).
    m_details->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_details->setShortcutContext(Qt::WidgetShortcut);
    connect(m_details, &QAction::triggered, this, [this] {
        if (m_selection.ids.size() == 1)
            openDetails(m_selection.ids.first());
    });
    m_change = new QAction(tr("&Change…"), this);
    m_change->setObjectName(u"changeAccountsAction"_s);
    m_change->setToolTip(tr("Change the profile, storage, quotas, subscriptions or security groups of the selected "
                            "accounts at once"));
    connect(m_change, &QAction::triggered, this, [this] { changeSelected(false); });
    m_move = new QAction(tr("&Move to group…"), this);
    m_move->setObjectName(u"moveAccountsAction"_s);
    m_move->setToolTip(tr("Move the selected accounts to another group"));
    connect(m_move, &QAction::triggered, this, [this] { changeSelected(true); });
    // The list's own Ctrl+A, named in the menu: every row, and so every account of the filter.
    m_selectAll = new QAction(tr("Select &all"), this);
    m_selectAll->setObjectName(u"selectAllAccountsAction"_s);
    m_selectAll->setToolTip(tr("Select every account of the list, also those not shown yet (Ctrl+A)"));
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(m_selectAll, &QAction::triggered, this, [this] { m_panel->view()->selectAll(); });
    m_assign = new QAction(tr("Assign &service…"), this);
    m_assign->setObjectName(u"assignServiceAction"_s);
    m_assign->setToolTip(tr("Add subscriptions to the selected accounts, which licenses them"));
    connect(m_assign, &QAction::triggered, this, &AccountActions::assignService);
    m_mfa = new MfaAction(workspace, window, this);
    connect(m_mfa, &MfaAction::statusMessage, this, &AccountActions::statusMessage);
    connect(m_panel, &AccountListPanel::accountActivated, this, &AccountActions::openDetails);
    connect(&workspace, &Workspace::accountChanged, this, &AccountActions::accountsChanged);
    connect(&workspace, &Workspace::accountsChanged, this, &AccountActions::accountsChanged);
    connect(&workspace, &Workspace::catalogChanged, this, &AccountActions::accountsChanged);
    setSelection({});
}

QList<QAction *> AccountActions::actions() const
{
    return {m_details, m_change, m_move, m_assign, m_mfa->action(), m_selectAll};
}

void AccountActions::setSelection(const AccountSelection &selection)
{
    m_selection = selection;
    m_details->setEnabled(selection.ids.size() == 1);
    for (QAction *action : {m_change, m_move, m_assign})
        action->setEnabled(!selection.isEmpty());
    m_mfa->setSelection(selection.ids);
}

QString AccountActions::describeAccounts(const QStringList &logins, int total)
{
    QStringList quoted;
    for (const QString &login : logins)
        //: An account's login in a list of accounts; use your language's quotation marks.
        quoted.append(tr("\"%1\"").arg(login));
    const int more = total - static_cast<int>(quoted.size());
    if (more <= 0)
        return QLocale().createSeparatedList(quoted);
    //: %1: the first accounts of a list ("alice", "bob"); %n: how many others there are.
    return tr("%1 and %n more", nullptr, more).arg(quoted.join(tr(", ")));
}

void AccountActions::checkDeleteRefusal(const QList<qint64> &accountIds)
{
    m_refusalIds = accountIds;
    if (!m_runner || accountIds.isEmpty()) {
        Q_EMIT deleteRefusalKnown(accountIds, QString());
        return;
    }
    // A hint for the Delete button, read on the list's worker; a newer selection's replaces it.
    m_panel->model()->askDeleteRefusal(accountIds);
}

void AccountActions::openDetails(qint64 accountId)
{
    // The dialog reads the account itself, saying "Loading…" meanwhile, and shows why it could not.
    AccountDetailsDialog dialog(m_workspace, accountId, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Account \"%1\" saved.").arg(dialog.savedLogin()));
}

void AccountActions::assignService()
{
    const AccountSelection selection = m_selection;
    if (selection.isEmpty() || !m_runner)
        return;
    const qint64 groupId = m_panel->groupId();
    m_assign->setEnabled(false); // until the subscriptions are read
    m_runner->workspace().call(
        this, [groupId](WorkspaceServices &services) { return services.catalog.catalog(groupId); },
        [this, selection, groupId](const Result<Catalog> &offered) {
            m_assign->setEnabled(!m_selection.isEmpty());
            if (!offered) {
                QMessageBox::warning(m_window, tr("The subscriptions could not be read"), offered.error().message);
                return;
            }
            AssignServiceDialog dialog(*m_runner, offered->subscriptions, selection, groupId, m_window);
            connect(&dialog, &AssignServiceDialog::assigned, this, [this](int count) {
                if (count > 0)
                    Q_EMIT statusMessage(tr("Service assigned to %n account(s).", nullptr, count));
            });
            dialog.exec();
        });
}

void AccountActions::changeSelected(bool moving)
{
    const AccountSelection selection = m_selection;
    if (selection.isEmpty() || !m_runner)
        return;
    const qint64 groupId = m_panel->groupId();
    QAction *action = moving ? m_move : m_change;
    action->setEnabled(false); // until the choices are read
    m_runner->workspace().call(
        this, [groupId](WorkspaceServices &services) { return AccountChangeDialog::offered(services, groupId); },
        [this, selection, groupId, moving, action](const Result<AccountChangeChoices> &choices) {
            action->setEnabled(!m_selection.isEmpty());
            if (!choices) {
                QMessageBox::warning(m_window, tr("The choices could not be read"), choices.error().message);
                return;
            }
            AccountChangeDialog dialog(*m_runner, *choices, selection, groupId, moving, m_window);
            connect(&dialog, &AccountChangeDialog::changed, this, [this, moving](int count) {
                if (count > 0)
                    Q_EMIT statusMessage(moving ? tr("%n account(s) moved.", nullptr, count)
                                                : tr("%n account(s) changed.", nullptr, count));
            });
            dialog.exec();
        });
}

} // namespace bc
