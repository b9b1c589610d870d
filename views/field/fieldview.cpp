// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldview.h"

#include "document.h"
#include "fieldchecklist.h"
#include "fieldfit.h"
#include "fieldlayoutrunner.h"
#include "fieldlegendoverlay.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "fieldtext.h"
#include "linklayer.h"
#include "optionnode.h"
#include "palette.h"
#include "partynode.h"
#include "provisiondialogs.h"
#include "wantsmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QColorDialog>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QScrollBar>
#include <QToolTip>
#include <QUndoStack>
#include <QVariantAnimation>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace powerfield {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 20.0;
constexpr double kFitMargin = 16.0;   // pixels between the fitted field and the view's edge
constexpr int kRefitMs = 300;         // the refit when parties come or go
constexpr int kExposedRects = 48;     // past this many rectangles, items are found in their bounds
constexpr double kFoldGain = 1.25;    // fold the legend when that shows the field this much larger
constexpr double kStep = 1.25;
constexpr double kClickTolerance = 5.0; // pixels around a link that still hit it

bool askName(QWidget *parent, const QString &title, const QString &label, QString *name)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *name, &ok);
    if (ok)
        *name = text;
    return ok;
}

} // namespace

FieldView::FieldView(Document *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new FieldScene(document, this))
    , m_layoutRunner(new FieldLayoutRunner(document, m_scene, this))
{
    setScene(m_scene);
    m_scene->setAnimated(true);
    m_legend = new FieldLegendOverlay(m_scene, viewport());
    // An unbuilt scenario's first steps, in a band above the field that the field makes room for.
    auto *checklist = new FieldChecklist(document, this);
    connect(checklist, &FieldChecklist::roomChanged, this, [this](int height) { setViewportMargins(0, height, 0, 0); });
    setViewportMargins(0, checklist->isVisibleTo(this) ? checklist->sizeHint().height() : 0, 0, 0);
    connect(m_legend, &FieldLegendOverlay::foldedChanged, this, [this] {
        if (m_autoFit)
            refit(false);
        else
            placeLegend();
    });
    m_fitAnimation = new QVariantAnimation(this);
    m_fitAnimation->setDuration(kRefitMs);
    m_fitAnimation->setStartValue(0.0);
    m_fitAnimation->setEndValue(1.0);
    m_fitAnimation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_fitAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        const double scale = m_fromScale * std::pow(m_toScale / m_fromScale, t);
        applyView(scale, m_fromCentre + (m_toCentre - m_fromCentre) * t);
    });
    connect(m_fitAnimation, &QVariantAnimation::finished, this, [this] {
        applyView(m_toScale, m_toCentre);
        // The names settled where the fit expected them; if the field changed meanwhile, fit again.
        if (m_autoFit && !QRectF(viewport()->rect()).contains(mapFromScene(m_scene->drawingRect()).boundingRect()))
            refit(false);
    });
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // Every item sets the pen, brush and hints it draws with and restores what else it changes:
    // saving the painter around each of 20,000 items was a tenth of a large field's repaint.
    setOptimizationFlag(DontSavePainterState);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // pan by dragging: a lecture slide has no bars
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Social field"));
    setAccessibleDescription(tr("Parties as nodes and their relationships as links; "
                                "arrows point to the party with more power"));
    viewport()->setCursor(Qt::ArrowCursor);
    m_prompt = [this](const QString &title, const QString &label, QString *name) {
        return askName(this, title, label, name);
    };
    m_provisionPrompt = [this](const QString &from, const QString &to, QString *desire, double *quality) {
        return askNewProvision(this, *m_document, from, to, desire, quality);
    };
    m_provisionEditor = [this](const QString &a, const QString &b, QVector<Provision> *provisions) {
        return editProvisions(this, *m_document, a, b, provisions);
    };
    addAction(m_layoutRunner->action()); // its shortcut works in the field before any menu has it
    connect(m_scene, &FieldScene::synced, this, &FieldView::onSynced);
    connect(m_layoutRunner, &FieldLayoutRunner::stepped, this, [this] {
        onSynced();
        if (m_autoFit) // unless the user zoomed or panned, the whole field stays in sight
            refit(false);
    });
    connect(document, &Document::scenarioReset, this, &FieldView::onReset);
    onReset();
}

