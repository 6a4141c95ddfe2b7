#include "ui/import/importrunpage.h"

#include "core/domain/csv.h"
#include "core/services/actingoperator.h"
#include "core/services/importplan.h"
#include "core/services/workspace.h"
#include "ui/import/importrecordmodel.h"
#include "ui/import/importwizard.h"
#include "ui/widgets/questionbox.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

// What a run hands back from the worker, beside its future (a canceled future keeps no result).
struct ImportRunPage::Run
{
    QMutex mutex;
    Result<ImportSummary> summary = std::unexpected(Error {});
    QList<ImportRecordModel::Entry> entries;
    QStringList errorHeader;
    QList<QStringList> errorRecords;
    QHash<qint64, ImportSeen> seen;
    QByteArray checksum;
};

namespace {

constexpr int progressSteps = 1000;

// On the worker: the whole file, checked or imported, its records kept for the table.
void runImport(ImportRunPage::Run &run, WorkspaceServices &services, JobProgress &progress, const QString &path,
               ImportRequest request, const std::optional<QByteArray> &checksum)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        run.summary = fail(Error::Code::Invalid, QString(),
                           ImportRunPage::tr("The file \"%1\" cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    run.checksum = ImportPlan::checksumOf(file);
    if (checksum && *checksum != run.checksum) {
        run.summary = fail(Error::Code::Invalid, QString(),
                           ImportRunPage::tr("The file changed since the check, so nothing was imported. Close this "
                                             "window and import the file again to check it anew."));
        return;
    }
    auto authority = services.acting.authority();
    if (!authority) {
        run.summary = fail(authority.error());
        return;
    }
    const qint64 size = std::max<qint64>(file.size(), 1);
    qsizetype columns = 0;
    request.header = [&](const QStringList &header) {
        run.errorHeader = AccountImport::errorHeader(header);
        columns = header.size();
    };
    request.row = [&](const ImportRow &row, qint64 bytesRead) {
        run.entries.append(ImportRecordModel::entry(row));
        run.seen.insert(row.record, {row.outcome, row.seen});
        if (row.outcome == ImportOutcome::Error || row.outcome == ImportOutcome::Conflict)
            run.errorRecords.append(AccountImport::errorRecord(row, columns));
        progress.report(int(std::min(bytesRead, size) * progressSteps / size), progressSteps);
        return !progress.isCanceled();
    };
    AccountImport importer(services.database, services.accounts, services.groups, *authority);
    run.summary = importer.run(file, request);
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard &wizard, Mode mode)
    : m_wizard(wizard)
    , m_mode(mode)
{
    const QString prefix = mode == Mode::Check ? u"importCheck"_s : u"importApply"_s;
    setObjectName(prefix + u"Page"_s);
    if (mode == Mode::Check) {
        setTitle(tr("Check"));
        setSubTitle(tr("What the import would do with each record. Nothing is written yet."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));
    } else {
        setTitle(tr("Import"));
        setSubTitle(tr("The import does what the check showed. A record whose account someone changed since is a "
                       "conflict and is left as it is."));
    }
    m_status = new QLabel(this);
    m_status->setObjectName(prefix + u"Status"_s);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(prefix + u"Progress"_s);
    m_progress->setRange(0, progressSteps);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(prefix + u"Stop"_s);
    m_stop->setToolTip(tr("Stop after the records under way; those are done whole."));
    connect(m_stop, &QPushButton::clicked, this, &ImportRunPage::stop);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(prefix + u"Counts"_s);
    m_countsLabel->setWordWrap(true);
    m_countsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_records = new ImportRecordModel(this);
    m_filter = new ImportRecordFilter(m_records, this);
    m_filter->setSortRole(ImportRecordModel::SortRole);
    m_show = new QComboBox(this);
    m_show->setObjectName(prefix + u"Show"_s);
    m_show->addItem(tr("All records"), -1);
    for (const auto &entry : EnumKeys<ImportOutcome>::entries)
        m_show->addItem(AccountImport::outcomeText(entry.value), int(entry.value));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        const int outcome = m_show->currentData().toInt();
        m_filter->setOutcome(outcome < 0 ? std::nullopt : std::optional(ImportOutcome(outcome)));
    });
    m_search = new QLineEdit(this);
    m_search->setObjectName(prefix + u"Search"_s);
    m_search->setPlaceholderText(tr("Search logins and details"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ImportRecordFilter::setText);
    auto *showLabel = new QLabel(tr("Sh&ow:"), this);
    showLabel->setBuddy(m_show);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_show);
    filterRow->addWidget(m_search, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(prefix + u"Records"_s);
    m_table->setModel(m_filter);
    // In the file's order until a header is clicked: a million records are not sorted unasked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportRecordModel::RecordColumn, 70);
    m_table->setColumnWidth(ImportRecordModel::LoginColumn, 220);
    m_table->setColumnWidth(ImportRecordModel::OutcomeColumn, 110);

    m_saveErrors = new QPushButton(tr("Save &errors as CSV…"), this);
    m_saveErrors->setObjectName(prefix + u"SaveErrors"_s);
    m_saveErrors->setToolTip(tr("The records that are not imported, with a column saying why: fix them and import "
                                "the file as it is."));
    connect(m_saveErrors, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Errors"), QDir::home().filePath(u"import-errors.csv"_s),
                                         tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        if (const QString problem = saveErrors(path); !problem.isEmpty())
            m_status->setText(problem);
    });
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addStretch(1);
    bottomRow->addWidget(m_saveErrors);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_countsLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottomRow);
}

