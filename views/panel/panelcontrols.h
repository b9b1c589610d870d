// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "sweep.h"

#include <functional>

class QWidget;

namespace powerfield {

class Document;
class ValueSlider;
struct ValueAccess;

// Builds the panel's editing controls for one dyad or one party, and keeps a way to mirror each
// of them from the document again.
class PanelControls : public QObject
{
    Q_OBJECT

public:
    explicit PanelControls(Document *document, QObject *parent = nullptr);

    // One group per desire `a` or `b` has a need for: wants, provisions, best alternatives.
    QWidget *desireGroup(const QString &desire, const QString &a, const QString &b);
    // The same for presentation mode: a column per party (its first label names it), brief labels.
    QWidget *desireColumns(const QString &desire, const QString &a, const QString &b);
    // "Abe wants…": a menu of the desires `party` does not want yet and a new one (at 0.5).
    QWidget *addDesireButton(const QString &party);
    QWidget *investmentGroup(const QString &a, const QString &b);
    QWidget *expectationGroup(const QString &a, const QString &b);
    QWidget *needsGroup(const QString &party);

    // Compact (presentation): brief labels, and no "Add an outside option" buttons.
    void setCompact(bool compact) { m_compact = compact; }

    void syncAll();
    bool isDragging() const;
    const QList<ValueSlider *> &sliders() const { return m_sliders; }
    ValueSlider *slider(const QString &objectName) const;

signals:
    void gestureFinished();
    void sweepRequested(const powerfield::SweepTarget &target);

private:
    void addSide(QWidget *group, const QString &desire, const QString &self, const QString &partner);
    ValueSlider *addLabelled(QWidget *group, const QString &objectName, const QString &full,
                             const QString &brief, const ValueAccess &access, const QString &definition);
    ValueSlider *add(QWidget *group, const QString &objectName, const QString &label,
                     const ValueAccess &access, const QString &definition);

    Document *m_document;
    QList<ValueSlider *> m_sliders;
    QList<std::function<void()>> m_syncs; // for controls that are not sliders
    bool m_compact = false;
};

// Everything the controls' layout depends on; when it changes, the panel builds them again.
QString controlsSignature(const Document &document, const QString &a, const QString &b);
// The desires `a` or `b` has a need for, `a`'s first, in order of needs.
QStringList panelDesires(const Document &document, const QString &a, const QString &b);

} // namespace powerfield
