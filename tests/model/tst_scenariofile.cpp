// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelimits.h"
#include "scenarioreader.h"
#include "scenariowriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace powerfield;

namespace {

const QByteArray kDesires = R"({"id": "company", "name": "Company"}, {"id": "advice", "name": "Advice"})";
const QByteArray kParties = R"({"id": "abe", "name": "Abe"}, {"id": "mary", "name": "Mary"})";
const QByteArray kOption = R"("outsideOptions": [{"id": "home", "owner": "mary", "name": "Home"}])";

// A valid file with the given desires and parties (array contents) and further top-level keys.
QByteArray scenarioText(const QByteArray &desires, const QByteArray &parties,
                        const QByteArray &rest = {})
{
    QByteArray text = R"({"format": "powerfield", "version": 1, "desires": [)" + desires
                      + R"(], "parties": [)" + parties + "]";
    if (!rest.isEmpty())
        text += ", " + rest;
    return text + "}";
}

QByteArray withRest(const QByteArray &rest)
{
    return scenarioText(kDesires, kParties, rest);
}

QByteArray withDesires(const QByteArray &desires)
{
    return scenarioText(desires, kParties);
}

QByteArray withParties(const QByteArray &parties)
{
    return scenarioText(kDesires, parties);
}

QByteArray withProvisions(const QByteArray &provisions)
{
    return withRest(R"("provisions": [)" + provisions + "]");
}

QByteArray withOptions(const QByteArray &options)
{
    return withRest(R"("outsideOptions": [)" + options + "]");
}

QByteArray withInvestments(const QByteArray &investments)
{
    return withRest(R"("investments": [)" + investments + "]");
}

QByteArray withEvents(const QByteArray &events)
{
    return withRest(kOption + R"(, "duration": 10, "events": [)" + events + "]");
}

QByteArray withChange(const QByteArray &change)
{
    return withEvents(R"({"time": 1, "set": [)" + change + "]}");
}

QByteArray titled(const QByteArray &rawTitle)
{
    return withRest("\"title\": \"" + rawTitle + "\"");
}

QByteArray utf16(const QByteArray &utf8, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(QString::fromUtf8(utf8));
}

// "line 1, column N" where `marker` first occurs in the one-line `json`.
QString columnOf(const QByteArray &json, const QByteArray &marker)
{
    return QStringLiteral("line 1, column %1").arg(json.indexOf(marker) + 1);
}

QString dataPath(const char *name)
{
    return QStringLiteral(POWERFIELD_TEST_DATA "/scenariofile/") + QLatin1String(name);
}

Scenario readOrFail(const QByteArray &data)
{
    Scenario s;
    ScenarioError error;
    if (!readScenario(data, QStringLiteral("test"), &s, &error))
        qWarning("%s", qPrintable(error.message()));
    return s;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// A scenario built in code that holds every kind of record, for writer tests.
Scenario sampleScenario()
{
    Scenario s;
    s.title = QStringLiteral("Sample");
    s.duration = 5;
    s.desires = {{QStringLiteral("company"), QStringLiteral("Company"), PowerBase::Referent}};
    Party abe;
    abe.id = QStringLiteral("abe");
    abe.name = QStringLiteral("Abe");
    abe.color = paletteColor(0);
    abe.needs = {{QStringLiteral("company"), 0.3}};
    Party mary = abe;
    mary.id = QStringLiteral("mary");
    mary.name = QStringLiteral("Mary");
    mary.color = paletteColor(1);
    s.parties = {abe, mary};
    s.provisions = {{QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"),
                     {0.5, std::nullopt}},
                    {QStringLiteral("mary"), QStringLiteral("abe"), QStringLiteral("company"),
                     {0.5, 0.25}}};
    s.options = {{QStringLiteral("home"), QStringLiteral("mary"), QStringLiteral("Home"),
                  {{QStringLiteral("company"), {0.1, std::nullopt}}}}};
    return s;
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private slots:
    void readsModelExample();
    void rejects_data();
    void rejects();
    void acceptsByteOrderMark();
    void keepsUiAsGiven();
    void duplicateKeysAreRefused();
    void strictJson_data();
    void strictJson();
    void underflowReadsAsZero();
    void encodingMessages_data();
    void encodingMessages();
    void textLimits_data();
    void textLimits();
    void coordinateLimits_data();
    void coordinateLimits();
    void readmeStatesTheLimits();
    void deepNestingIsRefused();
    void truncatedFilesNeverLoad();
    void failedReadLeavesOutputUntouched();
    void messageNamesFilePlaceAndReason();
    void sizeLimit();
    void needsFollowDesireOrder();
    void roundTrip_data();
    void roundTrip();
    void numbersSurvive_data();
    void numbersSurvive();
    void negativeZero();
    void perceivedGivenOrAbsentIsKept();
    void writerKeyOrder();
    void writerLeavesOutEmptyOptionalKeys();
    void readFileErrors();
    void writeFileReplacesOldFile();
    void writeFileIntoReadOnlyDirectory();
    void writeFileBelowRegularFile();
};

void TestScenarioFile::readsModelExample()
{
    Scenario s;
    ScenarioError error;
    QVERIFY2(readScenarioFile(dataPath("model-example.powerfield.json"), &s, &error),
             qPrintable(error.message()));
    QCOMPARE(s.title, QStringLiteral("Abe and Mary"));
    QCOMPARE(s.description, QStringLiteral("Mary is new in town."));
    QCOMPARE(s.notes, QString());
    QCOMPARE(s.duration, 12);
    QCOMPARE(s.desires.size(), 1);
    QCOMPARE(s.desires[0], (Desire{QStringLiteral("company"), QStringLiteral("Company"),
                                   PowerBase::Referent}));
    QCOMPARE(s.parties.size(), 3);
    const Party &abe = s.parties[0];
    QCOMPARE(abe.id, QStringLiteral("abe"));
    QCOMPARE(abe.kind, PartyKind::Person);
    QCOMPARE(abe.color, QStringLiteral("#0072B2"));
    QCOMPARE(abe.x, -120.0);
    QCOMPARE(abe.comparisonLevel, 0.5);
    QVERIFY(abe.active);
    QCOMPARE(abe.needs, (QVector<Need>{{QStringLiteral("company"), 0.3}}));
    QCOMPARE(s.parties[1].comparisonLevel, 0.6);
    const Party &coworkers = s.parties[2];
    QCOMPARE(coworkers.name, QStringLiteral("Mary's coworkers"));
    QCOMPARE(coworkers.kind, PartyKind::Group);
    QCOMPARE(coworkers.x, 240.0);
    QCOMPARE(coworkers.y, 120.0);
    QCOMPARE(coworkers.comparisonLevel, 0.5); // default
    QVERIFY(!coworkers.active);
    QVERIFY(coworkers.needs.isEmpty());
    QCOMPARE(s.provisions.size(), 2);
    QCOMPARE(s.provisions[0], (Provision{QStringLiteral("abe"), QStringLiteral("mary"),
                                         QStringLiteral("company"), {0.8, std::nullopt}}));
    QVERIFY(!s.provisions[1].rating.perceived);
    QCOMPARE(s.options.size(), 2);
    QCOMPARE(s.options[0].owner, QStringLiteral("mary"));
    QCOMPARE(s.options[0].offers,
             (QVector<Offer>{{QStringLiteral("company"), {0.1, std::nullopt}}}));
    QCOMPARE(s.investments,
             (QVector<Investment>{{QStringLiteral("mary"), QStringLiteral("abe"), 0.2, false}}));
    QCOMPARE(s.events.size(), 1);
    const Event &event = s.events[0];
    QCOMPARE(event.time, 4);
    QCOMPARE(event.label, QStringLiteral("Mary makes friends at work"));
    QCOMPARE(event.caption, QString());
    QCOMPARE(event.changes.size(), 2);
    QCOMPARE(event.changes[0].target, Change::Target::Party);
    QCOMPARE(event.changes[0].party, QStringLiteral("coworkers"));
    QCOMPARE(event.changes[0].active, std::optional<bool>(true));
    const Change &provision = event.changes[1];
    QCOMPARE(provision.target, Change::Target::Provision);
    QCOMPARE(provision.party, QStringLiteral("coworkers"));
    QCOMPARE(provision.other, QStringLiteral("mary"));
    QCOMPARE(provision.desire, QStringLiteral("company"));
    QCOMPARE(provision.quality, std::optional<double>(0.6));
    QVERIFY(!provision.perceived);
    QVERIFY(!s.hasUi);
}

void TestScenarioFile::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const QByteArray &json, const char *place,
                        const char *reason) {
        QTest::newRow(name) << json << QString::fromUtf8(place) << QString::fromUtf8(reason);
    };

