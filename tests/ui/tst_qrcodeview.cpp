#include "ui/widgets/qrcodeview.h"

#include <QImage>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::QrCodeView;

namespace {

// The colour drawn at the centre of module (x, y) of the code; the quiet zone is at -4..-1 and
// from moduleCount() on.
QColor moduleColour(const QrCodeView &view, const QImage &image, int x, int y)
{
    const QRect area = view.codeRect();
    const int pixels = view.modulePixels();
    const int left = area.left() + (QrCodeView::quietZone + x) * pixels + pixels / 2;
    const int top = area.top() + (QrCodeView::quietZone + y) * pixels + pixels / 2;
    return image.pixelColor(left, top);
}

bool darkAt(const QrCodeView &view, const QImage &image, int x, int y)
{
    return moduleColour(view, image, x, y) == Qt::black;
}

QImage rendered(QrCodeView &view, const QString &text, QSize size = {300, 300})
{
    view.resize(size);
    view.setText(text);
    return view.grab().toImage();
}

} // namespace

// The QR code of an enrolment's URI: the smallest version that holds the text at level M in 8-bit
// mode, a quiet zone of four modules, black on white in any theme, scaled to the widget. Nothing
// here decodes a QR code, so the structure is checked: the three finder patterns in their
// corners, the quiet zone, each module drawn as libqrencode gave it.
class TestQrCodeView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSmallestVersionThatHoldsTheText_data();
    void theSmallestVersionThatHoldsTheText();
    void threeFinderPatternsInTheirCorners_data();
    void threeFinderPatternsInTheirCorners();
    void everyModuleIsDrawnAsEncoded();
    void anotherTextGivesAnotherCode();
    void blackOnWhiteInADarkTheme();
    void itScalesToItsSize_data();
    void itScalesToItsSize();
    void nothingToShowForAnEmptyText();
};

void TestQrCodeView::theSmallestVersionThatHoldsTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modules");
    // Level M holds 14 bytes in version 1 (21 modules), 26 in version 2, 42 in version 3, 106 in
    // version 6 (41 modules). Small letters are no alphanumeric-mode characters: 8-bit throughout.
    QTest::newRow("a word") << u"hello"_s << 21;
    QTest::newRow("14 bytes, version 1's most") << u"abcdefghijklmn"_s << 21;
    QTest::newRow("15 bytes") << u"abcdefghijklmno"_s << 25;
    QTest::newRow("27 bytes") << QString(27, u'k') << 29;
    QTest::newRow("an enrolment's URI, 100 bytes")
        << u"otpauth://totp/Backup%20Console:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Backup%20Console"_s
        << 41;
}

void TestQrCodeView::theSmallestVersionThatHoldsTheText()
{
    QFETCH(QString, text);
    QFETCH(int, modules);
    QrCodeView view;
    view.setText(text);
    QCOMPARE(view.moduleCount(), modules);
    QCOMPARE(view.text(), text);
    QCOMPARE(view.accessibleName(), u"QR code"_s);
    QVERIFY2(view.accessibleDescription().contains(text), qPrintable(view.accessibleDescription()));
}

void TestQrCodeView::threeFinderPatternsInTheirCorners_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("version 1") << u"hello"_s;
    QTest::newRow("version 6") << QString(100, u'x');
}

void TestQrCodeView::threeFinderPatternsInTheirCorners()
{
    QFETCH(QString, text);
    QrCodeView view;
    const QImage image = rendered(view, text);
    const int n = view.moduleCount();
    QVERIFY(n >= 21);
    // A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre, and a light separator
    // around it (inside the code) or the quiet zone (outside). The modules that differ from it.
    const auto mismatches = [&](QPoint corner) {
        QStringList wrong;
        for (int y = -1; y <= 7; ++y) {
            for (int x = -1; x <= 7; ++x) {
                const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
                if (darkAt(view, image, corner.x() + x, corner.y() + y) != (ring != 2 && ring <= 3))
                    wrong.append(u"(%1, %2)"_s.arg(corner.x() + x).arg(corner.y() + y));
            }
        }
        return wrong;
    };
    for (const QPoint &corner : {QPoint(0, 0), QPoint(n - 7, 0), QPoint(0, n - 7)})
        QVERIFY2(mismatches(corner).isEmpty(), qPrintable(mismatches(corner).join(u", "_s)));
    // The bottom right corner has none.
    QVERIFY(!mismatches(QPoint(n - 7, n - 7)).isEmpty());
}

