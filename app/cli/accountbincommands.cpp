#include "app/cli/accountbincommands.h"

#include "app/cli/accountdetails.h"
#include "app/cli/commandcatalog.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/json.h"
#include "core/rules/accountrules.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

// How many kept accounts `account deleted` shows when --limit does not say.
constexpr int defaultListLimit = 10000;
// The keys of database settings --json.
const QString recycleBinDaysKey = u"recycleBinDays"_s;

} // namespace

AccountBinCommands::AccountBinCommands(AccountService &accounts, GroupService &groups, Authority &authority,
                                       Output &output)
    : m_accounts(accounts)
    , m_groups(groups)
    , m_authority(authority)
    , m_output(output)
{
}

Result<void> AccountBinCommands::purgeExpired(int *purged)
{
    auto done = m_accounts.purgeExpired();
    if (!done)
        return fail(done.error());
    if (purged)
        *purged = *done;
    return {};
}

ExitCode AccountBinCommands::deleted(const Invocation &invocation)
{
    QList<Error> errors;
    const int limit = OptionReader::number(invocation, u"limit"_s, 0, errors).value_or(defaultListLimit);
    if (!errors.isEmpty())
        return m_output.errors(errors);
    // As the account list: an operator sees the kept accounts of its own group and the groups below.
    qint64 within = m_authority.scope();
    if (invocation.isSet(u"group"_s)) {
        auto group = m_groups.resolve(invocation.value(u"group"_s));
        if (!group)
            return m_output.error(group.error());
        if (auto reached = m_authority.reaches(group->id); !reached)
            return m_output.refused(reached.error());
        within = group->id;
    }
    if (auto purged = purgeExpired(); !purged)
        return m_output.error(purged.error());
    auto days = m_accounts.binRetentionDays();
    if (!days)
        return m_output.error(days.error());
    auto kept = m_accounts.deletedAccounts(within, limit);
    if (!kept)
        return m_output.error(kept.error());
    QList<qint64> groupIds;
    for (const DeletedAccount &account : std::as_const(*kept))
        groupIds.append(account.account.groupId);
    auto paths = m_groups.paths(groupIds);
    if (!paths)
        return m_output.error(paths.error());

    if (invocation.isSet(u"json"_s)) {
        QJsonArray accounts;
        for (const DeletedAccount &account : std::as_const(*kept)) {
            QJsonObject object = Json::fromDeletedAccount(account, *days);
            object.insert(u"groupPath"_s, paths->value(account.account.groupId));
            accounts.append(object);
        }
        m_output.json(QJsonObject {{u"accounts"_s, accounts}, {recycleBinDaysKey, *days}});
        return ExitCode::Success;
    }
    TextTable table({tr("Login"), tr("Group"), tr("Status"), tr("Deleted"), tr("Purged on")});
    for (const DeletedAccount &account : std::as_const(*kept)) {
        table.addRow({account.account.login, paths->value(account.account.groupId),
                      AccountText::label(account.account.status), AccountDetails::formatTime(account.deletedAt),
                      AccountDetails::formatTime(account.deletedAt.addDays(*days))});
    }
    if (!kept->isEmpty())
        m_output.data(table.toString());
    m_output.message(
        tr("Deleted accounts shown: %1. The recycle bin keeps each for %n day(s).", nullptr, *days).arg(kept->size()));
    return ExitCode::Success;
}

Error AccountBinCommands::notKept(const QString &login)
{
    auto found = m_accounts.findByLogin(login);
    if (!found)
        return found.error();
    if (*found)
        return {Error::Code::Invalid, login,
                tr("The account \"%1\" is not deleted; the recycle bin holds only deleted accounts.").arg(login)};
    return {Error::Code::NotFound, login, tr("There is no deleted account with the login \"%1\".").arg(login)};
}

