#include "ui/widgets/csvfileexport.h"

#include "core/services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMutex>
#include <QProgressDialog>
#include <QSaveFile>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// The job's outcome, handed over beside the future: a canceled future keeps no result.
struct Outcome
{
    qint64 written = 0;
    QString problem;
    bool canceled = false;
};

struct OutcomeSlot
{
    QMutex mutex;
    Outcome outcome;
};

// On the worker: the whole file, or none of it.
Outcome write(WorkspaceServices &services, JobProgress &progress, const QString &path,
              const CsvFileExport::Writer &writer)
{
    Outcome outcome;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.problem = CsvFileExport::writeProblem(file);
        return outcome;
    }
    outcome.problem = writer(services, progress, file, outcome.written);
    if (progress.isCanceled()) {
        outcome.canceled = true;
        outcome.problem.clear();
        file.cancelWriting();
        return outcome;
    }
    if (!outcome.problem.isEmpty()) {
        file.cancelWriting();
        return outcome;
    }
    if (!file.commit())
        outcome.problem = CsvFileExport::writeProblem(file);
    return outcome;
}

} // namespace

CsvFileExport::CsvFileExport(Workspace &workspace, QWidget *window, const Texts &texts, const QString &dialogName)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_texts(texts)
    , m_dialogName(dialogName)
{
}

CsvFileExport::~CsvFileExport()
{
    // The window closed while writing: nobody is left to hear of the file, so none is written.
    if (m_running && m_cancel)
        m_cancel();
}

QProgressDialog *CsvFileExport::progressDialog() const
{
    return m_dialog;
}

QString CsvFileExport::writeProblem(const QSaveFile &file)
{
    const QString name = QDir::toNativeSeparators(file.fileName());
    switch (file.error()) {
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return tr("The console may not write \"%1\", or its folder does not exist. Choose another folder or file "
                  "name.")
            .arg(name);
    default:
        return tr("Writing \"%1\" failed, perhaps because the disk is full. Nothing was saved; free some space or "
                  "choose another place.")
            .arg(name);
    }
}

bool CsvFileExport::start(const QString &path, Writer writer)
{
    if (m_running)
        return false;
    m_running = true;
    auto slot = std::make_shared<OutcomeSlot>();
    QFuture<Outcome> future =
        m_workspace.run([path, slot, writer = std::move(writer)](WorkspaceServices &services, JobProgress &progress) {
            Outcome outcome = write(services, progress, path, writer);
            const QMutexLocker locker(&slot->mutex);
            slot->outcome = outcome;
            return outcome;
        });

    m_cancel = [future]() mutable {
        future.cancel();
    };

    const QString name = QFileInfo(path).fileName();
    m_dialog = new QProgressDialog(m_texts.writing.arg(name, QLocale().toString(0)), tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(m_dialogName);
    m_dialog->setWindowTitle(m_texts.title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(500);
    m_dialog->setValue(0); // starts the clock of minimumDuration

    auto *watcher = new QFutureWatcher<Outcome>(m_dialog);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_dialog,
            [dialog = m_dialog.data()](int, int total) { dialog->setMaximum(total); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_dialog,
            [this, dialog = m_dialog.data(), name](int written) {
                if (dialog->wasCanceled())
                    return;
                dialog->setLabelText(m_texts.writing.arg(name, QLocale().toString(written)));
                if (dialog->maximum() > 0)
                    dialog->setValue(std::min(written, dialog->maximum()));
            });
    // Cancel stops the job after the page under way; the file is then dropped.
    connect(m_dialog, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, slot] {
        Outcome outcome;
        {
            const QMutexLocker locker(&slot->mutex);
            outcome = slot->outcome;
        }
        if (m_dialog)
            m_dialog->deleteLater();
        m_dialog = nullptr;
        m_running = false;
        m_cancel = nullptr;
        Q_EMIT finished(outcome.written, outcome.problem, outcome.canceled);
    });
    watcher->setFuture(future);
    return true;
}

} // namespace bc
