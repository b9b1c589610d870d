// SPDX-License-Identifier: GPL-3.0-or-later
// Every SVG Powerfield writes is well-formed XML, whatever the scenario's names hold: markup
// characters are escaped, characters XML cannot hold become U+FFFD.
#include "document.h"
#include "examples.h"
#include "imageexport.h"
#include "scenarioreader.h"
#include "viewpainters.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace powerfield;

namespace {

const QChar kReplacement(QChar::ReplacementCharacter);

// Names a scenario file may hold (the reader takes any valid UTF-8) that XML does not.
QString hostile(const QString &base)
{
    return base + QStringLiteral(" & <b>\"x\"</b> 'y' ]]> ") + QChar(0x01) + QChar(0x1B) + QChar(0x0B) + QChar(0x7F)
           + QChar(0xFFFE) + QChar(0xFFFF) + QChar(0xD800) + QStringLiteral(" end");
}

struct Parsed
{
    QString error;
    QString title;
    QStringList texts;
};

Parsed parse(const QByteArray &svg)
{
    Parsed p;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
            p.title = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            p.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (xml.hasError())
        p.error = QStringLiteral("line %1 column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return p;
}

} // namespace

class TestSvgWellFormed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xmlText_data();
    void xmlText();
    void hostileNames_data();
    void hostileNames();
    void largeFieldStaysVector();

private:
    QTemporaryDir m_dir;
};

void TestSvgWellFormed::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSvgWellFormed::xmlText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Abe & Mary") << QStringLiteral("Abe & Mary");
    QTest::newRow("tab and newline kept") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("controls") << (QStringLiteral("a") + QChar(0) + QChar(0x1F) + QChar(u'\r') + QStringLiteral("b"))
                              << (QStringLiteral("a") + kReplacement + kReplacement + kReplacement + QStringLiteral("b"));
    QTest::newRow("noncharacters") << (QString(QChar(0xFFFE)) + QChar(0xFFFF)) << (QString(kReplacement) + kReplacement);
    QTest::newRow("lone surrogates") << (QString(QChar(0xDC00)) + QStringLiteral("x") + QChar(0xD800))
                                     << (QString(kReplacement) + QStringLiteral("x") + kReplacement);
    QTest::newRow("pair kept") << QString::fromUtf8("\xF0\x9F\x98\x80") << QString::fromUtf8("\xF0\x9F\x98\x80");
}

void TestSvgWellFormed::xmlText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(powerfield::xmlText(text), expected);
    const QByteArray escaped = xmlEscaped(text);
    QVERIFY(!escaped.contains('<') && !escaped.contains('>'));
    // The encoder already writes '?' for a lone surrogate; the other characters pass it.
    if (qstrcmp(QTest::currentDataTag(), "lone surrogates") != 0)
        QCOMPARE(xmlCharactersOnly(text.toUtf8()), expected.toUtf8());
    // Surrogates encoded anyway (as CESU would) are replaced too.
    QCOMPARE(xmlCharactersOnly(QByteArray("a\xED\xA0\x80" "b\xED\xBF\xBF")), (QStringLiteral("a") + kReplacement + QStringLiteral("b") + kReplacement).toUtf8());
}

void TestSvgWellFormed::hostileNames_data()
{
    QTest::addColumn<QString>("view");
    for (const QString &view : viewNames())
        QTest::newRow(qPrintable(view)) << view;
}

void TestSvgWellFormed::hostileNames()
{
    QFETCH(QString, view);
    Scenario s;
    ScenarioError error;
    QVERIFY(readScenarioFile(examplePath(QStringLiteral("abe-and-mary")), &s, &error));
    s.title = hostile(QStringLiteral("Tom & Jerry"));
    s.description = hostile(QStringLiteral("A < B"));
    for (Party &p : s.parties)
        p.name = hostile(p.name);
    for (Desire &d : s.desires)
        d.name = hostile(d.name);
    for (OutsideOption &o : s.options)
        o.name = hostile(o.name);
    for (Event &e : s.events) {
        e.label = hostile(e.label);
        e.caption = hostile(e.caption);
    }
    Document document;
    document.setScenario(s);
    for (const int time : {0, s.duration}) {
        document.setCurrentTime(time);
        ExportRequest request;
        request.path = m_dir.filePath(QStringLiteral("%1-%2.svg").arg(view).arg(time));
        request.size = QSize(1600, 900);
        request.title = s.title;
        ViewOptions options;
        options.size = request.size;
        QString message;
        QVERIFY2(exportPicture(request, painterFor(view, &document, options), &message), qPrintable(message));
        QFile file(request.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed parsed = parse(file.readAll());
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        // The title reads back as written, but for the characters XML cannot hold.
        QCOMPARE(parsed.title, powerfield::xmlText(s.title));
        QVERIFY(parsed.title.startsWith(QStringLiteral("Tom & Jerry & <b>\"x\"</b> 'y' ]]> ")));
        QVERIFY(!parsed.texts.isEmpty());
        // The names are still text where the view writes them.
        const QString all = parsed.texts.join(QLatin1Char('\n'));
        if (view != QLatin1String("plot"))
            QVERIFY2(all.contains(QStringLiteral("Abe & <b>\"x\"</b>")), qPrintable(all.left(300)));
    }
}

// Zoomed out on thousands of links the window draws them as hairlines through an image of its
// own; an SVG of the same field keeps every link a vector line a slide can scale.
void TestSvgWellFormed::largeFieldStaysVector()
{
    Scenario s;
    s.desires.append({QStringLiteral("d"), QStringLiteral("Desire"), PowerBase::Other});
    const int parties = 2000;
    for (int i = 0; i < parties; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Party %1").arg(i);
        const double angle = 2.0 * M_PI * i / parties;
        p.x = 40.0 * std::sqrt(double(parties)) * std::cos(angle);
        p.y = 40.0 * std::sqrt(double(parties)) * std::sin(angle);
        p.needs.append({QStringLiteral("d"), 0.5});
        s.parties.append(p);
    }
    for (int i = 0; i < parties; ++i)
        s.provisions.append({s.parties[i].id, s.parties[(i * 7 + 500) % parties].id, QStringLiteral("d"), {0.7, std::nullopt}});
    Document document;
    document.setScenario(s);
    ExportRequest request;
    request.path = m_dir.filePath(QStringLiteral("large-field.svg"));
    request.size = QSize(1600, 900);
    ViewOptions options;
    options.size = request.size;
    QString message;
    QVERIFY2(exportPicture(request, painterFor(QStringLiteral("field"), &document, options), &message), qPrintable(message));
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(file.readAll());
    int images = 0, lines = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("image"))
            ++images;
        else if (xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("line")
                 || xml.name() == QLatin1String("path"))
            ++lines;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(images, 0);
    QVERIFY2(lines >= parties, qPrintable(QStringLiteral("%1 vector shapes").arg(lines)));
}

QTEST_MAIN(TestSvgWellFormed)
#include "tst_svgwellformed.moc"
