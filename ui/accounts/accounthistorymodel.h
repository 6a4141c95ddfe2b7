#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/catalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace bc {

// An account's audit history: when, who, what, and the values a change touched, newest
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

    // What the account's group offers: the names of its profiles, storages, subscriptions and
    // security groups, which the entries name by id.
    void setCatalog(const Catalog &catalog);
    void setEntries(const QList<AuditEntry> &entries);

    // "Changed", "Activation email sent again", ... for an action key ("account.changed").
    static QString actionLabel(const QString &action);
    // "First name", "Subscriptions", "Storage limit" for a key of the account's JSON.
    static QString fieldLabel(const QString &key);
    // "Email: a@x → b@x; Subscriptions: none → Backup PAYG #1001": the fields that differ.
    QString changes(const AuditEntry &entry) const;
    // What, when, who and every change, one a line (the tooltip).
    QString fullText(const AuditEntry &entry) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const QString &key, const QJsonValue &value) const;
    void collectChanges(const QString &prefix, const QJsonObject &before, const QJsonObject &after,
                        QStringList &out) const;

    QList<AuditEntry> m_entries;
    Catalog m_catalog;
};

} // namespace bc
