#include "core/services/accountservice.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/rules/profilerules.h"
#include "core/services/bulkrun.h"
#include "core/storage/accountlistquery.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// AccountService's changes of a selection: Account → Change… and Move to group… (changeAll()), and
// "Assign service", which is such a change that only adds subscriptions. The rules are update()'s
// (planUpdate()); the reads and writes are the batch's.

namespace bc {

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

void addEach(QList<qint64> &ids, const QList<qint64> &added)
{
    for (qint64 id : added) {
        if (!ids.contains(id))
            ids.append(id);
    }
}

void removeEach(QList<qint64> &ids, const QList<qint64> &removed)
{
    for (qint64 id : removed)
        ids.removeAll(id);
}

// The draft of `account` as `change` leaves it, before its profile's values and the group's
// defaults are taken (AccountService::prepare()).
AccountDraft changed(const Account &account, const AccountChange &change)
{
    AccountDraft draft = account.draft();
    if (change.profileId)
        draft.profileId = *change.profileId;
    if (change.storageId)
        draft.storageId = *change.storageId;
    for (Resource resource : allResources) {
        if (const std::optional<Quota> quota = change.quota(resource)) {
            draft.quotas[resource] = *quota;
            draft.overrides.insert(ProfileRules::quotaKey(resource));
        }
    }
    addEach(draft.subscriptionIds, change.addSubscriptions);
    removeEach(draft.subscriptionIds, change.removeSubscriptions);
    addEach(draft.securityGroupIds, change.addSecurityGroups);
    removeEach(draft.securityGroupIds, change.removeSecurityGroups);
    return draft;
}

// Whether saving `after` in `groupId` would leave the account as it is: what a change of a
// selection can touch, and what the profile's values bring along.
bool leavesAsIs(const Account &before, const AccountDraft &after, qint64 groupId)
{
    return groupId == before.groupId && after.profileId == before.profileId && after.storageId == before.storageId
        && after.quotas == before.quotas && after.overrides == before.overrides
        && after.backupLocations == before.backupLocations && after.notificationLevel == before.notificationLevel
        && sorted(after.subscriptionIds) == sorted(before.subscriptionIds)
        && sorted(after.securityGroupIds) == sorted(before.securityGroupIds);
}

// The links `after` has and `before` has not.
QList<CatalogStore::Link> linksAdded(qint64 accountId, const QList<qint64> &before, const QList<qint64> &after)
{
    QList<CatalogStore::Link> links;
    for (qint64 id : after) {
        if (!before.contains(id))
            links.append({accountId, id});
    }
    return links;
}

} // namespace

Result<Account> AccountService::assignSubscriptions(qint64 id, const QList<qint64> &subscriptionIds)
{
    QHash<qint64, Account> latest;
    return announced(changeEach({id}, AccountChange::addingSubscriptions(subscriptionIds), {}, &latest), latest, id);
}

BulkOutcome AccountService::assignSubscriptionsToAll(const QList<qint64> &ids, const QList<qint64> &subscriptionIds,
                                                     const BulkProgress &progress)
{
    return changeAll(ids, AccountChange::addingSubscriptions(subscriptionIds), progress);
}

BulkOutcome AccountService::changeAll(const QList<qint64> &ids, const AccountChange &change,
                                      const BulkProgress &progress)
{
    QHash<qint64, Account> latest;
    QHash<qint64, qint64> movedFrom;
    BulkOutcome outcome = changeEach(ids, change, progress, &latest, &movedFrom);
    announceChanges(outcome.changed, latest, movedFrom);
    return outcome;
}

void AccountService::announceChanges(const QList<qint64> &changed, const QHash<qint64, Account> &latest,
                                     const QHash<qint64, qint64> &movedFrom)
{
    QList<qint64> moved;
    QList<qint64> from;
    QList<qint64> to;
    QList<qint64> changedInPlace;
    for (qint64 id : changed) {
        if (movedFrom.contains(id)) {
            moved.append(id);
            from.append(movedFrom.value(id));
            to.append(latest.value(id).groupId);
        } else {
            changedInPlace.append(id);
        }
    }
    // A move is, for whoever shows groups and lists, accounts leaving their groups and arriving in
    // another: the tree's counts and every list follow the two announcements.
    if (!moved.isEmpty()) {
        Q_EMIT accountsRemoved(moved, from);
        Q_EMIT accountsAdded(moved, to);
    }
    if (!changedInPlace.isEmpty())
        Q_EMIT accountsChanged(changedInPlace);
}

Result<QList<qint64>> AccountService::selected(const AccountSelection &selection)
{
    if (!selection.matching)
        return selection.ids;
    return AccountListQuery(m_db).ids(*selection.matching);
}

