// SPDX-License-Identifier: GPL-3.0-or-later
// DependencePanel: what it shows at which width and in presentation mode, the desire chooser of
// presentation mode, and the scroll position kept across rebuilds.
#include "dependencepanel.h"

#include "balancemeter.h"
#include "dependencepanelparts.h"
#include "dyadreading.h"
#include "panelcontrols.h"
#include "panelwidgets.h"
#include "partybars.h"
#include "quadrantchart.h"

#include <QComboBox>
#include <QFontInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

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
