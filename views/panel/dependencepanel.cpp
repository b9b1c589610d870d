// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencepanel.h"

#include "alternatives.h"
#include "balancemeter.h"
#include "beliefs.h"
#include "dependencepanelparts.h"
#include "dyadreading.h"
#include "dyadscope.h"
#include "glossary.h"
#include "panelcontrols.h"
#include "panelwidgets.h"
#include "partybars.h"
#include "quadrantchart.h"
#include "valueslider.h"
#include "wrappedlabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>
#include <utility>

namespace powerfield {

namespace {

QLabel *wrappedLabel(const QString &objectName)
{
    auto *label = new WrappedLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Where the keyboard focus is among the controls: the named control (a slider's name, a button's
// or a check box's) and whether it is a slider's spin box; empty when it is elsewhere.
std::pair<QString, bool> focusedControl(QWidget *host)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !host->isAncestorOf(focus))
        return {};
    for (QWidget *w = focus; w && w != host; w = w->parentWidget()) {
        if (auto *slider = qobject_cast<ValueSlider *>(w))
            return {slider->objectName(), slider->spinBox()->isAncestorOf(focus) || focus == slider->spinBox()};
        if (!w->objectName().isEmpty())
            return {w->objectName(), false};
    }
    return {};
}

// Gives the focus back to the control of that name among the new ones (not among `old`, which
// wait for deletion), if there still is one.
void restoreFocus(QWidget *host, const std::pair<QString, bool> &control, const QWidgetList &old)
{
    if (control.first.isEmpty())
        return;
    // A button that did its work and went: the slider of the alternative it created.
    QString name = control.first;
    if (name.startsWith(QLatin1String("addOption:")))
        name.replace(0, int(qstrlen("addOption")), QStringLiteral("alternative"));
    for (QWidget *group : host->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (old.contains(group))
            continue;
        QWidget *w = group->objectName() == name ? group : group->findChild<QWidget *>(name);
        if (!w)
            continue;
        auto *slider = qobject_cast<ValueSlider *>(w);
        QWidget *target = !slider ? w : control.second ? static_cast<QWidget *>(slider->spinBox()) : slider->slider();
        target->setFocus(Qt::OtherFocusReason);
        return;
    }
}

// The reading's sentences beside each quadrant chart, in order, by the term their tooltip defines.
constexpr explain::Term kReadingTerms[] = {explain::Term::AlternativeLevel, explain::Term::Commitment,
                                           explain::Term::Cooperation, explain::Term::Response};

} // namespace

DependencePanel::DependencePanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    buildFixedParts();
    retranslate();
    connect(document, &Document::analysisChanged, this, &DependencePanel::refresh);
    connect(document, &Document::selectionChanged, this, &DependencePanel::rebuild);
    connect(document, &Document::lensChanged, this, &DependencePanel::lensToggled);
    rebuild();
}

DependencePanel::~DependencePanel() = default;

void DependencePanel::buildFixedParts()
{
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything fits the width
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(6, 4, 6, 4); // every line counts at a lecture's type size
    m_title = wrappedLabel(QStringLiteral("title"));
    m_hint = wrappedLabel(QStringLiteral("hint"));
    m_meter = new BalanceMeter;
    m_power = wrappedLabel(QStringLiteral("power"));
    m_shift = wrappedLabel(QStringLiteral("shift"));
    QFont italic = m_shift->font();
    italic.setItalic(true);
    m_shift->setFont(italic);
    m_lensNote = wrappedLabel(QStringLiteral("lensNote"));
    m_lensNote->setFont(italic);
    m_lensNote->hide();
    m_partyBars = new PartyBars;
    m_chooser = buildChooser();
    m_controlsHost = new QWidget;
    m_controlsLayout = new QVBoxLayout(m_controlsHost);
    m_controlsLayout->setContentsMargins(0, 0, 0, 0);
    m_reading = new QWidget;
    auto *reading = new QVBoxLayout(m_reading);
    reading->setContentsMargins(0, 0, 0, 0);
    reading->addWidget(readingColumn(&m_chartA, &m_sentencesA));
    reading->addWidget(readingColumn(&m_chartB, &m_sentencesB));
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_hint),
                       static_cast<QWidget *>(m_meter), static_cast<QWidget *>(m_power),
                       static_cast<QWidget *>(m_shift), static_cast<QWidget *>(m_lensNote),
                       static_cast<QWidget *>(m_partyBars), m_chooser, m_controlsHost, m_reading})
        column->addWidget(w);
    column->addStretch(1);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    updateTitleFont();
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &DependencePanel::restoreScroll);
    // A scroll of the user's own (or to a control the keyboard reached) ends the wish to go back
    // to where a rebuild started.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_holdScroll && m_scrollTarget && value != *m_scrollTarget)
            m_scrollTarget.reset();
    });
}

