// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustchart.h"

#include "trustchartplot.h"
#include "trustexport.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace powerfield {

TrustChart::TrustChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_roundsToggle(new QCheckBox(this))
    , m_chart(new TrustChartPlot(m_plot, m_theme))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_roundsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_plot, 1);
    m_plot->setMinimumHeight(240);
    m_roundsToggle->setChecked(m_chart->roundsShown());
    m_roundsToggle->setText(tr("Show each round"));
    m_plot->setAccessibleName(tr("Cooperation by power"));
    connect(m_roundsToggle, &QCheckBox::toggled, this, &TrustChart::setRoundsShown);
    setResults(TrustResults());
}

void TrustChart::setResults(const TrustResults &results)
{
    m_results = results;
    m_chart->setResults(results);
    m_plot->setAccessibleDescription(results.reading());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrustChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    m_chart->setTheme(theme);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrustChart::setRoundsShown(bool shown)
{
    const QSignalBlocker block(m_roundsToggle);
    m_roundsToggle->setChecked(shown);
    m_chart->setRoundsShown(shown);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrustChart::roundsShown() const
{
    return m_chart->roundsShown();
}

PaintFunction TrustChart::painter() const
{
    return trustChartPainter(m_results, roundsShown());
}

void TrustChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_roundsToggle->setText(tr("Show each round"));
        m_plot->setAccessibleName(tr("Cooperation by power"));
        m_chart->retranslate();
        m_plot->setAccessibleDescription(m_results.reading());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

} // namespace powerfield
