#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace bc {

// Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts as it reads.
namespace Timestamps {
QString toStorage(const QDateTime &when);
QDateTime fromStorage(const QString &text);
QDateTime now();
// For a column that may be NULL: an invalid time is NULL, and NULL reads as an invalid time.
QVariant toNullableStorage(const QDateTime &when);
QDateTime fromNullableStorage(const QVariant &value);
} // namespace Timestamps

} // namespace bc
