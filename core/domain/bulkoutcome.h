#pragma once

#include "core/domain/error.h"

#include <QList>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace bc {

// Told after each committed batch of a bulk action how many of the selected accounts are done;
// answers false to stop: the batch in progress has committed, the rest stays untouched.
using BulkProgress = std::function<bool(int done, int total)>;

// An account a bulk action did not change, and why (gone, data-locked, not waiting for activation…).
struct BulkFailure
{
    qint64 accountId = 0;
    Error error;
};

// What a bulk action on a selection of accounts did. The accounts are taken in batches, each
// batch in one transaction; a rule an account breaks refuses that account only, a database
// problem rolls its batch back and stops.
struct BulkOutcome
{
    int total = 0; // accounts selected
    int processed = 0; // of those, in batches that committed
    QList<qint64> changed; // changed, each with its audit entry
    QList<qint64> unchanged; // there was nothing to do (disabling a disabled account)
    QList<BulkFailure> failed; // refused by a rule, each with its reason
    std::optional<Error> stoppedBy; // the database problem that stopped it; its batch was rolled back
    bool cancelled = false; // stopped by the caller after a batch

    // Every account was looked at, and none refused.
    bool isComplete() const { return processed == total && failed.isEmpty() && !stoppedBy; }
};

} // namespace bc