QWidget *DependencePanel::readingColumn(QuadrantChart **chart, QList<QLabel *> *labels)
{
    *chart = new QuadrantChart;
    QList<QLabel *> texts;
    for (std::size_t i = 0; i < std::size(kReadingTerms); ++i) // tooltips: retranslate()
        texts.append(wrappedLabel(QStringLiteral("reading")));
    *labels = texts;
    return new ReadingBox(*chart, texts);
}

void DependencePanel::retranslate()
{
    setAccessibleName(tr("Dependence panel"));
    m_power->setAccessibleName(tr("Who holds power"));
    m_shift->setAccessibleName(tr("Why it moved"));
    m_lensNote->setAccessibleName(tr("Lens"));
    m_desireChooser->setAccessibleName(tr("Desire shown"));
    m_desireChooser->setAccessibleDescription(tr("Presentation mode shows the sliders of one desire at a time"));
    m_previousDesire->setAccessibleName(tr("Previous desire"));
    m_previousDesire->setToolTip(tr("Previous desire"));
    m_nextDesire->setAccessibleName(tr("Next desire"));
    m_nextDesire->setToolTip(tr("Next desire"));
    for (const QList<QLabel *> &labels : {m_sentencesA, m_sentencesB}) {
        for (int i = 0; i < labels.size(); ++i) {
            labels.at(i)->setToolTip(explain::definition(kReadingTerms[i]));
            labels.at(i)->setWhatsThis(glossary::whatsThis(kReadingTerms[i]));
        }
    }
    // What's This (Shift+F1) explains each part and links to its glossary page.
    m_meter->setWhatsThis(glossary::whatsThis(explain::Term::RelativePower));
    m_power->setWhatsThis(glossary::whatsThis(explain::Term::RelativePower));
    m_shift->setWhatsThis(glossary::whatsThis(explain::Term::Dependence));
    m_partyBars->setWhatsThis(glossary::whatsThis(explain::Term::Dependence));
    for (QuadrantChart *chart : {m_chartA, m_chartB}) {
        chart->setWhatsThis(glossary::whatsThis(explain::definition(explain::Term::ComparisonLevel)
                                                    + QLatin1Char(' ')
                                                    + explain::definition(explain::Term::AlternativeLevel),
                                                QStringLiteral("quadrants")));
    }
}

void DependencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateTitleFont();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Controls and sentences are rebuilt in the new language once the switch is over (it
        // sends several events, and rebuilding deletes widgets the event is still reaching).
        if (!std::exchange(m_retranslateQueued, true)) {
            QTimer::singleShot(0, this, [this] {
                m_retranslateQueued = false;
                rebuild();
            });
        }
    }
    QWidget::changeEvent(event);
}

void DependencePanel::setTheme(const Theme &theme)
{
    const bool condensed = theme.presentation != m_theme.presentation;
    m_theme = theme;
    m_meter->setTheme(theme);
    m_chartA->setTheme(theme);
    m_chartB->setTheme(theme);
    m_partyBars->setTheme(theme);
    if (condensed)
        rebuild();
}

void DependencePanel::scheduleRebuild()
{
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    // Never inside a control's own signal: the rebuild deletes the controls.
    QTimer::singleShot(0, this, [this] {
        m_rebuildQueued = false;
        const Selection s = panelSelection(*m_document);
        if (s != m_shown || controlsSignature(*m_document, s.a, s.b) != m_signature)
            rebuild();
    });
}

void DependencePanel::rebuild()
{
    if (m_controls && m_controls->isDragging()) {
        scheduleRebuild(); // again after the gesture: gestureFinished() asks
        return;
    }
    const Selection s = panelSelection(*m_document);
    if (s != m_shown) {
        m_haveBaseline = false;
        m_told = false;
        m_lensToggled = false;
    }
    m_shown = s;
    keepScroll();
    m_holdScroll = true; // hiding a focused control moves the focus and scrolls to it
    buildControls();
    updateReading();
    m_holdScroll = false;
    restoreScroll();
}

