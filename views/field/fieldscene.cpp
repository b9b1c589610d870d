// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldscene.h"

#include "document.h"
#include "fieldlabels.h"
#include "fieldstyle.h"
#include "linklayer.h"
#include "optionnode.h"
#include "partynode.h"

#include <QSet>
#include <QTimer>
#include <QVariantAnimation>

namespace powerfield {

namespace {

std::pair<QString, QString> dyadOf(const Selection &s)
{
    return s.isDyad() ? std::make_pair(s.a, s.b) : std::pair<QString, QString>();
}

// The items drawn, in order.
template<typename Item>
QVector<Item *> drawnOf(const QVector<Item *> &items)
{
    QVector<Item *> drawn;
    drawn.reserve(items.size());
    for (Item *item : items)
        if (item->isDrawn())
            drawn << item;
    return drawn;
}

// Whether `items` stand for `records` one for one, in their order (by id).
template<typename Item, typename Record>
bool inOrderOf(const QVector<Item *> &items, const QVector<Record> &records)
{
    if (items.size() != records.size())
        return false;
    for (qsizetype i = 0; i < records.size(); ++i)
        if (!sameId(items[i]->id(), records[i].id))
            return false;
    return true;
}

// Deletes the items whose ids are not in `present`; returns how many went.
template<typename Item>
int deleteAbsent(QHash<QString, Item *> &items, const QSet<QString> &present)
{
    int gone = 0;
    for (auto it = items.begin(); it != items.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = items.erase(it);
        ++gone;
    }
    return gone;
}

constexpr int kAnimationMs = 200;
constexpr int kGhostMs = 1500;
constexpr double kNodeFloor = 0.8;   // smallest node radius, in name heights on screen
constexpr double kOptionFloor = 0.4; // smallest satellite radius, in name heights
constexpr double kTetherFloor = 1.6; // shortest satellite tie, in name heights
constexpr double kLineZoomCap = 1.3; // past this zoom, lines and arrowheads stop growing
} // namespace

FieldScene::FieldScene(Document *document, QObject *parent)
    : FieldScene(document, Theme(), 0.0, parent)
{
}

FieldScene::FieldScene(Document *document, const Theme &theme, double labelPixels, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_theme(theme)
    , m_links(new LinkLayer)
    , m_labelPixels(labelPixels)
    , m_animation(new QVariantAnimation(this))
    , m_ghostTimer(new QTimer(this))
{
    setItemIndexMethod(NoIndex); // items move all the time; the BSP index would be rebuilt on each
    addItem(m_links);
    setBackgroundBrush(m_theme.background());
    m_animation->setDuration(kAnimationMs);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { stepAnimation(value.toDouble()); });
    m_ghostTimer->setSingleShot(true);
    m_ghostTimer->setInterval(kGhostMs);
    connect(m_ghostTimer, &QTimer::timeout, this, [this] { m_links->clearGhosts(); });
    connect(document, &Document::changed, this, [this](const DocumentChange &c) {
        ++m_changesSinceSync;
        m_onlyMovesSinceSync = m_onlyMovesSinceSync && c.kind == DocumentChange::Kind::Party
                               && c.action == DocumentChange::Action::Changed
                               && c.field == DocumentChange::Field::Position;
    });
    connect(document, &Document::analysisChanged, this, &FieldScene::onChanged);
    connect(document, &Document::scenarioReset, this, [this] {
        clearItems();
        syncFromModel();
    });
    connect(document, &Document::selectionChanged, this, &FieldScene::onSelectionChanged);
    syncFromModel();
}

FieldScene::~FieldScene() = default;

void FieldScene::setTheme(const Theme &theme)
{
    m_theme = theme;
    setBackgroundBrush(theme.background());
    m_decorationsStale = true; // the names' type may have changed
    syncFromModel();
    geometryChanged();
    update();
}

void FieldScene::setPixelScale(double unitsPerPixel)
{
    if (!(unitsPerPixel > 0) || qFuzzyCompare(unitsPerPixel, m_pixel))
        return;
    m_pixel = unitsPerPixel;
    if (!m_document)
        return;
    const bool scaling = std::exchange(m_scaling, true);
    for (PartyNode *node : std::as_const(m_nodes))
        node->refreshRadius();
    updateCentroid();
    m_links->updateGeometry();
    syncOptions();
    FieldLabels::place(*this);
    m_links->update();
    geometryChanged();
    m_scaling = scaling;
}

QRectF FieldScene::drawingRectAt(double pixelsPerUnit)
{
    if (m_triedRevision != m_contentRevision) {
        m_tried.clear();
        m_triedRevision = m_contentRevision;
    }
    for (const auto &[scale, rect] : std::as_const(m_tried))
        if (scale == pixelsPerUnit)
            return rect;
    setPixelScale(1.0 / pixelsPerUnit);
    const QRectF rect = drawingRect();
    if (m_tried.size() >= 64)
        m_tried.clear();
    m_tried.append({pixelsPerUnit, rect});
    return rect;
}

double FieldScene::labelPixels() const
{
    return m_labelPixels > 0 ? m_labelPixels : fieldstyle::namePixels(m_theme);
}

void FieldScene::setLabelPixels(double pixels)
{
    if (pixels == m_labelPixels)
        return;
    m_labelPixels = pixels;
    ++m_contentRevision;
    const double scale = m_pixel;
    m_pixel = 0.0; // forces the relayout
    setPixelScale(scale);
}

double FieldScene::drawnRadius(double naturalRadius) const
{
    return std::max(naturalRadius, kNodeFloor * labelPixels() * m_pixel);
}

double FieldScene::lineScale() const
{
    return m_theme.lineScale() * std::min(1.0, kLineZoomCap * m_pixel);
}

double FieldScene::optionFloor() const
{
    return kOptionFloor * labelPixels() * m_pixel;
}

double FieldScene::tetherFloor() const
{
    return kTetherFloor * labelPixels() * m_pixel;
}

void FieldScene::setShowNumbers(bool show)
{
    if (show == m_showNumbers)
        return;
    m_showNumbers = show;
    m_links->update();
}

void FieldScene::setShowInactive(bool show)
{
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    m_decorationsStale = true;
    syncFromModel();
}

void FieldScene::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated) {
        m_animation->stop();
        stepAnimation(1.0);
        m_links->clearGhosts();
    }
}

