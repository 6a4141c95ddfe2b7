#include "ui/widgets/banners.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

Banner::Banner(const QString &objectName, QStyle::StandardPixmap icon, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);

    auto *iconLabel = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);

    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(8, 4, 8, 4);
    m_row->addWidget(iconLabel);
    m_row->addWidget(m_text, 1);
}

QWidget *withBannersAbove(QWidget *content, const QList<QWidget *> &banners, QWidget *parent)
{
    auto *container = new QWidget(parent);
    container->setObjectName(u"centralArea"_s);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QWidget *banner : banners) {
        // Inset like the content below (the main window's splitter keeps 6 px from the edges).
        auto *row = new QHBoxLayout;
        row->setContentsMargins(6, 6, 6, 0);
        banner->setParent(container);
        row->addWidget(banner);
        layout->addLayout(row);
    }
    layout->addWidget(content, 1);
    return container;
}

} // namespace bc
