// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldview.h"

#include "document.h"
#include "fieldlayoutrunner.h"
#include "fieldlegend.h"
#include "fieldscene.h"
#include "fieldtext.h"
#include "linklayer.h"
#include "provisiondialogs.h"
#include "optionnode.h"
#include "partynode.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsLineItem>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QUndoStack>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 20.0;
constexpr double kMaxFitZoom = 2.0;
constexpr double kStep = 1.25;
constexpr double kClickTolerance = 5.0; // pixels around a link that still hit it

// The legend over the view's corner; it lets the mouse through to the field.
class LegendOverlay : public QWidget
{
public:
    LegendOverlay(FieldScene *scene, QWidget *parent)
        : QWidget(parent)
        , m_scene(scene)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        refresh();
    }
    FieldLegend::Options options() const
    {
        return {m_scene->showNumbers(), m_scene->showInactive()};
    }
    void refresh()
    {
        resize(FieldLegend::size(m_scene->theme(), options()).toSize() + QSize(2, 2));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        FieldLegend::paint(painter, QPointF(0, 0), m_scene->theme(), options());
    }

private:
    FieldScene *m_scene;
};

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
    m_legend = new LegendOverlay(m_scene, viewport());
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
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
            fitToWindow();
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
    static_cast<LegendOverlay *>(m_legend)->refresh();
    placeLegend();
}

void FieldView::setShowNumbers(bool show)
{
    m_scene->setShowNumbers(show);
    static_cast<LegendOverlay *>(m_legend)->refresh();
    placeLegend();
}

void FieldView::setShowInactive(bool show)
{
    m_scene->setShowInactive(show);
    static_cast<LegendOverlay *>(m_legend)->refresh();
    placeLegend();
}

void FieldView::setAnimated(bool animated)
{
    m_scene->setAnimated(animated);
}

bool FieldView::isLegendVisible() const
{
    return !m_legend->isHidden();
}

void FieldView::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
}

double FieldView::zoom() const
{
    return transform().m11();
}

void FieldView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
    m_autoFit = false;
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
    QRectF rect = m_scene->fieldRect();
    if (rect.isEmpty())
        rect = QRectF(-200, -150, 400, 300);
    rect.adjust(-20, -20, 20, 20);
    // Keep the field clear of the legend in the lower left corner: beside it or above it,
    // whichever shows the field larger, as long as that leaves at least half of the view.
    const QSizeF view = viewport()->size();
    const QSizeF legend = isLegendVisible() ? QSizeF(m_legend->size()) + QSizeF(16, 16) : QSizeF(0, 0);
    const auto fit = [&rect](double width, double height) {
        return std::min({width / rect.width(), height / rect.height(), kMaxFitZoom});
    };
    double s = fit(view.width(), view.height());
    QPointF centre = rect.center();
    const double beside = view.width() - legend.width() >= view.width() / 2
                              ? fit(view.width() - legend.width(), view.height()) : 0.0;
    const double above = view.height() - legend.height() >= view.height() / 2
                             ? fit(view.width(), view.height() - legend.height()) : 0.0;
    if (legend.width() > 0 && (beside > 0 || above > 0)) {
        s = std::max(beside, above);
        centre += beside >= above ? QPointF(-legend.width() / 2.0 / s, 0.0)
                                  : QPointF(0.0, legend.height() / 2.0 / s);
    }
    resetTransform();
    scale(s, s);
    centerOn(centre);
    m_autoFit = true;
}

void FieldView::onReset()
{
    setSceneRect(QRectF());
    onSynced();
    fitToWindow();
}

void FieldView::onSynced()
{
    // The scene rectangle only grows while editing, so scroll bars do not jump under a drag.
    const QRectF room = m_scene->fieldRect().adjusted(-1500, -1500, 1500, 1500);
    setSceneRect(sceneRect().isEmpty() ? room : sceneRect().united(room));
}

void FieldView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    if (m_autoFit)
        fitToWindow();
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
    const int margin = 8;
    m_legend->move(margin, viewport()->height() - m_legend->height() - margin);
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
    if (m_gestureOpen)
        endDrag();
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
        m_autoFit = false;
        QGraphicsView::mouseReleaseEvent(event);
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
