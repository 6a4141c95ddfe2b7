#pragma once

#include "core/domain/account.h"
#include "core/domain/accountchange.h"
#include "core/domain/accountquery.h"
#include "core/domain/accountselection.h"
#include "core/domain/auditentry.h"
#include "core/domain/bulkoutcome.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/domain/undoplan.h"
#include "core/mail/outboxmessage.h"
#include "core/rules/groupdefaults.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace bc {

class Database;

// What the login field shows while a person types.
struct LoginAvailability
{
    bool available = false;
    QString suggestion; // a free login close to the one typed, when it is taken
    QString message; // what to tell the person when it is taken, with the suggestion
};

// The rules about accounts: creating (validated, unique login across the database), enabling,
// disabling, deleting, listing. Every change is one transaction with its audit entry, and is
// announced by a signal after it committed. Every front end calls this; none repeats a rule.
// What the account details show of an account (AccountService::details()).
struct AccountDetails
{
    Account account;
    Catalog catalog; // of the account's group
    QList<AuditEntry> history; // oldest first
    QString groupPath;
    std::optional<ActivationState> activation; // of an inactive account
};

class AccountService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)

public:
    explicit AccountService(Database &database, QObject *parent = nullptr);

    // Where the database is, for a second connection on a worker thread (AccountPageLoader).
    QString databaseLocation() const;

    // Every error of the draft in the group (its catalog, limits, services), the taken login
    // included; `accountId` is the account being edited, whose own login is not "taken".
    QList<Error> validate(qint64 groupId, const AccountDraft &draft, qint64 accountId = 0);
    // What saving `draft` in a group whose catalog is `catalog` (loadCatalog()'s, read once for many
    // drafts) would store — normalized, its profile's values taken, its default storage filled in —
    // and every error create() or update() would refuse it for. `before`: the account an update
    // changes (its own login is not taken, its data lock holds); nullptr for a new account, whose
    // login is asked about unless `loginFree` says the caller knows it is free.
    QList<Error> check(const Catalog &catalog, AccountDraft &draft, const Account *before, bool loginFree = false);
    Result<LoginAvailability> checkLogin(const QString &login);
    static QString loginTakenMessage(const QString &login, const QString &suggestion);
    // What a new account of the group starts with: the group's default profile with its values, its
    // default subscription and storage (GroupDefaults). Front ends start here, then apply what the
    // person chose.
    Result<AccountDraft> newDraft(qint64 groupId, NewAccountDefaults take = {});
    Result<Account> create(qint64 groupId, const AccountDraft &draft, AccountStatus status = AccountStatus::Inactive);
    // create() for many accounts in one transaction (a batch of an import): each made, checked,
    // audited and given its activation email as create() does; the first refusal refuses them all,
    // and nothing is written. Announced once, by accountsAdded(), once committed: a batch of 500
    // new accounts is one change for whoever shows them, not 500.
    struct NewAccountRequest
    {
        qint64 groupId = 0;
        AccountDraft draft = {};
    };
    Result<QList<Account>> createAll(const QList<NewAccountRequest> &requests,
                                     AccountStatus status = AccountStatus::Inactive);
    // Saves every field of the draft; data-locked accounts keep their profile and licenses.
    Result<Account> update(qint64 id, const AccountDraft &draft);
    // Adds subscriptions to those the account has ("Assign service").
    Result<Account> assignSubscriptions(qint64 id, const QList<qint64> &subscriptionIds);
    Result<Account> disable(qint64 id);
    Result<Account> enable(qint64 id);
    Result<void> remove(qint64 id);

    // The same on a selection: the rules, audit entries and withdrawn emails of the calls above,
    // bulkBatchSize accounts per transaction (core/services/bulkrun.h), progress and Cancel after
    // each batch. An account a rule refuses is listed in the outcome and the others go on.
    // Announced once, by accountsChanged() or accountsRemoved(), when anything changed.
    BulkOutcome disableAll(const QList<qint64> &ids, const BulkProgress &progress = {});
    BulkOutcome enableAll(const QList<qint64> &ids, const BulkProgress &progress = {});
    BulkOutcome removeAll(const QList<qint64> &ids, const BulkProgress &progress = {});
    BulkOutcome assignSubscriptionsToAll(const QList<qint64> &ids, const QList<qint64> &subscriptionIds,
                                         const BulkProgress &progress = {});
    // Account → Change… and Move to group…: `change` made to each account, each checked as update()
    // checks an edit, in the group it ends up in (a moved account on a storage the new group does
    // not offer takes the group's default; one whose profile or licenses it does not offer is
    // refused). Announced by accountsChanged(), and a move by accountsRemoved() from the old groups
    // and accountsAdded() to the new one, so that lists and counts follow.
    BulkOutcome changeAll(const QList<qint64> &ids, const AccountChange &change, const BulkProgress &progress = {});
    // The accounts of a selection: the ids picked, or every account of the list's filter now, in
    // one statement (the filter's conditions, not its order: by id).
    Result<QList<qint64>> selected(const AccountSelection &selection);

    Result<Account> account(qint64 id);
    // The account's audit entries, oldest first (the account details' history).
    Result<QList<AuditEntry>> history(qint64 id);
    // The account with its links, its group's catalog and path, its history and, when inactive,
    // its activation state: statements sent together, one round trip on a server.
    Result<AccountDetails> details(qint64 id);
    Result<std::optional<Account>> findByLogin(const QString &login);
    // The accounts with any of `logins`, with their links, by login key (AccountRules::loginKey): a
    // few statements for all of them. Those this connection may not read are left out.
    Result<QHash<QString, Account>> findByLogins(const QStringList &logins);
    Result<int> count(const AccountQuery &query);
    Result<QList<Account>> page(const AccountQuery &query, int offset, int limit);
    // Every account of the list `query` describes, with its links, in the list's order, `pageSize`
    // at a time to `take`, which returns false to stop. Each page is read from an anchor (keyset),
    // so that the last costs what the first does and no more than a page is held: an export of any
    // length.
    Result<void> readAll(const AccountQuery &query, int pageSize,
                         const std::function<bool(const QList<Account> &)> &take);
    Result<int> rowOf(const AccountQuery &query, qint64 id);
    // The recycle bin (core/services/accountbin.cpp): remove() and removeAll() keep each deleted
    // account for the database's retention period, its login taken. The kept accounts of the group
    // and the groups below it (0: every group), most recently deleted first, at most `limit`.
    Result<QList<DeletedAccount>> deletedAccounts(qint64 withinGroup, int limit = 10000);
    // The kept accounts with any of `logins` (compared as logins are), in one statement.
    Result<QList<DeletedAccount>> deletedAccountsWithLogins(const QStringList &logins);
    // Brings kept accounts back with their ids, groups, quotas, links, passwords and statuses, each
    // checked as an edit is (a storage or subscription gone since refuses it), each with its audit
    // entry; announced by accountsAdded().
    // `mayRestore` is the front end's question whether whoever restores may give back what each
    // account has (the administrator switch, security groups: Authority::mayGrant); its refusal
    // refuses that account.
    using RestoreGate = std::function<Result<void>(const Account &)>;
    BulkOutcome restoreAll(const QList<qint64> &ids, const BulkProgress &progress = {},
                           const RestoreGate &mayRestore = {});
    // Lets kept accounts go for good, each with its audit entry; one on a data-locked profile waits
    // for its period to pass.
    BulkOutcome purgeAll(const QList<qint64> &ids, const BulkProgress &progress = {});
    // Purges every account kept longer than the retention period; gives how many.
    Result<int> purgeExpired();
    Result<int> binRetentionDays();
    Result<void> setBinRetentionDays(int days);

    // Edit → Undo (core/services/accountundo.cpp). What undoing the last change of whoever works on
    // this connection (AuditStore::actor()) would take back, and why it may not (an account someone
    // changed since); nullopt when there is no change to undo. The change is the audit batch one
    // job or command wrote (AuditBatchScope).
    Result<std::optional<UndoPlan>> lastChange();
    // Takes `plan` back: each account checked again as it goes, announced as removeAll(),
    // restoreAll(), enableAll(), disableAll() and changeAll() announce; then its groups and catalog
    // items, each by `undoOther` (ChangeUndo::undo with the workspace's services); closed in the
    // audit log by "change.undone", so that the next undo takes back the change before.
    using OtherUndo = std::function<Result<void>(const AuditEntry &entry)>;
    BulkOutcome undo(const UndoPlan &plan, const BulkProgress &progress = {}, const RestoreGate &mayRestore = {},
                     const OtherUndo &undoOther = {});

    // Why removeAll() would refuse these accounts (the first one on a data-locked profile), in
    // plain words; empty when it would not. Reads the accounts in one statement.
    Result<QString> deleteRefusal(const QList<qint64> &ids);
    // The same from the logins of those on a data-locked profile, by id, read already
    // (AccountStore::dataLockedLogins; the account list's worker reads them for its selection).
    static QString deleteRefusalOf(const QList<qint64> &ids, const QHash<qint64, QString> &dataLocked);

