#include "ui/accounts/deletedaccountsmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bc {

DeletedAccountsModel::DeletedAccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeletedAccountsModel::setAccounts(const QList<DeletedAccount> &accounts, const QHash<qint64, QString> &groupPaths,
                                       int retentionDays)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(accounts.size());
    for (const DeletedAccount &entry : accounts) {
        const qint64 groupId = entry.account.groupId;
        m_rows.append({entry, groupPaths.value(groupId, QString::number(groupId))});
    }
    m_retentionDays = retentionDays;
    endResetModel();
}

const DeletedAccount *DeletedAccountsModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).entry : nullptr;
}

int DeletedAccountsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.account.id == id)
            return row;
    }
    return -1;
}

int DeletedAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeletedAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletedAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Account &account = row.entry.account;
    const QDateTime deleted = row.entry.deletedAt.toLocalTime();
    const QDateTime purged = purgedOn(row.entry.deletedAt).toLocalTime();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LoginColumn:
            return account.login;
        case NameColumn:
            return account.displayName.isEmpty() ? u"%1 %2"_s.arg(account.firstName, account.lastName).trimmed()
                                                 : account.displayName;
        case EmailColumn:
            return account.email;
        case GroupColumn:
            return row.groupPath;
        case StatusColumn:
            return AccountText::label(account.status);
        case DeletedColumn:
            return locale.toString(deleted, QLocale::ShortFormat);
        case PurgedColumn:
            // The day is what matters: the purge runs when a console opens the database after it.
            return locale.toString(purged.date(), QLocale::ShortFormat);
        }
        return {};
    case SortRole:
        if (index.column() == DeletedColumn)
            return row.entry.deletedAt;
        if (index.column() == PurgedColumn)
            return purgedOn(row.entry.deletedAt);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == DeletedColumn)
            return locale.toString(deleted, QLocale::LongFormat);
        if (index.column() == PurgedColumn)
            //: %1 the date and time; %2 the database's retention period in days.
            return tr("%1 (kept %n day(s) after it was deleted)", nullptr, m_retentionDays)
                .arg(locale.toString(purged, QLocale::LongFormat));
        return {};
    case IdRole:
        return account.id;
    case GroupIdRole:
        return account.groupId;
    }
    return {};
}

QVariant DeletedAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Display name");
    case EmailColumn:
        return tr("Email");
    case GroupColumn:
        return tr("Group");
    case StatusColumn:
        return tr("Status");
    case DeletedColumn:
        return tr("Deleted");
    case PurgedColumn:
        return tr("Purged on");
    }
    return {};
}

} // namespace bc
