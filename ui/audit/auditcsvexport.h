#pragma once

#include "core/domain/auditquery.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace bc {

class Workspace;

// Writes every entry a filter keeps to a CSV file (the columns of `audit list --csv`), page after
// page on the workspace's worker, so that a million entries are never held at once. A dialog
// shows how many are written and offers Cancel. The file appears only when all of it is written
// (QSaveFile): a canceled or failed export leaves no half file, and an older file stays as it was.
class AuditCsvExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCsvExport)

public:
    AuditCsvExport(Workspace &workspace, QWidget *window);
    ~AuditCsvExport() override;

    // Starts writing; false while an export runs.
    bool start(const AuditQuery &query, const QString &path);
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const;

Q_SIGNALS:
    // The export ended: `written` entries; `problem` in plain words when it failed; `canceled`
    // when the user stopped it (no file then).
    void finished(qint64 written, const QString &problem, bool canceled);

private:
    Workspace &m_workspace;
    QWidget *m_window = nullptr;
    QPointer<QProgressDialog> m_dialog;
    bool m_running = false;
    std::function<void()> m_cancel; // of the export under way
};

} // namespace bc
