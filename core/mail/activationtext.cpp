#include "core/mail/activationtext.h"

using namespace Qt::StringLiterals;

namespace bc {

QString ActivationText::label(const ActivationState &state)
{
    if (!state.hasMessage)
        return {};
    switch (state.emailStatus) {
    case OutboxMessage::Status::Queued:
        if (!state.mailServerSetUp)
            return tr("Not sent: no mail server set up");
        return state.lastError.isEmpty() ? tr("Email queued") : tr("Email queued (retrying: %1)").arg(state.lastError);
    case OutboxMessage::Status::Sending:
        return tr("Email sending");
    case OutboxMessage::Status::Sent:
        return tr("Email sent");
    case OutboxMessage::Status::Failed:
        return tr("Failed: %1").arg(state.lastError);
    case OutboxMessage::Status::Withdrawn:
        return tr("Email withdrawn");
    }
    return {};
}

QString ActivationText::pending(const ActivationState &state, const QLocale &locale)
{
    if (!state.linkExpires.isValid())
        return {};
    //: Shown for an inactive account: when its activation started and when its link stops working.
    return tr("Pending since %1 · link expires %2")
        .arg(locale.toString(state.pendingSince.toLocalTime(), QLocale::ShortFormat),
             locale.toString(state.linkExpires.toLocalTime(), QLocale::ShortFormat));
}

} // namespace bc
