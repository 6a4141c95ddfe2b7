#include "ui/mail/activationactions.h"

#include "core/services/mailcontroller.h"
#include "ui/mail/emailsettingsdialog.h"

#include "core/services/actingoperator.h"
#include "core/services/activationservice.h"
#include "core/services/workspace.h"
#include "ui/accounts/bulkactionrunner.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

ActivationActions::ActivationActions(MailController &mail, Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_mail(mail)
    , m_workspace(workspace)
    , m_window(window)
{
    m_resend = new QAction(tr("Resend &activation email"), this);
    m_resend->setObjectName(u"resendActivation"_s);
    m_resend->setStatusTip(tr("Send the selected inactive accounts a new activation link; earlier links stop "
                              "working."));
    connect(m_resend, &QAction::triggered, this, &ActivationActions::resend);

    m_retry = new QAction(tr("Retry &sending"), this);
    m_retry->setObjectName(u"retrySending"_s);
    m_retry->setStatusTip(tr("Send the activation email of the selected accounts again now."));
    connect(m_retry, &QAction::triggered, this, &ActivationActions::retry);

    m_settings = new QAction(tr("&Email settings…"), this);
    m_settings->setObjectName(u"emailSettings"_s);
    m_settings->setStatusTip(tr("The mail server that sends activation emails."));
    connect(m_settings, &QAction::triggered, this, &ActivationActions::openSettings);
    setSelection({}, 0);
}

void ActivationActions::setSelection(const AccountSelection &selection, qint64 groupId)
{
    m_selection = selection;
    m_groupId = groupId;
    const bool usable = !selection.isEmpty();
    m_resend->setEnabled(usable);
    m_retry->setEnabled(usable);
}

void ActivationActions::report(const QStringList &problems, const QString &title)
{
    if (problems.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, title, problems.join(u'\n'), QMessageBox::Ok, m_window);
    box.setObjectName(u"activationProblems"_s);
    box.exec();
}

void ActivationActions::resend()
{
    if (m_selection.isEmpty())
        return;
    const auto job = [groupId = m_groupId](WorkspaceServices &services, const QList<qint64> &ids,
                                           const BulkProgress &progress) {
        // The same permission as the CLI's resend-activation, asked where the work is done.
        if (auto refused = services.acting.refusesBulk(Permission::EditAccounts, groupId, ids.size()))
            return *refused;
        return services.activation.resendAll(ids, progress);
    };
    if (!m_bulk) {
        // Without a window's bulk runner (a test of these actions alone): one job, no progress.
        m_workspace.call(
            this,
            [job, ids = m_selection.ids](WorkspaceServices &services) { return job(services, ids, BulkProgress()); },
            [this](const BulkOutcome &outcome) { reportResend(outcome); });
        return;
    }
    //: The progress dialog of Resend activation email on many accounts.
    m_bulk->run(tr("Queuing activation emails…"), m_selection, job,
                [this](const BulkOutcome &outcome) { reportResend(outcome); });
}

void ActivationActions::reportResend(const BulkOutcome &outcome)
{
    const int queued = static_cast<int>(outcome.changed.size());
    QStringList message;
    if (queued > 0) {
        m_mail.wake();
        message.append(tr("Queued %n activation email(s); earlier links no longer work.", nullptr, queued));
    }
    if (const QString stopped = BulkActionRunner::interruption(outcome); !stopped.isEmpty())
        message.append(stopped);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message.join(u' '));
    report(BulkActionRunner::problems(outcome, 10), tr("Some activation emails were not sent"));
}

void ActivationActions::retry()
{
    if (m_selection.isEmpty())
        return;
    if (!m_mail.isMailServerSetUp()) {
        offerMailSetup();
        return;
    }
    struct Retried
    {
        int count = 0;
        QStringList problems;
    };
    m_workspace.call(
        this,
        [selection = m_selection, groupId = m_groupId](WorkspaceServices &services) {
            Retried retried;
            if (auto allowed = services.acting.allows(Permission::EditAccounts, groupId); !allowed) {
                retried.problems.append(allowed.error().message);
                return retried;
            }
            auto ids = BulkActionRunner::accountsOf(services, selection);
            if (!ids) {
                retried.problems.append(ids.error().message);
                return retried;
            }
            for (qint64 id : std::as_const(*ids)) {
                auto state = services.activation.state(id);
                if (!state) {
                    retried.problems.append(state.error().message);
                    continue;
                }
                const bool waiting = state->emailStatus == OutboxMessage::Status::Queued
                    || state->emailStatus == OutboxMessage::Status::Failed;
                if (!state->hasMessage || !waiting)
                    continue; // sent, being sent, or never queued: nothing to retry
                if (auto done = services.activation.retry(state->outboxId))
                    ++retried.count;
                else
                    retried.problems.append(done.error().message);
            }
            return retried;
        },
        [this](const Retried &retried) {
            if (retried.count > 0)
                m_mail.wake();
            Q_EMIT statusMessage(retried.count > 0 ? tr("Sending %n activation email(s) again.", nullptr, retried.count)
                                                   : tr("No activation email of the selection is waiting or failed."));
            report(retried.problems, tr("Some emails could not be retried"));
        });
}

void ActivationActions::offerMailSetup()
{
    Q_EMIT statusMessage(tr("Not sent: no mail server set up."));
    QMessageBox box(QMessageBox::Information, tr("Email is not set up"),
                    tr("No mail server is set up, so no email can be sent. The activation emails wait in the outbox "
                       "and go out once a mail server is set up."),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(u"mailNotSetUp"_s);
    QPushButton *setUp = box.addButton(tr("Set up &email…"), QMessageBox::AcceptRole);
    setUp->setObjectName(u"setUpEmail"_s);
    box.setDefaultButton(setUp);
    box.exec();
    if (box.clickedButton() == setUp)
        openSettings();
}

void ActivationActions::openSettings()
{
    EmailSettingsDialog dialog(m_mail, m_workspace, m_window);
    dialog.exec();
}

} // namespace bc
