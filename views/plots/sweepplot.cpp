// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepplot.h"

#include "document.h"
#include "plotstyle.h"
#include "powerplot.h"
#include "numberformat.h"

#include <QComboBox>
#include <QEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <utility>

namespace powerfield {

SweepPlot::SweepPlot(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_plot(new QCustomPlot(this))
    , m_picker(new QComboBox(this))
    , m_refreshTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_picker, 0, Qt::AlignLeft);
    layout->addWidget(m_plot, 1);
    m_plot->setAccessibleName(tr("Sweep of one value"));
    m_picker->setAccessibleName(tr("Value to sweep"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->addItem(tr("Pick a value to sweep"));
    m_plot->setMinimumHeight(180);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    build();
    style();
    connect(m_refreshTimer, &QTimer::timeout, this, &SweepPlot::refresh);
    connect(m_document, &Document::analysisChanged, this, &SweepPlot::scheduleRefresh);
    connect(m_document, &Document::selectionChanged, this, &SweepPlot::scheduleRefresh);
    connect(m_picker, &QComboBox::activated, this, &SweepPlot::picked);
    refresh();
}

void SweepPlot::build()
{
    QCPAxisRect *rect = m_plot->axisRect();
    for (int c = 0; c < CurveCount; ++c) {
        m_graphs[c] = m_plot->addGraph();
        m_graphs[c]->setAdaptiveSampling(false);
    }
    m_plot->xAxis->setRange(0.0, 1.0);
    m_plot->yAxis->setRange(-1.05, 1.05);
    m_plot->legend->setVisible(true);
    rect->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_currentLine = new QCPItemStraightLine(m_plot);
    m_currentLabel = new QCPItemText(m_plot);
    m_currentLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_currentLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tipLabel = new QCPItemText(m_plot);
    m_tipLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop); // below the balance line
    m_tipLabel->setPadding(QMargins(2, 6, 2, 2));
    m_plot->yAxis->setLabel(tr("power, dependence"));
    m_emptyLabel = new QCPItemText(m_plot);
    m_emptyLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyLabel->position->setCoords(0.5, 0.5);
    m_emptyLabel->setText(tr("Pick a value above to see power across its whole range"));
}

void SweepPlot::setTheme(const Theme &theme)
{
    m_theme = theme;
    style();
    refresh();
}

void SweepPlot::style()
{
    m_plot->setBackground(m_theme.kind == ThemeKind::Transparent ? QBrush(Qt::NoBrush)
                                                                  : QBrush(m_theme.background()));
    plotstyle::styleAxisRect(m_plot->axisRect(), m_theme);
    plotstyle::styleLegend(m_plot->legend, m_theme);
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(false);
    for (QCPItemText *text : {m_currentLabel, m_tipLabel, m_emptyLabel}) {
        text->setFont(m_theme.font(10, true));
        text->setColor(m_theme.foreground());
    }
    m_emptyLabel->setColor(m_theme.muted());
    m_currentLine->setPen(QPen(m_theme.foreground(), 1.5 * m_theme.lineScale(), Qt::DashLine));
}

void SweepPlot::setTarget(const SweepTarget &target)
{
    m_target = target;
    for (auto field : {&Change::comparisonLevel, &Change::importance, &Change::quality,
                       &Change::perceived, &Change::amount}) {
        if (m_target.*field) // the value is ignored: keep it out of comparisons with the picker's
            m_target.*field = 0.0;
    }
    m_hasTarget = true;
    refresh();
}

void SweepPlot::scheduleRefresh()
{
    if (!isVisible()) { // a hidden tab costs nothing while the time is scrubbed
        m_stale = true;
        return;
    }
    m_refreshTimer->start();
}

void SweepPlot::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        refresh();
}

void SweepPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_picker->setItemText(0, tr("Pick a value to sweep"));
        refresh();
    }
    QWidget::changeEvent(event);
}

void SweepPlot::picked(int index)
{
    if (index > 0)
        setTarget(m_choices[index - 1]);
}

