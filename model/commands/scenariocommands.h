// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

namespace powerfield {

// Replaces the whole written scenario (reset to saved) and puts it back on undo.
class ReplaceScenario : public QUndoCommand
{
public:
    ReplaceScenario(Document *document, Scenario scenario, const QString &text);
    void undo() override;
    void redo() override;

private:
    DocumentEditor m_editor;
    Scenario m_other; // the scenario that is not in the document
    void swap();
};

// Sets the scenario's title.
class SetTitle : public ChangeValue<int, QString>
{
public:
    SetTitle(Document *document, const QString &title);

protected:
    QString getValue() const override;
    void setValue(const QString &value) override;
    QString describe(const QString &value) const override;
};

// Sets the scenario's title, description and teacher notes together (File > Properties).
class SetScenarioTexts : public ChangeValue<int, ScenarioTexts>
{
public:
    SetScenarioTexts(Document *document, const ScenarioTexts &texts);

protected:
    ScenarioTexts getValue() const override;
    void setValue(const ScenarioTexts &value) override;
    QString describe(const ScenarioTexts &value) const override;
};

// Sets the scenario's duration in steps.
class SetDuration : public ChangeValue<int, int>
{
public:
    SetDuration(Document *document, int duration);

protected:
    int getValue() const override;
    void setValue(const int &value) override;
    QString describe(const int &value) const override;
};

} // namespace powerfield
