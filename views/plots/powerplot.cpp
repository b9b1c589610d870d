// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerplot.h"

#include "appsettings.h"
#include "document.h"
#include "dyadorder.h"
#include "eventmarkers.h"

#include <QAction>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <qcustomplot.h>

#include <cmath>
#include <utility>

namespace powerfield {

PowerPlot::PowerPlot(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_plot(new QCustomPlot(this))
    , m_chart(new PowerChart(m_plot, Theme()))
    , m_allDyads(new QCheckBox(this))
    , m_detailAction(new QAction(this))
    , m_refreshTimer(new QTimer(this))
    , m_ghostTimer(new QTimer(this))
    , m_glide(new QVariantAnimation(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_allDyads);
    layout->addWidget(m_plot, 1);
    retranslate();
    // The chart fits itself to any height from here: the lower chart, rows of event labels and
    // tick labels come and go with the room (PowerChart::fit).
    // Set, not hinted: the plot's own hint is its layout's, as wide as a legend in one row.
    m_plot->setMinimumSize(kMinimumWidth, kMinimumHeight);
    m_detailAction->setCheckable(true);
    setDetailWanted(appSettings().value(detailKey(), true).toBool());
    connect(m_detailAction, &QAction::toggled, this, [this](bool on) {
        appSettings().setValue(detailKey(), on);
        setDetailWanted(on);
    });
    m_plot->setMouseTracking(true);
    m_plot->setNotAntialiasedElements(QCP::aeNone);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    m_ghostTimer->setSingleShot(true);
    m_ghostTimer->setInterval(kGhostMilliseconds);
    m_glide->setDuration(300); // shorter than the fastest playing interval
    m_glide->setEasingCurve(QEasingCurve::OutCubic);

    connect(m_refreshTimer, &QTimer::timeout, this, &PowerPlot::refresh);
    connect(m_allDyads, &QCheckBox::toggled, this, [this](bool all) {
        setMode(all ? PowerChart::Mode::AllDyads : PowerChart::Mode::Dyad);
    });
    connect(m_document, &Document::changed, this, &PowerPlot::documentEdited);
    connect(m_ghostTimer, &QTimer::timeout, this, [this] {
        m_chart->setGhost({});
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant &t) {
        m_chart->placeCursor(t.toDouble());
        m_chart->cursorLayer()->replot();
    });
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
        return inFileOrder(document.state(), s);
    if (const auto d = document.analysis().mostImbalancedDyad())
        return inFileOrder(document.state(), {d->a, d->b});
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
    m_presentation = theme.presentation;
    // On a slide the one chart reads best; the lower one comes on demand.
    setDetailWanted(appSettings().value(detailKey(), !m_presentation).toBool());
    refresh();
}

QString PowerPlot::detailKey() const
{
    return m_presentation ? QStringLiteral("plot/detailInPresentation") : QStringLiteral("plot/detail");
}

void PowerPlot::setDetailWanted(bool wanted)
{
    {
        const QSignalBlocker block(m_detailAction);
        m_detailAction->setChecked(wanted);
    }
    m_chart->setDetailWanted(wanted);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// The plot's own choice first, then what the enclosing dock offers (export, copy).
void PowerPlot::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_detailAction);
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (w->contextMenuPolicy() == Qt::ActionsContextMenu && !w->actions().isEmpty()) {
            menu.addSeparator();
            menu.addActions(w->actions());
            break;
        }
    }
    menu.exec(event->globalPos());
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
    m_detailAction->setText(tr("Show dependences, commitment and cooperation"));
    m_detailAction->setToolTip(tr("A second chart under the relative power, shown when the plot is tall enough for both"));
}

void PowerPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool compact = m_plot->height() < kCompactHeight;
    if (compact != m_chart->isCompact()) {
        m_chart->setCompact(compact);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
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

void PowerPlot::documentEdited()
{
    m_edited = true;
    scheduleRefresh();
}

void PowerPlot::refresh()
{
    m_refreshTimer->stop();
    const Selection dyad = shownDyad(*m_document);
    const bool edited = std::exchange(m_edited, false) && m_mode == PowerChart::Mode::Dyad
                        && m_chart->mode() == m_mode && m_chart->dyad() == dyad;
    const QVector<double> before = edited ? m_chart->series().relativePowerA : QVector<double>();
    m_chart->show(m_document->scenario(), m_document->lens(), dyad, m_mode);
    const bool ghostChanged = updateGhost(before);
    m_glide->stop();
    m_chart->setCursorTime(m_document->currentTime());
    if (m_chart->onlyCurvesChanged() && !ghostChanged) {
        // A value moved (a slider's frame): the axes, events and legend stand as drawn.
        m_chart->curvesLayer()->replot();
        m_chart->cursorLayer()->replot();
        return;
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// During a run of edits (a drag) the ghost keeps the curve from before the first of them.
bool PowerPlot::updateGhost(const QVector<double> &before)
{
    const QVector<double> &now = m_chart->series().relativePowerA;
    const bool showing = m_chart->ghost() && m_ghostTimer->isActive();
    if (before.isEmpty() || before.size() != now.size()) {
        m_ghostTimer->stop();
        const bool had = m_chart->ghost() != nullptr;
        m_chart->setGhost({});
        return had;
    }
    const bool drawn = !showing && before != now;
    if (drawn)
        m_chart->setGhost(before);
    if (m_chart->ghost())
        m_ghostTimer->start();
    return drawn;
}

void PowerPlot::moveCursor(int time)
{
    const double from = m_chart->cursorPosition();
    m_chart->setCursorTime(time);
    m_glide->stop();
    // A jump (a step to the next event, a click on a marker) glides; a drag follows the mouse.
    if (!m_dragging && isVisible() && std::abs(time - from) > 1.0) {
        m_chart->placeCursor(from);
        m_glide->setStartValue(from);
        m_glide->setEndValue(double(time));
        m_glide->start();
    }
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
    const QString whole = m_chart->fullTextAt(event->position());
    m_plot->setToolTip(!whole.isEmpty() ? whole : step < 0 ? QString() : m_chart->valuesText(step));
}

void PowerPlot::released(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
}

} // namespace powerfield
