#include "ui/audit/auditlogwindow.h"

#include "core/platform/settings.h"
#include "core/services/auditlog.h"
#include "core/services/workspace.h"
#include "ui/audit/auditcsv.h"
#include "ui/audit/auditlogmodel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// A date filter left at its lowest date keeps every date ("Any").
const QDate noDate(2000, 1, 1);

QDateEdit *dateFilter(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    //: A date filter of the audit log that keeps every date.
    edit->setSpecialValueText(AuditLogWindow::tr("Any"));
    edit->setDate(noDate);
    return edit;
}

QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditLogWindow::AuditLogWindow(Workspace &workspace, Settings &settings, qint64 groupId, const QString &groupName,
                               QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_settings(settings)
{
    setObjectName(u"auditLogWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Audit Log"));

    m_model = new AuditLogModel(workspace, this);
    m_export = new CsvFileExport(workspace, this,
                                 //: %1 the file's name, %2 how many entries of the audit log are in it so far.
                                 {tr("Export CSV"), tr("Exporting the audit log to \"%1\"…\nEntries written: %2")},
                                 u"auditExportProgress"_s);
    createFilters();
    if (groupId != 0)
        m_group->insertItem(0, groupName, groupId);
    m_group->setCurrentIndex(0);
    m_subgroups->setChecked(settings.auditIncludeSubgroups());
    m_subgroups->setEnabled(groupId != 0);

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AuditLogModel::WhenColumn, 150);
    m_table->horizontalHeader()->resizeSection(AuditLogModel::ActionColumn, 190);
    m_table->horizontalHeader()->restoreState(settings.auditHeaderState());

    m_status = new QLabel(this);
    m_status->setObjectName(u"auditStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(u"auditExportButton"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);

    auto *filters = new QWidget(this);
    auto *grid = new QGridLayout(filters);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(labelFor(tr("&Group:"), m_group, filters), 0, 0);
    grid->addWidget(m_group, 0, 1);
    grid->addWidget(m_subgroups, 0, 2);
    grid->addWidget(labelFor(tr("&Operator:"), m_actor, filters), 0, 3);
    grid->addWidget(m_actor, 0, 4);
    grid->addWidget(labelFor(tr("Object &type:"), m_objectType, filters), 0, 5);
    grid->addWidget(m_objectType, 0, 6);
    grid->addWidget(labelFor(tr("S&ince:"), m_since, filters), 1, 0);
    grid->addWidget(m_since, 1, 1, Qt::AlignLeft);
    grid->addWidget(labelFor(tr("&Until:"), m_until, filters), 1, 3);
    grid->addWidget(m_until, 1, 4, Qt::AlignLeft);
    grid->addWidget(labelFor(tr("Sea&rch:"), m_search, filters), 1, 5);
    grid->addWidget(m_search, 1, 6);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(4, 1);
    grid->setColumnStretch(6, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_group, m_subgroups);
    setTabOrder(m_subgroups, m_actor);
    setTabOrder(m_actor, m_objectType);
    setTabOrder(m_objectType, m_since);
    setTabOrder(m_since, m_until);
    setTabOrder(m_until, m_search);
    setTabOrder(m_search, m_table);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AuditLogWindow::applyFilters);
    m_live = new QTimer(this);
    m_live->setSingleShot(true);
    m_live->setInterval(300);
    connect(m_live, &QTimer::timeout, m_model, &AuditLogModel::refresh);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_subgroups->setEnabled(m_group->currentData().toLongLong() != 0);
        applyFilters();
    });
    connect(m_subgroups, &QCheckBox::toggled, this, &AuditLogWindow::applyFilters);
    connect(m_objectType, &QComboBox::currentIndexChanged, this, &AuditLogWindow::applyFilters);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditLogWindow::applyFilters);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditLogWindow::applyFilters);
    connect(m_actor, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogWindow::askAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_export, &CsvFileExport::finished, this, [this](qint64 written, const QString &problem, bool canceled) {
        exported(written, problem, canceled, m_exportNote);
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditLogWindow::updateStatus);
    connect(m_model, &AuditLogModel::errorChanged, this, &AuditLogWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { keepScrollPosition(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogWindow::updateStatus);

    // Live: what this console and others write to the log shows up on top.
    const auto changed = [this] {
        m_live->start();
    };
    connect(&workspace, &Workspace::changedElsewhere, this, changed);
    connect(&workspace, &Workspace::groupAdded, this, changed);
    connect(&workspace, &Workspace::groupChanged, this, changed);
    connect(&workspace, &Workspace::groupRemoved, this, changed);
    connect(&workspace, &Workspace::accountAdded, this, changed);
    connect(&workspace, &Workspace::accountChanged, this, changed);
    connect(&workspace, &Workspace::accountRemoved, this, changed);
    connect(&workspace, &Workspace::accountsChanged, this, changed);
    connect(&workspace, &Workspace::accountsRemoved, this, changed);
    connect(&workspace, &Workspace::accountsAdded, this, changed);
    connect(&workspace, &Workspace::accountActivated, this, changed);
    connect(&workspace, &Workspace::catalogChanged, this, changed);
    connect(&workspace, &Workspace::settingsChanged, this, changed);

    if (!restoreGeometry(settings.auditWindowGeometry()))
        resize(1000, 620);
    applyFilters();
}

AuditLogWindow::~AuditLogWindow() = default;

void AuditLogWindow::createFilters()
{
    m_group = new QComboBox(this);
    m_group->setObjectName(u"auditGroupFilter"_s);
    m_group->addItem(tr("All groups"), qint64(0));
    m_subgroups = new QCheckBox(tr("Include &subgroups"), this);
    m_subgroups->setObjectName(u"auditSubgroupsFilter"_s);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(u"auditActorFilter"_s);
    m_actor->setPlaceholderText(tr("Any operator"));
    m_actor->setClearButtonEnabled(true);
    m_objectType = new QComboBox(this);
    m_objectType->setObjectName(u"auditObjectTypeFilter"_s);
    m_objectType->addItem(tr("Any type"), QString());
    const QStringList types = AuditLog::objectTypes();
    for (const QString &type : types)
        m_objectType->addItem(AuditLogModel::objectTypeLabel(type), type);
    m_since = dateFilter(u"auditSinceFilter"_s, this);
    m_until = dateFilter(u"auditUntilFilter"_s, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"auditSearchFilter"_s);
    m_search->setPlaceholderText(tr("A part of the login or name"));
    m_search->setClearButtonEnabled(true);
}

AuditQuery AuditLogWindow::query() const
{
    AuditQuery query;
    query.groupId = m_group->currentData().toLongLong();
    query.includeSubgroups = query.groupId != 0 && m_subgroups->isChecked();
    query.actor = m_actor->text().trimmed();
    query.objectType = m_objectType->currentData().toString();
    if (m_since->date() != noDate)
        query.since = m_since->date().startOfDay();
    // Until the end of the day chosen: "before" the next one.
    if (m_until->date() != noDate)
        query.until = m_until->date().addDays(1).startOfDay();
    query.search = m_search->text().trimmed();
    return query;
}

void AuditLogWindow::applyFilters()
{
    m_typing->stop();
    const AuditQuery wanted = query();
    if (wanted == m_model->query() && (m_model->rowCount() > 0 || m_model->isLoading()))
        return;
    m_exportNote.clear();
    m_model->setQuery(wanted);
    updateStatus();
}

void AuditLogWindow::updateStatus()
{
    QString text;
    if (!m_model->errorMessage().isEmpty())
        text = m_model->errorMessage();
    else if (m_model->isLoading())
        text = tr("Loading…");
    else if (m_model->isComplete())
        text = tr("%n entries", nullptr, m_model->rowCount());
    else
        text = tr("The newest %n entries; scroll down for more.", nullptr, m_model->rowCount());
    if (!m_exportNote.isEmpty() && !m_export->isRunning())
        text = m_exportNote;
    m_status->setText(text);
    m_exportButton->setEnabled(!m_export->isRunning());
}

void AuditLogWindow::keepScrollPosition(int first, int last)
{
    // New entries came in on top while the person reads further down: what they read stays put.
    QScrollBar *bar = m_table->verticalScrollBar();
    if (first == 0 && m_model->rowCount() > last + 1 && bar->value() > 0) {
        if (m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
            bar->setValue(bar->value() + (last - first + 1));
        else
            bar->setValue(bar->value() + (last - first + 1) * m_table->verticalHeader()->defaultSectionSize());
    }
    updateStatus();
}

void AuditLogWindow::askAndExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Audit Log"), QDir::home().filePath(u"audit-log.csv"_s),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void AuditLogWindow::exportCsv(const QString &path)
{
    if (!m_export->start(path, auditCsvWriter(query())))
        return;
    m_exportNote = QDir::toNativeSeparators(path);
    updateStatus();
}

void AuditLogWindow::exported(qint64 written, const QString &problem, bool canceled, const QString &path)
{
    if (canceled) {
        m_exportNote = tr("The export was canceled; no file was written.");
    } else if (!problem.isEmpty()) {
        m_exportNote = problem;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export CSV"), problem, QMessageBox::Ok, this);
        box->setObjectName(u"auditExportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        //: %1 the file the audit log's entries went to.
        m_exportNote = tr("%n entries exported to %1.", nullptr, static_cast<int>(written)).arg(path);
    }
    updateStatus();
}

void AuditLogWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setAuditWindowGeometry(saveGeometry());
    m_settings.setAuditHeaderState(m_table->horizontalHeader()->saveState());
    m_settings.setAuditIncludeSubgroups(m_subgroups->isChecked());
    m_settings.sync();
    event->accept();
}

} // namespace bc
