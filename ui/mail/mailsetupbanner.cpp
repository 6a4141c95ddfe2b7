#include "ui/mail/mailsetupbanner.h"

#include "core/services/mailcontroller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bc {

MailSetupBanner::MailSetupBanner(MailController &mail, QAction *setUp, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"mailSetupBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    m_text = new QLabel(tr("No mail server is set up: activation emails wait in the outbox and are not sent."), this);
    m_text->setObjectName(u"mailSetupText"_s);
    m_text->setWordWrap(true);
    m_button = new QPushButton(tr("Set up &email…"), this);
    m_button->setObjectName(u"setUpEmail"_s);
    m_button->setEnabled(setUp && setUp->isEnabled());
    m_text->setBuddy(m_button);
    if (setUp)
        connect(m_button, &QPushButton::clicked, setUp, &QAction::trigger);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);

    setVisible(!mail.isMailServerSetUp());
    connect(&mail, &MailController::mailServerSetUpChanged, this, [this](bool setUpNow) { setVisible(!setUpNow); });
}

} // namespace bc
