#include "app/cli/cliapplication.h"

#include "app/cli/accountbincommands.h"
#include "app/cli/accountchangecommand.h"
#include "app/cli/accountcommands.h"
#include "app/cli/accounteditcommands.h"
#include "app/cli/auditcommands.h"
#include "app/cli/catalogcommands.h"
#include "app/cli/catalogresolver.h"
#include "app/cli/clisignin.h"
#include "app/cli/commandcatalog.h"
#include "app/cli/commandline.h"
#include "app/cli/databasecommands.h"
#include "app/cli/groupcommands.h"
#include "app/cli/groupsettingscommands.h"
#include "app/cli/grouptemplatecommands.h"
#include "app/cli/importcommands.h"
#include "app/cli/invocation.h"
#include "app/cli/mailcommands.h"
#include "app/cli/operatorcommands.h"
#include "app/cli/optionreader.h"
#include "app/cli/outboxcommands.h"

#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/auditlog.h"
#include "core/services/catalogservice.h"
#include "core/services/demodata.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/storage/database.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace bc::cli {

ExitCode CliApplication::run(const QStringList &arguments)
{
    auto invocation = CommandLine::parse(arguments);
    if (!invocation)
        return m_output.usageError(invocation.error().message,
                                   CommandCatalog::usageHint(invocation.error().commandName));

    // The core library logs driver details for the console's log; on a terminal they are noise, and
    // so are the drivers' own warnings, which carry raw server text. --verbose shows both.
    if (!invocation->isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"console.*=false\ndefault.warning=false"_s);

    if (!invocation->command()) {
        if (invocation->isSet(u"version"_s)) {
            m_output.data(u"%1 %2"_s.arg(CommandCatalog::programName(), QCoreApplication::applicationVersion()));
            return ExitCode::Success;
        }
        m_output.data(CommandCatalog::usage());
        return ExitCode::Success;
    }
    if (invocation->command()->words == QStringList {u"help"_s})
        return help(*invocation);
    return execute(*invocation);
}

ExitCode CliApplication::help(const Invocation &invocation)
{
    const QStringList topic = invocation.arguments();
    if (topic.isEmpty()) {
        m_output.data(CommandCatalog::usage());
        return ExitCode::Success;
    }
    if (auto command = CommandCatalog::find(topic); command && command->words.size() == topic.size()) {
        m_output.data(CommandCatalog::help(*command));
        return ExitCode::Success;
    }
    if (topic.size() == 1 && !CommandCatalog::commandsOf(topic.first()).isEmpty()) {
        m_output.data(CommandCatalog::topicHelp(topic.first()));
        return ExitCode::Success;
    }
    return m_output.usageError(tr("There is no command \"%1\".").arg(topic.join(u' ')), CommandCatalog::usageHint());
}

ExitCode CliApplication::execute(const Invocation &invocation)
{
    const QString location =
        invocation.isSet(u"database"_s) ? invocation.value(u"database"_s) : Database::defaultLocation();
    // A file is checked without opening it: a damaged file cannot be opened, and checking writes
    // nothing. A server's setup is read on a connection, as any command's.
    const bool checking = invocation.command()->words == QStringList {u"database"_s, u"check"_s};
    if (checking && !DatabaseAddress::parse(location).value_or(DatabaseAddress()).isServer())
        return DatabaseCommands(m_output).check(invocation, location);
    auto credentials = CliSignIn::credentials(invocation);
    if (!credentials)
        return m_output.refused(credentials.error());
    // On PostgreSQL, an address without a user connects as the operator's own role.
    Database::OpenOptions options;
    options.operatorLogin = credentials->login;
    options.operatorPassword = credentials->password;
    auto database = Database::open(location, options);
    if (!database && database.error().code == Error::Code::AccessDenied && !credentials->login.isEmpty()
        && DatabaseAddress::parse(location).value_or(DatabaseAddress()).user.isEmpty())
        return m_output.refused({Error::Code::NotAllowed, u"operator"_s,
                                 tr("The database refused the operator \"%1\": its password is wrong, or it has no "
                                    "database role yet (\"operator show %1\" with the owner's address tells; its "
                                    "role is made when its password is set).")
                                     .arg(credentials->login)});
    // An address on which an operator signs in, and no operator given: exit status 4, as any sign-in.
    if (!database && database.error().code == Error::Code::NotAllowed)
        return m_output.refused(database.error());
    if (!database) {
        m_output.error(database.error());
        return ExitCode::DatabaseProblem;
    }
    // Every command runs as an operator, or as whoever opened a database without operators.
    auto authority = CliSignIn::signIn(*credentials, **database);
    if (!authority)
        return m_output.refused(authority.error());
    // The audit log names the operator, and beside it the system user and host (AuditStore).
    (*database)->setActingOperator(authority->login());
    if (checking)
        return DatabaseCommands(m_output).checkServer(invocation, **database);
    if (invocation.command()->words.first() == "operator"_L1) {
        OperatorSignIn operators(**database);
        OperatorCommands commands(operators, *authority, m_output);
        if (invocation.command()->words.value(1) == "list"_L1)
            return commands.list(invocation);
        if (invocation.command()->words.value(1) == "show"_L1)
            return commands.show(invocation);
        return invocation.command()->words.value(2) == "reset"_L1 ? commands.reset(invocation)
                                                                  : commands.enroll(invocation);
    }
    GroupService groups(**database);
    if (invocation.command()->words.first() == "audit"_L1) {
        AuditLog audit(**database);
        return AuditCommands(audit, groups, *authority, m_output).list(invocation);
    }
    AccountService accounts(**database);
    CatalogService catalog(**database);
    ActivationService activation(**database);
    Services services {**database, groups, accounts, catalog, activation, *authority};
    // What one command writes is one change (the console's Edit → Undo takes it back whole).
    AuditBatchScope batch(**database);
    return dispatch(invocation, services, (*database)->location());
}

