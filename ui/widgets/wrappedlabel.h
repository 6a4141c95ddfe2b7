#pragma once

#include <QLabel>

namespace bc {

// A label whose text wraps to the width the layout gives it, and which is exactly as tall as the
// wrapped text there: layouts get the wrapped height from sizeHint() at the current width, not
// from height-for-width, which QFormLayout computes against a stale width and leaves gaps or
// clips. Long hints use it, so that they never set a window's minimum width.
class WrappedLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // False even though it wraps (QLabel turns it on with every text): a height-for-width item puts
    // a QFormLayout into a mode that gives the fixed-height rows beside it less than they need.
    bool hasHeightForWidth() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Until a layout gave it a width, its width is a default that says nothing (and a narrow one
    // would make a tall label, and a tall window).
    bool m_sized = false;
};

} // namespace bc
