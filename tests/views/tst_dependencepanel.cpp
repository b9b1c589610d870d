// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemeter.h"
#include "dependencepanel.h"
#include "document.h"
#include "examples.h"
#include "imageexport.h"
#include "panelcontrols.h"
#include "models/partytreemodel.h"
#include "panelexport.h"
#include "sweep.h"
#include "valueslider.h"
#include "../common/useranswers.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QUndoStack>
#include <QtTest>

using namespace powerfield;

namespace {
const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString company = QStringLiteral("company");
const QString home = QStringLiteral("mary-home");
const QString maryAlternative = QStringLiteral("alternative:mary/company");
} // namespace

// The dependence panel on Abe and Mary: sliders edit, edits elsewhere move sliders, one undo
// step per gesture, and the meter and sentences follow.
class TestDependencePanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsSelectedDyad();
    void keyPressIsOneStep();
    void dragIsOneStep();
    void spinBoxIsOneStep();
    void editElsewhereMovesSliders();
    void itemModelEditMovesSliders();
    void undoMovesSliders();
    void lensAndTimeMoveSliders();
    void otherDyadRebuilds();
    void removedPartyClears();
    void partyView();
    void defaultDyad();
    void oldValueTickDuringDrag();
    void oldValueTickAfterKeys();
    void sweepThisValue();
    void sweepTargetsMatchSliders();
    void addDesireButton();
    void addOptionButton();
    void keyboardAndNames();
    void focusSurvivesRebuild();
    void exportPaints();

private:
    double offer() const;
    double maryDependence() const;
    ValueSlider *slider(const QString &name) const;
    QPushButton *button(const QString &name) const;

    Document *m_doc = nullptr;
    DependencePanel *m_panel = nullptr;
};

