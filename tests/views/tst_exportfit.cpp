// SPDX-License-Identifier: GPL-3.0-or-later
// The exported window and slide pictures, as a slide maker puts them on a lecture slide: for
// every example, at the sizes of common projectors, in both themes, with and without
// presentation type, no text is cut at the picture's edge, runs into other text, or is too small
// to read (11 px; with presentation type, 1/45 of the picture's height).
#include "../common/textrecorder.h"

#include "document.h"
#include "examples.h"
#include "imageexport.h"
#include "scenarioreader.h"
#include "scenario.h"
#include "viewpainters.h"

#include <QPainter>
#include <QtTest>

using namespace powerfield;
using powerfield::test::TextRecorder;

class TestExportFit : public QObject
{
    Q_OBJECT

private slots:
    void nothingClips_data();
    void nothingClips();
};

void TestExportFit::nothingClips_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("presentation");
    for (const QString &name : exampleNames()) {
        for (const QString &view : {QStringLiteral("window"), QStringLiteral("slide")}) {
            for (const QSize &size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
                for (const QString &theme : {QStringLiteral("print"), QStringLiteral("projector")}) {
                    for (bool presentation : {false, true}) {
                        QTest::addRow("%s %s %dx%d %s%s", qPrintable(name), qPrintable(view), size.width(),
                                      size.height(), qPrintable(theme), presentation ? " presentation" : "")
                            << name << view << size << theme << presentation;
                    }
                }
            }
        }
    }
}

void TestExportFit::nothingClips()
{
    QFETCH(QString, example);
    QFETCH(QString, view);
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    QFETCH(bool, presentation);

    Scenario scenario;
    ScenarioError error;
    QVERIFY2(readExample(example, &scenario, &error), qPrintable(error.message()));
    Document document;
    document.setScenario(scenario);
    // The story's last step: the most parties and events on the picture.
    if (!scenario.events.isEmpty())
        document.setCurrentTime(scenario.events.constLast().time);
    Theme look;
    look.kind = *Theme::kindFromName(theme);
    look.presentation = presentation;
    ViewOptions options;
    options.size = size;
    const PaintFunction paint = painterFor(view, &document, options);
    QVERIFY(paint);

    TextRecorder recorder(size);
    QPainter painter(&recorder);
    paintPicture(painter, QRectF(QPointF(), QSizeF(size)), look, paint);
    painter.end();
    QVERIFY(!recorder.texts().isEmpty());
    const double floor = presentation ? size.height() / 45.0 : 11.0;
    const QStringList problems = powerfield::test::textProblems(recorder.texts(), size, floor, view);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestExportFit)
#include "tst_exportfit.moc"
