#include "ui/import/importrecordmodel.h"

#include "core/domain/fields.h"
#include "ui/accounts/accounthistorymodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bc {

ImportRecordModel::ImportRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ImportRecordModel::fieldLabel(const QString &field)
{
    // The import's fields are the columns of its CSV (AccountCsv); the history's labels name most.
    if (field == Field::group)
        return tr("Group");
    if (field == ImportMapping::action)
        return tr("Action");
    if (field == ImportMapping::sendActivation)
        return tr("Send activation email");
    static const QHash<QString, QString> historyKeys {
        {Field::profile, u"profileId"_s},
        {Field::storage, u"storageId"_s},
        {Field::subscriptions, u"subscriptionIds"_s},
        {Field::securityGroups, u"securityGroupIds"_s},
    };
    if (const auto key = historyKeys.constFind(field); key != historyKeys.cend())
        return AccountHistoryModel::fieldLabel(*key);
    if (field.startsWith("quota."_L1))
        return AccountHistoryModel::fieldLabel(u"quotas."_s + field.mid(6));
    return AccountHistoryModel::fieldLabel(field);
}

ImportRecordModel::Entry ImportRecordModel::entry(const ImportRow &row)
{
    Entry entry {row.record, row.login, row.outcome, {}};
    QStringList parts;
    for (const ImportChange &change : row.changes) {
        //: A field an import changes: %1 its name, %2 the old value, %3 the new one.
        parts.append(tr("%1: %2 → %3")
                         .arg(fieldLabel(change.field), change.before.isEmpty() ? tr("(empty)") : change.before,
                              change.after.isEmpty() ? tr("(empty)") : change.after));
    }
    for (const Error &error : row.errors)
        parts.append(error.field.isEmpty() ? error.message : tr("%1: %2").arg(fieldLabel(error.field), error.message));
    entry.details = parts.join(u"; "_s);
    return entry;
}

void ImportRecordModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ImportRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == OutcomeRole)
        return int(entry.outcome);
    if (role == SortRole && index.column() == RecordColumn)
        return entry.record;
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return entry.details;
    if (role == Qt::TextAlignmentRole && index.column() == RecordColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return QLocale().toString(entry.record);
    case LoginColumn:
        return entry.login;
    case OutcomeColumn:
        return AccountImport::outcomeText(entry.outcome);
    case DetailsColumn:
        return entry.details;
    default:
        return {};
    }
}

QVariant ImportRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        //: The number of a record (line) in the file.
        return tr("Row");
    case LoginColumn:
        return tr("Login");
    case OutcomeColumn:
        return tr("Import does");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

ImportRecordFilter::ImportRecordFilter(ImportRecordModel *records, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_records(records)
{
    setSourceModel(records);
}

void ImportRecordFilter::setOutcome(std::optional<ImportOutcome> outcome)
{
    m_outcome = outcome;
    invalidateRowsFilter();
}

void ImportRecordFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool ImportRecordFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow >= m_records->entries().size())
        return false;
    const ImportRecordModel::Entry &entry = m_records->entries().at(sourceRow);
    if (m_outcome && entry.outcome != *m_outcome)
        return false;
    return m_text.isEmpty() || entry.login.contains(m_text, Qt::CaseInsensitive)
        || entry.details.contains(m_text, Qt::CaseInsensitive);
}

} // namespace bc
