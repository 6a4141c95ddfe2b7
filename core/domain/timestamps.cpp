#include "core/domain/timestamps.h"

#include <QTimeZone>

namespace bc::Timestamps {

QString toStorage(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorage(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    when.setTimeZone(QTimeZone::utc());
    return when;
}

QVariant toNullableStorage(const QDateTime &when)
{
    return when.isValid() ? QVariant(toStorage(when)) : QVariant();
}

QDateTime fromNullableStorage(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromStorage(value.toString());
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace bc::Timestamps