// The sweepable values of the shown dyad, the current target selected (the list changes with
// the dyad and with events that add records).
void SweepPlot::fillPicker()
{
    const Selection dyad = PowerPlot::shownDyad(*m_document);
    const Scenario &state = m_document->state();
    const QVector<SweepTarget> choices = sweepTargetsOf(state, dyad.a, dyad.b);
    const QSignalBlocker block(m_picker);
    if (choices != m_choices) {
        m_choices = choices;
        while (m_picker->count() > 1)
            m_picker->removeItem(1);
        for (const SweepTarget &t : choices)
            m_picker->addItem(sweepTargetName(state, t));
    } else {
        for (int i = 0; i < choices.size(); ++i) // names may have changed
            m_picker->setItemText(i + 1, sweepTargetName(state, choices[i]));
    }
    m_picker->setCurrentIndex(m_hasTarget ? int(m_choices.indexOf(m_target)) + 1 : 0);
}

void SweepPlot::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    fillPicker();
    const Selection dyad = PowerPlot::shownDyad(*m_document);
    m_sweep = m_hasTarget ? evaluateSweep(m_document->state(), m_document->lens(), m_target, dyad.a, dyad.b)
                          : Sweep();
    fill();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SweepPlot::fill()
{
    const Scenario &state = m_document->state();
    const auto name = [&](const QString &id) {
        const Party *p = state.party(id);
        return p ? p->name : id;
    };
    const QString a = name(m_sweep.a);
    const QString b = name(m_sweep.b);
    const Party *pa = state.party(m_sweep.a);
    const Party *pb = state.party(m_sweep.b);
    const QColor colors[CurveCount] = {
        m_theme.foreground(), plotstyle::readableOn(plotstyle::seriesColor(pa ? pa->color : QString(), 0), m_theme),
        plotstyle::readableOn(plotstyle::seriesColor(pb ? pb->color : QString(), 1), m_theme)};
    const QVector<double> *values[CurveCount] = {&m_sweep.relativePowerA, &m_sweep.dependenceAOnB,
                                                 &m_sweep.dependenceBOnA};
    const bool named = pa && pb; // no dyad yet: no name fragments
    const QString names[CurveCount] = {named ? tr("Relative power: + %1, \u2212 %2").arg(a, b) : tr("Relative power"),
                                       named ? tr("%1: dependence on %2").arg(a, b) : tr("Dependence"),
                                       named ? tr("%1: dependence on %2").arg(b, a) : tr("Dependence")};
    const Qt::PenStyle dashes[CurveCount] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    for (int c = 0; c < CurveCount; ++c) {
        m_graphs[c]->setData(m_sweep.values, *values[c], true);
        m_graphs[c]->setName(names[c]);
        // Dependences are drawn over the thicker power curve, which they often follow exactly.
        m_graphs[c]->setPen(plotstyle::linePen(colors[c], dashes[c], m_theme, c == 0 ? 3.0 : 2.2));
    }
    const bool empty = m_sweep.values.isEmpty();
    m_emptyLabel->setVisible(empty);
    m_currentLine->setVisible(!empty);
    m_currentLabel->setVisible(!empty);
    m_plot->legend->setVisible(!empty);
    m_plot->xAxis->setLabel(empty ? QString() : sweepTargetName(state, m_target));
    m_currentLine->point1->setCoords(m_sweep.current, 0.0);
    m_currentLine->point2->setCoords(m_sweep.current, 1.0);
    m_currentLabel->position->setCoords(m_sweep.current, 0.0);
    m_currentLabel->setText(tr(" now: %1").arg(formatNumber(m_sweep.current)));
    const double tip = tippingValue();
    m_tipLabel->setVisible(!std::isnan(tip));
    m_tipLabel->position->setCoords(tip, 0.0);
    m_tipLabel->setText(tr("balanced at %1").arg(formatNumber(tip)));
}

double SweepPlot::tippingValue() const
{
    const QVector<double> &x = m_sweep.values;
    const QVector<double> &r = m_sweep.relativePowerA;
    for (int i = 1; i < x.size(); ++i) {
        if (std::isnan(r[i - 1]) || std::isnan(r[i]) || (r[i - 1] > 0) == (r[i] > 0) || r[i - 1] == 0.0)
            continue;
        return x[i - 1] + (x[i] - x[i - 1]) * r[i - 1] / (r[i - 1] - r[i]);
    }
    return std::nan("");
}

} // namespace powerfield
