// SPDX-License-Identifier: GPL-3.0-or-later
// Document's edit functions for the events of the timeline.
#include "document.h"

#include "commands/eventcommands.h"
#include "editchecks.h"

namespace powerfield {

namespace {

bool findEvent(const Scenario &s, int index, QString *error)
{
    if (index >= 0 && index < s.events.size())
        return true;
    return checks::fail(error, Document::tr("There is no event %1").arg(index));
}

bool findChange(const Scenario &s, int index, int change, QString *error)
{
    if (!findEvent(s, index, error))
        return false;
    if (change >= 0 && change < s.events[index].changes.size())
        return true;
    return checks::fail(error, Document::tr("The event has no change %1").arg(change));
}

} // namespace

bool Document::addEvent(const Event &event, QString *error)
{
    return checks::event(scenario(), event, error) && push(addEventCommand(this, event));
}

bool Document::removeEvent(int index, QString *error)
{
    return findEvent(scenario(), index, error) && push(removeEventCommand(this, index));
}

bool Document::setEventTime(int index, int time, QString *error)
{
    if (!findEvent(scenario(), index, error))
        return false;
    if (time < 0 || time > scenario().duration)
        return checks::fail(error, tr("The time must lie between 0 and %1").arg(scenario().duration));
    return time == scenario().events[index].time || push(new SetEventTime(this, index, time));
}

bool Document::setEventLabel(int index, const QString &label, QString *error)
{
    if (!findEvent(scenario(), index, error)
        || !checks::text(label, limits::kMaxNameLength, tr("The label"), error))
        return false;
    return label == scenario().events[index].label || push(new SetEventLabel(this, index, label));
}

bool Document::setEventCaption(int index, const QString &caption, QString *error)
{
    if (!findEvent(scenario(), index, error)
        || !checks::text(caption, limits::kMaxTextLength, tr("The caption"), error))
        return false;
    return caption == scenario().events[index].caption
           || push(new SetEventCaption(this, index, caption));
}

bool Document::addEventChange(int index, const Change &change, QString *error)
{
    return findEvent(scenario(), index, error) && checks::change(scenario(), change, error)
           && push(addEventChangeCommand(this, index, change));
}

bool Document::removeEventChange(int index, int changeIndex, QString *error)
{
    return findChange(scenario(), index, changeIndex, error)
           && push(removeEventChangeCommand(this, index, changeIndex));
}

bool Document::setEventChange(int index, int changeIndex, const Change &change, QString *error)
{
    if (!findChange(scenario(), index, changeIndex, error) || !checks::change(scenario(), change, error))
        return false;
    return change == scenario().events[index].changes[changeIndex]
           || push(new SetEventChange(this, index, changeIndex, change));
}

} // namespace powerfield
