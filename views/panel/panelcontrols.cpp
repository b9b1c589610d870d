// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelcontrols.h"

#include "document.h"
#include "dyadreading.h"
#include "dyadscope.h"
#include "explain.h"
#include "paneledits.h"
#include "panelwidgets.h"
#include "valueslider.h"
#include "wantsmenu.h"
#include "wrappedlabel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace powerfield {

namespace {

using explain::Term;

QString desireName(const Scenario &s, const QString &desire)
{
    const int i = s.desireIndex(desire);
    return i < 0 ? desire : s.desires[i].name;
}

QGroupBox *group(const QString &title)
{
    auto *box = new panelwidgets::ElidingGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    return box;
}

bool wants(const Scenario &s, const QString &party, const QString &desire)
{
    const Party *p = s.party(party);
    return p && p->needIndex(desire) >= 0;
}

QString sideSignature(const Scenario &s, Lens lens, const QString &desire, const QString &self, const QString &partner)
{
    const AlternativeSource alt = bestAlternative(s, lens, self, desire, partner);
    return QStringList{QString::number(int(alt.kind)), alt.partyId, alt.optionId, alternativeName(s, alt),
                       paneledits::beliefDiffers(s, partner, self, desire) ? QStringLiteral("b") : QString(),
                       paneledits::firstOption(s, self), QString::number(int(lens)),
                       paneledits::hasOwnOffer(s, self, desire) ? QStringLiteral("o") : QString(),
                       wants(s, self, desire) ? QStringLiteral("w") : QString()}
        .join(QLatin1Char(','));
}

} // namespace

