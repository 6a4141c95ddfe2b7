#include "core/domain/savedfilter.h"

#include "core/domain/accountquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

namespace Key {
const auto name = u"name"_s;
const auto status = u"status"_s;
const auto search = u"search"_s;
const auto groupId = u"groupId"_s;
const auto includeSubgroups = u"includeSubgroups"_s;
const auto hiddenColumns = u"hiddenColumns"_s;
const auto sortColumn = u"sortColumn"_s;
const auto sortOrder = u"sortOrder"_s;
} // namespace Key

const auto descending = u"descending"_s;
const auto ascending = u"ascending"_s;

} // namespace

QVariantMap SavedFilter::toVariant() const
{
    return {
        {Key::name, name},
        {Key::status, status},
        {Key::search, search},
        {Key::groupId, groupId},
        {Key::includeSubgroups, includeSubgroups},
        {Key::hiddenColumns, hiddenColumns},
        {Key::sortColumn, sortColumn},
        {Key::sortOrder, sortOrder == Qt::DescendingOrder ? descending : ascending},
    };
}

std::optional<SavedFilter> SavedFilter::fromVariant(const QVariantMap &map)
{
    const auto name = SavedFilters::checkName(map.value(Key::name).toString());
    if (!name)
        return std::nullopt;
    SavedFilter filter;
    filter.name = *name;
    filter.status = map.value(Key::status).toString().trimmed();
    if (!StatusFilter::keys().contains(filter.status))
        filter.status.clear();
    filter.search = map.value(Key::search).toString();
    filter.groupId = std::max<qint64>(0, map.value(Key::groupId).toLongLong());
    filter.includeSubgroups = map.value(Key::includeSubgroups, true).toBool();
    filter.hiddenColumns = map.value(Key::hiddenColumns).toStringList();
    filter.hiddenColumns.removeAll(QString());
    filter.hiddenColumns.removeDuplicates();
    filter.sortColumn = map.value(Key::sortColumn).toString();
    filter.sortOrder = map.value(Key::sortOrder).toString() == descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    return filter;
}

SavedFilters SavedFilters::fromVariant(const QVariantList &list)
{
    SavedFilters result;
    for (const QVariant &entry : list) {
        auto filter = SavedFilter::fromVariant(entry.toMap());
        if (filter && result.indexOf(filter->name) < 0)
            result.m_filters.append(std::move(*filter));
    }
    std::sort(result.m_filters.begin(), result.m_filters.end(), [](const SavedFilter &a, const SavedFilter &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

QVariantList SavedFilters::toVariant() const
{
    QVariantList list;
    for (const SavedFilter &filter : m_filters)
        list.append(filter.toVariant());
    return list;
}

Result<QString> SavedFilters::checkName(const QString &name)
{
    const QString kept = name.simplified();
    if (kept.isEmpty())
        return fail(Error::Code::Invalid, u"name"_s, tr("Enter a name for the filter."));
    if (kept.size() > maxNameLength)
        return fail(Error::Code::Invalid, u"name"_s,
                    tr("A filter's name has at most %n characters.", nullptr, int(maxNameLength)));
    return kept;
}

QStringList SavedFilters::names() const
{
    QStringList result;
    for (const SavedFilter &filter : m_filters)
        result.append(filter.name);
    return result;
}

std::optional<SavedFilter> SavedFilters::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? std::nullopt : std::optional(m_filters.at(index));
}

Result<void> SavedFilters::put(SavedFilter filter)
{
    auto name = checkName(filter.name);
    if (!name)
        return fail(name.error());
    filter.name = *name;
    if (const qsizetype index = indexOf(filter.name); index >= 0) {
        m_filters[index] = std::move(filter);
        return {};
    }
    const auto at = std::find_if(m_filters.begin(), m_filters.end(), [&filter](const SavedFilter &other) {
        return filter.name.compare(other.name, Qt::CaseInsensitive) < 0;
    });
    m_filters.insert(at, std::move(filter));
    return {};
}

bool SavedFilters::remove(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return false;
    m_filters.removeAt(index);
    return true;
}

qsizetype SavedFilters::indexOf(const QString &name) const
{
    const QString kept = name.simplified();
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        if (m_filters.at(i).name.compare(kept, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace bc
