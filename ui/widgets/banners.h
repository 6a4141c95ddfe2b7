#pragma once

#include <QList>

class QWidget;

namespace bc {

// A widget with `banners` stacked above `content`, for QMainWindow::setCentralWidget(): strips
// across the top of a window that say what the user should know now (no mail server, the
// database server does not answer). Each banner shows or hides itself.
QWidget *withBannersAbove(QWidget *content, const QList<QWidget *> &banners, QWidget *parent);

} // namespace bc
