// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window (every dock, offscreen) on synthetic fields of 1,000, 10,000 and 50,000
// parties: time to the first paint after opening a file, a story step, Add Desire, opening a
// file in a shown window and one slider step of the dependence panel, each with the events it
// posts (the repaint) processed. A frame of the window should stay under 100 ms at 10,000.
#include "appsettings.h"
#include "dependencepanel.h"
#include "document.h"
#include "mainwindow.h"
#include "panelcontrols.h"
#include "scenariowriter.h"
#include "synthfield.h"
#include "valueslider.h"

#include <QAction>
#include <QDockWidget>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace powerfield;

class BenchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { appSettings().clear(); }
    void firstPaint_data() { sizes(); }
    void firstPaint();
    void storyStep_data();
    void storyStep();
    void addDesire_data() { sizes(); }
    void addDesire();
    void openFile_data() { sizes(); }
    void openFile();
    void sliderStep_data() { sizes(); }
    void sliderStep();

private:
    static void sizes()
    {
        QTest::addColumn<int>("parties");
        QTest::newRow("1000 parties") << 1000;
        QTest::newRow("10000 parties") << 10000;
        QTest::newRow("50000 parties") << 50000;
    }
    // The synthetic timeline of `parties` parties (100 steps, an event at each) as a file.
    QString fileFor(int parties);

    QTemporaryDir m_dir;
};

namespace {

// Everything the last action posted (layouts, repaints) done, as before the next frame.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

std::unique_ptr<MainWindow> shownWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->resize(1280, 800);
    if (!window->openFile(path))
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    settle();
    return window;
}

} // namespace

void BenchWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString BenchWindow::fileFor(int parties)
{
    const QString path = m_dir.filePath(QStringLiteral("field-%1.powerfield").arg(parties));
    if (QFile::exists(path))
        return path;
    QString error;
    if (!writeScenarioFile(path, bench::syntheticTimeline(parties, 100), &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void BenchWindow::firstPaint()
{
    QFETCH(int, parties);
    const QString path = fileFor(parties);
    std::unique_ptr<MainWindow> window;
    QBENCHMARK_ONCE {
        window = std::make_unique<MainWindow>();
        window->setInteractive(false);
        window->resize(1280, 800);
        QVERIFY(window->openFile(path));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        settle();
    }
    QCOMPARE(window->document()->scenario().parties.size(), parties);
}

void BenchWindow::storyStep_data()
{
    sizes();
    QTest::newRow("10000 parties, summary shown") << 10000;
}

void BenchWindow::storyStep()
{
    QFETCH(int, parties);
    const bool summaryShown = QByteArray(QTest::currentDataTag()).endsWith("summary shown");
    const auto window = shownWindow(fileFor(parties));
    QVERIFY(window);
    if (summaryShown) {
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("summaryDock"));
        QVERIFY(dock);
        dock->raise();
        settle();
    }
    Document *doc = window->document();
    int time = 0;
    QBENCHMARK {
        time = time % 98 + 1; // every step has an event
        doc->setCurrentTime(time);
        settle();
    }
    QCOMPARE(doc->currentTime(), time);
}

void BenchWindow::addDesire()
{
    QFETCH(int, parties);
    const auto window = shownWindow(fileFor(parties));
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("addDesire"));
    QVERIFY(action);
    const qsizetype before = window->document()->scenario().desires.size();
    int added = 0;
    QBENCHMARK {
        action->trigger();
        settle();
        ++added;
    }
    QCOMPARE(window->document()->scenario().desires.size(), before + added);
}

void BenchWindow::openFile()
{
    QFETCH(int, parties);
    const QString path = fileFor(parties);
    const auto window = shownWindow(path);
    QVERIFY(window);
    QBENCHMARK_ONCE {
        QVERIFY(window->openFile(path));
        settle();
    }
    QCOMPARE(window->document()->scenario().parties.size(), parties);
}

void BenchWindow::sliderStep()
{
    QFETCH(int, parties);
    const auto window = shownWindow(fileFor(parties));
    QVERIFY(window);
    Document *doc = window->document();
    // The panel on the first party and a provider of a desire it wants.
    const Scenario &s = doc->scenario();
    const Party &a = s.parties.first();
    QString from;
    QString desire;
    for (const Provision &p : s.provisions) {
        if (p.to == a.id && a.needIndex(p.desire) >= 0) {
            from = p.from;
            desire = p.desire;
            break;
        }
    }
    QVERIFY(!desire.isEmpty());
    doc->setSelection({a.id, from});
    settle();
    auto *panel = window->findChild<DependencePanel *>();
    QVERIFY(panel);
    ValueSlider *slider = panel->controls()->slider(QStringLiteral("importance:") + a.id
                                                    + QLatin1Char('/') + desire);
    QVERIFY(slider);
    const int commands = doc->undoStack()->count();
    int round = 0;
    QBENCHMARK {
        slider->slider()->setValue(++round % 2 ? 30 : 80);
        settle();
    }
    QVERIFY(doc->undoStack()->count() > commands);
}

QTEST_MAIN(BenchWindow)
#include "bench_window.moc"
