#include "core/services/accountservice.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/services/bulkrun.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// AccountService's "Assign service": subscriptions added to one account or to a selection, a batch
// at a time. The rules are update()'s (planUpdate()); the reads and writes are the batch's.

namespace bc {

Result<Account> AccountService::assignSubscriptions(qint64 id, const QList<qint64> &subscriptionIds)
{
    QHash<qint64, Account> latest;
    return announced(assignTo({id}, subscriptionIds, {}, &latest), latest, id);
}

BulkOutcome AccountService::assignSubscriptionsToAll(const QList<qint64> &ids, const QList<qint64> &subscriptionIds,
                                                     const BulkProgress &progress)
{
    BulkOutcome outcome = assignTo(ids, subscriptionIds, progress);
    if (!outcome.changed.isEmpty())
        Q_EMIT accountsChanged(outcome.changed);
    return outcome;
}

BulkOutcome AccountService::assignTo(const QList<qint64> &ids, const QList<qint64> &subscriptionIds,
                                     const BulkProgress &progress, QHash<qint64, Account> *latest)
{
    // Per batch, in its transaction: the accounts and their links in three statements, each
    // catalog and data lock once; then every account is checked in memory.
    PlanCache cache;
    QHash<qint64, Account> batch;
    const auto prefetch = [&](const QList<qint64> &part) -> Result<void> {
        cache = {};
        auto found = loadAccounts(part);
        if (!found)
            return fail(found.error());
        batch = std::move(*found);
        return {};
    };
    const auto check = [&](qint64 id) -> Result<std::optional<PlannedUpdate>> {
        const auto account = batch.constFind(id);
        if (account == batch.cend())
            return fail(AccountStore::missing());
        AccountDraft draft = account->draft();
        for (qint64 subscription : subscriptionIds) {
            if (!draft.subscriptionIds.contains(subscription))
                draft.subscriptionIds.append(subscription);
        }
        auto plan = planUpdate(*account, AccountRules::normalized(draft), &cache);
        if (!plan)
            return fail(plan.error());
        // An account that has every subscription already is not changed: no audit entry, no signal.
        if (plan->draft.subscriptionIds.size() == account->subscriptionIds.size()) {
            if (latest)
                latest->insert(id, *account);
            return std::nullopt;
        }
        return std::optional(*plan);
    };
    const auto apply = [&](const QList<PlannedUpdate> &plans) {
        return applyAssigned(plans, latest);
    };
    return runInBatches(m_db, ids, progress, prefetch, check, apply);
}

Result<void> AccountService::applyAssigned(const QList<PlannedUpdate> &plans, QHash<qint64, Account> *latest)
{
    // Assign adds subscriptions and nothing else: the plans keep every other link as it was.
    QList<AccountStore::Edit> edits;
    QList<CatalogStore::Link> added;
    QList<qint64> ids;
    for (const PlannedUpdate &plan : plans) {
        const qint64 id = plan.before.id;
        ids.append(id);
        edits.append({id, plan.before.draft(), plan.draft});
        for (qint64 subscription : plan.draft.subscriptionIds) {
            if (!plan.before.subscriptionIds.contains(subscription))
                added.append({id, subscription});
        }
    }
    AccountStore accounts(m_db);
    if (auto saved = accounts.updateAll(edits, Timestamps::now()); !saved)
        return saved;
    if (auto linked = CatalogStore(m_db).addLinks(CatalogKind::Subscription, added); !linked)
        return linked;
    // The rows as stored (their time of change, their count of subscriptions), in one statement;
    // the links are the plans'.
    auto stored = accounts.byIds(ids);
    if (!stored)
        return fail(stored.error());
    QList<AuditEntry> entries;
    entries.reserve(plans.size());
    for (const PlannedUpdate &plan : plans) {
        const auto row = stored->constFind(plan.before.id);
        if (row == stored->cend())
            return fail(AccountStore::missing());
        Account after = *row;
        after.subscriptionIds = plan.draft.subscriptionIds;
        std::sort(after.subscriptionIds.begin(), after.subscriptionIds.end());
        after.securityGroupIds = plan.before.securityGroupIds;
        entries.append(AuditEntry::forAccount(u"account.changed"_s, &plan.before, &after));
        if (latest)
            latest->insert(after.id, after);
    }
    return AuditStore(m_db).appendAll(entries);
}

} // namespace bc
