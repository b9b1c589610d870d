// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoveryprompt.h"
#include "theme.h"

#include <QMainWindow>
#include <QMessageBox>

class QDockWidget;
class QLabel;

namespace powerfield {

class AnalysisSummary;
class ClassSession;
class Autosave;
class Document;
class MainActions;
class RecentFiles;
class DependencePanel;
class FieldView;
class GlossaryDock;
class PresentationMode;
class ScenarioTree;
class UiZoom;
class ViewExporter;

// Powerfield's main window: one open document shown by the scenario tree (left dock) and the
// central view, with the menus, toolbar and status bar that act on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the file in place of the open document (without asking about unsaved changes:
    // the menu commands ask first). On failure shows the reader's message and keeps the
    // open document as it was.
    bool openFile(const QString &path);
    // Opens the embedded example NAME (see exampleNames()) as a new, untitled document.
    bool openExample(const QString &name);

    Document *document() const { return m_document; }
    ScenarioTree *scenarioTree() const { return m_tree; }
    AnalysisSummary *summary() const { return m_summary; }
    RecentFiles *recentFiles() const { return m_recent; }
    const MainActions *actions() const { return m_actions; }
    Autosave *autosave() const { return m_autosave; }
    GlossaryDock *glossaryDock() const { return m_glossaryDock; }
    FieldView *fieldView() const { return m_field; }
    ViewExporter *viewExporter() const { return m_exporter; }
    PresentationMode *presentationMode() const { return m_presentation; }
    UiZoom *uiZoom() const { return m_zoom; }
    ClassSession *classSession() const { return m_classSession; }

    // The view that has the keyboard focus, as named by viewNames(): panel, plot, else field.
    QString focusedView() const;
    // File > Export View: asks with the export dialog (view preselected when given) and writes
    // the picture; without dialogs (setInteractive(false)) it writes the remembered choice.
    bool exportView(const QString &view = QString());
    // Edit > Copy Image: the view (default: the focused one) as an image on the clipboard.
    bool copyImage(const QString &view = QString());

    // Offers to restore the unsaved changes an earlier session left (see Autosave).
    void offerRecovery();
    // For a termination signal: quits without questions, keeping a recovery copy of unsaved
    // changes to be offered at the next start.
    void quitKeepingRecovery();

    // Tests run without dialogs: warnings are only recorded (lastWarning()) and the question
    // about unsaved changes takes `unsavedAnswer` (Save, Discard or Cancel).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    void setUnsavedAnswer(QMessageBox::StandardButton answer) { m_unsavedAnswer = answer; }
    void setRecoveryAnswer(RecoveryAnswer answer) { m_recoveryAnswer = answer; }
    // What File > New starts from when there are no dialogs.
    enum class NewStart { TwoPeople, Empty };
    void setNewStart(NewStart start) { m_newStart = start; }
    // The answer, without dialogs, to "Should Mary want Company?" after a Shift-drag gives her a
    // desire she does not want (Yes: she wants it, in the same undo step; No: the provision alone).
    void setWantAnswer(QMessageBox::StandardButton answer) { m_wantAnswer = answer; }
    QString lastWarning() const { return m_lastWarning; }

    // The name in the title: the file's name, else the scenario's title, else "Untitled".
    QString documentName() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void newFile();
    void open();
    void openRecent(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void setupPlotDock();
    bool maybeSave();
    void addParty();
    void addDesire();
    void showAbout();
    void editProperties();

    void connectActions();
    void addClassroomParts();
    void addPictureParts();
    void nameUnnamedParts();
    void addPresentingParts();
    void addOption();
    void applyTheme(const Theme &theme);
    void updateEditActions();
    void retranslate();
    void retranslateHelp();
    void fillExamplesMenu();
    void updateTitle();
    void updateStatus();
    void warn(const QString &title, const QString &text);
    void readSettings();
    void placeOnFirstStart(const QRect &available);
    void fitToScreen(const QRect &available);
    void arrangeDocks(bool compact);
    void writeSettings() const;

    Document *m_document;
    ScenarioTree *m_tree;
    AnalysisSummary *m_summary;
    QDockWidget *m_treeDock;
    DependencePanel *m_panel;
    QDockWidget *m_panelDock;
    FieldView *m_field;
    QDockWidget *m_plotDock;
    RecentFiles *m_recent;
    MainActions *m_actions;
    GlossaryDock *m_glossaryDock = nullptr;
    QLabel *m_statusCounts;
    ViewExporter *m_exporter = nullptr;
    PresentationMode *m_presentation = nullptr;
    UiZoom *m_zoom = nullptr;
    ClassSession *m_classSession = nullptr;
    bool m_legendShown = true; // the field's legend before presentation mode hid it
    Autosave *m_autosave;
    bool m_interactive = true;
    RecoveryAnswer m_recoveryAnswer = RecoveryAnswer::Later;
    NewStart m_newStart = NewStart::Empty;
    QMessageBox::StandardButton m_unsavedAnswer = QMessageBox::Cancel;
    QMessageBox::StandardButton m_wantAnswer = QMessageBox::No;
    QString m_lastWarning;
    QList<QAction *> m_helpActions; // Getting Started, Glossary
};

} // namespace powerfield
