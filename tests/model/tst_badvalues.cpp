// SPDX-License-Identifier: GPL-3.0-or-later
// Every number the Document takes, given every kind of bad value: NaN, infinities, values just
// outside [0, 1] and huge ones. Each is refused with a message, pushes nothing and changes
// nothing; the good edge values (0, 1, the smallest denormal, positions up to ±1e6) pass.
// Also enum values out of range, colours, ids, the lengths of texts and the duration's bounds.
#include "document.h"
#include "filelimits.h"
#include "scenariofixture.h"
#include "scenariowriter.h"

#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace powerfield;
using namespace powerfield::test;

namespace {

using Edit = std::function<bool(Document &, double, QString *)>;
using Other = std::function<bool(Document &, QString *)>;
using Limits = std::numeric_limits<double>;

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString company = QStringLiteral("company");
const QString money = QStringLiteral("money");
const QString home = QStringLiteral("mary-home");

Party newParty()
{
    return {QStringLiteral("kim"), QStringLiteral("Kim"), PartyKind::Person, QString(), 0, 0, 0.5, true, {}};
}

Change changeSetting(const std::function<void(Change &)> &set)
{
    Change c;
    set(c);
    return c;
}

// Every entry of a value in [0, 1] (`unit`) or of a position (within ±kMaxCoordinate).
struct Entry
{
    const char *name;
    bool unit;
    Edit edit;
};

const QVector<Entry> &entries()
{
    static const QVector<Entry> list = {
        {"comparison level", true, [](Document &d, double v, QString *e) { return d.setComparisonLevel(abe, v, e); }},
        {"move x", false, [](Document &d, double v, QString *e) { return d.moveParty(abe, {v, 0}, e); }},
        {"move y", false, [](Document &d, double v, QString *e) { return d.moveParty(abe, {0, v}, e); }},
        {"importance", true, [](Document &d, double v, QString *e) { return d.setImportance(abe, company, v, e); }},
        {"new importance", true, [](Document &d, double v, QString *e) { return d.setImportance(abe, money, v, e); }},
        {"new party cl", true, [](Document &d, double v, QString *e) { Party p = newParty(); p.comparisonLevel = v; return d.addParty(p, e); }},
        {"new party x", false, [](Document &d, double v, QString *e) { Party p = newParty(); p.x = v; return d.addParty(p, e); }},
        {"new party y", false, [](Document &d, double v, QString *e) { Party p = newParty(); p.y = v; return d.addParty(p, e); }},
        {"new party need", true, [](Document &d, double v, QString *e) { Party p = newParty(); p.needs = {{money, v}}; return d.addParty(p, e); }},
        {"new provision quality", true, [](Document &d, double v, QString *e) { return d.addProvision({mary, abe, money, {v, std::nullopt}}, e); }},
        {"new provision perceived", true, [](Document &d, double v, QString *e) { return d.addProvision({mary, abe, money, {0.5, v}}, e); }},
        {"quality", true, [](Document &d, double v, QString *e) { return d.setProvisionQuality(abe, mary, company, v, e); }},
        {"perceived", true, [](Document &d, double v, QString *e) { return d.setProvisionPerceived(abe, mary, company, v, e); }},
        {"new option offer", true, [](Document &d, double v, QString *e) { return d.addOption({QStringLiteral("o"), abe, QStringLiteral("O"), {{money, {v, std::nullopt}}}}, e); }},
        {"offer quality", true, [](Document &d, double v, QString *e) { return d.setOffer(home, company, {v, std::nullopt}, e); }},
        {"offer perceived", true, [](Document &d, double v, QString *e) { return d.setOffer(home, company, {0.1, v}, e); }},
        {"new offer", true, [](Document &d, double v, QString *e) { return d.setOffer(home, money, {v, std::nullopt}, e); }},
        {"investment", true, [](Document &d, double v, QString *e) { return d.setInvestment(mary, abe, v, e); }},
        {"new investment", true, [](Document &d, double v, QString *e) { return d.setInvestment(abe, QStringLiteral("coworkers"), v, e); }},
        {"event cl", true, [](Document &d, double v, QString *e) { return d.addEvent({1, QString(), QString(), {changeSetting([&](Change &c) { c.party = abe; c.comparisonLevel = v; })}}, e); }},
        {"event x", false, [](Document &d, double v, QString *e) { return d.addEventChange(0, changeSetting([&](Change &c) { c.party = abe; c.x = v; }), e); }},
        {"event y", false, [](Document &d, double v, QString *e) { return d.setEventChange(0, 0, changeSetting([&](Change &c) { c.party = abe; c.y = v; }), e); }},
        {"event importance", true, [](Document &d, double v, QString *e) { return d.addEventChange(0, needChange(abe, money, v), e); }},
        {"event quality", true, [](Document &d, double v, QString *e) { return d.addEventChange(0, provisionChange(mary, abe, money, v), e); }},
        {"event perceived", true, [](Document &d, double v, QString *e) { Change c = provisionChange(abe, mary, company, 0.5); c.perceived = v; return d.addEventChange(1, c, e); }},
        {"event offer", true, [](Document &d, double v, QString *e) { return d.addEventChange(1, optionChange(home, money, v), e); }},
        {"event investment", true, [](Document &d, double v, QString *e) { return d.setEventChange(1, 1, investmentChange(abe, mary, v), e); }},
    };
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Other)

// Bad values at the Document's boundary, every numeric entry by every bad value.
class TestBadValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void numbers_data();
    void numbers();
    void others_data();
    void others();

private:
    void expect(bool accepted, const std::function<bool(QString *)> &edit);
    Document m_doc;
};

