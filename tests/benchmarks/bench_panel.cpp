// SPDX-License-Identifier: GPL-3.0-or-later
// The dependence panel: one slider step to the model, the analysis, the meter and the sentences
// updated, and the same with the panel painted, at 20 and 1,000 parties.
#include "balancemeter.h"
#include "dependencepanel.h"
#include "document.h"
#include "panelcontrols.h"
#include "synthfield.h"
#include "valueslider.h"

#include <QImage>
#include <QPainter>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

using namespace powerfield;

class BenchPanel : public QObject
{
    Q_OBJECT

private slots:
    void editWithoutPanel_data() { sizes(); }
    void editWithoutPanel(); // the baseline: what the panel adds is the difference
    void sliderStep_data() { sizes(); }
    void sliderStep();
    void sliderStepPainted_data() { sizes(); }
    void sliderStepPainted();

private:
    static void sizes()
    {
        QTest::addColumn<int>("parties");
        QTest::newRow("20 parties") << 20;
        QTest::newRow("1000 parties") << 1000;
    }
};

namespace {

// A provider of the first party and a desire it provides that the first party wants.
std::pair<QString, QString> providerAndDesire(const Scenario &s)
{
    const Party &a = s.parties.first();
    for (const Provision &p : s.provisions) {
        if (p.to == a.id && a.needIndex(p.desire) >= 0)
            return {p.from, p.desire};
    }
    return {};
}

// The synthetic field with the panel on the first party and one that provides for it.
struct Fixture
{
    explicit Fixture(int parties)
    {
        doc.setScenario(bench::syntheticField(parties, 4, 5));
        const Scenario &s = doc.scenario();
        const QString a = s.parties.first().id;
        const auto [from, wanted] = providerAndDesire(s);
        doc.setSelection({a, from});
        desire = wanted;
        panel.resize(420, 900);
        panel.show();
        exposed = QTest::qWaitForWindowExposed(&panel);
        slider = panel.controls()->slider(QStringLiteral("importance:") + a + QLatin1Char('/') + desire);
    }

    // One key-sized step of the importance slider, between two values so every round edits.
    void step(int round)
    {
        slider->slider()->setValue(round % 2 ? 30 : 80);
    }

    Document doc;
    DependencePanel panel{&doc};
    QString desire;
    bool exposed = false;
    ValueSlider *slider = nullptr;
};

} // namespace

void BenchPanel::editWithoutPanel()
{
    QFETCH(int, parties);
    Document doc;
    doc.setScenario(bench::syntheticField(parties, 4, 5));
    const QString party = doc.scenario().parties.first().id;
    const QString desire = providerAndDesire(doc.scenario()).second;
    QVERIFY(!desire.isEmpty());
    int round = 0;
    QBENCHMARK {
        doc.setImportance(party, desire, ++round % 2 ? 0.3 : 0.8);
    }
    QVERIFY(doc.undoStack()->count() > 0);
}

void BenchPanel::sliderStep()
{
    QFETCH(int, parties);
    Fixture f(parties);
    QVERIFY(f.exposed);
    QVERIFY(f.slider);
    int round = 0;
    QBENCHMARK {
        f.step(++round); // document, analysis, meter and sentences follow within the call
    }
    f.step(2);
    QCOMPARE(f.doc.scenario().parties.first().importance(f.desire), 0.8); // it was a real edit
    QVERIFY(!f.panel.powerText().isEmpty());
}

void BenchPanel::sliderStepPainted()
{
    QFETCH(int, parties);
    Fixture f(parties);
    QVERIFY(f.exposed);
    QVERIFY(f.slider);
    QImage image(f.panel.size(), QImage::Format_ARGB32_Premultiplied);
    int round = 0;
    QBENCHMARK {
        f.step(++round);
        QPainter painter(&image);
        f.panel.render(&painter);
    }
}

QTEST_MAIN(BenchPanel)
#include "bench_panel.moc"
