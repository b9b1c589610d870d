// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>

namespace powerfield {

class Analysis;
class JsonWriter;

// The command-line outputs of MODEL.md 6: one analysis, a whole series as JSON, or as CSV.
QByteArray analysisJson(const Scenario &scenario, int time, Lens lens);
QByteArray seriesJson(const Scenario &scenario, Lens lens);
QByteArray seriesCsv(const Scenario &scenario, Lens lens);

// Walks the timeline step by step, applying each step's events incrementally to one Analysis;
// calls `visit` once per integer step 0..duration with the state and analysis at that step.
template<typename Visit>
void forEachStep(const Scenario &scenario, Lens lens, Visit visit);

void writeAnalysis(JsonWriter &out, const Scenario &state, const Analysis &analysis, int time);

} // namespace powerfield

#include "report_impl.h"