int FieldScene::nodeCount() const
{
    int n = 0;
    for (const PartyNode *node : m_nodes)
        n += node->isVisible() ? 1 : 0;
    return n;
}

int FieldScene::optionCount() const
{
    int n = 0;
    for (const OptionNode *option : m_options)
        n += option->isVisible() ? 1 : 0;
    return n;
}

int FieldScene::linkCount() const
{
    return m_links->count();
}

const FieldLink *FieldScene::link(const QString &a, const QString &b) const
{
    return m_links->link(a, b);
}

QString FieldScene::partyAt(QPointF scenePos) const
{
    // Topmost first: a node drawn later lies on top of an earlier one.
    const QStringList order = visibleParties();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const PartyNode *node = m_nodes.value(*it);
        if (node->shape().contains(node->mapFromScene(scenePos)))
            return *it;
    }
    return QString();
}

QString FieldScene::optionAt(QPointF scenePos) const
{
    for (const OptionNode *option : m_options)
        if (option->isVisible() && option->hits(option->mapFromScene(scenePos)))
            return option->id();
    return QString();
}

std::optional<std::pair<QString, QString>> FieldScene::linkAt(QPointF scenePos, double tolerance) const
{
    const int row = m_links->indexAt(scenePos, tolerance);
    if (row < 0)
        return std::nullopt;
    const FieldLink &l = m_links->links().at(row);
    return std::make_pair(l.a, l.b);
}

QRectF FieldScene::fieldRect() const
{
    if (m_rectsRevision == m_geometryRevision)
        return m_fieldRect;
    // In the file's order, as the centroid: a union's rounding depends on its order.
    QRectF field;
    QRectF drawing;
    for (const PartyNode *node : m_nodeOrder) {
        if (node->isDrawn()) {
            field |= node->sceneBoundingRect();
            drawing |= node->drawingRect().translated(node->at());
        }
    }
    for (const OptionNode *option : m_optionOrder) {
        if (option->isDrawn()) {
            field |= option->sceneBoundingRect();
            drawing |= option->drawingRect().translated(option->at());
        }
    }
    m_fieldRect = field;
    m_drawingRect = drawing;
    m_rectsRevision = m_geometryRevision;
    return field;
}

