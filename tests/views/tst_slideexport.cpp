// SPDX-License-Identifier: GPL-3.0-or-later
// The slide and window pictures: one aligned picture of title, caption, field, legend and plot,
// at the sizes, scales, themes and formats a slide maker uses.
#include "document.h"
#include "examples.h"
#include "imageexport.h"
#include "scenarioreader.h"
#include "slidepainter.h"
#include "viewpainters.h"
#include "windowpainter.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace powerfield;

namespace {

bool openExample(Document &document, const QString &name)
{
    Scenario scenario;
    ScenarioError error;
    if (!readScenarioFile(examplePath(name), &scenario, &error))
        return false;
    document.setScenario(scenario);
    return true;
}

// The share of pixels in `region` that differ clearly from the background colour.
double inkShare(const QImage &image, const QRectF &region, QColor background)
{
    const QRect r = region.toAlignedRect().intersected(image.rect());
    if (r.isEmpty())
        return 0;
    int ink = 0;
    const int step = 2;
    int total = 0;
    for (int y = r.top(); y <= r.bottom(); y += step) {
        for (int x = r.left(); x <= r.right(); x += step) {
            const QColor c = image.pixelColor(x, y);
            ++total;
            if (qAbs(c.red() - background.red()) + qAbs(c.green() - background.green())
                    + qAbs(c.blue() - background.blue()) > 60)
                ++ink;
        }
    }
    return double(ink) / total;
}

QRectF scaled(const QRectF &r, double s)
{
    return QRectF(r.topLeft() * s, r.size() * s);
}

// Every text element of an SVG with its font size, in document order.
struct SvgText
{
    QStringList texts;
    QList<double> sizes;
    QString joined() const { return texts.join(QLatin1Char(' ')).simplified(); }
};

SvgText svgText(const QByteArray &svg)
{
    SvgText result;
    QXmlStreamReader xml(svg);
    double size = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.attributes().hasAttribute(QStringLiteral("font-size")))
            size = xml.attributes().value(QStringLiteral("font-size")).toString().remove(QStringLiteral("px")).toDouble();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            if (!text.isEmpty()) {
                result.texts.append(text);
                result.sizes.append(size);
            }
        }
    }
    return result;
}

// Whether `svg` is well-formed XML: read to its end without an error.
bool wellFormed(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return !xml.hasError();
}

// The written file's bytes; an SVG that is not well-formed XML gives none (and a warning).
QByteArray exportBytes(Document &document, const QString &view, const QString &path, QSize size,
                       const Theme &theme = Theme())
{
    ExportRequest request;
    request.path = path;
    request.size = size;
    request.theme = theme;
    ViewOptions options;
    options.size = size;
    QString error;
    if (!exportPicture(request, painterFor(view, &document, options), &error)) {
        qWarning("%s", qPrintable(error));
        return QByteArray();
    }
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (path.endsWith(QLatin1String(".svg")) && !wellFormed(bytes, &error)) {
        qWarning("%s is not well-formed XML: %s", qPrintable(path), qPrintable(error));
        return QByteArray();
    }
    return bytes;
}

} // namespace

class TestSlideExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewsAreNamed();
    void fullHdSlideAtScaleTwo();
    void fourByThreeSlide();
    void projectorSlideIsDark();
    void svgKeepsNamesAndCaption_data();
    void svgKeepsNamesAndCaption();
    void presentationEnlargesType();
    void captionFollowsTheStory();
    void windowShowsEveryView();
    void pdfSlide();
    void titleWithMarkupIsText();

private:
    QTemporaryDir m_dir;
};

void TestSlideExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSlideExport::viewsAreNamed()
{
    QVERIFY(viewNames().contains(QStringLiteral("slide")));
    QVERIFY(viewNames().contains(QStringLiteral("window")));
    Document document;
    QVERIFY(painterFor(QStringLiteral("slide"), &document, {}));
    QVERIFY(painterFor(QStringLiteral("window"), &document, {}));
    QVERIFY(!painterFor(QStringLiteral("poster"), &document, {}));
}

