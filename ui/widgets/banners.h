#pragma once

#include <QFrame>
#include <QList>
#include <QStyle>

class QHBoxLayout;
class QLabel;

namespace bc {

// A strip across the top of a window: an icon, a wrapped text and what a subclass adds to the
// row, in the colours of a tooltip so that it stands out from the content below.
class Banner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    Banner(const QString &objectName, QStyle::StandardPixmap icon, QWidget *parent = nullptr);

protected:
    QLabel *text() const { return m_text; }
    QHBoxLayout *row() const { return m_row; }

private:
    QLabel *m_text = nullptr;
    QHBoxLayout *m_row = nullptr;
};

// A widget with `banners` stacked above `content`, for QMainWindow::setCentralWidget(): strips
// across the top of a window that say what the user should know now (no mail server, the
// database server does not answer). Each banner shows or hides itself.
QWidget *withBannersAbove(QWidget *content, const QList<QWidget *> &banners, QWidget *parent);

} // namespace bc