    // Text. Columns point at the offending character (strictjson.h), at the start of a number.
    row("malformed: missing comma",
        "{\n  \"format\": \"powerfield\",\n  \"version\": 1\n  \"desires\": []\n}",
        "line 4, column 3", "expected ',' or '}' in an object, found '\"'");
    row("malformed: trailing comma", "{\"format\": \"powerfield\",}", "line 1, column 25",
        "expected a key in double quotes, found '}'");
    row("malformed: empty", "", "file", "the file is empty");
    row("malformed: garbage after", withRest({}) + " x", "line 1, column 202",
        "unexpected 'x' after the end of the JSON value");
    row("not UTF-8: Latin-1", "{\n  \"title\": \"Caf\xe9\"}", "line 2, column 16", "not UTF-8");
    row("not UTF-8: overlong", "{\"title\": \"\xc0\xaf\"}", "line 1, column 12", "not UTF-8");
    row("not UTF-8: surrogate", "{\"title\": \"\xed\xa0\x80\"}", "line 1, column 12", "not UTF-8");
    row("not UTF-8: truncated", "{\"title\": \"\xe2\x82", "line 1, column 12", "not UTF-8");
    row("number too large", "{\"format\": \"powerfield\", \"version\": 1e999}",
        "line 1, column 37", "the number 1e999 is too large for a double");
    row("number too large negative", withParties(R"({"id": "abe", "name": "A", "x": -1e999})"),
        "line 1, column 171", "the number -1e999 is too large for a double");
    row("NaN literal", withParties(R"({"id": "abe", "name": "A", "x": NaN})"),
        "line 1, column 171", "unexpected word NaN");
    row("top level array", "[]", "$", "expected an object");
    row("top level string", "\"powerfield\"", "line 1, column 2", "illegal value");

    // Format and version
    row("format missing", R"({"version": 1, "desires": [], "parties": []})", "$",
        "missing required key \"format\"");
    row("format wrong", R"({"format": "powerfield2", "version": 1})", "$.format",
        "format must be \"powerfield\"");
    row("format not a string", R"({"format": null, "version": 1})", "$.format",
        "expected a string");
    row("version missing", R"({"format": "powerfield", "desires": [], "parties": []})", "$",
        "missing required key \"version\"");
    row("version newer", R"({"format": "powerfield", "version": 2, "desires": [], "parties": []})",
        "$.version", "version 2 is newer than this program supports (1)");
    row("version newer, rest broken",
        R"({"version": 3, "format": "powerfield", "parties": 7, "colour": 1, "duration": -4})",
        "$.version", "version 3 is newer than this program supports (1)");
    row("version newer, format missing", R"({"version": 2, "parties": []})", "$.version",
        "version 2 is newer than this program supports (1)");
    row("version newer, another format", R"({"format": "other", "version": 4})", "$.version",
        "version 4 is newer than this program supports (1)");
    row("version not integral", R"({"format": "powerfield", "version": 1.5})", "$.version",
        "must be an integer");
    row("version zero", R"({"format": "powerfield", "version": 0})", "$.version",
        "version 0 does not exist");
    row("version a string", R"({"format": "powerfield", "version": "1"})", "$.version",
        "expected a number");

    // Top level
    row("unknown top-level key", withRest(R"("colour": 1)"), "$.colour", "unknown key \"colour\"");
    row("unknown top-level key with space", withRest(R"("my notes": "")"), "$[\"my notes\"]",
        "unknown key \"my notes\"");
    row("desires missing", R"({"format": "powerfield", "version": 1, "parties": []})", "$",
        "missing required key \"desires\"");
    row("parties missing", R"({"format": "powerfield", "version": 1, "desires": []})", "$",
        "missing required key \"parties\"");
    row("desires not an array", R"({"format": "powerfield", "version": 1, "desires": {}, "parties": []})",
        "$.desires", "expected an array");
    row("parties not an array", scenarioText(kDesires, {}).replace("[]", "null"), "$.parties",
        "expected an array");
    row("title null", withRest(R"("title": null)"), "$.title", "expected a string");
    row("description a number", withRest(R"("description": 3)"), "$.description",
        "expected a string");
    row("notes an array", withRest(R"("notes": ["a"])"), "$.notes", "expected a string");
    row("ui an array", withRest(R"("ui": [])"), "$.ui", "expected an object");
    row("duration zero", withRest(R"("duration": 0)"), "$.duration",
        "value 0 is outside [1, 1000000]");
    row("duration not integral", withRest(R"("duration": 2.5)"), "$.duration",
        "must be an integer");
    row("duration a string", withRest(R"("duration": "12")"), "$.duration", "expected a number");
    row("duration huge", withRest(R"("duration": 1e300)"), "$.duration", "outside [1, 1000000]");
    row("provisions not an array", withRest(R"("provisions": {})"), "$.provisions",
        "expected an array");
    row("events not an array", withRest(R"("events": 1)"), "$.events", "expected an array");

    // Desires
    row("desire not an object", withDesires("1"), "$.desires[0]", "expected an object");
    row("desire id missing", withDesires(R"({"name": "X"})"), "$.desires[0]",
        "missing required key \"id\"");
    row("desire name missing", withDesires(R"({"id": "x"})"), "$.desires[0]",
        "missing required key \"name\"");
    row("desire id with space", withDesires(R"({"id": "a b", "name": "X"})"), "$.desires[0].id",
        "invalid id \"a b\"");
    row("desire id empty", withDesires(R"({"id": "", "name": "X"})"), "$.desires[0].id",
        "invalid id");
    row("desire id not ASCII", withDesires(R"({"id": "caf\u00e9", "name": "X"})"),
        "$.desires[0].id", "invalid id");
    row("desire id a number", withDesires(R"({"id": 5, "name": "X"})"), "$.desires[0].id",
        "expected a string");
    row("desire duplicate id", withDesires(kDesires + R"(, {"id": "company", "name": "Y"})"),
        "$.desires[2].id", "duplicate desire id \"company\"");
    row("desire unknown base", withDesires(R"({"id": "x", "name": "X", "base": "love"})"),
        "$.desires[0].base", "unknown base \"love\"");
    row("desire unknown key", withDesires(R"({"id": "x", "name": "X", "bas": "other"})"),
        "$.desires[0].bas", "unknown key \"bas\"");

