// SPDX-License-Identifier: GPL-3.0-or-later
// The field's shapes: the bounds a sync measures without building paths are the paths' bounds;
// the balanced links' dots copied from small pictures are the dots their pen strokes; a small
// field's nodes copied from pictures sit where their shapes would be drawn.
#include "dottedline.h"
#include "fieldstyle.h"

#include <QPainter>
#include <QTest>

#include <cmath>

using namespace powerfield;

class TestFieldStyle : public QObject
{
    Q_OBJECT

private slots:
    void boundsAreTheShapesBounds_data();
    void boundsAreTheShapesBounds();
    void dotsAreThePensDots_data();
    void dotsAreThePensDots();
    void nodePicturesSitWhereTheShapeDoes_data();
    void nodePicturesSitWhereTheShapeDoes();
};

void TestFieldStyle::boundsAreTheShapesBounds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("radius");
    for (PartyKind kind : {PartyKind::Person, PartyKind::Group, PartyKind::Organization, PartyKind::Country})
        for (double radius : {0.5, 11.2, 40.0, 177.3})
            QTest::addRow("%s r=%g", qPrintable(partyKindName(kind)), radius) << int(kind) << radius;
}

void TestFieldStyle::boundsAreTheShapesBounds()
{
    QFETCH(int, kind);
    QFETCH(double, radius);
    const QRectF path = fieldstyle::nodeShape(PartyKind(kind), radius).boundingRect();
    const QRectF bounds = fieldstyle::nodeBounds(PartyKind(kind), radius);
    const double tolerance = 1e-9 * radius;
    QVERIFY2(std::abs(path.left() - bounds.left()) <= tolerance && std::abs(path.top() - bounds.top()) <= tolerance
                 && std::abs(path.right() - bounds.right()) <= tolerance
                 && std::abs(path.bottom() - bounds.bottom()) <= tolerance,
             qPrintable(QStringLiteral("path %1,%2 %3x%4; bounds %5,%6 %7x%8")
                            .arg(path.left()).arg(path.top()).arg(path.width()).arg(path.height())
                            .arg(bounds.left()).arg(bounds.top()).arg(bounds.width()).arg(bounds.height())));
}

void TestFieldStyle::dotsAreThePensDots_data()
{
    QTest::addColumn<double>("width"); // scene units
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("ratio"); // device pixels per logical pixel
    QTest::addColumn<QLineF>("line");
    const QLineF slanted(13.3, 17.8, 221.6, 96.1);
    const QLineF upward(240.2, 180.7, 30.9, 12.4);
    QTest::newRow("thin") << 1.5 << 1.0 << 1.0 << slanted;
    QTest::newRow("thin, zoomed in") << 1.5 << 2.37 << 1.0 << upward;
    QTest::newRow("wide") << 4.2 << 1.0 << 1.0 << upward;
    QTest::newRow("wide, high density") << 4.2 << 0.8 << 2.0 << slanted;
    QTest::newRow("very wide") << 11.0 << 1.0 << 1.0 << slanted;
}

