#include "app/cli/maildelivery.h"

#include "app/cli/accountdraftreader.h"

#include "core/mail/outboxdispatcher.h"
#include "core/platform/environment.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

Result<QString> MailDelivery::password(const Invocation &invocation)
{
    if (invocation.isSet(u"password-stdin"_s))
        return AccountDraftReader::passwordFromStandardInput();
    return qEnvironmentVariable(Environment::smtpPassword.data());
}

Result<QString> MailDelivery::prepare(ActivationService &activation, const Invocation &invocation)
{
    auto settings = activation.smtpSettings();
    if (!settings)
        return fail(settings.error());
    if (!settings->isConfigured())
        return fail(Error::Code::NotAllowed, QString(),
                    tr("No mail server is set up; run \"mail settings --set --host HOST --sender ADDRESS\" first."));
    return password(invocation);
}

Result<MailDelivery::Report> MailDelivery::sendDue(const QString &databaseLocation, const QString &password)
{
    OutboxDispatcher dispatcher(databaseLocation);
    dispatcher.setPassword(password);
    Report report;
    // Emitted from processDue() in this thread, before it returns.
    QObject::connect(
        &dispatcher, &OutboxDispatcher::deliveryFailed, &dispatcher, [&report](qint64 accountId, const QString &error) {
            report.failures.append(accountId == 0 ? error : tr("account %1: %2").arg(accountId).arg(error));
        });
    auto sent = dispatcher.processDue();
    if (!sent)
        return fail(sent.error());
    report.sent = *sent;
    return report;
}

} // namespace bc::cli
