#include "core/services/accountservice.h"

#include "core/domain/fields.h"
#include "core/domain/json.h"
#include "core/rules/accountrules.h"
#include "core/services/bulkrun.h"
#include "core/services/changeundo.h"
#include "core/storage/auditstore.h"
#include "core/storage/recyclebinstore.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

// AccountService's Edit → Undo: a person's last change is the audit batch its job or command wrote
// (0022_audit_batches.sql); undoing it runs the opposite action on each of its accounts — a deleted
// account restored from the recycle bin, a new one deleted, a disabled one enabled, a changed one
// given its fields, links and group before — in a batch of its own, closed by "change.undone".
// An account someone changed since is left alone, and the undo refused, saying so.

namespace bc {

namespace {

// How many of a change's entries are read at a time to plan its undo.
constexpr int entriesPerRead = 1000;

} // namespace

Result<std::optional<UndoPlan>> AccountService::lastChange()
{
    AuditStore audit(m_db);
    auto batch = audit.lastBatchOf(audit.actor());
    if (!batch)
        return fail(batch.error());
    if (batch->isEmpty())
        return std::optional<UndoPlan>();
    UndoPlan plan;
    plan.batch = *batch;
    const auto refuse = [this, &audit, &plan](const AuditEntry &entry, const QString &reason) {
        ++plan.refusalCount;
        if (plan.refusals.size() >= 5)
            return;
        QString message = reason.arg(entry.summary);
        // Who changed it since, when its history says (the entry after this one).
        if (auto history = audit.entriesFor(u"account"_s, entry.objectId);
            history && entry.objectType == u"account"_s) {
            const auto later = std::find_if(history->cbegin(), history->cend(),
                                            [&entry](const AuditEntry &other) { return other.id > entry.id; });
            if (later != history->cend())
                message += u' '
                    + tr("%1 changed it on %2.")
                          .arg(later->actor, QLocale().toString(later->at.toLocalTime(), QLocale::ShortFormat));
        }
        plan.refusals.append({Error::Code::NotAllowed, Field::login, message});
    };
    RecycleBinStore bin(m_db);
    QList<AuditEntry> others; // about groups and catalog items (ChangeUndo)
    qint64 after = 0;
    for (;;) {
        auto entries = audit.batchEntries(*batch, after, entriesPerRead);
        if (!entries)
            return fail(entries.error());
        if (entries->isEmpty())
            break;
        after = entries->last().id;
        QList<qint64> ids;
        for (const AuditEntry &entry : std::as_const(*entries)) {
            if (entry.objectType == u"account"_s)
                ids.append(entry.objectId);
        }
        auto current = loadAccounts(ids);
        if (!current)
            return fail(current.error());
        auto kept = bin.byIds(ids);
        if (!kept)
            return fail(kept.error());
        for (const AuditEntry &entry : std::as_const(*entries)) {
            if (!plan.at.isValid())
                plan.at = entry.at;
            if (entry.objectType != u"account"_s) {
                // An import's summary has nothing of its own to undo; a group's or item's change is
                // ChangeUndo's to take back, when it can.
                if (entry.action == u"accounts.imported"_s)
                    continue;
                if (plan.action.isEmpty())
                    plan.action = entry.action;
                others.append(entry); // few: checked once the change's last entry about each is known
                continue;
            }
            const QString &action = entry.action;
            if (plan.action.isEmpty())
                plan.action = action;
            if (plan.logins.size() < 5 && !plan.logins.contains(entry.summary))
                plan.logins.append(entry.summary);
            // The group it is filed under, and the one it goes back to (a move's).
            for (qint64 groupId : {entry.groupId, entry.before.value(u"groupId"_s).toInteger()}) {
                if (groupId != 0 && !plan.groupIds.contains(groupId))
                    plan.groupIds.append(groupId);
            }
            const qint64 id = entry.objectId;
            const auto now = current->constFind(id);
            const bool asLeft = now != current->cend() && Json::fromAccount(*now) == entry.after;
            if (action == u"account.deleted"_s) {
                if (kept->contains(id))
                    plan.toRestore.append(id);
                else if (now != current->cend())
                    refuse(entry, tr("\"%1\" was restored since."));
                else
                    refuse(entry, tr("\"%1\" was purged from the recycle bin since."));
            } else if (action == u"account.purged"_s) {
                refuse(entry, tr("\"%1\" was purged for good and cannot be brought back."));
            } else if (action == u"account.created"_s || action == u"account.restored"_s
                       || action == u"account.disabled"_s || action == u"account.enabled"_s
                       || action == u"account.changed"_s || action == u"account.moved"_s) {
                if (!asLeft) {
                    refuse(entry,
                           now == current->cend() ? tr("\"%1\" was deleted since.") : tr("\"%1\" was changed since."));
                    continue;
                }
                if (action == u"account.disabled"_s)
                    plan.toEnable.append(id);
                else if (action == u"account.enabled"_s)
                    plan.toDisable.append(id);
                else if (action == u"account.changed"_s || action == u"account.moved"_s)
                    plan.toRevert.append(entry.id);
                else
                    plan.toRemove.append(id);
            } else {
                ++plan.kept; // an activation email sent or withdrawn stays so
            }
        }
    }
    // Each group or item as the change left it, the latest first: an item made and then changed
    // in one change is changed back, then deleted.
    for (qsizetype i = others.size() - 1; i >= 0; --i) {
        const AuditEntry &entry = others.at(i);
        const bool latest = std::none_of(others.cbegin() + i + 1, others.cend(), [&entry](const AuditEntry &later) {
            return later.objectType == entry.objectType && later.objectId == entry.objectId;
        });
        auto refusal = ChangeUndo::refusal(m_db, entry, latest);
        if (!refusal)
            return fail(refusal.error());
        if (!refusal->isEmpty()) {
            refuse(entry, *refusal);
            continue;
        }
        if (entry.groupId != 0 && !plan.groupIds.contains(entry.groupId))
            plan.groupIds.append(entry.groupId);
        plan.others.append({entry.id, entry.action, entry.objectType, entry.summary,
                            entry.before.value(u"name"_s).toString(), ChangeUndo::permissionFor(entry)});
    }
    return std::optional(plan);
}

BulkOutcome AccountService::undo(const UndoPlan &plan, const BulkProgress &progress, const RestoreGate &mayRestore,
                                 const OtherUndo &undoOther)
{
    BulkOutcome total;
    total.total = plan.changes();
    if (!plan.isPossible()) {
        total.stoppedBy = plan.refusals.isEmpty()
            ? Error {Error::Code::NotAllowed, QString(), tr("The last change has nothing that can be undone.")}
            : plan.refusals.first();
        return total;
    }
    int doneBefore = 0;
    const BulkProgress partProgress = [&](int done, int) {
        return !progress || progress(doneBefore + done, total.total);
    };
    const auto step = [&](const BulkOutcome &part) {
        doneBefore += part.total;
        total.processed += part.processed;
        total.changed += part.changed;
        total.unchanged += part.unchanged;
        total.failed += part.failed;
        if (part.stoppedBy)
            total.stoppedBy = part.stoppedBy;
        total.cancelled = total.cancelled || part.cancelled;
        return !part.stoppedBy && !part.cancelled;
    };
    const bool whole = step(removeAll(plan.toRemove, partProgress))
        && step(restoreAll(plan.toRestore, partProgress, mayRestore)) && step(enableAll(plan.toEnable, partProgress))
        && step(disableAll(plan.toDisable, partProgress)) && step(revertAll(plan.toRevert, partProgress));
    if (!whole)
        return total;
    // Then the groups and items, each through its own service (ChangeUndo::undo), the latest first.
    if (!plan.others.isEmpty()) {
        QList<qint64> entryIds;
        for (const UndoPlan::Other &other : plan.others)
            entryIds.append(other.entryId);
        auto entries = AuditStore(m_db).byIds(entryIds);
        if (!entries) {
            total.stoppedBy = entries.error();
            return total;
        }
        QHash<qint64, AuditEntry> byId;
        for (const AuditEntry &entry : std::as_const(*entries))
            byId.insert(entry.id, entry);
        for (const UndoPlan::Other &other : plan.others) {
            const auto entry = byId.constFind(other.entryId);
            auto undone = entry == byId.cend() || !undoOther ? fail(Database::internalError()) : undoOther(*entry);
            if (!undone) {
                total.stoppedBy = undone.error();
                return total;
            }
            ++total.processed;
            if (progress && !progress(++doneBefore, total.total)) {
                total.cancelled = true;
                return total;
            }
        }
    }
    // Closes the undo: whoever undoes next takes back the change before (AuditStore::lastBatchOf).
    AuditEntry closing;
    closing.action = AuditStore::undoneAction;
    closing.objectType = u"batch"_s;
    closing.summary = plan.logins.join(u", "_s);
    closing.before = QJsonObject {{u"batch"_s, plan.batch}, {u"action"_s, plan.action}};
    if (auto written = m_db.write([&] { return AuditStore(m_db).append(closing); }); !written)
        total.stoppedBy = written.error();
    return total;
}

BulkOutcome AccountService::revertAll(const QList<qint64> &entryIds, const BulkProgress &progress)
{
    // Runs over the entries: each gives its account the fields, links and group it had before.
    PlanCache cache;
    QHash<qint64, AuditEntry> entries;
    QHash<qint64, Account> accounts;
    const auto prefetch = [&](const QList<qint64> &part) -> Result<void> {
        cache = {};
        auto read = AuditStore(m_db).byIds(part);
        if (!read)
            return fail(read.error());
        entries.clear();
        QList<qint64> ids;
        for (const AuditEntry &entry : std::as_const(*read)) {
            entries.insert(entry.id, entry);
            ids.append(entry.objectId);
        }
        return loadInto(ids, accounts);
    };
    const auto check = [&](qint64 entryId) -> Result<std::optional<PlannedUpdate>> {
        const AuditEntry entry = entries.value(entryId);
        const auto account = accounts.constFind(entry.objectId);
        if (account == accounts.cend())
            return fail(AccountStore::missing());
        if (Json::fromAccount(*account) != entry.after)
            return fail(Error::Code::NotAllowed, Field::login, tr("\"%1\" was changed since.").arg(account->login));
        const auto before = Json::toAccount(entry.before);
        if (!before)
            return fail(Database::internalError());
        auto plan = planUpdate(*account, AccountRules::normalized(before->draft()), &cache, before->groupId);
        if (!plan)
            return fail(plan.error());
        return std::optional(*std::move(plan));
    };
    QHash<qint64, Account> latest;
    QHash<qint64, qint64> movedFrom;
    QList<qint64> changedAccounts;
    const auto apply = [&](const QList<PlannedUpdate> &plans) -> Result<void> {
        if (auto written = applyChanges(plans, &latest); !written)
            return written;
        for (const PlannedUpdate &plan : plans) {
            changedAccounts.append(plan.before.id);
            if (plan.groupId != plan.before.groupId)
                movedFrom.insert(plan.before.id, plan.before.groupId);
        }
        return {};
    };
    BulkOutcome outcome = runInBatches(m_db, entryIds, progress, prefetch, check, apply);
    announceChanges(changedAccounts, latest, movedFrom);
    return outcome;
}

} // namespace bc
