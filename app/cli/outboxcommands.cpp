#include "app/cli/outboxcommands.h"

#include "app/cli/accountdetails.h"
#include "app/cli/maildelivery.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"
#include "app/cli/texttable.h"

#include "core/domain/json.h"
#include "core/mail/activationtext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::cli {

OutboxCommands::OutboxCommands(ActivationService &activation, QString databaseLocation, Output &output)
    : m_activation(activation)
    , m_location(std::move(databaseLocation))
    , m_output(output)
{
}

ExitCode OutboxCommands::list(const Invocation &invocation)
{
    QList<Error> errors;
    const int limit = OptionReader::number(invocation, u"limit"_s, 0, errors).value_or(100);
    if (!errors.isEmpty())
        return m_output.errors(errors);
    auto messages = m_activation.outbox(limit);
    if (!messages)
        return m_output.error(messages.error());
    if (invocation.isSet(u"json"_s)) {
        QJsonArray array;
        for (const OutboxMessage &message : std::as_const(*messages))
            array.append(Json::fromOutboxMessage(message));
        m_output.json(QJsonObject {{u"messages"_s, array}});
        return ExitCode::Success;
    }
    TextTable table({tr("Id"), tr("Kind"), tr("Recipient"), tr("Status"), tr("Attempts"), tr("Created"),
                     tr("Next attempt"), tr("Last error")});
    for (const OutboxMessage &message : std::as_const(*messages)) {
        const bool waiting = message.status == OutboxMessage::Status::Queued;
        table.addRow({QString::number(message.id), message.kind, message.recipient, toKey(message.status),
                      QString::number(message.attempts), AccountDetails::formatTime(message.createdAt),
                      waiting ? AccountDetails::formatTime(message.nextAttemptAt) : QString(), message.lastError});
    }
    if (!messages->isEmpty())
        m_output.data(table.toString());
    m_output.message(tr("Emails shown: %1.").arg(messages->size()));
    return ExitCode::Success;
}

ExitCode OutboxCommands::retry(const Invocation &invocation)
{
    const qint64 id = OptionReader::wholeNumber(invocation.argument(0)).value_or(0);
    if (id <= 0)
        return m_output.error({Error::Code::Invalid, u"id"_s, tr("Give the id that \"outbox list\" shows.")});
    if (auto retried = m_activation.retry(id); !retried)
        return m_output.error(retried.error());
    auto message = m_activation.message(id);
    if (!message)
        return m_output.error(message.error());
    if (invocation.isSet(u"json"_s))
        m_output.json(Json::fromOutboxMessage(*message));
    else
        m_output.data(tr("The email %1 to %2 is queued again; \"outbox send\" or a running console sends it.")
                          .arg(id)
                          .arg(message->recipient));
    return ExitCode::Success;
}

ExitCode OutboxCommands::send(const Invocation &invocation)
{
    auto password = MailDelivery::prepare(m_activation, invocation);
    if (!password)
        return m_output.error(password.error());
    auto report = MailDelivery::sendDue(m_location, *password);
    if (!report)
        return m_output.error(report.error());
    for (const QString &failure : std::as_const(report->failures))
        m_output.message(tr("Not sent: %1").arg(failure));
    if (invocation.isSet(u"json"_s))
        m_output.json(
            QJsonObject {{u"sent"_s, report->sent}, {u"failed"_s, QJsonArray::fromStringList(report->failures)}});
    else
        m_output.data(tr("Sent %n email(s).", nullptr, report->sent));
    // A mail server that refuses is no usage error: the input was fine, the delivery failed.
    return report->failures.isEmpty() ? ExitCode::Success : ExitCode::Rejected;
}

} // namespace bc::cli
