#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QProgressDialog;
class QSaveFile;
class QWidget;

namespace bc {

class JobProgress;
class Workspace;
struct WorkspaceServices;

// Writes a CSV file on the workspace's worker, page after page, so that a million records are never
// held at once: the audit log's entries, the account list's accounts. A dialog shows how many are
// written and offers Cancel. The file appears only when all of it is written (QSaveFile): a canceled
// or failed export leaves no half file, and an older file stays as it was.
class CsvFileExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvFileExport)

public:
    // The job on the worker: writes its records to `file`, counting them in `written` and reporting
    // progress after each page, and stops between pages once progress is canceled. Returns the problem
    // in plain words (writeProblem() for the file's own), empty when everything is written.
    using Writer =
        std::function<QString(WorkspaceServices &services, JobProgress &progress, QSaveFile &file, qint64 &written)>;
    // What the dialog says: its title, and while writing, with the file's name as %1 and how many
    // records are written as %2.
    struct Texts
    {
        QString title;
        QString writing;
    };

    CsvFileExport(Workspace &workspace, QWidget *window, const Texts &texts, const QString &dialogName);
    ~CsvFileExport() override;

    // Starts writing `path`; false while an export runs.
    bool start(const QString &path, Writer writer);
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const;

    // Why `file` could not be written, in plain words.
    static QString writeProblem(const QSaveFile &file);

Q_SIGNALS:
    // The export ended: `written` records; `problem` in plain words when it failed; `canceled`
    // when the user stopped it (no file then).
    void finished(qint64 written, const QString &problem, bool canceled);

private:
    Workspace &m_workspace;
    QWidget *m_window = nullptr;
    Texts m_texts;
    QString m_dialogName;
    QPointer<QProgressDialog> m_dialog;
    bool m_running = false;
    std::function<void()> m_cancel; // of the export under way
};

} // namespace bc