QRectF FieldScene::drawingRect() const
{
    fieldRect(); // measures both
    return m_drawingRect;
}

void FieldScene::geometryChanged(bool drawn)
{
    ++m_geometryRevision;
    if (!m_scaling)
        ++m_contentRevision;
    if (drawn)
        ++m_drawnRevision;
}

QStringList FieldScene::visibleParties() const
{
    QStringList ids;
    if (!m_document)
        return ids;
    for (const Party &p : m_document->state().parties) {
        const PartyNode *node = m_nodes.value(p.id);
        if (node && node->isVisible())
            ids << p.id;
    }
    return ids;
}

QVector<PartyNode *> FieldScene::visibleNodes() const
{
    return drawnOf(m_nodeOrder);
}

QVector<OptionNode *> FieldScene::visibleOptions() const
{
    return drawnOf(m_optionOrder);
}

void FieldScene::onChanged()
{
    syncFromModel();
}

void FieldScene::onSelectionChanged(const Selection &selection)
{
    // Only the nodes that lose or gain the selection change.
    for (const QString &id : {m_selection.a, m_selection.b, selection.a, selection.b})
        if (PartyNode *node = m_nodes.value(id))
            node->syncFromModel();
    m_links->selectionChanged(dyadOf(m_selection), dyadOf(selection)); // the halo around a chosen link
    m_selection = selection;
    FieldLabels::place(*this); // names step clear of the selection ring
    geometryChanged();
}

// Only what changed is touched: nodes and links compare the Document's values with what they
// draw and repaint where they differ; satellites are placed again and names moved only when
// something they follow moved.
void FieldScene::syncFromModel()
{
    if (!m_document)
        return;
    const Selection selection = m_document->selection();
    if (selection != m_selection) { // changed with the edit, before selectionChanged() came
        m_links->selectionChanged(dyadOf(m_selection), dyadOf(selection));
        m_selection = selection;
    }
    // Moving parties changes no dyad's values or colours: the links only follow their nodes.
    const bool onlyMoves = m_changesSinceSync > 0 && m_onlyMovesSinceSync;
    m_changesSinceSync = 0;
    m_onlyMovesSinceSync = true;
    const NodeChanges nodes = syncNodes();
    if (nodes.moved)
        updateCentroid();
    if (onlyMoves)
        m_links->followNodes();
    else
        m_links->syncFromModel();
    placeDecorations(nodes.moved || m_links->pairsChangedAtSync(),
                     nodes.moved || nodes.reshaped || m_links->movedAtGeometry());
    if (m_animated)
        startAnimation();
    emit synced();
}

void FieldScene::showPositions(const QHash<QString, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (PartyNode *node = m_nodes.value(it.key()))
            node->setPos(*it);
    updateCentroid();
    m_links->updateGeometry();
    placeDecorations(true, true);
}

void FieldScene::placeDecorations(bool restructured, bool moved)
{
    const bool stale = std::exchange(m_decorationsStale, false);
    bool placed = false;
    // Comparing the input is a walk over every party, link and option: only when it may differ.
    if (optionsRestructured() || restructured || stale)
        placed = m_placer.place(FieldPlacementInput::of(*this));
    const bool optionsChanged = syncOptions();
    if (stale || moved || placed || optionsChanged) {
        FieldLabels::place(*this);
        geometryChanged();
    }
}

bool FieldScene::optionsRestructured()
{
    const QVector<OutsideOption> &options = m_document->state().options;
    bool same = options.size() == m_optionOwners.size();
    for (qsizetype i = 0; same && i < options.size(); ++i)
        same = options[i].id == m_optionOwners[i].first && options[i].owner == m_optionOwners[i].second;
    if (same)
        return false;
    m_optionOwners.clear();
    m_optionOwners.reserve(options.size());
    for (const OutsideOption &o : options)
        m_optionOwners.append({o.id, o.owner});
    return true;
}

