#include "ui/audit/auditlogmodel.h"

#include "core/services/actingoperator.h"
#include "core/services/auditlog.h"
#include "core/services/workspace.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// Whether `entry` comes before `first` in the log's order (newest first: by time, then by id).
bool isNewer(const AuditEntry &entry, const AuditEntry &first)
{
    return entry.at > first.at || (entry.at == first.at && entry.id > first.id);
}

} // namespace

AuditLogModel::AuditLogModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    ++m_generation;
    m_refreshWanted = false;
    beginResetModel();
    m_entries.clear();
    m_complete = false;
    endResetModel();
    load(Read::First);
}

void AuditLogModel::refresh()
{
    if (m_loading) {
        m_refreshWanted = true; // once the answer under way is in
        return;
    }
    load(m_entries.isEmpty() && !m_complete ? Read::First : Read::Refresh);
}

void AuditLogModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, AuditLog::maxPageSize);
}

int AuditLogModel::rowOf(qint64 id) const
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [id](const AuditEntry &entry) { return entry.id == id; });
    return it == m_entries.cend() ? -1 : static_cast<int>(it - m_entries.cbegin());
}

void AuditLogModel::load(Read read)
{
    const AuditAnchor after =
        read == Read::Next && !m_entries.isEmpty() ? AuditLog::anchorOf(m_entries.constLast()) : AuditAnchor();
    setLoading(true);
    m_workspace.call(
        this,
        [query = m_query, after, limit = m_pageSize](WorkspaceServices &services) -> Result<QList<AuditEntry>> {
            // Only what the acting operator may read: its own group and below.
            auto scoped = services.acting.auditScope(query);
            if (!scoped)
                return fail(scoped.error());
            return services.audit.page(*scoped, after, limit);
        },
        [this, read, generation = m_generation](const Result<QList<AuditEntry>> &page) {
            received(read, generation, page);
        });
}

void AuditLogModel::received(Read read, quint64 generation, const Result<QList<AuditEntry>> &page)
{
    if (generation != m_generation)
        return; // a newer filter asked meanwhile; its own answer is on the way
    if (!page) {
        setLoading(false);
        setError(page.error().message);
        return;
    }
    setError(QString());
    // Still loading while the rows go in, and complete or not before: a view (or the model
    // tester) that asks for more as rows arrive must not read the same page again.
    const QList<AuditEntry> &entries = *page;
    const bool full = entries.size() >= m_pageSize;
    if (read == Read::Refresh && !m_entries.isEmpty()) {
        const auto firstOld = std::find_if(entries.cbegin(), entries.cend(), [this](const AuditEntry &entry) {
            return !isNewer(entry, m_entries.constFirst());
        });
        const auto fresh = static_cast<int>(firstOld - entries.cbegin());
        if (fresh == entries.size() && full) {
            // More new entries than a page: what lies between is unknown, so start over.
            beginResetModel();
            m_entries = entries;
            m_complete = false;
            endResetModel();
        } else if (fresh > 0) {
            beginInsertRows({}, 0, fresh - 1);
            m_entries = entries.first(fresh) + m_entries;
            endInsertRows();
        }
    } else {
        // Page one of a filter (the rows were cleared when it was set), the next page, or a
        // refresh of a list that was empty.
        m_complete = !full;
        if (!entries.isEmpty()) {
            const int first = static_cast<int>(m_entries.size());
            beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
            m_entries += entries;
            endInsertRows();
        }
    }
    setLoading(false);
    if (m_refreshWanted) {
        m_refreshWanted = false;
        refresh();
    }
}

void AuditLogModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AuditLogModel::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorChanged(message);
}

QString AuditLogModel::objectTypeLabel(const QString &type)
{
    if (type == u"account"_s)
        return tr("Account");
    if (type == u"group"_s)
        return tr("Group");
    if (type == u"profile"_s)
        return tr("Profile");
    if (type == u"storage"_s)
        return tr("Storage");
    if (type == u"subscription"_s)
        return tr("Subscription");
    if (type == u"security-group"_s)
        return tr("Security group");
    return type;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return entry.actor;
        case OriginColumn:
            return entry.origin;
        case ActionColumn:
            return AccountHistoryModel::actionLabel(entry.action);
        case ObjectColumn:
            return objectTypeLabel(entry.objectType);
        case SummaryColumn:
            return entry.summary;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
        case ActionColumn:
            return entry.action; // the key the CLI's --action takes
        case SummaryColumn:
            // An account's change, before → after (catalog items by number: the log spans groups).
            return entry.objectType == u"account"_s ? m_history.changes(entry) : QString();
        case ObjectColumn:
            //: An object of the audit log: %1 its type ("Account"), %2 its number.
            return entry.objectId == 0 ? QString()
                                       : tr("%1 #%2").arg(objectTypeLabel(entry.objectType)).arg(entry.objectId);
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("Operator");
    case OriginColumn:
        return tr("Origin");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading && m_error.isEmpty() && !m_entries.isEmpty();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(Read::Next);
}

} // namespace bc
