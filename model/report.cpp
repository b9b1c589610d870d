// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "jsonwriter.h"

namespace powerfield {

namespace {

void writeParties(JsonWriter &out, const Scenario &state, const Analysis &analysis)
{
    out.key(QStringLiteral("parties"));
    out.beginArray();
    for (const Party &p : state.parties) {
        if (!p.active)
            continue;
        const int i = analysis.partyIndex(p.id);
        out.compactNext();
        out.beginObject();
        out.key(QStringLiteral("id"));
        out.value(p.id);
        out.key(QStringLiteral("fieldPower"));
        out.value(analysis.engine().fieldPower(i));
        out.key(QStringLiteral("fieldDependence"));
        out.value(analysis.engine().fieldDependence(i));
        out.endObject();
    }
    out.endArray();
}

void writeNumber(JsonWriter &out, const char *key, double v)
{
    out.key(QLatin1String(key));
    out.value(v);
}

void writeName(JsonWriter &out, const char *key, const char *v)
{
    out.key(QLatin1String(key));
    out.value(QLatin1String(v));
}

void writeDyad(JsonWriter &out, const DyadReport &d)
{
    const core::DyadResult &r = d.result;
    out.beginObject();
    out.key(QStringLiteral("a"));
    out.value(d.a);
    out.key(QStringLiteral("b"));
    out.value(d.b);
    writeNumber(out, "dependenceAOnB", r.sideA.dependence);
    writeNumber(out, "dependenceBOnA", r.sideB.dependence);
    writeNumber(out, "relativePowerA", r.relativePowerA);
    writeNumber(out, "mutualDependence", r.mutualDependence);
    writeNumber(out, "outcomeA", r.sideA.outcome);
    writeNumber(out, "outcomeB", r.sideB.outcome);
    writeNumber(out, "altA", r.sideA.alternative);
    writeNumber(out, "altB", r.sideB.alternative);
    writeNumber(out, "satisfactionA", r.sideA.satisfaction);
    writeNumber(out, "satisfactionB", r.sideB.satisfaction);
    writeName(out, "quadrantA", core::quadrantName(r.sideA.quadrant));
    writeName(out, "quadrantB", core::quadrantName(r.sideB.quadrant));
    writeNumber(out, "commitmentA", r.sideA.commitment);
    writeNumber(out, "commitmentB", r.sideB.commitment);
    writeNumber(out, "cooperationA", r.sideA.cooperation);
    writeNumber(out, "cooperationB", r.sideB.cooperation);
    writeName(out, "responseA", core::responseName(r.sideA.response));
    writeName(out, "responseB", core::responseName(r.sideB.response));
    out.endObject();
}

} // namespace

void writeAnalysis(JsonWriter &out, const Scenario &state, const Analysis &analysis, int time)
{
    out.beginObject();
    writeNumber(out, "time", time);
    writeName(out, "lens", core::lensName(analysis.lens()));
    writeParties(out, state, analysis);
    out.key(QStringLiteral("dyads"));
    out.beginArray();
    for (const DyadReport &d : analysis.dyads())
        writeDyad(out, d);
    out.endArray();
    out.endObject();
}

QByteArray analysisJson(const Scenario &scenario, int time, Lens lens)
{
    Analysis analysis(lens);
    const Scenario state = stateAt(scenario, time);
    analysis.reset(state);
    JsonWriter out;
    writeAnalysis(out, state, analysis, time);
    return out.data() + '\n';
}

QByteArray seriesJson(const Scenario &scenario, Lens lens)
{
    JsonWriter out;
    out.beginObject();
    writeName(out, "lens", core::lensName(lens));
    out.key(QStringLiteral("steps"));
    out.beginArray();
    forEachStep(scenario, lens, [&](int t, const Scenario &state, const Analysis &analysis) {
        writeAnalysis(out, state, analysis, t);
    });
    out.endArray();
    out.endObject();
    return out.data() + '\n';
}

QByteArray seriesCsv(const Scenario &scenario, Lens lens)
{
    QByteArray csv = "time,lens,a,b,dependenceAOnB,dependenceBOnA,relativePowerA,mutualDependence,"
                     "outcomeA,outcomeB,altA,altB,satisfactionA,satisfactionB,quadrantA,quadrantB,"
                     "commitmentA,commitmentB,cooperationA,cooperationB,responseA,responseB\n";
    forEachStep(scenario, lens, [&](int t, const Scenario &, const Analysis &analysis) {
        for (const DyadReport &d : analysis.dyads()) {
            const core::DyadResult &r = d.result;
            const auto n = [](double v) { return JsonWriter::number(v); };
            csv += QByteArray::number(t) + ',' + core::lensName(lens) + ',' + d.a.toUtf8() + ','
                   + d.b.toUtf8();
            for (double v : {r.sideA.dependence, r.sideB.dependence, r.relativePowerA,
                             r.mutualDependence, r.sideA.outcome, r.sideB.outcome,
                             r.sideA.alternative, r.sideB.alternative, r.sideA.satisfaction,
                             r.sideB.satisfaction})
                csv += ',' + n(v);
            csv += QByteArray(",") + core::quadrantName(r.sideA.quadrant) + ','
                   + core::quadrantName(r.sideB.quadrant);
            for (double v : {r.sideA.commitment, r.sideB.commitment, r.sideA.cooperation,
                             r.sideB.cooperation})
                csv += ',' + n(v);
            csv += QByteArray(",") + core::responseName(r.sideA.response) + ','
                   + core::responseName(r.sideB.response) + '\n';
        }
    });
    return csv;
}

} // namespace powerfield
