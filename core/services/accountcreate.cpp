// AccountService: creating accounts, one (the wizard, `account add`) or a batch of them (an import).
#include "core/services/accountservice.h"

#include "core/domain/timestamps.h"
#include "core/rules/accountrules.h"
#include "core/services/activationservice.h"
#include "core/storage/accountstore.h"
#include "core/storage/activationstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/database.h"
#include "core/storage/operatorroles.h"
#include "core/storage/recyclebinstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

Result<Account> AccountService::create(qint64 groupId, const AccountDraft &input, AccountStatus status)
{
    // The hash takes a fraction of a second of memory-hard work: done before the write lock.
    auto passwordHash = hashPassword(input);
    if (!passwordHash)
        return fail(passwordHash.error());
    const AccountDraft draft = AccountRules::normalized(input);
    auto created = m_db.write([&] { return insertAccount(groupId, draft, status, *passwordHash, input.password); });
    if (!created)
        return fail(created.error().code == Error::Code::LoginTaken ? loginTakenError(draft.login) : created.error());
    Q_EMIT accountAdded(*created);
    return created;
}

Result<QList<Account>> AccountService::createAll(const QList<NewAccountRequest> &requests, AccountStatus status)
{
    QList<QString> hashes;
    for (const NewAccountRequest &request : requests) {
        auto hash = hashPassword(request.draft);
        if (!hash)
            return fail(hash.error());
        hashes.append(*hash);
    }
    auto created = m_db.write([&]() -> Result<QList<Account>> {
        QList<Account> accounts;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const NewAccountRequest &request = requests.at(i);
            auto account = insertAccount(request.groupId, AccountRules::normalized(request.draft), status, hashes.at(i),
                                         request.draft.password);
            if (!account)
                return fail(account.error());
            accounts.append(*account);
        }
        return accounts;
    });
    if (!created)
        return fail(created.error());
    QList<qint64> ids;
    QList<qint64> groupIds;
    for (const Account &account : std::as_const(*created)) {
        ids.append(account.id);
        groupIds.append(account.groupId);
    }
    if (!ids.isEmpty())
        Q_EMIT accountsAdded(ids, groupIds);
    return created;
}

Result<Account> AccountService::insertAccount(qint64 groupId, AccountDraft draft, AccountStatus status,
                                              const QString &passwordHash, const QString &password)
{
    if (groupId <= 0)
        return fail(Error::Code::NotFound, Field::group, tr("Choose the group the account belongs to."));
    const bool sendsEmail = status == AccountStatus::Inactive && draft.sendActivationEmail;
    // What the create needs to know, sent together (one round trip on a server): whether a retry
    // of a create whose reply was lost finds the account made by this very request, the catalog,
    // and what the activation email says.
    std::optional<qint64> earlier;
    CatalogRows rows;
    ActivationStore::EmailFacts facts;
    QList<Database::Read> reads = catalogReads(m_db, groupId, CatalogParts::neededBy(draft), &rows);
    if (!draft.requestId.isEmpty())
        reads.append(AccountStore(m_db).idOfRequestRead(draft.requestId, &earlier));
    if (sendsEmail)
        reads.append(ActivationStore(m_db).emailFactsRead(groupId, &facts));
    // The unique index knows nothing of the recycle bin, whose accounts keep their logins.
    bool keptInBin = false;
    reads.append(RecycleBinStore(m_db).keepsLoginRead(draft.login, &keptInBin));
    // PostgreSQL: the new account's id drawn now, so that its row, links, email and audit entry
    // all travel with the COMMIT: a round trip fewer.
    qint64 reservedId = 0;
    if (m_db.backend() == DatabaseAddress::Backend::PostgreSql)
        reads.append(AccountStore(m_db).reserveIdRead(&reservedId));
    if (auto read = m_db.readTogether(reads); !read)
        return fail(read.error());
    if (earlier)
        return loadAccount(*earlier);
    if (keptInBin)
        return fail(Error::Code::LoginTaken, Field::login, loginTakenMessage(draft.login, QString()));
    // Validated inside the write transaction, so the catalog cannot change meanwhile on this
    // database. The login is not asked about: the unique index refuses a taken one, and settles
    // any race with another process.
    const Catalog catalog = std::move(rows).catalog();
    auto prepared = prepare(groupId, draft, catalog);
    if (!prepared)
        return fail(prepared.error());
    draft = *prepared;
    if (const QList<Error> errors = checkAgainst(catalog, draft, 0, true); !errors.isEmpty())
        return fail(errors.first());
    auto inserted = AccountStore(m_db).insert(groupId, draft, status, Timestamps::now(), passwordHash, reservedId);
    if (!inserted)
        return fail(inserted.error());
    // A new account has no links yet: those the draft asks for are added, in a statement per
    // kind, and are what the account has (in the order links() reads them).
    Result<Account> account = inserted;
    for (const auto &[kind, ids] : {std::pair {CatalogKind::Subscription, draft.subscriptionIds},
                                    std::pair {CatalogKind::SecurityGroup, draft.securityGroupIds}}) {
        QList<CatalogStore::Link> links;
        for (qint64 id : ids)
            links.append({inserted->id, id});
        if (auto added = CatalogStore(m_db).addLinks(kind, links); !added)
            return fail(added.error());
    }
    account->subscriptionIds = draft.subscriptionIds;
    account->securityGroupIds = draft.securityGroupIds;
    std::ranges::sort(account->subscriptionIds);
    std::ranges::sort(account->securityGroupIds);
    account->subscriptionCount = static_cast<int>(account->subscriptionIds.size()); // as the trigger counts
    // The activation email commits with the account, or neither does.
    if (sendsEmail) {
        if (draft.activationEmail) {
            if (auto valid = ActivationService::checkTemplate(*draft.activationEmail); !valid)
                return fail(valid.error());
        }
        if (auto queued =
                ActivationService::enqueue(m_db, *account, draft.activationEmail, {.facts = facts, .newAccount = true});
            !queued)
            return fail(queued.error());
    }
    if (auto audited = AuditStore(m_db).append(AuditEntry::forAccount(u"account.created"_s, nullptr, &*account));
        !audited)
        return fail(audited.error());
    // An operator's own database role gets its password (PostgreSQL).
    if (auto role = OperatorRoles(m_db).setPasswordOf(*account, password); !role)
        return fail(role.error());
    return account;
}

} // namespace bc