BulkOutcome AccountService::changeEach(const QList<qint64> &ids, const AccountChange &change,
                                       const BulkProgress &progress, QHash<qint64, Account> *latest,
                                       QHash<qint64, qint64> *movedFrom)
{
    // Per batch, in its transaction: the accounts and their links in three statements, each
    // catalog and data lock once; then every account is checked in memory.
    PlanCache cache;
    QHash<qint64, Account> batch;
    const auto prefetch = [&](const QList<qint64> &part) {
        cache = {};
        return loadInto(part, batch);
    };
    const auto check = [&](qint64 id) -> Result<std::optional<PlannedUpdate>> {
        const auto account = batch.constFind(id);
        if (account == batch.cend())
            return fail(AccountStore::missing());
        const qint64 groupId = change.groupId.value_or(account->groupId);
        AccountDraft draft = AccountRules::normalized(changed(*account, change));
        auto plan = planUpdate(*account, draft, &cache, groupId);
        // Moved without a storage chosen, an account on a storage the new group does not offer
        // takes that group's default, as a new account there would.
        if (!plan && groupId != account->groupId && !change.storageId && plan.error().field == Field::storage) {
            draft.storageId = 0;
            plan = planUpdate(*account, draft, &cache, groupId);
        }
        if (!plan)
            return fail(plan.error());
        if (leavesAsIs(*account, plan->draft, groupId)) {
            if (latest)
                latest->insert(id, *account);
            return std::nullopt;
        }
        return std::optional(*plan);
    };
    const auto apply = [&](const QList<PlannedUpdate> &plans) -> Result<void> {
        if (auto written = applyChanges(plans, latest); !written)
            return written;
        if (movedFrom) {
            for (const PlannedUpdate &plan : plans) {
                if (plan.groupId != plan.before.groupId)
                    movedFrom->insert(plan.before.id, plan.before.groupId);
            }
        }
        return {};
    };
    return runInBatches(m_db, ids, progress, prefetch, check, apply);
}

Result<void> AccountService::applyChanges(const QList<PlannedUpdate> &plans, QHash<qint64, Account> *latest)
{
    QList<AccountStore::Edit> edits;
    QList<CatalogStore::Link> subscriptionsAdded;
    QList<CatalogStore::Link> subscriptionsRemoved;
    QList<CatalogStore::Link> securityGroupsAdded;
    QList<CatalogStore::Link> securityGroupsRemoved;
    QHash<qint64, QList<qint64>> movedTo; // accounts by the group they move to
    QList<qint64> ids;
    for (const PlannedUpdate &plan : plans) {
        const qint64 id = plan.before.id;
        ids.append(id);
        edits.append({id, plan.before.draft(), plan.draft});
        subscriptionsAdded += linksAdded(id, plan.before.subscriptionIds, plan.draft.subscriptionIds);
        subscriptionsRemoved += linksAdded(id, plan.draft.subscriptionIds, plan.before.subscriptionIds);
        securityGroupsAdded += linksAdded(id, plan.before.securityGroupIds, plan.draft.securityGroupIds);
        securityGroupsRemoved += linksAdded(id, plan.draft.securityGroupIds, plan.before.securityGroupIds);
        if (plan.groupId != plan.before.groupId)
            movedTo[plan.groupId].append(id);
    }
    const QDateTime now = Timestamps::now();
    AccountStore accounts(m_db);
    if (auto saved = accounts.updateAll(edits, now); !saved)
        return saved;
    for (auto it = movedTo.cbegin(); it != movedTo.cend(); ++it) {
        if (auto moved = accounts.moveAll(it.value(), it.key(), now); !moved)
            return moved;
    }
    CatalogStore links(m_db);
    if (auto removed = links.removeLinks(CatalogKind::Subscription, subscriptionsRemoved); !removed)
        return removed;
    if (auto removed = links.removeLinks(CatalogKind::SecurityGroup, securityGroupsRemoved); !removed)
        return removed;
    if (auto added = links.addLinks(CatalogKind::Subscription, subscriptionsAdded); !added)
        return added;
    if (auto added = links.addLinks(CatalogKind::SecurityGroup, securityGroupsAdded); !added)
        return added;
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
        after.subscriptionIds = sorted(plan.draft.subscriptionIds);
        after.securityGroupIds = sorted(plan.draft.securityGroupIds);
        const bool moved = plan.groupId != plan.before.groupId;
        entries.append(AuditEntry::forAccount(moved ? u"account.moved"_s : u"account.changed"_s, &plan.before, &after));
        if (latest)
            latest->insert(after.id, after);
    }
    return AuditStore(m_db).appendAll(entries);
}

} // namespace bc
