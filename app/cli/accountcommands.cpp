#include "app/cli/accountcommands.h"

#include "app/cli/accountdetails.h"
#include "app/cli/accountdraftreader.h"
#include "app/cli/catalogresolver.h"
#include "app/cli/commandcatalog.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/accountquery.h"
#include "core/domain/csv.h"
#include "core/domain/json.h"
#include "core/rules/accountrules.h"
#include "core/services/accountexport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

// How many accounts `account list --json` and `--csv` read at a time.
constexpr int pageSize = 1000;

struct SortKey
{
    QString key;
    AccountColumn column;
};

const QList<SortKey> &sortKeys()
{
    static const QList<SortKey> keys {
        {u"login"_s, AccountColumn::Login},         {u"name"_s, AccountColumn::Name},
        {u"email"_s, AccountColumn::Email},         {u"status"_s, AccountColumn::Status},
        {u"admin"_s, AccountColumn::Administrator}, {u"storage"_s, AccountColumn::StorageQuota},
        {u"created"_s, AccountColumn::Created},
    };
    return keys;
}

} // namespace

AccountCommands::AccountCommands(AccountService &accounts, GroupService &groups, CatalogService &catalog,
                                 ActivationService &activation, CatalogResolver &resolver, Authority &authority,
                                 Output &output)
    : m_accounts(accounts)
    , m_groups(groups)
    , m_catalog(catalog)
    , m_activation(activation)
    , m_resolver(resolver)
    , m_authority(authority)
    , m_output(output)
{
}

Result<Account> AccountCommands::byLogin(AccountService &accounts, const QString &login)
{
    auto found = accounts.findByLogin(login);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::Code::NotFound, Field::login, tr("There is no account with the login \"%1\".").arg(login));
    // findByLogin reads the row; account() adds the subscriptions and security groups.
    return accounts.account((*found)->id);
}

ExitCode AccountCommands::add(const Invocation &invocation)
{
    QStringList missing;
    for (const QString &option : {u"group"_s, u"login"_s, u"email"_s}) {
        if (!invocation.isSet(option))
            missing.append(u"--"_s + option);
    }
    if (!missing.isEmpty())
        return m_output.usageError(tr("The command \"account add\" needs %1.").arg(missing.join(u", "_s)),
                                   CommandCatalog::usageHint(u"account add"_s));

    auto group = m_groups.resolve(invocation.value(u"group"_s));
    if (!group)
        return m_output.error(group.error());
    if (auto allowed = m_authority.allows(Permission::CreateAccounts, group->id); !allowed)
        return m_output.refused(allowed.error());
    // The group's defaults first (core's one rule), unless opted out; then what the options say.
    auto base = m_accounts.newDraft(
        group->id,
        {.profile = !invocation.isSet(u"no-profile"_s), .subscription = !invocation.isSet(u"no-subscriptions"_s)});
    if (!base)
        return m_output.error(base.error());
    AccountDraftReader::Draft read = AccountDraftReader::read(invocation, *base, group->id, m_resolver);
    readActivationEmail(invocation, group->id, read.draft, read.errors);
    if (auto granted = m_authority.mayGrant(read.draft.administrator, read.draft.securityGroupIds); !granted)
        return m_output.refused(granted.error());

    // Every error at once first; create() checks again inside its transaction, where races are settled.
    const QList<Error> errors =
        Output::merged(read.errors, m_accounts.validate(group->id, AccountRules::normalized(read.draft)));
    if (!errors.isEmpty())
        return m_output.errors(errors);
    auto created = m_accounts.create(group->id, read.draft);
    if (!created)
        return m_output.error(created.error());

    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromAccount(*created));
    else
        m_output.data(tr("Created account \"%1\" (id %2) in \"%3\".")
                          .arg(created->login)
                          .arg(created->id)
                          .arg(m_groups.pathOr(created->groupId)));
    return ExitCode::Success;
}

void AccountCommands::readActivationEmail(const Invocation &invocation, qint64 groupId, AccountDraft &draft,
                                          QList<Error> &errors)
{
    if (invocation.isSet(u"no-activation-email"_s)) {
        draft.sendActivationEmail = false;
        return;
    }
    const auto subject = OptionReader::text(invocation, u"activation-subject"_s);
    const auto body = OptionReader::fileText(invocation, u"activation-body-file"_s, errors);
    if (!subject && !body)
        return;
    auto base = m_activation.effectiveTemplate(groupId);
    if (!base) {
        errors.append(base.error());
        return;
    }
    EmailTemplate email = *base;
    if (subject)
        email.subject = *subject;
    if (body) {
        email.bodyText = *body;
        email.bodyHtml = EmailTemplates::htmlFromText(*body);
    }
    if (auto valid = ActivationService::checkTemplate(email); !valid) {
        Error error = valid.error();
        error.field = error.field == "subject"_L1 ? u"activation-subject"_s : u"activation-body-file"_s;
        errors.append(error);
        return;
    }
    draft.activationEmail = email;
}

