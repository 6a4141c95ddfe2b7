#include "ui/audit/auditcsvexport.h"

#include "core/domain/csv.h"
#include "core/services/actingoperator.h"
#include "core/services/auditlog.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QProgressDialog>
#include <QSaveFile>
#include <QWidget>

#include <memory>
#include <optional>

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

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString writeProblem(const QSaveFile &file)
{
    const QString name = QDir::toNativeSeparators(file.fileName());
    switch (file.error()) {
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return AuditCsvExport::tr("The console may not write \"%1\", or its folder does not exist. Choose another "
                                  "folder or file name.")
            .arg(name);
    default:
        return AuditCsvExport::tr("Writing \"%1\" failed, perhaps because the disk is full. Nothing was saved; free "
                                  "some space or choose another place.")
            .arg(name);
    }
}

// On the worker: the whole export, page after page. Stops between pages when canceled.
Outcome write(WorkspaceServices &services, JobProgress &progress, const AuditQuery &asked, const QString &path)
{
    Outcome outcome;
    // Only what the acting operator may read: its own group and below.
    auto scoped = services.acting.auditScope(asked);
    if (!scoped) {
        outcome.problem = scoped.error().message;
        return outcome;
    }
    const AuditQuery &query = *scoped;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.problem = writeProblem(file);
        return outcome;
    }
    // The columns of `audit list --csv`, so that a spreadsheet made from either reads the same.
    file.write(Csv::row({u"id"_s, u"at"_s, u"actor"_s, u"action"_s, u"objectType"_s, u"objectId"_s, u"groupId"_s,
                         u"group"_s, u"summary"_s, u"before"_s, u"after"_s, u"origin"_s})
                   .toUtf8());
    QHash<qint64, QString> paths;
    AuditAnchor after;
    while (true) {
        if (progress.isCanceled()) {
            outcome.canceled = true;
            file.cancelWriting();
            return outcome;
        }
        auto page = services.audit.page(query, after, AuditLog::maxPageSize);
        if (!page) {
            outcome.problem = page.error().message;
            file.cancelWriting();
            return outcome;
        }
        QList<qint64> unknown;
        for (const AuditEntry &entry : std::as_const(*page)) {
            if (entry.groupId != 0 && !paths.contains(entry.groupId) && !unknown.contains(entry.groupId))
                unknown.append(entry.groupId);
        }
        if (!unknown.isEmpty()) {
            auto found = services.groups.paths(unknown);
            if (!found) {
                outcome.problem = found.error().message;
                file.cancelWriting();
                return outcome;
            }
            paths.insert(*found);
        }
        QString rows;
        for (const AuditEntry &entry : std::as_const(*page)) {
            rows += Csv::row(
                {QString::number(entry.id), entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actor, entry.action,
                 entry.objectType, entry.objectId == 0 ? QString() : QString::number(entry.objectId),
                 entry.groupId == 0 ? QString() : QString::number(entry.groupId), paths.value(entry.groupId),
                 entry.summary, jsonText(entry.before), jsonText(entry.after), entry.origin});
        }
        if (file.write(rows.toUtf8()) < 0) {
            outcome.problem = writeProblem(file);
            file.cancelWriting();
            return outcome;
        }
        outcome.written += page->size();
        // No total: counting the entries first would cost a read of its own.
        progress.report(static_cast<int>(std::min<qint64>(outcome.written, INT_MAX)), 0);
        if (page->size() < AuditLog::maxPageSize)
            break;
        after = AuditLog::anchorOf(page->constLast());
    }
    if (progress.isCanceled()) {
        outcome.canceled = true;
        file.cancelWriting();
        return outcome;
    }
    if (!file.commit())
        outcome.problem = writeProblem(file);
    return outcome;
}

} // namespace

AuditCsvExport::AuditCsvExport(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

AuditCsvExport::~AuditCsvExport()
{
    // The window closed while writing: nobody is left to hear of the file, so none is written.
    if (m_running && m_cancel)
        m_cancel();
}

QProgressDialog *AuditCsvExport::progressDialog() const
{
    return m_dialog;
}

bool AuditCsvExport::start(const AuditQuery &query, const QString &path)
{
    if (m_running)
        return false;
    m_running = true;
    auto slot = std::make_shared<OutcomeSlot>();
    QFuture<Outcome> future = m_workspace.run([query, path, slot](WorkspaceServices &services, JobProgress &progress) {
        Outcome outcome = write(services, progress, query, path);
        const QMutexLocker locker(&slot->mutex);
        slot->outcome = outcome;
        return outcome;
    });

    m_cancel = [future]() mutable {
        future.cancel();
    };

    m_dialog = new QProgressDialog(tr("Exporting the audit log to \"%1\"…").arg(QFileInfo(path).fileName()),
                                   tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(u"auditExportProgress"_s);
    m_dialog->setWindowTitle(tr("Export CSV"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(500);
    m_dialog->setValue(0); // starts the clock of minimumDuration

    auto *watcher = new QFutureWatcher<Outcome>(m_dialog);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_dialog,
            [dialog = m_dialog.data(), path](int written) {
                if (!dialog->wasCanceled())
                    //: %1 how many entries of the audit log are in the file so far.
                    dialog->setLabelText(tr("Exporting the audit log to \"%1\"…\nEntries written: %2")
                                             .arg(QFileInfo(path).fileName(), QLocale().toString(written)));
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