void TestDependencePanel::init()
{
    m_doc = new Document;
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
    m_doc->setSelection({abe, mary});
    m_panel = new DependencePanel(m_doc);
    m_panel->resize(420, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestDependencePanel::cleanup()
{
    delete m_panel;
    delete m_doc;
}

double TestDependencePanel::offer() const
{
    const Scenario &s = m_doc->scenario();
    const OutsideOption &o = s.options[s.optionIndex(home)];
    return o.offers[o.offerIndex(company)].rating.quality;
}

double TestDependencePanel::maryDependence() const
{
    return m_doc->analysis().dyad(mary, abe)->sideA.dependence;
}

ValueSlider *TestDependencePanel::slider(const QString &name) const
{
    ValueSlider *s = m_panel->controls()->slider(name);
    if (!s)
        qWarning("no slider %s", qPrintable(name));
    return s;
}

QPushButton *TestDependencePanel::button(const QString &name) const
{
    return m_panel->findChild<QPushButton *>(name);
}

void TestDependencePanel::showsSelectedDyad()
{
    QCOMPARE(m_panel->shown(), (Selection{abe, mary}));
    QVERIFY(slider(QStringLiteral("importance:abe/company")));
    QVERIFY(slider(QStringLiteral("provision:mary/company")));
    QCOMPARE(slider(maryAlternative)->text(), QStringLiteral("Mary's best alternative: Evenings at home"));
    QCOMPARE(slider(maryAlternative)->value(), 0.1);
    QCOMPARE(slider(QStringLiteral("cl:mary"))->value(), 0.6);
    QCOMPARE(m_panel->powerText(),
             QStringLiteral("Mary depends on Abe (0.70) more than Abe on Mary (0.00): Abe holds more power."));
    QVERIFY(m_panel->meter()->tilt() < -10.0); // Abe's (left) end is down
    QVERIFY(m_panel->shiftText().isEmpty());
}

void TestDependencePanel::keyPressIsOneStep()
{
    ValueSlider *s = slider(maryAlternative);
    const double tiltBefore = m_panel->meter()->tilt();
    const QString readingBefore = m_panel->readingTexts(false).join(QLatin1Char('\n'));
    QTest::keyClick(s->slider(), Qt::Key_PageUp);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(offer(), 0.2);
    QVERIFY(qAbs(maryDependence() - 0.6) < 1e-9);
    QVERIFY(m_panel->meter()->tilt() > tiltBefore);
    QCOMPARE(m_panel->shiftText(),
             QStringLiteral("Mary's dependence on Abe fell from 0.70 to 0.60 because Mary's best alternative "
                            "for Company (Evenings at home) rose to 0.20, against 0.80 from Abe."));
    QCOMPARE(m_panel->powerText(),
             QStringLiteral("Mary depends on Abe (0.60) more than Abe on Mary (0.00): Abe holds more power."));
    QVERIFY(m_panel->readingTexts(false).join(QLatin1Char('\n')) != readingBefore);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(s->slider(), Qt::Key_PageUp);
    QCOMPARE(m_doc->undoStack()->count(), 6);
    QVERIFY(qAbs(offer() - 0.7) < 1e-9);
    QVERIFY(qAbs(m_panel->meter()->tilt() + 0.1 * 15.0) < 1e-6); // nearly level
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(offer(), 0.1);
    QCOMPARE(s->value(), 0.1);
    QCOMPARE(m_panel->meter()->tilt(), tiltBefore);
    QCOMPARE(m_panel->readingTexts(false).join(QLatin1Char('\n')), readingBefore);
}

void TestDependencePanel::dragIsOneStep()
{
    ValueSlider *s = slider(maryAlternative);
    s->slider()->setSliderDown(true);
    for (int v = 15; v <= 70; v += 5)
        s->slider()->setValue(v);
    s->slider()->setSliderDown(false);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(qAbs(offer() - 0.7) < 1e-9);
    QVERIFY(m_panel->shiftText().startsWith(QStringLiteral("Mary's dependence on Abe fell from 0.70 to 0.10")));
    // A second gesture is a second step.
    s->slider()->setSliderDown(true);
    s->slider()->setValue(50);
    s->slider()->setSliderDown(false);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(offer(), 0.1);
    QCOMPARE(s->slider()->value(), 10);
}

void TestDependencePanel::spinBoxIsOneStep()
{
    ValueSlider *s = slider(QStringLiteral("importance:mary/company"));
    s->spinBox()->setFocus();
    QTest::keyClick(s->spinBox(), Qt::Key_Up);
    QTest::keyClick(s->spinBox(), Qt::Key_Up);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->scenario().party(mary)->importance(company), 1.0);
    QCOMPARE(s->slider()->value(), 100);
}

void TestDependencePanel::editElsewhereMovesSliders()
{
    QSignalSpy spy(m_doc->undoStack(), &QUndoStack::indexChanged);
    QVERIFY(m_doc->setOffer(home, company, {0.45, std::nullopt}));
    QCOMPARE(spy.count(), 1); // the edit itself, nothing echoed back
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(slider(maryAlternative)->value(), 0.45);
    QCOMPARE(slider(maryAlternative)->slider()->value(), 45);
    QVERIFY(m_doc->setInvestmentExclusive(mary, abe, true));
    QVERIFY(m_doc->setComparisonLevel(abe, 0.25));
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(slider(QStringLiteral("cl:abe"))->value(), 0.25);
    QVERIFY(m_panel->findChild<QCheckBox *>(QStringLiteral("exclusive:mary"))->isChecked());
}

void TestDependencePanel::itemModelEditMovesSliders()
{
    PartyTreeModel model(m_doc);
    QSignalSpy spy(m_doc->undoStack(), &QUndoStack::indexChanged);
    const QModelIndex cl = model.index(m_doc->scenario().partyIndex(abe), PartyTreeModel::ComparisonLevelColumn);
    QVERIFY(model.setData(cl, 0.35));
    QCOMPARE(spy.count(), 1); // the tree's edit alone: the slider mirrored it without an echo
    QCOMPARE(slider(QStringLiteral("cl:abe"))->value(), 0.35);
    QCOMPARE(slider(QStringLiteral("cl:abe"))->slider()->value(), 35);
    QVERIFY(!slider(QStringLiteral("cl:abe"))->oldValue()); // no tick: the user did not move it
}

void TestDependencePanel::undoMovesSliders()
{
    QVERIFY(m_doc->setImportance(abe, company, 0.9));
    QCOMPARE(slider(QStringLiteral("importance:abe/company"))->value(), 0.9);
    const int count = m_doc->undoStack()->count();
    QSignalSpy spy(m_doc->undoStack(), &QUndoStack::indexChanged);
    m_doc->undoStack()->undo();
    QCOMPARE(slider(QStringLiteral("importance:abe/company"))->value(), 0.3);
    m_doc->undoStack()->redo();
    QCOMPARE(slider(QStringLiteral("importance:abe/company"))->value(), 0.9);
    QCOMPARE(m_doc->undoStack()->count(), count);
    QCOMPARE(spy.count(), 2); // the undo and the redo, nothing pushed by the mirrored sliders
}

void TestDependencePanel::lensAndTimeMoveSliders()
{
    const int count = m_doc->undoStack()->count();
    QSignalSpy spy(m_doc->undoStack(), &QUndoStack::indexChanged);
    m_doc->setCurrentTime(4);
    QTRY_COMPARE(slider(maryAlternative)->text(), QStringLiteral("Mary's best alternative: Mary's coworkers"));
    QCOMPARE(slider(maryAlternative)->value(), 0.6);
    QVERIFY(m_panel->shiftText().contains(QStringLiteral("Mary's coworkers")));
    m_doc->setCurrentTime(6);
    QTRY_VERIFY(slider(QStringLiteral("belief:abe/company")));
    QCOMPARE(slider(QStringLiteral("belief:abe/company"))->value(), 0.8);
    QCOMPARE(slider(QStringLiteral("importance:abe/company"))->value(), 0.9);
    const double perceivedTilt = m_panel->meter()->tilt();
    m_doc->setLens(Lens::Actual);
    QVERIFY(m_panel->meter()->tilt() != perceivedTilt);
    QCOMPARE(m_doc->undoStack()->count(), count);
    QCOMPARE(m_doc->undoStack()->index(), count);
    QCOMPARE(spy.count(), 0);
}

void TestDependencePanel::otherDyadRebuilds()
{
    m_doc->setCurrentTime(4);
    m_doc->setSelection({mary, QStringLiteral("coworkers")});
    QCOMPARE(m_panel->shown(), (Selection{mary, QStringLiteral("coworkers")}));
    QVERIFY(!m_panel->controls()->slider(QStringLiteral("importance:abe/company")));
    QCOMPARE(slider(maryAlternative)->text(), QStringLiteral("Mary's best alternative: Abe"));
    QVERIFY(m_panel->powerText().contains(QStringLiteral("coworkers")));
}

void TestDependencePanel::removedPartyClears()
{
    QVERIFY(m_doc->removeParty(mary));
    QCOMPARE(m_panel->shown(), (Selection{abe, QString()}));
    QVERIFY(!m_panel->controls()->slider(maryAlternative));
    QVERIFY(m_panel->powerText().isEmpty() || !m_panel->meter()->isVisible());
    m_doc->undoStack()->undo();
    m_doc->setSelection({abe, mary});
    QVERIFY(slider(maryAlternative));
    QVERIFY(m_doc->removeParty(abe));
    m_doc->setSelection({});
    QTRY_VERIFY(m_panel->shown().isEmpty());
}

void TestDependencePanel::partyView()
{
    m_doc->setSelection({mary, QString()});
    QVERIFY(slider(QStringLiteral("importance:mary/company")));
    QVERIFY(!m_panel->meter()->isVisible());
    QVERIFY(m_panel->description().startsWith(QStringLiteral("Mary")));
}

void TestDependencePanel::defaultDyad()
{
    m_doc->setSelection({});
    QCOMPARE(m_panel->shown(), (Selection{abe, mary}));
}

void TestDependencePanel::oldValueTickDuringDrag()
{
    ValueSlider *s = slider(maryAlternative);
    QVERIFY(!s->oldValue());
    s->slider()->setSliderDown(true);
    s->slider()->setValue(40);
    s->slider()->setValue(60);
    QCOMPARE(s->oldValue().value_or(-1.0), 0.1); // where the drag started
    const QImage withTick = s->slider()->grab().toImage();
    s->slider()->setSliderDown(false);
    QCOMPARE(s->oldValue().value_or(-1.0), 0.1); // still there a moment after the release
    QCOMPARE(s->slider()->grab().toImage(), withTick);
    QTRY_VERIFY(!s->oldValue());
    // The same value without its tick is a different picture: the tick was really drawn.
    QVERIFY(s->slider()->grab().toImage() != withTick);
}

void TestDependencePanel::oldValueTickAfterKeys()
{
    ValueSlider *s = slider(QStringLiteral("cl:mary"));
    s->slider()->setFocus();
    QTest::keyClick(s->slider(), Qt::Key_PageUp);
    QTest::keyClick(s->slider(), Qt::Key_PageUp);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(s->value(), 0.8);
    QCOMPARE(s->oldValue().value_or(-1.0), 0.6); // where the run of key presses started
    QTRY_VERIFY(!s->oldValue());
    QTest::keyClick(s->slider(), Qt::Key_PageDown);
    QCOMPARE(s->oldValue().value_or(-1.0), 0.8); // a new run, a new tick
}

void TestDependencePanel::sweepThisValue()
{
    QSignalSpy spy(m_panel, &DependencePanel::sweepRequested);
    ValueSlider *s = slider(maryAlternative);
    QAction *sweep = s->sweepAction();
    QVERIFY(sweep);
    QCOMPARE(sweep->text(), QStringLiteral("Sweep this value"));
    QCOMPARE(s->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(s->actions().contains(sweep)); // in the slider's context menu
    QVERIFY(sweep->isEnabled());
    sweep->trigger();
    QCOMPARE(spy.count(), 1);
    const auto target = spy.first().value(0).value<SweepTarget>();
    QCOMPARE(target.target, Change::Target::Option);
    QCOMPARE(target.option, home);
    QCOMPARE(target.desire, company);
    QCOMPARE(sweepValue(m_doc->state(), target).value_or(-1.0), 0.1);
    QCOMPARE(sweepTargetName(m_doc->state(), target), QStringLiteral("Alternative of Mary, Evenings at home: Company"));
    QCOMPARE(m_doc->undoStack()->count(), 0); // asking for a sweep edits nothing
}

void TestDependencePanel::sweepTargetsMatchSliders()
{
    // Every slider's sweep names the very value the slider shows, at several times and lenses.
    for (int time : {0, 4, 6}) {
        m_doc->setCurrentTime(time);
        QTest::qWait(1); // the queued rebuild
        for (ValueSlider *s : m_panel->controls()->sliders()) {
            QAction *sweep = s->sweepAction();
            // Only an alternative that does not exist yet has nothing to sweep.
            QVERIFY2(sweep || s->objectName().startsWith(QStringLiteral("alternative:")), qPrintable(s->objectName()));
            if (!sweep)
                continue;
            QSignalSpy spy(s, &ValueSlider::sweepRequested);
            sweep->trigger();
            QCOMPARE(spy.count(), sweep->isEnabled() ? 1 : 0);
            if (!sweep->isEnabled())
                continue;
            const auto value = sweepValue(m_doc->state(), spy.first().value(0).value<SweepTarget>());
            QVERIFY2(value && qAbs(*value - s->value()) < 0.005, qPrintable(s->objectName()));
        }
    }
}

void TestDependencePanel::addDesireButton()
{
    QPushButton *add = button(QStringLiteral("addDesire:abe"));
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("Abe wants…"));
    // The menu offers what Abe does not want yet (A shared future) first, then a new desire.
    QVERIFY(add->menu());
    QList<QAction *> entries;
    for (QAction *a : add->menu()->actions())
        if (!a->isSeparator())
            entries << a;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)->text(), QStringLiteral("A shared future"));
    QCOMPARE(entries.at(1)->text(), QStringLiteral("A new desire…"));
    const int desires = m_doc->scenario().desires.size();
    test::typeIntoNextTextDialog(QStringLiteral("Peace and quiet"));
    test::chooseInNextPopup(QStringLiteral("A new desire…"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1); // the desire and Abe's need: one step
    QCOMPARE(m_doc->scenario().desires.size(), desires + 1);
    const Desire added = m_doc->scenario().desires.constLast();
    QCOMPARE(added.name, QStringLiteral("Peace and quiet"));
    QCOMPARE(m_doc->scenario().party(abe)->importance(added.id), 0.5);
    QTRY_VERIFY(m_panel->findChild<QGroupBox *>(QStringLiteral("desire:") + added.id));
    QCOMPARE(m_panel->findChild<QGroupBox *>(QStringLiteral("desire:") + added.id)->title(), added.name);
    QCOMPARE(slider(QStringLiteral("importance:abe/") + added.id)->value(), 0.5);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().desires.size(), desires);
    QTRY_VERIFY(!m_panel->findChild<QGroupBox *>(QStringLiteral("desire:") + added.id));

    // An existing desire: Abe comes to want A shared future, one step, and its sliders appear.
    test::chooseInNextPopup(QStringLiteral("A shared future"));
    QTest::mouseClick(button(QStringLiteral("addDesire:abe")), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().desires.size(), desires);
    QCOMPARE(m_doc->scenario().party(abe)->importance(QStringLiteral("future")), 0.5);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Abe wants A shared future"));
    QTRY_VERIFY(m_panel->controls()->slider(QStringLiteral("importance:abe/future")));
}

