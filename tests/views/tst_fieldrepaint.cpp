// SPDX-License-Identifier: GPL-3.0-or-later
// The field repaints only what an edit changed: what the screen shows after the partial
// repaints (the window's backing store) is what a full repaint draws, after value edits, story
// steps, selections, moves and during the easing; and a value edit in a large field repaints a
// small part of it.
#include "document.h"
#include "fieldscene.h"
#include "fieldview.h"

#include <QEvent>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QScreen>
#include <QSet>
#include <QTest>
#include <QWindow>

using namespace powerfield;

namespace {

// `parties` on a circle, each getting one of three desires from two or three others, an option
// each; `events` events at steps 1, 2, ... each changing one provision.
Scenario ring(int parties, int events = 0)
{
    QRandomGenerator rng(7);
    Scenario s;
    s.duration = std::max(1, events + 1);
    for (int d = 0; d < 3; ++d)
        s.desires.append({QStringLiteral("d%1").arg(d), QStringLiteral("Desire %1").arg(d), PowerBase::Other});
    for (int i = 0; i < parties; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Party %1").arg(i);
        p.color = paletteColor(i);
        const double angle = 2.0 * M_PI * i / parties;
        p.x = 40.0 * std::sqrt(double(parties)) * std::cos(angle);
        p.y = 40.0 * std::sqrt(double(parties)) * std::sin(angle);
        p.comparisonLevel = rng.bounded(100) / 100.0;
        for (const Desire &d : std::as_const(s.desires))
            p.needs.append({d.id, rng.bounded(100) / 100.0});
        s.parties.append(p);
    }
    QSet<QString> given;
    for (int i = 0; i < parties; ++i) {
        for (int k = 0; k < 3; ++k) {
            const int from = (i + 1 + int(rng.bounded(parties - 1))) % parties;
            const QString desire = s.desires[int(rng.bounded(3))].id;
            const QString key = s.parties[from].id + u' ' + s.parties[i].id + u' ' + desire;
            if (given.contains(key))
                continue;
            given.insert(key);
            s.provisions.append({s.parties[from].id, s.parties[i].id, desire, {rng.bounded(100) / 100.0, std::nullopt}});
        }
        s.options.append({QStringLiteral("o%1").arg(i), s.parties[i].id, QStringLiteral("Option %1").arg(i),
                          {{s.desires[i % 3].id, {rng.bounded(100) / 100.0, std::nullopt}}}});
    }
    for (int e = 0; e < events; ++e) {
        const Provision &p = s.provisions[(e * 37) % s.provisions.size()];
        Change c;
        c.target = Change::Target::Provision;
        c.party = p.from;
        c.other = p.to;
        c.desire = p.desire;
        c.quality = (e % 2) ? 0.05 : 0.95;
        s.events.append({e + 1, QStringLiteral("Event %1").arg(e), QString(), {c}});
    }
    return s;
}

// The union of the regions the viewport was asked to paint.
class PaintRecorder : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

class TestFieldRepaint : public QObject
{
    Q_OBJECT

private slots:
    void screenMatchesFullRepaint_data();
    void screenMatchesFullRepaint();
    void valueEditRepaintsPart();
    void itemsLeaveThePainterAsFound_data();
    void itemsLeaveThePainterAsFound();

private:
    // What the window shows of the viewport (the backing store, after partial repaints) against
    // a fresh full repaint of it.
    static bool shownAsDrawn(FieldView &view, QString *where);
};

bool TestFieldRepaint::shownAsDrawn(FieldView &view, QString *where)
{
    // What is pending (the scene's queued updates, the update request) painted, and no timer
    // run meanwhile: the screen shows the scene as it is now.
    for (int i = 0; i < 4; ++i)
        QCoreApplication::sendPostedEvents();
    QWidget *viewport = view.viewport();
    const QPoint at = viewport->mapTo(view.window(), QPoint(0, 0));
    const QImage shown = view.window()->windowHandle()->screen()
                             ->grabWindow(view.window()->winId(), at.x(), at.y(), viewport->width(), viewport->height())
                             .toImage()
                             .convertToFormat(QImage::Format_RGB32);
    const QImage drawn = viewport->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (shown.size() != drawn.size()) {
        *where = QStringLiteral("sizes %1x%2 and %3x%4").arg(shown.width()).arg(shown.height())
                     .arg(drawn.width()).arg(drawn.height());
        return false;
    }
    // A repaint of a region of several rectangles clips antialiased edges with a mask: they may
    // come out one step lighter or darker than in a full repaint; and an aliased hairline
    // clipped at the region's edge may move a pixel of its staircase there. A change left
    // unpainted differs along whole lines and shapes.
    constexpr int kRounding = 2;
    constexpr int kStrayPixels = 8;
    int differ = 0;
    QPoint first;
    for (int y = 0; y < shown.height(); ++y) {
        const QRgb *a = reinterpret_cast<const QRgb *>(shown.constScanLine(y));
        const QRgb *b = reinterpret_cast<const QRgb *>(drawn.constScanLine(y));
        for (int x = 0; x < shown.width(); ++x) {
            const int most = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                       std::abs(qBlue(a[x]) - qBlue(b[x]))});
            if (most > kRounding) {
                if (differ++ == 0)
                    first = QPoint(x, y);
            }
        }
    }
    if (differ > kStrayPixels && qEnvironmentVariableIsSet("SAVEDIFF")) {
        shown.save(QStringLiteral("/tmp/perfw/shown.png"));
        drawn.save(QStringLiteral("/tmp/perfw/drawn.png"));
    }
    if (differ > kStrayPixels) {
        *where = QStringLiteral("%1 pixels differ visibly, the first at (%2, %3)").arg(differ).arg(first.x()).arg(first.y());
        return false;
    }
    return true;
}