FieldView::~FieldView() = default;

QAction *FieldView::autoLayoutAction() const
{
    return m_layoutRunner->action();
}

void FieldView::setTheme(const Theme &theme)
{
    m_scene->setTheme(theme);
    updateLabelPixels();
    m_legend->refresh();
    if (m_autoFit)
        refit(false);
    else
        placeLegend();
}

// Names keep their pixel size: 14 px in the window; in the presentation theme about a 45th of
// the screen's height, so the back row reads them.
void FieldView::updateLabelPixels()
{
    const Theme &theme = m_scene->theme();
    double pixels = fieldstyle::namePixels(theme);
    if (theme.presentation)
        pixels = std::max(pixels, window()->height() / 45.0);
    m_scene->setLabelPixels(pixels);
}

void FieldView::setShowNumbers(bool show)
{
    m_scene->setShowNumbers(show);
    m_legend->refresh();
    placeLegend();
}

void FieldView::setShowInactive(bool show)
{
    m_scene->setShowInactive(show);
    m_legend->refresh();
    placeLegend();
}

void FieldView::setAnimated(bool animated)
{
    m_scene->setAnimated(animated);
    if (!animated && m_fitAnimation->state() == QAbstractAnimation::Running) {
        m_fitAnimation->stop();
        refit(false);
    }
}

bool FieldView::isLegendVisible() const
{
    return !m_legend->isHidden();
}

void FieldView::setLegendVisible(bool visible)
{
    if (visible == isLegendVisible())
        return;
    m_legend->setVisible(visible);
    if (m_autoFit)
        refit(false);
    else
        placeLegend();
}

bool FieldView::isLegendFolded() const
{
    return m_legend->isFolded();
}

void FieldView::setLegendFolded(bool folded)
{
    m_legend->setFolded(folded);
}

QRect FieldView::legendRect() const
{
    return isLegendVisible() ? m_legend->geometry() : QRect();
}

double FieldView::zoom() const
{
    return transform().m11();
}

void FieldView::scaleBy(double factor)
{
    m_fitAnimation->stop();
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
    m_scene->setPixelScale(1.0 / zoom());
    m_autoFit = false;
    placeLegend();
}

void FieldView::zoomIn()
{
    scaleBy(kStep);
}

void FieldView::zoomOut()
{
    scaleBy(1.0 / kStep);
}

void FieldView::fitToWindow()
{
    refit(false);
}

void FieldView::refit(bool animated)
{
    m_fitAnimation->stop();
    // A window scrolls and zooms: names that cannot all fit run past its edges (fieldfit.h).
    constexpr NamesOverflow kOverflow = NamesOverflow::SpreadNodes;
    FieldFit fit;
    if (isLegendVisible()) {
        // The legend as the user left it; folded to its title row when it would cost the field
        // much of its size (a small view) or cover part of it.
        m_legend->setCrowded(false);
        fit = fitField(*m_scene, viewport()->size(), kFitMargin, QSizeF(m_legend->size()), kOverflow);
        if (!m_legend->isFolded()) {
            m_legend->setCrowded(true);
            const FieldFit folded =
                fitField(*m_scene, viewport()->size(), kFitMargin, QSizeF(m_legend->size()), kOverflow);
            if (fit.legendFits && folded.scale < fit.scale * kFoldGain)
                m_legend->setCrowded(false);
            else
                fit = folded;
        }
    } else {
        fit = fitField(*m_scene, viewport()->size(), kFitMargin, QSizeF(), kOverflow);
    }
    m_legendCorner = int(fit.corner);
    m_autoFit = true;
    if (!animated || !isVisible()) {
        applyView(fit.scale, fit.centre);
        return;
    }
    m_fromScale = zoom();
    m_fromCentre = mapToScene(viewport()->rect().center());
    m_toScale = fit.scale;
    m_toCentre = fit.centre;
    m_scene->setPixelScale(1.0 / m_fromScale); // fitting tried other scales on the scene
    m_fitAnimation->start();
}

void FieldView::applyView(double scale, QPointF centre)
{
    // Room to centre on any point: the view centres a scene smaller than itself instead.
    const QSizeF half(viewport()->width() / scale, viewport()->height() / scale);
    const QRectF needed(centre - QPointF(half.width(), half.height()), 2 * half);
    if (!sceneRect().contains(needed))
        setSceneRect(sceneRect().united(needed));
    m_scene->setPixelScale(1.0 / scale);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(centre);
    placeLegend();
}

