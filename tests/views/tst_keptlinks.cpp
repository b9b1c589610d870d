// SPDX-License-Identifier: GPL-3.0-or-later
// The zoomed-out hairlines a view keeps between paints: after a party is dragged, a link's value
// edited or a story step, the picture drawn from the kept one is, pixel for pixel, the picture
// drawn from scratch.
#include "../benchmarks/synthfield.h"
#include "document.h"
#include "fieldscene.h"
#include "linklayer.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

using namespace powerfield;

class TestKeptLinks : public QObject
{
    Q_OBJECT

private slots:
    void keptPictureIsTheFullOne();
};

namespace {

// The link layer painted as a view zoomed far out paints it: through the kept picture (as the
// view does) or from scratch (as an export does); the whole picture, or the part a window repaints.
QImage paintLinks(FieldScene &scene, bool kept, const QRegion &part = QRegion(0, 0, 700, 500))
{
    QImage image(700, 500, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setClipRegion(part);
    painter.setTransform(QTransform::fromScale(0.12, 0.12) * QTransform::fromTranslate(350, 250));
    scene.links()->setViewExposed(kept ? &part : nullptr);
    QStyleOptionGraphicsItem option;
    option.exposedRect = scene.links()->boundingRect();
    scene.links()->paint(&painter, &option, nullptr);
    scene.links()->setViewExposed(nullptr);
    return image;
}

bool samePictures(FieldScene &scene, const char *after, const QRegion &part = QRegion(0, 0, 700, 500))
{
    const QImage kept = paintLinks(scene, true, part);
    const QImage full = paintLinks(scene, false, part);
    if (kept == full)
        return true;
    int differ = 0;
    for (int y = 0; y < full.height(); ++y)
        for (int x = 0; x < full.width(); ++x)
            differ += kept.pixel(x, y) != full.pixel(x, y) ? 1 : 0;
    qWarning("after %s: %d pixels differ", after, differ);
    return false;
}

} // namespace

void TestKeptLinks::keptPictureIsTheFullOne()
{
    Scenario s = bench::syntheticField(1500, 3, 4, 5);
    s.duration = 2;
    Change c;
    c.target = Change::Target::Provision;
    c.party = s.provisions[10].from;
    c.other = s.provisions[10].to;
    c.desire = s.provisions[10].desire;
    c.quality = 0.0;
    s.events.append({1, QStringLiteral("A step"), QString(), {c}});
    Document doc;
    doc.setScenario(s);
    FieldScene scene(&doc);
    const QImage first = paintLinks(scene, false);
    int inked = 0; // the links are drawn at all, as hairlines over much of the picture
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            inked += first.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    QVERIFY2(inked > 10000, qPrintable(QString::number(inked)));
    QVERIFY(samePictures(scene, "the first paint"));
    // A drag: its first frame keeps the dragged party's links out, the next ones reuse the rest.
    const Party dragged = s.parties[40];
    for (int step = 1; step <= 4; ++step) {
        QVERIFY(doc.moveParty(dragged.id, QPointF(dragged.x - 300.0 * step, dragged.y + 200.0 * step)));
        QVERIFY(samePictures(scene, "a drag step"));
    }
    // A slider on one provision: a few links change colour and width.
    const Provision given = s.provisions[3];
    for (double quality : {0.0, 1.0, 0.5}) {
        QVERIFY(doc.setProvisionQuality(given.from, given.to, given.desire, quality));
        QVERIFY(samePictures(scene, "a value edit"));
    }
    // A window repaints only the parts around the links that changed: the kept picture serves
    // them too, and draws nothing past them.
    const QRegion part = QRegion(300, 200, 120, 90) + QRegion(380, 260, 60, 60);
    for (double quality : {0.2, 0.9}) {
        QVERIFY(doc.setProvisionQuality(given.from, given.to, given.desire, quality));
        QVERIFY(samePictures(scene, "a value edit, repainted in part", part));
    }
    const QImage inPart = paintLinks(scene, true, part);
    for (int y = 0; y < inPart.height(); ++y)
        for (int x = 0; x < inPart.width(); ++x)
            if (!part.contains(QPoint(x, y)) && inPart.pixel(x, y) != qRgb(255, 255, 255))
                QFAIL(qPrintable(QStringLiteral("ink at %1,%2, outside the repainted part").arg(x).arg(y)));
    doc.setCurrentTime(1);
    QVERIFY(samePictures(scene, "a story step"));
    QVERIFY(doc.moveParty(dragged.id, QPointF(0, 0)));
    QVERIFY(samePictures(scene, "a move after the step"));
}

QTEST_MAIN(TestKeptLinks)
#include "tst_keptlinks.moc"
