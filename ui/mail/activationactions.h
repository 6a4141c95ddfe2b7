#pragma once

#include "core/domain/accountselection.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace bc {

class BulkActionRunner;
struct BulkOutcome;
class MailController;
class Workspace;

// The account actions about activation emails: Resend activation email (one account or a
// selection; earlier links stop working) and Retry sending (a failed or waiting email goes now),
// and Email settings… The emails are queued on the workspace's worker. Keeps MainWindow small.
class ActivationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationActions)

public:
    ActivationActions(MailController &mail, Workspace &workspace, QWidget *window);

    // Resend and Retry, for the account menu and the list's context menu.
    QList<QAction *> accountActions() const { return {m_resend, m_retry}; }
    QAction *settingsAction() const { return m_settings; }
    // The selected accounts, of the list of `groupId` (and its subgroups): Resend and Retry ask
    // whether the operator may edit accounts there, on the worker.
    void setSelection(const AccountSelection &selection, qint64 groupId);
    // Resend runs as a bulk job of `runner` on the workspace's thread.
    void setBulkRunner(BulkActionRunner *runner) { m_bulk = runner; }

    void resend();
    void retry();
    void openSettings();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void report(const QStringList &problems, const QString &title);
    // What a Resend did, in the status bar, and what it refused.
    void reportResend(const BulkOutcome &outcome);
    // Retry cannot send without a mail server: says so and offers Email settings.
    void offerMailSetup();

    MailController &m_mail;
    Workspace &m_workspace;
    QWidget *m_window;
    QAction *m_resend = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_settings = nullptr;
    AccountSelection m_selection;
    qint64 m_groupId = 0;
    BulkActionRunner *m_bulk = nullptr;
};

} // namespace bc
