// SPDX-License-Identifier: GPL-3.0-or-later
// DependencePanel: the meter, the sentences and the explained shift, from the analysis.
#include "dependencepanel.h"

#include "balancemeter.h"
#include "dyadreading.h"
#include "panelcontrols.h"
#include "partybars.h"
#include "quadrantchart.h"

#include <QLabel>

namespace powerfield {

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
    m_meter->setVisible(dyad);
    m_meter->setData(r.meter);
    m_meter->setAccessibleDescription(r.power);
    m_power->setText(r.power);
    m_power->setVisible(r.valid);
    m_reading->setVisible(r.valid);
    m_chartA->setData(r.quadrantA);
    m_chartB->setData(r.quadrantB);
    for (int i = 0; i < m_sentencesA.size(); ++i) {
        m_sentencesA[i]->setText(r.sentencesA.value(i));
        m_sentencesB[i]->setText(r.sentencesB.value(i));
    }
    m_partyBars->setVisible(party);
    if (party)
        m_partyBars->setParty(partyName(state, m_shown.a), partnerBars(*m_document, m_shown.a));
    updateShift(r);
}

void DependencePanel::updateShift(const DyadReading &r)
{
    if (!r.valid) {
        m_haveBaseline = false;
        m_shift->clear();
        m_shift->hide();
        return;
    }
    const Scenario &state = m_document->state();
    const Lens lens = m_document->lens();
    const explain::SideSnapshot nowA = explain::snapshot(state, lens, r.a, r.b, r.result.sideA.dependence);
    const explain::SideSnapshot nowB = explain::snapshot(state, lens, r.b, r.a, r.result.sideB.dependence);
    if (m_haveBaseline) {
        QStringList moved;
        for (const QString &s : {explain::shiftSentence(m_beforeA, nowA), explain::shiftSentence(m_beforeB, nowB)}) {
            if (!s.isEmpty())
                moved << s;
        }
        if (!moved.isEmpty())
            m_shift->setText(moved.join(QLatin1Char(' ')));
    } else {
        m_shift->clear();
    }
    m_shift->setVisible(!m_shift->text().isEmpty());
    if (!m_controls || !m_controls->isDragging()) {
        m_beforeA = nowA;
        m_beforeB = nowB;
        m_haveBaseline = true;
    }
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