QSet<QString> FieldView::drawnIds() const
{
    QSet<QString> ids;
    for (const QString &id : m_scene->visibleParties())
        ids.insert(id);
    for (const OutsideOption &o : m_document->state().options)
        if (const OptionNode *option = m_scene->option(o.id); option && option->isVisible())
            ids.insert(QStringLiteral("option:") + o.id);
    return ids;
}

void FieldView::onReset()
{
    m_fitAnimation->stop();
    setSceneRect(QRectF());
    onSynced();
    m_drawn = drawnIds();
    m_drawnRevision = m_scene->drawnRevision();
    fitToWindow();
}

void FieldView::onSynced()
{
    // The scene rectangle only grows while editing, so scroll bars do not jump under a drag.
    // Under a drag only the dragged party moves far (its satellites and name stay well within
    // the margin): no walk over every item of a large field per frame.
    const PartyNode *dragged = m_dragParty.isEmpty() ? nullptr : m_scene->node(m_dragParty);
    const QRectF drawn = dragged && !sceneRect().isEmpty() ? dragged->sceneBoundingRect() : m_scene->fieldRect();
    const QRectF room = drawn.adjusted(-1500, -1500, 1500, 1500);
    setSceneRect(sceneRect().isEmpty() ? room : sceneRect().united(room));
    // Parties or options came or went (an edit, a story step): bring the field back in sight.
    // (Which ones are drawn is read again only when the scene says it may have changed.)
    bool changed = false;
    if (m_scene->drawnRevision() != m_drawnRevision) {
        QSet<QString> drawn = drawnIds();
        changed = drawn != m_drawn;
        m_drawn = std::move(drawn);
        m_drawnRevision = m_scene->drawnRevision();
    }
    if (!m_autoFit || (!changed && m_fitAnimation->state() == QAbstractAnimation::Running))
        return;
    if (!changed && !m_dragParty.isEmpty())
        return; // the view holds still under a drag; it fits again when the drag ends
    // Parties or options came or went (an edit, a story step), or the drawing grew out of sight
    // (a name moved, a satellite grew): bring the whole field back in sight.
    const QRectF drawing = mapFromScene(m_scene->drawingRect()).boundingRect();
    if (changed || !QRectF(viewport()->rect()).contains(drawing))
        refit(m_scene->isAnimated());
}

void FieldView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateLabelPixels();
    if (m_autoFit)
        refit(false);
    else
        placeLegend();
}

// The links draw only those that cross the region being repainted (a change repaints a part).
void FieldView::paintEvent(QPaintEvent *event)
{
    const QRegion region = event->region();
    m_scene->links()->setViewExposed(&region);
    // Qt tests every item against every rectangle of the exposed region: with hundreds of them
    // (a story step in a large field) that costs more than drawing the items in their bounds.
    if (region.rectCount() > kExposedRects) {
        QPaintEvent bounded(region.boundingRect());
        QGraphicsView::paintEvent(&bounded);
    } else {
        QGraphicsView::paintEvent(event);
    }
    m_scene->links()->setViewExposed(nullptr);
}

// Scrolling moves the viewport's child widgets with the picture: the legend stays in its corner.
void FieldView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_legend) // setScene() scrolls before the legend exists
        placeLegend();
}

void FieldView::placeLegend()
{
    const int margin = int(kFitMargin / 2);
    const QSize view = viewport()->size();
    const QSize box = m_legend->size();
    const auto at = [&](int corner) {
        const auto c = FieldCorner(corner);
        const bool left = c == FieldCorner::BottomLeft || c == FieldCorner::TopLeft;
        const bool top = c == FieldCorner::TopLeft || c == FieldCorner::TopRight;
        return QRect(QPoint(left ? margin : view.width() - margin - box.width(),
                            top ? margin : view.height() - margin - box.height()), box);
    };
    int corner = m_legendCorner;
    if (!m_autoFit && m_scene) { // zoomed or panned: the corner that covers the fewest nodes
        // The view only scales and moves the scene: rectangles map to rectangles.
        const QTransform toView = viewportTransform();
        QVector<QRect> nodes;
        for (const PartyNode *node : m_scene->visibleNodes())
            nodes << toView.mapRect(node->drawingRect().translated(node->pos())).toAlignedRect();
        int fewest = std::numeric_limits<int>::max();
        for (int c : {m_legendCorner, 0, 1, 2, 3}) {
            const QRect r = at(c);
            const int n = int(std::count_if(nodes.cbegin(), nodes.cend(), [&](const QRect &q) { return q.intersects(r); }));
            if (n < fewest) {
                fewest = n;
                corner = c;
            }
        }
    }
    m_legend->move(at(corner).topLeft());
}

