#include "core/services/accountservice.h"

#include "core/domain/fields.h"
#include "core/domain/timestamps.h"
#include "core/services/bulkrun.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/recyclebinstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// AccountService's recycle bin (0021_recycle_bin.sql): a deleted account is kept, whole, for the
// database's retention period (removeAccounts() keeps it), and restored from here with its id,
// group, quotas, links and password; its history never left the audit log. Purged by hand, or
// when its period has passed.

namespace bc {

namespace {

// A bulk action's prefetch: the batch's kept accounts, read into `batch` in one statement.
auto keptInto(RecycleBinStore &bin, QHash<qint64, DeletedAccount> &batch)
{
    return [&bin, &batch](const QList<qint64> &part) -> Result<void> {
        auto kept = bin.byIds(part);
        if (!kept)
            return fail(kept.error());
        batch = std::move(*kept);
        return {};
    };
}

} // namespace

Result<QList<DeletedAccount>> AccountService::deletedAccounts(qint64 withinGroup, int limit)
{
    return RecycleBinStore(m_db).list(withinGroup, limit);
}

Result<QList<DeletedAccount>> AccountService::deletedAccountsWithLogins(const QStringList &logins)
{
    return RecycleBinStore(m_db).byLogins(logins);
}

BulkOutcome AccountService::restoreAll(const QList<qint64> &ids, const BulkProgress &progress,
                                       const RestoreGate &mayRestore)
{
    RecycleBinStore bin(m_db);
    QHash<qint64, DeletedAccount> batch;
    const auto prefetch = keptInto(bin, batch);
    QHash<qint64, Catalog> catalogs; // by group, read once per job
    const auto check = [&](qint64 id) -> Result<std::optional<Account>> {
        const auto kept = batch.constFind(id);
        if (kept == batch.cend())
            return fail(Error::Code::NotFound, Field::login, tr("The account is no longer in the recycle bin."));
        const Account &account = kept->account;
        if (mayRestore) {
            if (auto allowed = mayRestore(account); !allowed)
                return fail(allowed.error());
        }
        if (!catalogs.contains(account.groupId)) {
            auto catalog = loadCatalog(m_db, account.groupId);
            if (!catalog)
                return fail(catalog.error());
            catalogs.insert(account.groupId, *catalog);
        }
        const Catalog &catalog = catalogs[account.groupId];
        const bool profileOffered = account.profileId == 0
            || std::any_of(catalog.profiles.cbegin(), catalog.profiles.cend(),
                           [&account](const Profile &profile) { return profile.id == account.profileId; });
        if (!profileOffered)
            return fail(Error::Code::Invalid, Field::profile,
                        tr("\"%1\" cannot be restored: its profile no longer exists. Restore it after giving the "
                           "group a profile again, or purge it.")
                            .arg(account.login));
        // What has changed since it was deleted (a storage, subscription or security group gone, a
        // group's limit lowered) refuses it as it would refuse an edit; its login is its own still.
        if (const QList<Error> errors = checkAgainst(catalog, account.draft(), id, true); !errors.isEmpty()) {
            Error error = errors.first();
            error.message = tr("\"%1\" cannot be restored: %2").arg(account.login, error.message);
            return fail(error);
        }
        return std::optional(account);
    };
    QList<Account> restored;
    const auto apply = [&](const QList<Account> &accounts) -> Result<void> {
        AccountStore store(m_db);
        const QDateTime now = Timestamps::now();
        QList<AuditEntry> entries;
        for (const Account &account : accounts) {
            if (auto inserted = store.restore(account, now); !inserted)
                return inserted;
            if (auto linked = saveLinks(account.id, account.draft()); !linked)
                return linked;
            if (auto password = bin.restorePassword(account.id); !password)
                return password;
            entries.append(AuditEntry::forAccount(u"account.restored"_s, nullptr, &account));
        }
        QList<qint64> restoredIds;
        for (const Account &account : accounts)
            restoredIds.append(account.id);
        if (auto forgotten = bin.forget(restoredIds); !forgotten)
            return forgotten;
        if (auto audited = AuditStore(m_db).appendAll(entries); !audited)
            return audited;
        restored += accounts;
        return {};
    };
    BulkOutcome outcome = runInBatches(m_db, ids, progress, prefetch, check, apply);
    if (!restored.isEmpty()) {
        QList<qint64> restoredIds;
        QList<qint64> groupIds;
        for (const Account &account : std::as_const(restored)) {
            restoredIds.append(account.id);
            groupIds.append(account.groupId);
        }
        Q_EMIT accountsAdded(restoredIds, groupIds);
    }
    return outcome;
}

BulkOutcome AccountService::purgeAll(const QList<qint64> &ids, const BulkProgress &progress)
{
    RecycleBinStore bin(m_db);
    QHash<qint64, DeletedAccount> batch;
    QHash<qint64, bool> lockedProfiles; // read once per profile
    const auto prefetch = keptInto(bin, batch);
    const auto check = [&](qint64 id) -> Result<std::optional<Account>> {
        const auto kept = batch.constFind(id);
        if (kept == batch.cend())
            return std::optional<Account>(); // purged already: nothing to do
        const Account &account = kept->account;
        if (!lockedProfiles.contains(account.profileId)) {
            auto locked = isDataLocked(account);
            if (!locked)
                return fail(locked.error());
            lockedProfiles.insert(account.profileId, *locked);
        }
        // Its profile was data-locked after it was deleted: it waits for its period to pass.
        if (lockedProfiles.value(account.profileId))
            return fail(Error::Code::NotAllowed, Field::profile,
                        tr("\"%1\" is on a data-locked profile and cannot be purged by hand; it is purged when "
                           "its time in the recycle bin has passed.")
                            .arg(account.login));
        return std::optional(account);
    };
    const auto apply = [&](const QList<Account> &accounts) -> Result<void> {
        QList<qint64> purged;
        QList<AuditEntry> entries;
        for (const Account &account : accounts) {
            purged.append(account.id);
            entries.append(AuditEntry::forAccount(u"account.purged"_s, &account, nullptr));
        }
        if (auto forgotten = bin.forget(purged); !forgotten)
            return forgotten;
        return AuditStore(m_db).appendAll(entries);
    };
    return runInBatches(m_db, ids, progress, prefetch, check, apply);
}

Result<int> AccountService::purgeExpired()
{
    // Mostly nothing has expired: one read says so, where the write takes three round trips.
    auto expired = RecycleBinStore(m_db).anyExpired(Timestamps::now());
    if (!expired)
        return fail(expired.error());
    if (!*expired)
        return 0;
    return m_db.write([this]() -> Result<int> {
        RecycleBinStore bin(m_db);
        auto days = bin.retentionDays();
        if (!days)
            return fail(days.error());
        return bin.forgetDeletedBefore(Timestamps::now().addDays(-*days));
    });
}

Result<int> AccountService::binRetentionDays()
{
    return RecycleBinStore(m_db).retentionDays();
}

Result<void> AccountService::setBinRetentionDays(int days)
{
    if (days < 1 || days > RecycleBinStore::maxRetentionDays)
        return fail(Error::Code::Invalid, Field::retentionDays,
                    tr("Keep deleted accounts from 1 to %1 days.").arg(RecycleBinStore::maxRetentionDays));
    return m_db.write([this, days]() -> Result<void> { return RecycleBinStore(m_db).setRetentionDays(days); });
}

} // namespace bc
