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

namespace {

// Gathers the pieces of a streamed output into chunks of about 64 KB for the sink, so that
// the sink is called rarely and the memory held stays small.
class ChunkedOutput
{
public:
    explicit ChunkedOutput(const ReportSink &sink)
        : m_sink(sink)
    {
        m_chunk.reserve(kChunk + 4096);
    }

    ChunkedOutput &operator<<(const QByteArray &bytes)
    {
        m_chunk += bytes;
        return *this;
    }
    ChunkedOutput &operator<<(const char *bytes)
    {
        m_chunk += bytes;
        return *this;
    }
    ChunkedOutput &operator<<(char c)
    {
        m_chunk += c;
        return *this;
    }

    // Hands a full chunk to the sink; false once the sink has failed.
    bool maybeFlush() { return m_chunk.size() < kChunk || flush(); }
    bool flush()
    {
        m_ok = m_ok && (m_chunk.isEmpty() || m_sink(m_chunk));
        m_chunk.clear();
        return m_ok;
    }

private:
    static constexpr qsizetype kChunk = 64 * 1024;
    const ReportSink &m_sink;
    QByteArray m_chunk;
    bool m_ok = true;
};

// One step's analysis as it reads inside `"steps": [...]`: JsonWriter's layout two levels down.
QByteArray nestedStep(const Scenario &state, const Analysis &analysis, int t)
{
    JsonWriter step;
    writeAnalysis(step, state, analysis, t);
    QByteArray text = step.data();
    // Strings never hold a raw newline (JsonWriter escapes it): every '\n' is layout.
    text.replace('\n', "\n    ");
    return text;
}

void appendCsvRows(ChunkedOutput &out, int t, Lens lens, const Analysis &analysis)
{
    const auto n = [](double v) { return JsonWriter::number(v); };
    for (const DyadReport &d : analysis.dyads()) {
        const core::DyadResult &r = d.result;
        out << QByteArray::number(t) << ',' << core::lensName(lens) << ',' << d.a.toUtf8() << ','
            << d.b.toUtf8();
        for (double v : {r.sideA.dependence, r.sideB.dependence, r.relativePowerA,
                         r.mutualDependence, r.sideA.outcome, r.sideB.outcome,
                         r.sideA.alternative, r.sideB.alternative, r.sideA.satisfaction,
                         r.sideB.satisfaction})
            out << ',' << n(v);
        out << ',' << core::quadrantName(r.sideA.quadrant) << ','
            << core::quadrantName(r.sideB.quadrant);
        for (double v : {r.sideA.commitment, r.sideB.commitment, r.sideA.cooperation,
                         r.sideB.cooperation})
            out << ',' << n(v);
        out << ',' << core::responseName(r.sideA.response) << ','
            << core::responseName(r.sideB.response) << '\n';
    }
}

QByteArray gathered(const std::function<bool(const ReportSink &)> &stream)
{
    QByteArray all;
    stream([&all](const QByteArray &piece) {
        all += piece;
        return true;
    });
    return all;
}

} // namespace

bool streamSeriesJson(const Scenario &scenario, Lens lens, const ReportSink &sink)
{
    ChunkedOutput out(sink);
    out << "{\n  \"lens\": " << JsonWriter::quoted(QLatin1String(core::lensName(lens)))
        << ",\n  \"steps\": [";
    bool any = false;
    bool ok = true;
    forEachStep(scenario, lens, [&](int t, const Scenario &state, const Analysis &analysis) {
        out << (any ? ",\n    " : "\n    ") << nestedStep(state, analysis, t);
        any = true;
        ok = out.maybeFlush();
        return ok;
    });
    out << (any ? "\n  ]\n}\n" : "]\n}\n");
    return ok && out.flush();
}

bool streamSeriesCsv(const Scenario &scenario, Lens lens, const ReportSink &sink)
{
    ChunkedOutput out(sink);
    out << "time,lens,a,b,dependenceAOnB,dependenceBOnA,relativePowerA,mutualDependence,"
           "outcomeA,outcomeB,altA,altB,satisfactionA,satisfactionB,quadrantA,quadrantB,"
           "commitmentA,commitmentB,cooperationA,cooperationB,responseA,responseB\n";
    bool ok = true;
    forEachStep(scenario, lens, [&](int t, const Scenario &, const Analysis &analysis) {
        appendCsvRows(out, t, lens, analysis);
        ok = out.maybeFlush();
        return ok;
    });
    return ok && out.flush();
}

QByteArray seriesJson(const Scenario &scenario, Lens lens)
{
    return gathered([&](const ReportSink &sink) { return streamSeriesJson(scenario, lens, sink); });
}

QByteArray seriesCsv(const Scenario &scenario, Lens lens)
{
    return gathered([&](const ReportSink &sink) { return streamSeriesCsv(scenario, lens, sink); });
}

} // namespace powerfield