ExitCode CliApplication::dispatch(const Invocation &invocation, Services &services, const QString &location)
{
    GroupService &groups = services.groups;
    CatalogService &catalog = services.catalog;
    ActivationService &activation = services.activation;
    Authority &authority = services.authority;
    const QStringList words = invocation.command()->words;
    const QString topic = words.first();
    const QString verb = words.value(1);
    // The outbox, the mail server and the sample data are the whole database's.
    if (topic == "outbox"_L1 || topic == "mail"_L1 || topic == "demo"_L1) {
        if (auto everywhere = authority.allows(Permission::ManageSettings, 0); !everywhere)
            return m_output.refused(everywhere.error());
    }
    if (topic == "group"_L1) {
        if (verb == "settings"_L1) {
            CatalogResolver resolver(catalog);
            return GroupSettingsCommands(catalog, groups, activation, resolver, authority, m_output)
                .settings(invocation);
        }
        if (verb == "template"_L1)
            return GroupTemplateCommands(activation, groups, authority, m_output).run(invocation);
        GroupCommands commands(groups, catalog, authority, m_output);
        if (verb == "add"_L1)
            return commands.add(invocation);
        if (verb == "list"_L1)
            return commands.list(invocation);
        if (verb == "rename"_L1)
            return commands.rename(invocation);
        if (verb == "delete"_L1)
            return commands.remove(invocation);
        if (verb == "mfa"_L1)
            return commands.mfa(invocation);
    } else if (topic == "account"_L1) {
        return dispatchAccount(invocation, services);
    } else if (topic == "outbox"_L1) {
        OutboxCommands commands(activation, location, m_output);
        if (verb == "list"_L1)
            return commands.list(invocation);
        if (verb == "retry"_L1)
            return commands.retry(invocation);
        if (verb == "send"_L1)
            return commands.send(invocation);
    } else if (topic == "mail"_L1) {
        MailCommands commands(activation, location, m_output);
        if (verb == "settings"_L1)
            return commands.settings(invocation);
        if (verb == "test"_L1)
            return commands.test(invocation);
    } else if (fromKey<CatalogKind>(topic)) {
        CatalogResolver resolver(catalog);
        return CatalogCommands(catalog, groups, resolver, authority, m_output).run(invocation);
    } else if (topic == "database"_L1 && verb == "settings"_L1) {
        return AccountBinCommands(services.accounts, groups, authority, m_output).settings(invocation);
    } else if (topic == "demo"_L1) {
        return demo(invocation, groups, services.accounts, catalog);
    }
    return m_output.usageError(tr("Unknown command \"%1\".").arg(words.join(u' ')), CommandCatalog::usageHint());
}

ExitCode CliApplication::dispatchAccount(const Invocation &invocation, Services &services)
{
    const QString verb = invocation.command()->words.value(1);
    CatalogResolver resolver(services.catalog);
    if (verb == "edit"_L1)
        return AccountEditCommands(services.accounts, resolver, services.authority, m_output).edit(invocation);
    if (verb == "import"_L1)
        return ImportCommands(services.database, services.accounts, services.groups, services.authority, m_output)
            .import(invocation);
    if (verb == "change"_L1)
        return AccountChangeCommand(services.accounts, services.groups, resolver, services.authority, m_output)
            .run(invocation);
    if (verb == "assign-subscription"_L1)
        return AccountEditCommands(services.accounts, resolver, services.authority, m_output)
            .assignSubscription(invocation);
    if (verb == "deleted"_L1 || verb == "restore"_L1 || verb == "purge"_L1) {
        AccountBinCommands bin(services.accounts, services.groups, services.authority, m_output);
        if (verb == "deleted"_L1)
            return bin.deleted(invocation);
        return verb == "restore"_L1 ? bin.restore(invocation) : bin.purge(invocation);
    }
    AccountCommands commands(services.accounts, services.groups, services.catalog, services.activation, resolver,
                             services.authority, m_output);
    if (verb == "add"_L1)
        return commands.add(invocation);
    if (verb == "list"_L1)
        return commands.list(invocation);
    if (verb == "show"_L1)
        return commands.show(invocation);
    if (verb == "disable"_L1)
        return commands.disable(invocation);
    if (verb == "enable"_L1)
        return commands.enable(invocation);
    if (verb == "delete"_L1)
        return commands.remove(invocation);
    if (verb == "resend-activation"_L1)
        return commands.resendActivation(invocation);
    return m_output.usageError(tr("Unknown command \"%1\".").arg(invocation.command()->name()),
                               CommandCatalog::usageHint());
}

ExitCode CliApplication::demo(const Invocation &invocation, GroupService &groups, AccountService &accounts,
                              CatalogService &catalog)
{
    QList<Error> errors;
    const int count = OptionReader::number(invocation, u"accounts"_s, 0, errors).value_or(300);
    if (!errors.isEmpty())
        return m_output.errors(errors);
    auto summary = DemoData::fill(groups, accounts, invocation.value(u"msp-name"_s).trimmed(), count, &catalog);
    if (!summary)
        return m_output.error(summary.error());
    if (invocation.isSet(u"json"_s))
        m_output.json(QJsonObject {{u"groups"_s, summary->groups}, {u"accounts"_s, summary->accounts}});
    else
        m_output.data(
            tr("Created %1 groups and %2 accounts of sample data.").arg(summary->groups).arg(summary->accounts));
    return ExitCode::Success;
}

} // namespace bc::cli
