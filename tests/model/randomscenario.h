// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "scenariofixture.h"

#include <QRandomGenerator>

namespace powerfield::test {

// A random field of 12 parties and 3 desires with `events` events of up to three random changes
// (of every kind) over `duration` steps.
inline Scenario randomScenario(quint32 seed, int duration = 12, int events = 10)
{
    QRandomGenerator random(seed);
    const auto unit = [&] { return int(random.bounded(11)) / 10.0; };
    const auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    const auto rating = [&]() -> Rating {
        Rating r{unit(), std::nullopt};
        if (chance(30))
            r.perceived = unit();
        return r;
    };
    const int parties = 12;
    const auto party = [&](int i) { return QStringLiteral("p%1").arg(i); };
    const auto anyParty = [&] { return party(int(random.bounded(parties))); };
    const QStringList desires{QStringLiteral("d0"), QStringLiteral("d1"), QStringLiteral("d2")};
    const auto anyDesire = [&] { return desires[int(random.bounded(3))]; };

    Scenario s;
    s.duration = duration;
    for (const QString &d : desires)
        s.desires.append({d, d, PowerBase::Other});
    for (int i = 0; i < parties; ++i) {
        Party p{party(i), QString(), PartyKind::Person, QString(), 0, 0, unit(), !chance(15), {}};
        for (const QString &d : desires) {
            if (chance(70))
                p.needs.append({d, unit()});
        }
        s.parties.append(p);
    }
    for (int i = 0; i < parties; ++i) {
        for (int j = 0; j < parties; ++j) {
            for (const QString &d : desires) {
                if (i != j && chance(12))
                    s.provisions.append({party(i), party(j), d, rating()});
            }
        }
        if (chance(40))
            s.options.append({QStringLiteral("o%1").arg(i), party(i), QString(), {{anyDesire(), rating()}}});
        const QString partner = anyParty();
        if (partner != party(i) && chance(50))
            s.investments.append({party(i), partner, unit(), chance(40)});
    }
    for (int e = 0; e < events; ++e) {
        Event event{int(random.bounded(duration + 1)), QString(), QString(), {}};
        for (int k = 0; k < 3; ++k) {
            Change c;
            const QString a = anyParty();
            QString b = anyParty();
            if (b == a)
                b = party((int(b.mid(1).toInt()) + 1) % parties);
            switch (random.bounded(5)) {
            case 0:
                c = partyChange(a, chance(70));
                if (chance(50))
                    c.comparisonLevel = unit();
                break;
            case 1: c = needChange(a, anyDesire(), unit()); break;
            case 2:
                c = provisionChange(a, b, anyDesire(), unit());
                if (chance(40))
                    c.perceived = unit();
                break;
            case 3:
                if (s.options.isEmpty())
                    continue;
                c.target = Change::Target::Option;
                c.option = s.options[int(random.bounded(int(s.options.size())))].id;
                c.desire = anyDesire();
                c.quality = unit();
                break;
            default:
                c = investmentChange(a, b, unit());
                if (chance(50))
                    c.exclusive = chance(50);
                break;
            }
            event.changes.append(c);
        }
        s.events.append(event);
    }
    return s;
}

} // namespace powerfield::test