PanelControls::PanelControls(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

ValueSlider *PanelControls::add(QWidget *group, const QString &objectName, const QString &label,
                                const ValueAccess &access, const QString &definition)
{
    auto *slider = new ValueSlider(m_document, label, access.read, access.write);
    slider->setObjectName(objectName);
    slider->setDefinition(definition);
    if (access.target)
        slider->setSweepTarget(*access.target);
    connect(slider, &ValueSlider::gestureFinished, this, &PanelControls::gestureFinished);
    connect(slider, &ValueSlider::sweepRequested, this, &PanelControls::sweepRequested);
    group->layout()->addWidget(slider);
    m_sliders.append(slider);
    return slider;
}

ValueSlider *PanelControls::addLabelled(QWidget *box, const QString &objectName, const QString &full,
                                        const QString &brief, const ValueAccess &access, const QString &definition)
{
    ValueSlider *slider = add(box, objectName, m_compact ? brief : full, access, definition);
    // The brief label stands under the party's name; a screen reader hears the whole sentence.
    slider->slider()->setAccessibleName(full);
    slider->spinBox()->setAccessibleName(full);
    return slider;
}

void PanelControls::addSide(QWidget *box, const QString &desire, const QString &self, const QString &partner)
{
    const Scenario &s = m_document->state();
    const QString name = partyName(s, self), other = partyName(s, partner), what = desireName(s, desire);
    const QString key = self + QLatin1Char('/') + desire;
    ValueAccess v = paneledits::importance(m_document, self, desire);
    addLabelled(box, QStringLiteral("importance:") + key, tr("How much %1 wants %2").arg(name, what),
                tr("%1 wants it").arg(name), v, explain::definition(Term::Importance));
    // A party that does not want the desire shows only that: its provision and alternatives
    // appear once it does.
    if (!wants(s, self, desire))
        return;
    const bool differs = paneledits::beliefDiffers(s, partner, self, desire);
    v = paneledits::provision(m_document, partner, self, desire, false);
    addLabelled(box, QStringLiteral("provision:") + key,
                differs ? tr("How well %1 provides it to %2 (actual)").arg(other, name)
                        : tr("How well %1 provides it to %2").arg(other, name),
                differs ? tr("Gets from %1 (actual)").arg(other) : tr("Gets from %1").arg(other), v,
                explain::definition(Term::Provision));
    if (differs) {
        v = paneledits::provision(m_document, partner, self, desire, true);
        addLabelled(box, QStringLiteral("belief:") + key, tr("How well %1 believes %2 provides it").arg(name, other),
                    tr("Believes it gets"), v, explain::definition(Term::Provision));
    }
    const AlternativeSource alt = bestAlternative(s, m_document->lens(), self, desire, partner);
    const QString option = paneledits::firstOption(s, self);
    QString label, brief;
    if (alt.isNone() && option.isEmpty()) {
        label = tr("%1's best alternative: none").arg(name);
        brief = tr("Alternative: none");
    } else if (alt.isNone()) {
        const QString offered = alternativeName(s, {AlternativeSource::Kind::Option, QString(), option, 0.0});
        label = tr("%1's best alternative: none yet (%2 could offer it)").arg(name, offered);
        brief = tr("Alternative: none yet");
    } else {
        label = tr("%1's best alternative: %2").arg(name, alternativeName(s, alt));
        brief = tr("Alternative: %1").arg(alternativeName(s, alt));
    }
    v = paneledits::alternative(m_document, alt, self, desire);
    ValueSlider *slider = addLabelled(box, QStringLiteral("alternative:") + key, label, brief, v,
                                      explain::definition(Term::AlternativeLevel));
    if (alt.isNone() && option.isEmpty())
        slider->setEnabled(false);
    // A way out right there, while none of the party's own options offers the desire.
    if (!m_compact && !paneledits::hasOwnOffer(s, self, desire)) {
        auto *button = new panelwidgets::ElidingButton(tr("Add an outside option for %1").arg(name));
        button->setObjectName(QStringLiteral("addOption:") + key);
        button->setToolTipText(tr("Give %1 somewhere else to get %2: an outside option offering it at 0.50")
                                   .arg(name, what));
        connect(button, &QPushButton::clicked, this,
                [this, self, desire] { paneledits::addOption(m_document, self, desire); });
        box->layout()->addWidget(button);
    }
}

QWidget *PanelControls::desireColumns(const QString &desire, const QString &a, const QString &b)
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("desire:") + desire);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString sides[] = {a, b};
    for (int i = 0; i < 2; ++i) {
        auto *column = new QWidget;
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        addSide(column, desire, sides[i], sides[1 - i]);
        layout->addStretch(1);
        grid->addWidget(column, 0, i);
        grid->setColumnStretch(i, 1);
    }
    return box;
}

QWidget *PanelControls::desireGroup(const QString &desire, const QString &a, const QString &b)
{
    QGroupBox *box = group(desireName(m_document->state(), desire));
    box->setObjectName(QStringLiteral("desire:") + desire);
    addSide(box, desire, a, b);
    addSide(box, desire, b, a);
    return box;
}

QWidget *PanelControls::addDesireButton(const QString &party)
{
    const QString name = partyName(m_document->state(), party);
    auto *button = new panelwidgets::ElidingButton(tr("%1 wants…").arg(name));
    button->setObjectName(QStringLiteral("addDesire:") + party);
    button->setToolTipText(tr("Choose something %1 comes to want: a desire of the scenario, or a new one").arg(name));
    // The desires of the scenario first, then a new one: a second party can want what the first does.
    button->setMenu(new WantsMenu(m_document, party, button));
    return button;
}