    // Parties
    row("party not an object", withParties("[]"), "$.parties[0]", "expected an object");
    row("party null", withParties(kParties + ", null"), "$.parties[2]", "expected an object");
    row("party id missing", withParties(R"({"name": "A"})"), "$.parties[0]",
        "missing required key \"id\"");
    row("party name missing", withParties(R"({"id": "a"})"), "$.parties[0]",
        "missing required key \"name\"");
    row("party id not ASCII", withParties(R"({"id": "mar\u00ed", "name": "A"})"),
        "$.parties[0].id", "invalid id \"marí\"");
    row("party duplicate id", withParties(kParties + R"(, {"id": "abe", "name": "B"})"),
        "$.parties[2].id", "duplicate party id \"abe\"");
    row("party unknown kind", withParties(R"({"id": "a", "name": "A", "kind": "alien"})"),
        "$.parties[0].kind", "unknown kind \"alien\"");
    row("party color too short", withParties(R"({"id": "a", "name": "A", "color": "#12345"})"),
        "$.parties[0].color", "invalid color \"#12345\"");
    row("party color a name", withParties(R"({"id": "a", "name": "A", "color": "red"})"),
        "$.parties[0].color", "invalid color");
    row("party color not hex", withParties(R"({"id": "a", "name": "A", "color": "#GG0000"})"),
        "$.parties[0].color", "invalid color");
    row("party color a number", withParties(R"({"id": "a", "name": "A", "color": 255})"),
        "$.parties[0].color", "expected a string");
    row("party x a string", withParties(R"({"id": "a", "name": "A", "x": "1"})"),
        "$.parties[0].x", "expected a number");
    row("party y null", withParties(R"({"id": "a", "name": "A", "y": null})"), "$.parties[0].y",
        "expected a number");
    row("party active a number", withParties(R"({"id": "a", "name": "A", "active": 1})"),
        "$.parties[0].active", "expected true or false");
    row("party comparisonLevel above 1",
        withParties(R"({"id": "a", "name": "A", "comparisonLevel": 1.5})"),
        "$.parties[0].comparisonLevel", "value 1.5 is outside [0, 1]");
    row("party comparisonLevel negative",
        withParties(R"({"id": "a", "name": "A", "comparisonLevel": -0.1})"),
        "$.parties[0].comparisonLevel", "value -0.1 is outside [0, 1]");
    row("party needs an array", withParties(R"({"id": "a", "name": "A", "needs": []})"),
        "$.parties[0].needs", "expected an object");
    row("party need unknown desire",
        withParties(R"({"id": "a", "name": "A", "needs": {"company": 0.2, "money": 0.5}})"),
        "$.parties[0].needs.money", "unknown desire \"money\"");
    row("party need importance above 1",
        withParties(R"({"id": "a", "name": "A", "needs": {"company": 2}})"),
        "$.parties[0].needs.company", "value 2 is outside [0, 1]");
    row("party need importance a string",
        withParties(R"({"id": "a", "name": "A", "needs": {"company": "high"}})"),
        "$.parties[0].needs.company", "expected a number");
    row("party unknown key", withParties(R"({"id": "a", "name": "A", "colour": "#000000"})"),
        "$.parties[0].colour", "unknown key \"colour\"");

    // Provisions
    row("provision not an object", withProvisions("\"abe\""), "$.provisions[0]",
        "expected an object");
    row("provision from missing", withProvisions(R"({"to": "mary", "desire": "company", "quality": 0.5})"),
        "$.provisions[0]", "missing required key \"from\"");
    row("provision to missing", withProvisions(R"({"from": "abe", "desire": "company", "quality": 0.5})"),
        "$.provisions[0]", "missing required key \"to\"");
    row("provision desire missing", withProvisions(R"({"from": "abe", "to": "mary", "quality": 0.5})"),
        "$.provisions[0]", "missing required key \"desire\"");
    row("provision quality missing", withProvisions(R"({"from": "abe", "to": "mary", "desire": "company"})"),
        "$.provisions[0]", "missing required key \"quality\"");
    row("provision unknown from",
        withProvisions(R"({"from": "bob", "to": "mary", "desire": "company", "quality": 0.5})"),
        "$.provisions[0].from", "unknown party \"bob\"");
    row("provision unknown to",
        withProvisions(R"({"from": "abe", "to": "bob", "desire": "company", "quality": 0.5})"),
        "$.provisions[0].to", "unknown party \"bob\"");
    row("provision unknown desire",
        withProvisions(R"({"from": "abe", "to": "mary", "desire": "money", "quality": 0.5})"),
        "$.provisions[0].desire", "unknown desire \"money\"");
    row("provision to itself",
        withProvisions(R"({"from": "abe", "to": "abe", "desire": "company", "quality": 0.5})"),
        "$.provisions[0].to", "from a party to itself");
    row("provision quality above 1",
        withProvisions(R"({"from": "abe", "to": "mary", "desire": "company", "quality": 1.5})"),
        "$.provisions[0].quality", "value 1.5 is outside [0, 1]");
    row("provision perceived negative",
        withProvisions(R"({"from": "abe", "to": "mary", "desire": "company", "quality": 0.5, "perceived": -0.5})"),
        "$.provisions[0].perceived", "value -0.5 is outside [0, 1]");
    row("provision duplicate",
        withProvisions(R"({"from": "abe", "to": "mary", "desire": "company", "quality": 0.5},
                          {"from": "abe", "to": "mary", "desire": "advice", "quality": 0.5},
                          {"from": "abe", "to": "mary", "desire": "company", "quality": 0.2})"),
        "$.provisions[2]", "duplicate provision abe -> mary for \"company\"");
    row("provision unknown key",
        withProvisions(R"({"from": "abe", "to": "mary", "desire": "company", "qualty": 0.5})"),
        "$.provisions[0].qualty", "unknown key \"qualty\"");

    // Outside options
    row("option id missing", withOptions(R"({"owner": "abe", "name": "N"})"),
        "$.outsideOptions[0]", "missing required key \"id\"");
    row("option owner missing", withOptions(R"({"id": "o", "name": "N"})"),
        "$.outsideOptions[0]", "missing required key \"owner\"");
    row("option name missing", withOptions(R"({"id": "o", "owner": "abe"})"),
        "$.outsideOptions[0]", "missing required key \"name\"");
    row("option bad id", withOptions(R"({"id": "o/1", "owner": "abe", "name": "N"})"),
        "$.outsideOptions[0].id", "invalid id \"o/1\"");
    row("option duplicate id",
        withOptions(R"({"id": "o", "owner": "abe", "name": "N"}, {"id": "o", "owner": "mary", "name": "M"})"),
        "$.outsideOptions[1].id", "duplicate outside option id \"o\"");
    row("option unknown owner", withOptions(R"({"id": "o", "owner": "bob", "name": "N"})"),
        "$.outsideOptions[0].owner", "unknown party \"bob\"");
    row("option offers an array", withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offers": []})"),
        "$.outsideOptions[0].offers", "expected an object");
    row("offer unknown desire",
        withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offers": {"money": {"quality": 0.5}}})"),
        "$.outsideOptions[0].offers.money", "unknown desire \"money\"");
    row("offer a number",
        withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offers": {"company": 0.5}})"),
        "$.outsideOptions[0].offers.company", "expected an object");
    row("offer quality missing",
        withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offers": {"company": {"perceived": 0.5}}})"),
        "$.outsideOptions[0].offers.company", "missing required key \"quality\"");
    row("offer quality above 1",
        withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offers": {"company": {"quality": 1.01}}})"),
        "$.outsideOptions[0].offers.company.quality", "value 1.01 is outside [0, 1]");
    row("offer perceived above 1",
        withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offers": {"company": {"quality": 0.5, "perceived": 3}}})"),
        "$.outsideOptions[0].offers.company.perceived", "value 3 is outside [0, 1]");
    row("offer unknown key",
        withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offers": {"company": {"quality": 0.5, "q": 1}}})"),
        "$.outsideOptions[0].offers.company.q", "unknown key \"q\"");
    row("option unknown key", withOptions(R"({"id": "o", "owner": "abe", "name": "N", "offer": {}})"),
        "$.outsideOptions[0].offer", "unknown key \"offer\"");

    // Investments
    row("investment party missing", withInvestments(R"({"partner": "abe"})"),
        "$.investments[0]", "missing required key \"party\"");
    row("investment partner missing", withInvestments(R"({"party": "abe"})"),
        "$.investments[0]", "missing required key \"partner\"");
    row("investment unknown party", withInvestments(R"({"party": "bob", "partner": "abe"})"),
        "$.investments[0].party", "unknown party \"bob\"");
    row("investment unknown partner", withInvestments(R"({"party": "abe", "partner": "bob"})"),
        "$.investments[0].partner", "unknown party \"bob\"");
    row("investment in itself", withInvestments(R"({"party": "abe", "partner": "abe"})"),
        "$.investments[0].partner", "with itself");
    row("investment amount above 1",
        withInvestments(R"({"party": "abe", "partner": "mary", "amount": 1.2})"),
        "$.investments[0].amount", "value 1.2 is outside [0, 1]");
    row("investment exclusive a string",
        withInvestments(R"({"party": "abe", "partner": "mary", "exclusive": "yes"})"),
        "$.investments[0].exclusive", "expected true or false");
    row("investment duplicate",
        withInvestments(R"({"party": "mary", "partner": "abe"}, {"party": "abe", "partner": "mary"},
                           {"party": "mary", "partner": "abe", "amount": 0.5})"),
        "$.investments[2]", "duplicate investment mary -> abe");
    row("investment unknown key",
        withInvestments(R"({"party": "abe", "partner": "mary", "amout": 0.5})"),
        "$.investments[0].amout", "unknown key \"amout\"");

    // Events
    row("event not an object", withEvents("4"), "$.events[0]", "expected an object");
    row("event time missing", withEvents(R"({"label": "x"})"), "$.events[0]",
        "missing required key \"time\"");
    row("event time above duration", withEvents(R"({"time": 11})"), "$.events[0].time",
        "value 11 is outside [0, 10]");
    row("event time negative", withEvents(R"({"time": 0}, {"time": -1})"), "$.events[1].time",
        "value -1 is outside [0, 10]");
    row("event time not integral", withEvents(R"({"time": 2.5})"), "$.events[0].time",
        "must be an integer");
    row("event time a string", withEvents(R"({"time": "3"})"), "$.events[0].time",
        "expected a number");
    row("event label a number", withEvents(R"({"time": 3, "label": 3})"), "$.events[0].label",
        "expected a string");
    row("event caption null", withEvents(R"({"time": 3, "caption": null})"),
        "$.events[0].caption", "expected a string");
    row("event set an object", withEvents(R"({"time": 3, "set": {}})"), "$.events[0].set",
        "expected an array");
    row("event unknown key", withEvents(R"({"time": 3, "changes": []})"),
        "$.events[0].changes", "unknown key \"changes\"");

    // Changes
    row("change not an object", withChange("[]"), "$.events[0].set[0]", "expected an object");
    row("change names no record", withChange(R"({"active": true})"), "$.events[0].set[0]",
        "names no record");
    row("change names two records",
        withChange(R"({"party": "abe", "need": ["abe", "company"], "importance": 0.5})"),
        "$.events[0].set[0]", "names more than one record");
    row("change sets no field", withChange(R"({"party": "abe"})"), "$.events[0].set[0]",
        "sets no field");
    row("change unknown key", withChange(R"({"party": "abe", "colour": "red"})"),
        "$.events[0].set[0].colour", "unknown key \"colour\"");
    row("party change unknown party", withChange(R"({"party": "bob", "active": true})"),
        "$.events[0].set[0].party", "unknown party \"bob\"");
    row("party change sets quality", withChange(R"({"party": "abe", "quality": 0.5})"),
        "$.events[0].set[0].quality", "a party change cannot set \"quality\"");
    row("party change comparisonLevel above 1",
        withChange(R"({"party": "abe", "comparisonLevel": 1.2})"),
        "$.events[0].set[0].comparisonLevel", "value 1.2 is outside [0, 1]");
    row("party change active a string", withChange(R"({"party": "abe", "active": "true"})"),
        "$.events[0].set[0].active", "expected true or false");
    row("party change x a string", withChange(R"({"party": "abe", "x": "left"})"),
        "$.events[0].set[0].x", "expected a number");
    row("need change unknown party", withChange(R"({"need": ["bob", "company"], "importance": 0.5})"),
        "$.events[0].set[0].need[0]", "unknown party \"bob\"");
    row("need change unknown desire", withChange(R"({"need": ["abe", "money"], "importance": 0.5})"),
        "$.events[0].set[0].need[1]", "unknown desire \"money\"");
    row("need change short", withChange(R"({"need": ["abe"], "importance": 0.5})"),
        "$.events[0].set[0].need", "expected [PARTY, DESIRE]");
    row("need change a string", withChange(R"({"need": "abe", "importance": 0.5})"),
        "$.events[0].set[0].need", "expected an array");
    row("need change importance above 1",
        withChange(R"({"need": ["abe", "company"], "importance": 7})"),
        "$.events[0].set[0].importance", "value 7 is outside [0, 1]");
    row("need change sets quality", withChange(R"({"need": ["abe", "company"], "quality": 0.5})"),
        "$.events[0].set[0].quality", "a need change cannot set \"quality\"");
    row("provision change to itself",
        withChange(R"({"provision": ["abe", "abe", "company"], "quality": 0.5})"),
        "$.events[0].set[0].provision", "from a party to itself");
    row("provision change unknown from",
        withChange(R"({"provision": ["bob", "abe", "company"], "quality": 0.5})"),
        "$.events[0].set[0].provision[0]", "unknown party \"bob\"");
    row("provision change unknown to",
        withChange(R"({"provision": ["abe", "bob", "company"], "quality": 0.5})"),
        "$.events[0].set[0].provision[1]", "unknown party \"bob\"");
    row("provision change unknown desire",
        withChange(R"({"provision": ["abe", "mary", "money"], "quality": 0.5})"),
        "$.events[0].set[0].provision[2]", "unknown desire \"money\"");
    row("provision change id a number",
        withChange(R"({"provision": ["abe", 2, "company"], "quality": 0.5})"),
        "$.events[0].set[0].provision[1]", "expected a string");
    row("provision change long",
        withChange(R"({"provision": ["abe", "mary", "company", "x"], "quality": 0.5})"),
        "$.events[0].set[0].provision", "expected [FROM, TO, DESIRE]");
    row("provision change quality above 1",
        withChange(R"({"provision": ["abe", "mary", "company"], "quality": 1.5})"),
        "$.events[0].set[0].quality", "value 1.5 is outside [0, 1]");
    row("provision change perceived negative",
        withChange(R"({"provision": ["abe", "mary", "company"], "perceived": -1})"),
        "$.events[0].set[0].perceived", "value -1 is outside [0, 1]");
    row("provision change sets amount",
        withChange(R"({"provision": ["abe", "mary", "company"], "amount": 0.5})"),
        "$.events[0].set[0].amount", "a provision change cannot set \"amount\"");
    row("option change unknown option",
        withChange(R"({"option": "gym", "desire": "company", "quality": 0.5})"),
        "$.events[0].set[0].option", "unknown outside option \"gym\"");
    row("option change without desire", withChange(R"({"option": "home", "quality": 0.5})"),
        "$.events[0].set[0]", "missing required key \"desire\"");
    row("option change unknown desire",
        withChange(R"({"option": "home", "desire": "money", "quality": 0.5})"),
        "$.events[0].set[0].desire", "unknown desire \"money\"");
    row("option change quality above 1",
        withChange(R"({"option": "home", "desire": "company", "quality": 2})"),
        "$.events[0].set[0].quality", "value 2 is outside [0, 1]");
    row("option change perceived above 1",
        withChange(R"({"option": "home", "desire": "company", "perceived": 1.5})"),
        "$.events[0].set[0].perceived", "value 1.5 is outside [0, 1]");
    row("option change sets no field", withChange(R"({"option": "home", "desire": "company"})"),
        "$.events[0].set[0]", "sets no field");
    row("option change sets exclusive",
        withChange(R"({"option": "home", "desire": "company", "exclusive": true})"),
        "$.events[0].set[0].exclusive", "an option change cannot set \"exclusive\"");
    row("investment change in itself", withChange(R"({"investment": ["abe", "abe"], "amount": 0.5})"),
        "$.events[0].set[0].investment", "with itself");
    row("investment change unknown partner",
        withChange(R"({"investment": ["abe", "bob"], "amount": 0.5})"),
        "$.events[0].set[0].investment[1]", "unknown party \"bob\"");
    row("investment change amount above 1",
        withChange(R"({"investment": ["abe", "mary"], "amount": 1.5})"),
        "$.events[0].set[0].amount", "value 1.5 is outside [0, 1]");
    row("investment change exclusive a number",
        withChange(R"({"investment": ["abe", "mary"], "exclusive": 1})"),
        "$.events[0].set[0].exclusive", "expected true or false");
    row("investment change sets no field", withChange(R"({"investment": ["abe", "mary"]})"),
        "$.events[0].set[0]", "sets no field");
    row("investment change sets active",
        withChange(R"({"investment": ["abe", "mary"], "active": true})"),
        "$.events[0].set[0].active", "an investment change cannot set \"active\"");
}

