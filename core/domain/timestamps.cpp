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

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace bc::Timestamps