std::optional<AccountBinCommands::Named> AccountBinCommands::named(const Invocation &invocation,
                                                                   std::optional<ExitCode> &said)
{
    if (auto purged = purgeExpired(); !purged) {
        said = m_output.error(purged.error());
        return std::nullopt;
    }
    // The kept accounts named that this connection reads; the operator's permission is asked per
    // account, as `account delete` asks it, so that one outside its groups is refused rather than unknown.
    auto all = m_accounts.deletedAccountsWithLogins(invocation.arguments());
    if (!all) {
        said = m_output.error(all.error());
        return std::nullopt;
    }
    QHash<QString, qsizetype> byLogin;
    for (qsizetype i = 0; i < all->size(); ++i)
        byLogin.insert(AccountRules::loginKey(all->at(i).account.login), i);
    Named result;
    for (const QString &login : invocation.arguments()) {
        const auto found = byLogin.constFind(AccountRules::loginKey(login));
        if (found == byLogin.cend()) {
            const Error error = notKept(login);
            if (error.isDatabaseProblem()) {
                said = m_output.error(error);
                return std::nullopt;
            }
            result.errors.append(error);
            result.errors.last().field = login;
            continue;
        }
        const DeletedAccount &kept = all->at(*found);
        if (result.kept.contains(kept.account.id))
            continue; // named twice
        if (auto allowed = m_authority.allows(Permission::DeleteAccounts, kept.account.groupId); !allowed) {
            if (allowed.error().isDatabaseProblem()) {
                said = m_output.error(allowed.error());
                return std::nullopt;
            }
            result.refused = true;
            result.errors.append(allowed.error());
            result.errors.last().field = login;
            continue;
        }
        result.ids.append(kept.account.id);
        result.kept.insert(kept.account.id, kept);
    }
    return result;
}

ExitCode AccountBinCommands::finish(const Invocation &invocation, Named &asked, const BulkOutcome &outcome,
                                    const QString &done, const QJsonArray &doneItems)
{
    for (const BulkFailure &failure : outcome.failed) {
        Error error = failure.error;
        error.field = asked.kept.value(failure.accountId).account.login;
        asked.errors.append(error);
    }
    if (invocation.isSet(u"json"_s)) {
        QJsonArray failed;
        for (const Error &error : std::as_const(asked.errors))
            failed.append(QJsonObject {{u"login"_s, error.field}, {u"message"_s, error.message}});
        m_output.json(QJsonObject {{done, doneItems}, {u"failed"_s, failed}});
    }
    if (outcome.stoppedBy)
        return m_output.error(*outcome.stoppedBy);
    if (asked.errors.isEmpty())
        return ExitCode::Success;
    const ExitCode code = m_output.errors(asked.errors);
    return asked.refused && code != ExitCode::DatabaseProblem ? ExitCode::NotAllowed : code;
}

ExitCode AccountBinCommands::restore(const Invocation &invocation)
{
    std::optional<ExitCode> said;
    auto asked = named(invocation, said);
    if (!asked)
        return *said;
    // Restoring gives back what each account had: the administrator switch, its security groups.
    // An operator that may not give them is refused (exit 4), as outside its scope.
    const auto mayRestore = [this, &asked](const Account &account) {
        auto may = m_authority.mayGrant(account.administrator, account.securityGroupIds);
        asked->refused = asked->refused || !may;
        return may;
    };
    const BulkOutcome outcome =
        asked->ids.isEmpty() ? BulkOutcome() : m_accounts.restoreAll(asked->ids, {}, mayRestore);
    QList<qint64> groupIds;
    for (qint64 id : outcome.changed)
        groupIds.append(asked->kept.value(id).account.groupId);
    const QHash<qint64, QString> paths = m_groups.paths(groupIds).value_or(QHash<qint64, QString>());
    QJsonArray restored;
    for (qint64 id : outcome.changed) {
        const Account &account = asked->kept[id].account;
        restored.append(Json::fromAccount(account));
        if (!invocation.isSet(u"json"_s))
            m_output.data(tr("Restored account \"%1\" (id %2) in \"%3\".")
                              .arg(account.login)
                              .arg(account.id)
                              .arg(paths.value(account.groupId, QString::number(account.groupId))));
    }
    return finish(invocation, *asked, outcome, u"restored"_s, restored);
}

