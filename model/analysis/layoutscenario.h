// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forcelayout.h"
#include "scenario.h"

#include <QHash>
#include <QPointF>
#include <QStringList>

#include <memory>

namespace powerfield {

// The automatic layout of a scenario's parties: every party is a node, every dyad with
// provisions a spring pulling harder the more the two depend on what they give each other
// (quality times importance, both ways), and the parties the user placed by hand (pinned, kept
// in the file's `ui`) stay where they are. The window steps it per frame; --layout runs it to rest.
class ScenarioLayout
{
public:
    // Starts from the parties' positions in `scenario`, or from `start` for the ids it holds.
    explicit ScenarioLayout(const Scenario &scenario, const QHash<QString, QPointF> &start = {},
                            core::LayoutOptions options = {});
    ~ScenarioLayout();

    bool step(); // false once at rest
    int runToRest();
    bool atRest() const;
    int steps() const;
    // Every party's position now, by id.
    QHash<QString, QPointF> positions() const;

private:
    QStringList m_ids;
    std::unique_ptr<core::ForceLayout> m_layout;
};

// The ids of the parties the user placed by hand, from `ui.pinnedParties`.
QStringList pinnedParties(const Scenario &scenario);
// Writes them back (sorted, without repeats); an empty list removes the key.
void setPinnedParties(Scenario &scenario, QStringList ids);
// A copy of `scenario` with every party moved to where the layout comes to rest.
Scenario laidOut(const Scenario &scenario);

} // namespace powerfield