ImportRunPage::~ImportRunPage()
{
    stop();
}

void ImportRunPage::initializePage()
{
    start();
}

void ImportRunPage::cleanupPage()
{
    stop();
    m_running = false;
}

void ImportRunPage::stop()
{
    if (m_running)
        m_future.cancel();
}

void ImportRunPage::start()
{
    m_done = false;
    m_counts = {};
    m_records->setEntries({});
    m_errorRecords.clear();
    m_status->setText(m_mode == Mode::Check ? tr("Checking every record of the file…")
                                            : tr("Importing the records the check showed…"));
    m_countsLabel->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_stop->setEnabled(true);
    m_saveErrors->setEnabled(false);

    const QString path = QDir::fromNativeSeparators(m_wizard.filePath());
    ImportRequest request {.groupId = m_wizard.groupId(),
                           .apply = m_mode == Mode::Import,
                           .fileName = QFileInfo(path).fileName(),
                           .columns = m_wizard.columnChoices()};
    std::optional<QByteArray> checksum;
    if (m_mode == Mode::Import) {
        request.preview = m_wizard.preview().seen;
        checksum = m_wizard.preview().checksum;
    }
    auto run = std::make_shared<Run>();
    m_future =
        m_wizard.workspace().run([run, path, request, checksum](WorkspaceServices &services, JobProgress &progress) {
            // The GUI thread reads the run once the job has finished; the lock makes the writes seen.
            const QMutexLocker locker(&run->mutex);
            runImport(*run, services, progress, path, request, checksum);
            return 0;
        });
    m_running = true;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run, generation = ++m_generation] {
        watcher->deleteLater();
        if (generation != m_generation) // a run of an earlier visit of the page
            return;
        finish(run);
    });
    watcher->setFuture(m_future);
    Q_EMIT completeChanged();
}

