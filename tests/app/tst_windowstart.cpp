// SPDX-License-Identifier: GPL-3.0-or-later
// `powerfield [FILE | --example NAME] [--presentation]`: what the window opens, and how, with
// the function main() uses (app/windowstart.*).
#include "appsettings.h"
#include "document.h"
#include "examples.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "windowstart.h"

#include <QStandardPaths>
#include <QTest>

using namespace powerfield;

class TestWindowStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void opensTheExample();
    void opensTheFirstExampleByDefault();
    void startsPresenting();
    void presentsAFile();
};

void TestWindowStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowStart::init()
{
    appSettings().clear();
}

void TestWindowStart::reads_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("example");
    QTest::addColumn<bool>("presentation");
    QTest::newRow("nothing") << QStringList{} << QString() << QString() << false;
    QTest::newRow("file") << QStringList{QStringLiteral("a.json")} << QStringLiteral("a.json") << QString() << false;
    QTest::newRow("example") << QStringList{QStringLiteral("--example"), QStringLiteral("trust-study")} << QString()
                             << QStringLiteral("trust-study") << false;
    QTest::newRow("example=") << QStringList{QStringLiteral("--example=trust-study")} << QString()
                              << QStringLiteral("trust-study") << false;
    QTest::newRow("presentation") << QStringList{QStringLiteral("--presentation")} << QString() << QString() << true;
    QTest::newRow("presentation file") << QStringList{QStringLiteral("--presentation"), QStringLiteral("b.json")}
                                       << QStringLiteral("b.json") << QString() << true;
    QTest::newRow("presentation example") << QStringList{QStringLiteral("--example"), QStringLiteral("abe-and-mary"),
                                                         QStringLiteral("--presentation")}
                                          << QString() << QStringLiteral("abe-and-mary") << true;
}

void TestWindowStart::reads()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, example);
    QFETCH(bool, presentation);
    WindowStart start;
    const auto failure = windowStartFrom(QStringList{QStringLiteral("powerfield")} + arguments, &start);
    QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
    QCOMPARE(start.file, file);
    QCOMPARE(start.example, example);
    QCOMPARE(start.presentation, presentation);
}

void TestWindowStart::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown example") << QStringList{QStringLiteral("--example"), QStringLiteral("nope")} << QStringLiteral("nope");
    QTest::newRow("file and example") << QStringList{QStringLiteral("a.json"), QStringLiteral("--example"), QStringLiteral("trust-study")}
                                      << QStringLiteral("FILE");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")} << QStringLiteral("one file");
    QTest::newRow("empty file name") << QStringList{QString()} << QStringLiteral("empty");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("export's theme") << QStringList{QStringLiteral("--presentation"), QStringLiteral("--theme"), QStringLiteral("projector")}
                                    << QStringLiteral("--theme goes with --export");
    QTest::newRow("two presentations") << QStringList{QStringLiteral("--presentation"), QStringLiteral("--presentation")}
                                       << QStringLiteral("more than once");
}

void TestWindowStart::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    WindowStart start;
    const auto failure = windowStartFrom(QStringList{QStringLiteral("powerfield")} + arguments, &start);
    QVERIFY(failure);
    QCOMPARE(failure->status, int(ExitUsage));
    QVERIFY2(failure->message.contains(reason), qPrintable(failure->message));
}

void TestWindowStart::opensTheExample()
{
    WindowStart start;
    QVERIFY(!windowStartFrom({QStringLiteral("powerfield"), QStringLiteral("--example"), QStringLiteral("trust-study")}, &start));
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(startWindow(window, start));
    QVERIFY(window.isVisible());
    QCOMPARE(window.document()->scenario().title, exampleTitle(QStringLiteral("trust-study")));
    QVERIFY(!window.presentationMode()->isActive());
    QVERIFY(!window.isFullScreen());
}

void TestWindowStart::opensTheFirstExampleByDefault()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(startWindow(window, WindowStart()));
    QCOMPARE(window.document()->scenario().title, exampleTitle(exampleNames().first()));
}

void TestWindowStart::startsPresenting()
{
    WindowStart start;
    QVERIFY(!windowStartFrom({QStringLiteral("powerfield"), QStringLiteral("--presentation"), QStringLiteral("--example"),
                              QStringLiteral("1970s-marriage")}, &start));
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(startWindow(window, start));
    QCOMPARE(window.document()->scenario().title, exampleTitle(QStringLiteral("1970s-marriage")));
    QVERIFY(window.presentationMode()->isActive());
    QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
    window.presentationMode()->setActive(false);
}

void TestWindowStart::presentsAFile()
{
    WindowStart start;
    QVERIFY(!windowStartFrom({QStringLiteral("powerfield"), QStringLiteral("--presentation"),
                              QStringLiteral(POWERFIELD_TEST_DATA "/model-example.powerfield.json")}, &start));
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(startWindow(window, start));
    QCOMPARE(window.document()->scenario().title, QStringLiteral("Abe and Mary"));
    QVERIFY(window.presentationMode()->isActive());
    window.presentationMode()->setActive(false);
}

QTEST_MAIN(TestWindowStart)
#include "tst_windowstart.moc"
