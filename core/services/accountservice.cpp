#include "core/services/accountservice.h"

#include <algorithm>

#include "core/domain/json.h"
#include "core/domain/timestamps.h"
#include "core/platform/passwordhasher.h"
#include "core/rules/accountrules.h"
#include "core/rules/passwordpolicy.h"
#include "core/rules/profilerules.h"
#include "core/services/activationservice.h"
#include "core/services/bulkrun.h"
#include "core/storage/accountlistquery.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/operatorroles.h"
#include "core/storage/outboxstore.h"
#include "core/storage/recyclebinstore.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// The accounts with their links, and what `with` reads besides, sent together: one round trip on
// a server.
Result<QHash<qint64, Account>> accountsWithLinks(Database &database, const QList<qint64> &ids,
                                                 const QList<Database::Read> &with = {})
{
    QHash<qint64, Account> accounts;
    if (ids.isEmpty())
        return accounts;
    CatalogStore::AccountLinks links;
    if (auto read = database.readTogether(QList<Database::Read> {AccountStore(database).byIdsRead(ids, &accounts),
                                                                 CatalogStore(database).allLinksOfRead(ids, &links)}
                                          + with);
        !read)
        return fail(read.error());
    for (Account &account : accounts) {
        account.subscriptionIds = links.subscriptions.value(account.id);
        account.securityGroupIds = links.securityGroups.value(account.id);
    }
    return accounts;
}

} // namespace

