// SPDX-License-Identifier: GPL-3.0-or-later
#include "timepanel.h"

#include "eventseditor.h"
#include "powerplot.h"
#include "sweepplot.h"
#include "timecontrols.h"

#include <QCheckBox>
#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace powerfield {

TimePanel::TimePanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_plot(new PowerPlot(document, m_tabs))
    , m_sweep(new SweepPlot(document, m_tabs))
    , m_events(new EventsEditor(document, m_tabs))
    , m_controls(new TimeControls(document, this))
{
    m_tabs->addTab(m_plot, QString());
    m_tabs->addTab(m_sweep, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->setDocumentMode(true);
    // The plot's one option sits beside its tab, so the plot keeps that row's height.
    m_tabs->setCornerWidget(m_plot->allDyadsBox(), Qt::TopRightCorner);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int tab) { m_plot->allDyadsBox()->setVisible(tab == PlotTab); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_controls);
    retranslate();
}

void TimePanel::retranslate()
{
    m_tabs->setTabText(PlotTab, tr("Power over time"));
    m_tabs->setTabText(SweepTab, tr("Sweep one value"));
    m_tabs->setTabText(EventsTab, tr("Events"));
    m_tabs->setTabToolTip(SweepTab, tr("The selected dyad across the whole range of one value"));
    m_tabs->setTabToolTip(EventsTab, tr("Add, remove and edit the events of the story"));
}

void TimePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace powerfield
