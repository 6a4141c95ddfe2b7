#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/auditquery.h"
#include "core/domain/error.h"
#include "ui/accounts/accounthistorymodel.h"

#include <QAbstractTableModel>
#include <QList>

namespace bc {

class Workspace;

// The audit log as the window shows it: the entries a filter keeps, newest first, read a page at
// a time on the workspace's worker (AuditLog::page) as the view scrolls (canFetchMore/fetchMore).
// A new filter reads page one again; an answer a newer filter made stale is dropped, and an
// answer that finds the model gone goes nowhere. refresh() puts the entries written since on top.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        WhenColumn,
        ActorColumn,
        OriginColumn,
        ActionColumn,
        ObjectColumn,
        SummaryColumn,
        ColumnCount
    };
    // The entry's id, for keeping the selection across a reload.
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int defaultPageSize = 200;

    explicit AuditLogModel(Workspace &workspace, QObject *parent = nullptr);

    const AuditQuery &query() const { return m_query; }
    // Forgets the entries and reads page one of what `query` keeps.
    void setQuery(const AuditQuery &query);
    // Reads page one again and puts the entries that are newer than the first one shown on top,
    // so that the rows shown stay where they are (live: another console wrote to the log).
    void refresh();
    void setPageSize(int size);

    bool isLoading() const { return m_loading; }
    // Whether the last page has been read.
    bool isComplete() const { return m_complete; }
    // What went wrong with the last read, in plain words; empty when it went well.
    QString errorMessage() const { return m_error; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(qint64 id) const;

    // "Account", "Group", "Profile", ... for an object type key.
    static QString objectTypeLabel(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A read failed (`message` non-empty) or went well again.
    void errorChanged(const QString &message);

private:
    enum class Read
    {
        First, // page one of a new filter: replaces every row
        Next, // the page after the last row
        Refresh, // page one again: what is newer than the first row goes on top
    };
    void load(Read read);
    void received(Read read, quint64 generation, const Result<QList<AuditEntry>> &page);
    void setLoading(bool loading);
    void setError(const QString &message);

    Workspace &m_workspace;
    AccountHistoryModel m_history; // says what an account's entry changed
    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    int m_pageSize = defaultPageSize;
    // Which filter an answer belongs to; an answer of an older one is dropped.
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_complete = false;
    bool m_refreshWanted = false;
    QString m_error;
};

} // namespace bc
