#include "app/cli/accounteditcommands.h"

#include "app/cli/accountcommands.h"
#include "app/cli/accountdraftreader.h"
#include "app/cli/catalogresolver.h"
#include "app/cli/commandcatalog.h"
#include "app/cli/output.h"

#include "core/domain/json.h"
#include "core/rules/accountrules.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

AccountEditCommands::AccountEditCommands(AccountService &accounts, CatalogResolver &resolver, Authority &authority,
                                         Output &output)
    : m_accounts(accounts)
    , m_resolver(resolver)
    , m_authority(authority)
    , m_output(output)
{
}

ExitCode AccountEditCommands::report(const Invocation &invocation, const Account &account, const QString &text)
{
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromAccount(account));
    else
        m_output.data(text);
    return ExitCode::Success;
}

ExitCode AccountEditCommands::edit(const Invocation &invocation)
{
    auto account = AccountCommands::byLogin(m_accounts, invocation.argument(0));
    if (!account)
        return m_output.error(account.error());
    if (auto allowed = m_authority.allows(Permission::EditAccounts, account->groupId); !allowed)
        return m_output.refused(allowed.error());
    const AccountDraftReader::Draft read =
        AccountDraftReader::read(invocation, account->draft(), account->groupId, m_resolver);
    // Nobody gives more than it has.
    if (auto granted = m_authority.mayGrantChange(*account, read.draft); !granted)
        return m_output.refused(granted.error());

    // Every error at once first; update() checks again (and the data lock) inside its transaction.
    const QList<Error> errors = Output::merged(
        read.errors, m_accounts.validate(account->groupId, AccountRules::normalized(read.draft), account->id));
    if (!errors.isEmpty())
        return m_output.errors(errors);
    auto updated = m_accounts.update(account->id, read.draft);
    if (!updated)
        return m_output.error(updated.error());
    return report(invocation, *updated, tr("Changed account \"%1\" (id %2).").arg(updated->login).arg(updated->id));
}

ExitCode AccountEditCommands::assignSubscription(const Invocation &invocation)
{
    if (!invocation.isSet(u"subscription"_s))
        return m_output.usageError(tr("The command \"account assign-subscription\" needs --subscription."),
                                   CommandCatalog::usageHint(u"account assign-subscription"_s));
    auto account = AccountCommands::byLogin(m_accounts, invocation.argument(0));
    if (!account)
        return m_output.error(account.error());
    if (auto allowed = m_authority.allows(Permission::EditAccounts, account->groupId); !allowed)
        return m_output.refused(allowed.error());
    auto ids =
        m_resolver.ids<Subscription>(account->groupId, invocation.values(u"subscription"_s), Field::subscriptions);
    if (!ids)
        return m_output.error(ids.error());
    auto updated = m_accounts.assignSubscriptions(account->id, *ids);
    if (!updated)
        return m_output.error(updated.error());
    QStringList names;
    for (qint64 id : std::as_const(updated->subscriptionIds))
        names.append(m_resolver.nameOf<Subscription>(updated->groupId, id));
    return report(invocation, *updated,
                  tr("The account \"%1\" is licensed by: %2.").arg(updated->login, names.join(u", "_s)));
}

} // namespace bc::cli
