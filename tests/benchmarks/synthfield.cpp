// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthfield.h"

#include <QRandomGenerator>
#include <QSet>

#include <QtMath>

namespace powerfield::bench {

Scenario syntheticField(int parties, int providers, int desires, unsigned seed)
{
    QRandomGenerator rng(seed);
    const auto unit = [&] { return rng.bounded(1000) / 1000.0; };
    Scenario s;
    s.title = QStringLiteral("Synthetic field");
    for (int d = 0; d < desires; ++d)
        s.desires.append({QStringLiteral("d%1").arg(d), QStringLiteral("Desire %1").arg(d), PowerBase::Other});
    for (int i = 0; i < parties; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Party %1").arg(i);
        p.color = paletteColor(i);
        const double angle = 2.0 * M_PI * i / parties;
        p.x = 40.0 * std::sqrt(double(parties)) * std::cos(angle);
        p.y = 40.0 * std::sqrt(double(parties)) * std::sin(angle);
        p.comparisonLevel = unit();
        for (int d = 0; d < desires; ++d) {
            if (rng.bounded(2) == 0 || d == i % desires)
                p.needs.append({s.desires[d].id, unit()});
        }
        s.parties.append(p);
    }
    QSet<QString> given; // "from to desire", to skip repeats without a quadratic search
    for (int i = 0; i < parties; ++i) {
        for (int k = 0; k < providers; ++k) {
            const int from = (i + 1 + int(rng.bounded(parties - 1))) % parties;
            const QString desire = s.desires[int(rng.bounded(desires))].id;
            const QString fromId = s.parties[from].id;
            const QString key = fromId + u' ' + s.parties[i].id + u' ' + desire;
            if (given.contains(key))
                continue;
            given.insert(key);
            s.provisions.append({fromId, s.parties[i].id, desire, {unit(), std::nullopt}});
        }
        s.options.append({QStringLiteral("o%1").arg(i), s.parties[i].id, QStringLiteral("Option %1").arg(i),
                          {{s.desires[i % desires].id, {unit(), std::nullopt}}}});
    }
    return s;
}

Scenario syntheticTimeline(int parties, int steps)
{
    Scenario s = syntheticField(parties, 4, 5);
    s.duration = steps;
    for (int e = 0; e < 100; ++e) {
        const Provision &p = s.provisions[(e * 7919) % s.provisions.size()];
        Change c;
        c.target = Change::Target::Provision;
        c.party = p.from;
        c.other = p.to;
        c.desire = p.desire;
        c.quality = (e % 10) / 10.0;
        s.events.append({e * steps / 100, QStringLiteral("Event %1").arg(e), QString(), {c}});
    }
    return s;
}

} // namespace powerfield::bench