void ImportRunPage::finish(const std::shared_ptr<Run> &run)
{
    m_running = false;
    m_progress->hide();
    m_stop->hide();
    const QMutexLocker locker(&run->mutex);
    m_records->setEntries(std::move(run->entries));
    m_errorHeader = run->errorHeader;
    m_errorRecords = std::move(run->errorRecords);
    m_saveErrors->setEnabled(!m_errorRecords.isEmpty());
    const qint64 records = m_records->rowCount();
    if (!run->summary) {
        //: %1 what went wrong, in plain words.
        m_status->setText(m_mode == Mode::Check
                              ? tr("The file could not be checked: %1").arg(run->summary.error().message)
                              : tr("The import stopped: %1 The records before it are imported whole; importing the "
                                   "file again goes on with the rest.")
                                    .arg(run->summary.error().message));
    } else {
        const ImportSummary &summary = *run->summary;
        m_counts = summary.counts;
        m_done = !summary.stopped;
        QString status;
        if (m_mode == Mode::Check && summary.stopped) {
            status = tr("The check was stopped after %n record(s). Go Back and Next to check the whole file.", nullptr,
                        int(records));
        } else if (m_mode == Mode::Check) {
            const qint64 writes = m_counts.created + m_counts.updated + m_counts.disabled + m_counts.deleted;
            status = writes > 0 ? tr("Checked. Nothing is written yet: Import does what the table shows.")
                                : tr("Checked. There is nothing to import: every record is unchanged or has an error.");
            m_wizard.setPreview({std::move(run->seen), run->checksum});
        } else if (summary.stopped) {
            status = tr("The import was stopped after %n record(s). Those are imported whole; importing the file again "
                        "goes on with the rest.",
                        nullptr, int(records));
        } else {
            status = tr("The import is done.");
        }
        if (!summary.unknownColumns.isEmpty())
            //: %1 the names of the file's columns that the import does not read.
            status += u' ' + tr("Ignored columns: %1.").arg(QLocale().createSeparatedList(summary.unknownColumns));
        m_status->setText(status);
    }
    showCounts();
    Q_EMIT completeChanged();
}

void ImportRunPage::showCounts()
{
    const bool check = m_mode == Mode::Check;
    QStringList parts;
    const auto part = [&parts](qint64 count, const QString &text) {
        if (count > 0)
            parts.append(text);
    };
    const ImportCounts &c = m_counts;
    part(c.created, check ? tr("%n to create", nullptr, int(c.created)) : tr("%n created", nullptr, int(c.created)));
    part(c.updated, check ? tr("%n to update", nullptr, int(c.updated)) : tr("%n updated", nullptr, int(c.updated)));
    part(c.disabled,
         check ? tr("%n to disable", nullptr, int(c.disabled)) : tr("%n disabled", nullptr, int(c.disabled)));
    part(c.deleted, check ? tr("%n to delete", nullptr, int(c.deleted)) : tr("%n deleted", nullptr, int(c.deleted)));
    part(c.unchanged, tr("%n unchanged", nullptr, int(c.unchanged)));
    part(c.errors, tr("%n with errors", nullptr, int(c.errors)));
    part(c.conflicts, tr("%n conflicts", nullptr, int(c.conflicts)));
    m_countsLabel->setText(parts.join(u" · "_s));
}

bool ImportRunPage::isComplete() const
{
    if (m_running)
        return false;
    if (m_mode == Mode::Import)
        return true;
    return m_done && m_counts.created + m_counts.updated + m_counts.disabled + m_counts.deleted > 0;
}

bool ImportRunPage::validatePage()
{
    if (m_mode != Mode::Check || m_counts.deleted == 0)
        return true;
    return QuestionBox {
        .objectName = u"importDeleteQuestion"_s,
        .title = tr("Import Accounts"),
        .text = tr("The import deletes %n account(s), with their backups.", nullptr, int(m_counts.deleted)),
        .informativeText =
            tr("Filter the table by \"%1\" to see which.").arg(AccountImport::outcomeText(ImportOutcome::Delete)),
        .act = {tr("Import and &Delete"), u"importDeleteConfirm"_s},
        .actRole = QMessageBox::DestructiveRole,
        .keep = {tr("Go &Back"), u"importDeleteKeep"_s},
    }
        .ask(this);
}

QString ImportRunPage::saveErrors(const QString &path) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(Csv::row(m_errorHeader).toUtf8());
        for (const QStringList &record : m_errorRecords)
            file.write(Csv::row(record).toUtf8());
        if (file.commit())
            return {};
    }
    return tr("The errors could not be saved to \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString());
}

} // namespace bc
