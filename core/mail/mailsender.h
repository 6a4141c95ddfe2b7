#pragma once

#include "core/domain/error.h"
#include "core/mail/emailtemplate.h"
#include "core/mail/smtpsettings.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// Sends one email over SMTP with libcurl: STARTTLS or implicit TLS, AUTH, a multipart
// text+HTML UTF-8 message with its Message-ID, timeouts. Blocking: call it on a worker thread.
class MailSender
{
    Q_DECLARE_TR_FUNCTIONS(bc::MailSender)

public:
    static Result<void> send(const SmtpSettings &settings, const QString &recipient, const QString &messageId,
                             const RenderedEmail &email);
};

} // namespace bc
