// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "fieldexport.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "fieldview.h"
#include "imageexport.h"
#include "optionnode.h"
#include "partynode.h"
#include "scenario.h"
#include "scenarioreader.h"
#include "../benchmarks/synthfield.h"
#include "../common/textrecorder.h"

#include <QPainter>
#include <QtTest>

#include <cmath>
#include <memory>
#include <optional>

using namespace powerfield;
using powerfield::test::DrawnText;
using powerfield::test::TextRecorder;

namespace {

constexpr double kFloor = 11.0; // the smallest name on screen in the window, pixels

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1, %2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

bool matches(const QString &drawn, const QString &name)
{
    return drawn == name
           || (drawn.endsWith(QChar(0x2026)) && drawn.size() > 2 && name.startsWith(drawn.chopped(1)));
}

// The text drawn for `name`: the name itself, or its beginning with an ellipsis, in one line or
// in two lines one under the other.
std::optional<DrawnText> labelOf(const QVector<DrawnText> &texts, const QString &name)
{
    for (const DrawnText &t : texts)
        if (matches(t.text, name))
            return t;
    for (const DrawnText &a : texts)
        for (const DrawnText &b : texts)
            if (std::abs(b.rect.top() - a.rect.bottom()) < 4 && std::abs(b.rect.center().x() - a.rect.center().x()) < 2
                && name.startsWith(a.text + QLatin1Char(' ')) && matches(b.text, name.mid(a.text.size() + 1)))
                return DrawnText{name, a.rect | b.rect};
    for (const DrawnText &a : texts) // the first line elided too
        for (const DrawnText &b : texts)
            if (std::abs(b.rect.top() - a.rect.bottom()) < 4 && std::abs(b.rect.center().x() - a.rect.center().x()) < 2
                && a.text.endsWith(QChar(0x2026)) && name.startsWith(a.text.chopped(1)) && name.endsWith(b.text))
                return DrawnText{name, a.rect | b.rect};
    return std::nullopt;
}

QVector<DrawnText> textsOf(FieldView &view)
{
    TextRecorder recorder(view.viewport()->size());
    QPainter painter(&recorder);
    view.render(&painter, QRectF(QPointF(0, 0), view.viewport()->size()), view.viewport()->rect());
    painter.end();
    return recorder.texts();
}

// The outline of a party's node in viewport coordinates.
QRectF outlineInView(const FieldView &view, const PartyNode *node)
{
    const QPainterPath outline = fieldstyle::nodeShape(node->kind(), node->radius()).translated(node->pos());
    return view.mapFromScene(outline).boundingRect();
}

// The legend: the one widget the field puts over its viewport.
QRect legendInView(const FieldView &view)
{
    for (const QWidget *child : view.viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (child->isVisible())
            return child->geometry();
    return QRect();
}

QVector<int> storyTimes(const Scenario &scenario)
{
    QVector<int> times{0};
    for (const Event &e : scenario.events)
        if (!times.contains(e.time))
            times.append(e.time);
    return times;
}

// Forty parties with long names in a ring and a cluster, each with an outside option.
Scenario crowdedField()
{
    Scenario s;
    s.title = QStringLiteral("Crowded");
    for (int i = 0; i < 40; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = i % 3 == 0 ? QStringLiteral("Party %1 with a very long name to elide").arg(i, 2, 10, QLatin1Char('0'))
                            : QStringLiteral("Party %1").arg(i);
        p.color = QStringLiteral("#3070B0");
        const double angle = 2 * M_PI * i / 40;
        const double radius = i % 2 == 0 ? 420 : 260;
        p.x = radius * std::cos(angle);
        p.y = radius * std::sin(angle) * 0.7;
        s.parties.append(p);
        if (i % 4 == 0)
            s.options.append(OutsideOption{QStringLiteral("o%1").arg(i), p.id, QStringLiteral("Friends of party %1").arg(i), {}});
    }
    return s;
}

} // namespace

// Issue 11 (items 3 and 6) and 17 (item 4): the field fills its view and every name reads.
// What is measured is what a user sees: the rectangles of the nodes and of the text painted in
// the viewport (recorded from the painting itself), at the sizes of a small window, a laptop and
// a large screen, for every example and every step of its story.
class TestFieldFit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fillsAndLabels_data();
    void fillsAndLabels();
    void crowdedFieldLabelsEveryParty_data();
    void crowdedFieldLabelsEveryParty();
    void presentationNamesReadFromTheBack();
    void addedPartyLandsInSight();
    void storyStepRefitsAnimated();
    void zoomedViewIsLeftAlone();
    void exportCoversThePicture();
    void namesTooManyForTheViewKeepNodesApart();

private:
    void show(const Scenario &scenario, QSize size);
    // Checks the view as a user would see it now; `what` names the case in messages.
    // `whole`: names up to 22 characters must be drawn whole (a crowded field may shorten them).
    void checkView(const QString &what, double floor = kFloor, bool whole = true);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<FieldView> m_view;
};

