// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's pictures (export, copy image), presentation mode, UI zoom, lens and outside
// options: wiring only, kept apart from the file and editing commands in mainwindow.cpp.
#include "mainwindow.h"

#include "dependencepanel.h"
#include "document.h"
#include "exportdialog.h"
#include "fieldscene.h"
#include "fieldview.h"
#include "glossarydock.h"
#include "mainactions.h"
#include "powerplot.h"
#include "presentationmode.h"
#include "timecontrols.h"
#include "uizoom.h"
#include "viewexporter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>

#include <cmath>

namespace powerfield {

namespace {
constexpr int kStatusTimeout = 5000;
} // namespace

// Names for screen readers where the views' own files give none (see tst_access).
void MainWindow::nameUnnamedParts()
{
    if (auto *controls = m_plotDock->findChild<TimeControls *>())
        controls->setAccessibleName(tr("Story controls"));
    if (auto *scroll = m_panel->findChild<QScrollArea *>())
        scroll->setAccessibleName(tr("Sliders of the dependence panel"));
}

void MainWindow::addPictureParts()
{
    nameUnnamedParts();
    m_exporter = new ViewExporter(m_document, this);
    m_exporter->addDockActions(m_panelDock, QStringLiteral("panel"));
    m_exporter->addDockActions(m_plotDock, QStringLiteral("plot"));
    m_exporter->extendContextMenu(m_field->viewport(), [this](QPoint pos, QWidget *parent) {
        return m_field->createContextMenu(m_field->mapToScene(pos), parent);
    }, QStringLiteral("field"));
    connect(m_actions->exportView, &QAction::triggered, this, [this] { exportView(); });
    connect(m_actions->copyImage, &QAction::triggered, this, [this] { copyImage(); });
    connect(m_exporter, &ViewExporter::exportRequested, this, [this](const QString &view) { exportView(view); });
    connect(m_exporter, &ViewExporter::copyRequested, this, [this](const QString &view) { copyImage(view); });
}

QString MainWindow::focusedView() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && m_panelDock->isAncestorOf(focus))
        return QStringLiteral("panel");
    if (focus && m_plotDock->isAncestorOf(focus))
        return QStringLiteral("plot");
    return QStringLiteral("field");
}

bool MainWindow::exportView(const QString &view)
{
    ViewExportChoice choice = ViewExportChoice::remembered();
    if (!view.isEmpty())
        choice.view = view;
    if (m_interactive) {
        ExportDialog dialog(this);
        dialog.setChoice(choice);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        choice = dialog.choice();
    }
    choice.remember();
    choice.request.title = m_document->scenario().title;
    QString error;
    if (!m_exporter->exportView(choice, &error)) {
        warn(tr("Cannot export the view"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(choice.request.path)), kStatusTimeout);
    return true;
}

bool MainWindow::copyImage(const QString &view)
{
    const QString name = view.isEmpty() ? focusedView() : view;
    QWidget *shown = m_field;
    if (name == QLatin1String("panel"))
        shown = m_panelDock->widget();
    else if (name == QLatin1String("plot"))
        shown = m_plotDock->findChild<PowerPlot *>();
    // As large as it is on screen (a hidden view gets a slide's size), as sharp as the screen.
    QSize size = shown && shown->isVisible() ? shown->size() : QSize();
    if (size.width() < 16 || size.height() < 16)
        size = QSize(1600, 900);
    const int scale = std::clamp(int(std::ceil(devicePixelRatioF())), 1, 4);
    if (!m_exporter->copyImage(name, size, scale, m_field->fieldScene()->theme())) {
        warn(tr("Cannot copy the image"), tr("The view could not be drawn."));
        return false;
    }
    statusBar()->showMessage(tr("Copied an image of %1 × %2 pixels to the clipboard.")
                                 .arg(size.width() * scale)
                                 .arg(size.height() * scale),
                             kStatusTimeout);
    return true;
}

void MainWindow::applyTheme(const Theme &theme)
{
    // The field's legend would cover much of the field in large type: the lecturer explains it.
    if (theme.presentation) {
        m_legendShown = m_field->isLegendVisible();
        m_field->setLegendVisible(false);
    } else {
        m_field->setLegendVisible(m_legendShown);
    }
    m_field->setTheme(theme);
    m_panel->setTheme(theme);
    if (auto *plot = m_plotDock->findChild<PowerPlot *>())
        plot->setTheme(theme);
}

// Presentation mode and the UI zoom (View menu and toolbar), the lens and Add Outside Option.
void MainWindow::addPresentingParts()
{
    m_zoom = new UiZoom(m_field, this);
    m_presentation = new PresentationMode(this, m_zoom, [this](const Theme &theme) { applyTheme(theme); });
    // The dock tabs beside the panel go too: the class sees the field, the panel and the plot.
    QWidget *summaryDock = findChild<QDockWidget *>(QStringLiteral("summaryDock"));
    m_presentation->setChrome({m_treeDock, m_glossaryDock, summaryDock, m_actions->toolBar, statusBar()});
    m_presentation->setDocks({m_panelDock, m_plotDock});
    m_presentation->setStoryWidget(m_plotDock->findChild<TimeControls *>());
    // The field keeps most of the screen; the panel a third of the width, the plot and the story
    // band below it a little under half the height (the plot's one chart needs 150 px at 720).
    m_presentation->setArrange([this] {
        m_panelDock->show();
        m_plotDock->show();
        resizeDocks({m_plotDock}, {int(height() * (height() < 800 ? 0.5 : 0.45))}, Qt::Vertical);
        resizeDocks({m_panelDock}, {int(width() * 0.32)}, Qt::Horizontal);
    });
    QMenu *view = m_actions->viewMenu();
    view->addActions({m_zoom->zoomInAction(), m_zoom->zoomOutAction(), m_zoom->resetAction()});
    view->addSeparator();
    view->addAction(m_presentation->toggleAction());
    m_field->autoLayoutAction()->setIcon(MainActions::icon(QStringLiteral("layout-auto")));
    view->addAction(m_field->autoLayoutAction());
    m_actions->toolBar->addAction(m_presentation->toggleAction());
    m_actions->toolBar->addAction(m_field->autoLayoutAction());

    connect(m_actions->lensActual, &QAction::toggled, this,
            [this](bool actual) { m_document->setLens(actual ? Lens::Actual : Lens::Perceived); });
    connect(m_document, &Document::lensChanged, this, &MainWindow::updateEditActions);
    connect(m_document, &Document::selectionChanged, this, &MainWindow::updateEditActions);
    connect(m_document, &Document::scenarioReset, this, &MainWindow::updateEditActions);
    connect(m_actions->addOption, &QAction::triggered, this, &MainWindow::addOption);
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    {
        const QSignalBlocker blocker(m_actions->lensActual);
        m_actions->lensActual->setChecked(m_document->lens() == Lens::Actual);
    }
    const Selection s = m_document->selection();
    m_actions->addOption->setEnabled(!s.isEmpty() && !s.isDyad());
}

void MainWindow::addOption()
{
    const Selection s = m_document->selection();
    if (s.isEmpty() || s.isDyad()) {
        warn(tr("Cannot add an outside option"), tr("Select one party first: the option is that party's alternative."));
        return;
    }
    if (!m_field->addOptionFor(s.a))
        warn(tr("Cannot add an outside option"), tr("The selected party is not in the scenario."));
}

} // namespace powerfield
