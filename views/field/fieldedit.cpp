// SPDX-License-Identifier: GPL-3.0-or-later
// FieldView's edits: rename, remove, add a party or an outside option, and the context menu.
#include "fieldview.h"

#include "document.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "fieldtext.h"
#include "optionnode.h"
#include "palette.h"
#include "partynode.h"
#include "wantsmenu.h"

#include <QActionGroup>
#include <QColorDialog>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QtMath>

#include <cmath>
#include <limits>

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