void TestScenarioFile::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    QFETCH(QString, reason);
    Scenario s;
    ScenarioError error;
    QVERIFY(!readScenario(json, QStringLiteral("bad.powerfield.json"), &s, &error));
    QCOMPARE(error.file, QStringLiteral("bad.powerfield.json"));
    QCOMPARE(error.place, place);
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    QVERIFY(!error.message().contains(u'\n'));
}

void TestScenarioFile::acceptsByteOrderMark()
{
    const QByteArray plain = withRest(R"("title": "Caf\u00e9 \u00fcber")");
    const Scenario expected = readOrFail(plain);
    QCOMPARE(expected.title, QStringLiteral("Café über"));
    Scenario s;
    ScenarioError error;
    QVERIFY2(readScenario("\xEF\xBB\xBF" + plain, QStringLiteral("bom"), &s, &error),
             qPrintable(error.message()));
    QCOMPARE(s, expected);
    // A mark anywhere else is not whitespace to JSON.
    QVERIFY(!readScenario(" \xEF\xBB\xBF" + plain, QStringLiteral("bom"), &s, &error));
}

void TestScenarioFile::keepsUiAsGiven()
{
    const Scenario s = readOrFail(withRest(
        R"("ui": {"lens": "actual", "whatever": [1, {"deep": null}], "Unknown Key": true})"));
    QVERIFY(s.hasUi);
    QCOMPARE(s.ui.value(QStringLiteral("lens")).toString(), QStringLiteral("actual"));
    QCOMPARE(s.ui.value(QStringLiteral("whatever")).toArray().size(), 2);
    QVERIFY(!readOrFail(withRest({})).hasUi);
}

