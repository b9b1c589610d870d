// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "scenarioreader.h"
#include "scenariowriter.h"
#include "timeline.h"

#include <cmath>

namespace powerfield::test {

// What the reader promises for any input (docs/file-format.md §Reading rules): a refusal leaves the
// output alone and says in one line which file, where and why; an accepted scenario writes, reads
// back to the same bytes and analyses at every time (up to 50) without a non-finite number. Returns
// what went wrong, or an empty string. Shared by tst_hostilefiles and the libFuzzer target.
inline QString checkReaderInput(const QByteArray &data, const QString &name)
{
    Scenario marker;
    marker.title = QStringLiteral("untouched");
    Scenario s = marker;
    ScenarioError error;
    if (!readScenario(data, name, &s, &error)) {
        if (!(s == marker))
            return QStringLiteral("a refused file changed the output");
        const QString message = error.message();
        if (error.file != name || error.place.isEmpty() || error.reason.isEmpty()
            || message.contains(QLatin1Char('\n')))
            return QStringLiteral("poor message: ") + message;
        return QString();
    }
    const QByteArray written = writeScenario(s);
    Scenario again;
    if (!readScenario(written, name, &again, &error))
        return QStringLiteral("its own output is refused: ") + error.message();
    const QByteArray rewritten = writeScenario(again);
    if (!(again == s) || rewritten != written) {
        qsizetype at = 0;
        while (at < written.size() && at < rewritten.size() && written[at] == rewritten[at])
            ++at;
        return QStringLiteral("writing and reading back changed the scenario (%1; %2 and %3 bytes, "
                              "first difference at byte %4)")
            .arg(again == s ? QStringLiteral("equal") : QStringLiteral("unequal"))
            .arg(written.size())
            .arg(rewritten.size())
            .arg(at);
    }
    for (int time = 0; time <= qMin(s.duration, 50); ++time) {
        Analysis analysis;
        analysis.reset(stateAt(s, time));
        for (const DyadReport &d : analysis.dyads()) {
            const core::DyadResult &r = d.result;
            for (double v : {r.relativePowerA, r.sideA.dependence, r.sideB.dependence,
                             r.sideA.commitment, r.sideB.commitment, r.sideA.cooperation,
                             r.sideB.satisfaction}) {
                if (!std::isfinite(v))
                    return QStringLiteral("a non-finite result at time %1").arg(time);
            }
        }
    }
    return QString();
}

} // namespace powerfield::test
