// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencepanel.h"

#include "balancemeter.h"
#include "dyadreading.h"
#include "dependencepanelparts.h"
#include "glossary.h"
#include "panelcontrols.h"
#include "partybars.h"
#include "quadrantchart.h"
#include "valueslider.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>
#include <utility>

namespace powerfield {

namespace {

QLabel *wrappedLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
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
        m_beforeA = explain::snapshot(m_document->state(), m_document->lens(), r.a, r.b, r.result.sideA.dependence);
        m_beforeB = explain::snapshot(m_document->state(), m_document->lens(), r.b, r.a, r.result.sideB.dependence);
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
