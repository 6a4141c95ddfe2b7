#include "app/cli/mailcommands.h"

#include "app/cli/commandcatalog.h"
#include "app/cli/maildelivery.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/json.h"
#include "core/platform/environment.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

MailCommands::MailCommands(ActivationService &activation, QString databaseLocation, Output &output)
    : m_activation(activation)
    , m_location(std::move(databaseLocation))
    , m_output(output)
{
}

QStringList MailCommands::settingOptions()
{
    return {u"host"_s,   u"port"_s,    u"security"_s,       u"user"_s,
            u"sender"_s, u"ca-file"_s, u"activation-url"_s, u"timeout"_s};
}

QList<Error> MailCommands::read(const Invocation &invocation, SmtpSettings &settings)
{
    QList<Error> errors;
    const std::pair<QString, QString SmtpSettings::*> texts[] {
        {u"host"_s, &SmtpSettings::host},
        {u"user"_s, &SmtpSettings::user},
        {u"sender"_s, &SmtpSettings::sender},
        {u"ca-file"_s, &SmtpSettings::caFile},
        {u"activation-url"_s, &SmtpSettings::activationBaseUrl},
    };
    for (const auto &[option, member] : texts) {
        if (auto value = OptionReader::text(invocation, option))
            settings.*member = value->trimmed();
    }
    if (auto port = OptionReader::number(invocation, u"port"_s, 1, errors))
        settings.port = *port;
    if (auto timeout = OptionReader::number(invocation, u"timeout"_s, 1, errors))
        settings.timeoutSeconds = *timeout;
    if (auto security = OptionReader::text(invocation, u"security"_s)) {
        if (auto mode = fromKey<SmtpSettings::Security>(*security))
            settings.security = *mode;
        else
            errors.append({Error::Code::Invalid, u"security"_s,
                           tr("\"%1\" is no security mode; use none, starttls or tls.").arg(*security)});
    }
    return errors;
}

ExitCode MailCommands::settings(const Invocation &invocation)
{
    const QStringList options = settingOptions();
    const bool changing = std::any_of(options.cbegin(), options.cend(),
                                      [&invocation](const QString &option) { return invocation.isSet(option); });
    if (changing != invocation.isSet(u"set"_s))
        return m_output.usageError(changing ? tr("Add --set to change settings.")
                                            : tr("--set needs an option that says what to change."),
                                   CommandCatalog::usageHint(u"mail settings"_s));
    auto current = m_activation.smtpSettings();
    if (!current)
        return m_output.error(current.error());
    if (!changing)
        return show(invocation, *current);
    SmtpSettings wanted = *current;
    if (const QList<Error> errors = read(invocation, wanted); !errors.isEmpty())
        return m_output.errors(errors);
    if (auto saved = m_activation.setSmtpSettings(wanted); !saved)
        return m_output.error(saved.error());
    if (invocation.isSet(u"json"_s))
        return show(invocation, wanted);
    m_output.data(tr("Changed the mail settings."));
    return ExitCode::Success;
}

ExitCode MailCommands::show(const Invocation &invocation, const SmtpSettings &settings)
{
    if (invocation.isSet(u"json"_s)) {
        m_output.json(Json::fromSmtpSettings(settings));
        return ExitCode::Success;
    }
    const QString none = tr("none");
    TextTable table;
    table.addRow({tr("Host:"), settings.host.isEmpty() ? none : settings.host});
    table.addRow({tr("Port:"), QString::number(settings.port)});
    table.addRow({tr("Security:"), toKey(settings.security)});
    table.addRow({tr("User:"), settings.user.isEmpty() ? none : settings.user});
    table.addRow({tr("Sender:"), settings.sender.isEmpty() ? none : settings.sender});
    table.addRow({tr("CA file:"), settings.caFile.isEmpty() ? tr("the system's") : settings.caFile});
    table.addRow({tr("Timeout:"), tr("%n second(s)", nullptr, settings.timeoutSeconds)});
    table.addRow({tr("Activation links:"), settings.activationBaseUrl});
    table.addRow(
        {tr("Password:"),
         tr("not stored; give it to \"outbox send\" (%1 or --password-stdin)").arg(Environment::smtpPassword)});
    m_output.data(table.toString());
    if (!settings.isConfigured())
        m_output.message(tr("No email is sent until a host and a sender are set."));
    return ExitCode::Success;
}

ExitCode MailCommands::test(const Invocation &invocation)
{
    if (!invocation.isSet(u"to"_s))
        return m_output.usageError(tr("The command \"mail test\" needs --to."),
                                   CommandCatalog::usageHint(u"mail test"_s));
    auto password = MailDelivery::prepare(m_activation, invocation);
    if (!password)
        return m_output.error(password.error());
    auto queued = m_activation.enqueueTestMessage(invocation.value(u"to"_s));
    if (!queued) {
        Error error = queued.error();
        error.field = u"to"_s;
        return m_output.error(error);
    }
    auto report = MailDelivery::sendDue(m_location, *password);
    if (!report)
        return m_output.error(report.error());
    auto message = m_activation.message(*queued);
    if (!message)
        return m_output.error(message.error());
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromOutboxMessage(*message));
    if (message->status != OutboxMessage::Status::Sent)
        return m_output.error(
            {Error::Code::Invalid, QString(),
             tr("The test email to %1 was not delivered: %2").arg(message->recipient, message->lastError)});
    if (!invocation.isSet(u"json"_s))
        m_output.data(tr("Sent a test email to %1.").arg(message->recipient));
    return ExitCode::Success;
}

} // namespace bc::cli
