#include "ui/accounts/accountstatechanges.h"

#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/workspace.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/bulkactionrunner.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bc {

AccountStateChanges::AccountStateChanges(AccountListPanel *panel, BulkActionRunner *runner, QWidget *window)
    : QObject(window)
    , m_panel(panel)
    , m_bulk(runner)
    , m_window(window)
{
}

void AccountStateChanges::setSelectedEnabled(bool enabled)
{
    const AccountSelection selection = m_panel->selection();
    if (selection.isEmpty() || m_bulk->isRunning())
        return;
    const int total = selection.count;
    // Disabling one account is undone with Ctrl+E; many at once are asked about first, as Delete is.
    if (!enabled && total > 1) {
        QMessageBox box(QMessageBox::Question, tr("Disable accounts"),
                        tr("Disable %n account(s)? They stop backing up until they are enabled again.", nullptr, total),
                        QMessageBox::Cancel, m_window);
        box.setObjectName(u"disableAccountsQuestion"_s);
        box.setInformativeText(AccountActions::describeAccounts(m_panel->selectedLogins(5), total));
        QPushButton *confirm = box.addButton(tr("Disable"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != confirm)
            return;
    }
    const auto job = [enabled, groupId = m_panel->groupId()](WorkspaceServices &services, const QList<qint64> &ids,
                                                             const BulkProgress &progress) {
        if (auto refused = services.acting.refusesBulk(Permission::EditAccounts, groupId, ids.size()))
            return *refused;
        return enabled ? services.accounts.enableAll(ids, progress) : services.accounts.disableAll(ids, progress);
    };
    m_bulk->run(enabled ? tr("Enabling accounts…") : tr("Disabling accounts…"), selection, job,
                [this, enabled](const BulkOutcome &outcome) {
                    const int changed = static_cast<int>(outcome.changed.size() + outcome.unchanged.size());
                    QString message = enabled ? tr("%n account(s) enabled.", nullptr, changed)
                                              : tr("%n account(s) disabled.", nullptr, changed);
                    if (const QString stopped = BulkActionRunner::interruption(outcome); !stopped.isEmpty())
                        message += u' ' + stopped;
                    Q_EMIT statusMessage(message);
                    if (!outcome.failed.isEmpty() || outcome.stoppedBy)
                        Q_EMIT failed(enabled ? tr("Not every account was enabled")
                                              : tr("Not every account was disabled"),
                                      outcome.stoppedBy ? *outcome.stoppedBy : outcome.failed.first().error);
                });
}

void AccountStateChanges::removeSelected()
{
    const AccountSelection selection = m_panel->selection();
    if (selection.isEmpty() || m_bulk->isRunning())
        return;
    const int total = selection.count;
    const QStringList logins = m_panel->selectedLogins(5);
    // Deleted accounts are kept in the recycle bin for the database's retention period (issue 17).
    QString question = tr("Delete %n account(s)? Their backups stop, and they go to the recycle bin: View → Deleted "
                          "accounts… restores them until they are purged.",
                          nullptr, total);
    if (total == 1 && logins.size() == 1)
        question = tr("Delete the account \"%1\"? Its backups stop, and it goes to the recycle bin: View → Deleted "
                      "accounts… restores it until it is purged.")
                       .arg(logins.first());
    QMessageBox box(QMessageBox::Warning, tr("Delete accounts"), question, QMessageBox::Cancel, m_window);
    box.setObjectName(u"deleteAccountsQuestion"_s);
    if (total > 1)
        box.setInformativeText(AccountActions::describeAccounts(logins, total));
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    const auto job = [groupId = m_panel->groupId()](WorkspaceServices &services, const QList<qint64> &ids,
                                                    const BulkProgress &progress) {
        if (auto refused = services.acting.refusesBulk(Permission::DeleteAccounts, groupId, ids.size()))
            return *refused;
        return services.accounts.removeAll(ids, progress);
    };
    m_bulk->run(tr("Deleting accounts…"), selection, job, [this](const BulkOutcome &outcome) {
        QString message = tr("%n account(s) deleted.", nullptr, static_cast<int>(outcome.changed.size()));
        if (const QString stopped = BulkActionRunner::interruption(outcome); !stopped.isEmpty())
            message += u' ' + stopped;
        Q_EMIT statusMessage(message);
        if (!outcome.failed.isEmpty() || outcome.stoppedBy)
            Q_EMIT failed(tr("Not every account was deleted"),
                          outcome.stoppedBy ? *outcome.stoppedBy : outcome.failed.first().error);
    });
}

} // namespace bc