void TestFieldRepaint::screenMatchesFullRepaint_data()
{
    QTest::addColumn<int>("parties");
    // Few links: dashed, with arrowheads; many: in batches; many more, far out: hairlines.
    QTest::newRow("12 parties") << 12;
    QTest::newRow("200 parties") << 200;
    QTest::newRow("1500 parties") << 1500;
}

void TestFieldRepaint::screenMatchesFullRepaint()
{
    QFETCH(int, parties);
    Document doc;
    doc.setScenario(ring(parties, 6));
    FieldView view(&doc);
    if (qEnvironmentVariableIsSet("FULLUPDATE"))
        view.setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    view.resize(900, 620);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(600); // the first fit's glide
    QString where;
    QVERIFY2(shownAsDrawn(view, &where), qPrintable(where));

    const Scenario &s = doc.scenario();
    const Provision first = s.provisions.first();
    const Provision last = s.provisions.last();
    const auto checkThroughEasing = [&](const char *what, bool ghostsFaded = false) {
        // Mid-easing, as it ends, and after the ghosts of the old widths fade.
        for (int wait : {30, 60, 250, ghostsFaded ? 1700 : 0}) {
            if (wait == 0)
                continue;
            QTest::qWait(wait);
            QVERIFY2(shownAsDrawn(view, &where), qPrintable(QStringLiteral("%1, after %2 ms: %3")
                                                                 .arg(QLatin1String(what)).arg(wait).arg(where)));
        }
    };
    QVERIFY(doc.setProvisionQuality(first.from, first.to, first.desire, first.rating.quality > 0.5 ? 0.02 : 0.98));
    checkThroughEasing("a provision's quality", true);
    QVERIFY(doc.setProvisionQuality(last.from, last.to, last.desire, 0.5));
    checkThroughEasing("another provision's quality");
    doc.setCurrentTime(3);
    checkThroughEasing("a story step");
    doc.setCurrentTime(1);
    checkThroughEasing("a step back");
    doc.setSelection({first.from, first.to});
    checkThroughEasing("a dyad selected");
    doc.setSelection({last.to, QString()});
    checkThroughEasing("a party selected");
    const Party &p = s.parties[parties / 3];
    QVERIFY(doc.moveParty(p.id, QPointF(p.x * 0.6 + 15.0, p.y * 0.6 - 10.0)));
    checkThroughEasing("a party moved");
    QVERIFY(doc.setImportance(p.id, s.desires.first().id, 0.01));
    checkThroughEasing("an importance", true);
    doc.setSelection({first.from, first.to});
    checkThroughEasing("the first dyad selected again");
    QVERIFY(doc.removeParty(first.to)); // the selection goes with it
    checkThroughEasing("a party of the selected dyad removed", true);
}

void TestFieldRepaint::valueEditRepaintsPart()
{
    Document doc;
    doc.setScenario(ring(800));
    FieldView view(&doc);
    view.resize(900, 620);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(600);
    PaintRecorder recorder;
    view.viewport()->installEventFilter(&recorder);
    const Provision p = doc.scenario().provisions.first();
    QVERIFY(doc.setProvisionQuality(p.from, p.to, p.desire, p.rating.quality > 0.5 ? 0.02 : 0.98));
    QTest::qWait(50);
    QVERIFY(!recorder.painted.isEmpty()); // the change was painted...
    qint64 area = 0;
    for (const QRect &r : recorder.painted)
        area += qint64(r.width()) * r.height();
    const qint64 whole = qint64(view.viewport()->width()) * view.viewport()->height();
    QVERIFY2(area < whole / 4, qPrintable(QStringLiteral("%1 of %2 pixels repainted").arg(area).arg(whole)));
}

void TestFieldRepaint::itemsLeaveThePainterAsFound_data()
{
    QTest::addColumn<int>("parties");
    QTest::newRow("12 parties") << 12;   // dashes, arrowheads, rings, names on boxes, a faded party
    QTest::newRow("200 parties") << 200; // links in batches
}

// The view does not save the painter around each item (DontSavePainterState): a pen, brush,
// hint or clip an item left behind would change the items drawn after it.
void TestFieldRepaint::itemsLeaveThePainterAsFound()
{
    QFETCH(int, parties);
    Document doc;
    doc.setScenario(ring(parties, 2));
    const Scenario &s = doc.scenario();
    QVERIFY(doc.setPartyActive(s.parties[1].id, false));
    doc.setSelection({s.provisions.first().from, s.provisions.first().to});
    FieldView view(&doc);
    view.resize(900, 620);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(600);
    QVERIFY(view.optimizationFlags().testFlag(QGraphicsView::DontSavePainterState));
    const QImage unsaved = view.viewport()->grab().toImage();
    view.setOptimizationFlag(QGraphicsView::DontSavePainterState, false);
    const QImage saved = view.viewport()->grab().toImage();
    QCOMPARE(unsaved.size(), saved.size());
    QVERIFY(unsaved == saved);
}

QTEST_MAIN(TestFieldRepaint)
#include "tst_fieldrepaint.moc"