void DependencePanel::buildControls()
{
    // The old controls go later: this may run from one of their signals' consequences.
    const std::pair<QString, bool> focused = focusedControl(m_controlsHost);
    const QWidgetList old = m_controlsHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    m_controlsHost->setUpdatesEnabled(false);
    if (m_controls) {
        for (QWidget *w : old) {
            w->hide();
            w->deleteLater();
        }
        m_controls->deleteLater();
    }
    m_controls = new PanelControls(m_document, this);
    m_controls->setCompact(m_theme.presentation);
    connect(m_controls, &PanelControls::gestureFinished, this, &DependencePanel::gestureFinished);
    connect(m_controls, &PanelControls::sweepRequested, this, &DependencePanel::sweepRequested);
    const QString a = m_shown.a, b = m_shown.b;
    m_signature = controlsSignature(*m_document, a, b);
    if (m_shown.isDyad() && m_theme.presentation) {
        // One desire at a time, chosen above: the sliders the lecture is about.
        fillChooser(panelDesires(*m_document, a, b));
        if (!m_presentedDesire.isEmpty())
            m_controlsLayout->addWidget(m_controls->desireColumns(m_presentedDesire, a, b));
    } else if (m_shown.isDyad()) {
        for (const QString &desire : panelDesires(*m_document, a, b))
            m_controlsLayout->addWidget(m_controls->desireGroup(desire, a, b));
        m_controlsLayout->addWidget(m_controls->addDesireButton(a), 0, Qt::AlignLeft);
        m_controlsLayout->addWidget(m_controls->investmentGroup(a, b));
        m_controlsLayout->addWidget(m_controls->expectationGroup(a, b));
    } else if (!m_shown.isEmpty()) {
        m_controlsLayout->addWidget(m_controls->needsGroup(a));
        m_controlsLayout->addWidget(m_controls->addDesireButton(a), 0, Qt::AlignLeft);
    }
    m_controlsHost->setUpdatesEnabled(true);
    restoreFocus(m_controlsHost, focused, old); // a keyboard user keeps their place
}

void DependencePanel::gestureFinished()
{
    m_haveBaseline = false; // the shift sentence keeps telling the whole gesture until the next edit
    const DyadReading r = readDyad(*m_document, m_shown.a, m_shown.b);
    if (r.valid) {
        const Scenario scope = dyadScope(m_document->state(), r.a, r.b);
        m_beforeA = explain::snapshot(scope, m_document->lens(), r.a, r.b, r.result.sideA.dependence);
        m_beforeB = explain::snapshot(scope, m_document->lens(), r.b, r.a, r.result.sideB.dependence);
        m_haveBaseline = true;
    }
    scheduleRebuild();
}

void DependencePanel::refresh()
{
    const Selection s = panelSelection(*m_document);
    if (s != m_shown || controlsSignature(*m_document, s.a, s.b) != m_signature)
        scheduleRebuild();
    if (m_controls)
        m_controls->syncAll();
    updateReading();
}

} // namespace powerfield

// ----------------------------------------------------------------------------------------------
// DependencePanel: what it shows at which width and in presentation mode, the desire chooser of
// presentation mode, and the scroll position kept across rebuilds.

namespace powerfield {

namespace {

// The quadrant chart's width: 14 lines of the type, at least 170 pixels.
int chartWidth(const QWidget *w)
{
    return std::max(170, QFontInfo(w->font()).pixelSize() * 14);
}
constexpr int kSentenceChars = 22; // the narrowest sentence column beside the chart, in characters

} // namespace

ReadingBox::ReadingBox(QuadrantChart *chart, const QList<QLabel *> &texts, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
    , m_texts(new QWidget)
    , m_grid(new QGridLayout(this))
{
    auto *column = new QVBoxLayout(m_texts);
    column->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : texts)
        column->addWidget(label);
    column->addStretch(1);
    m_grid->setContentsMargins(0, 6, 0, 6);
    arrange(false);
}

void ReadingBox::arrange(bool stacked)
{
    m_stacked = stacked;
    m_grid->removeWidget(m_chart);
    m_grid->removeWidget(m_texts);
    if (stacked) {
        m_chart->setMinimumWidth(0);
        m_chart->setMaximumWidth(chartWidth(this) + 30);
        m_grid->addWidget(m_chart, 0, 0, Qt::AlignHCenter | Qt::AlignTop);
        m_grid->addWidget(m_texts, 1, 0);
        m_grid->setColumnStretch(1, 0);
        m_grid->setColumnStretch(0, 1);
    } else {
        m_chart->setFixedWidth(chartWidth(this));
        m_grid->addWidget(m_chart, 0, 0, Qt::AlignTop);
        m_grid->addWidget(m_texts, 0, 1);
        m_grid->setColumnStretch(0, 0);
        m_grid->setColumnStretch(1, 1);
    }
}

void ReadingBox::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Beside the chart only while the sentences keep a readable column.
    const bool stacked = event->size().width() < chartWidth(this) + m_grid->horizontalSpacing()
            + fontMetrics().averageCharWidth() * kSentenceChars;
    if (stacked != m_stacked)
        arrange(stacked);
}