void TestSlideExport::fullHdSlideAtScaleTwo()
{
    Document document;
    QVERIFY(openExample(document, QStringLiteral("abe-and-mary")));
    const QString path = m_dir.filePath(QStringLiteral("slide.png"));
    ExportRequest request;
    request.path = path;
    request.size = QSize(1920, 1080);
    request.scale = 2;
    QString error;
    QVERIFY2(exportPicture(request, painterFor(QStringLiteral("slide"), &document, {}), &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(3840, 2160));
    const SlideLayout l = SlideLayout::of(document, QSizeF(1920, 1080), request.theme);
    const QColor white(Qt::white);
    QVERIFY(inkShare(image, image.rect(), white) > 0.02);
    QVERIFY2(inkShare(image, scaled(l.field, 2), white) > 0.01, "the field is blank");
    QVERIFY2(inkShare(image, scaled(l.legend, 2), white) > 0.02, "the legend is blank");
    QVERIFY2(inkShare(image, scaled(l.plot, 2), white) > 0.02, "the plot is blank");
    QVERIFY2(inkShare(image, scaled(l.title, 2), white) > 0.005, "the title is blank");
    // One aligned picture: the parts stack without overlapping, inside the slide.
    QVERIFY(l.title.bottom() <= l.caption.top());
    QVERIFY(l.caption.bottom() <= l.field.top());
    QVERIFY(l.field.bottom() <= l.plot.top());
    QVERIFY(l.field.right() <= l.legend.left());
    QVERIFY(QRectF(0, 0, 1920, 1080).contains(l.plot));
    QVERIFY(l.field.height() > 1080 * 0.3);
}

void TestSlideExport::fourByThreeSlide()
{
    Document document;
    QVERIFY(openExample(document, QStringLiteral("1970s-marriage")));
    const QImage image = renderImage(QSize(1024, 768), 1, Theme(), painterFor(QStringLiteral("slide"), &document, {}));
    QCOMPARE(image.size(), QSize(1024, 768));
    const SlideLayout l = SlideLayout::of(document, QSizeF(1024, 768), Theme());
    QVERIFY(l.legend.width() > 150); // still readable beside the field
    QVERIFY(l.field.width() > l.legend.width());
    QVERIFY(l.field.bottom() <= l.plot.top());
    QVERIFY2(inkShare(image, l.field, Qt::white) > 0.01, "the field is blank");
    QVERIFY2(inkShare(image, l.plot, Qt::white) > 0.02, "the plot is blank");
}

void TestSlideExport::projectorSlideIsDark()
{
    Document document;
    QVERIFY(openExample(document, QStringLiteral("trust-study")));
    Theme theme;
    theme.kind = ThemeKind::Projector;
    const QImage image = renderImage(QSize(1600, 900), 1, theme, painterFor(QStringLiteral("slide"), &document, {}));
    QCOMPARE(image.pixelColor(2, 2), theme.background());
    const SlideLayout l = SlideLayout::of(document, QSizeF(1600, 900), theme);
    QVERIFY(inkShare(image, l.field, theme.background()) > 0.01);
    QVERIFY(inkShare(image, l.plot, theme.background()) > 0.02);
}

void TestSlideExport::svgKeepsNamesAndCaption_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("time");
    for (const QString &name : exampleNames()) {
        QTest::addRow("%s at the start", qPrintable(name)) << name << 0;
        QTest::addRow("%s at the end", qPrintable(name)) << name << -1;
    }
}

void TestSlideExport::svgKeepsNamesAndCaption()
{
    QFETCH(QString, example);
    QFETCH(int, time);
    Document document;
    QVERIFY(openExample(document, example));
    document.setCurrentTime(time < 0 ? document.scenario().duration : time);
    const QByteArray svg = exportBytes(document, QStringLiteral("slide"), m_dir.filePath(example + QStringLiteral(".svg")),
                                       QSize(1920, 1080));
    QVERIFY(!svg.isEmpty());
    const QString text = svgText(svg).joined();
    for (const Party &party : document.state().parties)
        if (party.active)
            QVERIFY2(text.contains(party.name), qPrintable(party.name + QStringLiteral(" is not text in the SVG")));
    const SlideCaption caption = SlideCaption::of(document);
    QVERIFY(!caption.text.isEmpty() || !caption.heading.isEmpty());
    QVERIFY2(text.contains(caption.heading.simplified()), qPrintable(caption.heading));
    QVERIFY2(text.contains(caption.text.simplified()), qPrintable(caption.text));
    QVERIFY(text.contains(caption.title));
}

void TestSlideExport::presentationEnlargesType()
{
    Document document;
    QVERIFY(openExample(document, QStringLiteral("abe-and-mary")));
    Theme large;
    large.presentation = true;
    const SvgText normal = svgText(exportBytes(document, QStringLiteral("slide"), m_dir.filePath(QStringLiteral("n.svg")), QSize(1920, 1080)));
    const SvgText big = svgText(exportBytes(document, QStringLiteral("slide"), m_dir.filePath(QStringLiteral("p.svg")), QSize(1920, 1080), large));
    const QString title = document.scenario().title;
    const int a = normal.texts.indexOf(title);
    const int b = big.texts.indexOf(title);
    QVERIFY(a >= 0 && b >= 0);
    QVERIFY2(big.sizes[b] > normal.sizes[a] * 1.3, qPrintable(QStringLiteral("%1 vs %2").arg(big.sizes[b]).arg(normal.sizes[a])));
    // The party names in the field grow too.
    const QString name = document.state().parties.first().name;
    const int c = normal.texts.indexOf(name);
    const int d = big.texts.indexOf(name);
    QVERIFY(c >= 0 && d >= 0);
    QVERIFY(big.sizes[d] > normal.sizes[c]);
}

