// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>

#include <memory>

class QAction;
class QTimer;

namespace powerfield {

class Document;
class FieldScene;
class ScenarioLayout;

// Runs the automatic layout on the field, animated: a few steps per frame shown on the scene
// only, and when it stops (at rest, or switched off) the new positions go to the Document as
// one undo step. Edits meanwhile (a drag pins the party) restart it from where the nodes are.
class FieldLayoutRunner : public QObject
{
    Q_OBJECT

public:
    FieldLayoutRunner(Document *document, FieldScene *scene, QObject *parent = nullptr);
    ~FieldLayoutRunner() override;

    // Checkable "Automatic layout" (Ctrl+Shift+L): on while the layout runs.
    QAction *action() const { return m_action; }
    bool isRunning() const { return m_layout != nullptr; }
    void start();
    // Writes the positions reached so far as one undo step.
    void stop();

signals:
    void stepped();  // after each frame's steps are drawn, so the view can keep the field in sight
    void finished(); // after the positions are written

private:
    void tick();
    void restart(); // the Document changed under the running layout
    void cancel();  // a new scenario: nothing to write

    QPointer<Document> m_document;
    FieldScene *m_scene;
    QAction *m_action;
    QTimer *m_timer;
    std::unique_ptr<ScenarioLayout> m_layout;
    QHash<QString, QPointF> m_shown; // as drawn now
};

} // namespace powerfield
