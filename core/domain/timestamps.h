#pragma once

#include <QDateTime>
#include <QString>

namespace bc {

// Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts as it reads.
namespace Timestamps {
QString toStorage(const QDateTime &when);
QDateTime fromStorage(const QString &text);
QDateTime now();
} // namespace Timestamps

} // namespace bc