void TestBadValues::init()
{
    m_doc.setScenario(abeAndMary());
}

void TestBadValues::expect(bool accepted, const std::function<bool(QString *)> &edit)
{
    const QByteArray before = writeScenario(m_doc.scenario());
    QString error;
    const bool result = edit(&error);
    QVERIFY2(result == accepted, qPrintable(error));
    if (accepted)
        return;
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_doc.undoStack()->count(), 0);
    QCOMPARE(writeScenario(m_doc.scenario()), before);
}

void TestBadValues::numbers_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    const struct { const char *name; double value; bool unitOk; bool positionOk; } values[] = {
        {"NaN", Limits::quiet_NaN(), false, false},
        {"signalling NaN", Limits::signaling_NaN(), false, false},
        {"-NaN", -Limits::quiet_NaN(), false, false},
        {"inf", Limits::infinity(), false, false},
        {"-inf", -Limits::infinity(), false, false},
        {"just above 1", 1.0000000000000002, false, true},
        {"just below 0", -Limits::denorm_min(), false, true},
        {"-0.1", -0.1, false, true},
        {"max", Limits::max(), false, false},
        {"lowest", Limits::lowest(), false, false},
        {"1e18", 1e18, false, false},
        {"just above 1e6", std::nextafter(1e6, 2e6), false, false},
        {"1e6", 1e6, false, true},
        {"-1e6", -1e6, false, true},
        {"0", 0.0, true, true},
        {"-0", -0.0, true, true},
        {"denormal", Limits::denorm_min(), true, true},
        {"1", 1.0, true, true},
    };
    for (int i = 0; i < entries().size(); ++i) {
        const Entry &e = entries()[i];
        for (const auto &v : values)
            QTest::addRow("%s %s", e.name, v.name) << i << v.value << (e.unit ? v.unitOk : v.positionOk);
    }
}

void TestBadValues::numbers()
{
    QFETCH(int, entry);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    expect(accepted, [&](QString *error) { return entries()[entry].edit(m_doc, value, error); });
}

