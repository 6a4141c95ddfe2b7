#include "ui/mail/mailsetupbanner.h"

#include "core/services/mailcontroller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bc {

MailSetupBanner::MailSetupBanner(MailController &mail, QAction *setUp, QWidget *parent)
    : Banner(u"mailSetupBanner"_s, QStyle::SP_MessageBoxInformation, parent)
{
    text()->setText(tr("No mail server is set up: activation emails wait in the outbox and are not sent."));
    text()->setObjectName(u"mailSetupText"_s);
    m_button = new QPushButton(tr("Set up &email…"), this);
    m_button->setObjectName(u"setUpEmail"_s);
    m_button->setEnabled(setUp && setUp->isEnabled());
    text()->setBuddy(m_button);
    if (setUp) {
        connect(m_button, &QPushButton::clicked, setUp, &QAction::trigger);
        // Greyed out with the action, saying why, for an operator that may not set up the mail server.
        connect(setUp, &QAction::changed, m_button, [button = m_button, setUp] {
            button->setEnabled(setUp->isEnabled());
            button->setToolTip(setUp->isEnabled() ? QString() : setUp->toolTip());
        });
    }
    row()->addWidget(m_button);

    setVisible(!mail.isMailServerSetUp());
    connect(&mail, &MailController::mailServerSetUpChanged, this, [this](bool setUpNow) { setVisible(!setUpNow); });
}

} // namespace bc
