#pragma once

#include "auditlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace bc {

// An account's audit history (seed 004): when, who, what, and the values a change touched, newest
// first. An account has tens of entries, not millions, so all of them are held.
class AccountHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountHistoryModel)

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        ChangesColumn,
        ColumnCount
    };

    explicit AccountHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);

    // "Changed", "Disabled", ... for an action key ("account.changed").
    static QString actionLabel(const QString &action);
    // "email: a@x → b@x; notificationLevel: less → more": the fields that differ.
    static QString changes(const AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace bc
