// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace powerfield {

class Document;

// Play, pause, step and reset through the story: the Document's current time jumps from event
// to event (and to the end), and the caption of the event in force is shown. Space and the right
// arrow step forward, the left arrow back; the actions can also be put on a toolbar or menu.
class TimeControls : public QWidget
{
    Q_OBJECT

public:
    explicit TimeControls(Document *document, QWidget *parent = nullptr);

    QAction *playAction() const { return m_play; }   // checkable: checked while playing
    QAction *nextAction() const { return m_next; }   // Space, Right
    QAction *previousAction() const { return m_previous; } // Left
    QAction *resetAction() const { return m_reset; } // Home: back to step 0
    bool isPlaying() const;
    int interval() const; // milliseconds between two steps while playing, from the speed
    QString captionText() const;

    // The story's stops: 0, every event time and the end, in order without duplicates.
    static QVector<int> stops(const Document &document);
    static int nextStop(const Document &document, int time);     // -1 at the end
    static int previousStop(const Document &document, int time); // -1 at the start

public slots:
    void stepForward();
    void stepBack();
    void reset();
    void setPlaying(bool playing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void tick();
    QToolButton *button(QAction *action);
    void fitIcons(); // to the font's height

    Document *m_document;
    QAction *m_play;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_reset;
    QComboBox *m_speed;
    QLabel *m_time;
    QLabel *m_caption;
    QTimer *m_timer;
};

} // namespace powerfield
