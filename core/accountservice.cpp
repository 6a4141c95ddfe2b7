#include "accountservice.h"

#include "accountrules.h"
#include "accountstore.h"
#include "auditlog.h"
#include "database.h"
#include "groupstore.h"
#include "json.h"
#include "timestamps.h"

using namespace Qt::StringLiterals;

namespace bc {

AccountService::AccountService(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
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
    auto availability = checkLogin(login);
    return {Error::Code::LoginTaken, Field::login,
            availability ? availability->message : loginTakenMessage(login, QString())};
}

QList<Error> AccountService::validate(qint64 groupId, const AccountDraft &draft)
{
    // effectiveLimits() walks up from the group and finds nothing above 0; an account needs a group.
    if (groupId <= 0)
        return {Error {Error::Code::NotFound, Field::group, tr("Choose the group the account belongs to.")}};
    auto limits = GroupStore(m_db).effectiveLimits(groupId);
    if (!limits)
        return {limits.error()};
    QList<Error> errors = AccountRules::check(draft, *limits);
    const bool loginValid =
        std::none_of(errors.cbegin(), errors.cend(), [](const Error &error) { return error.field == Field::login; });
    if (loginValid) {
        auto taken = AccountStore(m_db).loginExists(draft.login);
        if (!taken)
            errors.prepend(taken.error());
        else if (*taken)
            errors.prepend(loginTakenError(draft.login));
    }
    return errors;
}

Result<LoginAvailability> AccountService::checkLogin(const QString &login)
{
    AccountStore accounts(m_db);
    auto taken = accounts.loginExists(login);
    if (!taken)
        return fail(taken.error());
    if (!*taken)
        return LoginAvailability {true, QString(), QString()};
    auto free = accounts.freeLogins(AccountRules::loginVariants(login, 20));
    if (!free)
        return fail(free.error());
    return LoginAvailability {false, free->value(0), loginTakenMessage(login, free->value(0))};
}

Result<Account> AccountService::create(qint64 groupId, const AccountDraft &input, AccountStatus status)
{
    const AccountDraft draft = AccountRules::normalized(input);
    auto created = m_db.write([&]() -> Result<Account> {
        // Validated inside the write transaction, so the limits and the login cannot change meanwhile
        // on this database; the unique index settles any race with another server or process.
        const QList<Error> errors = validate(groupId, draft);
        if (!errors.isEmpty())
            return fail(errors.first());
        AccountStore accounts(m_db);
        auto id = accounts.insert(groupId, draft, status, Timestamps::now());
        if (!id)
            return fail(id.error());
        auto account = accounts.byId(*id);
        if (!account)
            return account;
        if (auto audited = AuditLog(m_db).append({.action = u"account.created"_s,
                                                  .objectType = u"account"_s,
                                                  .objectId = account->id,
                                                  .summary = account->login,
                                                  .after = Json::fromAccount(*account)});
            !audited)
            return fail(audited.error());
        return account;
    });
    if (!created) {
        if (created.error().code == Error::Code::LoginTaken)
            return fail(loginTakenError(draft.login));
        return created;
    }
    Q_EMIT accountAdded(*created);
    return created;
}

Result<Account> AccountService::disable(qint64 id)
{
    return changeStatus(id, AccountStatus::Disabled);
}

Result<Account> AccountService::enable(qint64 id)
{
    return changeStatus(id, AccountStatus::Active);
}

Result<Account> AccountService::changeStatus(qint64 id, AccountStatus wanted)
{
    bool unchanged = false;
    auto changed = m_db.write([&]() -> Result<Account> {
        AccountStore accounts(m_db);
        auto before = accounts.byId(id);
        if (!before)
            return before;
        AccountStatus status = wanted;
        QString action = u"account.disabled"_s;
        // Nothing to do is not a change: no audit entry, no signal.
        if (wanted == AccountStatus::Disabled) {
            if (before->status == AccountStatus::Disabled) {
                unchanged = true;
                return before;
            }
        } else {
            if (before->status != AccountStatus::Disabled) {
                unchanged = true;
                return before;
            }
            // Enabling returns the account to where it was: active once activated, else pending.
            status = before->activatedAt.isValid() ? AccountStatus::Active : AccountStatus::Inactive;
            action = u"account.enabled"_s;
        }
        if (auto done = accounts.setStatus(id, status, Timestamps::now()); !done)
            return fail(done.error());
        auto after = accounts.byId(id);
        if (!after)
            return after;
        if (auto audited = AuditLog(m_db).append({.action = action,
                                                  .objectType = u"account"_s,
                                                  .objectId = id,
                                                  .summary = after->login,
                                                  .before = Json::fromAccount(*before),
                                                  .after = Json::fromAccount(*after)});
            !audited)
            return fail(audited.error());
        return after;
    });
    if (changed && !unchanged)
        Q_EMIT accountChanged(*changed);
    return changed;
}

Result<void> AccountService::remove(qint64 id)
{
    qint64 groupId = 0;
    auto removed = m_db.write([&]() -> Result<void> {
        AccountStore accounts(m_db);
        auto account = accounts.byId(id);
        if (!account)
            return fail(account.error());
        groupId = account->groupId;
        if (auto done = accounts.remove(id); !done)
            return done;
        return AuditLog(m_db).append({.action = u"account.deleted"_s,
                                      .objectType = u"account"_s,
                                      .objectId = id,
                                      .summary = account->login,
                                      .before = Json::fromAccount(*account)});
    });
    if (removed)
        Q_EMIT accountRemoved(id, groupId);
    return removed;
}

Result<Account> AccountService::account(qint64 id)
{
    return AccountStore(m_db).byId(id);
}

Result<std::optional<Account>> AccountService::findByLogin(const QString &login)
{
    return AccountStore(m_db).byLogin(login);
}

Result<int> AccountService::count(const AccountQuery &query)
{
    return AccountStore(m_db).count(query);
}

Result<QList<Account>> AccountService::page(const AccountQuery &query, int offset, int limit)
{
    return AccountStore(m_db).page(query, offset, limit);
}

Result<int> AccountService::rowOf(const AccountQuery &query, qint64 id)
{
    return AccountStore(m_db).rowOf(query, id);
}

} // namespace bc
