// SPDX-License-Identifier: GPL-3.0-or-later
// The real window on a real (virtual) display: the built program, started under Xvfb on each
// example, paints its window (a screenshot with `import -window root` shows many colours in
// it, not a blank area), answers real key presses sent through XTEST by xdotool, and quits
// cleanly with status 0.
//
// Keys driven: Ctrl+Shift+P (Edit > Add Party) and Escape (leave the new name as it is): the
// title shows the change; Ctrl+Z (undo): the title is clean again; Ctrl+Q (quit): no question,
// exit status 0. Before those, Space (the next event of the story) must change the picture
// (the time cursor moves and the event's caption shows), and Home takes it back to the start.
// The screenshots are kept in POWERFIELD_SMOKE_SHOTS when it names a folder.
#include "examples.h"
#include "scenarioreader.h"
#include "xsession.h"

#include <QtTest>

using namespace powerfield;
using namespace powerfield::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The window's rectangle on the screen, from xdotool getwindowgeometry --shell.
QRect geometry(const XSession &x, const QString &window)
{
    const QByteArray out = x.run(QStringLiteral("xdotool"),
                                 {QStringLiteral("getwindowgeometry"), QStringLiteral("--shell"), window});
    QMap<QByteArray, int> v;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> pair = line.split('=');
        if (pair.size() == 2)
            v.insert(pair[0], pair[1].toInt());
    }
    return QRect(v.value("X"), v.value("Y"), v.value("WIDTH"), v.value("HEIGHT"));
}

} // namespace

// Every example in the real program under Xvfb: paint, keys, clean quit.
class TestSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void example_data();
    void example();

private:
    std::unique_ptr<XSession> m_x;
};

void TestSmoke::initTestCase()
{
    const QStringList missing = XSession::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs %1 (scripts/setup installs them)").arg(missing.join(QStringLiteral(", ")))));
    m_x = std::make_unique<XSession>();
    QString error;
    QVERIFY2(m_x->start(&error), qPrintable(error));
}

void TestSmoke::example_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : exampleNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestSmoke::example()
{
    QFETCH(QString, name);
    const QString file = m_x->home(name + QLatin1String(".powerfield.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(readAll(examplePath(name)));
    out.close();

    QProcess *program = m_x->startProgram({file});
    QVERIFY(program->waitForStarted(20000));
    // xdotool takes POSIX extended expressions: only the dots need escaping in these names.
    const QString title = QString(name + QLatin1String(".powerfield.json")).replace(QLatin1Char('.'), QLatin1String("\\."));
    const QString window = m_x->waitForWindow(QLatin1Char('^') + title + QStringLiteral(" — "));
    QVERIFY2(!window.isEmpty(), "no window appeared");

    // The first paint: wait until the window's area holds the colours of text and icons.
    const QString shotPath = m_x->home(name + QLatin1String(".png"));
    int colours = 0;
    QImage shot;
    QElapsedTimer timer;
    timer.start();
    while (colours < 64 && timer.elapsed() < 20000) {
        shot = m_x->screenshot(shotPath);
        const QRect area = geometry(*m_x, window).intersected(shot.rect());
        colours = area.isEmpty() ? 0 : XSession::distinctColours(shot.copy(area));
        if (colours < 64)
            QTest::qWait(200);
    }
    const QString keep = qEnvironmentVariable("POWERFIELD_SMOKE_SHOTS");
    if (!keep.isEmpty())
        QFile::copy(shotPath, QDir(keep).filePath(name + QLatin1String(".png")));
    QVERIFY2(colours >= 64, qPrintable(QStringLiteral("the window looks blank: %1 colours").arg(colours)));
    qInfo("first paint after %lld ms: %d colours in the window", timer.elapsed(), colours);

    // Space: the story's next event changes what the window shows (examples without events
    // have no next step to show).
    Scenario scenario;
    ScenarioError error;
    QVERIFY(readScenarioFile(file, &scenario, &error));
    if (!scenario.events.isEmpty()) {
        const QRect area = geometry(*m_x, window).intersected(shot.rect());
        const QImage before = shot.copy(area);
        QVERIFY(m_x->keys(window, {QStringLiteral("space")}));
        double changed = 0;
        for (int i = 0; i < 20 && changed < 0.005; ++i) {
            QTest::qWait(200);
            changed = XSession::changedShare(before, m_x->screenshot(shotPath).copy(area));
        }
        QVERIFY2(changed >= 0.005, qPrintable(QStringLiteral("Space changed %1% of the window").arg(changed * 100)));
        QVERIFY(m_x->keys(window, {QStringLiteral("Home")}));
    }

    QVERIFY(m_x->keys(window, {QStringLiteral("ctrl+shift+p")}));
    QTest::qWait(200);
    QVERIFY(m_x->keys(window, {QStringLiteral("Escape")}));
    QVERIFY2(!m_x->waitForWindow(QLatin1Char('^') + title + QStringLiteral("\\* — ")).isEmpty(),
             "adding a party did not mark the document modified");
    QVERIFY(m_x->keys(window, {QStringLiteral("ctrl+z")}));
    QVERIFY(m_x->waitForNoWindow(QLatin1Char('^') + title + QStringLiteral("\\* — ")));
    QVERIFY(!m_x->waitForWindow(QLatin1Char('^') + title + QStringLiteral(" — ")).isEmpty());

    QVERIFY(m_x->keys(window, {QStringLiteral("ctrl+q")}));
    QVERIFY2(program->waitForFinished(20000), "Ctrl+Q did not quit (a question about saving?)");
    QCOMPARE(program->exitStatus(), QProcess::NormalExit);
    QCOMPARE(program->exitCode(), 0);
}

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