// QJsonDocument keeps the last of repeated keys without a word, so "version": 2, "version": 1
// loaded; the strict check before it refuses a key given twice at any depth.
void TestScenarioFile::duplicateKeysAreRefused()
{
    Scenario s;
    ScenarioError error;
    const QByteArray titles = withRest(R"("title": "first", "duration": 3, "title": "second")");
    QVERIFY(!readScenario(titles, QStringLiteral("dup"), &s, &error));
    QCOMPARE(error.message(), QStringLiteral("dup: %1: the key \"title\" appears twice in one object")
                                  .arg(columnOf(titles, "\"title\": \"second")));
    const QByteArray xs = withParties(R"({"id": "abe", "name": "Abe", "x": 1, "x": 2, "id": "abel"})");
    QVERIFY(!readScenario(xs, QStringLiteral("dup"), &s, &error));
    QCOMPARE(error.message(), QStringLiteral("dup: %1: the key \"x\" appears twice in one object")
                                  .arg(columnOf(xs, "\"x\": 2")));
}

void TestScenarioFile::strictJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("at"); // the place is where this first occurs
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const QByteArray &json, const QByteArray &at, const char *reason) {
        QTest::newRow(name) << json << at << QString::fromUtf8(reason);
    };
    // Raw control characters in strings: Qt took them as they were.
    row("raw NUL", titled(QByteArray("a\0b", 3)), QByteArray(1, '\0'),
        "control character U+0000 inside a string (write it as \\u0000)");
    row("raw newline", titled("a\nb"), "\n", "control character U+000A inside a string (write it as \\u000a)");
    row("raw ESC", titled("a\x1b[31mb"), "\x1b", "control character U+001B inside a string (write it as \\u001b)");
    row("raw tab", titled("a\tb"), "\t", "control character U+0009 inside a string (write it as \\u0009)");
    row("raw control in a key", withRest("\"ti\x01tle\": 1"), "\x01", "control character U+0001 inside a string (write it as \\u0001)");
    // Numbers: Qt took .5 and 5., and called 05 and 0x10 an "unterminated object".
    const auto at = [](const char *number) {
        return withParties("{\"id\": \"abe\", \"name\": \"A\", \"x\": " + QByteArray(number) + "}");
    };
    row("no digit before the point", at(".5"), ".5", "the number .5 needs a digit before the decimal point");
    row("negative, no digit before the point", at("-.5"), "-.5", "the number -.5 needs a digit before the decimal point");
    row("no digit after the point", at("5."), "5.", "the number 5. needs a digit after the decimal point");
    row("no digit after the point, exponent", at("5.e3"), "5.e3", "the number 5.e3 needs a digit after the decimal point");
    row("leading zero", at("05"), "05", "the number 05 has a leading zero");
    row("leading zeros, negative", at("-007"), "-007", "the number -007 has a leading zero");
    row("hexadecimal", at("0x10"), "0x10", "the number 0x10 is hexadecimal; write numbers in decimal");
    row("plus sign", at("+1"), "+1", "the number +1 starts with '+' (write it without)");
    row("minus alone", at("-"), "-}", "the number - is malformed");
    row("empty exponent", at("1e"), "1e", "the number 1e needs digits in its exponent");
    row("signed empty exponent", at("1e+"), "1e+", "the number 1e+ needs digits in its exponent");
    row("two points", at("1.5.3"), "1.5.3", "the number 1.5.3 is malformed");
    row("letters after digits", at("12abc"), "12abc", "the number 12abc is malformed");
    row("Infinity", at("Infinity"), "Infinity", "unexpected word Infinity (JSON knows true, false and null)");
    row("negative Infinity", at("-Infinity"), "-Infinity", "the number -Infinity is malformed");
    row("misspelt true", withRest("\"ui\": {\"a\": tru}"), "tru}", "unexpected word tru (JSON knows true, false and null)");
    // Keys given twice, at any depth: the last one silently won.
    row("version twice", R"({"format": "powerfield", "version": 2, "version": 1, "desires": [], "parties": []})",
        "\"version\": 1", "the key \"version\" appears twice in one object");
    row("need twice", scenarioText(R"({"id": "d", "name": "D"})", R"({"id": "a", "name": "A", "needs": {"d": 7, "d": 0.5}})"),
        "\"d\": 0.5", "the key \"d\" appears twice in one object");
    row("invalid parties, then valid ones", R"({"format": "powerfield", "version": 1, "desires": [], "parties": 7, "parties": []})",
        "\"parties\": []", "the key \"parties\" appears twice in one object");
    row("twice deep in ui", withRest(R"("ui": {"a": [{"b": 1, "b": 1}]})"), "\"b\": 1}", "the key \"b\" appears twice in one object");
    row("twice, once escaped", withRest(R"("ui": {"ab": 1, "a\u0062": 2})"), "\"a\\u0062\"", "the key \"ab\" appears twice in one object");
    QByteArray many = R"("ui": {)";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\": 1, ";
    row("twice among many (hashed)", withRest(many + R"("k17": 2})"), "\"k17\": 2", "the key \"k17\" appears twice in one object");
    // Other text that is not JSON.
    row("comment", withRest("\"duration\": 3 /* three */"), "/*", "expected ',' or '}' in an object, found '/'");
    row("single quotes", withRest("\"title\": 'T'"), "'T'", "expected a value, found '''");
    row("trailing comma in an array", withRest("\"ui\": {\"a\": [1, 2,]}"), "]}", "expected a value, found ']'");
    row("invalid escape", titled("a\\qb"), "\\q", "invalid escape \\q in a string");
    row("short \\u escape", titled("a\\u12"), "\\u12", "\\u needs four hexadecimal digits");
    row("unclosed string", withRest("\"title\": \"T}"), "\"T}", "the string is not closed (a \" is missing)");
    row("byte-order mark inside", withRest("\"duration\": \xEF\xBB\xBF" "3"), "\xEF\xBB\xBF", "expected a value, found a byte-order mark (U+FEFF)");
    row("unclosed object", "{\"format\": \"powerfield\", \"ui\": {\"a\": 1", "{\"format",
        "the file ends inside the object opened at line 1, column 32");
}

// Malformed text is refused at its line and column with a reason that names the fault; Qt's
// parser accepted most of these rows, or called them an "unterminated object".
void TestScenarioFile::strictJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, at);
    QFETCH(QString, reason);
    Scenario s;
    ScenarioError error;
    QVERIFY(!readScenario(json, QStringLiteral("s.json"), &s, &error));
    const bool atEnd = QByteArray(QTest::currentDataTag()) == "unclosed object";
    const QString place = atEnd ? QStringLiteral("line 1, column %1").arg(json.size() + 1) : columnOf(json, at);
    QCOMPARE(error.message(), QStringLiteral("s.json: ") + place + QStringLiteral(": ") + reason);
}

