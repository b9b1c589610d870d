// SPDX-License-Identifier: GPL-3.0-or-later
// DependencePanel: the meter, the sentences and the explained shift, from the analysis.
#include "dependencepanel.h"

#include "balancemeter.h"
#include "alternatives.h"
#include "beliefs.h"
#include "dyadreading.h"
#include "panelcontrols.h"
#include "partybars.h"
#include "quadrantchart.h"

#include <QLabel>

#include <utility>

namespace powerfield {

namespace {

// The shift sentences of both sides, joined.
QString shiftSentences(const std::pair<explain::SideSnapshot, explain::SideSnapshot> &before,
                       const std::pair<explain::SideSnapshot, explain::SideSnapshot> &after)
{
    QStringList moved;
    for (const QString &s : {explain::shiftSentence(before.first, after.first),
                             explain::shiftSentence(before.second, after.second)}) {
        if (!s.isEmpty())
            moved << s;
    }
    return moved.join(QLatin1Char(' '));
}

// A snapshot with the names the parties, desires and alternatives have now (those still there).
explain::SideSnapshot withCurrentNames(explain::SideSnapshot s, const Scenario &state, const QString &party,
                                       const QString &partner)
{
    if (state.party(party))
        s.name = partyName(state, party);
    if (state.party(partner))
        s.partnerName = partyName(state, partner);
    for (int i = 0; i < s.terms.size(); ++i) {
        const int d = state.desireIndex(s.terms[i].desire);
        if (d >= 0)
            s.desireNames[i] = state.desires[d].name;
        const AlternativeSource &alt = s.terms[i].alternative;
        const bool there = alt.kind == AlternativeSource::Kind::Party ? state.party(alt.partyId) != nullptr
            : alt.kind == AlternativeSource::Kind::Option                ? state.optionIndex(alt.optionId) >= 0
                                                                         : false;
        if (there)
            s.alternativeNames[i] = alternativeName(state, alt);
    }
    return s;
}

} // namespace

void DependencePanel::updateReading()
{
    const Scenario &state = m_document->state();
    const bool dyad = m_shown.isDyad(), party = !m_shown.isEmpty() && !dyad;
    const DyadReading r = readDyad(*m_document, m_shown.a, m_shown.b);
    if (dyad)
        m_title->setText(tr("%1 and %2").arg(r.meter.nameA, r.meter.nameB));
    else if (party)
        m_title->setText(partyName(state, m_shown.a));
    else
        m_title->setText(tr("Nothing selected"));
    QString hint;
    if (m_shown.isEmpty())
        hint = tr("Select a party or two parties in the field to see who depends on whom.");
    else if (dyad && !r.valid)
        hint = tr("%1 and %2 do not depend on each other at this time: neither provides anything "
                  "the other wants, or one of them is not in the field.").arg(r.meter.nameA, r.meter.nameB);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    updateVisibility(r);
    m_meter->setData(r.meter);
    m_meter->setAccessibleDescription(r.power);
    m_power->setText(r.power);
    m_chartA->setData(r.quadrantA);
    m_chartB->setData(r.quadrantB);
    for (int i = 0; i < m_sentencesA.size(); ++i) {
        m_sentencesA[i]->setText(r.sentencesA.value(i));
        m_sentencesB[i]->setText(r.sentencesB.value(i));
    }
    if (party)
        m_partyBars->setParty(partyName(state, m_shown.a), partnerBars(*m_document, m_shown.a));
    updateShift(r);
    updateLensNote();
}

void DependencePanel::updateShift(const DyadReading &r)
{
    if (!r.valid) {
        m_haveBaseline = false;
        m_told = false;
        m_shift->clear();
        m_shift->hide();
        return;
    }
    const Scenario &state = m_document->state();
    const Lens lens = m_document->lens();
    const explain::SideSnapshot nowA = explain::snapshot(state, lens, r.a, r.b, r.result.sideA.dependence);
    const explain::SideSnapshot nowB = explain::snapshot(state, lens, r.b, r.a, r.result.sideB.dependence);
    if (m_haveBaseline && !shiftSentences({m_beforeA, m_beforeB}, {nowA, nowB}).isEmpty()) {
        m_toldBefore[0] = m_beforeA;
        m_toldBefore[1] = m_beforeB;
        m_toldAfter[0] = nowA;
        m_toldAfter[1] = nowB;
        m_told = true;
        m_lensToggled = false; // an edit moved something: the lens note has had its say
    } else if (!m_haveBaseline) {
        m_told = false;
    }
    // Told again on every update: a rename since shows the new name.
    QString told;
    if (m_told) {
        const QString ids[] = {r.a, r.b};
        explain::SideSnapshot before[2], after[2];
        for (int i = 0; i < 2; ++i) {
            before[i] = withCurrentNames(m_toldBefore[i], state, ids[i], ids[1 - i]);
            after[i] = withCurrentNames(m_toldAfter[i], state, ids[i], ids[1 - i]);
        }
        told = shiftSentences({before[0], before[1]}, {after[0], after[1]});
    }
    m_shift->setText(told);
    m_shift->setVisible(!told.isEmpty() && !m_theme.presentation);
    if (!m_controls || !m_controls->isDragging()) {
        m_beforeA = nowA;
        m_beforeB = nowB;
        m_haveBaseline = true;
    }
}

void DependencePanel::lensToggled()
{
    m_lensToggled = true;
    updateLensNote();
}

void DependencePanel::updateLensNote()
{
    // A lens toggle that changes nothing says why, rather than nothing at all.
    const bool same = m_lensToggled && !m_shown.isEmpty() && !anyBeliefDiffers(m_document->state());
    m_lensNote->setText(same ? tr("No one's beliefs differ from the actual values here: both lenses show the same.")
                             : QString());
    m_lensNote->setVisible(same);
}

QString DependencePanel::lensNote() const
{
    return m_lensNote->text();
}

QString DependencePanel::powerText() const
{
    return m_power->text();
}

QString DependencePanel::shiftText() const
{
    return m_shift->text();
}

QStringList DependencePanel::readingTexts(bool sideA) const
{
    QStringList texts;
    for (const QLabel *l : sideA ? m_sentencesA : m_sentencesB)
        texts << l->text();
    return texts;
}

QString DependencePanel::description() const
{
    QStringList parts{m_title->text()};
    for (const QString &s : {m_hint->text(), m_power->text(), m_shift->text()}) {
        if (!s.isEmpty())
            parts << s;
    }
    if (m_reading->isVisibleTo(this))
        parts << readingTexts(true) << readingTexts(false);
    return parts.join(QLatin1Char('\n'));
}

} // namespace powerfield
