#pragma once

#include "core/mail/outboxmessage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace bc {

// Translated wording of where an activation email stands,
// shared by the account list, the CLI and the outbox list.
class ActivationText
{
    Q_DECLARE_TR_FUNCTIONS(bc::ActivationText)

public:
    // "Email queued", "Email sent", "Failed: reason"; empty when no email was queued. A queued email
    // with no mail server set up says "Not sent: no mail server set up": it would wait forever.
    static QString label(const ActivationState &state);
    // "Pending since … · link expires …"; empty without a pending link.
    static QString pending(const ActivationState &state, const QLocale &locale = QLocale());
};

} // namespace bc