// 1e-400 is valid JSON too small for a double: it reads as 0 (Qt called it an illegal number),
// and the places after it keep their columns.
void TestScenarioFile::underflowReadsAsZero()
{
    const Scenario s = readOrFail(withParties(
        R"({"id": "abe", "name": "A", "x": 1e-400, "y": -2.5e-999, "needs": {"company": 1e-330}},
           {"id": "mary", "name": "M", "x": 1e-310, "y": 0.0000000000000000000000000000001e-300})"));
    QCOMPARE(s.parties.size(), 2);
    QVERIFY(sameBits(s.parties[0].x, 0.0));
    QCOMPARE(s.parties[0].y, 0.0);
    QCOMPARE(s.parties[0].importance(QStringLiteral("company")), 0.0);
    QCOMPARE(s.parties[1].x, 1e-310); // a denormal stays what it is
    QCOMPARE(s.parties[1].y, 0.0);
    const QByteArray later = withParties(R"({"id": "abe", "name": "A", "x": 1e-400, "y": 05})");
    Scenario t;
    ScenarioError error;
    QVERIFY(!readScenario(later, QStringLiteral("u"), &t, &error));
    QCOMPARE(error.place, columnOf(later, "05"));
}

void TestScenarioFile::encodingMessages_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray json = withRest({});
    const QString wide = QStringLiteral("e.json: file: the file is UTF-16: save it as UTF-8");
    QTest::newRow("UTF-16 LE with BOM") << "\xFF\xFE" + utf16(json, QStringConverter::Utf16LE) << wide;
    QTest::newRow("UTF-16 BE with BOM") << "\xFE\xFF" + utf16(json, QStringConverter::Utf16BE) << wide;
    QTest::newRow("UTF-16 LE without BOM") << utf16(json, QStringConverter::Utf16LE) << wide;
    QTest::newRow("UTF-16 BE without BOM") << utf16(json, QStringConverter::Utf16BE) << wide;
    QTest::newRow("UTF-16 LE, blank line first") << utf16(" \n" + json, QStringConverter::Utf16LE) << wide;
    const QString empty = QStringLiteral("e.json: file: the file is empty");
    QTest::newRow("empty") << QByteArray() << empty;
    QTest::newRow("blank") << QByteArray(" \r\n\t\n") << empty;
    QTest::newRow("byte-order mark only") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("two byte-order marks") << "\xEF\xBB\xBF\xEF\xBB\xBF" + json
                                          << QStringLiteral("e.json: line 1, column 1: a second byte-order mark");
}

// UTF-16 was called an "unterminated object", an empty file an "illegal value".
void TestScenarioFile::encodingMessages()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    Scenario s;
    ScenarioError error;
    QVERIFY(!readScenario(data, QStringLiteral("e.json"), &s, &error));
    QCOMPARE(error.message(), message);
}

void TestScenarioFile::textLimits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place"); // empty: accepted
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("limit");
    const auto text = [](int n) { return "\"" + QByteArray(n, 'n') + "\""; };
    const int name = limits::kMaxNameLength;
    const int longText = limits::kMaxTextLength;
    const auto party = [&](int n) { return withParties(R"({"id": "abe", "name": )" + text(n) + "}"); };
    const auto row = [](const char *tag, const QByteArray &json, const char *place, int length, int limit) {
        QTest::newRow(tag) << json << QString::fromLatin1(place) << length << limit;
    };
    row("party name at the limit", party(name), "", name, name);
    row("party name too long", party(name + 1), "$.parties[0].name", name + 1, name);
    row("party name of a megabyte", party(1 << 20), "$.parties[0].name", 1 << 20, name);
    row("party id too long", withParties(R"({"name": "A", "id": )" + text(name + 1) + "}"), "$.parties[0].id", name + 1, name);
    row("desire name too long", withDesires(R"({"id": "d", "name": )" + text(name + 1) + "}"), "$.desires[0].name", name + 1, name);
    row("option name too long", withOptions(R"({"id": "o", "owner": "abe", "name": )" + text(name + 1) + "}"),
        "$.outsideOptions[0].name", name + 1, name);
    row("title at the limit", withRest("\"title\": " + text(name)), "", name, name);
    row("title too long", withRest("\"title\": " + text(name + 1)), "$.title", name + 1, name);
    row("description at the limit", withRest("\"description\": " + text(longText)), "", longText, longText);
    row("description too long", withRest("\"description\": " + text(longText + 1)), "$.description", longText + 1, longText);
    row("notes too long", withRest("\"notes\": " + text(longText + 1)), "$.notes", longText + 1, longText);
    row("event label too long", withEvents(R"({"time": 1, "label": )" + text(name + 1) + "}"), "$.events[0].label", name + 1, name);
    row("event caption at the limit", withEvents(R"({"time": 1, "caption": )" + text(longText) + "}"), "", longText, longText);
    row("event caption too long", withEvents(R"({"time": 1, "caption": )" + text(longText + 1) + "}"),
        "$.events[0].caption", longText + 1, longText);
}

// A name of a megabyte kept the window from painting for minutes.
void TestScenarioFile::textLimits()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    QFETCH(int, length);
    QFETCH(int, limit);
    Scenario s;
    ScenarioError error;
    QCOMPARE(readScenario(json, QStringLiteral("t"), &s, &error), place.isEmpty());
    if (place.isEmpty())
        return;
    QCOMPARE(error.place, place);
    QCOMPARE(error.reason, QStringLiteral("text of %1 characters is too long (at most %2)").arg(length).arg(limit));
}

void TestScenarioFile::coordinateLimits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place"); // empty: accepted
    const auto party = [](const char *key, const char *value) {
        return withParties("{\"id\": \"abe\", \"name\": \"A\", \"" + QByteArray(key) + "\": " + value + "}");
    };
    QTest::newRow("x at the limit") << party("x", "1000000") << QString();
    QTest::newRow("y at the negative limit") << party("y", "-1e6") << QString();
    QTest::newRow("x just past") << party("x", "1000000.0000001") << QStringLiteral("$.parties[0].x");
    QTest::newRow("x 1e18") << party("x", "1e18") << QStringLiteral("$.parties[0].x");
    QTest::newRow("x 1e308") << party("x", "1e308") << QStringLiteral("$.parties[0].x");
    QTest::newRow("y -1e7") << party("y", "-1e7") << QStringLiteral("$.parties[0].y");
    QTest::newRow("event x") << withChange(R"({"party": "abe", "x": 2e6})") << QStringLiteral("$.events[0].set[0].x");
    QTest::newRow("event y") << withChange(R"({"party": "abe", "y": -1e300})") << QStringLiteral("$.events[0].set[0].y");
}

// Parties at x = 1e6 to 1e18 exported as a hairline, at 1e308 as a blank field.
void TestScenarioFile::coordinateLimits()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    Scenario s;
    ScenarioError error;
    QCOMPARE(readScenario(json, QStringLiteral("c"), &s, &error), place.isEmpty());
    if (place.isEmpty())
        return;
    QCOMPARE(error.place, place);
    QVERIFY2(error.reason.endsWith(QLatin1String(" is outside [-1000000, 1000000]")), qPrintable(error.reason));
}

