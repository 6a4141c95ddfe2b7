#pragma once

#include "core/domain/bulkoutcome.h"
#include "core/storage/database.h"

#include <optional>

namespace bc {

// How many accounts a bulk action changes in one transaction. Large enough that a selection of
// thousands costs a handful of commits, small enough that the writer lock is held a fraction of a
// second, so that other desks' writes and Cancel are not kept waiting.
inline constexpr int bulkBatchSize = 250;

// Runs a bulk action over `ids`, `batchSize` accounts per write transaction. For each account
// `check(id)` reads and decides: an error that is no database problem refuses this account only;
// std::nullopt means there is nothing to do; a plan is then handed to `apply(plan)`, which writes.
// `check` must not write, so that a refused account leaves nothing behind in its batch; any error
// of `apply` is a database problem: the batch is rolled back and the run stops. `progress` is told
// after each committed batch and stops the run when it answers false.
template<typename Check, typename Apply>
BulkOutcome runInBatches(Database &database, const QList<qint64> &ids, const BulkProgress &progress, Check &&check,
                         Apply &&apply, int batchSize = bulkBatchSize)
{
    BulkOutcome outcome;
    outcome.total = static_cast<int>(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        const QList<qint64> batch = ids.mid(start, batchSize);
        BulkOutcome part;
        auto written = database.write([&]() -> Result<void> {
            for (qint64 id : batch) {
                auto plan = check(id);
                if (!plan) {
                    if (plan.error().isDatabaseProblem())
                        return fail(plan.error());
                    part.failed.append({id, plan.error()});
                } else if (!*plan) {
                    part.unchanged.append(id);
                } else {
                    if (auto applied = apply(**plan); !applied)
                        return fail(applied.error());
                    part.changed.append(id);
                }
            }
            return {};
        });
        if (!written) {
            outcome.stoppedBy = written.error();
            break;
        }
        outcome.processed += static_cast<int>(batch.size());
        outcome.changed += part.changed;
        outcome.unchanged += part.unchanged;
        outcome.failed += part.failed;
        if (progress && !progress(outcome.processed, outcome.total)) {
            outcome.cancelled = outcome.processed < outcome.total;
            break;
        }
    }
    return outcome;
}

// The answer of a single-account call that ran as a bulk action of one: its database problem or
// its refusal, if any.
inline Result<void> singleResult(const BulkOutcome &outcome)
{
    if (outcome.stoppedBy)
        return fail(*outcome.stoppedBy);
    if (!outcome.failed.isEmpty())
        return fail(outcome.failed.first().error);
    return {};
}

} // namespace bc
