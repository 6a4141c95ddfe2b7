#include "core/domain/timestamps.h"

#include <QTimeZone>

namespace bc::Timestamps {

QString toStorage(const QDateTime &when)
{
    // A batch writes the same time many times (its rows' times of creation, their audit entries,
    // their emails): the last one written is remembered, per thread.
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (when != lastTime || !when.isValid()) {
        lastText = when.toUTC().toString(Qt::ISODateWithMs);
        lastTime = when;
    }
    return lastText;
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
