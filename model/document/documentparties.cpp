// SPDX-License-Identifier: GPL-3.0-or-later
// Document's edit functions for the scenario, its parties, needs and desires.
#include "document.h"

#include "changebuilders.h"

#include "commands/desirecommands.h"
#include "commands/needcommands.h"
#include "commands/partycommands.h"
#include "commands/scenariocommands.h"
#include "editchecks.h"

#include <QUndoCommand>

#include <algorithm>

namespace powerfield {

bool Document::setTitle(const QString &title, QString *error)
{
    if (!checks::text(title, limits::kMaxNameLength, tr("The title"), error))
        return false;
    return title == scenario().title || push(new SetTitle(this, title));
}

bool Document::setScenarioTexts(const ScenarioTexts &texts, QString *)
{
    const Scenario &s = scenario();
    return texts == ScenarioTexts{s.title, s.description, s.notes}
        || push(new SetScenarioTexts(this, texts));
}

bool Document::setDuration(int duration, QString *error)
{
    if (duration < 1)
        return checks::fail(error, tr("The duration must be at least one step"));
    if (duration > kMaxDuration)
        return checks::fail(error, tr("The duration must be at most %1 steps").arg(kMaxDuration));
    const auto &events = scenario().events;
    const auto last = std::max_element(events.cbegin(), events.cend(),
                                       [](const Event &a, const Event &b) { return a.time < b.time; });
    if (last != events.cend() && last->time > duration)
        return checks::fail(error, tr("An event lies at time %1, after the end").arg(last->time));
    return duration == scenario().duration || push(new SetDuration(this, duration));
}

bool Document::addParty(const Party &party, QString *error)
{
    if (!checks::partyRecord(scenario(), party, error))
        return false;
    Party p = party;
    if (p.color.isEmpty())
        p.color = paletteColor(int(scenario().parties.size()));
    return push(addPartyCommand(this, p));
}

bool Document::removeParty(const QString &id, QString *error)
{
    return checks::party(scenario(), id, error) && push(removePartyCommand(this, id));
}

bool Document::renameParty(const QString &id, const QString &name, QString *error)
{
    if (!checks::party(scenario(), id, error) || !checks::name(name, error))
        return false;
    return name == scenario().party(id)->name || push(new RenameParty(this, id, name));
}

bool Document::setPartyColor(const QString &id, const QString &color, QString *error)
{
    if (!checks::party(scenario(), id, error))
        return false;
    if (!isValidColor(color))
        return checks::fail(error, tr("\"%1\" is not a colour of the form #RRGGBB").arg(color));
    return color == scenario().party(id)->color || push(new SetPartyColor(this, id, color));
}

bool Document::setPartyKind(const QString &id, PartyKind kind, QString *error)
{
    if (!checks::party(scenario(), id, error) || !checks::kind(kind, error))
        return false;
    return kind == scenario().party(id)->kind || push(new SetPartyKind(this, id, kind));
}

bool Document::setPartyActive(const QString &id, bool active, QString *error)
{
    Change c = changes::party(id);
    c.active = active;
    return editAtCurrentTime(c, error);
}

bool Document::setComparisonLevel(const QString &id, double value, QString *error)
{
    Change c = changes::party(id);
    c.comparisonLevel = value;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the party's fields in the written scenario.
bool Document::writeParty(const Change &c, QString *error)
{
    const Party *p = scenario().party(c.party);
    if (c.active && *c.active != p->active && !push(new SetPartyActive(this, c.party, *c.active)))
        return false;
    if (c.comparisonLevel && *c.comparisonLevel != p->comparisonLevel)
        push(new SetComparisonLevel(this, c.party, *c.comparisonLevel));
    return !(c.x || c.y) || moveParty(c.party, QPointF(c.x.value_or(p->x), c.y.value_or(p->y)), error);
}

bool Document::moveParty(const QString &id, QPointF position, QString *error)
{
    if (!checks::party(scenario(), id, error) || !checks::coordinate(position.x(), tr("x"), error)
        || !checks::coordinate(position.y(), tr("y"), error))
        return false;
    const Party *p = scenario().party(id);
    return (position.x() == p->x && position.y() == p->y) || push(new MoveParty(this, id, position));
}

bool Document::setImportance(const QString &party, const QString &desire, double importance,
                             QString *error)
{
    Change c = changes::need(party, desire);
    c.importance = importance;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the need in the written scenario, added when absent.
bool Document::writeImportance(const QString &party, const QString &desire, double importance,
                               QString *)
{
    const Party *p = scenario().party(party);
    const int i = p->needIndex(desire);
    return (i >= 0 && p->needs[i].importance == importance)
           || push(new SetImportance(this, party, desire, importance));
}

bool Document::addNeed(const QString &party, const QString &desire, double importance,
                       QString *error)
{
    const Scenario &s = scenario();
    if (!checks::party(s, party, error) || !checks::desire(s, desire, error)
        || !checks::unit(importance, tr("The importance"), error))
        return false;
    if (s.party(party)->needIndex(desire) >= 0)
        return checks::fail(error, tr("%1 wants %2 already").arg(party, desire));
    return push(addNeedCommand(this, party, desire, importance));
}

bool Document::hasNeed(const QString &party, const QString &desire) const
{
    const Scenario &s = scenario();
    if (const Party *p = s.party(party); p && p->needIndex(desire) >= 0)
        return true;
    for (const Event &e : s.events) {
        for (const Change &c : e.changes) {
            if (c.target == Change::Target::Need && c.party == party && c.desire == desire)
                return true;
        }
    }
    return false;
}

bool Document::removeNeed(const QString &party, const QString &desire, QString *error)
{
    if (!checks::party(scenario(), party, error) || !checks::desire(scenario(), desire, error))
        return false;
    if (!hasNeed(party, desire))
        return checks::fail(error, tr("%1 has no need for %2").arg(party, desire));
    return push(removeNeedCommand(this, party, desire));
}

bool Document::addDesire(const Desire &desire, QString *error)
{
    if (!checks::newId(desire.id, scenario().desireIndex(desire.id) >= 0, error)
        || !checks::name(desire.name, error) || !checks::base(desire.base, error))
        return false;
    return push(addDesireCommand(this, desire));
}

bool Document::addWantedDesire(const Desire &desire, const QString &party, double importance,
                               QString *error)
{
    if (!checks::newId(desire.id, scenario().desireIndex(desire.id) >= 0, error)
        || !checks::name(desire.name, error) || !checks::base(desire.base, error)
        || !checks::party(scenario(), party, error)
        || !checks::unit(importance, tr("The importance"), error))
        return false;
    return push(addWantedDesireCommand(this, desire, party, importance));
}

bool Document::removeDesire(const QString &id, QString *error)
{
    return checks::desire(scenario(), id, error) && push(removeDesireCommand(this, id));
}

bool Document::renameDesire(const QString &id, const QString &name, QString *error)
{
    if (!checks::desire(scenario(), id, error) || !checks::name(name, error))
        return false;
    return name == scenario().desires[scenario().desireIndex(id)].name
           || push(new RenameDesire(this, id, name));
}

bool Document::setDesireBase(const QString &id, PowerBase base, QString *error)
{
    if (!checks::desire(scenario(), id, error) || !checks::base(base, error))
        return false;
    return base == scenario().desires[scenario().desireIndex(id)].base
           || push(new SetDesireBase(this, id, base));
}

} // namespace powerfield
