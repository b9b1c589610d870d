// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QGraphicsView>
#include <QSet>

#include <functional>

class QAction;
class QGraphicsLineItem;
class QMenu;
class QVariantAnimation;

namespace powerfield {

class Document;
class FieldLayoutRunner;
class FieldLegendOverlay;
class FieldScene;
struct Provision;

// The social field on screen, editable: drag nodes, click to select parties and dyads, Delete,
// double-click to rename, context menus, tooltips that read the dyad in words, zoom and fit.
// Every edit goes through the Document; the picture follows the Document's signals.
class FieldView : public QGraphicsView
{
    Q_OBJECT

public:
    // Asks for a name (title, label, current name); returns false when the user cancels.
    using NamePrompt = std::function<bool(const QString &title, const QString &label, QString *name)>;

    // Asks which desire `from` gives `to` and how well; returns false when the user cancels.
    using ProvisionPrompt = std::function<bool(const QString &from, const QString &to, QString *desire,
                                               double *quality)>;
    // Whether `to`, given a desire it does not want, should come to want it (true: Yes).
    using WantQuestion = std::function<bool(const QString &from, const QString &to, const QString &desire)>;
    // Edits the qualities of a dyad's provisions in place; returns false when the user cancels.
    using ProvisionEditor = std::function<bool(const QString &a, const QString &b, QVector<Provision> *provisions)>;

    explicit FieldView(Document *document, QWidget *parent = nullptr);
    ~FieldView() override;

    Document *document() const { return m_document; }
    FieldScene *fieldScene() const { return m_scene; }

    void setTheme(const Theme &theme);
    void setShowNumbers(bool show);
    void setShowInactive(bool show);
    void setAnimated(bool animated);
    bool isLegendVisible() const;
    void setLegendVisible(bool visible);
    // The legend folded to its title row (the user's choice, remembered between sessions).
    bool isLegendFolded() const;
    void setLegendFolded(bool folded);
    // The legend's rectangle in viewport coordinates (empty when hidden).
    QRect legendRect() const;
    // Replaces the rename dialog (a QInputDialog), e.g. in tests.
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }
    // Replace the dialogs for a new provision (Shift-drag) and a link's provisions (Enter).
    void setProvisionPrompt(ProvisionPrompt prompt) { m_provisionPrompt = std::move(prompt); }
    void setProvisionEditor(ProvisionEditor editor) { m_provisionEditor = std::move(editor); }
    // Replaces the question (a QMessageBox) asked for a provision the receiver does not want.
    void setWantQuestion(WantQuestion question) { m_wantQuestion = std::move(question); }

    // The checkable "Automatic layout" (Ctrl+Shift+L), for the window's menus and toolbar.
    QAction *autoLayoutAction() const;
    FieldLayoutRunner *layoutRunner() const { return m_layoutRunner; }

    double zoom() const;
    void zoomIn();
    void zoomOut();
    // Fits the whole field to the view with a margin, beside the legend; from then on the view
    // fits again when it is resized or parties and options come or go, until the user zooms or pans.
    void fitToWindow();
    // Whether the view follows the field (no zoom or pan by the user since the last fit).
    bool isAutoFit() const { return m_autoFit; }

    // Free space in sight near the selected party (or the field's middle), where a new party goes.
    QPointF freeSpot() const;
    // Adds a party at freeSpot(), selected; false when the Document refused.
    bool addParty();

    // Edits through the Document; false when it refused or the user cancelled.
    bool renameParty(const QString &id);
    bool removeSelection();
    bool addPartyAt(QPointF scenePos);
    bool addOptionFor(const QString &owner);
    // `from` provides `to` with a desire the prompt asks for, as one undo step.
    bool linkParties(const QString &from, const QString &to);
    // Enter: rename the selected party, or edit the provisions of the selected link.
    bool editSelection();
    // The menu for a scene point (party, link or empty space), owned by the caller.
    QMenu *createContextMenu(QPointF scenePos, QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onSynced();
    void onReset();
    void refit(bool animated);
    void applyView(double scale, QPointF centre);
    void updateLabelPixels();
    QSet<QString> drawnIds() const;
    void scaleBy(double factor);
    void nudge(QPointF delta);
    bool cycleSelection(bool next);
    QString toolTipAt(QPointF scenePos) const;
    void placeLegend();
    void beginDrag(const QString &party);
    void endDrag();
    void dragLinkTo(QPointF scenePos);
    bool editDyad(const QString &a, const QString &b);

    Document *m_document;
    FieldScene *m_scene;
    FieldLegendOverlay *m_legend = nullptr;
    QVariantAnimation *m_fitAnimation = nullptr;
    QSet<QString> m_drawn;    // the parties and options drawn at the last sync
    quint64 m_drawnRevision = ~quint64(0); // the scene's drawnRevision() m_drawn was read at
    int m_legendCorner = 0;   // a FieldCorner
    double m_fromScale = 1.0; // the animated refit: from here...
    QPointF m_fromCentre;
    double m_toScale = 1.0;   // ...to here
    QPointF m_toCentre;
    NamePrompt m_prompt;
    ProvisionPrompt m_provisionPrompt;
    ProvisionEditor m_provisionEditor;
    WantQuestion m_wantQuestion;
    FieldLayoutRunner *m_layoutRunner;
    QGraphicsLineItem *m_linkLine = nullptr; // the rubber band of a Shift-drag
    QString m_dragParty;
    QPointF m_pressScene;
    QPoint m_pressView;
    QPointF m_dragStart;
    bool m_gestureOpen = false;
    bool m_linking = false;
    bool m_panning = false;
    bool m_autoFit = true;
};

} // namespace powerfield
