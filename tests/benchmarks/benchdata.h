#pragma once
// bench_account_list's data set: its groups and accounts, written in bulk (see benchdata.cpp).

#include "core/domain/error.h"

#include <QList>
#include <QTextStream>

namespace bc {
class Database;
class GroupService;
} // namespace bc

struct BenchData
{
    int accounts = 1000000;
    int groups = 2000; // the MSP, a fifth of them customers, the rest units
    quint32 seed = 6;
};

// Fills an empty database with the deterministic data set and gives its groups' ids, the MSP's
// first; a database that has a top group already is used as it is. `elapsedMs` (optional): how long
// generating took, -1 when the database was used as it was.
bc::Result<QList<qint64>> generate(bc::Database &db, bc::GroupService &groups, const BenchData &data, QTextStream &log,
                                   qint64 *elapsedMs = nullptr);

// Whether the generated rows are what AccountStore writes: `sample` accounts spread over the data
// set are written again through AccountStore::insertMany with the draft they were generated from
// and compared column by column; every group's kept account count equals its accounts; on SQLite
// the search index agrees with the table. The sampled accounts keep the rows AccountStore wrote
// (new ids). Meant for small data sets (the smoke test).
bc::Result<void> checkGenerated(bc::Database &db, const QList<qint64> &groupIds, const BenchData &data, int sample,
                                QTextStream &log);
