#include "core/storage/quotacolumns.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bc {

QStringList QuotaColumns::names(Parts parts)
{
    QStringList columns;
    for (Resource resource : allResources) {
        const QString prefix = Quotas::columnPrefix(resource);
        columns.append(prefix + "_limit"_L1);
        if (parts == Parts::LimitsAndOverages)
            columns.append(prefix + "_overage"_L1);
    }
    return columns;
}

QString QuotaColumns::list(Parts parts)
{
    return names(parts).join(u", "_s);
}

QVariantList QuotaColumns::values(const Quotas &quotas, Parts parts)
{
    QVariantList values;
    for (Resource resource : allResources) {
        const Quota &quota = quotas[resource];
        values.append(quota.limit ? QVariant(*quota.limit) : QVariant(QMetaType::fromType<qint64>()));
        if (parts == Parts::LimitsAndOverages)
            values.append(quota.overage);
    }
    return values;
}

int QuotaColumns::read(const QSqlQuery &query, int column, Parts parts, Quotas &quotas)
{
    for (Resource resource : allResources) {
        const QVariant limit = query.value(column++);
        quotas[resource].limit = limit.isNull() ? std::nullopt : std::optional<qint64>(limit.toLongLong());
        if (parts == Parts::LimitsAndOverages)
            quotas[resource].overage = query.value(column++).toLongLong();
    }
    return column;
}

} // namespace bc
