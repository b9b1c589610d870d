// SPDX-License-Identifier: GPL-3.0-or-later
// Document::load and save, apart from document.cpp so that code which never touches files
// links without the reader and writer.
#include "document.h"

#include "scenarioreader.h"
#include "scenariowriter.h"

#include <QUndoStack>

namespace powerfield {

bool Document::load(const QString &path, QString *error)
{
    Scenario scenario;
    ScenarioError problem;
    if (!readScenarioFile(path, &scenario, &problem)) {
        if (error)
            *error = problem.message();
        return false;
    }
    setScenario(scenario, path);
    return true;
}

// The selection and lens are not stored into scenario().ui: that would change the written
// scenario without an undo command and dirty the document; ui stays as loaded.
bool Document::save(const QString &path, QString *error)
{
    if (!writeScenarioFile(path, scenario(), error))
        return false;
    markSaved(path);
    return true;
}

} // namespace powerfield
