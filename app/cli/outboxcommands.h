#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/services/activationservice.h"

#include <QCoreApplication>

namespace bc::cli {

class Output;

// outbox list | retry | send: the emails waiting to go, through ActivationService and, for
// sending, the console's OutboxDispatcher (MailDelivery).
class OutboxCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::OutboxCommands)

public:
    OutboxCommands(ActivationService &activation, QString databaseLocation, Output &output);

    ExitCode list(const Invocation &invocation);
    ExitCode retry(const Invocation &invocation);
    ExitCode send(const Invocation &invocation);

private:
    ActivationService &m_activation;
    QString m_location;
    Output &m_output;
};

} // namespace bc::cli