// The README said 100,000 parties and 1,000,000 provisions while the code allowed 50,000 and
// 200,000: its limits paragraph must name exactly the numbers of filelimits.h.
void TestScenarioFile::readmeStatesTheLimits()
{
    QFile file(QStringLiteral(POWERFIELD_SOURCE_DIR "/README.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString readme = QString::fromUtf8(file.readAll());
    const qsizetype start = readme.indexOf(QLatin1String("The reader refuses files over"));
    QVERIFY(start >= 0);
    QString paragraph = readme.mid(start, readme.indexOf(QLatin1String("\n\n"), start) - start).simplified();
    paragraph.remove(QRegularExpression(QStringLiteral("`[^`]*`"))); // examples of bad numbers
    paragraph.remove(QLatin1String("UTF-8"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const auto n = [&](qint64 v) { return english.toString(v); };
    using namespace limits;
    const QStringList expected = {
        QStringLiteral("over %1 MB").arg(kMaxFileBytes / (1024 * 1024)),
        n(kMaxDesires) + QStringLiteral(" desires"),
        n(kMaxParties) + QStringLiteral(" parties,"),
        n(kMaxOptions) + QStringLiteral(" outside options"),
        n(kMaxEvents) + QStringLiteral(" events"),
        n(kMaxProvisions) + QStringLiteral(" provisions"),
        n(kMaxInvestments) + QStringLiteral(" investments"),
        n(kMaxPartyDesirePairs) + QStringLiteral(" parties times desires"),
        QStringLiteral("the title longer than %1 characters").arg(n(kMaxNameLength)),
        QStringLiteral("event captions longer than %1 characters").arg(n(kMaxTextLength)),
        QStringLiteral("beyond ±%1").arg(n(qint64(kMaxCoordinate))),
    };
    const QRegularExpression number(QStringLiteral("\\d[\\d,]*\\d|\\d"));
    QStringList numbers;
    for (const QString &phrase : expected) {
        QVERIFY2(paragraph.contains(phrase), qPrintable(phrase));
        numbers += number.match(phrase).captured();
    }
    // No other number, such as a stale limit, stands in the paragraph.
    for (auto it = number.globalMatch(paragraph); it.hasNext();) {
        const QString found = it.next().captured();
        QVERIFY2(numbers.contains(found), qPrintable(found));
    }
}

void TestScenarioFile::deepNestingIsRefused()
{
    const QByteArray deepUi = withRest(R"("ui": )" + QByteArray(5000, '[') + QByteArray(5000, ']'));
    ScenarioError error;
    Scenario s;
    QVERIFY(!readScenario(deepUi, QStringLiteral("deep"), &s, &error));
    QVERIFY2(error.place.startsWith(QLatin1String("line 1, column")), qPrintable(error.message()));
    QVERIFY2(error.reason.contains(QLatin1String("nested deeper than 1024 levels")), qPrintable(error.reason));
    // Deep but within Qt's limit: only the type of the outer value matters.
    const QByteArray deepParty = withParties(QByteArray(500, '[') + QByteArray(500, ']'));
    QVERIFY(!readScenario(deepParty, QStringLiteral("deep"), &s, &error));
    QCOMPARE(error.place, QStringLiteral("$.parties[0]"));
}

// Every prefix of a valid file is either refused or (only the whole file) loaded; none crashes.
void TestScenarioFile::truncatedFilesNeverLoad()
{
    QFile file(dataPath("every-feature.powerfield.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll().trimmed();
    Scenario s;
    ScenarioError error;
    for (qsizetype n = 0; n < whole.size(); ++n) {
        QVERIFY2(!readScenario(whole.left(n), QStringLiteral("cut"), &s, &error),
                 qPrintable(QString::number(n)));
        QVERIFY(!error.place.isEmpty());
        QVERIFY(!error.reason.isEmpty());
    }
    QVERIFY2(readScenario(whole, QStringLiteral("whole"), &s, &error), qPrintable(error.message()));
}

void TestScenarioFile::failedReadLeavesOutputUntouched()
{
    const Scenario before = sampleScenario();
    Scenario s = before;
    ScenarioError error;
    // Fails at the last record read, after desires, parties and provisions were accepted.
    const QByteArray lateError = withRest(
        R"("provisions": [{"from": "abe", "to": "mary", "desire": "company", "quality": 0.5}],
           "events": [{"time": 0, "set": [{"party": "abe", "x": 1}, {"party": "nobody", "x": 2}]}])");
    QVERIFY(!readScenario(lateError, QStringLiteral("late"), &s, &error));
    QCOMPARE(error.place, QStringLiteral("$.events[0].set[1].party"));
    QCOMPARE(s, before);
    QVERIFY(!readScenario("{", QStringLiteral("early"), &s, &error));
    QCOMPARE(s, before);
    // A null output is allowed: the caller only wants to know whether the file is valid.
    QVERIFY(readScenario(withRest({}), QStringLiteral("ok"), nullptr, nullptr));
    QVERIFY(!readScenario("{", QStringLiteral("bad"), nullptr, nullptr));
}

void TestScenarioFile::messageNamesFilePlaceAndReason()
{
    ScenarioError error;
    Scenario s;
    QVERIFY(!readScenario(withParties(R"({"id": "a", "name": "A", "comparisonLevel": 2})"),
                          QStringLiteral("/tmp/x.powerfield.json"), &s, &error));
    QCOMPARE(error.message(),
             QStringLiteral("/tmp/x.powerfield.json: $.parties[0].comparisonLevel: "
                            "value 2 is outside [0, 1]"));
}

void TestScenarioFile::sizeLimit()
{
    QByteArray big = withRest(R"("notes": ")");
    big.append(QByteArray(50 * 1024 * 1024, 'a'));
    big.append("\"}");
    Scenario s;
    ScenarioError error;
    QVERIFY(!readScenario(big, QStringLiteral("big"), &s, &error));
    QCOMPARE(error.place, QStringLiteral("file"));
    QVERIFY2(error.reason.contains(QLatin1String("50 MB")), qPrintable(error.reason));
}

// JSON objects are unordered (QJsonObject even sorts its keys), so needs and offers are
// kept in the order of the desires list.
void TestScenarioFile::needsFollowDesireOrder()
{
    const Scenario s = readOrFail(scenarioText(
        R"({"id": "zeal", "name": "Z"}, {"id": "advice", "name": "A"}, {"id": "money", "name": "M"})",
        R"({"id": "abe", "name": "Abe", "needs": {"money": 0.1, "advice": 0.2, "zeal": 0.3}})",
        R"("outsideOptions": [{"id": "o", "owner": "abe", "name": "O",
            "offers": {"money": {"quality": 0.1}, "zeal": {"quality": 0.2}}}])"));
    QCOMPARE(s.parties.size(), 1);
    QCOMPARE(s.parties[0].needs, (QVector<Need>{{QStringLiteral("zeal"), 0.3},
                                                {QStringLiteral("advice"), 0.2},
                                                {QStringLiteral("money"), 0.1}}));
    QCOMPARE(s.options[0].offers.size(), 2);
    QCOMPARE(s.options[0].offers[0].desire, QStringLiteral("zeal"));
}

void TestScenarioFile::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("model example") << dataPath("model-example.powerfield.json");
    QTest::newRow("every feature") << dataPath("every-feature.powerfield.json");
}

void TestScenarioFile::roundTrip()
{
    QFETCH(QString, path);
    Scenario first;
    ScenarioError error;
    QVERIFY2(readScenarioFile(path, &first, &error), qPrintable(error.message()));
    const QByteArray written = writeScenario(first);
    Scenario second;
    QVERIFY2(readScenario(written, QStringLiteral("written"), &second, &error),
             qPrintable(error.message() + QLatin1Char('\n') + QString::fromUtf8(written)));
    QCOMPARE(second, first);
    QCOMPARE(writeScenario(second), written);
}

void TestScenarioFile::numbersSurvive_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    QTest::newRow("2/3") << 2.0 / 3.0 << QByteArray("0.6666666666666666");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-07");
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("1") << 1.0 << QByteArray("1");
    QTest::newRow("123456.789") << 123456.789 << QByteArray("123456.789");
    QTest::newRow("-2.5e+21") << -2.5e21 << QByteArray("-2.5e+21");
    QTest::newRow("0") << 0.0 << QByteArray("0");
    QTest::newRow("smallest subnormal") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("largest double") << 1.7976931348623157e308
                                    << QByteArray("1.7976931348623157e+308");
    QTest::newRow("smallest normal") << 2.2250738585072014e-308
                                     << QByteArray("2.2250738585072014e-308");
}

// Each value as a position (beyond the positions' limit, in the ui object) and, when it lies
// in [0, 1], as a quality, a perceived value and an importance: read back bit for bit.
void TestScenarioFile::numbersSurvive()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    Scenario s = sampleScenario();
    const bool unit = isUnitValue(value);
    if (unit) {
        s.provisions[0].rating.quality = value;
        s.provisions[1].rating.perceived = value;
        s.parties[0].needs[0].importance = value;
    }
    const bool position = std::abs(value) <= limits::kMaxCoordinate;
    if (position) {
        s.parties[1].x = value;
        s.parties[1].y = -value / 2;
    } else {
        s.hasUi = true;
        s.ui.insert(QStringLiteral("x"), value);
    }
    s.parties[0].x = 123456.789;
    const QByteArray written = writeScenario(s);
    // The ui object is written compactly, by Qt.
    QVERIFY2(written.contains(position ? "\"x\": " + text + ",\n" : "\"x\":" + text), written.constData());
    QVERIFY(written.contains("\"x\": 123456.789,\n"));
    Scenario back;
    ScenarioError error;
    QVERIFY2(readScenario(written, QStringLiteral("n"), &back, &error), qPrintable(error.message()));
    if (position) {
        QVERIFY(sameBits(back.parties[1].x, value));
        QCOMPARE(back.parties[1].y, -value / 2); // -0.0 comes back as 0, see negativeZero()
    } else {
        QVERIFY(sameBits(back.ui.value(QStringLiteral("x")).toDouble(), value));
    }
    QVERIFY(sameBits(back.parties[0].x, 123456.789));
    if (unit) {
        QVERIFY(sameBits(back.provisions[0].rating.quality, value));
        QVERIFY(sameBits(*back.provisions[1].rating.perceived, value));
        QVERIFY(sameBits(back.parties[0].needs[0].importance, value));
    }
    QCOMPARE(back, s);
    QCOMPARE(writeScenario(back), written);
}

// Qt reads "-0" and "-0.0" as +0; the writer writes -0.0 as 0 so a second write gives the
// same bytes as the first.
void TestScenarioFile::negativeZero()
{
    Scenario s = sampleScenario();
    s.parties[0].x = -0.0;
    s.parties[0].y = -0.0;
    const QByteArray written = writeScenario(s);
    QVERIFY2(written.contains("\"x\": 0,\n"), written.constData());
    QVERIFY(!written.contains("-0"));
    const Scenario back = readOrFail(written);
    QCOMPARE(back, s);
    QCOMPARE(writeScenario(back), written);
}

void TestScenarioFile::perceivedGivenOrAbsentIsKept()
{
    Scenario s = sampleScenario();
    Event event;
    event.time = 2;
    Change withPerceived;
    withPerceived.target = Change::Target::Option;
    withPerceived.option = QStringLiteral("home");
    withPerceived.desire = QStringLiteral("company");
    withPerceived.perceived = 0.0;
    Change without;
    without.target = Change::Target::Provision;
    without.party = QStringLiteral("abe");
    without.other = QStringLiteral("mary");
    without.desire = QStringLiteral("company");
    without.quality = 0.9;
    event.changes = {withPerceived, without};
    s.events = {event};
    s.options[0].offers.append({QStringLiteral("company"), {0.2, 0.2}});
    s.options[0].offers.removeFirst();
    const QByteArray written = writeScenario(s);
    // Given: provision mary -> abe, the offer (equal to its quality) and the option change.
    QCOMPARE(written.count("\"perceived\""), 3);
    QVERIFY(written.contains("\"perceived\": 0}"));
    const Scenario back = readOrFail(written);
    QCOMPARE(back, s);
    QVERIFY(!back.provisions[0].rating.perceived);
    QCOMPARE(back.provisions[1].rating.perceived, std::optional<double>(0.25));
    QCOMPARE(back.options[0].offers[0].rating.perceived, std::optional<double>(0.2));
    QCOMPARE(back.events[0].changes[0].perceived, std::optional<double>(0.0));
    QVERIFY(!back.events[0].changes[1].perceived);
}

void TestScenarioFile::writerKeyOrder()
{
    Scenario s;
    QVERIFY(readScenarioFile(dataPath("every-feature.powerfield.json"), &s, nullptr));
    const QByteArray written = writeScenario(s);
    QVERIFY(written.startsWith("{\n  \"format\": \"powerfield\",\n  \"version\": 1,\n"));
    QVERIFY(written.endsWith("}\n"));
    const char *keys[] = {"\"title\"", "\"description\"", "\"notes\"", "\"duration\"",
                          "\"desires\"", "\"parties\"", "\"provisions\"", "\"outsideOptions\"",
                          "\"investments\"", "\"events\"", "\"ui\""};
    qsizetype last = 0;
    for (const char *key : keys) {
        const qsizetype at = written.indexOf(QByteArray("\n  ") + key);
        QVERIFY2(at > last, key);
        last = at;
    }
    const qsizetype party = written.indexOf("\"id\": \"abe\"");
    const char *partyKeys[] = {"\"name\"", "\"kind\"", "\"color\"", "\"x\"", "\"y\"",
                               "\"comparisonLevel\"", "\"active\"", "\"needs\""};
    last = party;
    for (const char *key : partyKeys) {
        const qsizetype at = written.indexOf(key, party);
        QVERIFY2(at > last, key);
        last = at;
    }
    // Short records stay on one line.
    QVERIFY2(written.contains(R"({"from": "abe", "to": "mary", "desire": "safety", "quality": 0.8, "perceived": 0.9})"),
             written.constData());
    QVERIFY(written.contains(R"("needs": {"company": 0.3, "advice": 1, "money": 0.1})"));
    QVERIFY(written.contains(R"({"party": "mary", "partner": "abe", "amount": 0.2, "exclusive": true})"));
    QVERIFY(written.contains(R"({"need": ["uk", "company"], "importance": 0.5})"));
    QVERIFY(written.contains(R"({"option": "abe-friends", "desire": "advice", "quality": 0.5, "perceived": 0.6})"));
    QVERIFY(written.contains(R"("company": {"quality": 0.7, "perceived": 0.95})"));
    QVERIFY(written.contains(R"("caption": "Mary finds advice elsewhere.")"));
    QVERIFY(written.contains(R"("ui": {")"));
}

void TestScenarioFile::writerLeavesOutEmptyOptionalKeys()
{
    Scenario s = sampleScenario();
    Event event;
    event.time = 1;
    s.events = {event};
    const QByteArray written = writeScenario(s);
    QVERIFY(!written.contains("\"notes\""));
    QVERIFY(!written.contains("\"ui\""));
    QVERIFY(!written.contains("\"caption\""));
    QVERIFY(written.contains("\"label\": \"\""));
    QVERIFY(written.contains("\"title\": \"Sample\""));
    QVERIFY(written.contains("\"description\": \"\""));
    s.hasUi = true;
    QVERIFY(writeScenario(s).contains("\"ui\": {}"));
    QCOMPARE(readOrFail(writeScenario(s)), s);
}

void TestScenarioFile::readFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Scenario s = sampleScenario();
    const Scenario before = s;
    ScenarioError error;
    const QString missing = dir.filePath(QStringLiteral("missing.powerfield.json"));
    QVERIFY(!readScenarioFile(missing, &s, &error));
    QCOMPARE(error.file, missing);
    QCOMPARE(error.place, QStringLiteral("file"));
    QVERIFY(!error.reason.isEmpty());
    QVERIFY(!readScenarioFile(dir.path(), &s, &error));
    QCOMPARE(error.place, QStringLiteral("file"));
    QCOMPARE(s, before);

    const QString bad = dir.filePath(QStringLiteral("bad.powerfield.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(withRest(R"("duration": 0)"));
    file.close();
    QVERIFY(!readScenarioFile(bad, &s, &error));
    QCOMPARE(error.message(), bad + QStringLiteral(": $.duration: value 0 is outside [1, 1000000]"));
}

void TestScenarioFile::writeFileReplacesOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.powerfield.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    const Scenario s = sampleScenario();
    QString error;
    QVERIFY2(writeScenarioFile(path, s, &error), qPrintable(error));
    Scenario back;
    ScenarioError readError;
    QVERIFY2(readScenarioFile(path, &back, &readError), qPrintable(readError.message()));
    QCOMPARE(back, s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("s.powerfield.json")});
}

void TestScenarioFile::writeFileIntoReadOnlyDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.powerfield.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    const auto writable = QFile::permissions(dir.path());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    // Root ignores directory permissions; then there is nothing to test.
    QFile probe(dir.filePath(QStringLiteral("probe")));
    const bool canWrite = probe.open(QIODevice::WriteOnly);
    if (canWrite) {
        probe.close();
        probe.remove();
        QFile::setPermissions(dir.path(), writable);
        QSKIP("the directory stays writable (running as root?)");
    }
    QString error;
    const bool written = writeScenarioFile(path, sampleScenario(), &error);
    QFile::setPermissions(dir.path(), writable);
    QVERIFY(!written);
    QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
    QVERIFY(error.size() > path.size() + 2);
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("old content"));
}

void TestScenarioFile::writeFileBelowRegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString regular = dir.filePath(QStringLiteral("regular"));
    QFile file(regular);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old content");
    file.close();
    const QString path = regular + QStringLiteral("/s.powerfield.json");
    QString error;
    QVERIFY(!writeScenarioFile(path, sampleScenario(), &error));
    QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
    QVERIFY(error.size() > path.size() + 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old content"));
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
