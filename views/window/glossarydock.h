// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QUrl>

class QAction;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace powerfield {

class Document;

// The help dock: a glossary of the theory's terms with their sources, the open scenario's teacher
// notes, and a plain-text description of the current state for screen readers and slide notes.
class GlossaryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit GlossaryDock(Document *document, QWidget *parent = nullptr);
    ~GlossaryDock() override;

    // Shows the dock on the page of TERM (an id or alias, optionally with "#anchor", as in
    // glossary::termFor()); false, and nothing changes, when no page explains it.
    bool showTerm(const QString &term);
    // Follows a link: glossary links show their term, web links open in the browser. Connect
    // QLabel::linkActivated here. Links in What's This texts are followed without wiring.
    void openLink(const QString &link);

    QString currentTerm() const; // the term on show
    QString description() const; // the state description, up to date
    // Puts the state description on the clipboard (Ctrl+Alt+C); for the Edit menu.
    QAction *copyDescriptionAction() const { return m_copyDescription; }
    void showDescription(); // the dock on its description tab

    QListWidget *termList() const { return m_list; }
    QTextBrowser *browser() const { return m_browser; }
    QPlainTextEdit *descriptionView() const { return m_description; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildGlossaryTab();
    QWidget *buildDescriptionTab();
    void retranslate();
    void fillTermList();
    void termSelected();
    void anchorClicked(const QUrl &link);
    void scenarioChanged();
    void scheduleDescription();
    void updateDescription();
    void copyDescription();
    void selectTerm(const QString &id);

    Document *m_document;
    QTabWidget *m_tabs;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPushButton *m_copyButton = nullptr;
    QAction *m_copyDescription;
    bool m_descriptionDirty = true;
    bool m_descriptionQueued = false;
};

} // namespace powerfield
