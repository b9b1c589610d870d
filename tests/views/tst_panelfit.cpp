// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemeter.h"
#include "dependencepanel.h"
#include "document.h"
#include "examples.h"
#include "fieldstyle.h"
#include "panelcontrols.h"
#include "partybars.h"
#include "presentationmode.h"
#include "scenario.h"
#include "scenarioreader.h"
#include "valueslider.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

using namespace powerfield;

namespace {

// A paint device that records the text and the paths painted on it, in device coordinates.
class RecordingEngine : public QPaintEngine
{
public:
    struct Text
    {
        QString text;
        QRectF rect;
    };

    RecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &path) override { paths.append(m_transform.map(path)); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode) override
    {
        QPainterPath path;
        path.addPolygon(QPolygonF(QList<QPointF>(points, points + count)));
        drawPath(path);
    }
    void drawPolygon(const QPoint *points, int count, PolygonDrawMode mode) override
    {
        QList<QPointF> pointsF;
        for (int i = 0; i < count; ++i)
            pointsF.append(points[i]);
        drawPolygon(pointsF.constData(), count, mode);
    }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QRectF box(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        texts.append({item.text(), m_transform.mapRect(box)});
    }

    QList<Text> texts;
    QList<QPainterPath> paths;

private:
    QTransform m_transform;
};

class RecordingDevice : public QPaintDevice
{
public:
    explicit RecordingDevice(QSize size)
        : m_size(size)
    {
    }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    RecordingEngine &engine() { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmNumColors: return INT_MAX;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return QImage(1, 1, QImage::Format_ARGB32).logicalDpiX();
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable RecordingEngine m_engine;
};

struct Recorded
{
    QList<RecordingEngine::Text> texts;
    QList<QPainterPath> paths;
};

// The height a label of the same text, font and margins needs at `width`, measured afresh
// (a panel's labels may answer from what they measured before).
int freshHeight(const QLabel &label, int width)
{
    QLabel fresh(label.text());
    fresh.setFont(label.font());
    fresh.setTextFormat(label.textFormat());
    fresh.setTextInteractionFlags(label.textInteractionFlags());
    fresh.setWordWrap(label.wordWrap());
    fresh.setMargin(label.margin());
    fresh.setIndent(label.indent());
    fresh.setContentsMargins(label.contentsMargins());
    return fresh.heightForWidth(width);
}

// What `widget` paints, recorded.
Recorded record(QWidget *widget)
{
    RecordingDevice device(widget->size());
    QPainter painter(&device);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return {device.engine().texts, device.engine().paths};
}

// The panel's share of the screen in presentation mode (MainWindow's arrangement): a third of
// the width beside the field, above the plot's 40% of the height.
QSize presentationSize(QSize screen)
{
    return QSize(int(screen.width() * 0.32), int(screen.height() * 0.6) - 8);
}

const QString kLongA = QStringLiteral("Maximiliane von Hohenstein-Ravensburg Jr"); // 40 characters
const QString kLongB = QStringLiteral("The Regional Housing Cooperative Council");  // 40 characters

} // namespace

// The dependence panel fits every width it gets: no sideways scrolling, nothing cut, numbers
// whole; in presentation mode it condenses to one desire; the wheel scrolls rather than edits.
class TestPanelFit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fits_data();
    void fits();
    void longNames_data();
    void longNames();
    void presentationShowsOneDesire();
    void wheelOverUnfocusedSliderScrolls();
    void scrollSurvivesRebuilds();
    void seesawShapeFollowsKind();
    void renameShowsInShift();
    void lensNoteWhenNothingDiffers();
    void textsGrowWithEdits();

private:
    void open(const QString &example);
    void makePanel(int width, int height, bool presentation, int screenHeight = 768);
    void settle();
    void checkFits(const QString &where);
    void checkPainted(QWidget *widget, const QString &where);

    Document *m_doc = nullptr;
    DependencePanel *m_panel = nullptr;
    QFont m_appFont;
};

void TestPanelFit::init()
{
    m_appFont = QApplication::font();
    m_doc = new Document;
}

void TestPanelFit::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_doc;
    QApplication::setFont(m_appFont);
}

void TestPanelFit::open(const QString &example)
{
    Scenario scenario;
    ScenarioError error;
    QVERIFY2(readExample(example, &scenario, &error), qPrintable(example));
    m_doc->setScenario(scenario);
}

