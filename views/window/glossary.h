// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace powerfield {

struct Scenario;

// The glossary's terms and pages: the ids that `glossary:TERM` links name, their translated
// titles, and the page text for the current language (":/glossary/LANG/TERM.html" when present,
// else the English ":/glossary/TERM.html").
namespace glossary {

// The page that shows the open scenario's teacher notes; it is written by the glossary dock.
inline const QString kNotes = QStringLiteral("notes");
inline const QString kScheme = QStringLiteral("glossary");

// Every term in the order of the glossary's list, the overview first.
QStringList terms();
QString title(const QString &term);
// The term an id or one of its aliases ("cl", "clalt", "investment", ...) names; empty if none.
QString resolve(const QString &termOrAlias);
// The page for the language of the default QLocale, falling back to English; empty if unknown.
QString page(const QString &term);

// The teacher-notes page of a scenario: its title, its story and its notes, the notes' lines
// that start with "- " shown as lists.
QString notesPage(const Scenario &scenario);

// The term that explains each of explain's terms, for tooltips and sentences that link to it.
QString termFor(explain::Term term);
QUrl url(const QString &term);          // glossary:TERM
QString link(const QString &term, const QString &text); // <a href="glossary:TERM">text</a>
// A What's This text: `text` (plain) and a link to the glossary's page on `term`. Clicking the
// link opens the page (GlossaryDock follows What's This links anywhere in the program).
QString whatsThis(const QString &text, const QString &term);
QString whatsThis(explain::Term term); // explain's definition and its page

// The term a glossary link names (resolved), empty for any other link.
QString termOfLink(const QUrl &link);

} // namespace glossary

} // namespace powerfield
