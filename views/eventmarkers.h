// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "theme.h"

#include <QObject>
#include <QVector>

class QCPAxisRect;
class QCPItemLine;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;

namespace powerfield {

// The scenario's events on a chart: a dashed line through every axis rect at the event's time
// and its label in a band above the top rect, in as many rows as the labels need not to overlap,
// so that a screenshot carries its own explanation.
class EventMarkers : public QObject
{
    Q_OBJECT

public:
    EventMarkers(QCustomPlot *plot, const QVector<QCPAxisRect *> &rects);

    void setTheme(const Theme &theme);
    // Replaces the markers; events are drawn in the order given (time order reads best). The
    // same times and labels as shown keep the markers (most edits change no event).
    void setEvents(const QVector<Event> &events);
    int count() const { return int(m_markers.size()); }
    int time(int index) const { return m_markers[index].time; }
    QString text(int index) const;
    // The marker (label or stem) under a widget pixel, or -1.
    int markerAt(const QPointF &pixel) const;
    int rowCount() const { return m_rows; }

private:
    struct Marker
    {
        int time = 0;
        QCPItemText *label = nullptr;
        QCPItemLine *stem = nullptr;
        QVector<QCPItemStraightLine *> lines;
    };
    void clear();
    void applyStyle(Marker &marker);
    void place(); // after every layout: rows, band height, pixel positions
    QVector<int> assignRows(const QVector<double> &xs, int *rows) const;
    double lineHeight() const;

    QCustomPlot *m_plot;
    QVector<QCPAxisRect *> m_rects;
    Theme m_theme;
    QVector<Marker> m_markers;
    QVector<QPair<int, QString>> m_shown; // time and label of each marker
    int m_rows = 0;
    bool m_placing = false;
};

} // namespace powerfield
