#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace bc {

// One filter of the account list that an operator saved under a name: what the filter row held,
// the group it was looking at, and the columns and order of the list. The columns are the list's
// own keys ("login", "email", …): core keeps them, the list knows what they name.
struct SavedFilter
{
    QString name;
    QString status; // a StatusFilter key; empty: every status
    QString search;
    qint64 groupId = 0; // 0: none (the group selected when it is applied stays)
    bool includeSubgroups = true;
    QStringList hiddenColumns;
    QString sortColumn; // empty: the list's default order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // What QSettings stores: a map of plain values.
    [[nodiscard]] QVariantMap toVariant() const;
    // nullopt when the map has no usable name; a status key that is not StatusFilter's reads as
    // every status, so that a filter of a newer console still opens.
    [[nodiscard]] static std::optional<SavedFilter> fromVariant(const QVariantMap &map);

    friend bool operator==(const SavedFilter &, const SavedFilter &) = default;
};

// The saved filters of one operator on one database, by name: names are trimmed, never empty,
// and unique regardless of case ("Inactive" and "inactive" are one name). Sorted by name.
class SavedFilters
{
    Q_DECLARE_TR_FUNCTIONS(bc::SavedFilters)

public:
    static constexpr qsizetype maxNameLength = 60;

    SavedFilters() = default;
    // Reads what toVariant() wrote, dropping entries without a name and later duplicates.
    [[nodiscard]] static SavedFilters fromVariant(const QVariantList &list);
    [[nodiscard]] QVariantList toVariant() const;

    // The name as it is kept (trimmed, inner runs of white space made one space), or why it cannot
    // be one (Error::Code::Invalid on the field "name").
    [[nodiscard]] static Result<QString> checkName(const QString &name);

    [[nodiscard]] const QList<SavedFilter> &filters() const { return m_filters; }
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] bool isEmpty() const { return m_filters.isEmpty(); }
    // The filter of that name (compared as checkName() keeps it, case aside), or nullopt.
    [[nodiscard]] std::optional<SavedFilter> find(const QString &name) const;
    // Adds the filter, or replaces the one of the same name; refused when its name is not one.
    Result<void> put(SavedFilter filter);
    // False when there is no filter of that name.
    bool remove(const QString &name);

private:
    qsizetype indexOf(const QString &name) const;

    QList<SavedFilter> m_filters;
};

} // namespace bc
