#include "ui/widgets/banners.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bc {

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
