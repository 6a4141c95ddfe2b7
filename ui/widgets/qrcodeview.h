#pragma once

#include <QBitArray>
#include <QString>
#include <QWidget>

namespace bc {

// A QR code of a text (an otpauth:// URI for an authenticator app), drawn by libqrencode: error
// correction level M, the text as 8-bit bytes (UTF-8), a quiet zone of four modules around it. It
// scales to the widget's size in whole pixels per module, centred, and is always black on white,
// whatever the theme: a scanner reads dark modules on a light ground. Its accessible name says what
// it is, its description what it holds (the owner may set others).
class QrCodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeView)

public:
    // The light border a scanner needs around the code, in modules (ISO/IEC 18004).
    static constexpr int quietZone = 4;

    explicit QrCodeView(QWidget *parent = nullptr);

    // Encodes `text`; an empty text, or one too long for a QR code, shows nothing.
    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }

    // Modules per side of the code, without the quiet zone (21 for version 1); 0: nothing to show.
    [[nodiscard]] int moduleCount() const { return m_width; }
    // Whether the module at (x, y) of the code (without the quiet zone) is dark.
    [[nodiscard]] bool isDark(int x, int y) const;
    // Where the code and its quiet zone are drawn in the widget, and how many pixels a module takes.
    [[nodiscard]] QRect codeRect() const;
    [[nodiscard]] int modulePixels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    int m_width = 0;
    QBitArray m_modules; // row by row, m_width * m_width
};

} // namespace bc
