#pragma once

#include "core/services/accountimport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace bc {

// The records of an import file and what the import does, or would do, with each: its number in the
// file, its login, the outcome, and the changes of an update or the reasons of an error in plain
// words. Holds one short line per record, so that a million records fit.
class ImportRecordModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRecordModel)

public:
    enum Column
    {
        RecordColumn,
        LoginColumn,
        OutcomeColumn,
        DetailsColumn,
        ColumnCount
    };
    // Qt::UserRole of every column: the record's ImportOutcome, as an int.
    static constexpr int OutcomeRole = Qt::UserRole;
    // What a column sorts by: the record's number as a number, the other columns' text.
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Entry
    {
        qint64 record = 0;
        QString login;
        ImportOutcome outcome = ImportOutcome::Error;
        QString details;
    };

    explicit ImportRecordModel(QObject *parent = nullptr);

    // One record in the model's words: the changes of an update or a disable, the errors of an
    // error or a conflict, each with the name of its field.
    static Entry entry(const ImportRow &row);
    // A field of the import as a person reads it ("First name", "Storage limit").
    static QString fieldLabel(const QString &field);

    void setEntries(QList<Entry> entries);
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

// The records of one outcome (or all), whose login or details hold a text: a filter of `records`.
class ImportRecordFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRecordFilter)

public:
    ImportRecordFilter(ImportRecordModel *records, QObject *parent = nullptr);

    // nullopt: every outcome.
    void setOutcome(std::optional<ImportOutcome> outcome);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ImportRecordModel *m_records = nullptr;
    std::optional<ImportOutcome> m_outcome;
    QString m_text;
};

} // namespace bc