void TestFieldFit::init()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFieldFit::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestFieldFit::show(const Scenario &scenario, QSize size)
{
    m_view.reset();
    m_doc = std::make_unique<Document>();
    m_doc->setScenario(scenario);
    m_view = std::make_unique<FieldView>(m_doc.get());
    m_view->setAnimated(false);
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFieldFit::checkView(const QString &what, double floor, bool whole)
{
    const FieldScene *scene = m_view->fieldScene();
    const QRectF viewport(QPointF(0, 0), m_view->viewport()->size());
    const QStringList parties = scene->visibleParties();
    QRectF nodes;
    QVector<QRectF> outlines;
    for (const QString &id : parties) {
        const QRectF outline = outlineInView(*m_view, scene->node(id));
        QVERIFY2(viewport.contains(outline), qPrintable(what + QStringLiteral(": %1 at %2 is not in sight")
                                                             .arg(scene->node(id)->name(), describe(outline))));
        nodes |= outline;
        outlines << outline;
    }
    if (parties.size() >= 2 && parties.size() <= 20) {
        const double shorter = std::min(viewport.width(), viewport.height());
        QVERIFY2(std::max(nodes.width(), nodes.height()) >= shorter / 2,
                 qPrintable(what + QStringLiteral(": the nodes span only %1 of %2").arg(describe(nodes)).arg(shorter)));
    }
    const QVector<DrawnText> texts = textsOf(*m_view);
    QStringList names;
    for (const QString &id : parties)
        names << scene->node(id)->name();
    for (const OutsideOption &o : m_doc->state().options)
        if (const OptionNode *option = scene->option(o.id); option && option->isVisible())
            names << option->name();
    for (const QString &name : std::as_const(names)) {
        const std::optional<DrawnText> label = labelOf(texts, name);
        QVERIFY2(label, qPrintable(what + QStringLiteral(": no name drawn for \"%1\"").arg(name)));
        QVERIFY2(viewport.contains(label->rect),
                 qPrintable(what + QStringLiteral(": \"%1\" at %2 is cut").arg(label->text, describe(label->rect))));
        QVERIFY2(label->rect.height() >= floor,
                 qPrintable(what + QStringLiteral(": \"%1\" is %2 px high").arg(label->text).arg(label->rect.height())));
        if (whole && name.size() <= 22)
            QVERIFY2(label->text == name && !label->text.contains(QChar(0x2026)), qPrintable(what + QStringLiteral(": \"%1\" shortened").arg(name)));
    }
    for (int i = 0; i < texts.size(); ++i)
        for (int j = i + 1; j < texts.size(); ++j) {
            const QRectF common = texts[i].rect.adjusted(1, 1, -1, -1) & texts[j].rect.adjusted(1, 1, -1, -1);
            QVERIFY2(common.isEmpty(), qPrintable(what + QStringLiteral(": \"%1\" %2 overprints \"%3\" %4")
                                                      .arg(texts[i].text, describe(texts[i].rect), texts[j].text,
                                                           describe(texts[j].rect))));
        }
    if (m_view->isLegendVisible()) {
        const QRect legend = legendInView(*m_view);
        QVERIFY2(!legend.isEmpty(), qPrintable(what));
        for (int i = 0; i < outlines.size(); ++i)
            QVERIFY2(!outlines[i].intersects(legend),
                     qPrintable(what + QStringLiteral(": the legend %1 covers %2")
                                           .arg(describe(legend), scene->node(parties[i])->name())));
    }
}

void TestFieldFit::fillsAndLabels_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QSize>("size");
    for (const QString &name : exampleNames())
        for (const QSize size : {QSize(500, 400), QSize(900, 700), QSize(1400, 900)})
            QTest::addRow("%s %dx%d", qPrintable(name), size.width(), size.height()) << name << size;
}

