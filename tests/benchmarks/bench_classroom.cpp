// SPDX-License-Identifier: GPL-3.0-or-later
// A class session under load, on loopback: one student's edit until the window's field has
// repainted and every connected page has received the new state, with 40 and 200 students.
// Each row prints the median and the 99th percentile over its rounds (after ten warm-up edits),
// and checks that no page missed a state (200 students: no message lost).
#include "classserver.h"
#include "document.h"
#include "fieldview.h"
#include "mainwindow.h"
#include "synthfield.h"
#include "classsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <memory>

using namespace powerfield;

namespace {

class PaintWatch : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

struct Page
{
    QWebSocket socket;
    int states = 0;
    QJsonObject last;
    QString token;

    explicit Page(const QUrl &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("state")) {
                ++states;
                last = m;
            } else if (type == QLatin1String("welcome")) {
                token = m.value(QStringLiteral("token")).toString();
            }
        });
        socket.open(url);
    }
    void send(const QJsonObject &m)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const int i = std::clamp(int(std::ceil(p * values.size())) - 1, 0, int(values.size()) - 1);
    return values[i];
}

} // namespace

class BenchClassroom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void editToEveryPageAndTheField_data();
    void editToEveryPageAndTheField();
};

void BenchClassroom::editToEveryPageAndTheField_data()
{
    QTest::addColumn<int>("students");
    QTest::addColumn<int>("rounds");
    QTest::newRow("40 students") << 40 << 200;
    QTest::newRow("200 students") << 200 << 200;
}

void BenchClassroom::editToEveryPageAndTheField()
{
    QFETCH(int, students);
    QFETCH(int, rounds);
    MainWindow window;
    window.setInteractive(false);
    // A classroom-sized field: 12 parties, several students each.
    window.document()->setScenario(bench::syntheticField(12, 3, 5));
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(1000); // the first fit's glide
    classroom::ClassServer *server = window.classSession()->server();
    server->setStudentLimit(students + 10);
    QVERIFY(window.classSession()->start(QHostAddress::LocalHost, 0));
    server->setCrowd(true); // to share the parties out in turn; edits then go straight through
    QUrl url = server->joinUrl();
    url.setScheme(QStringLiteral("ws"));
    std::vector<std::unique_ptr<Page>> pages;
    for (int i = 0; i < students; ++i) {
        pages.push_back(std::make_unique<Page>(url));
        Page *page = pages.back().get();
        QVERIFY(QTest::qWaitFor([page] { return page->socket.state() == QAbstractSocket::ConnectedState; }));
        page->send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), QStringLiteral("S%1").arg(i)},
                    {QStringLiteral("room"), server->roomCode()}});
    }
    QVERIFY(QTest::qWaitFor([&] {
        return std::all_of(pages.begin(), pages.end(), [](const auto &p) { return p->states > 0; });
    }, 30000));
    server->setCrowd(false);
    QTest::qWait(500);

    PaintWatch watch;
    window.fieldView()->viewport()->installEventFilter(&watch);
    Document *document = window.document();
    QList<double> times;
    QList<double> toChange, toPaint, toPages; // the parts: Document changed, field painted, pages informed
    QElapsedTimer clock;
    int lost = 0;
    // The window's first edits after opening stall once (its views build what they keep); the
    // first kWarmUp rounds run the same way but are left out of the figures.
    constexpr int kWarmUp = 10;
    for (int round = -kWarmUp; round < rounds; ++round) {
        Page &editor = *pages[(round + kWarmUp) % students];
        const QJsonObject state = editor.last;
        const QString party = state[QStringLiteral("party")][QStringLiteral("id")].toString();
        const QJsonObject desire = state[QStringLiteral("desires")].toArray().first().toObject();
        const QString id = desire[QStringLiteral("id")].toString();
        const double value = document->scenario().party(party)->importance(id) > 0.5 ? 0.2 : 0.8;
        QList<int> before;
        for (const auto &p : pages)
            before.append(p->states);
        watch.painted = false;
        clock.start();
        editor.send({{QStringLiteral("type"), QStringLiteral("edit")}, {QStringLiteral("kind"), QStringLiteral("importance")},
                     {QStringLiteral("id"), id}, {QStringLiteral("value"), value}});
        const auto everyPage = [&] {
            for (size_t i = 0; i < pages.size(); ++i) {
                if (pages[i]->states <= before[int(i)])
                    return false;
            }
            return true;
        };
        // Waits on the event loop itself (QTest::qWaitFor would add sleeps of 10 ms).
        bool done = false;
        double changed = -1, painted = -1, informed = -1;
        while (!done && clock.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            const double now = clock.nsecsElapsed() / 1e6;
            if (changed < 0 && document->scenario().party(party)->importance(id) == value)
                changed = now;
            if (changed >= 0 && painted < 0 && watch.painted)
                painted = now;
            if (changed >= 0 && informed < 0 && everyPage())
                informed = now;
            done = painted >= 0 && informed >= 0;
        }
        toChange.append(changed);
        toPaint.append(painted);
        toPages.append(informed);
        if (qEnvironmentVariableIsSet("BENCH_PARTS"))
            qInfo("round %d: changed %.1f painted %.1f informed %.1f ms", round, changed, painted, informed);

        if (!done)
            ++lost;
        if (round < 0) {
            QCOMPARE(editor.last[QStringLiteral("desires")].toArray().first()[QStringLiteral("value")].toDouble(), value);
            continue;
        }
        times.append(clock.nsecsElapsed() / 1e6);
        // The editor's own page shows the new value.
        QCOMPARE(editor.last[QStringLiteral("desires")].toArray().first()[QStringLiteral("value")].toDouble(), value);
    }
    // No page missed a state, and all are still connected.
    QCOMPARE(lost, 0);
    for (const auto &p : pages) {
        QVERIFY(p->states >= rounds + kWarmUp + 1);
        QCOMPARE(p->socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(server->studentCount(), students);
    qInfo("%d students, %d edits: median %.2f ms, 99th percentile %.2f ms, max %.2f ms", students, rounds,
          percentile(times, 0.5), percentile(times, 0.99), percentile(times, 1.0));
    qInfo("  medians from the send: Document changed %.2f ms, field painted %.2f ms, every page informed %.2f ms",
          percentile(toChange, 0.5), percentile(toPaint, 0.5), percentile(toPages, 0.5));
}

QTEST_MAIN(BenchClassroom)
#include "bench_classroom.moc"
