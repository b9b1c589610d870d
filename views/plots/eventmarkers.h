// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "theme.h"

#include <QObject>
#include <QRectF>
#include <QVector>

class QCPAxisRect;
class QCPPainter;
class QCustomPlot;

namespace powerfield {

class EventMarkerItem;

// The scenario's events on a chart: a dashed line through every visible axis rect at the
// event's time and its label in a band above the top rect, in as many rows as the caller allows
// (place()); the labels that find no room without overlapping another become short ticks, whose
// label the tooltip gives. Two plot items draw every marker, so the cost grows linearly with the
// number of events (a hundred thousand stay cheap), and the dashed lines once per pixel column.
class EventMarkers : public QObject
{
    Q_OBJECT

public:
    EventMarkers(QCustomPlot *plot, const QVector<QCPAxisRect *> &rects);

    void setTheme(const Theme &theme);
    // Replaces the markers; events are drawn in time order. The same times and labels as shown
    // keep the markers (most edits change no event), and return false.
    bool setEvents(const QVector<Event> &events);
    int count() const { return int(m_markers.size()); }
    int time(int index) const { return m_markers[index].time; }
    QString text(int index) const; // the whole label, also of a marker drawn as a tick
    bool isLabelled(int index) const { return m_markers[index].row >= 0; }
    QRectF labelRect(int index) const { return m_markers[index].rect; } // empty for a tick
    int labelledCount() const;
    // The marker (label, stem or tick) under a widget pixel, or -1.
    int markerAt(const QPointF &pixel) const;
    int rowCount() const { return m_rows; }
    // Places the labels for the current layout, in at most `maxRows` rows; true when the band
    // above the top rect changed height (the caller lays the plot out again).
    bool place(int maxRows);

private:
    friend class EventMarkerItem;
    struct Marker
    {
        int time = 0;
        QString text;
        double width = -1; // of the whole label in the label font, measured once
        double x = 0;
        int row = -1;      // -1: a tick
        bool leftOfStem = false;
        QString shown;     // the text drawn: elided when the label is wider than the plot
        QRectF rect;       // the label's, in widget pixels
    };
    void paintLines(QCPPainter *painter) const;
    void paintLabels(QCPPainter *painter) const;
    double lineHeight() const;
    QFont font() const;

    QCustomPlot *m_plot;
    QVector<QCPAxisRect *> m_rects;
    Theme m_theme;
    QVector<Marker> m_markers;        // in time order
    QVector<QPair<int, QString>> m_shown; // time and label of each marker, as given
    QVector<double> m_columns;        // the distinct pixel columns of the markers
    double m_rectTop = 0;
    int m_rows = 0;
    EventMarkerItem *m_lines = nullptr;
    EventMarkerItem *m_labels = nullptr;
};

} // namespace powerfield
