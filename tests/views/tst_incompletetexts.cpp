// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencepanel.h"
#include "document.h"
#include "powerchart.h"
#include "powerplot.h"
#include "sweepplot.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QtTest>
#include <qcustomplot.h>

using namespace powerfield;

// No broken fragments while a scenario is not yet built (issue 17, item 7): an empty scenario
// and one with a single party show no "▲ holds more power", ": dependence on" or
// "Relative power: + , −" in the panel, the plot or the sweep.
class TestIncompleteTexts : public QObject
{
    Q_OBJECT

private slots:
    void noFragments_data();
    void noFragments();
};

namespace {

// A name left out of a sentence leaves one of these behind.
bool broken(const QString &text)
{
    static const QRegularExpression fragments(QStringLiteral(
        "^\\s*[\u25b2\u25bc]\\s+holds|^\\s*:|\\+\\s*,|\u2212\\s*$|:\\s+and\\s*$|^\\s*and\\s|\\s\\s+and\\s\\s"));
    return fragments.match(text).hasMatch();
}

QStringList plotTexts(QCustomPlot *plot)
{
    QStringList out;
    for (int i = 0; i < plot->graphCount(); ++i)
        out << plot->graph(i)->name();
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            out << text->text();
    }
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes())
            out << axis->label();
    }
    return out;
}

} // namespace

void TestIncompleteTexts::noFragments_data()
{
    QTest::addColumn<int>("parties");
    QTest::newRow("empty") << 0;
    QTest::newRow("one party") << 1;
    QTest::newRow("one party selected") << -1;
}

void TestIncompleteTexts::noFragments()
{
    QFETCH(int, parties);
    Document doc;
    Scenario s;
    if (parties != 0) {
        Party p;
        p.id = QStringLiteral("me");
        p.name = QStringLiteral("Me");
        s.parties = {p};
    }
    doc.setScenario(s);
    if (parties < 0)
        doc.setSelection({QStringLiteral("me"), QString()});
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *panel = new DependencePanel(&doc);
    auto *plot = new PowerPlot(&doc);
    auto *sweep = new SweepPlot(&doc);
    layout->addWidget(panel);
    layout->addWidget(plot);
    layout->addWidget(sweep);
    window.resize(1500, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QStringList texts = plotTexts(plot->customPlot()) + plotTexts(sweep->customPlot());
    for (QCPLayoutElement *element : plot->customPlot()->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            texts << title->text();
    }
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window))
            texts << label->text();
    }
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!broken(text), qPrintable(text));
}

QTEST_MAIN(TestIncompleteTexts)
#include "tst_incompletetexts.moc"
