#include "ui/catalog/cataloglistmodel.h"

namespace bc {

CatalogListModel::CatalogListModel(const QString &detailsHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_detailsHeader(detailsHeader)
{
}

void CatalogListModel::setRows(const QList<CatalogRow> &rows)
{
    // The same items usually come back in the same order; a full reset only when they did not.
    const bool sameItems = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const CatalogRow &a, const CatalogRow &b) { return a.id == b.id; });
    if (!sameItems) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int row = 0; row < rows.size(); ++row) {
        const CatalogRow &now = rows.at(row);
        CatalogRow &was = m_rows[row];
        if (now.name != was.name || now.details != was.details) {
            was = now;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

qint64 CatalogListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CatalogListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int CatalogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CatalogListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? row.name : row.details;
    case Qt::ToolTipRole:
        return row.details.isEmpty() ? QVariant() : QVariant(row.details);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant CatalogListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailsColumn:
        return m_detailsHeader;
    }
    return {};
}

} // namespace bc
