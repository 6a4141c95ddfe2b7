#include "core/services/accountservice.h"

#include "core/storage/accountlistquery.h"
#include "core/storage/accountstore.h"
#include "core/storage/activationstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/database.h"
#include "core/storage/smtpsettingsstore.h"

using namespace Qt::StringLiterals;

// AccountService's reads: one account, its history, the list's pages, and what a selection allows.

namespace bc {

Result<Account> AccountService::account(qint64 id)
{
    return loadAccount(id);
}

Result<QList<AuditEntry>> AccountService::history(qint64 id)
{
    return AuditStore(m_db).entriesFor(u"account"_s, id);
}

Result<AccountDetails> AccountService::details(qint64 id)
{
    // Each statement finds what it needs from the account's id, so none waits for another.
    QHash<qint64, Account> accounts;
    CatalogStore::AccountLinks links;
    CatalogRows catalog;
    QHash<qint64, ActivationState> states;
    SmtpSettings mail; // whether a queued email can go out
    AccountDetails details;
    QList<Database::Read> reads {AccountStore(m_db).byIdsRead({id}, &accounts)};
    // Without the account, its group's chain would be missing too: the account is what is gone.
    reads.first().read = [read = reads.first().read, &accounts](QSqlQuery &rows) -> Result<void> {
        if (auto taken = read(rows); !taken)
            return taken;
        return accounts.isEmpty() ? fail(AccountStore::missing()) : Result<void>();
    };
    reads << CatalogStore(m_db).allLinksOfRead({id}, &links)
          << catalogReads(m_db, id, {}, &catalog, GroupStore::ChainStart::GroupOfAccount)
          << AuditStore(m_db).entriesForRead(u"account"_s, id, &details.history)
          << ActivationStore(m_db).statesForRead({id}, &states) << SmtpSettingsStore(m_db).smtpSettingsRead(&mail);
    if (auto read = m_db.readTogether(reads); !read)
        return fail(read.error());
    details.account = accounts.value(id);
    details.account.subscriptionIds = links.subscriptions.value(id);
    details.account.securityGroupIds = links.securityGroups.value(id);
    details.groupPath = catalog.chain.path();
    details.catalog = std::move(catalog).catalog();
    if (details.account.status == AccountStatus::Inactive) {
        details.activation = states.value(id);
        details.activation->mailServerSetUp = mail.isConfigured();
    }
    return details;
}

Result<std::optional<Account>> AccountService::findByLogin(const QString &login)
{
    return AccountStore(m_db).byLogin(login);
}

Result<int> AccountService::count(const AccountQuery &query)
{
    return AccountListQuery(m_db).count(query);
}

Result<QList<Account>> AccountService::page(const AccountQuery &query, int offset, int limit)
{
    return AccountListQuery(m_db).page(query, offset, limit);
}

Result<void> AccountService::readAll(const AccountQuery &query, int pageSize,
                                     const std::function<bool(const QList<Account> &)> &take)
{
    AccountListQuery list(m_db);
    // Row 0's anchor, then each next one `pageSize` rows on: every page starts at one.
    auto first = list.anchors(query, {}, pageSize, 1);
    if (!first)
        return fail(first.error());
    if (first->isEmpty())
        return {};
    AccountAnchor anchor = first->first();
    for (;;) {
        auto page = list.page(query, anchor.row, pageSize, anchor);
        if (!page)
            return fail(page.error());
        if (page->isEmpty())
            return {};
        QList<qint64> ids;
        ids.reserve(page->size());
        for (const Account &account : std::as_const(*page))
            ids.append(account.id);
        auto links = CatalogStore(m_db).allLinksOf(ids);
        if (!links)
            return fail(links.error());
        for (Account &account : *page) {
            account.subscriptionIds = links->subscriptions.value(account.id);
            account.securityGroupIds = links->securityGroups.value(account.id);
        }
        if (!take(*page) || page->size() < pageSize)
            return {};
        auto next = list.anchors(query, anchor, pageSize, 1);
        if (!next)
            return fail(next.error());
        if (next->isEmpty())
            return {};
        anchor = next->first();
    }
}

Result<int> AccountService::rowOf(const AccountQuery &query, qint64 id)
{
    return AccountListQuery(m_db).rowOf(query, id);
}

Result<QString> AccountService::deleteRefusal(const QList<qint64> &ids)
{
    // One statement: the Delete hint follows every change of the selection.
    auto locked = AccountStore(m_db).dataLockedLogins(ids);
    if (!locked)
        return fail(locked.error());
    return deleteRefusalOf(ids, *locked);
}

QString AccountService::deleteRefusalOf(const QList<qint64> &ids, const QHash<qint64, QString> &dataLocked)
{
    for (qint64 id : ids) {
        if (const auto login = dataLocked.constFind(id); login != dataLocked.cend())
            return dataLockedRefusal(*login);
    }
    return QString();
}

QString AccountService::dataLockedRefusal(const QString &login)
{
    return tr("\"%1\" is on a data-locked profile and cannot be deleted.").arg(login);
}

} // namespace bc