ExitCode AccountBinCommands::purge(const Invocation &invocation)
{
    const bool expired = invocation.isSet(u"expired"_s);
    if (expired == !invocation.arguments().isEmpty())
        return m_output.usageError(expired ? tr("Give either logins or --expired, not both.")
                                           : tr("Name the deleted accounts to purge, or give --expired."),
                                   CommandCatalog::usageHint(u"account purge"_s));
    if (expired) {
        int purged = 0;
        if (auto done = purgeExpired(&purged); !done)
            return m_output.error(done.error());
        if (invocation.isSet(u"json"_s))
            m_output.json(QJsonObject {{u"purged"_s, purged}});
        else
            m_output.data(
                tr("Purged %n deleted account(s) whose time in the recycle bin had passed.", nullptr, purged));
        return ExitCode::Success;
    }
    std::optional<ExitCode> said;
    auto asked = named(invocation, said);
    if (!asked)
        return *said;
    const BulkOutcome outcome = asked->ids.isEmpty() ? BulkOutcome() : m_accounts.purgeAll(asked->ids);
    QJsonArray purged;
    // Those gone meanwhile (another desk, or their time passed) are gone all the same.
    for (const QList<qint64> &ids : {outcome.changed, outcome.unchanged}) {
        for (qint64 id : ids) {
            const Account &account = asked->kept[id].account;
            purged.append(QJsonObject {{u"id"_s, account.id}, {u"login"_s, account.login}});
            if (!invocation.isSet(u"json"_s))
                m_output.data(
                    tr("Purged account \"%1\" (id %2); its login is free again.").arg(account.login).arg(account.id));
        }
    }
    return finish(invocation, *asked, outcome, u"purged"_s, purged);
}

ExitCode AccountBinCommands::settings(const Invocation &invocation)
{
    const bool changing = invocation.isSet(u"recycle-bin-days"_s);
    if (changing != invocation.isSet(u"set"_s))
        return m_output.usageError(changing ? tr("Add --set to change settings.")
                                            : tr("--set needs an option that says what to change."),
                                   CommandCatalog::usageHint(u"database settings"_s));
    if (changing) {
        // The whole database's, as the mail server: only who reaches the top group may change it.
        if (auto everywhere = m_authority.allows(Permission::ManageSettings, 0); !everywhere)
            return m_output.refused(everywhere.error());
        const QString text = invocation.value(u"recycle-bin-days"_s);
        const std::optional<qint64> days = OptionReader::wholeNumber(text);
        if (!days)
            return m_output.error({Error::Code::Invalid, u"recycle-bin-days"_s,
                                   tr("\"%1\" is not a number of days.").arg(text.trimmed())});
        // Core says what the period may be; a number past an int is as wrong as the largest one.
        const int wanted = static_cast<int>(std::clamp<qint64>(*days, 0, std::numeric_limits<int>::max()));
        if (auto saved = m_accounts.setBinRetentionDays(wanted); !saved) {
            Error error = saved.error();
            if (!error.isDatabaseProblem())
                error.field = u"recycle-bin-days"_s;
            return m_output.error(error);
        }
        // A shorter period lets go at once what it no longer keeps.
        int purged = 0;
        if (auto done = purgeExpired(&purged); !done)
            return m_output.error(done.error());
        if (!invocation.isSet(u"json"_s)) {
            m_output.data(tr("Deleted accounts now stay in the recycle bin for %n day(s).", nullptr, wanted));
            if (purged > 0)
                m_output.data(tr("Purged %n deleted account(s) kept longer than that.", nullptr, purged));
            return ExitCode::Success;
        }
    }
    auto days = m_accounts.binRetentionDays();
    if (!days)
        return m_output.error(days.error());
    if (invocation.isSet(u"json"_s)) {
        m_output.json(QJsonObject {{recycleBinDaysKey, *days}});
        return ExitCode::Success;
    }
    TextTable table;
    table.addRow({tr("Recycle bin:"), tr("deleted accounts are kept %n day(s), then purged", nullptr, *days)});
    m_output.data(table.toString());
    return ExitCode::Success;
}

} // namespace bc::cli
