#include "app/cli/accountchangecommand.h"

#include "app/cli/accountcommands.h"
#include "app/cli/catalogresolver.h"
#include "app/cli/commandcatalog.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"

#include "core/domain/fields.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc::cli {

AccountChangeCommand::AccountChangeCommand(AccountService &accounts, GroupService &groups, CatalogResolver &resolver,
                                           Authority &authority, Output &output)
    : m_accounts(accounts)
    , m_groups(groups)
    , m_resolver(resolver)
    , m_authority(authority)
    , m_output(output)
{
}

ExitCode AccountChangeCommand::target(const Invocation &invocation, Target &target)
{
    const bool filtered = invocation.isSet(u"group"_s) || invocation.isSet(u"status"_s) || invocation.isSet(u"search"_s)
        || invocation.isSet(u"include-subgroups"_s);
    if (invocation.arguments().isEmpty() == !filtered || (filtered && !invocation.isSet(u"group"_s)))
        return m_output.usageError(tr("Name the accounts by login, or give --group (with --include-subgroups, "
                                      "--status or --search) for every account of that list; not both."),
                                   CommandCatalog::usageHint(u"account change"_s));
    if (filtered) {
        AccountQuery query;
        if (auto said = AccountCommands::readListQuery(invocation, m_groups, m_authority, m_output, query))
            return *said;
        auto count = m_accounts.count(query);
        if (!count)
            return m_output.error(count.error());
        target.selection = AccountSelection::allOf(query, *count);
        target.groupId = query.groupId;
        return ExitCode::Success;
    }
    QList<qint64> ids;
    QList<Error> errors;
    for (const QString &login : invocation.arguments()) {
        auto account = AccountCommands::byLogin(m_accounts, login);
        if (!account) {
            errors.append(account.error());
            continue;
        }
        if (auto allowed = m_authority.allows(Permission::EditAccounts, account->groupId); !allowed)
            return m_output.refused(allowed.error());
        if (target.groupId == 0)
            target.groupId = account->groupId;
        ids.append(account->id);
    }
    if (!errors.isEmpty())
        return m_output.errors(errors);
    target.selection = AccountSelection::of(ids);
    return ExitCode::Success;
}

AccountChange AccountChangeCommand::change(const Invocation &invocation, qint64 groupId, QList<Error> &errors)
{
    AccountChange change;
    if (invocation.isSet(u"move-to"_s)) {
        if (auto group = m_groups.resolve(invocation.value(u"move-to"_s)))
            change.groupId = group->id;
        else
            errors.append(group.error());
    }
    // Names are looked up among what the accounts' group offers (the items of a group above it too).
    const auto item = [&]<typename T>(const QString &option, const QString &field) -> std::optional<qint64> {
        auto found = m_resolver.find<T>(groupId, invocation.value(option), CatalogScope::Available, field);
        if (!found) {
            errors.append(found.error());
            return std::nullopt;
        }
        return found->id;
    };
    if (invocation.isSet(u"no-profile"_s))
        change.profileId = 0;
    else if (invocation.isSet(u"profile"_s))
        change.profileId = item.operator()<Profile>(u"profile"_s, Field::profile);
    if (invocation.isSet(u"group-storage"_s))
        change.storageId = 0;
    else if (invocation.isSet(u"storage"_s))
        change.storageId = item.operator()<Storage>(u"storage"_s, Field::storage);
    Quotas quotas;
    const QList<Resource> limits = OptionReader::readQuotas(invocation, u"quota"_s, false, quotas, errors);
    for (Resource resource : OptionReader::readQuotas(invocation, u"overage"_s, true, quotas, errors)) {
        if (!limits.contains(resource))
            errors.append({Error::Code::Invalid, u"overage"_s,
                           tr("--overage %1 needs --quota %1 as well: the limit it passes.").arg(toKey(resource))});
    }
    for (Resource resource : limits)
        change.setQuota(resource, quotas[resource]);
    const auto ids = [&]<typename T>(const QString &option, const QString &field, QList<qint64> &into) {
        if (!invocation.isSet(option))
            return;
        if (auto found = m_resolver.ids<T>(groupId, invocation.values(option), field))
            into = *found;
        else
            errors.append(found.error());
    };
    ids.operator()<Subscription>(u"add-subscription"_s, Field::subscriptions, change.addSubscriptions);
    ids.operator()<Subscription>(u"remove-subscription"_s, Field::subscriptions, change.removeSubscriptions);
    ids.operator()<SecurityGroup>(u"add-security-group"_s, Field::securityGroups, change.addSecurityGroups);
    ids.operator()<SecurityGroup>(u"remove-security-group"_s, Field::securityGroups, change.removeSecurityGroups);
    return change;
}

ExitCode AccountChangeCommand::run(const Invocation &invocation)
{
    Target target;
    if (const ExitCode said = this->target(invocation, target); said != ExitCode::Success)
        return said;
    QList<Error> errors;
    const AccountChange wanted = change(invocation, target.groupId, errors);
    if (!errors.isEmpty())
        return m_output.errors(errors);
    if (wanted.isEmpty())
        return m_output.usageError(tr("Say what to change: --move-to, --profile, --storage, --quota, "
                                      "--add-subscription, --remove-subscription, --add-security-group or "
                                      "--remove-security-group."),
                                   CommandCatalog::usageHint(u"account change"_s));
    // The permission where the accounts are and where they go; nobody gives more than it has.
    if (auto allowed = m_authority.allows(Permission::EditAccounts, target.groupId); !allowed)
        return m_output.refused(allowed.error());
    if (wanted.groupId) {
        if (auto allowed = m_authority.allows(Permission::EditAccounts, *wanted.groupId); !allowed)
            return m_output.refused(allowed.error());
    }
    if (auto granted = m_authority.mayGrant(false, wanted.addSecurityGroups); !granted)
        return m_output.refused(granted.error());

    // A filter's accounts are read now, as the console reads them when its action starts.
    auto ids = m_accounts.selected(target.selection);
    if (!ids)
        return m_output.error(ids.error());
    const BulkOutcome outcome = m_accounts.changeAll(*ids, wanted);
    QList<Error> refused;
    QJsonArray failed;
    for (const BulkFailure &failure : outcome.failed) {
        auto account = m_accounts.account(failure.accountId);
        const QString login = account ? account->login : QString::number(failure.accountId);
        failed.append(QJsonObject {
            {u"login"_s, login}, {u"field"_s, failure.error.field}, {u"message"_s, failure.error.message}});
        Error named = failure.error;
        named.message = tr("\"%1\": %2").arg(login, failure.error.message);
        refused.append(named);
    }
    if (invocation.isSet(u"json"_s)) {
        m_output.json(QJsonObject {{u"selected"_s, outcome.total},
                                   {u"changed"_s, static_cast<int>(outcome.changed.size())},
                                   {u"unchanged"_s, static_cast<int>(outcome.unchanged.size())},
                                   {u"failed"_s, failed}});
    } else {
        m_output.data(tr("Changed %n account(s).", nullptr, static_cast<int>(outcome.changed.size())));
        if (!outcome.unchanged.isEmpty())
            m_output.data(
                tr("%n account(s) were as asked already.", nullptr, static_cast<int>(outcome.unchanged.size())));
    }
    if (outcome.stoppedBy)
        return m_output.error(*outcome.stoppedBy);
    if (!refused.isEmpty())
        return m_output.errors(refused);
    return ExitCode::Success;
}

} // namespace bc::cli