void TestQrCodeView::everyModuleIsDrawnAsEncoded()
{
    QrCodeView view;
    const QImage image = rendered(view, u"otpauth://totp/Backup%20Console:bob?secret=ABCDEFGH"_s);
    const int n = view.moduleCount();
    int dark = 0;
    for (int y = -QrCodeView::quietZone; y < n + QrCodeView::quietZone; ++y) {
        for (int x = -QrCodeView::quietZone; x < n + QrCodeView::quietZone; ++x) {
            const QColor colour = moduleColour(view, image, x, y);
            const bool inQuietZone = x < 0 || y < 0 || x >= n || y >= n;
            QCOMPARE(colour, inQuietZone || !view.isDark(x, y) ? QColor(Qt::white) : QColor(Qt::black));
            dark += colour == Qt::black ? 1 : 0;
        }
    }
    // A QR code's mask keeps dark and light modules near half each.
    QVERIFY2(dark > n * n * 3 / 10 && dark < n * n * 7 / 10, qPrintable(QString::number(dark)));
}

void TestQrCodeView::anotherTextGivesAnotherCode()
{
    QrCodeView first;
    QrCodeView second;
    const QImage one = rendered(first, u"otpauth://totp/Backup%20Console:alice?secret=JBSWY3DP"_s);
    const QImage other = rendered(second, u"otpauth://totp/Backup%20Console:alice?secret=JBSWY3DQ"_s);
    QCOMPARE(first.moduleCount(), second.moduleCount());
    QVERIFY(one != other);
    // The same text draws the same code again.
    QCOMPARE(rendered(second, first.text()), one);
}

void TestQrCodeView::blackOnWhiteInADarkTheme()
{
    QrCodeView view;
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    view.setPalette(dark);
    const QImage image = rendered(view, u"hello"_s);
    QCOMPARE(moduleColour(view, image, -1, -1), QColor(Qt::white));
    QCOMPARE(moduleColour(view, image, 0, 0), QColor(Qt::black));
    QCOMPARE(moduleColour(view, image, 1, 1), QColor(Qt::white));
}

void TestQrCodeView::itScalesToItsSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("pixels"); // a module's, for version 1 (29 modules with the quiet zone)
    QTest::newRow("square") << QSize(290, 290) << 10;
    QTest::newRow("wide: the height decides") << QSize(600, 150) << 5;
    QTest::newRow("tall: the width decides") << QSize(90, 400) << 3;
    QTest::newRow("smaller than the code") << QSize(20, 20) << 1;
}

void TestQrCodeView::itScalesToItsSize()
{
    QFETCH(QSize, size);
    QFETCH(int, pixels);
    QrCodeView view;
    const QImage image = rendered(view, u"hello"_s, size);
    QCOMPARE(view.modulePixels(), pixels);
    const QRect area = view.codeRect();
    QCOMPARE(area.width(), 29 * pixels);
    QCOMPARE(area.height(), 29 * pixels);
    if (area.width() <= size.width() && area.height() <= size.height()) {
        // Centred, whole pixels: the first finder pattern starts four modules in.
        QCOMPARE(area.center().x(), QRect(QPoint(), size).center().x());
        QCOMPARE(image.pixelColor(area.left() + 4 * pixels, area.top() + 4 * pixels), QColor(Qt::black));
        QCOMPARE(image.pixelColor(area.left() + 4 * pixels - 1, area.top() + 4 * pixels), QColor(Qt::white));
    }
}

void TestQrCodeView::nothingToShowForAnEmptyText()
{
    QrCodeView view;
    view.setText(u"hello"_s);
    view.setText(QString());
    QCOMPARE(view.moduleCount(), 0);
    QVERIFY(!view.isDark(0, 0));
    QVERIFY(view.accessibleDescription().isEmpty());
}

QTEST_MAIN(TestQrCodeView)
#include "tst_qrcodeview.moc"