ExitCode AccountCommands::resendActivation(const Invocation &invocation)
{
    QJsonArray resent;
    QList<Error> errors;
    bool refused = false;
    for (const QString &login : invocation.arguments()) {
        auto account = byLogin(m_accounts, login);
        if (auto allowed = account ? m_authority.allows(Permission::EditAccounts, account->groupId) : Result<void>();
            !allowed) {
            refused = true;
            errors.append(allowed.error());
        } else if (account) {
            if (auto queued = m_activation.resend(account->id); queued) {
                resent.append(account->login);
                if (!invocation.isSet(u"json"_s))
                    m_output.data(tr("Queued a new activation email for \"%1\"; earlier links no longer work.")
                                      .arg(account->login));
                continue;
            } else {
                errors.append(queued.error());
            }
        } else {
            errors.append(account.error());
        }
        errors.last().field = login;
    }
    if (invocation.isSet(u"json"_s)) {
        QJsonArray failed;
        for (const Error &error : std::as_const(errors))
            failed.append(QJsonObject {{u"login"_s, error.field}, {u"message"_s, error.message}});
        m_output.json(QJsonObject {{u"resent"_s, resent}, {u"failed"_s, failed}});
    }
    if (errors.isEmpty())
        return ExitCode::Success;
    const ExitCode code = m_output.errors(errors);
    return refused && code != ExitCode::DatabaseProblem ? ExitCode::NotAllowed : code;
}

std::optional<ExitCode> AccountCommands::readListQuery(const Invocation &invocation, GroupService &groups,
                                                       Authority &authority, Output &output, AccountQuery &query)
{
    if (invocation.isSet(u"group"_s)) {
        auto group = groups.resolve(invocation.value(u"group"_s));
        if (!group)
            return output.error(group.error());
        query.groupId = group->id;
        query.includeSubgroups = invocation.isSet(u"include-subgroups"_s);
    } else if (invocation.isSet(u"include-subgroups"_s)) {
        return output.usageError(tr("--include-subgroups needs --group."),
                                 CommandCatalog::usageHint(invocation.command()->name()));
    }
    // An operator sees its own group and the groups below it (core's rule, as the console's export).
    if (auto scoped = authority.accountScope(query); !scoped)
        return output.refused(scoped.error());
    else
        query = *scoped;
    if (invocation.isSet(u"status"_s)) {
        const QString text = invocation.value(u"status"_s);
        if (text.trimmed().isEmpty() || !StatusFilter::apply(query, text))
            return output.errors(
                {{Error::Code::Invalid, u"status"_s,
                  tr("\"%1\" is not a status; use one of %2.").arg(text, StatusFilter::keys().join(u", "_s))}});
    }
    query.search = invocation.value(u"search"_s);
    return std::nullopt;
}

ExitCode AccountCommands::list(const Invocation &invocation)
{
    AccountQuery query;
    if (auto said = readListQuery(invocation, m_groups, m_authority, m_output, query))
        return *said;
    QList<Error> errors;
    if (invocation.isSet(u"sort"_s)) {
        const QString text = invocation.value(u"sort"_s).trimmed().toLower();
        const auto it = std::find_if(sortKeys().cbegin(), sortKeys().cend(),
                                     [&text](const SortKey &key) { return key.key == text; });
        if (it == sortKeys().cend()) {
            QStringList names;
            for (const SortKey &key : sortKeys())
                names.append(key.key);
            errors.append({Error::Code::Invalid, u"sort"_s,
                           tr("\"%1\" is not a column; use one of %2.").arg(text, names.join(u", "_s))});
        } else {
            query.sortColumn = it->column;
        }
    }
    query.sortOrder = invocation.isSet(u"descending"_s) ? Qt::DescendingOrder : Qt::AscendingOrder;
    const int limit = OptionReader::number(invocation, u"limit"_s, 0, errors).value_or(-1);
    if (!errors.isEmpty())
        return m_output.errors(errors);

    if (invocation.isSet(u"csv"_s))
        return writeCsv(query, limit);

    auto total = m_accounts.count(query);
    if (!total)
        return m_output.error(total.error());
    const int wanted = limit < 0 ? *total : std::min(limit, *total);

    if (invocation.isSet(u"json"_s)) {
        // Written as read, page after page: a million accounts never sit in memory at once.
        m_output.beginJsonArray(u"accounts"_s);
        qsizetype shown = 0;
        if (wanted > 0) {
            auto read = m_accounts.readAll(query, std::min(wanted, pageSize), [&](const QList<Account> &page) {
                for (const Account &account : page) {
                    if (shown == wanted)
                        break;
                    m_output.jsonArrayItem(Json::fromAccount(account));
                    ++shown;
                }
                return shown < wanted;
            });
            if (!read)
                return m_output.error(read.error());
        }
        m_output.endJsonArray(QJsonObject {{u"total"_s, *total}});
        return ExitCode::Success;
    }

    QList<Account> accounts;
    if (wanted > 0) {
        auto page = m_accounts.page(query, 0, wanted);
        if (!page)
            return m_output.error(page.error());
        accounts = *page;
    }

    TextTable table(
        {tr("Login"), tr("Name"), tr("Email"), tr("Status"), tr("Admin"), tr("Storage quota"), tr("Created")});
    for (const Account &account : std::as_const(accounts)) {
        table.addRow({account.login, account.displayName, account.email, AccountText::label(account.status),
                      AccountDetails::yesNo(account.administrator),
                      Quotas::formatLimit(Resource::Storage, account.quotas[Resource::Storage].limit),
                      AccountDetails::formatTime(account.createdAt)});
    }
    if (!accounts.isEmpty())
        m_output.data(table.toString());
    m_output.message(tr("Accounts shown: %1 of %2.").arg(accounts.size()).arg(*total));
    return ExitCode::Success;
}