// The dots as a user sees them: where the pen puts them, as large, and nothing between them.
void TestFieldStyle::dotsAreThePensDots()
{
    QFETCH(double, width);
    QFETCH(double, zoom);
    QFETCH(double, ratio);
    QFETCH(QLineF, line);
    const QSize pixels = (QSizeF(260, 200) * zoom * ratio).toSize();
    const auto drawn = [&](bool copies) {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(zoom, zoom);
        if (copies) {
            DottedLine dots;
            dots.draw(painter, line.p1(), line.p2(), Qt::black, width);
        } else {
            painter.setPen(dottedPen(Qt::black, width));
            painter.drawLine(line);
        }
        painter.end();
        return image;
    };
    const QImage copied = drawn(true);
    const QImage stroked = drawn(false);
    const auto ink = [](const QImage &image) {
        double sum = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                sum += qAlpha(image.pixel(x, y)) / 255.0;
        return sum;
    };
    const double inkCopied = ink(copied);
    const double inkStroked = ink(stroked);
    QVERIFY2(inkStroked > 0 && std::abs(inkCopied - inkStroked) <= 0.08 * inkStroked,
             qPrintable(QStringLiteral("ink %1 copied, %2 stroked").arg(inkCopied).arg(inkStroked)));
    // Dot centres two widths apart from the start: dark there, clear halfway between two.
    const double scale = zoom * ratio;
    const QPointF step = (line.p2() - line.p1()) / line.length() * (2.0 * width);
    const auto pixelAt = [scale](QPointF p) { return QPoint(int(std::floor(p.x() * scale)), int(std::floor(p.y() * scale))); };
    const int count = int(line.length() / (2.0 * width));
    const double across = width * scale; // a dot's diameter in pixels
    const double dotInk = M_PI / 4 * across * across;
    const int reach = int(std::ceil(across / 2)) + 1;
    for (int i = 0; i < count; ++i) {
        const QPoint centre = pixelAt(line.p1() + step * i);
        double around = 0;
        for (int y = centre.y() - reach; y <= centre.y() + reach; ++y)
            for (int x = centre.x() - reach; x <= centre.x() + reach; ++x)
                around += copied.valid(x, y) ? qAlpha(copied.pixel(x, y)) / 255.0 : 0.0;
        QVERIFY2(around >= 0.75 * dotInk,
                 qPrintable(QStringLiteral("dot %1 at %2,%3: ink %4 of %5").arg(i).arg(centre.x()).arg(centre.y())
                                .arg(around).arg(dotInk)));
        if (across < 3.0)
            continue; // the gap is under two pixels: its pixels are partly covered
        const QPoint between = pixelAt(line.p1() + step * (i + 0.5));
        QVERIFY2(qAlpha(copied.pixel(between)) <= 40,
                 qPrintable(QStringLiteral("between dots %1 and %2: alpha %3").arg(i).arg(i + 1)
                                .arg(qAlpha(copied.pixel(between)))));
    }
}

void TestFieldStyle::nodePicturesSitWhereTheShapeDoes_data()
{
    QTest::addColumn<QPointF>("centre"); // logical pixels
    QTest::addColumn<double>("radius");  // pixels
    QTest::addColumn<double>("ratio");
    QTest::newRow("whole pixels") << QPointF(40, 40) << 12.0 << 1.0;
    QTest::newRow("quarters") << QPointF(40.25, 39.75) << 12.0 << 1.0;
    QTest::newRow("halves") << QPointF(40.5, 40.5) << 17.3 << 1.0;
    QTest::newRow("odd offsets") << QPointF(41.37, 38.81) << 6.4 << 1.0;
    QTest::newRow("high density") << QPointF(40.3, 40.6) << 9.5 << 2.0;
}

// A node a third of a pixel off would show against the links that end on its outline.
void TestFieldStyle::nodePicturesSitWhereTheShapeDoes()
{
    QFETCH(QPointF, centre);
    QFETCH(double, radius);
    QFETCH(double, ratio);
    const fieldstyle::NodeLook look{PartyKind::Group, radius, QColor(0x0072b2), Qt::black, 1.5, Qt::SolidLine};
    const auto drawn = [&](bool picture) {
        QImage image(QSize(80, 80) * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(centre);
        if (picture) {
            fieldstyle::paintNodeSprite(painter, look, true);
        } else {
            painter.setPen(QPen(look.outline, look.outlinePixels));
            painter.setBrush(look.fill);
            painter.drawPath(fieldstyle::nodeShape(look.kind, look.radiusPixels));
        }
        painter.end();
        return image;
    };
    const QImage copied = drawn(true);
    const QImage shape = drawn(false);
    int worst = 0;
    for (int y = 0; y < copied.height(); ++y)
        for (int x = 0; x < copied.width(); ++x)
            worst = std::max(worst, std::abs(qAlpha(copied.pixel(x, y)) - qAlpha(shape.pixel(x, y))));
    // A quarter pixel of placement changes an edge pixel's cover by at most about a quarter.
    QVERIFY2(worst <= 80, qPrintable(QStringLiteral("an edge pixel differs by %1 of 255").arg(worst)));
}

QTEST_MAIN(TestFieldStyle)
#include "tst_fieldstyle.moc"