AccountService::AccountService(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

QString AccountService::databaseLocation() const
{
    return m_db.location();
}

QString AccountService::loginTakenMessage(const QString &login, const QString &suggestion)
{
    if (suggestion.isEmpty())
        return tr("The login \"%1\" is already taken; logins are unique across all organizations.")
            .arg(login.trimmed());
    return tr("The login \"%1\" is already taken; logins are unique across all organizations. \"%2\" is free.")
        .arg(login.trimmed(), suggestion);
}

Error AccountService::loginTakenError(const QString &login)
{
    QSet<QString> kept;
    if (auto read = m_db.readTogether({RecycleBinStore(m_db).keptLoginsRead({login}, &kept)}); read && !kept.isEmpty())
        return {Error::Code::LoginTaken, Field::login,
                tr("The login \"%1\" belongs to a deleted account in the recycle bin (View → Deleted accounts). "
                   "Restore that account, or purge it to use the login again.")
                    .arg(login.trimmed())};
    auto availability = checkLogin(login);
    return {Error::Code::LoginTaken, Field::login,
            availability ? availability->message : loginTakenMessage(login, QString())};
}

Result<AccountDraft> AccountService::prepare(qint64 groupId, const AccountDraft &input, const Catalog &catalog) const
{
    AccountDraft draft = AccountRules::normalized(input);
    if (draft.profileId != 0) {
        const auto profile = std::find_if(catalog.profiles.cbegin(), catalog.profiles.cend(),
                                          [&draft](const Profile &p) { return p.id == draft.profileId; });
        if (profile == catalog.profiles.cend())
            return fail(Error::Code::Invalid, Field::profile,
                        tr("Choose one of the profiles of this group or of a group above it."));
        draft = ProfileRules::apply(*profile, draft);
    } else {
        draft.overrides.clear();
    }
    if (draft.storageId == 0)
        draft.storageId = catalog.defaultStorageId;
    // A service the group has switched off backs up nothing: its quota is zero.
    for (Resource resource : allResources) {
        const std::optional<Service> service = CatalogText::serviceFor(resource);
        if (service && !catalog.services.testFlag(*service))
            draft.quotas[resource] = Quota {0, 0};
    }
    Q_UNUSED(groupId)
    return draft;
}

QList<Error> AccountService::checkAgainst(const Catalog &catalog, const AccountDraft &draft, qint64 accountId,
                                          bool keptLogin)
{
    QList<Error> errors = AccountRules::check(draft, catalog.limits);
    const auto offers = [](const auto &items, qint64 id) {
        return std::any_of(items.cbegin(), items.cend(), [id](const auto &item) { return item.id == id; });
    };
    if (draft.storageId != 0 && !offers(catalog.storages, draft.storageId))
        errors.append({Error::Code::Invalid, Field::storage,
                       tr("Choose one of the storages of this group or of a group above it.")});
    for (qint64 id : draft.subscriptionIds) {
        if (!offers(catalog.subscriptions, id)) {
            errors.append({Error::Code::Invalid, Field::subscriptions,
                           tr("Choose subscriptions of this group or of a group above it.")});
            break;
        }
    }
    for (qint64 id : draft.securityGroupIds) {
        if (!offers(catalog.securityGroups, id)) {
            errors.append({Error::Code::Invalid, Field::securityGroups,
                           tr("Choose security groups of this group or of a group above it.")});
            break;
        }
    }
    const bool loginValid =
        std::none_of(errors.cbegin(), errors.cend(), [](const Error &error) { return error.field == Field::login; });
    if (loginValid && !keptLogin) {
        // Taken by an account, or kept for one in the recycle bin (freeLogins asks both); by this
        // very account when it is written otherwise ("Alice" for "alice").
        AccountStore accounts(m_db);
        auto free = accounts.freeLogins({draft.login});
        if (!free) {
            errors.prepend(free.error());
        } else if (free->isEmpty()) {
            auto owner = accountId != 0 ? accounts.byLogin(draft.login) : Result<std::optional<Account>>(std::nullopt);
            if (!owner)
                errors.prepend(owner.error());
            else if (!*owner || (*owner)->id != accountId)
                errors.prepend(loginTakenError(draft.login));
        }
    }
    return errors;
}

QList<Error> AccountService::validate(qint64 groupId, const AccountDraft &input, qint64 accountId)
{
    // An account needs a group; the catalog walk would find nothing above 0.
    if (groupId <= 0)
        return {Error {Error::Code::NotFound, Field::group, tr("Choose the group the account belongs to.")}};
    auto catalog = loadCatalog(m_db, groupId, CatalogParts::neededBy(input));
    if (!catalog)
        return {catalog.error()};
    auto draft = prepare(groupId, input, *catalog);
    if (!draft)
        return {draft.error()};
    return checkAgainst(*catalog, *draft, accountId);
}

QList<Error> AccountService::check(const Catalog &catalog, AccountDraft &draft, const Account *before, bool loginFree)
{
    auto prepared = prepare(before ? before->groupId : 0, draft, catalog);
    if (!prepared)
        return {prepared.error()};
    draft = *std::move(prepared);
    const bool keptLogin = loginFree || (before && draft.login == before->login);
    QList<Error> errors = checkAgainst(catalog, draft, before ? before->id : 0, keptLogin);
    if (before) {
        if (auto locked = checkDataLock(*before, draft); !locked)
            errors.append(locked.error());
    }
    return errors;
}

Result<LoginAvailability> AccountService::checkLogin(const QString &login)
{
    // The login and the variants that could be suggested for it, in one statement: over a slow
    // link a second one would double the wait for the answer.
    auto free = AccountStore(m_db).freeLogins(QStringList {login} + AccountRules::loginVariants(login, 20));
    if (!free)
        return fail(free.error());
    if (!free->isEmpty() && free->constFirst() == login)
        return LoginAvailability {true, QString(), QString()};
    return LoginAvailability {false, free->value(0), loginTakenMessage(login, free->value(0))};
}

Result<AccountDraft> AccountService::newDraft(qint64 groupId, NewAccountDefaults take)
{
    auto catalog = loadCatalog(
        m_db, groupId,
        {.profiles = take.profile, .storages = false, .subscriptions = take.subscription, .securityGroups = false});
    if (!catalog)
        return fail(catalog.error());
    return GroupDefaults::newDraft(*catalog, take);
}

Result<Account> AccountService::update(qint64 id, const AccountDraft &input)
{
    auto passwordHash = hashPassword(input);
    if (!passwordHash)
        return fail(passwordHash.error());
    const AccountDraft draft = AccountRules::normalized(input);
    auto updated = m_db.write([&]() -> Result<Account> {
        auto before = loadAccount(id);
        if (!before)
            return before;
        auto plan = planUpdate(*before, draft);
        if (!plan)
            return fail(plan.error());
        auto after = applyUpdate(*plan, *passwordHash);
        if (!after || draft.password.isEmpty())
            return after;
        if (auto role = OperatorRoles(m_db).setPasswordOf(*after, draft.password); !role)
            return fail(role.error());
        return after;
    });
    if (!updated)
        return fail(updated.error().code == Error::Code::LoginTaken ? loginTakenError(draft.login) : updated.error());
    Q_EMIT accountChanged(*updated);
    return updated;
}

Result<AccountService::PlannedUpdate> AccountService::planUpdate(const Account &before, const AccountDraft &draft,
                                                                 PlanCache *cache, qint64 groupId)
{
    if (groupId == 0)
        groupId = before.groupId;
    const CatalogParts parts = CatalogParts::neededBy(draft);
    const QPair<qint64, int> key {groupId,
                                  int(parts.profiles) | int(parts.storages) << 1 | int(parts.subscriptions) << 2
                                      | int(parts.securityGroups) << 3};
    Result<Catalog> catalog = cache && cache->catalogs.contains(key) ? Result<Catalog>(cache->catalogs.value(key))
                                                                     : loadCatalog(m_db, groupId, parts);
    if (!catalog)
        return fail(catalog.error());
    if (cache)
        cache->catalogs.insert(key, *catalog);
    if (auto locked = checkDataLock(before, draft, cache); !locked)
        return fail(locked.error());
    auto prepared = prepare(groupId, draft, *catalog);
    if (!prepared)
        return fail(prepared.error());
    if (const QList<Error> errors = checkAgainst(*catalog, *prepared, before.id, prepared->login == before.login);
        !errors.isEmpty())
        return fail(errors.first());
    return PlannedUpdate {before, *prepared, groupId};
}

Result<void> AccountService::checkDataLock(const Account &before, const AccountDraft &draft, PlanCache *cache)
{
    auto locked = isDataLocked(before, cache);
    if (!locked)
        return fail(locked.error());
    if (!*locked)
        return {};
    if (draft.profileId != before.profileId)
        return fail(Error::Code::NotAllowed, Field::profile,
                    tr("The account is on a data-locked profile; its profile cannot change."));
    for (qint64 subscription : before.subscriptionIds) {
        if (!draft.subscriptionIds.contains(subscription))
            return fail(Error::Code::NotAllowed, Field::subscriptions,
                        tr("The account is on a data-locked profile; its licenses cannot be removed."));
    }
    return {};
}

Result<Account> AccountService::applyUpdate(const PlannedUpdate &plan, const QString &passwordHash)
{
    const qint64 id = plan.before.id;
    AccountStore accounts(m_db);
    if (auto saved = accounts.update(id, plan.draft, Timestamps::now()); !saved)
        return fail(saved.error());
    if (auto linked = saveLinks(id, plan.draft); !linked)
        return fail(linked.error());
    if (!passwordHash.isEmpty()) {
        if (auto saved = accounts.setPasswordHash(id, passwordHash); !saved)
            return fail(saved.error());
    }
    auto after = loadAccount(id);
    if (!after)
        return after;
    if (auto audited = AuditStore(m_db).append(AuditEntry::forAccount(u"account.changed"_s, &plan.before, &*after));
        !audited)
        return fail(audited.error());
    return after;
}

Result<Account> AccountService::announced(const BulkOutcome &outcome, const QHash<qint64, Account> &latest, qint64 id)
{
    if (auto done = singleResult(outcome); !done)
        return fail(done.error());
    if (outcome.changed.contains(id))
        Q_EMIT accountChanged(latest.value(id));
    return latest.value(id);
}

Result<bool> AccountService::isDataLocked(const Account &account, PlanCache *cache)
{
    if (account.profileId == 0)
        return false;
    if (cache && cache->dataLocked.contains(account.profileId))
        return cache->dataLocked.value(account.profileId);
    auto profile = CatalogStore(m_db).profile(account.profileId);
    if (!profile)
        return fail(profile.error());
    if (cache)
        cache->dataLocked.insert(account.profileId, profile->dataLock);
    return profile->dataLock;
}

Result<QString> AccountService::hashPassword(const AccountDraft &draft)
{
    if (draft.password.isEmpty())
        return QString();
    // The policy first, so that a weak password is refused before any work is done.
    if (auto valid = PasswordPolicy::check(draft.password, draft.login, Field::password); !valid)
        return fail(valid.error());
    return PasswordHasher::hash(draft.password);
}

Result<void> AccountService::saveLinks(qint64 id, const AccountDraft &draft)
{
    CatalogStore store(m_db);
    if (auto saved = store.setLinks(CatalogKind::Subscription, id, draft.subscriptionIds); !saved)
        return saved;
    return store.setLinks(CatalogKind::SecurityGroup, id, draft.securityGroupIds);
}

Result<QHash<QString, Account>> AccountService::findByLogins(const QStringList &logins)
{
    auto ids = AccountStore(m_db).idsOfLogins(logins);
    if (!ids)
        return fail(ids.error());
    auto found = loadAccounts(*ids);
    if (!found)
        return fail(found.error());
    QHash<QString, Account> byLogin;
    for (const Account &account : std::as_const(*found))
        byLogin.insert(AccountRules::loginKey(account.login), account);
    return byLogin;
}

Result<void> AccountService::loadInto(const QList<qint64> &ids, QHash<qint64, Account> &into)
{
    auto found = loadAccounts(ids);
    if (!found)
        return fail(found.error());
    into = std::move(*found);
    return {};
}

Result<Account> AccountService::loadAccount(qint64 id)
{
    auto found = loadAccounts({id});
    if (!found)
        return fail(found.error());
    const auto account = found->constFind(id);
    if (account == found->cend())
        return fail(AccountStore::missing());
    return *account;
}

Result<QHash<qint64, Account>> AccountService::loadAccounts(const QList<qint64> &ids)
{
    return accountsWithLinks(m_db, ids);
}

Result<Account> AccountService::disable(qint64 id)
{
    QHash<qint64, Account> latest;
    return announced(changeStatus({id}, AccountStatus::Disabled, {}, &latest), latest, id);
}

Result<Account> AccountService::enable(qint64 id)
{
    QHash<qint64, Account> latest;
    return announced(changeStatus({id}, AccountStatus::Active, {}, &latest), latest, id);
}

BulkOutcome AccountService::disableAll(const QList<qint64> &ids, const BulkProgress &progress)
{
    BulkOutcome outcome = changeStatus(ids, AccountStatus::Disabled, progress);
    if (!outcome.changed.isEmpty())
        Q_EMIT accountsChanged(outcome.changed);
    return outcome;
}

BulkOutcome AccountService::enableAll(const QList<qint64> &ids, const BulkProgress &progress)
{
    BulkOutcome outcome = changeStatus(ids, AccountStatus::Active, progress);
    if (!outcome.changed.isEmpty())
        Q_EMIT accountsChanged(outcome.changed);
    return outcome;
}

BulkOutcome AccountService::changeStatus(const QList<qint64> &ids, AccountStatus wanted, const BulkProgress &progress,
                                         QHash<qint64, Account> *latest)
{
    struct Change
    {
        Account before;
        AccountStatus status;
    };
    AccountStore accounts(m_db);
    QHash<qint64, Account> batch;
    QHash<qint64, int> unsent; // the batch's mail not gone out yet, read with it when disabling
    const auto check = [&](qint64 id) -> Result<std::optional<Change>> {
        const auto before = batch.constFind(id);
        if (before == batch.cend())
            return fail(AccountStore::missing());
        // Nothing to do is not a change: no audit entry, no signal.
        if ((before->status == AccountStatus::Disabled) == (wanted == AccountStatus::Disabled)) {
            if (latest)
                latest->insert(id, *before);
            return std::nullopt;
        }
        if (wanted == AccountStatus::Disabled)
            return Change {*before, AccountStatus::Disabled};
        // Enabling returns the account to where it was: active once activated, else pending.
        return Change {*before, before->activatedAt.isValid() ? AccountStatus::Active : AccountStatus::Inactive};
    };
    const auto apply = [&](const QList<Change> &changes) -> Result<void> {
        const QDateTime now = Timestamps::now();
        QList<Account> disabled;
        for (const Change &change : changes) {
            if (change.status == AccountStatus::Disabled)
                disabled.append(change.before);
        }
        // A disabled account gets no mail; enabled again, it waits for a resend.
        if (auto withdrawn = ActivationService::withdrawUnsent(m_db, disabled, unsent); !withdrawn)
            return withdrawn;
        for (AccountStatus status : {AccountStatus::Disabled, AccountStatus::Active, AccountStatus::Inactive}) {
            QList<qint64> to;
            for (const Change &change : changes) {
                if (change.status == status)
                    to.append(change.before.id);
            }
            if (auto done = accounts.setStatus(to, status, now); !done)
                return done;
        }
        // The server changes the accounts while their audit entries are made here.
        m_db.sendAhead();
        // The accounts as setStatus() left them, without reading them again: the batch holds them
        // under the writer lock, and only their status and time of change moved (enabling never
        // activates: an account returns to where it was).
        const QDateTime stored = Timestamps::fromStorage(Timestamps::toStorage(now));
        QList<AuditEntry> entries;
        entries.reserve(changes.size());
        for (const Change &change : changes) {
            Account changed = change.before;
            changed.status = change.status;
            changed.updatedAt = stored;
            const QString action =
                change.status == AccountStatus::Disabled ? u"account.disabled"_s : u"account.enabled"_s;
            // Before and after differ in the status alone (fromAccount() has no time of change).
            AuditEntry entry = AuditEntry::forAccount(action, &change.before, nullptr);
            entry.after = Json::withStatus(entry.before, change.status);
            entries.append(std::move(entry));
            if (latest)
                latest->insert(changed.id, changed);
        }
        return AuditStore(m_db).appendAll(entries);
    };
    // With their links: an audit entry's before and after are the whole account (Edit → Undo
    // compares the account with the after it left).
    const auto load = [&](const QList<qint64> &part) -> Result<void> {
        QList<Database::Read> with;
        if (wanted == AccountStatus::Disabled)
            with.append(OutboxStore::unsentCountsRead(part, &unsent));
        auto found = accountsWithLinks(m_db, part, with);
        if (!found)
            return fail(found.error());
        batch = std::move(*found);
        return {};
    };
    return runInBatches(m_db, ids, progress, load, check, apply);
}

Result<void> AccountService::remove(qint64 id)
{
    QHash<qint64, qint64> groupOf;
    const BulkOutcome outcome = removeAccounts({id}, {}, groupOf);
    if (auto done = singleResult(outcome); !done)
        return done;
    Q_EMIT accountRemoved(id, groupOf.value(id));
    return {};
}

BulkOutcome AccountService::removeAll(const QList<qint64> &ids, const BulkProgress &progress)
{
    QHash<qint64, qint64> groupOf;
    BulkOutcome outcome = removeAccounts(ids, progress, groupOf);
    if (!outcome.changed.isEmpty()) {
        QList<qint64> groupIds;
        groupIds.reserve(outcome.changed.size());
        for (qint64 id : std::as_const(outcome.changed))
            groupIds.append(groupOf.value(id));
        Q_EMIT accountsRemoved(outcome.changed, groupIds);
    }
    return outcome;
}

BulkOutcome AccountService::removeAccounts(const QList<qint64> &ids, const BulkProgress &progress,
                                           QHash<qint64, qint64> &groupOf)
{
    AccountStore accounts(m_db);
    QHash<qint64, Account> batch;
    QHash<qint64, bool> lockedProfiles; // read once per profile
    const auto check = [&](qint64 id) -> Result<std::optional<Account>> {
        const auto account = batch.constFind(id);
        if (account == batch.cend())
            return fail(AccountStore::missing());
        if (!lockedProfiles.contains(account->profileId)) {
            auto locked = isDataLocked(*account);
            if (!locked)
                return fail(locked.error());
            lockedProfiles.insert(account->profileId, *locked);
        }
        if (lockedProfiles.value(account->profileId))
            return fail(Error::Code::NotAllowed, Field::profile, dataLockedRefusal(account->login));
        return std::optional(*account);
    };
    const auto apply = [&](const QList<Account> &removed) -> Result<void> {
        // Before the rows go: their messages lose their account with them.
        if (auto withdrawn = ActivationService::withdrawUnsent(m_db, removed); !withdrawn)
            return withdrawn;
        QList<qint64> removedIds;
        for (const Account &account : removed)
            removedIds.append(account.id);
        // Kept in the recycle bin first: the database keeps each one's password hash as it goes.
        if (auto kept = RecycleBinStore(m_db).keep(removed, Timestamps::now()); !kept)
            return kept;
        if (auto done = accounts.remove(removedIds); !done)
            return done;
        QList<AuditEntry> entries;
        entries.reserve(removed.size());
        for (const Account &account : removed) {
            entries.append(AuditEntry::forAccount(u"account.deleted"_s, &account, nullptr));
            groupOf.insert(account.id, account.groupId);
        }
        return AuditStore(m_db).appendAll(entries);
    };
    // The accounts with their links, which the recycle bin keeps with them.
    return runInBatches(
        m_db, ids, progress, [&](const QList<qint64> &part) { return loadInto(part, batch); }, check, apply);
}

} // namespace bc