// Every story step: the nodes fill the view, each name is whole, large enough, in sight and clear
// of the others, and the legend covers no node; parties a step brings in are in sight.
void TestFieldFit::fillsAndLabels()
{
    QFETCH(QString, example);
    QFETCH(QSize, size);
    Scenario scenario;
    ScenarioError error;
    QVERIFY(readExample(example, &scenario, &error));
    show(scenario, size);
    for (int time : storyTimes(scenario)) {
        m_doc->setCurrentTime(time);
        checkView(QStringLiteral("t=%1").arg(time));
        if (QTest::currentTestFailed())
            return;
    }
    // Back to the start, the parties that left again.
    m_doc->setCurrentTime(0);
    checkView(QStringLiteral("back at t=0"));
}

void TestFieldFit::crowdedFieldLabelsEveryParty_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("900x700") << QSize(900, 700);
    QTest::newRow("1400x900") << QSize(1400, 900);
}

void TestFieldFit::crowdedFieldLabelsEveryParty()
{
    QFETCH(QSize, size);
    show(crowdedField(), size);
    checkView(QStringLiteral("40 parties"), kFloor, false);
}

void TestFieldFit::presentationNamesReadFromTheBack()
{
    Scenario scenario;
    ScenarioError error;
    QVERIFY(readExample(QStringLiteral("abe-and-mary"), &scenario, &error));
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        show(scenario, size);
        Theme theme;
        theme.presentation = true;
        m_view->setTheme(theme);
        m_view->setLegendVisible(false);
        for (int time : storyTimes(scenario)) {
            m_doc->setCurrentTime(time);
            checkView(QStringLiteral("presentation %1 t=%2").arg(size.height()).arg(time), size.height() / 45.0 * 0.95);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

// A party added the way the toolbar adds one (on a circle around the origin) is brought into sight.
void TestFieldFit::addedPartyLandsInSight()
{
    Scenario scenario;
    ScenarioError error;
    QVERIFY(readExample(QStringLiteral("abe-and-mary"), &scenario, &error));
    show(scenario, QSize(900, 700));
    for (int k = 0; k < 3; ++k) {
        const int n = int(m_doc->scenario().parties.size());
        Party party;
        party.id = QStringLiteral("added%1").arg(k);
        party.name = QStringLiteral("Party %1").arg(n + 1);
        party.color = QStringLiteral("#009E73");
        party.x = 200.0 * std::cos(n * 2.4) + 260 * k;
        party.y = 200.0 * std::sin(n * 2.4) + 120 * k;
        QVERIFY(m_doc->addParty(party));
        checkView(QStringLiteral("added %1").arg(party.name));
        if (QTest::currentTestFailed())
            return;
    }
}

// With easing on, a story step that brings a party in still ends with it in sight.
void TestFieldFit::storyStepRefitsAnimated()
{
    Scenario scenario;
    ScenarioError error;
    QVERIFY(readExample(QStringLiteral("abe-and-mary"), &scenario, &error));
    show(scenario, QSize(1280, 560));
    m_view->setAnimated(true);
    m_doc->setCurrentTime(8);
    const QRectF viewport(QPointF(0, 0), m_view->viewport()->size());
    for (const QString &id : m_view->fieldScene()->visibleParties())
        QTRY_VERIFY2(viewport.contains(outlineInView(*m_view, m_view->fieldScene()->node(id))), qPrintable(id));
    m_view->setAnimated(false);
    checkView(QStringLiteral("t=8 after the easing"));
}

// Once the user zoomed, a story step leaves the view where the user put it.
void TestFieldFit::zoomedViewIsLeftAlone()
{
    Scenario scenario;
    ScenarioError error;
    QVERIFY(readExample(QStringLiteral("abe-and-mary"), &scenario, &error));
    show(scenario, QSize(900, 700));
    m_view->zoomIn();
    const double zoom = m_view->zoom();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_doc->setCurrentTime(8);
    QCOMPARE(m_view->zoom(), zoom);
    QCOMPARE(m_view->mapToScene(m_view->viewport()->rect().center()), centre);
    m_view->fitToWindow(); // the fit follows the field again
    m_doc->setCurrentTime(0);
    m_doc->setCurrentTime(8);
    checkView(QStringLiteral("fitted again"));
}

// The picture export fits the field as the view does: the nodes cover it, the names read.
void TestFieldFit::exportCoversThePicture()
{
    for (const QString &example : exampleNames()) {
        Scenario scenario;
        ScenarioError error;
        QVERIFY(readExample(example, &scenario, &error));
        Document doc;
        doc.setScenario(scenario);
        doc.setCurrentTime(scenario.events.isEmpty() ? 0 : scenario.events.last().time);
        for (const QSize size : {QSize(800, 450), QSize(1600, 900)}) {
            const QString what = QStringLiteral("%1 %2x%3").arg(example).arg(size.width()).arg(size.height());
            Theme theme;
            const QImage image = renderImage(size, 1, theme, fieldPainter(&doc));
            // The nodes are flat fills of the parties' colours.
            QRect nodes;
            int active = 0;
            for (const Party &p : doc.state().parties) {
                if (!p.active)
                    continue;
                ++active;
                const QRgb colour = QColor(p.color).rgb();
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x)
                        if (image.pixel(x, y) == colour)
                            nodes |= QRect(x, y, 1, 1);
            }
            if (active >= 2)
                QVERIFY2(std::max(nodes.width(), nodes.height()) >= std::min(size.width(), size.height()) / 2,
                         qPrintable(what + QStringLiteral(": nodes span %1").arg(describe(nodes))));
            TextRecorder recorder(size);
            QPainter painter(&recorder);
            fieldPainter(&doc)(painter, QRectF(QPointF(0, 0), size), theme);
            painter.end();
            for (const Party &p : doc.state().parties) {
                if (!p.active)
                    continue;
                const std::optional<DrawnText> label = labelOf(recorder.texts(), p.name);
                QVERIFY2(label, qPrintable(what + QStringLiteral(": no name for ") + p.name));
                QVERIFY2(QRectF(QPointF(0, 0), size).contains(label->rect), qPrintable(what + QStringLiteral(": cut ") + p.name));
                QVERIFY2(label->rect.height() >= kFloor, qPrintable(what + QStringLiteral(": small ") + p.name));
            }
        }
    }
}

// The field of a 1280x720 window (890x330) showing 20 parties with 20 outside options, whose
// names need more room than there is: the nodes still spread across the view, each in sight,
// rather than piling onto one spot beside a column of names.
void TestFieldFit::namesTooManyForTheViewKeepNodesApart()
{
    show(bench::syntheticTimeline(20, 100), QSize(890, 330));
    const FieldScene *scene = m_view->fieldScene();
    const QRectF viewport(QPointF(0, 0), m_view->viewport()->size());
    QRectF nodes;
    for (const QString &id : scene->visibleParties()) {
        const QRectF outline = outlineInView(*m_view, scene->node(id));
        QVERIFY2(viewport.contains(outline), qPrintable(QStringLiteral("%1 at %2 is not in sight")
                                                             .arg(scene->node(id)->name(), describe(outline))));
        nodes |= outline;
    }
    const double shorter = std::min(viewport.width(), viewport.height());
    QVERIFY2(nodes.height() >= 0.6 * shorter,
             qPrintable(QStringLiteral("the nodes span only %1 of %2").arg(describe(nodes)).arg(shorter)));
}

QTEST_MAIN(TestFieldFit)
#include "tst_fieldfit.moc"