void TestDependencePanel::addOptionButton()
{
    // Both have their own way to company: no button there.
    QVERIFY(!button(QStringLiteral("addOption:abe/company")));
    QVERIFY(!button(QStringLiteral("addOption:mary/company")));
    test::typeIntoNextTextDialog(QStringLiteral("Peace and quiet"));
    test::chooseInNextPopup(QStringLiteral("A new desire…"));
    QTest::mouseClick(button(QStringLiteral("addDesire:abe")), Qt::LeftButton);
    const QString desire = m_doc->scenario().desires.constLast().id;
    const QString key = QStringLiteral("abe/") + desire;
    QTRY_VERIFY(button(QStringLiteral("addOption:") + key));
    const int options = m_doc->scenario().options.size();
    QTest::mouseClick(button(QStringLiteral("addOption:") + key), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->scenario().options.size(), options + 1);
    QTRY_VERIFY(!button(QStringLiteral("addOption:") + key));
    ValueSlider *alternative = slider(QStringLiteral("alternative:") + key);
    QVERIFY(alternative->isEnabled());
    QCOMPARE(alternative->value(), 0.5);
    QCOMPARE(alternative->text(), QStringLiteral("Abe's best alternative: Abe's alternative"));
    // The new slider edits the new option.
    QTest::keyClick(alternative->slider(), Qt::Key_PageDown);
    const OutsideOption &option = m_doc->scenario().options.constLast();
    QCOMPARE(option.offers.constFirst().rating.quality, 0.4);
}