void TestPanelFit::makePanel(int width, int height, bool presentation, int screenHeight)
{
    if (presentation) { // as presentation mode does: type sized to the screen, then the theme
        QFont large = m_appFont;
        large.setPointSizeF(m_appFont.pointSizeF()
                            * PresentationMode::typeBoost(screenHeight, QFontInfo(m_appFont).pixelSize()));
        QApplication::setFont(large);
    }
    m_panel = new DependencePanel(m_doc);
    Theme theme;
    if (presentation) {
        theme.kind = ThemeKind::Projector;
        theme.presentation = true;
    }
    m_panel->setTheme(theme);
    m_panel->resize(width, height);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    settle();
}

void TestPanelFit::settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents(); // queued rebuilds and the layout requests they post
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

void TestPanelFit::checkFits(const QString &where)
{
    // POWERFIELD_PANEL_SHOTS=DIR keeps a picture of each panel checked, to look at.
    const QString shots = qEnvironmentVariable("POWERFIELD_PANEL_SHOTS");
    if (!shots.isEmpty()) {
        QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
            + QString::fromLatin1(QTest::currentDataTag()) + QLatin1Char('-') + where;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9@-]+")), QStringLiteral("_"));
        m_panel->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    QScrollArea *scroll = m_panel->scrollArea();
    const char *at = qPrintable(where);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), at);
    QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0, at);
    QWidget *content = scroll->widget();
    QVERIFY2(content->width() <= scroll->viewport()->width(),
             qPrintable(where + QStringLiteral(": content %1 wider than %2").arg(content->width()).arg(scroll->viewport()->width())));
    const int right = scroll->viewport()->width();
    for (QWidget *w : content->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(m_panel) || w->isWindow())
            continue;
        const QRect box(w->mapTo(content, QPoint(0, 0)), w->size());
        const QString name = where + QStringLiteral(": ") + QString::fromLatin1(w->metaObject()->className())
            + QLatin1Char(' ') + w->objectName();
        QVERIFY2(box.left() >= 0 && box.right() < right,
                 qPrintable(name + QStringLiteral(" spans %1..%2 of %3").arg(box.left()).arg(box.right()).arg(right)));
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                QVERIFY2(label->minimumSizeHint().width() <= label->width(), qPrintable(name + label->text()));
                QVERIFY2(freshHeight(*label, label->width()) <= label->height() + 1,
                         qPrintable(name + QStringLiteral(" %1 high, needs %2: ").arg(label->height())
                                               .arg(freshHeight(*label, label->width())) + label->text()));
            } else {
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width(),
                         qPrintable(name + label->text()));
            }
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty()) {
            const bool elided = button->text().contains(QChar(0x2026));
            QVERIFY2(elided || button->fontMetrics().horizontalAdvance(button->text()) <= button->width() - 4,
                     qPrintable(name + button->text()));
        }
        if (auto *group = qobject_cast<QGroupBox *>(w)) {
            const bool elided = group->title().contains(QChar(0x2026));
            QVERIFY2(elided || group->fontMetrics().horizontalAdvance(group->title()) <= group->width(),
                     qPrintable(name + group->title()));
        }
    }
    if (m_panel->meter()->isVisibleTo(m_panel))
        checkPainted(m_panel->meter(), where + QStringLiteral(" meter"));
    if (auto *bars = m_panel->findChild<PartyBars *>(); bars && bars->isVisibleTo(m_panel))
        checkPainted(bars, where + QStringLiteral(" bars"));
}

void TestPanelFit::checkPainted(QWidget *widget, const QString &where)
{
    const Recorded engine = record(widget);
    QVERIFY2(!engine.texts.isEmpty(), qPrintable(where));
    const QRectF inside = QRectF(QPointF(0, 0), QSizeF(widget->size())).adjusted(-0.5, -0.5, 0.5, 0.5);
    static const QRegularExpression number(QStringLiteral("^\\d[.,]\\d\\d$"));
    int numbers = 0;
    for (const RecordingEngine::Text &t : engine.texts) {
        const QString text = where + QStringLiteral(": \"") + t.text + QStringLiteral("\" at %1,%2 %3x%4 in %5x%6")
                                 .arg(t.rect.x()).arg(t.rect.y()).arg(t.rect.width()).arg(t.rect.height())
                                 .arg(widget->width()).arg(widget->height());
        QVERIFY2(inside.contains(t.rect), qPrintable(text));
        numbers += number.match(t.text.trimmed()).hasMatch() ? 1 : 0;
    }
    const bool bars = !qobject_cast<BalanceMeter *>(widget) || static_cast<BalanceMeter *>(widget)->layout().hasBars;
    QVERIFY2(!bars || numbers >= 2, qPrintable(where + QStringLiteral(": %1 whole numbers painted").arg(numbers)));
}

