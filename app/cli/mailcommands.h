#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/services/activationservice.h"

#include <QCoreApplication>

namespace bc::cli {

class Output;

// mail settings [--set …] | mail test: the database-wide mail server settings, through
// ActivationService::smtpSettings and setSmtpSettings (the password is never stored), and a
// test email sent at once.
class MailCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::MailCommands)

public:
    MailCommands(ActivationService &activation, QString databaseLocation, Output &output);

    ExitCode settings(const Invocation &invocation);
    ExitCode test(const Invocation &invocation);

private:
    // The options given applied to `settings`; what cannot be read comes back as errors.
    static QList<Error> read(const Invocation &invocation, SmtpSettings &settings);
    ExitCode show(const Invocation &invocation, const SmtpSettings &settings);
    static QStringList settingOptions();

    ActivationService &m_activation;
    QString m_location;
    Output &m_output;
};

} // namespace bc::cli
