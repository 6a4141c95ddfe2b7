#include "ui/widgets/wrappedlabel.h"

#include <QResizeEvent>

#include <utility>

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

bool WrappedLabel::hasHeightForWidth() const
{
    return false;
}

void WrappedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    // The first width a layout gives it changes its hint too, whether or not the width changed: the
    // width it is shown at, or one given while it was hidden, whose resize event comes when it is
    // shown, before it counts as visible (a message shown under its field for the first time).
    const bool sized = std::exchange(m_sized, m_sized || isVisible() || testAttribute(Qt::WA_Resized));
    if (sized != m_sized || event->size().width() != event->oldSize().width())
        updateGeometry();
}

} // namespace bc
