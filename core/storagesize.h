#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace bc {

// A number of bytes as a person types it: "500 GB", "1.5 TiB", "750 MiB", "1024".
// Decimal units (kB, MB, GB, TB, PB) are powers of 1000, binary ones (KiB … PiB) powers of 1024;
// a bare number is bytes. Parsing is exact (no floating point), refuses negatives, overflow and junk.
class StorageSize
{
    Q_DECLARE_TR_FUNCTIONS(bc::StorageSize)

public:
    static Result<qint64> parse(const QString &text, const QString &field = QString());
    static QString format(qint64 bytes, const QLocale &locale = QLocale());
};

} // namespace bc
