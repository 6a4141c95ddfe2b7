#pragma once

#include "core/domain/accountquery.h"

#include <QList>
#include <QtGlobal>

#include <optional>

namespace bc {

// The accounts a bulk action is about: those picked one by one in a list, or every account a list
// shows — its filter, however many rows are loaded ("all 1,000,000 matching"). The accounts of a
// filter are read when the action starts (AccountService::selected()), on the worker.
struct AccountSelection
{
    QList<qint64> ids; // picked one by one
    std::optional<AccountQuery> matching; // every account of this list
    int count = 0; // how many there are (of a filter: as the list counted them)

    static AccountSelection of(const QList<qint64> &picked)
    {
        return {.ids = picked, .matching = std::nullopt, .count = static_cast<int>(picked.size())};
    }
    static AccountSelection allOf(const AccountQuery &query, int count)
    {
        return {.ids = {}, .matching = query, .count = count};
    }
    [[nodiscard]] bool isEmpty() const { return count == 0; }
    // After a run of a bulk action, to try again: the picked accounts it is done with leave the
    // selection. A filter stays as it is: the next run reads it again and finds them done.
    void leave(const QList<qint64> &done)
    {
        if (matching)
            return;
        for (qint64 id : done)
            ids.removeOne(id);
        count = static_cast<int>(ids.size());
    }
    [[nodiscard]] bool isFilter() const { return matching.has_value(); }

    friend bool operator==(const AccountSelection &, const AccountSelection &) = default;
};

} // namespace bc
