#include "ui/import/importcolumnspage.h"

#include "core/domain/fields.h"
#include "core/platform/csvreader.h"
#include "core/platform/settings.h"
#include "ui/import/importrecordmodel.h"
#include "ui/import/importwizard.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString kindText(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Console:
        return ImportColumnsPage::tr("a file in this console's own columns, or a spreadsheet");
    case ImportFormat::Microsoft365:
        return ImportColumnsPage::tr("a user export of the Microsoft 365 admin center");
    case ImportFormat::GoogleWorkspace:
        return ImportColumnsPage::tr("a user download of the Google Workspace admin console");
    }
    return {};
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(u"importColumnsPage"_s);
    setTitle(tr("File and Columns"));
    //: %1 the group the accounts go into.
    setSubTitle(tr("Choose a CSV file of users. Each account goes into %1, or into the group below it that its "
                   "\"group\" column names. Nothing is written before you have seen the check.")
                    .arg(wizard.groupName()));

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFile"_s);
    m_file->setPlaceholderText(tr("Path of a .csv file"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"importBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ImportColumnsPage::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportColumnsPage::readHeader);
    connect(m_file, &QLineEdit::textChanged, this, [this] { Q_EMIT completeChanged(); });
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_fileMessage = new FieldMessage(m_file, this);

    m_kind = new QLabel(this);
    m_kind->setObjectName(u"importKind"_s);
    m_kind->setWordWrap(true);
    auto *columns = new QWidget;
    m_form = new QFormLayout(columns);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    m_mappingProblem = new QLabel(this);
    m_mappingProblem->setObjectName(u"importMappingProblem"_s);
    m_mappingProblem->setWordWrap(true);
    m_mappingProblem->setStyleSheet(u"color: palette(link);"_s);
    m_remember = new QCheckBox(tr("&Remember my choices for files of this kind"), this);
    m_remember->setObjectName(u"importRememberColumns"_s);
    m_remember->setChecked(true);
    auto *reset = new QPushButton(tr("&Use the columns as the file names them"), this);
    reset->setObjectName(u"importResetColumns"_s);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_choices.clear();
        showMapping();
    });
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_remember, 1);
    choiceRow->addWidget(reset);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileMessage);
    layout->addWidget(m_kind);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_mappingProblem);
    layout->addLayout(choiceRow);
    registerField(u"importFile*"_s, m_file);
}

QString ImportColumnsPage::filePath() const
{
    return m_file->text().trimmed();
}

void ImportColumnsPage::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    readHeader();
}

void ImportColumnsPage::browse()
{
    const QString start = filePath().isEmpty() ? QDir::homePath() : filePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Accounts"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportColumnsPage::readHeader()
{
    const QString path = QDir::fromNativeSeparators(filePath());
    if (path == m_readPath && !m_header.isEmpty())
        return;
    m_readPath = path;
    m_header.clear();
    m_example.clear();
    m_fileMessage->clearError();
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_fileMessage->setError(tr("The file cannot be opened: %1").arg(file.errorString()));
        } else {
            CsvReader reader(file);
            if (std::optional<QStringList> header = reader.next()) {
                m_header = *header;
                m_example = reader.next().value_or(QStringList());
            } else {
                m_fileMessage->setError(reader.errorString().isEmpty()
                                            ? tr("The file is empty: it needs a header naming its columns.")
                                            : reader.errorString());
            }
        }
    }
    m_detected = ImportMapping::of(m_header).format();
    // The choices remembered for files of this kind, for the columns this file has.
    m_choices.clear();
    const ImportMapping::Choices saved = m_wizard.settings().importColumns(ImportMapping::key(m_detected));
    for (const QString &column : std::as_const(m_header)) {
        const QString key = ImportMapping::columnKey(column);
        if (const auto choice = saved.constFind(key); choice != saved.cend())
            m_choices.insert(key, *choice);
    }
    buildColumns();
    showMapping();
}

void ImportColumnsPage::buildColumns()
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (qsizetype column = 0; column < m_header.size(); ++column) {
        auto *box = new QComboBox;
        box->setObjectName(u"importColumn%1"_s.arg(column));
        box->addItem(tr("Ignore this column"), QStringList());
        for (const QString &field : ImportMapping::choosableFields())
            box->addItem(ImportRecordModel::fieldLabel(field), QStringList {field});
        const QString example = m_example.value(column);
        if (!example.isEmpty())
            //: %1 the value of a column in the file's first record.
            box->setToolTip(tr("First record: %1").arg(example));
        connect(box, &QComboBox::activated, this,
                [this, column, box](int index) { choose(column, box->itemData(index).toStringList()); });
        m_form->addRow(m_header.at(column).isEmpty() ? tr("(column %1)").arg(column + 1) : m_header.at(column), box);
        m_boxes.append(box);
    }
}

void ImportColumnsPage::choose(qsizetype column, const QStringList &fields)
{
    m_choices.insert(ImportMapping::columnKey(m_header.at(column)), fields);
    showMapping();
}

void ImportColumnsPage::showMapping()
{
    const ImportMapping current = mapping();
    for (qsizetype column = 0; column < m_boxes.size(); ++column) {
        QComboBox *box = m_boxes.at(column);
        const QStringList fields = current.fieldsOf(column);
        int index = box->findData(fields);
        if (index < 0) { // several fields from one column, as the sign-in name gives login and email
            QStringList labels;
            for (const QString &field : fields)
                labels.append(ImportRecordModel::fieldLabel(field));
            box->addItem(labels.join(u" + "_s), fields);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    }
    if (m_header.isEmpty()) {
        m_kind->clear();
    } else {
        //: %1 the kind of file ("a user export of the Microsoft 365 admin center"), %2 how many columns it has.
        m_kind->setText(tr("This looks like %1, with %n column(s). Choose what each column gives an account:", nullptr,
                           int(m_header.size()))
                            .arg(kindText(current.format())));
    }
    m_mappingProblem->setText(!m_header.isEmpty() && !current.has(Field::login)
                                  ? tr("No column gives the login: choose one for \"Login\".")
                                  : QString());
    Q_EMIT completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return !m_header.isEmpty() && QDir::fromNativeSeparators(filePath()) == m_readPath && mapping().has(Field::login);
}

bool ImportColumnsPage::validatePage()
{
    readHeader();
    if (!isComplete())
        return false;
    if (m_remember->isChecked()) {
        // This file's columns as chosen now (none: as the header names them); others as they were.
        ImportMapping::Choices remembered = m_wizard.settings().importColumns(ImportMapping::key(m_detected));
        for (const QString &column : std::as_const(m_header))
            remembered.remove(ImportMapping::columnKey(column));
        remembered.insert(m_choices);
        m_wizard.settings().setImportColumns(ImportMapping::key(m_detected), remembered);
    }
    return true;
}

} // namespace bc
