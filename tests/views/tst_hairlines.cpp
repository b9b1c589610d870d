// SPDX-License-Identifier: GPL-3.0-or-later
// The hairlines of a zoomed-out field (hairlines.h): the pixels a line gets, and the property the
// field's partial repaints rest on, that a smaller image holds exactly the pixels of a larger one.
#include "hairlines.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace powerfield;

namespace {

constexpr QRgb kInk = 0xff0072b2;

QImage blank(int w, int h)
{
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

int inked(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == kInk;
    return n;
}

} // namespace

class TestHairlines : public QObject
{
    Q_OBJECT

private slots:
    void straightLinesGetTheirPixels();
    void aCutOutHoldsTheSamePixels();
    void farAndBrokenEndsAreSafe();
    void aSlidLineKeepsItsPixels();
};

void TestHairlines::straightLinesGetTheirPixels()
{
    QImage image = blank(20, 10);
    drawHairlines(image, QTransform(), {QLineF(2.5, 3.5, 12.5, 3.5)}, kInk);
    QCOMPARE(inked(image), 11); // x = 2 .. 12 on row 3
    for (int x = 2; x <= 12; ++x)
        QCOMPARE(image.pixel(x, 3), kInk);
    image = blank(20, 20);
    drawHairlines(image, QTransform(), {QLineF(1.5, 1.5, 9.5, 9.5)}, kInk);
    QCOMPARE(inked(image), 9); // the diagonal, one pixel a row
    for (int i = 1; i <= 9; ++i)
        QCOMPARE(image.pixel(i, i), kInk);
    // The transform places it: scaled by 2 and moved by (4, 0).
    image = blank(30, 10);
    drawHairlines(image, QTransform(2, 0, 0, 2, 4, 0), {QLineF(0.25, 1.75, 5.25, 1.75)}, kInk);
    QCOMPARE(image.pixel(4, 3), kInk);
    QCOMPARE(image.pixel(14, 3), kInk);
    QCOMPARE(image.pixel(15, 3), qRgba(0, 0, 0, 0));
}

// Random long lines through a 300x200 image and through its top-left 170x90: the smaller image
// is the larger one cut, pixel for pixel, and the lines that only pass through are drawn too.
void TestHairlines::aCutOutHoldsTheSamePixels()
{
    QRandomGenerator random(11);
    QVector<QLineF> lines;
    for (int i = 0; i < 400; ++i)
        lines.append(QLineF(random.bounded(700.0) - 200, random.bounded(600.0) - 200,
                            random.bounded(700.0) - 200, random.bounded(600.0) - 200));
    const QTransform scale = QTransform::fromScale(0.5, 0.5) * QTransform::fromTranslate(60, 40);
    QImage large = blank(300, 200), small = blank(170, 90);
    drawHairlines(large, scale, lines, kInk);
    drawHairlines(small, scale, lines, kInk);
    QVERIFY(inked(small) > 1000);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            QVERIFY2(small.pixel(x, y) == large.pixel(x, y), qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
}

void TestHairlines::farAndBrokenEndsAreSafe()
{
    QImage image = blank(100, 100);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    drawHairlines(image, QTransform(),
                  {QLineF(-1e12, 50.5, 1e12, 50.5), QLineF(nan, 0, 10, 10), QLineF(1e300, 1e300, -1e300, -1e300),
                   QLineF(200, 200, 300, 300), QLineF(5.5, 5.5, 5.6, 5.6)},
                  kInk);
    for (int x = 0; x < 100; ++x)
        QCOMPARE(image.pixel(x, 50), kInk); // the long line crosses the whole image
    QCOMPARE(image.pixel(5, 5), kInk);     // a line shorter than a pixel is one pixel
}

// A node that grows moves its links' ends along their lines, and the view repaints only the
// ends: every pixel between them must be the one the line had before.
void TestHairlines::aSlidLineKeepsItsPixels()
{
    QRandomGenerator random(23);
    const auto between = [&random](double lo, double hi) { return lo + random.generateDouble() * (hi - lo); };
    for (int i = 0; i < 40; ++i) {
        const QPointF a(between(20, 60), between(20, 180));
        const QPointF b(between(240, 280), between(20, 180));
        const QLineF line(a, b);
        const QLineF slid(line.pointAt(between(0.01, 0.2)), line.pointAt(1.0 - between(0.01, 0.2)));
        QImage before = blank(300, 200);
        QImage after = blank(300, 200);
        drawHairlines(before, QTransform(), {line}, kInk);
        drawHairlines(after, QTransform(), {slid}, kInk);
        // Between the slid line's ends, a column (or row) away from them, the pixels agree.
        const bool alongX = std::abs(b.x() - a.x()) >= std::abs(b.y() - a.y());
        const double lo = alongX ? std::min(slid.x1(), slid.x2()) : std::min(slid.y1(), slid.y2());
        const double hi = alongX ? std::max(slid.x1(), slid.x2()) : std::max(slid.y1(), slid.y2());
        for (int u = int(lo) + 2; u < int(hi) - 1; ++u) {
            for (int v = 0; v < (alongX ? 200 : 300); ++v) {
                const QPoint p = alongX ? QPoint(u, v) : QPoint(v, u);
                QVERIFY2(before.pixel(p) == after.pixel(p),
                         qPrintable(QStringLiteral("line %1: pixel %2,%3").arg(i).arg(p.x()).arg(p.y())));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestHairlines)
#include "tst_hairlines.moc"