FieldScene::NodeChanges FieldScene::syncNodes()
{
    const Scenario &state = m_document->state();
    NodeChanges changes;
    bool shown = false; // a node shown or hidden
    // The same parties in the same order as at the last sync: no lookups, nothing to remove.
    if (inOrderOf(m_nodeOrder, state.parties)) {
        for (qsizetype i = 0; i < state.parties.size(); ++i) {
            PartyNode *node = m_nodeOrder[i];
            node->syncFromModel(&state.parties[i]);
            changes.moved = changes.moved || node->movedAtSync();
            changes.reshaped = changes.reshaped || node->reshapedAtSync();
            shown = shown || node->shownOrHiddenAtSync();
        }
        if (changes.moved || changes.reshaped)
            geometryChanged(shown);
        return changes;
    }
    changes.moved = true;
    QSet<QString> present;
    m_nodeOrder.clear();
    m_nodeOrder.reserve(state.parties.size());
    for (const Party &p : state.parties) {
        present.insert(p.id);
        PartyNode *node = m_nodes.value(p.id);
        if (!node) {
            node = new PartyNode(p.id);
            addItem(node);
            m_nodes.insert(p.id, node);
            ++m_nodesRevision;
        }
        node->syncFromModel(&p);
        m_nodeOrder.append(node);
    }
    m_nodesRevision += deleteAbsent(m_nodes, present);
    geometryChanged(true);
    return changes;
}

bool FieldScene::syncOptions()
{
    const Scenario &state = m_document->state();
    bool changed = false;
    bool drawn = false; // a satellite came, went, or was shown or hidden
    // The same options in the same order as at the last sync: no lookups by id.
    if (inOrderOf(m_optionOrder, state.options)) {
        for (qsizetype i = 0; i < state.options.size(); ++i) {
            OptionNode *option = m_optionOrder[i];
            option->syncFromModel(&state.options[i], m_placer.optionAngleAt(int(i), state.options[i].id));
            changed = changed || option->changedAtSync();
            drawn = drawn || option->shownOrHiddenAtSync();
        }
        if (changed)
            geometryChanged(drawn);
        return changed;
    }
    QSet<QString> present;
    m_optionOrder.clear();
    m_optionOrder.reserve(state.options.size());
    for (qsizetype i = 0; i < state.options.size(); ++i) {
        const OutsideOption &o = state.options[i];
        present.insert(o.id);
        OptionNode *option = m_options.value(o.id);
        if (!option) {
            option = new OptionNode(o.id);
            addItem(option);
            m_options.insert(o.id, option);
        }
        option->syncFromModel(&o, m_placer.optionAngleAt(int(i), o.id));
        m_optionOrder.append(option);
    }
    // Every option of the state has its own satellite: the rest are stale.
    deleteAbsent(m_options, present);
    geometryChanged(true);
    return true;
}

void FieldScene::updateCentroid()
{
    // Summed in the file's order: in the hash's order, which Qt seeds anew in each process, the
    // last bits of the centre differed from run to run, and with them satellites and names.
    QPointF sum;
    int n = 0;
    for (const PartyNode *node : std::as_const(m_nodeOrder)) {
        if (node->isDrawn()) {
            sum += node->at();
            ++n;
        }
    }
    m_centroid = n > 0 ? sum / n : QPointF();
}

void FieldScene::startAnimation()
{
    m_animation->stop();
    m_animation->start();
    m_ghostTimer->start();
}

void FieldScene::stepAnimation(double t)
{
    bool resized = false;
    for (PartyNode *node : std::as_const(m_nodes))
        resized = node->stepAnimation(t) || resized;
    m_links->stepAnimation(t);
    if (!resized)
        return; // the links' widths only: nothing else follows them
    m_links->updateGeometry();
    syncOptions();
    FieldLabels::place(*this);
    geometryChanged();
}

void FieldScene::clearItems()
{
    m_placer.reset();
    m_animation->stop();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    ++m_nodesRevision;
    m_nodeOrder.clear();
    qDeleteAll(m_options);
    m_options.clear();
    m_optionOrder.clear();
    m_optionOwners.clear();
    m_decorationsStale = true;
    geometryChanged(true);
}

} // namespace powerfield
