// SPDX-License-Identifier: GPL-3.0-or-later
// Slide and window pictures: what File > Export View and --view slide|window cost, next to the
// field alone (bench_fieldview exportPng), for an example and for large synthetic fields.
#include "document.h"
#include "examples.h"
#include "scenarioreader.h"
#include "synthfield.h"
#include "viewpainters.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace powerfield;

class BenchSlideExport : public QObject
{
    Q_OBJECT

private slots:
    void renderPng_data();
    void renderPng();
};

void BenchSlideExport::renderPng_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("parties"); // 0: the Abe and Mary example
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::newRow("slide, example, 1920x1080") << QStringLiteral("slide") << 0 << QSize(1920, 1080) << 1;
    QTest::newRow("slide, example, 1920x1080 at 2x") << QStringLiteral("slide") << 0 << QSize(1920, 1080) << 2;
    QTest::newRow("slide, 200 parties, 1920x1080") << QStringLiteral("slide") << 200 << QSize(1920, 1080) << 1;
    QTest::newRow("window, example, 1600x900") << QStringLiteral("window") << 0 << QSize(1600, 900) << 1;
    QTest::newRow("window, 200 parties, 1600x900") << QStringLiteral("window") << 200 << QSize(1600, 900) << 1;
}

void BenchSlideExport::renderPng()
{
    QFETCH(QString, view);
    QFETCH(int, parties);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    Document doc;
    if (parties == 0) {
        Scenario scenario;
        ScenarioError error;
        QVERIFY(readScenarioFile(examplePath(QStringLiteral("abe-and-mary")), &scenario, &error));
        doc.setScenario(scenario);
    } else {
        doc.setScenario(bench::syntheticField(parties, 4, 5));
    }
    const PaintFunction paint = painterFor(view, &doc, {});
    QVERIFY(paint);
    QBENCHMARK {
        // Drawn and encoded, as an export to a file does (without the disk).
        const QImage image = renderImage(size, scale, Theme(), paint);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
}

QTEST_MAIN(BenchSlideExport)
#include "bench_slideexport.moc"
