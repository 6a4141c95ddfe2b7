#pragma once

#include "app/cli/invocation.h"

#include "core/domain/error.h"
#include "core/services/activationservice.h"

#include <QCoreApplication>
#include <QStringList>

namespace bc::cli {

// Sends what the outbox holds now, once, the way the console's dispatcher does (OutboxDispatcher
// on its own connection); for `outbox send` and `mail test`.
class MailDelivery
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::MailDelivery)

public:
    struct Report
    {
        int sent = 0;
        QStringList failures; // "recipient-or-account: reason", one per message that did not go
    };

    // The SMTP password: the first line of standard input with --password-stdin, else the
    // environment variable BACKUP_CONSOLE_SMTP_PASSWORD, else none.
    static Result<QString> password(const Invocation &invocation);
    // What comes before sending: a mail server set up in `activation`'s settings, and the password
    // (as password() reads it).
    static Result<QString> prepare(ActivationService &activation, const Invocation &invocation);
    static Result<Report> sendDue(const QString &databaseLocation, const QString &password);
};

} // namespace bc::cli
