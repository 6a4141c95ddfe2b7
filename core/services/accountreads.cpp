#include "core/services/accountservice.h"

#include "core/storage/accountlistquery.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"

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

Result<int> AccountService::rowOf(const AccountQuery &query, qint64 id)
{
    return AccountListQuery(m_db).rowOf(query, id);
}

Result<QString> AccountService::deleteRefusal(const QList<qint64> &ids)
{
    auto accounts = AccountStore(m_db).byIds(ids);
    if (!accounts)
        return fail(accounts.error());
    PlanCache cache;
    for (qint64 id : ids) {
        const auto account = accounts->constFind(id);
        if (account == accounts->cend())
            continue; // gone meanwhile: nothing to refuse
        auto locked = isDataLocked(*account, &cache);
        if (!locked)
            return fail(locked.error());
        if (*locked)
            return dataLockedRefusal(account->login);
    }
    return QString();
}

QString AccountService::dataLockedRefusal(const QString &login)
{
    return tr("\"%1\" is on a data-locked profile and cannot be deleted.").arg(login);
}

} // namespace bc
