// SPDX-License-Identifier: GPL-3.0-or-later
#include "dyadscope.h"

#include <QSet>

#include <algorithm>

namespace powerfield {

namespace {

template<typename List, typename Keep>
List filtered(const List &list, Keep keep)
{
    List out;
    std::copy_if(list.cbegin(), list.cend(), std::back_inserter(out), keep);
    return out;
}

} // namespace

Scenario dyadScope(const Scenario &scenario, const QString &a, const QString &b)
{
    const auto side = [&](const QString &id) { return sameId(id, a) || sameId(id, b); };
    QSet<QString> parties{a, b};
    for (const Provision &p : scenario.provisions) {
        if (side(p.to))
            parties.insert(p.from);
    }
    for (const Event &e : scenario.events) {
        for (const Change &c : e.changes) {
            if (c.target == Change::Target::Provision && side(c.other))
                parties.insert(c.party);
        }
    }
    QSet<QString> options;
    for (const OutsideOption &o : scenario.options) {
        if (side(o.owner))
            options.insert(o.id);
    }
    const auto keeps = [&](const Change &c) {
        switch (c.target) {
        case Change::Target::Party:
        case Change::Target::Need:
            return parties.contains(c.party);
        case Change::Target::Provision:
            return side(c.other);
        case Change::Target::Option:
            return options.contains(c.option);
        case Change::Target::Investment:
            return side(c.party) && side(c.other);
        }
        return false;
    };

    Scenario scope;
    scope.duration = scenario.duration;
    scope.desires = scenario.desires;
    scope.parties = filtered(scenario.parties, [&](const Party &p) { return parties.contains(p.id); });
    scope.provisions = filtered(scenario.provisions, [&](const Provision &p) { return side(p.to); });
    scope.options = filtered(scenario.options, [&](const OutsideOption &o) { return side(o.owner); });
    scope.investments = filtered(scenario.investments,
                                 [&](const Investment &i) { return side(i.party) && side(i.partner); });
    scope.events.reserve(scenario.events.size());
    for (const Event &e : scenario.events) {
        Event kept{e.time, QString(), QString(), filtered(e.changes, keeps)};
        scope.events.append(std::move(kept));
    }
    return scope;
}

} // namespace powerfield
