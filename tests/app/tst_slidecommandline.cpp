// SPDX-License-Identifier: GPL-3.0-or-later
// `powerfield --export --view slide|window`, run as a slide maker would run it.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    static QTemporaryDir runtime; // a private runtime folder, so Qt has nothing to warn about
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // export needs no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POWERFIELD_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// The share of sampled pixels in `r` that are not the colour at the picture's corner.
double inkShare(const QImage &image, const QRect &r)
{
    const QColor background = image.pixelColor(1, 1);
    int ink = 0;
    int total = 0;
    for (int y = r.top(); y < r.bottom(); y += 4) {
        for (int x = r.left(); x < r.right(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            ++total;
            ink += qAbs(c.red() - background.red()) + qAbs(c.green() - background.green())
                       + qAbs(c.blue() - background.blue()) > 60;
        }
    }
    return total ? double(ink) / total : 0;
}

} // namespace

class TestSlideCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void slideAtScaleTwo();
    void aspectFollowsSize_data();
    void aspectFollowsSize();
    void projectorTheme();
    void svgKeepsText_data();
    void svgKeepsText();
    void pdf();
    void usage_data();
    void usage();
    void helpNamesTheViews();

private:
    QTemporaryDir m_dir;
};

void TestSlideCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSlideCommandLine::slideAtScaleTwo()
{
    const QString out = m_dir.filePath(QStringLiteral("slide.png"));
    const Run r = run({QStringLiteral("--export"), out, QStringLiteral("--view"), QStringLiteral("slide"),
                       QStringLiteral("--size"), QStringLiteral("1920x1080"), QStringLiteral("--scale"), QStringLiteral("2"),
                       QStringLiteral("--example"), QStringLiteral("abe-and-mary")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(3840, 2160));
    // Ink in the top band (title, caption), the middle (field, legend) and the bottom (plot).
    QVERIFY(inkShare(image, QRect(0, 0, 3840, 300)) > 0.02);
    QVERIFY(inkShare(image, QRect(0, 700, 2800, 500)) > 0.005);
    QVERIFY(inkShare(image, QRect(2900, 400, 900, 600)) > 0.02);
    QVERIFY(inkShare(image, QRect(0, 1500, 3840, 600)) > 0.02);
}

void TestSlideCommandLine::aspectFollowsSize_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("slide 4:3") << QStringLiteral("slide") << QStringLiteral("1024x768") << QSize(1024, 768);
    QTest::newRow("slide default 16:9") << QStringLiteral("slide") << QString() << QSize(1600, 900);
    QTest::newRow("window 16:9") << QStringLiteral("window") << QStringLiteral("1920x1080") << QSize(1920, 1080);
    QTest::newRow("window 4:3") << QStringLiteral("window") << QStringLiteral("1600x1200") << QSize(1600, 1200);
}

void TestSlideCommandLine::aspectFollowsSize()
{
    QFETCH(QString, view);
    QFETCH(QString, size);
    QFETCH(QSize, pixels);
    const QString out = m_dir.filePath(view + size + QStringLiteral(".png"));
    QStringList args = {QStringLiteral("--export"), out, QStringLiteral("--view"), view,
                        QStringLiteral("--example"), QStringLiteral("1970s-marriage")};
    if (!size.isEmpty())
        args << QStringLiteral("--size") << size;
    const Run r = run(args);
    QCOMPARE(r.status, 0);
    const QImage image(out);
    QCOMPARE(image.size(), pixels);
    QVERIFY(inkShare(image, QRect(0, pixels.height() / 4, pixels.width(), pixels.height() / 2)) > 0.01);
    QVERIFY(inkShare(image, QRect(0, pixels.height() * 3 / 4, pixels.width(), pixels.height() / 4 - 2)) > 0.01);
}

void TestSlideCommandLine::projectorTheme()
{
    const QString out = m_dir.filePath(QStringLiteral("projector.png"));
    const Run r = run({QStringLiteral("--export"), out, QStringLiteral("--view"), QStringLiteral("slide"),
                       QStringLiteral("--theme"), QStringLiteral("projector"), QStringLiteral("--presentation"),
                       QStringLiteral("--example"), QStringLiteral("trust-study")});
    QCOMPARE(r.status, 0);
    const QImage image(out);
    QVERIFY(image.pixelColor(1, 1).lightness() < 40);
    QVERIFY(inkShare(image, image.rect()) > 0.03);
}

void TestSlideCommandLine::svgKeepsText_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("slide") << QStringLiteral("slide");
    QTest::newRow("window") << QStringLiteral("window");
}

void TestSlideCommandLine::svgKeepsText()
{
    QFETCH(QString, view);
    const QString out = m_dir.filePath(view + QStringLiteral(".svg"));
    // At the end of the story, with every event applied, the names are still text in the SVG.
    const Run r = run({QStringLiteral("--export"), out, QStringLiteral("--view"), view, QStringLiteral("--time"),
                       QStringLiteral("12"), QStringLiteral("--example"), QStringLiteral("abe-and-mary")});
    QCOMPARE(r.status, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<text"));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char *name : {">Abe<", ">Mary<"})
        QVERIFY2(svg.contains(name), name);
}

void TestSlideCommandLine::pdf()
{
    const QString out = m_dir.filePath(QStringLiteral("slide.pdf"));
    const Run r = run({QStringLiteral("--export"), out, QStringLiteral("--view"), QStringLiteral("slide"),
                       QStringLiteral("--theme"), QStringLiteral("transparent"), QStringLiteral("--example"),
                       QStringLiteral("parent-and-teenager")});
    QCOMPARE(r.status, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
}

void TestSlideCommandLine::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown view") << QStringList{QStringLiteral("--view"), QStringLiteral("poster")}
                                  << QByteArray("field, panel, plot, window, slide");
    QTest::newRow("scale 5") << QStringList{QStringLiteral("--view"), QStringLiteral("slide"), QStringLiteral("--scale"),
                                            QStringLiteral("5")}
                             << QByteArray("--scale");
    QTest::newRow("bad theme") << QStringList{QStringLiteral("--view"), QStringLiteral("window"), QStringLiteral("--theme"),
                                              QStringLiteral("neon")}
                               << QByteArray("--theme");
}

void TestSlideCommandLine::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    const Run r = run(QStringList{QStringLiteral("--export"), out} + arguments
                      + QStringList{QStringLiteral("--example"), QStringLiteral("abe-and-mary")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestSlideCommandLine::helpNamesTheViews()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    for (const char *part : {"--export", "window", "slide", "1024x768", "--presentation", "projector"})
        QVERIFY2(r.out.contains(part), part);
}

QTEST_GUILESS_MAIN(TestSlideCommandLine)
#include "tst_slidecommandline.moc"