void FieldView::mousePressEvent(QMouseEvent *event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QString party = m_scene->partyAt(at);
    if (!party.isEmpty()) {
        m_document->setSelection(Selection{party, QString()});
        m_dragParty = party;
        m_pressScene = at;
        m_pressView = event->position().toPoint();
        m_dragStart = m_scene->node(party)->pos();
        m_linking = event->modifiers() & Qt::ShiftModifier; // Shift-drag draws a new provision
        event->accept();
        return;
    }
    if (const auto dyad = m_scene->linkAt(at, kClickTolerance / zoom())) {
        m_document->setSelection(Selection{dyad->first, dyad->second});
        event->accept();
        return;
    }
    m_document->setSelection(Selection());
    m_panning = true;
    m_pressView = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void FieldView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragParty.isEmpty()) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_gestureOpen && (pos - m_pressView).manhattanLength() < QApplication::startDragDistance())
        return;
    if (m_linking) {
        dragLinkTo(mapToScene(pos));
        event->accept();
        return;
    }
    if (!m_gestureOpen)
        beginDrag(m_dragParty);
    m_document->moveParty(m_dragParty, m_dragStart + (mapToScene(pos) - m_pressScene));
    event->accept();
}

void FieldView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_gestureOpen) {
        endDrag();
        if (m_autoFit && !QRectF(viewport()->rect()).contains(mapFromScene(m_scene->drawingRect()).boundingRect()))
            refit(m_scene->isAnimated());
    }
    const QString from = m_dragParty;
    if (std::exchange(m_linking, false) && m_linkLine) {
        delete std::exchange(m_linkLine, nullptr);
        const QString to = m_scene->partyAt(mapToScene(event->position().toPoint()));
        m_dragParty.clear();
        if (!to.isEmpty() && to != from)
            linkParties(from, to);
        return;
    }
    const bool wasPanning = m_panning;
    m_gestureOpen = false;
    m_panning = false;
    m_dragParty.clear();
    if (wasPanning) {
        if ((event->position().toPoint() - m_pressView).manhattanLength() >= QApplication::startDragDistance()) {
            m_autoFit = false;
            m_fitAnimation->stop();
        }
        QGraphicsView::mouseReleaseEvent(event);
        placeLegend();
    }
}

void FieldView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString party = m_scene->partyAt(mapToScene(event->position().toPoint()));
    if (party.isEmpty()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    renameParty(party);
}

void FieldView::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void FieldView::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 1.0 : 10.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelection();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editSelection();
        return;
    case Qt::Key_F2:
        if (!m_document->selection().isDyad() && !m_document->selection().isEmpty())
            renameParty(m_document->selection().a);
        return;
    case Qt::Key_Escape:
        m_document->setSelection(Selection());
        return;
    case Qt::Key_Left: return nudge(QPointF(-step, 0));
    case Qt::Key_Right: return nudge(QPointF(step, 0));
    case Qt::Key_Up: return nudge(QPointF(0, -step));
    case Qt::Key_Down: return nudge(QPointF(0, step));
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void FieldView::nudge(QPointF delta)
{
    const Selection s = m_document->selection();
    const Party *party = s.isDyad() || s.isEmpty() ? nullptr : m_document->scenario().party(s.a);
    if (party)
        m_document->moveParty(party->id, QPointF(party->x, party->y) + delta);
}

bool FieldView::focusNextPrevChild(bool next)
{
    return cycleSelection(next) || QGraphicsView::focusNextPrevChild(next);
}

