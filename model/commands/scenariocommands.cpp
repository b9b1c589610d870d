// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocommands.h"

namespace powerfield {

namespace {

DocumentChange metaChange(DocumentChange::Field field)
{
    DocumentChange c;
    c.kind = DocumentChange::Kind::Meta;
    c.field = field;
    return c;
}

} // namespace

ReplaceScenario::ReplaceScenario(Document *document, Scenario scenario, const QString &text)
    : QUndoCommand(text)
    , m_editor(document)
    , m_other(std::move(scenario))
{
}

void ReplaceScenario::undo() { swap(); }
void ReplaceScenario::redo() { swap(); }

void ReplaceScenario::swap()
{
    Scenario current = m_editor.scenario();
    m_editor.replace(m_other);
    m_other = std::move(current);
}

SetTitle::SetTitle(Document *document, const QString &title)
    : ChangeValue(document, CmdSetTitle, 0, title)
{
    updateText();
}

QString SetTitle::getValue() const { return scenario().title; }

void SetTitle::setValue(const QString &value)
{
    editor().edit(metaChange(DocumentChange::Field::Title),
                  [&](Scenario &s) { s.title = value; });
}

QString SetTitle::describe(const QString &value) const
{
    return Commands::tr("Set title to \"%1\"").arg(value);
}

SetScenarioTexts::SetScenarioTexts(Document *document, const ScenarioTexts &texts)
    : ChangeValue(document, CmdSetScenarioTexts, 0, texts)
{
    updateText();
}

ScenarioTexts SetScenarioTexts::getValue() const
{
    return {scenario().title, scenario().description, scenario().notes};
}

void SetScenarioTexts::setValue(const ScenarioTexts &value)
{
    editor().edit(metaChange(DocumentChange::Field::Title), [&](Scenario &s) {
        s.title = value.title;
        s.description = value.description;
        s.notes = value.notes;
    });
}

QString SetScenarioTexts::describe(const ScenarioTexts &) const
{
    return Commands::tr("Change the scenario's properties");
}

SetDuration::SetDuration(Document *document, int duration)
    : ChangeValue(document, CmdSetDuration, 0, duration)
{
    updateText();
}

int SetDuration::getValue() const { return scenario().duration; }

void SetDuration::setValue(const int &value)
{
    editor().edit(metaChange(DocumentChange::Field::Duration),
                  [&](Scenario &s) { s.duration = value; });
}

QString SetDuration::describe(const int &value) const
{
    return Commands::tr("Set duration to %n step(s)", nullptr, value);
}

} // namespace powerfield