ExitCode AccountCommands::writeCsv(const AccountQuery &query, int limit)
{
    // Page after page, each written as it is read: an export of a million accounts never holds them all.
    auto written =
        AccountExport(m_accounts, m_groups, m_catalog).run(query, limit, [this](const QString &text, qint64) {
            m_output.data(text);
            return true;
        });
    if (!written)
        return m_output.error(written.error());
    return ExitCode::Success;
}

ExitCode AccountCommands::show(const Invocation &invocation)
{
    auto account = byLogin(m_accounts, invocation.argument(0));
    if (!account)
        return m_output.error(account.error());
    if (auto reached = m_authority.reaches(account->groupId); !reached)
        return m_output.refused(reached.error());
    auto activation = m_activation.state(account->id);
    if (!activation)
        return m_output.error(activation.error());
    if (invocation.isSet(u"json"_s)) {
        QJsonObject object = Json::fromAccount(*account);
        object.insert(u"activation"_s, Json::fromActivationState(*activation));
        m_output.json(object);
        return ExitCode::Success;
    }
    m_output.data(AccountDetails::text(*account, m_groups.pathOr(account->groupId), m_resolver, *activation));
    return ExitCode::Success;
}

ExitCode AccountCommands::changeStatus(const Invocation &invocation, bool enable)
{
    auto account = byLogin(m_accounts, invocation.argument(0));
    if (!account)
        return m_output.error(account.error());
    if (auto allowed = m_authority.allows(Permission::EditAccounts, account->groupId); !allowed)
        return m_output.refused(allowed.error());
    auto changed = enable ? m_accounts.enable(account->id) : m_accounts.disable(account->id);
    if (!changed)
        return m_output.error(changed.error());
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromAccount(*changed));
    else
        m_output.data(
            tr("The account \"%1\" now has the status %2.").arg(changed->login, AccountText::label(changed->status)));
    return ExitCode::Success;
}

ExitCode AccountCommands::disable(const Invocation &invocation)
{
    return changeStatus(invocation, false);
}

ExitCode AccountCommands::enable(const Invocation &invocation)
{
    return changeStatus(invocation, true);
}

ExitCode AccountCommands::remove(const Invocation &invocation)
{
    auto account = byLogin(m_accounts, invocation.argument(0));
    if (!account)
        return m_output.error(account.error());
    if (auto allowed = m_authority.allows(Permission::DeleteAccounts, account->groupId); !allowed)
        return m_output.refused(allowed.error());
    if (auto removed = m_accounts.remove(account->id); !removed)
        return m_output.error(removed.error());
    // The recycle bin keeps it (a period the database sets); saying how long costs one read.
    if (auto days = m_accounts.binRetentionDays(); days)
        m_output.data(tr("Deleted account \"%1\" (id %2): the recycle bin keeps it %n day(s); \"account restore "
                         "%1\" brings it back.",
                         nullptr, *days)
                          .arg(account->login)
                          .arg(account->id));
    else
        m_output.data(tr("Deleted account \"%1\" (id %2).").arg(account->login).arg(account->id));
    return ExitCode::Success;
}

} // namespace bc::cli
