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
#include "core/storage/databasestatements.h"
#include "core/storage/operatorroles.h"
#include "core/storage/recyclebinstore.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace bc {

Result<Account> AccountService::create(qint64 groupId, const AccountDraft &input, AccountStatus status)
{
    // The hash takes a fraction of a second of memory-hard work: done before the write lock.
    auto passwordHash = hashPassword(input);
    if (!passwordHash)
        return fail(passwordHash.error());
    auto created = m_db.write([&] { return insertAccounts({{groupId, input}}, status, {*passwordHash}); });
    if (!created) {
        if (created.error().code == Error::Code::LoginTaken)
            return fail(loginTakenError(AccountRules::normalized(input).login));
        return fail(created.error());
    }
    Q_EMIT accountAdded(created->constFirst());
    return created->constFirst();
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
    auto created = m_db.write([&] { return insertAccounts(requests, status, hashes); });
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

Result<QList<Account>> AccountService::insertAccounts(const QList<NewAccountRequest> &requests, AccountStatus status,
                                                      const QList<QString> &passwordHashes)
{
    const qsizetype count = requests.size();
    QList<AccountDraft> drafts;
    drafts.reserve(count);
    std::map<qint64, CatalogParts> partsOf; // each group's, enough for every draft of it
    std::set<qint64> mailing; // the groups whose new accounts get an activation email
    QStringList logins;
    const auto sendsEmail = [status](const AccountDraft &draft) {
        return status == AccountStatus::Inactive && draft.sendActivationEmail;
    };
    for (const NewAccountRequest &request : requests) {
        if (request.groupId <= 0)
            return fail(Error::Code::NotFound, Field::group, tr("Choose the group the account belongs to."));
        const AccountDraft &draft = drafts.emplace_back(AccountRules::normalized(request.draft));
        const CatalogParts needed = CatalogParts::neededBy(draft);
        if (auto [parts, fresh] = partsOf.try_emplace(request.groupId, needed); !fresh)
            parts->second = parts->second.united(needed);
        if (sendsEmail(draft))
            mailing.insert(request.groupId);
        logins.append(draft.login);
    }

    // What the creates need to know, sent together (one round trip on a server): each group's
    // catalog and what its activation emails say, whether a retry of a create whose reply was lost
    // finds the account made by this very request, and which logins the recycle bin keeps.
    std::map<qint64, CatalogRows> rowsOf;
    std::map<qint64, ActivationStore::EmailFacts> factsOf;
    std::vector<std::optional<qint64>> earlier(static_cast<size_t>(count));
    QSet<QString> keptInBin; // the unique index knows nothing of the recycle bin, whose accounts keep their logins
    QList<Database::Read> reads;
    for (const auto &[groupId, parts] : partsOf)
        reads.append(catalogReads(m_db, groupId, parts, &rowsOf[groupId]));
    for (qint64 groupId : mailing)
        reads.append(ActivationStore(m_db).emailFactsRead(groupId, &factsOf[groupId]));
    for (qsizetype i = 0; i < count; ++i) {
        if (!drafts.at(i).requestId.isEmpty())
            reads.append(AccountStore(m_db).idOfRequestRead(drafts.at(i).requestId, &earlier[static_cast<size_t>(i)]));
    }
    for (qsizetype start = 0; start < count; start += maxBoundValues)
        reads.append(RecycleBinStore(m_db).keptLoginsRead(logins.mid(start, maxBoundValues), &keptInBin));
    // The new accounts' ids drawn now, so that their rows go in multi-row statements, and on
    // PostgreSQL travel with their links, emails and audit entries in the COMMIT: a round trip
    // fewer. (On SQLite each statement also flushes the search index's pending terms: one per row
    // cost 200 µs an account.)
    QList<qint64> reservedIds;
    if (m_db.backend() != DatabaseAddress::Backend::MariaDb)
        reads.append(AccountStore(m_db).reserveIdsRead(count, &reservedIds));
    if (auto read = m_db.readTogether(reads); !read)
        return fail(read.error());
    std::map<qint64, Catalog> catalogOf;
    for (auto &[groupId, rows] : rowsOf)
        catalogOf.emplace(groupId, std::move(rows).catalog());

    // Validated inside the write transaction, so the catalogs cannot change meanwhile on this
    // database. The logins are not asked about: the unique index refuses a taken one, and settles
    // any race with another process.
    QList<Account> accounts(count);
    QList<qsizetype> made; // which of the requests are new rows, in the order of `rows`
    QList<AccountStore::NewAccount> rows;
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 groupId = requests.at(i).groupId;
        if (const std::optional<qint64> id = earlier.at(static_cast<size_t>(i))) {
            auto account = loadAccount(*id);
            if (!account)
                return fail(account.error());
            accounts[i] = *account;
            continue;
        }
        AccountDraft &draft = drafts[i];
        if (keptInBin.contains(AccountRules::loginKey(draft.login)))
            return fail(Error::Code::LoginTaken, Field::login, loginTakenMessage(draft.login, QString()));
        const Catalog &catalog = catalogOf.at(groupId);
        auto prepared = prepare(groupId, draft, catalog);
        if (!prepared)
            return fail(prepared.error());
        draft = *prepared;
        if (const QList<Error> errors = checkAgainst(catalog, draft, 0, true); !errors.isEmpty())
            return fail(errors.first());
        if (sendsEmail(draft) && draft.activationEmail) {
            if (auto valid = ActivationService::checkTemplate(*draft.activationEmail); !valid)
                return fail(valid.error());
        }
        made.append(i);
        rows.append({groupId, draft, status, passwordHashes.value(i), reservedIds.value(i)});
    }
    auto inserted = AccountStore(m_db).insertAll(rows, Timestamps::now());
    if (!inserted)
        return fail(inserted.error());
    // PostgreSQL writes an import batch's rows and their indexes while the links, emails and audit
    // entries below are made into text. Not one person's account: a message more over a quick link
    // (tst_roundtrips), to overlap next to nothing.
    constexpr qsizetype manyRows = 20;
    if (rows.size() >= manyRows)
        m_db.sendAhead();

    // A new account has no links yet: those the drafts ask for are added, in statements per kind
    // for the whole batch, and are what each account has (in the order links() reads them).
    QList<CatalogStore::Link> subscriptions;
    QList<CatalogStore::Link> securityGroups;
    QList<ActivationService::NewActivation> activations;
    QList<AuditEntry> entries;
    for (qsizetype row = 0; row < made.size(); ++row) {
        const qsizetype i = made.at(row);
        const AccountDraft &draft = drafts.at(i);
        Account &account = accounts[i] = inserted->at(row);
        account.subscriptionIds = draft.subscriptionIds;
        account.securityGroupIds = draft.securityGroupIds;
        std::ranges::sort(account.subscriptionIds);
        std::ranges::sort(account.securityGroupIds);
        for (qint64 id : std::as_const(account.subscriptionIds))
            subscriptions.append({account.id, id});
        for (qint64 id : std::as_const(account.securityGroupIds))
            securityGroups.append({account.id, id});
        // The activation email commits with the account, or neither does.
        if (sendsEmail(draft))
            activations.append(
                {account, draft.activationEmail, {.facts = factsOf.at(account.groupId), .newAccount = true}});
        entries.append(AuditEntry::forAccount(u"account.created"_s, nullptr, &account));
    }
    if (auto added = CatalogStore(m_db).addLinks(CatalogKind::Subscription, subscriptions); !added)
        return fail(added.error());
    if (auto added = CatalogStore(m_db).addLinks(CatalogKind::SecurityGroup, securityGroups); !added)
        return fail(added.error());
    if (auto queued = ActivationService::enqueueAll(m_db, activations); !queued)
        return fail(queued.error());
    if (auto audited = AuditStore(m_db).appendAll(entries); !audited)
        return fail(audited.error());
    // An operator's own database role gets its password (PostgreSQL).
    for (qsizetype i : std::as_const(made)) {
        if (auto role = OperatorRoles(m_db).setPasswordOf(accounts.at(i), requests.at(i).draft.password); !role)
            return fail(role.error());
    }
    return accounts;
}

} // namespace bc