void TestDependencePanel::keyboardAndNames()
{
    const QList<ValueSlider *> sliders = m_panel->controls()->sliders();
    QVERIFY(sliders.size() >= 10);
    for (ValueSlider *s : sliders) {
        QVERIFY2(!s->slider()->accessibleName().isEmpty(), qPrintable(s->objectName()));
        QCOMPARE(s->spinBox()->accessibleName(), s->slider()->accessibleName());
        QVERIFY2(!s->slider()->accessibleDescription().isEmpty(), qPrintable(s->objectName()));
        QVERIFY2(!s->slider()->toolTip().isEmpty(), qPrintable(s->objectName()));
    }
    // Tab walks each slider and its spin box, top to bottom.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    sliders.first()->slider()->setFocus();
    QTRY_VERIFY(sliders.first()->slider()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(sliders.first()->spinBox()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(sliders.at(1)->slider()->hasFocus());
    // Each label names its term in a tooltip of plain definitions.
    QCOMPARE(slider(QStringLiteral("cl:abe"))->slider()->toolTip(),
             explain::definition(explain::Term::ComparisonLevel));
}

void TestDependencePanel::focusSurvivesRebuild()
{
    test::typeIntoNextTextDialog(QStringLiteral("Peace and quiet"));
    test::chooseInNextPopup(QStringLiteral("A new desire…"));
    QTest::mouseClick(button(QStringLiteral("addDesire:abe")), Qt::LeftButton);
    m_panel->activateWindow(); // again after the menu and the dialog
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    const QString desire = m_doc->scenario().desires.constLast().id;
    const QString mary = QStringLiteral("mary/") + desire;
    // Mary does not want it: her side is her importance alone, until she does.
    QTRY_VERIFY(m_panel->controls()->slider(QStringLiteral("importance:") + mary));
    QVERIFY(!m_panel->controls()->slider(QStringLiteral("provision:") + mary));
    QVERIFY(!button(QStringLiteral("addOption:") + mary));
    slider(QStringLiteral("importance:") + mary)->slider()->setFocus();
    QTRY_VERIFY(slider(QStringLiteral("importance:") + mary)->slider()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
    QCOMPARE(m_doc->scenario().party(QStringLiteral("mary"))->importance(desire), 0.1);
    QTRY_VERIFY(m_panel->controls()->slider(QStringLiteral("provision:") + mary)); // rebuilt
    // The keyboard user is still on the slider they moved, and the next press moves it again.
    QTRY_VERIFY(slider(QStringLiteral("importance:") + mary)->slider()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
    QCOMPARE(m_doc->scenario().party(QStringLiteral("mary"))->importance(desire), 0.2);
    // A button that goes once used hands the focus to what it made.
    const QString abe = QStringLiteral("abe/") + desire;
    button(QStringLiteral("addOption:") + abe)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(!button(QStringLiteral("addOption:") + abe));
    QTRY_VERIFY(slider(QStringLiteral("alternative:") + abe)->slider()->hasFocus());
}

void TestDependencePanel::exportPaints()
{
    const QImage image = renderImage(QSize(1600, 900), 1, Theme(), panelPainter(m_doc));
    QCOMPARE(image.size(), QSize(1600, 900));
    int inked = 0; // the picture is not blank: some pixels in its middle third are dark
    for (int y = 300; y < 600; y += 8) {
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixelColor(x, y).lightness() < 128 ? 1 : 0;
    }
    QVERIFY(inked > 0);
    const QString out = QDir::temp().filePath(QStringLiteral("powerfield-panel-export.png"));
    ExportRequest request;
    request.path = out;
    QString error;
    QVERIFY2(exportPicture(request, panelPainter(m_doc), &error), qPrintable(error));
    // POWERFIELD_PANEL_SHOTS=DIR writes the panel and its export for three examples, to look at.
    const QString shots = qEnvironmentVariable("POWERFIELD_PANEL_SHOTS");
    if (shots.isEmpty())
        return;
    for (const char *name : {"abe-and-mary", "bad-relationship", "trading-countries"}) {
        const QString example = QString::fromLatin1(name);
        QVERIFY(m_doc->load(examplePath(example), &error));
        m_doc->setSelection({});
        QTest::qWait(100); // the queued rebuild and its layout
        m_panel->grab().save(shots + QStringLiteral("/panel-") + example + QStringLiteral(".png"));
        request.path = shots + QStringLiteral("/export-") + example + QStringLiteral(".png");
        QVERIFY2(exportPicture(request, panelPainter(m_doc), &error), qPrintable(error));
    }
}

QTEST_MAIN(TestDependencePanel)
#include "tst_dependencepanel.moc"
