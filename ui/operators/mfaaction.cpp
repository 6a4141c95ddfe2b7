#include "ui/operators/mfaaction.h"

#include "core/services/accountservice.h"
#include "core/services/operatorsignin.h"
#include "core/services/workspace.h"
#include "ui/operators/mfadialog.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString purpose()
{
    return MfaAction::tr("Enrol the operator in two-step sign-in (a code from an authenticator app), or reset it");
}

} // namespace

MfaAction::MfaAction(Workspace &workspace, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &MfaAction::read);
    m_action = new QAction(tr("T&wo-step sign-in…"), this);
    m_action->setObjectName(u"mfaAction"_s);
    connect(m_action, &QAction::triggered, this, &MfaAction::open);
    // An account changed (the administrator switch, its security groups): ask again.
    const auto changed = [this] {
        m_asked = false;
    };
    connect(&workspace, &Workspace::accountChanged, this, changed);
    connect(&workspace, &Workspace::accountsChanged, this, changed);
    setSelection({});
}

void MfaAction::setSelection(const QList<qint64> &accountIds)
{
    if (accountIds == m_selection && m_asked)
        return;
    m_selection = accountIds;
    ask();
}

void MfaAction::ask()
{
    const QList<qint64> &accountIds = m_selection;
    m_asked = true;
    ++m_request;
    if (m_pending)
        m_pending->cancel();
    m_login.clear();
    m_action->setEnabled(false);
    m_settle.stop();
    if (accountIds.size() != 1) {
        m_action->setToolTip(tr("Select one operator's account: %1").arg(purpose()));
        return;
    }
    m_action->setToolTip(purpose());
    m_settle.start();
}

void MfaAction::read()
{
    if (m_selection.size() != 1)
        return;
    const qint64 id = m_selection.first();
    const quint64 request = m_request;
    // A hint for the menu, after what the user waits for; a newer selection's replaces it. By id:
    // the list may not have the row's login yet.
    m_pending = m_workspace.call(
        this,
        [id](WorkspaceServices &services) -> Result<OperatorSignIn::MfaStatus> {
            auto account = services.accounts.account(id);
            if (!account)
                return fail(account.error());
            return services.operators.mfaStatus(account->login);
        },
        [this, request](const Result<OperatorSignIn::MfaStatus> &status) {
            if (request != m_request || !status)
                return; // unknown (gone, or the server is away): it stays off
            if (!status->isOperator) {
                m_action->setToolTip(tr("\"%1\" is not an operator: only an account with the administrator switch or "
                                        "a security group signs in to the console.")
                                         .arg(status->login));
                return;
            }
            m_login = status->login;
            m_action->setEnabled(true);
        },
        Workspace::Priority::Background);
}

void MfaAction::open()
{
    if (m_login.isEmpty())
        return;
    MfaDialog dialog(m_workspace, m_login, m_window, m_authority);
    connect(&dialog, &MfaDialog::changed, this, &MfaAction::statusMessage);
    dialog.exec();
    // Enrolled or reset: the account is what it was, so the selection's answer stands.
}

} // namespace bc
