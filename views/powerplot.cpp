// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerplot.h"

#include "document.h"
#include "eventmarkers.h"

#include <QCheckBox>
#include <QEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace powerfield {

PowerPlot::PowerPlot(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_plot(new QCustomPlot(this))
    , m_chart(new PowerChart(m_plot, Theme()))
    , m_allDyads(new QCheckBox(this))
    , m_refreshTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_allDyads);
    layout->addWidget(m_plot, 1);
    retranslate();
    m_plot->setMinimumHeight(200);
    m_plot->setMouseTracking(true);
    m_plot->setNotAntialiasedElements(QCP::aeNone);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);

    connect(m_refreshTimer, &QTimer::timeout, this, &PowerPlot::refresh);
    connect(m_allDyads, &QCheckBox::toggled, this, [this](bool all) {
        setMode(all ? PowerChart::Mode::AllDyads : PowerChart::Mode::Dyad);
    });
    connect(m_document, &Document::changed, this, &PowerPlot::scheduleRefresh);
    connect(m_document, &Document::scenarioReset, this, &PowerPlot::scheduleRefresh);
    connect(m_document, &Document::lensChanged, this, &PowerPlot::scheduleRefresh);
    connect(m_document, &Document::selectionChanged, this, &PowerPlot::scheduleRefresh);
    connect(m_document, &Document::currentTimeChanged, this, &PowerPlot::moveCursor);
    connect(m_plot, &QCustomPlot::mousePress, this, &PowerPlot::pressed);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PowerPlot::moved);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &PowerPlot::released);
    refresh();
}

Selection PowerPlot::shownDyad(const Document &document)
{
    const Selection s = document.selection();
    if (s.isDyad())
        return s;
    if (const auto d = document.analysis().mostImbalancedDyad())
        return {d->a, d->b};
    return {};
}

void PowerPlot::setMode(PowerChart::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    {
        const QSignalBlocker block(m_allDyads);
        m_allDyads->setChecked(mode == PowerChart::Mode::AllDyads);
    }
    refresh();
    emit modeChanged(mode);
}

void PowerPlot::setTheme(const Theme &theme)
{
    m_chart->setTheme(theme);
    refresh();
}

void PowerPlot::scheduleRefresh()
{
    m_refreshTimer->start(); // bursts of edits (a slider drag) coalesce into one evaluation
}

void PowerPlot::retranslate()
{
    m_allDyads->setText(tr("All dyads"));
    m_allDyads->setToolTip(tr("Show the relative power of every dyad instead of the selected one"));
    m_plot->setAccessibleName(tr("Power over time"));
}

void PowerPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_chart->retranslate();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void PowerPlot::refresh()
{
    m_refreshTimer->stop();
    m_chart->show(m_document->scenario(), m_document->lens(), shownDyad(*m_document), m_mode);
    m_chart->setCursorTime(m_document->currentTime());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PowerPlot::moveCursor(int time)
{
    m_chart->setCursorTime(time);
    m_chart->cursorLayer()->replot(); // only the cursor's buffer: the data layers stay as drawn
}

void PowerPlot::pressed(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int marker = m_chart->events()->markerAt(event->position());
    if (marker >= 0) {
        m_document->setCurrentTime(m_chart->events()->time(marker));
        return;
    }
    const int step = m_chart->stepAt(event->position());
    if (step < 0)
        return;
    m_dragging = true;
    m_document->setCurrentTime(step);
}

void PowerPlot::moved(QMouseEvent *event)
{
    const int step = m_chart->stepAt(event->position());
    if (m_dragging) {
        const double t = m_chart->powerRect()->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
        m_document->setCurrentTime(qBound(0, int(std::lround(t)), m_document->scenario().duration));
    }
    m_plot->setToolTip(step < 0 ? QString() : m_chart->valuesText(step));
}

void PowerPlot::released(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
}

} // namespace powerfield
