#include "wrappedlabel.h"

#include <QResizeEvent>

namespace bc {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(false);
    setSizePolicy(policy);
}

QSize WrappedLabel::sizeHint() const
{
    const QSize hint = QLabel::sizeHint();
    return m_sized ? QSize(hint.width(), heightForWidth(width())) : hint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    return m_sized ? QSize(hint.width(), heightForWidth(width())) : hint;
}

void WrappedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    m_sized = m_sized || isVisible();
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

} // namespace bc
