// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>

#include <functional>

namespace powerfield {

class Analysis;
class JsonWriter;

// The command-line outputs of docs/model.md §Analysis output: one analysis, a whole series as JSON,
// or as CSV.
QByteArray analysisJson(const Scenario &scenario, int time, Lens lens);
QByteArray seriesJson(const Scenario &scenario, Lens lens);
QByteArray seriesCsv(const Scenario &scenario, Lens lens);

// The same series handed to `sink` a piece at a time, so that memory stays flat however long
// the timeline (a million steps of five parties are gigabytes of text). The pieces joined are
// the bytes of seriesJson() / seriesCsv(). A sink returns false when it cannot write: the walk
// stops there and the function returns false.
using ReportSink = std::function<bool(const QByteArray &piece)>;
bool streamSeriesJson(const Scenario &scenario, Lens lens, const ReportSink &sink);
bool streamSeriesCsv(const Scenario &scenario, Lens lens, const ReportSink &sink);

// Walks the timeline step by step, applying each step's events incrementally to one Analysis;
// calls `visit` once per integer step 0..duration with the state and analysis at that step.
// When `visit` returns bool, false stops the walk early.
template<typename Visit>
void forEachStep(const Scenario &scenario, Lens lens, Visit visit);

void writeAnalysis(JsonWriter &out, const Scenario &state, const Analysis &analysis, int time);

} // namespace powerfield

#include "report_impl.h"