void TestBadValues::others_data()
{
    QTest::addColumn<Other>("edit");
    QTest::addColumn<bool>("accepted");
    const auto row = [](const char *name, bool accepted, Other edit) { QTest::newRow(name) << edit << accepted; };
    row("kind out of range", false, [](Document &d, QString *e) { return d.setPartyKind(abe, PartyKind(4), e); });
    row("kind negative", false, [](Document &d, QString *e) { return d.setPartyKind(abe, PartyKind(-1), e); });
    row("new party kind", false, [](Document &d, QString *e) { Party p = newParty(); p.kind = PartyKind(99); return d.addParty(p, e); });
    row("base out of range", false, [](Document &d, QString *e) { return d.setDesireBase(company, PowerBase(7), e); });
    row("new desire base", false, [](Document &d, QString *e) { return d.addDesire({QStringLiteral("x"), QStringLiteral("X"), PowerBase(-3)}, e); });
    for (const char *color : {"red", "#12345", "#1234567", "#GGGGGG", "", "#12345g", " #123456", "#123456 ", "0x123456"}) {
        QTest::addRow("colour '%s'", color) << Other([color](Document &d, QString *e) {
            return d.setPartyColor(abe, QString::fromLatin1(color), e); }) << false;
    }
    row("colour lower case", true, [](Document &d, QString *e) { return d.setPartyColor(abe, QStringLiteral("#abcdef"), e); });
    for (const char *id : {"", "a b", "caf\xc3\xa9", "a.b", "a/b", "a\"b", "-"}) {
        const QString text = QString::fromUtf8(id);
        QTest::addRow("party id '%s'", id) << Other([text](Document &d, QString *e) {
            Party p = newParty(); p.id = text; return d.addParty(p, e); }) << (text == QLatin1String("-"));
        QTest::addRow("desire id '%s'", id) << Other([text](Document &d, QString *e) {
            return d.addDesire({text, QStringLiteral("D"), PowerBase::Other}, e); }) << (text == QLatin1String("-"));
        QTest::addRow("option id '%s'", id) << Other([text](Document &d, QString *e) {
            return d.addOption({text, abe, QStringLiteral("O"), {}}, e); }) << (text == QLatin1String("-"));
    }
    // A name of a megabyte kept the window from painting for minutes.
    const QString name(limits::kMaxNameLength, QLatin1Char('n'));
    const QString tooLong = name + QLatin1Char('n');
    const QString caption(limits::kMaxTextLength, QLatin1Char('c'));
    row("party name at the limit", true, [name](Document &d, QString *e) { return d.renameParty(abe, name, e); });
    row("party name too long", false, [tooLong](Document &d, QString *e) { return d.renameParty(abe, tooLong, e); });
    row("party name of a megabyte", false, [](Document &d, QString *e) { return d.renameParty(abe, QString(1 << 20, QLatin1Char('n')), e); });
    row("new party name too long", false, [tooLong](Document &d, QString *e) { Party p = newParty(); p.name = tooLong; return d.addParty(p, e); });
    row("new party id too long", false, [](Document &d, QString *e) {
        Party p = newParty(); p.id = QString(limits::kMaxNameLength + 1, QLatin1Char('k')); return d.addParty(p, e); });
    row("desire name too long", false, [tooLong](Document &d, QString *e) { return d.renameDesire(company, tooLong, e); });
    row("new desire name too long", false, [tooLong](Document &d, QString *e) { return d.addDesire({QStringLiteral("x"), tooLong, PowerBase::Other}, e); });
    row("option name too long", false, [tooLong](Document &d, QString *e) { return d.renameOption(home, tooLong, e); });
    row("title at the limit", true, [name](Document &d, QString *e) { return d.setTitle(name, e); });
    row("title too long", false, [tooLong](Document &d, QString *e) { return d.setTitle(tooLong, e); });
    row("event label too long", false, [tooLong](Document &d, QString *e) { return d.setEventLabel(0, tooLong, e); });
    row("event caption at the limit", true, [caption](Document &d, QString *e) { return d.setEventCaption(0, caption, e); });
    row("event caption too long", false, [caption](Document &d, QString *e) { return d.setEventCaption(0, caption + QLatin1Char('c'), e); });
    row("new event label too long", false, [tooLong](Document &d, QString *e) { return d.addEvent({1, tooLong, QString(), {}}, e); });
    row("new event caption too long", false, [caption](Document &d, QString *e) { return d.addEvent({1, QString(), caption + QLatin1Char('c'), {}}, e); });
    row("duration 0", false, [](Document &d, QString *e) { return d.setDuration(0, e); });
    row("duration -1", false, [](Document &d, QString *e) { return d.setDuration(-1, e); });
    row("duration past the reader's limit", false, [](Document &d, QString *e) { return d.setDuration(kMaxDuration + 1, e); });
    row("duration at the limit", true, [](Document &d, QString *e) { return d.setDuration(kMaxDuration, e); });
    row("event time past the end", false, [](Document &d, QString *e) { return d.setEventTime(0, 13, e); });
    row("event time int max", false, [](Document &d, QString *e) { return d.addEvent({std::numeric_limits<int>::max(), QString(), QString(), {}}, e); });
}

void TestBadValues::others()
{
    QFETCH(Other, edit);
    QFETCH(bool, accepted);
    expect(accepted, [&](QString *error) { return edit(m_doc, error); });
}

QTEST_GUILESS_MAIN(TestBadValues)
#include "tst_badvalues.moc"