QWidget *PanelControls::investmentGroup(const QString &a, const QString &b)
{
    QGroupBox *box = group(tr("Investments"));
    for (const auto &[self, partner] : {std::pair(a, b), std::pair(b, a)}) {
        const Scenario &s = m_document->state();
        const QString name = partyName(s, self), other = partyName(s, partner);
        const ValueAccess v = paneledits::investment(m_document, self, partner);
        add(box, QStringLiteral("investment:") + self, tr("%1's investment in %2").arg(name, other),
            v, explain::definition(Term::Investment));
        auto *row = new panelwidgets::WrappedCheckBox(tr("%1 gives up other partners for %2 (exclusive)").arg(name, other));
        QCheckBox *check = row->checkBox();
        check->setObjectName(QStringLiteral("exclusive:") + self);
        row->setToolTip(explain::definition(Term::Exclusive));
        check->setAccessibleDescription(explain::definition(Term::Exclusive));
        Document *doc = m_document;
        const QString selfId = self, partnerId = partner;
        const auto sync = [doc, check, selfId, partnerId] {
            const QSignalBlocker blocker(check);
            check->setChecked(investmentExclusive(doc->state(), selfId, partnerId));
        };
        connect(check, &QCheckBox::toggled, this, [doc, sync, selfId, partnerId](bool on) {
            doc->setInvestmentExclusive(selfId, partnerId, on);
            sync();
        });
        sync();
        m_syncs.append(sync);
        box->layout()->addWidget(row);
    }
    return box;
}

QWidget *PanelControls::expectationGroup(const QString &a, const QString &b)
{
    QGroupBox *box = group(tr("Expectations"));
    for (const QString &self : {a, b}) {
        const ValueAccess v = paneledits::comparisonLevel(m_document, self);
        add(box, QStringLiteral("cl:") + self,
            tr("%1's comparison level (CL)").arg(partyName(m_document->state(), self)), v,
            explain::definition(Term::ComparisonLevel));
    }
    return box;
}

QWidget *PanelControls::needsGroup(const QString &party)
{
    const Scenario &s = m_document->state();
    QGroupBox *box = group(tr("What %1 wants").arg(partyName(s, party)));
    if (const Party *p = s.party(party)) {
        for (const Need &need : p->needs) {
            const ValueAccess v = paneledits::importance(m_document, party, need.desire);
            add(box, QStringLiteral("importance:") + party + QLatin1Char('/') + need.desire,
                desireName(s, need.desire), v, explain::definition(Term::Importance));
        }
        if (p->needs.isEmpty()) {
            auto *label = new WrappedLabel(tr("%1 wants nothing yet.").arg(p->name));
            box->layout()->addWidget(label);
        }
    }
    return box;
}

void PanelControls::syncAll()
{
    for (ValueSlider *s : std::as_const(m_sliders))
        s->sync();
    for (const auto &sync : std::as_const(m_syncs))
        sync();
}

bool PanelControls::isDragging() const
{
    for (ValueSlider *s : m_sliders) {
        if (s->isDragging())
            return true;
    }
    return false;
}

ValueSlider *PanelControls::slider(const QString &objectName) const
{
    for (ValueSlider *s : m_sliders) {
        if (s->objectName() == objectName)
            return s;
    }
    return nullptr;
}

QStringList panelDesires(const Document &document, const QString &a, const QString &b)
{
    QStringList desires;
    for (const QString &id : {a, b}) {
        if (const Party *p = document.state().party(id)) {
            for (const Need &n : p->needs) {
                if (!desires.contains(n.desire))
                    desires.append(n.desire);
            }
        }
    }
    return desires;
}

QString controlsSignature(const Document &document, const QString &a, const QString &b)
{
    // Everything the controls show of the two lies in their scope: a few records, not the field.
    const Scenario s = dyadScope(document.state(), a, b);
    QStringList parts{a, b, partyName(s, a), partyName(s, b)};
    if (b.isEmpty()) {
        if (const Party *p = s.party(a)) {
            for (const Need &n : p->needs)
                parts << n.desire << desireName(s, n.desire);
        }
        return parts.join(QLatin1Char('|'));
    }
    for (const QString &desire : panelDesires(document, a, b))
        parts << desire << desireName(s, desire) << sideSignature(s, document.lens(), desire, a, b)
              << sideSignature(s, document.lens(), desire, b, a);
    return parts.join(QLatin1Char('|'));
}

} // namespace powerfield