void TestSlideExport::captionFollowsTheStory()
{
    Document document;
    QVERIFY(openExample(document, QStringLiteral("abe-and-mary")));
    const Scenario &s = document.scenario();
    QVERIFY(!s.events.isEmpty());
    int first = s.events.first().time;
    for (const Event &e : s.events)
        first = std::min(first, e.time);
    if (first > 0) {
        document.setCurrentTime(first - 1);
        QCOMPARE(SlideCaption::of(document).text, s.description);
        QVERIFY(SlideCaption::of(document).heading.isEmpty());
    }
    document.setCurrentTime(first);
    const SlideCaption atEvent = SlideCaption::of(document);
    bool found = false;
    for (const Event &e : s.events)
        found = found || (e.time == first && e.label == atEvent.heading && e.caption == atEvent.text);
    QVERIFY(found);
    QCOMPARE(atEvent.title, s.title);
    // The title row says which lens the picture shows when it is not the perceived one.
    const QString perceived = svgText(exportBytes(document, QStringLiteral("slide"), m_dir.filePath(QStringLiteral("l.svg")),
                                                  QSize(1600, 900))).joined();
    document.setLens(Lens::Actual);
    const QString actual = svgText(exportBytes(document, QStringLiteral("slide"), m_dir.filePath(QStringLiteral("l.svg")),
                                               QSize(1600, 900))).joined();
    QVERIFY(!perceived.contains(QStringLiteral("actual values")));
    QVERIFY(actual.contains(QStringLiteral("actual values")));
}

void TestSlideExport::windowShowsEveryView()
{
    Document document;
    QVERIFY(openExample(document, QStringLiteral("boss-and-employee")));
    const QImage image = renderImage(QSize(1600, 900), 1, Theme(), painterFor(QStringLiteral("window"), &document, {}));
    const WindowLayout l = WindowLayout::of(document, QSizeF(1600, 900), Theme());
    QVERIFY2(inkShare(image, l.field, Qt::white) > 0.01, "the field is blank");
    QVERIFY2(inkShare(image, l.panel, Qt::white) > 0.02, "the panel is blank");
    QVERIFY2(inkShare(image, l.plot, Qt::white) > 0.02, "the plot is blank");
    QVERIFY(l.field.right() <= l.panel.left());
    QVERIFY(l.panel.bottom() <= l.plot.top());
    QVERIFY(l.plot.bottom() <= l.caption.top());
    QVERIFY2(inkShare(image, l.caption, Qt::white) > 0.01, "the caption is blank");
    const QString text = svgText(exportBytes(document, QStringLiteral("window"), m_dir.filePath(QStringLiteral("w.svg")),
                                             QSize(1600, 900))).joined();
    for (const Party &party : document.state().parties)
        if (party.active)
            QVERIFY(text.contains(party.name));
}

void TestSlideExport::pdfSlide()
{
    Document document;
    QVERIFY(openExample(document, QStringLiteral("parent-and-teenager")));
    const QByteArray pdf = exportBytes(document, QStringLiteral("slide"), m_dir.filePath(QStringLiteral("s.pdf")), QSize(1024, 768));
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 5000);
}

void TestSlideExport::titleWithMarkupIsText()
{
    // "Tom & Jerry" went into <title> unescaped: no XML reader opened the slide.
    Document document;
    QVERIFY(openExample(document, QStringLiteral("abe-and-mary")));
    Scenario s = document.scenario();
    s.title = QStringLiteral("Tom & Jerry: A < B");
    document.setScenario(s);
    ExportRequest request;
    request.path = m_dir.filePath(QStringLiteral("tom.svg"));
    request.size = QSize(1600, 900);
    request.title = s.title;
    QString error;
    QVERIFY2(exportPicture(request, painterFor(QStringLiteral("slide"), &document, {}), &error), qPrintable(error));
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY2(wellFormed(svg, &error), qPrintable(error));
    QVERIFY(svg.contains("<title>Tom &amp; Jerry: A &lt; B</title>"));
    QVERIFY(svgText(svg).texts.contains(s.title));
}

QTEST_MAIN(TestSlideExport)
#include "tst_slideexport.moc"
