// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlayoutrunner.h"

#include "document.h"
#include "fieldscene.h"
#include "layoutscenario.h"

#include <QAction>
#include <QElapsedTimer>
#include <QTimer>

namespace powerfield {

namespace {
constexpr int kFrameMs = 16;
constexpr int kStepBudgetMs = 10; // of each frame, so painting keeps the rest
constexpr int kStepsPerFrame = 2;  // a small field would settle in one frame: let it be seen moving
} // namespace

FieldLayoutRunner::FieldLayoutRunner(Document *document, FieldScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_action(new QAction(tr("Automatic layout"), this))
    , m_timer(new QTimer(this))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setToolTip(tr("Spread the parties out until they come to rest; "
                            "parties you dragged stay where you put them"));
    m_timer->setInterval(kFrameMs);
    connect(m_timer, &QTimer::timeout, this, &FieldLayoutRunner::tick);
    connect(m_action, &QAction::toggled, this, [this](bool on) { on ? start() : stop(); });
    connect(scene, &FieldScene::synced, this, &FieldLayoutRunner::restart);
    connect(document, &Document::scenarioReset, this, &FieldLayoutRunner::cancel);
}

FieldLayoutRunner::~FieldLayoutRunner() = default;

void FieldLayoutRunner::start()
{
    if (isRunning() || !m_document)
        return;
    m_shown.clear();
    m_layout = std::make_unique<ScenarioLayout>(m_document->scenario());
    m_action->setChecked(true);
    if (m_layout->atRest()) { // nothing can move: one party, or all pinned
        stop();
        return;
    }
    m_timer->start();
}

void FieldLayoutRunner::tick()
{
    QElapsedTimer clock;
    clock.start();
    for (int steps = 0; steps < kStepsPerFrame && clock.elapsed() < kStepBudgetMs && m_layout->step(); ++steps) {
    }
    m_shown = m_layout->positions();
    m_scene->showPositions(m_shown);
    emit stepped();
    if (m_layout->atRest())
        stop();
}

void FieldLayoutRunner::stop()
{
    if (!isRunning())
        return;
    m_timer->stop();
    const std::unique_ptr<ScenarioLayout> layout = std::move(m_layout);
    m_action->setChecked(false);
    if (m_document && !m_shown.isEmpty())
        m_document->moveParties(m_shown, tr("Automatic layout"));
    m_shown.clear();
    emit finished();
}

void FieldLayoutRunner::restart()
{
    if (!isRunning() || !m_document)
        return;
    // The scene has just put every node back where the Document has it: carry on from where
    // the layout had them, except the parties the edit pinned.
    m_layout = std::make_unique<ScenarioLayout>(m_document->scenario(), m_shown);
    m_shown = m_layout->positions();
    m_scene->showPositions(m_shown);
}

void FieldLayoutRunner::cancel()
{
    if (!isRunning())
        return;
    m_timer->stop();
    m_layout.reset();
    m_shown.clear();
    m_action->setChecked(false);
}

} // namespace powerfield