QWidget *DependencePanel::buildChooser()
{
    auto *chooser = new QWidget;
    auto *row = new QHBoxLayout(chooser);
    row->setContentsMargins(0, 0, 0, 0);
    m_previousDesire = new QToolButton;
    m_previousDesire->setText(QStringLiteral("\u2039"));
    m_nextDesire = new QToolButton;
    m_nextDesire->setText(QStringLiteral("\u203A"));
    m_desireChooser = new QComboBox;
    m_desireChooser->setObjectName(QStringLiteral("desireChooser"));
    m_desireChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_desireChooser->setMinimumContentsLength(6);
    panelwidgets::wheelOnlyWithFocus(m_desireChooser);
    for (QToolButton *button : {m_previousDesire, m_nextDesire}) {
        button->setFocusPolicy(Qt::StrongFocus); // keyboard reachable, like the chooser
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    }
    row->addWidget(m_previousDesire);
    row->addWidget(m_desireChooser, 1);
    row->addWidget(m_nextDesire);
    connect(m_desireChooser, &QComboBox::activated, this, [this](int index) {
        m_presentedDesire = m_desireChooser->itemData(index).toString();
        rebuild();
    });
    connect(m_previousDesire, &QToolButton::clicked, this, [this] { stepDesire(-1); });
    connect(m_nextDesire, &QToolButton::clicked, this, [this] { stepDesire(1); });
    chooser->hide();
    return chooser;
}

void DependencePanel::fillChooser(const QStringList &desires)
{
    m_presentedDesire = shownDesire(desires);
    const QSignalBlocker blocker(m_desireChooser);
    m_desireChooser->clear();
    const Scenario &state = m_document->state();
    for (const QString &id : desires) {
        const int i = state.desireIndex(id);
        m_desireChooser->addItem(i < 0 ? id : state.desires[i].name, id);
    }
    m_desireChooser->setCurrentIndex(int(desires.indexOf(m_presentedDesire)));
    m_desireChooser->setToolTip(m_desireChooser->currentText());
    m_previousDesire->setEnabled(desires.size() > 1);
    m_nextDesire->setEnabled(desires.size() > 1);
}

QString DependencePanel::shownDesire(const QStringList &desires) const
{
    if (desires.contains(m_presentedDesire))
        return m_presentedDesire;
    return desires.value(0);
}

void DependencePanel::stepDesire(int step)
{
    const int count = m_desireChooser->count();
    if (count == 0)
        return;
    const int next = (m_desireChooser->currentIndex() + step + count) % count;
    m_presentedDesire = m_desireChooser->itemData(next).toString();
    rebuild();
}

void DependencePanel::updateTitleFont()
{
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_title->setFont(bold);
    // As narrow as it stays readable: about 20 characters of the current type.
    setMinimumWidth(std::max(220, fontMetrics().averageCharWidth() * 20));
}

void DependencePanel::updateVisibility(const DyadReading &r)
{
    const bool dyad = m_shown.isDyad(), condensed = m_theme.presentation;
    // Presentation: the beam with its verdict, the reading in one sentence and one desire's
    // sliders; the name line, the quadrants and the rest wait for the window.
    m_title->setVisible(!(condensed && dyad && r.valid));
    m_meter->setVisible(dyad);
    m_power->setVisible(r.valid);
    m_reading->setVisible(r.valid && !condensed);
    m_chooser->setVisible(condensed && dyad && m_desireChooser->count() > 0);
    m_partyBars->setVisible(!m_shown.isEmpty() && !dyad);
}

void DependencePanel::keepScroll()
{
    if (!m_scrollTarget)
        m_scrollTarget = m_scroll->verticalScrollBar()->value();
}

void DependencePanel::restoreScroll()
{
    // Kept until the user scrolls: the layout settles in several steps after a rebuild, and the
    // range may shrink for a moment (the old controls go before the new ones arrive).
    if (!m_scrollTarget)
        return;
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const bool held = std::exchange(m_holdScroll, true);
    bar->setValue(std::min(*m_scrollTarget, bar->maximum()));
    m_holdScroll = held;
}

} // namespace powerfield

// ----------------------------------------------------------------------------------------------
// DependencePanel: the meter, the sentences and the explained shift, from the analysis.

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
    const Scenario scope = dyadScope(m_document->state(), r.a, r.b); // what the two can depend on
    const Lens lens = m_document->lens();
    const explain::SideSnapshot nowA = explain::snapshot(scope, lens, r.a, r.b, r.result.sideA.dependence);
    const explain::SideSnapshot nowB = explain::snapshot(scope, lens, r.b, r.a, r.result.sideB.dependence);
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
            before[i] = withCurrentNames(m_toldBefore[i], m_document->state(), ids[i], ids[1 - i]);
            after[i] = withCurrentNames(m_toldAfter[i], m_document->state(), ids[i], ids[1 - i]);
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
