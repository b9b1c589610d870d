// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutscenario.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace powerfield {

namespace {

const QString kPinnedKey = QStringLiteral("pinnedParties");

// A spring for each dyad with provisions: 0.25 for the faintest tie up to 1 for a dyad whose
// two parties get at least two full units of quality times importance from each other.
std::vector<core::LayoutEdge> springs(const Scenario &s, const QHash<QString, int> &index)
{
    QHash<std::pair<int, int>, double> strength;
    for (const Provision &p : s.provisions) {
        const int from = index.value(p.from, -1);
        const int to = index.value(p.to, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        const double importance = s.parties[to].importance(p.desire);
        strength[{std::min(from, to), std::max(from, to)}] += p.rating.quality * importance;
    }
    std::vector<core::LayoutEdge> edges;
    edges.reserve(std::size_t(strength.size()));
    for (auto it = strength.cbegin(); it != strength.cend(); ++it)
        edges.push_back({it.key().first, it.key().second, 0.25 + 0.75 * std::min(1.0, it.value() / 2.0)});
    // A hash has no stable order; the layout must be the same on every run.
    std::sort(edges.begin(), edges.end(), [](const core::LayoutEdge &a, const core::LayoutEdge &b) {
        return a.a != b.a ? a.a < b.a : a.b < b.b;
    });
    return edges;
}

} // namespace

ScenarioLayout::ScenarioLayout(const Scenario &scenario, const QHash<QString, QPointF> &start,
                               core::LayoutOptions options)
{
    const QStringList pinned = pinnedParties(scenario);
    const QSet<QString> fixed(pinned.cbegin(), pinned.cend());
    QHash<QString, int> index;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<bool> pins;
    for (const Party &p : scenario.parties) {
        index.insert(p.id, int(m_ids.size()));
        m_ids << p.id;
        const bool pin = fixed.contains(p.id);
        const QPointF at = !pin && start.contains(p.id) ? start.value(p.id) : QPointF(p.x, p.y);
        x.push_back(at.x());
        y.push_back(at.y());
        pins.push_back(pin);
    }
    m_layout = std::make_unique<core::ForceLayout>(std::move(x), std::move(y), springs(scenario, index),
                                                   std::move(pins), options);
}

ScenarioLayout::~ScenarioLayout() = default;

bool ScenarioLayout::step()
{
    return m_layout->step();
}

int ScenarioLayout::runToRest()
{
    return m_layout->runToRest();
}

bool ScenarioLayout::atRest() const
{
    return m_layout->atRest();
}

int ScenarioLayout::steps() const
{
    return m_layout->steps();
}

QHash<QString, QPointF> ScenarioLayout::positions() const
{
    QHash<QString, QPointF> result;
    result.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i)
        result.insert(m_ids[i], QPointF(m_layout->xs()[i], m_layout->ys()[i]));
    return result;
}

QStringList pinnedParties(const Scenario &scenario)
{
    QStringList ids;
    for (const QJsonValue &v : scenario.ui.value(kPinnedKey).toArray())
        if (v.isString())
            ids << v.toString();
    return ids;
}

void setPinnedParties(Scenario &scenario, QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        scenario.ui.remove(kPinnedKey);
        return;
    }
    scenario.ui.insert(kPinnedKey, QJsonArray::fromStringList(ids));
    scenario.hasUi = true;
}

Scenario laidOut(const Scenario &scenario)
{
    ScenarioLayout layout(scenario);
    layout.runToRest();
    const QHash<QString, QPointF> at = layout.positions();
    Scenario result = scenario;
    for (Party &p : result.parties) {
        p.x = at.value(p.id).x();
        p.y = at.value(p.id).y();
    }
    return result;
}

} // namespace powerfield
