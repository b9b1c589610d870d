// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "sweepplot.h"

#include <QComboBox>
#include <QtTest>

#include <qcustomplot.h>

using namespace powerfield;

namespace {

SweepTarget maryHome()
{
    Change c;
    c.target = Change::Target::Option;
    c.option = QStringLiteral("mary-home");
    c.desire = QStringLiteral("company");
    c.quality = 0.0;
    return c;
}

// The value of a graph at a key that is one of its data points.
double valueAt(const QCPGraph *graph, double key)
{
    const auto it = graph->data()->findBegin(key, false);
    return it != graph->data()->constEnd() && it->key == key ? it->value : std::nan("");
}

} // namespace

// The sweep view: its curves pass through the current analysis and follow time and edits.
class TestSweepPlot : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void curveAtCurrentValueIsAnalysis_data();
    void curveAtCurrentValueIsAnalysis();
    void followsEdits();
    void tippingPoint();
    void noTargetShowsHint();
    void pickerListsDyadValues();
    void pickingWithKeysSetsTarget();
    void pickerFollowsTarget();
    void hiddenPlotCatchesUpWhenShown();

private:
    std::unique_ptr<Document> m_doc;
};

void TestSweepPlot::init()
{
    m_doc = std::make_unique<Document>();
    QString error;
    QVERIFY(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
}

void TestSweepPlot::curveAtCurrentValueIsAnalysis_data()
{
    QTest::addColumn<int>("time");
    for (int t : {0, 4, 6, 10})
        QTest::addRow("t=%d", t) << t;
}

void TestSweepPlot::curveAtCurrentValueIsAnalysis()
{
    QFETCH(int, time);
    m_doc->setCurrentTime(time);
    SweepPlot plot(m_doc.get());
    plot.setTarget(maryHome());
    const Sweep &s = plot.sweep();
    QVERIFY(!s.values.isEmpty());
    const core::DyadResult now = *m_doc->analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"));
    QCOMPARE(valueAt(plot.graph(SweepPlot::RelativePowerA), s.current), now.relativePowerA);
    QCOMPARE(valueAt(plot.graph(SweepPlot::DependenceAOnB), s.current), now.sideA.dependence);
    QCOMPARE(valueAt(plot.graph(SweepPlot::DependenceBOnA), s.current), now.sideB.dependence);
    QCOMPARE(plot.graph(SweepPlot::RelativePowerA)->data()->size(), s.values.size());
}

void TestSweepPlot::followsEdits()
{
    SweepPlot plot(m_doc.get());
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setTarget(maryHome());
    QCOMPARE(plot.sweep().current, 0.1);
    QVERIFY(m_doc->setOffer(QStringLiteral("mary-home"), QStringLiteral("company"), Rating{0.5, {}}));
    QTRY_COMPARE(plot.sweep().current, 0.5);
    const core::DyadResult now = *m_doc->analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"));
    QCOMPARE(valueAt(plot.graph(SweepPlot::RelativePowerA), 0.5), now.relativePowerA);
    m_doc->setCurrentTime(6);
    QTRY_COMPARE(plot.sweep().relativePowerA[plot.sweep().currentIndex()],
                 m_doc->analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"))->relativePowerA);
}

void TestSweepPlot::tippingPoint()
{
    SweepPlot plot(m_doc.get());
    plot.setTarget(maryHome());
    // At t=0 Mary's dependence on Abe (0.8 company) vanishes when her evenings at home reach 0.8.
    QVERIFY(std::abs(plot.tippingValue() - 0.8) < 1e-9);
}

void TestSweepPlot::noTargetShowsHint()
{
    SweepPlot plot(m_doc.get());
    QVERIFY(plot.sweep().values.isEmpty());
    QCOMPARE(plot.graph(SweepPlot::RelativePowerA)->data()->size(), 0);
    QVERIFY(std::isnan(plot.tippingValue()));
}

void TestSweepPlot::pickerListsDyadValues()
{
    SweepPlot plot(m_doc.get());
    QComboBox *picker = plot.picker();
    const QVector<SweepTarget> expected = sweepTargetsOf(m_doc->state(), QStringLiteral("abe"), QStringLiteral("mary"));
    QCOMPARE(picker->count(), expected.size() + 1);
    QCOMPARE(picker->currentIndex(), 0);
    QStringList names;
    for (int i = 1; i < picker->count(); ++i)
        names << picker->itemText(i);
    QVERIFY2(names.contains(QStringLiteral("Abe: comparison level")), qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(QStringLiteral("Mary: importance of Company")));
    QVERIFY(names.contains(QStringLiteral("Abe to Mary: Company (quality)")));
    QVERIFY(names.contains(QStringLiteral("Mary to Abe: Company (as Abe sees it)")));
    QVERIFY(names.contains(QStringLiteral("Alternative of Mary, Evenings at home: Company")));
    // Coworkers and Abe are no dyad of Mary's values: none of theirs is listed.
    for (const QString &n : std::as_const(names))
        QVERIFY2(!n.startsWith(QStringLiteral("Mary's coworkers")), qPrintable(n));
}

void TestSweepPlot::pickingWithKeysSetsTarget()
{
    SweepPlot plot(m_doc.get());
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QVERIFY(!plot.hasTarget());
    QComboBox *picker = plot.picker();
    QTest::keyClick(picker, Qt::Key_Down); // the first value: Abe's comparison level
    QCOMPARE(picker->currentIndex(), 1);
    QVERIFY(plot.hasTarget());
    QCOMPARE(plot.target().target, Change::Target::Party);
    const Sweep &s = plot.sweep();
    QCOMPARE(s.current, m_doc->state().party(QStringLiteral("abe"))->comparisonLevel);
    const double now = m_doc->analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"))->relativePowerA;
    QCOMPARE(valueAt(plot.graph(SweepPlot::RelativePowerA), s.current), now);
    QCOMPARE(plot.customPlot()->xAxis->label(), QStringLiteral("Abe: comparison level"));
}

void TestSweepPlot::pickerFollowsTarget()
{
    SweepPlot plot(m_doc.get());
    SweepTarget t = maryHome();
    t.quality = 0.37; // the value a caller passes is ignored
    plot.setTarget(t);
    QCOMPARE(plot.picker()->currentText(), QStringLiteral("Alternative of Mary, Evenings at home: Company"));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("coworkers")});
    plot.refresh(); // hidden: the update runs when asked
    QCOMPARE(plot.picker()->currentIndex(), 0); // not a value of this dyad
}

void TestSweepPlot::hiddenPlotCatchesUpWhenShown()
{
    SweepPlot plot(m_doc.get());
    plot.setTarget(maryHome());
    QVERIFY(m_doc->setOffer(QStringLiteral("mary-home"), QStringLiteral("company"), Rating{0.5, {}}));
    QCoreApplication::processEvents();
    QCOMPARE(plot.sweep().current, 0.1); // hidden: nothing evaluated
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCOMPARE(plot.sweep().current, 0.5);
}

QTEST_MAIN(TestSweepPlot)
#include "tst_sweepplot.moc"
