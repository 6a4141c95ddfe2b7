#pragma once

#include "core/domain/accountselection.h"
#include "core/domain/bulkoutcome.h"
#include "core/domain/error.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace bc {

class Workspace;
struct WorkspaceServices;

// Runs a bulk action on a selection of accounts (Disable, Enable, Delete, Resend, Assign) as one
// job on the workspace's thread, in batches (core/services/bulkrun.h). When it takes longer than
// a second a progress dialog shows how far it is, and its Cancel stops the job after the batch in
// progress: whole batches are done, the rest is left as it was. The list follows once, at the end
// (the services announce a bulk change once).
class BulkActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionRunner)

public:
    using Job = std::function<BulkOutcome(WorkspaceServices &services, const BulkProgress &progress)>;
    using Done = std::function<void(const BulkOutcome &outcome)>;
    // A job on the accounts of a selection, read on the worker when the job starts.
    using SelectionJob =
        std::function<BulkOutcome(WorkspaceServices &services, const QList<qint64> &ids, const BulkProgress &progress)>;

    BulkActionRunner(Workspace &workspace, QWidget *window);
    ~BulkActionRunner() override;

    // Starts `job` for `total` accounts, with `label` in the progress dialog ("Disabling
    // accounts…"); `done` gets what it did, also when it was canceled. False while another bulk
    // action runs (one at a time).
    bool run(const QString &label, int total, Job job, Done done);
    // The same on `selection`: every account of a list's filter ("all N matching", however many
    // rows are loaded) is read on the worker first, as the operator may read it (accountsOf()); a
    // failed read stops the job before anything changes.
    bool run(const QString &label, const AccountSelection &selection, SelectionJob job, Done done);
    // The accounts of `selection`, on the worker: those picked, or the filter's, narrowed to what
    // the acting operator may read (ActingOperator::accountScope).
    static Result<QList<qint64>> accountsOf(WorkspaceServices &services, const AccountSelection &selection);
    // On the worker: the first refusal's message led by its account's login ("alice": …), which the
    // window does not know of an account it has not loaded.
    static void nameFirstRefusal(WorkspaceServices &services, BulkOutcome &outcome);
    bool isRunning() const { return m_running; }
    Workspace &workspace() const { return m_workspace; }
    // How long a job runs before the progress dialog shows (1000 ms); tests set 0.
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }
    // The progress dialog of the job under way (hidden during its first second); null when none runs.
    QProgressDialog *progressDialog() const;

    // What the status bar says of a canceled or stopped job: how many were done of how many, in
    // plain words; empty when the job went through.
    static QString interruption(const BulkOutcome &outcome);
    // Each refusal in plain words, the first `limit` ones and how many more there are; the problem
    // that stopped the job last.
    static QStringList problems(const BulkOutcome &outcome, int limit = 5);

Q_SIGNALS:
    // A job ended and its `done` ran.
    void finished();

private:
    Workspace &m_workspace;
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    int m_progressDelay = 1000;
    bool m_running = false;
};

} // namespace bc
