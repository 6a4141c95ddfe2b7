#pragma once

#include "core/services/accountimport.h"

#include <QFuture>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace bc {

class ImportRecordFilter;
class ImportRecordModel;
class ImportWizard;

// A run of the import on the workspace's worker, and its records as a filterable table: the check
// (a dry run, which writes nothing) or the import itself (which does what the check said). A progress
// bar and Stop while it runs; then the counts, the table, and the records that were not imported
// saved as an errors file to fix and import again.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)

public:
    enum class Mode
    {
        Check,
        Import,
    };
    ImportRunPage(ImportWizard &wizard, Mode mode);
    ~ImportRunPage() override;

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] const ImportCounts &counts() const { return m_counts; }
    ImportRecordModel *records() const { return m_records; }
    ImportRecordFilter *filter() const { return m_filter; }
    // Stops the run after the batch under way (Stop, Cancel, Back).
    void stop();
    // Writes the records that were not imported, with their reasons, to `path`; the problem in
    // plain words, empty when written.
    QString saveErrors(const QString &path) const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What a run hands back from the worker.
    struct Run;

private:
    void start();
    void finish(const std::shared_ptr<Run> &run);
    void showCounts();

    ImportWizard &m_wizard;
    Mode m_mode;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_countsLabel = nullptr;
    QComboBox *m_show = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_saveErrors = nullptr;
    ImportRecordModel *m_records = nullptr;
    ImportRecordFilter *m_filter = nullptr;
    QFuture<int> m_future;
    bool m_running = false;
    int m_generation = 0; // of the run under way; each visit of the page starts one
    bool m_done = false; // ran to the end of the file without a problem
    ImportCounts m_counts;
    QStringList m_errorHeader;
    QList<QStringList> m_errorRecords;
};

} // namespace bc
