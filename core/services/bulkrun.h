#pragma once

#include "core/domain/account.h"
#include "core/domain/bulkoutcome.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"

#include <QHash>

#include <optional>
#include <type_traits>

namespace bc {

// How many accounts a bulk action changes in one transaction. Large enough that a selection of
// thousands costs a handful of commits, small enough that the writer lock is held a fraction of a
// second, so that other desks' writes and Cancel are not kept waiting.
inline constexpr int bulkBatchSize = 250;

// Runs a bulk action over `ids`, `batchSize` accounts per write transaction. In each transaction
// `prefetch(batch)` first reads what the batch needs at once (the accounts, in one statement).
// Then `check(id)` decides for each account, reading only: an error that is no database problem
// refuses this account only; std::nullopt means there is nothing to do; else a plan. `apply(plans)`
// writes the plans of the batch. `prefetch` and `check` must not write, so that a refused account
// leaves nothing behind; any error of `prefetch` or `apply`, and a database problem of `check`,
// rolls the batch back and stops the run. `progress` is told after each committed batch and
// stops the run when it answers false.
template<typename Prefetch, typename Check, typename Apply>
BulkOutcome runInBatches(Database &database, const QList<qint64> &ids, const BulkProgress &progress,
                         Prefetch &&prefetch, Check &&check, Apply &&apply, int batchSize = bulkBatchSize)
{
    using Plan = typename std::invoke_result_t<Check &, qint64>::value_type::value_type;
    BulkOutcome outcome;
    outcome.total = static_cast<int>(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        const QList<qint64> batch = ids.mid(start, batchSize);
        BulkOutcome part;
        auto written = database.write([&]() -> Result<void> {
            if (auto fetched = prefetch(batch); !fetched)
                return fail(fetched.error());
            QList<Plan> plans;
            for (qint64 id : batch) {
                auto plan = check(id);
                if (!plan) {
                    if (plan.error().isDatabaseProblem())
                        return fail(plan.error());
                    part.failed.append({id, plan.error()});
                } else if (!*plan) {
                    part.unchanged.append(id);
                } else {
                    plans.append(std::move(**plan));
                    part.changed.append(id);
                }
            }
            if (plans.isEmpty())
                return {};
            return apply(std::as_const(plans));
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

// The usual prefetch: the batch's accounts, read into `batch` in one statement (missing ones are
// left out: AccountStore::missing()).
inline auto accountsInto(Database &database, QHash<qint64, Account> &batch)
{
    return [&database, &batch](const QList<qint64> &part) -> Result<void> {
        auto found = AccountStore(database).byIds(part);
        if (!found)
            return fail(found.error());
        batch = std::move(*found);
        return {};
    };
}

// For a bulk action whose checks read what they need account by account.
inline Result<void> noPrefetch(const QList<qint64> &)
{
    return {};
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