void TestPanelFit::fits_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<int>("screenHeight");
    for (const QString &name : exampleNames()) {
        for (int width : {260, 320, 430, 600})
            QTest::addRow("%s@%d", qPrintable(name), width) << name << width << 900 << false << 0;
        for (QSize screen : {QSize(1024, 768), QSize(1920, 1080)}) {
            const QSize panel = presentationSize(screen);
            QTest::addRow("%s@%dx%d", qPrintable(name), screen.width(), screen.height())
                << name << panel.width() << panel.height() << true << screen.height();
        }
    }
}

void TestPanelFit::fits()
{
    QFETCH(QString, example);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, presentation);
    QFETCH(int, screenHeight);
    open(example);
    makePanel(width, height, presentation, screenHeight);
    checkFits(QStringLiteral("dyad"));
    // The view of one party: its needs and its bars.
    const Scenario &state = m_doc->state();
    QVERIFY(!state.parties.isEmpty());
    m_doc->setSelection({state.parties.constFirst().id, QString()});
    settle();
    checkFits(QStringLiteral("party"));
}

void TestPanelFit::longNames_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("presentation");
    QTest::newRow("260") << 260 << false;
    QTest::newRow("320") << 320 << false;
    QTest::newRow("1024x768") << presentationSize(QSize(1024, 768)).width() << true;
}

void TestPanelFit::longNames()
{
    QFETCH(int, width);
    QFETCH(bool, presentation);
    QCOMPARE(kLongA.size(), 40);
    QCOMPARE(kLongB.size(), 40);
    open(QStringLiteral("abe-and-mary"));
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), kLongA));
    QVERIFY(m_doc->renameParty(QStringLiteral("mary"), kLongB));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    makePanel(width, 900, presentation);
    checkFits(QStringLiteral("long names"));
    m_doc->setSelection({QStringLiteral("abe"), QString()});
    settle();
    checkFits(QStringLiteral("long names, party"));
}

void TestPanelFit::presentationShowsOneDesire()
{
    open(QStringLiteral("abe-and-mary"));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    Desire fun;
    fun.id = QStringLiteral("fun");
    fun.name = QStringLiteral("Fun");
    QVERIFY(m_doc->addDesire(fun));
    QVERIFY(m_doc->setImportance(QStringLiteral("mary"), QStringLiteral("fun"), 0.5));
    const QSize size = presentationSize(QSize(1920, 1080));
    makePanel(size.width(), size.height(), true, 1080);
    const auto visibleGroups = [this] {
        QStringList names;
        for (QWidget *w : m_panel->findChildren<QWidget *>()) {
            if (w->isVisibleTo(m_panel) && (w->objectName().startsWith(QLatin1String("desire:")) || qobject_cast<QGroupBox *>(w)))
                names << w->objectName();
        }
        return names;
    };
    QCOMPARE(visibleGroups(), QStringList{QStringLiteral("desire:company")});
    QComboBox *chooser = m_panel->desireChooser();
    QVERIFY(chooser);
    QVERIFY(chooser->isVisibleTo(m_panel));
    QVERIFY(!chooser->accessibleName().isEmpty());
    QCOMPARE(chooser->count(), 2);
    for (QWidget *w : m_panel->findChildren<QWidget *>()) {
        if (w->metaObject()->className() == QByteArrayLiteral("powerfield::QuadrantChart"))
            QVERIFY(!w->isVisibleTo(m_panel));
    }
    QVERIFY(!m_panel->controls()->slider(QStringLiteral("investment:abe")));
    // Brief labels under each party's name; a screen reader still hears the whole sentence.
    ValueSlider *wants = m_panel->controls()->slider(QStringLiteral("importance:abe/company"));
    QCOMPARE(wants->text(), QStringLiteral("Abe wants it"));
    QCOMPARE(wants->slider()->accessibleName(), QStringLiteral("How much Abe wants Company"));
    // The keyboard reaches the chooser and picks the other desire.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    chooser->setFocus();
    QTRY_VERIFY(chooser->hasFocus());
    QTest::keyClick(chooser, Qt::Key_Down);
    settle();
    QCOMPARE(visibleGroups(), QStringList{QStringLiteral("desire:fun")});
    QVERIFY(m_panel->controls()->slider(QStringLiteral("importance:mary/fun")));
    checkFits(QStringLiteral("presentation"));
    // At 1920x1080 it fits the height above the plot without scrolling.
    QCOMPARE(m_panel->scrollArea()->verticalScrollBar()->maximum(), 0);
    // Back in the window, everything is there again.
    m_panel->setTheme(Theme());
    settle();
    QVERIFY(!chooser->isVisibleTo(m_panel));
    QVERIFY(m_panel->controls()->slider(QStringLiteral("investment:abe")));
    QVERIFY(m_panel->controls()->slider(QStringLiteral("importance:abe/company")));
}

