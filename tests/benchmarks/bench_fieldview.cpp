// SPDX-License-Identifier: GPL-3.0-or-later
// The social field: one value changed to the scene synced and repainted, and a 1600x900 export.
#include "document.h"
#include "fieldexport.h"
#include "fieldscene.h"
#include "synthfield.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace powerfield;

class BenchFieldView : public QObject
{
    Q_OBJECT

private slots:
    void oneEditSynced_data() { sizes(); }
    void oneEditSynced();
    void oneEditRepainted_data() { sizes(); }
    void oneEditRepainted();
    void exportPng_data() { sizes(); }
    void exportPng();

private:
    static void sizes()
    {
        QTest::addColumn<int>("parties");
        QTest::newRow("20 parties") << 20;
        QTest::newRow("1000 parties") << 1000;
    }
};

namespace {

// Flips one importance between two values, so every round is a real edit.
void flipImportance(Document &doc, int round)
{
    const Party &p = doc.scenario().parties.first();
    const QString desire = p.needs.isEmpty() ? doc.scenario().desires.first().id : p.needs.first().desire;
    doc.setImportance(p.id, desire, round % 2 ? 0.3 : 0.8);
}

} // namespace

void BenchFieldView::oneEditSynced()
{
    QFETCH(int, parties);
    Document doc;
    doc.setScenario(bench::syntheticField(parties, 4, 5));
    FieldScene scene(&doc);
    int round = 0;
    QBENCHMARK {
        flipImportance(doc, ++round); // the scene follows within the same call
    }
}

void BenchFieldView::oneEditRepainted()
{
    QFETCH(int, parties);
    Document doc;
    doc.setScenario(bench::syntheticField(parties, 4, 5));
    FieldScene scene(&doc);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    int round = 0;
    QBENCHMARK {
        flipImportance(doc, ++round);
        QPainter painter(&image);
        scene.render(&painter);
    }
}

void BenchFieldView::exportPng()
{
    QFETCH(int, parties);
    Document doc;
    doc.setScenario(bench::syntheticField(parties, 4, 5));
    const PaintFunction paint = fieldPainter(&doc);
    QBENCHMARK {
        const QImage image = renderImage(QSize(1600, 900), 1, Theme(), paint);
        Q_UNUSED(image);
    }
}

QTEST_MAIN(BenchFieldView)
#include "bench_fieldview.moc"
