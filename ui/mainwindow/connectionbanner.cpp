#include "ui/mainwindow/connectionbanner.h"

#include "core/services/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bc {

ConnectionBanner::ConnectionBanner(Workspace &workspace, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"connectionBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setObjectName(u"connectionBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);

    hide();
    connect(&workspace, &Workspace::reachabilityChanged, this, &ConnectionBanner::setReachable);
}

void ConnectionBanner::setReachable(bool reachable, const QString &problem)
{
    if (reachable) {
        const bool wasShown = !isHidden();
        hide();
        if (wasShown)
            Q_EMIT reconnected();
        return;
    }
    m_text->setText(tr("The database server does not answer. %1\nThe console keeps trying in the background; what "
                       "you have typed stays in its window, and everything that needs no database still works.")
                        .arg(problem));
    show();
}

} // namespace bc