// Tab visits the parties, then the links; past the last one, focus leaves the view.
bool FieldView::cycleSelection(bool next)
{
    QVector<Selection> order;
    for (const QString &id : m_scene->visibleParties())
        order.append(Selection{id, QString()});
    for (const FieldLink &l : m_scene->links()->links())
        order.append(Selection{l.a, l.b});
    const Selection current = m_document->selection();
    int i = -1;
    for (int k = 0; k < order.size(); ++k)
        if (order[k] == current || (current.isDyad() && order[k] == Selection{current.b, current.a}))
            i = k;
    i = current.isEmpty() ? (next ? 0 : int(order.size()) - 1) : i + (next ? 1 : -1);
    if (i < 0 || i >= order.size()) {
        m_document->setSelection(Selection());
        return false;
    }
    m_document->setSelection(order[i]);
    if (const PartyNode *node = m_scene->node(order[i].a); node && !order[i].isDyad())
        ensureVisible(node);
    return true;
}

bool FieldView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QGraphicsView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(mapToScene(help->pos()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

QString FieldView::toolTipAt(QPointF at) const
{
    const QString party = m_scene->partyAt(at);
    if (!party.isEmpty())
        return FieldText::party(*m_document, party) + QLatin1Char('\n')
               + tr("Drag to move it (the automatic layout then leaves it there); "
                    "Shift-drag onto another party to add something it gives that party.");
    const QString option = m_scene->optionAt(at);
    if (!option.isEmpty())
        return FieldText::option(*m_document, option);
    if (const auto dyad = m_scene->linkAt(at, kClickTolerance / zoom()))
        return FieldText::dyad(*m_document, *m_scene->link(dyad->first, dyad->second));
    return QString();
}

void FieldView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(mapToScene(event->pos()), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace powerfield

// ----------------------------------------------------------------------------------------------
// FieldView's edits: rename, remove, add a party or an outside option, and the context menu.

namespace powerfield {

namespace {

constexpr double kNewPartyGap = 2.0; // a new party keeps this many of the largest node's diameters off

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::black);
    painter.setBrush(color);
    painter.drawRect(QRect(1, 1, 13, 13));
    return QIcon(pixmap);
}

QString kindLabel(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Person: return FieldView::tr("Person");
    case PartyKind::Group: return FieldView::tr("Group");
    case PartyKind::Organization: return FieldView::tr("Organization");
    case PartyKind::Country: return FieldView::tr("Country");
    }
    return QString();
}

} // namespace

bool FieldView::renameParty(const QString &id)
{
    const Party *party = m_document->scenario().party(id);
    if (!party)
        return false;
    QString name = party->name;
    if (!m_prompt(tr("Rename party"), tr("Name of %1:").arg(party->name), &name) || name == party->name)
        return false;
    return m_document->renameParty(id, name.trimmed());
}

bool FieldView::removeSelection()
{
    const Selection s = m_document->selection();
    if (s.isEmpty())
        return false;
    if (!s.isDyad())
        return m_document->removeParty(s.a);
    return m_document->removeLink(s.a, s.b); // with what depends on it, as one undo step
}

bool FieldView::addPartyAt(QPointF scenePos)
{
    QString id;
    if (!m_document->addPartyAt(scenePos, &id))
        return false;
    m_document->setSelection(Selection{id, QString()});
    return true;
}

QPointF FieldView::freeSpot() const
{
    // Keep clear of every node and satellite by a couple of the largest node's diameters,
    // inside the part of the field in sight, as near the selected party as that allows.
    QVector<QPointF> taken;
    double largest = fieldstyle::nodeRadius(0.0);
    for (const QString &id : m_scene->visibleParties()) {
        const PartyNode *node = m_scene->node(id);
        taken << node->pos();
        largest = std::max(largest, node->radius());
    }
    for (const OutsideOption &o : m_document->state().options)
        if (const OptionNode *option = m_scene->option(o.id); option && option->isVisible())
            taken << option->pos();
    const Selection s = m_document->selection();
    const PartyNode *selected = s.isEmpty() ? nullptr : m_scene->node(s.a);
    const QPointF near = selected && selected->isVisible() ? selected->pos() : m_scene->centroid();
    const double inset = 60.0 / zoom();
    const QRectF sight = mapToScene(viewport()->rect()).boundingRect().adjusted(inset, inset, -inset, -inset);
    const double gap = kNewPartyGap * 2 * largest;
    QPointF best = near + QPointF(gap, 0);
    double bestScore = -std::numeric_limits<double>::max();
    for (int ring = 1; ring <= 8; ++ring) {
        const double distance = ring * gap * 0.6;
        for (int k = 0; k < 16; ++k) {
            const double angle = 2 * M_PI * k / 16 + ring * 0.3;
            const QPointF p = near + distance * QPointF(std::cos(angle), std::sin(angle));
            double room = std::numeric_limits<double>::max();
            for (const QPointF &q : std::as_const(taken))
                room = std::min(room, QLineF(p, q).length());
            // Free and in sight first, then near; failing that the roomiest place in sight. A
            // view that fits itself to the field brings any place into sight: there, free wins.
            const bool inSight = sight.isEmpty() || sight.contains(p);
            const bool free = room >= gap;
            const double score = m_autoFit ? (free ? 1e6 : room) + (inSight ? 1e5 : 0.0) - distance
                                           : (inSight ? 1e6 : 0.0) + (free ? 1e5 - distance : room);
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
    }
    return QPointF(std::round(best.x()), std::round(best.y()));
}

bool FieldView::addParty()
{
    return addPartyAt(freeSpot());
}

bool FieldView::addOptionFor(const QString &owner)
{
    return m_document->addOutsideOption(owner);
}

QMenu *FieldView::createContextMenu(QPointF scenePos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QString id = m_scene->partyAt(scenePos);
    if (const Party *party = id.isEmpty() ? nullptr : m_document->scenario().party(id)) {
        m_document->setSelection(Selection{id, QString()});
        menu->addAction(tr("Rename..."), this, [this, id] { renameParty(id); });
        QMenu *colours = menu->addMenu(tr("Colour"));
        for (int i = 0; i < 8; ++i) {
            const QColor c = palette::okabeIto(i);
            colours->addAction(swatch(c), c.name(), this,
                               [this, id, c] { m_document->setPartyColor(id, c.name().toUpper()); });
        }
        colours->addSeparator();
        colours->addAction(tr("Other colour..."), this, [this, id] {
            const QColor c = QColorDialog::getColor(QColor(m_document->scenario().party(id)->color), this);
            if (c.isValid())
                m_document->setPartyColor(id, c.name().toUpper());
        });
        QMenu *kinds = menu->addMenu(tr("Kind"));
        auto *group = new QActionGroup(kinds);
        for (PartyKind kind : {PartyKind::Person, PartyKind::Group, PartyKind::Organization, PartyKind::Country}) {
            QAction *a = kinds->addAction(kindLabel(kind), this, [this, id, kind] { m_document->setPartyKind(id, kind); });
            a->setCheckable(true);
            a->setChecked(party->kind == kind);
            group->addAction(a);
        }
        QAction *active = menu->addAction(tr("In the field"), this,
                                          [this, id](bool on) { m_document->setPartyActive(id, on); });
        active->setCheckable(true);
        active->setChecked(party->active);
        QAction *pinned = menu->addAction(tr("Pinned in place"), this,
                                          [this, id](bool on) { m_document->setPartyPinned(id, on); });
        pinned->setCheckable(true);
        pinned->setChecked(m_document->isPartyPinned(id));
        pinned->setToolTip(tr("The automatic layout leaves a pinned party where it is"));
        menu->addMenu(new WantsMenu(m_document, id, menu));
        menu->addAction(tr("Add an outside option"), this, [this, id] { addOptionFor(id); });
        menu->addSeparator();
        menu->addAction(tr("Remove %1").arg(party->name), this, [this, id] { m_document->removeParty(id); });
    } else if (const auto dyad = m_scene->linkAt(scenePos, 5.0 / zoom())) {
        m_document->setSelection(Selection{dyad->first, dyad->second});
        menu->addAction(tr("Remove the link"), this, [this] { removeSelection(); });
    } else {
        menu->addAction(tr("Add a party here"), this, [this, scenePos] { addPartyAt(scenePos); });
    }
    menu->addSeparator();
    QAction *numbers = menu->addAction(tr("Show numbers"), this, [this](bool on) { setShowNumbers(on); });
    numbers->setCheckable(true);
    numbers->setChecked(m_scene->showNumbers());
    QAction *faded = menu->addAction(tr("Show parties not in the field"), this,
                                     [this](bool on) { setShowInactive(on); });
    faded->setCheckable(true);
    faded->setChecked(m_scene->showInactive());
    QAction *legend = menu->addAction(tr("Show legend"), this, [this](bool on) { setLegendVisible(on); });
    legend->setCheckable(true);
    legend->setChecked(isLegendVisible());
    menu->addAction(tr("Fit to window"), this, [this] { fitToWindow(); });
    menu->addAction(autoLayoutAction());
    return menu;
}

} // namespace powerfield

// ----------------------------------------------------------------------------------------------
// FieldView's gestures between parties: a drag that pins the party, a Shift-drag from one party
// to another that makes a provision, and Enter on a selection that opens its editor.

namespace powerfield {

namespace {
constexpr int kLargeField = 300; // parties above which a drag repaints without antialiasing
} // namespace

// The drag and the pin it sets are one undo step: the party stays where the user put it when
// the automatic layout runs.
void FieldView::beginDrag(const QString &party)
{
    m_document->beginPartyDrag(party);
    m_gestureOpen = true;
    // In a large field every move repaints many links: smooth edges come back on release.
    if (m_scene->nodeCount() > kLargeField)
        setRenderHint(QPainter::Antialiasing, false);
}

void FieldView::endDrag()
{
    m_document->endPartyDrag();
    m_gestureOpen = false;
    setRenderHint(QPainter::Antialiasing, true);
}

void FieldView::dragLinkTo(QPointF scenePos)
{
    const PartyNode *from = m_scene->node(m_dragParty);
    if (!from)
        return;
    if (!m_linkLine) {
        m_linkLine = m_scene->addLine(QLineF());
        QPen pen(m_scene->theme().foreground(), 2.0, Qt::DashLine);
        pen.setCosmetic(true);
        m_linkLine->setPen(pen);
        m_linkLine->setZValue(4);
    }
    // Snap to the party under the pointer, so the user sees which one will receive.
    const QString target = m_scene->partyAt(scenePos);
    const PartyNode *to = target.isEmpty() || target == m_dragParty ? nullptr : m_scene->node(target);
    m_linkLine->setLine(QLineF(from->pos(), to ? to->pos() : scenePos));
}

bool FieldView::linkParties(const QString &from, const QString &to)
{
    const Scenario &s = m_document->scenario();
    if (!s.party(from) || !s.party(to) || from == to || s.desires.isEmpty())
        return false;
    QString desire;
    double quality = 0.5;
    if (!m_provisionPrompt(from, to, &desire, &quality))
        return false;
    if (s.provisionIndex(from, to, desire) >= 0) // already given: the drag sets how well
        return m_document->setProvisionQuality(from, to, desire, quality);
    Provision p;
    p.from = from;
    p.to = to;
    p.desire = desire;
    p.rating.quality = quality;
    // A provision of what the receiver does not want counts for nothing: the window asks whether
    // it should want it (without a question set, the provision alone).
    const bool want = s.party(to)->needIndex(desire) < 0 && m_wantQuestion && m_wantQuestion(from, to, desire);
    if (!(want ? m_document->addWantedProvision(p, WantsMenu::kImportance) : m_document->addProvision(p)))
        return false;
    m_document->setSelection(Selection{from, to});
    return true;
}

bool FieldView::editSelection()
{
    const Selection s = m_document->selection();
    if (s.isEmpty())
        return false;
    return s.isDyad() ? editDyad(s.a, s.b) : renameParty(s.a);
}

bool FieldView::editDyad(const QString &a, const QString &b)
{
    QVector<Provision> before;
    for (const Provision &p : m_document->state().provisions)
        if ((p.from == a && p.to == b) || (p.from == b && p.to == a))
            before.append(p);
    QVector<Provision> after = before;
    if (before.isEmpty() || !m_provisionEditor(a, b, &after) || after.size() != before.size())
        return false;
    QVector<Provision> changed;
    for (int i = 0; i < after.size(); ++i)
        if (after[i].rating.quality != before[i].rating.quality)
            changed.append(after[i]);
    if (changed.isEmpty())
        return false;
    return m_document->setLinkQualities(a, b, changed);
}

} // namespace powerfield
