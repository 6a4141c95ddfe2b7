#pragma once

#include "core/domain/quota.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace bc {

// How quotas lie in a table's row, in the order of allResources: per resource a <prefix>_limit
// column (NULL: unlimited) and, where the table keeps overages (accounts, profiles), the
// <prefix>_overage column after it. Groups keep limits only. The stores list, write and read
// these columns only through here, so that they always agree on the order.
class QuotaColumns final
{
public:
    enum class Parts
    {
        Limits,
        LimitsAndOverages,
    };

    // "ws_limit", "ws_overage", "srv_limit", …
    static QStringList names(Parts parts);
    // names() as a statement lists them: "ws_limit, ws_overage, srv_limit, …".
    static QString list(Parts parts);
    // The values of `quotas` for the columns of names(), in the same order.
    static QVariantList values(const Quotas &quotas, Parts parts);
    // Reads the columns of names(), from `column` on, into `quotas`; returns the column after them.
    static int read(const QSqlQuery &query, int column, Parts parts, Quotas &quotas);
};

} // namespace bc
