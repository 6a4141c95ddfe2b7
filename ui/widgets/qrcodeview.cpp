#include "ui/widgets/qrcodeview.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc {

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("QR code"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeView::setText(const QString &text)
{
    m_text = text;
    m_width = 0;
    m_modules.clear();
    if (!text.isEmpty()) {
        const QByteArray bytes = text.toUtf8();
        // Version 0: the smallest that holds the text; case-sensitive, as a URI's secret is.
        const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
        if (code) {
            m_width = code->width;
            m_modules.resize(m_width * m_width);
            // Bit 0 of each byte: the module is dark; the other bits say what it is part of.
            for (int i = 0; i < m_width * m_width; ++i)
                m_modules.setBit(i, (code->data[i] & 1) != 0);
        }
    }
    setAccessibleDescription(m_width > 0 ? tr("A QR code of: %1").arg(text) : QString());
    updateGeometry();
    update();
}

bool QrCodeView::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_modules.testBit(y * m_width + x);
}

int QrCodeView::modulePixels() const
{
    if (m_width == 0)
        return 0;
    const int side = m_width + 2 * quietZone;
    return std::max(1, std::min(width(), height()) / side);
}

QRect QrCodeView::codeRect() const
{
    const int side = (m_width + 2 * quietZone) * modulePixels();
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

QSize QrCodeView::sizeHint() const
{
    // Four pixels a module: a phone's camera reads that from a screen at arm's length.
    const int side = std::max(m_width, 21) + 2 * quietZone;
    return {side * 4, side * 4};
}

QSize QrCodeView::minimumSizeHint() const
{
    const int side = std::max(m_width, 21) + 2 * quietZone;
    return {side * 2, side * 2};
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    if (m_width == 0)
        return;
    QPainter painter(this);
    const QRect area = codeRect();
    const int pixels = modulePixels();
    painter.fillRect(area, Qt::white);
    const int left = area.left() + quietZone * pixels;
    const int top = area.top() + quietZone * pixels;
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (isDark(x, y))
                painter.fillRect(left + x * pixels, top + y * pixels, pixels, pixels, Qt::black);
        }
    }
}

} // namespace bc
