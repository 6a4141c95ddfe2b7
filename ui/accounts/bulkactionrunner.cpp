#include "ui/accounts/bulkactionrunner.h"

#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/workspace.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QProgressDialog>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// The job's outcome, handed over beside the future: a canceled future keeps no result, and a
// canceled job still has done whole batches that the user must hear about.
struct OutcomeSlot
{
    QMutex mutex;
    BulkOutcome outcome;
};

} // namespace

BulkActionRunner::BulkActionRunner(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

BulkActionRunner::~BulkActionRunner() = default;

QProgressDialog *BulkActionRunner::progressDialog() const
{
    return m_dialog;
}

bool BulkActionRunner::run(const QString &label, int total, Job job, Done done)
{
    if (m_running)
        return false;
    m_running = true;
    auto slot = std::make_shared<OutcomeSlot>();
    QFuture<BulkOutcome> future =
        m_workspace.run([job = std::move(job), slot](WorkspaceServices &services, JobProgress &progress) {
            BulkOutcome outcome = job(services, [&progress](int doneCount, int totalCount) {
                progress.report(doneCount, totalCount);
                return !progress.isCanceled();
            });
            const QMutexLocker locker(&slot->mutex);
            slot->outcome = outcome;
            return outcome;
        });

    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, qMax(total, 1), m_window);
    m_dialog->setObjectName(u"bulkProgressDialog"_s);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(m_progressDelay);
    m_dialog->setValue(0); // starts the clock of minimumDuration

    auto *watcher = new QFutureWatcher<BulkOutcome>(m_dialog);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_dialog, [dialog = m_dialog.data()](int value) {
        if (!dialog->wasCanceled())
            dialog->setValue(value);
    });
    // Cancel hides the dialog; the batch under way still commits, and the summary says where it
    // stopped.
    connect(m_dialog, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, slot, done = std::move(done)] {
        BulkOutcome outcome;
        {
            const QMutexLocker locker(&slot->mutex);
            outcome = slot->outcome;
        }
        if (m_dialog)
            m_dialog->deleteLater();
        m_dialog = nullptr;
        m_running = false;
        done(outcome);
        Q_EMIT finished();
    });
    watcher->setFuture(future);
    return true;
}

bool BulkActionRunner::run(const QString &label, const AccountSelection &selection, SelectionJob job, Done done)
{
    const auto whole = [selection, job = std::move(job)](WorkspaceServices &services, const BulkProgress &progress) {
        auto ids = accountsOf(services, selection);
        if (!ids) {
            BulkOutcome outcome;
            outcome.total = selection.count;
            outcome.stoppedBy = ids.error();
            return outcome;
        }
        return job(services, *ids, progress);
    };
    return run(label, selection.count, whole, std::move(done));
}

Result<QList<qint64>> BulkActionRunner::accountsOf(WorkspaceServices &services, const AccountSelection &selection)
{
    if (!selection.matching)
        return selection.ids;
    auto scoped = services.acting.accountScope(*selection.matching);
    if (!scoped)
        return fail(scoped.error());
    return services.accounts.selected(AccountSelection::allOf(*scoped, selection.count));
}

void BulkActionRunner::nameFirstRefusal(WorkspaceServices &services, BulkOutcome &outcome)
{
    if (outcome.failed.isEmpty())
        return;
    BulkFailure &first = outcome.failed.first();
    if (auto account = services.accounts.account(first.accountId))
        //: A refused account and why: %1 its login, %2 the reason.
        first.error.message = tr("\"%1\": %2").arg(account->login, first.error.message);
}

QString BulkActionRunner::interruption(const BulkOutcome &outcome)
{
    if (outcome.stoppedBy)
        //: A bulk action stopped by a database problem; %1 the problem.
        return tr("Stopped after %1 of %n account(s): %2", nullptr, outcome.total)
            .arg(QString::number(outcome.processed), outcome.stoppedBy->message);
    if (outcome.cancelled)
        return tr("Canceled after %1 of %n account(s); the others were left as they were.", nullptr, outcome.total)
            .arg(outcome.processed);
    return {};
}

QStringList BulkActionRunner::problems(const BulkOutcome &outcome, int limit)
{
    QStringList lines;
    for (const BulkFailure &failure : outcome.failed) {
        if (lines.size() == limit)
            break;
        lines.append(failure.error.message);
    }
    if (const int more = static_cast<int>(outcome.failed.size()) - limit; more > 0)
        lines.append(tr("and %n more account(s) were refused", nullptr, more));
    if (outcome.stoppedBy)
        lines.append(outcome.stoppedBy->message);
    return lines;
}

} // namespace bc