Q_SIGNALS:
    void accountAdded(const bc::Account &account);
    void accountChanged(const bc::Account &account);
    void accountRemoved(qint64 id, qint64 groupId);
    // After a bulk action: the accounts it changed, or removed (`groupIds` holds each one's group).
    void accountsChanged(const QList<qint64> &ids);
    void accountsRemoved(const QList<qint64> &ids, const QList<qint64> &groupIds);
    // Many accounts made at once (createAll): their ids and, for each, its group.
    void accountsAdded(const QList<qint64> &ids, const QList<qint64> &groupIds);

private:
    // What an update will write, decided inside its transaction before anything is written.
    struct PlannedUpdate
    {
        Account before;
        AccountDraft draft;
        qint64 groupId = 0; // where the account is afterwards (another group: a move)
    };
    // What the plans of one bulk job read once and share: each group's catalog (by group and the
    // parts read) and each profile's data lock, so that a thousand accounts of one group cost one
    // catalog read, not a thousand.
    struct PlanCache
    {
        QHash<QPair<qint64, int>, Catalog> catalogs;
        QHash<qint64, bool> dataLocked; // by profile id
    };

    // One implementation per change for one account and for many; `latest` receives each account
    // as it is afterwards (unchanged ones as they were), `groupIds` each removed one's group.
    BulkOutcome changeStatus(const QList<qint64> &ids, AccountStatus wanted, const BulkProgress &progress,
                             QHash<qint64, Account> *latest = nullptr);
    BulkOutcome removeAccounts(const QList<qint64> &ids, const BulkProgress &progress, QHash<qint64, qint64> &groupOf);
    // `movedFrom` receives the old group of each account moved.
    BulkOutcome changeEach(const QList<qint64> &ids, const AccountChange &change, const BulkProgress &progress,
                           QHash<qint64, Account> *latest = nullptr, QHash<qint64, qint64> *movedFrom = nullptr);
    // Gives each account back the fields, links and group the audit entry's before holds (undo()).
    BulkOutcome revertAll(const QList<qint64> &entryIds, const BulkProgress &progress);
    // The announcement of changed accounts: accountsChanged(), and for those moved (by their old
    // group in `movedFrom`) accountsRemoved() from the old groups and accountsAdded() to the new.
    void announceChanges(const QList<qint64> &changed, const QHash<qint64, Account> &latest,
                         const QHash<qint64, qint64> &movedFrom);
    // Writes the change plans of one batch: their rows, groups, links and audit entries in a few
    // statements, whatever the batch's size.
    Result<void> applyChanges(const QList<PlannedUpdate> &plans, QHash<qint64, Account> *latest);
    // The answer of a single-account call, announced by accountChanged() when it changed the account.
    Result<Account> announced(const BulkOutcome &outcome, const QHash<qint64, Account> &latest, qint64 id);
    // `groupId`: where the account is to be (0: where it is).
    Result<PlannedUpdate> planUpdate(const Account &before, const AccountDraft &draft, PlanCache *cache = nullptr,
                                     qint64 groupId = 0);
    Result<Account> applyUpdate(const PlannedUpdate &plan, const QString &passwordHash);
    Result<AccountDraft> prepare(qint64 groupId, const AccountDraft &draft, const Catalog &catalog) const;
    // The write of create() and createAll(), inside their transaction, in a few statements
    // whatever their number: the accounts in request order. `passwordHashes`: each request's,
    // hashed already (empty: none).
    Result<QList<Account>> insertAccounts(const QList<NewAccountRequest> &requests, AccountStatus status,
                                          const QList<QString> &passwordHashes);
    // `keptLogin`: the account keeps the login it has, which the unique index already holds for it,
    // so no other account is asked about.
    QList<Error> checkAgainst(const Catalog &catalog, const AccountDraft &draft, qint64 accountId,
                              bool keptLogin = false);
    Result<bool> isDataLocked(const Account &account, PlanCache *cache = nullptr);
    // Why `draft` may not be saved over `before` for its data lock: its profile stays, its licenses too.
    Result<void> checkDataLock(const Account &before, const AccountDraft &draft, PlanCache *cache = nullptr);
    static QString dataLockedRefusal(const QString &login);
    Result<QString> hashPassword(const AccountDraft &draft);
    Result<void> saveLinks(qint64 id, const AccountDraft &draft);
    Result<Account> loadAccount(qint64 id);
    // The accounts with their links, in three statements; missing ones are left out.
    Result<QHash<qint64, Account>> loadAccounts(const QList<qint64> &ids);
    // loadAccounts() into `into` (a bulk action's prefetch).
    Result<void> loadInto(const QList<qint64> &ids, QHash<qint64, Account> &into);
    Error loginTakenError(const QString &login);

    Database &m_db;
};

} // namespace bc
