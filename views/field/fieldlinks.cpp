// SPDX-License-Identifier: GPL-3.0-or-later
// FieldView's gestures between parties: a drag that pins the party, a Shift-drag from one party
// to another that makes a provision, and Enter on a selection that opens its editor.
#include "fieldview.h"

#include "document.h"
#include "fieldscene.h"
#include "fieldtext.h"
#include "partynode.h"
#include "wantsmenu.h" // kImportance

#include <QGraphicsLineItem>
#include <QPen>

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
