#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace bc {

// One row of a management dialog's list: what the group defines, named, with a short description.
struct CatalogRow
{
    qint64 id = 0;
    QString name;
    QString details;
};

// The profiles, storages, subscriptions or security groups a group defines (a few dozen at most,
// so all of them are held). Reloading keeps rows that stay, moves none, and announces exactly the
// rows that come and go or change.
class CatalogListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogListModel)

public:
    enum Column
    {
        NameColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    CatalogListModel(const QString &detailsHeader, QObject *parent = nullptr);

    void setRows(const QList<CatalogRow> &rows);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_detailsHeader;
    QList<CatalogRow> m_rows;
};

} // namespace bc
