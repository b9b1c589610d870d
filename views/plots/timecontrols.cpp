// SPDX-License-Identifier: GPL-3.0-or-later
#include "timecontrols.h"

#include "document.h"
#include "timeline.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {
constexpr int kBaseInterval = 2000; // ms per step at speed 1x: time to read a caption
}

TimeControls::TimeControls(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_play(new QAction(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this))
    , m_next(new QAction(style()->standardIcon(QStyle::SP_MediaSeekForward), QString(), this))
    , m_previous(new QAction(style()->standardIcon(QStyle::SP_MediaSeekBackward), QString(), this))
    , m_reset(new QAction(style()->standardIcon(QStyle::SP_MediaSkipBackward), QString(), this))
    , m_speed(new QComboBox(this))
    , m_time(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_play->setCheckable(true);
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_next->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Right)});
    m_previous->setShortcut(QKeySequence(Qt::Key_Left));
    m_reset->setShortcut(QKeySequence(Qt::Key_Home));
    for (QAction *a : {m_play, m_next, m_previous, m_reset}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    for (double speed : {0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(QString(), speed);
    m_speed->setCurrentIndex(1);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    retranslate();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : {m_reset, m_previous, m_play, m_next})
        buttons->addWidget(button(a));
    buttons->addWidget(m_speed);
    buttons->addWidget(m_time);
    buttons->addSpacing(8);
    // Beside the buttons, not below them: the plot above keeps the height on short screens.
    buttons->addWidget(m_caption, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(buttons);
    setFocusPolicy(Qt::StrongFocus);
    fitIcons(); // the type may be zoomed already

    connect(m_play, &QAction::toggled, this, &TimeControls::setPlaying);
    connect(m_next, &QAction::triggered, this, &TimeControls::stepForward);
    connect(m_previous, &QAction::triggered, this, &TimeControls::stepBack);
    connect(m_reset, &QAction::triggered, this, &TimeControls::reset);
    connect(m_timer, &QTimer::timeout, this, &TimeControls::tick);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { m_timer->setInterval(interval()); });
    connect(m_document, &Document::currentTimeChanged, this, &TimeControls::updateState);
    connect(m_document, &Document::changed, this, &TimeControls::updateState);
    connect(m_document, &Document::scenarioReset, this, &TimeControls::updateState);
    updateState();
}

QToolButton *TimeControls::button(QAction *action)
{
    auto *b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setAccessibleName(action->text());
    return b;
}

// The buttons' symbols as tall as the text beside them: presentation mode's large type (and the
// interface zoom) left 16-pixel symbols beside a caption four times their height on a projector.
void TimeControls::fitIcons()
{
    // Nine tenths of the line: the normal type keeps the style's small symbols.
    const int side = std::max(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this),
                              int(std::lround(0.9 * QFontMetrics(font()).height())));
    for (QToolButton *b : findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly))
        b->setIconSize(QSize(side, side));
}

QVector<int> TimeControls::stops(const Document &document)
{
    const Scenario &s = document.scenario();
    QVector<int> out{0, s.duration};
    for (const Event &e : s.events)
        out.append(qBound(0, e.time, s.duration));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int TimeControls::nextStop(const Document &document, int time)
{
    for (int t : stops(document))
        if (t > time)
            return t;
    return -1;
}

int TimeControls::previousStop(const Document &document, int time)
{
    const QVector<int> all = stops(document);
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (*it < time)
            return *it;
    return -1;
}

bool TimeControls::isPlaying() const
{
    return m_timer->isActive();
}

int TimeControls::interval() const
{
    return int(kBaseInterval / m_speed->currentData().toDouble());
}

QString TimeControls::captionText() const
{
    return m_caption->text();
}

void TimeControls::stepForward()
{
    const int t = nextStop(*m_document, m_document->currentTime());
    if (t >= 0)
        m_document->setCurrentTime(t);
}

void TimeControls::stepBack()
{
    const int t = previousStop(*m_document, m_document->currentTime());
    if (t >= 0)
        m_document->setCurrentTime(t);
}

void TimeControls::reset()
{
    setPlaying(false);
    m_document->setCurrentTime(0);
}

void TimeControls::retranslate()
{
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_next->setText(tr("Next event"));
    m_previous->setText(tr("Previous event"));
    m_reset->setText(tr("Reset to the start"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1\u00d7").arg(QLocale().toString(m_speed->itemData(i).toDouble())));
    m_speed->setAccessibleName(tr("Playing speed"));
    m_speed->setToolTip(tr("How fast Play moves from one event to the next"));
    m_caption->setAccessibleName(tr("Caption of the current event"));
    m_time->setAccessibleName(tr("Current time"));
}

void TimeControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    if (event->type() == QEvent::FontChange)
        fitIcons();
    QWidget::changeEvent(event);
}

void TimeControls::setPlaying(bool playing)
{
    if (playing && nextStop(*m_document, m_document->currentTime()) < 0)
        m_document->setCurrentTime(0); // play again from the start
    if (playing)
        m_timer->start(interval());
    else
        m_timer->stop();
    const QSignalBlocker block(m_play);
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void TimeControls::tick()
{
    stepForward();
    if (nextStop(*m_document, m_document->currentTime()) < 0)
        setPlaying(false);
}

void TimeControls::updateState()
{
    const int t = m_document->currentTime();
    const Scenario &s = m_document->scenario();
    m_time->setText(tr("Step %1 of %2").arg(t).arg(s.duration));
    const Event *current = nullptr; // the last event in force at t, in the order events apply
    for (int i : eventOrder(s))
        if (s.events[i].time <= t)
            current = &s.events[i];
    const bool atEvent = current && current->time == t;
    m_caption->setText(!current ? QString()
                       : QStringLiteral("<b>%1</b>%2 %3")
                             .arg(current->label.toHtmlEscaped(),
                                  atEvent ? QString() : tr(" (since step %1)").arg(current->time),
                                  current->caption.toHtmlEscaped()));
    m_next->setEnabled(nextStop(*m_document, t) >= 0);
    m_previous->setEnabled(previousStop(*m_document, t) >= 0);
}

} // namespace powerfield