void TestPanelFit::wheelOverUnfocusedSliderScrolls()
{
    open(QStringLiteral("abe-and-mary"));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    makePanel(320, 400, false);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    QScrollBar *bar = m_panel->scrollArea()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    ValueSlider *slider = m_panel->controls()->slider(QStringLiteral("cl:abe"));
    QVERIFY(slider);
    m_panel->scrollArea()->ensureWidgetVisible(slider);
    settle();
    bar->setValue(bar->value() - 40); // not at the end: the wheel can scroll further
    const int count = m_doc->undoStack()->count();
    const double value = slider->value();
    for (QWidget *target : {static_cast<QWidget *>(slider->slider()), static_cast<QWidget *>(slider->spinBox())}) {
        QVERIFY(!target->hasFocus());
        const int scrolled = bar->value();
        const QPoint centre = target->rect().center();
        QWheelEvent wheel(centre, target->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &wheel);
        settle();
        QCOMPARE(m_doc->undoStack()->count(), count);
        QCOMPARE(slider->value(), value);
        QVERIFY2(bar->value() > scrolled, target->metaObject()->className());
    }
    // With the keyboard focus, the wheel edits the slider it is over.
    slider->slider()->setFocus();
    QTRY_VERIFY(slider->slider()->hasFocus());
    QWheelEvent wheel(QPoint(5, 5), slider->slider()->mapToGlobal(QPoint(5, 5)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(slider->slider(), &wheel);
    QVERIFY(slider->value() != value);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    QVERIFY(slider->slider()->focusPolicy() == Qt::StrongFocus);
    QVERIFY(slider->spinBox()->focusPolicy() == Qt::StrongFocus);
}

void TestPanelFit::scrollSurvivesRebuilds()
{
    open(QStringLiteral("abe-and-mary"));
    m_doc->setCurrentTime(6); // Abe's belief differs: the lens changes the sliders
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    makePanel(320, 400, false);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    QScrollBar *bar = m_panel->scrollArea()->verticalScrollBar();
    QVERIFY(bar->maximum() > 300);
    // A student who clicked the first slider, scrolled down with the wheel, and toggles the lens
    // (the controls are rebuilt: the focused one goes, the focus passes along the old ones).
    ValueSlider *cl = m_panel->controls()->slider(QStringLiteral("importance:abe/company"));
    cl->slider()->setFocus();
    QTRY_VERIFY(cl->slider()->hasFocus());
    const int kept = bar->maximum() / 2;
    bar->setValue(kept);
    m_doc->setLens(Lens::Actual);
    settle();
    QCOMPARE(bar->value(), kept);
    m_doc->setLens(Lens::Perceived);
    settle();
    QCOMPARE(bar->value(), kept);
    // An edit that rebuilds the controls.
    QVERIFY(m_doc->setProvisionPerceived(QStringLiteral("mary"), QStringLiteral("abe"), QStringLiteral("company"),
                                         std::nullopt));
    settle();
    QCOMPARE(bar->value(), kept);
    // Opening the file again.
    Scenario scenario = m_doc->scenario();
    m_doc->setScenario(scenario);
    m_doc->setCurrentTime(6);
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    settle();
    QCOMPARE(bar->value(), std::min(kept, bar->maximum()));
}

void TestPanelFit::seesawShapeFollowsKind()
{
    open(QStringLiteral("abe-and-mary"));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    QVERIFY(m_doc->setPartyKind(QStringLiteral("abe"), PartyKind::Organization));
    QVERIFY(m_doc->setPartyKind(QStringLiteral("mary"), PartyKind::Country));
    makePanel(430, 900, false);
    BalanceMeter *meter = m_panel->meter();
    QCOMPARE(meter->data().kindA, PartyKind::Organization);
    QCOMPARE(meter->data().kindB, PartyKind::Country);
    const Recorded engine = record(meter);
    // Each painted path, moved to its centre, against the field's outline of each kind.
    const auto centred = [](const QPainterPath &p) { return p.translated(-p.boundingRect().center()); };
    const auto same = [](const QPainterPath &a, const QPainterPath &b) {
        if (a.elementCount() != b.elementCount())
            return false;
        for (int i = 0; i < a.elementCount(); ++i) {
            if (QLineF(QPointF(a.elementAt(i)), QPointF(b.elementAt(i))).length() > 0.5)
                return false;
        }
        return true;
    };
    const double radius = meter->layout().radius;
    QVERIFY(radius > 2);
    for (PartyKind kind : {PartyKind::Organization, PartyKind::Country}) {
        const QPainterPath expected = centred(fieldstyle::nodeShape(kind, radius));
        bool found = false;
        for (const QPainterPath &p : engine.paths)
            found = found || same(centred(p), expected);
        QVERIFY2(found, qPrintable(partyKindName(kind)));
    }
    // A person is a disc, as in the field.
    QVERIFY(m_doc->setPartyKind(QStringLiteral("abe"), PartyKind::Person));
    settle();
    const Recorded person = record(meter);
    const QPainterPath disc = centred(fieldstyle::nodeShape(PartyKind::Person, radius));
    bool found = false;
    for (const QPainterPath &p : person.paths)
        found = found || same(centred(p), disc);
    QVERIFY(found);
}

void TestPanelFit::renameShowsInShift()
{
    open(QStringLiteral("abe-and-mary"));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    makePanel(430, 900, false);
    // Mary's evenings at home get better: her dependence falls, and the panel says why.
    const int home = m_doc->scenario().optionIndex(QStringLiteral("mary-home"));
    QVERIFY(home >= 0);
    const QString oldName = m_doc->scenario().options[home].name;
    ValueSlider *alternative = m_panel->controls()->slider(QStringLiteral("alternative:mary/company"));
    alternative->slider()->setValue(60);
    settle();
    QVERIFY2(m_panel->shiftText().contains(oldName), qPrintable(m_panel->shiftText()));
    QVERIFY(m_doc->renameOption(QStringLiteral("mary-home"), QStringLiteral("The library")));
    settle();
    QVERIFY2(m_panel->shiftText().contains(QStringLiteral("The library")), qPrintable(m_panel->shiftText()));
    QVERIFY(!m_panel->shiftText().contains(oldName));
    QVERIFY(m_doc->renameParty(QStringLiteral("mary"), QStringLiteral("Marie")));
    settle();
    QVERIFY2(m_panel->shiftText().startsWith(QStringLiteral("Marie's dependence")), qPrintable(m_panel->shiftText()));
}

void TestPanelFit::lensNoteWhenNothingDiffers()
{
    open(QStringLiteral("abe-and-mary"));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    makePanel(430, 900, false);
    const auto beliefs = [this] {
        for (const Provision &p : m_doc->state().provisions) {
            if (p.rating.perceived && *p.rating.perceived != p.rating.quality)
                return true;
        }
        for (const OutsideOption &o : m_doc->state().options) {
            for (const Offer &offer : o.offers) {
                if (offer.rating.perceived && *offer.rating.perceived != offer.rating.quality)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(!beliefs()); // at the start nobody is mistaken
    QVERIFY(m_panel->lensNote().isEmpty());
    m_doc->setLens(Lens::Actual);
    settle();
    QVERIFY(!m_panel->lensNote().isEmpty());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("lensNote")));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("lensNote"))->isVisibleTo(m_panel));
    // Where a belief differs, the lens changes the reading and needs no note.
    m_doc->setCurrentTime(6);
    QVERIFY(beliefs());
    m_doc->setLens(Lens::Perceived);
    settle();
    QVERIFY(m_panel->lensNote().isEmpty());
    QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("lensNote"))->isVisibleTo(m_panel));
}

// Edits that lengthen the panel's sentences, and larger type, leave every text whole: the
// labels measure again what changed.
void TestPanelFit::textsGrowWithEdits()
{
    open(QStringLiteral("abe-and-mary"));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    makePanel(320, 900, false);
    checkFits(QStringLiteral("before"));
    ValueSlider *alternative = m_panel->controls()->slider(QStringLiteral("alternative:mary/company"));
    QVERIFY(alternative);
    alternative->slider()->setValue(60);
    settle();
    checkFits(QStringLiteral("after a slider move"));
    const QString longName = QStringLiteral("Mary Elizabeth Worthington-Fairweather of the Northern Lakes");
    QVERIFY(m_doc->renameParty(QStringLiteral("mary"), longName));
    settle();
    QVERIFY(m_panel->powerText().contains(longName) || m_panel->shiftText().contains(longName));
    checkFits(QStringLiteral("after a long rename"));
    QFont large = m_appFont;
    large.setPointSizeF(m_appFont.pointSizeF() * 1.6);
    QApplication::setFont(large);
    settle();
    checkFits(QStringLiteral("in larger type"));
}

QTEST_MAIN(TestPanelFit)
#include "tst_panelfit.moc"
