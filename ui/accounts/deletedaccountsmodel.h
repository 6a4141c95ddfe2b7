#pragma once

#include "core/domain/account.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace bc {

// The accounts in the recycle bin (AccountService::deletedAccounts), as View → Deleted accounts…
// shows them: one row per kept account, with its group's path, when it was deleted and when it is
// purged (deleted + the database's retention period). Holds what the dialog's job read on the
// workspace's worker; asks nothing itself.
class DeletedAccountsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletedAccountsModel)

public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        EmailColumn,
        GroupColumn,
        StatusColumn,
        DeletedColumn,
        PurgedColumn,
        ColumnCount
    };
    enum Role
    {
        // What the column sorts by: the time itself for the two dates, the text for the others.
        SortRole = Qt::UserRole,
        IdRole,
        GroupIdRole,
    };

    explicit DeletedAccountsModel(QObject *parent = nullptr);

    // Shows these kept accounts, `groupPaths` naming their groups (a group missing from it shows
    // its id), purged `retentionDays` after they were deleted.
    void setAccounts(const QList<DeletedAccount> &accounts, const QHash<qint64, QString> &groupPaths,
                     int retentionDays);
    [[nodiscard]] int retentionDays() const { return m_retentionDays; }
    [[nodiscard]] const DeletedAccount *at(int row) const;
    // -1 when the account is not listed.
    [[nodiscard]] int rowOf(qint64 id) const;
    // When an account deleted at `deletedAt` is purged.
    [[nodiscard]] QDateTime purgedOn(const QDateTime &deletedAt) const { return deletedAt.addDays(m_retentionDays); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        DeletedAccount entry;
        QString groupPath;
    };

    QList<Row> m_rows;
    int m_retentionDays = 0;
};

} // namespace bc
