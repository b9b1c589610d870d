// SPDX-License-Identifier: GPL-3.0-or-later
// The real program on the screens of lecture halls and laptops, as a new user meets it: Xvfb at
// the screen's size with a window manager (openbox) and fresh settings. The window with its
// frame lies on the screen; F5 makes it fill the screen exactly (no title bar, no menu bar);
// Esc brings back the window as it was.
#include "xsession.h"

#include <QtTest>

using namespace powerfield::test;

namespace {

QRect settledFrame(const XSession &x, const QString &window)
{
    QRect last = x.frameGeometry(window);
    QElapsedTimer held;
    held.start();
    QElapsedTimer total;
    total.start();
    while (held.elapsed() < 1000 && total.elapsed() < 20000) {
        QTest::qWait(100);
        const QRect now = x.frameGeometry(window);
        if (now != last) {
            last = now;
            held.restart();
        }
    }
    return last;
}

// The frame once it has held still, waiting (up to 20 s) for it to hold at `expected`: while the
// window manager re-decorates a window, one reading may pair the old frame with the new extents,
// so a single reading that differs proves nothing (the sanitizer build saw the frame flicker).
QRect settledFrameAt(const XSession &x, const QString &window, const QRect &expected)
{
    QElapsedTimer waited;
    waited.start();
    QRect frame = settledFrame(x, window);
    while (frame != expected && waited.elapsed() < 20000)
        frame = settledFrame(x, window);
    return frame;
}

} // namespace

class TestRealScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitsAndPresents_data();
    void fitsAndPresents();
};

void TestRealScreen::initTestCase()
{
    const QStringList missing = XSession::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(", "))));
}

void TestRealScreen::fitsAndPresents_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestRealScreen::fitsAndPresents()
{
    QFETCH(QSize, screen);
    XSession x;
    QString error;
    QVERIFY2(x.start(&error, QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height()), true),
             qPrintable(error));
    QProcess *program = x.startProgram({});
    QVERIFY(program->waitForStarted());
    const QString window = x.waitForWindow(QStringLiteral("Powerfield$"));
    QVERIFY2(!window.isEmpty(), "no window appeared");
    // The window manager places and decorates the window, and a slow start (the sanitizer
    // build) may still be applying the first geometry: take it once it has held for a second.
    const QRect whole(QPoint(), screen);
    const QRect before = settledFrame(x, window);
    QVERIFY2(whole.contains(before), qPrintable(QDebug::toString(before)));
    // Not a postage stamp either: the window uses most of the screen.
    QVERIFY2(before.width() * before.height() >= screen.width() * screen.height() / 2,
             qPrintable(QDebug::toString(before)));

    QVERIFY(x.keys(window, {QStringLiteral("F5")}));
    const QRect presenting = settledFrameAt(x, window, whole);
    QVERIFY2(presenting == whole, qPrintable(QDebug::toString(presenting)));

    QVERIFY(x.keys(window, {QStringLiteral("Escape")}));
    const QRect after = settledFrameAt(x, window, before);
    QVERIFY2(after == before, qPrintable(QDebug::toString(after)));
}

QTEST_GUILESS_MAIN(TestRealScreen)
#include "tst_realscreen.moc"
