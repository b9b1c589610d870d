// SPDX-License-Identifier: GPL-3.0-or-later
// The instructor's Trust Game dock driving a live class session on loopback: its buttons start
// the game and open rounds, students' choices reach the chart and the status line, the
// manipulations' check boxes reach the pages, and the files it saves read back.
#include "classserver.h"
#include "classsession.h"
#include "document.h"
#include "trustchart.h"
#include "trustcsv.h"
#include "trustgamedock.h"
#include "trustroom.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QImage>
#include <QFile>

#include <memory>

using namespace powerfield;
using powerfield::classroom::ClassServer;

namespace {

Scenario classScenario()
{
    Scenario s;
    s.desires = {{QStringLiteral("company"), QStringLiteral("Company"), PowerBase::Referent}};
    for (int i = 0; i < 4; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("P%1").arg(i);
        p.needs = {{QStringLiteral("company"), 0.5}};
        p.x = i;
        s.parties.append(p);
    }
    return s;
}

class Student
{
public:
    Student(const QUrl &url, const QString &name, const QString &room)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("trust"))
                m_view = o;
        });
        QObject::connect(&m_socket, &QWebSocket::connected, [this, name, room] {
            send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), name},
                  {QStringLiteral("room"), room}});
        });
        m_socket.open(url);
    }
    void send(const QJsonObject &o)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    void choose(const QString &choice)
    {
        send({{QStringLiteral("type"), QStringLiteral("trustChoose")}, {QStringLiteral("choice"), choice}});
    }
    const QJsonObject &view() const { return m_view; }

private:
    QWebSocket m_socket;
    QJsonObject m_view;
};

// Clicks a check box on its box: a check box in a wide column takes clicks on its box and text only.
void tick(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

} // namespace

class TestTrustGameDock : public QObject
{
    Q_OBJECT

private slots:
    void dockPlaysAGameWithTheClass();
    void classMenuOpensTheDock();
};

void TestTrustGameDock::dockPlaysAGameWithTheClass()
{
    Document document;
    document.setScenario(classScenario());
    QMainWindow window;
    ClassServer *server = new ClassServer(&document, &window);
    QVERIFY(server->start(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws?room=%2").arg(server->port()).arg(server->roomCode()));
    std::vector<std::unique_ptr<Student>> students;
    for (int i = 0; i < 3; ++i)
        students.push_back(std::make_unique<Student>(url, QStringLiteral("=Name%1").arg(i), server->roomCode()));
    QVERIFY(QTest::qWaitFor([&] { return server->studentCount() == 3; }));

    TrustGameDock *dock = TrustGameDock::showIn(server, &window);
    QCOMPARE(TrustGameDock::showIn(server, &window), dock); // one dock per window
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!dock->openButton()->isEnabled());
    QVERIFY(!dock->bothFeelPowerfulBox()->isEnabled());

    dock->roundsBox()->setValue(2);
    QTest::mouseClick(dock->startButton(), Qt::LeftButton);
    QVERIFY(dock->room()->isActive());
    QVERIFY(!dock->roundsBox()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] {
        return std::all_of(students.begin(), students.end(),
                           [](const auto &s) { return s->view().value(QStringLiteral("paired")).toBool(); });
    }));
    // Three students: the odd one plays the computer.
    QCOMPARE(dock->room()->game()->pairs().size(), 2);

    // Both feel powerful reaches every page of an unequal pair as the high player's table.
    tick(dock->bothFeelPowerfulBox());
    QVERIFY(dock->room()->game()->manipulations().bothFeelPowerful);
    QVERIFY(QTest::qWaitFor([&] {
        return std::all_of(students.begin(), students.end(), [](const auto &s) {
            const QString role = s->view().value(QStringLiteral("role")).toString();
            return s->view().value(QStringLiteral("notice")).toString() == QLatin1String("manipulations")
                   && (role == QLatin1String("equal") || role == QLatin1String("high"));
        });
    }));

    QTest::mouseClick(dock->openButton(), Qt::LeftButton);
    QVERIFY(dock->room()->game()->roundOpen());
    QVERIFY(dock->closeButton()->isEnabled());
    QVERIFY(!dock->reshuffleButton()->isEnabled());
    QVERIFY(!dock->bothFeelPowerfulBox()->isEnabled());
    QVERIFY2(dock->statusLabel()->text().contains(QLatin1String("0 of 3")), qPrintable(dock->statusLabel()->text()));
    for (const auto &s : students)
        s->choose(QStringLiteral("cooperate"));
    QVERIFY(QTest::qWaitFor([&] { return !dock->room()->game()->roundOpen(); }));
    QVERIFY(dock->openButton()->isEnabled());
    // The chart shows the class's choices: three students cooperated.
    int choices = 0;
    for (const TrustProportion &p : dock->chart()->results().byRole)
        choices += p.choices;
    QCOMPARE(choices, 3);

    // Second and last round, closed early with no choices.
    QTest::mouseClick(dock->swapButton(), Qt::LeftButton);
    QTest::mouseClick(dock->openButton(), Qt::LeftButton);
    QTest::mouseClick(dock->closeButton(), Qt::LeftButton);
    QVERIFY(!dock->room()->game()->roundOpen());
    QVERIFY(!dock->openButton()->isEnabled()); // both planned rounds played
    QVERIFY(dock->statusLabel()->text().contains(QLatin1String("2 of 2")));

    QTemporaryDir dir;
    QString error;
    tick(dock->namesBox());
    QVERIFY(dock->room()->namesOn());
    QVERIFY2(dock->saveLog(dir.filePath(QStringLiteral("log.csv")), &error), qPrintable(error));
    QFile logFile(dir.filePath(QStringLiteral("log.csv")));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QByteArray logCsv = logFile.readAll();
    QVERIFY(logCsv.contains("'=Name")); // names on, and a formula-like name defused
    QVector<TrustLogRow> log;
    QVERIFY2(readTrustLogCsv(logCsv, &log, &error), qPrintable(error));
    QCOMPARE(log.size(), 4);
    QVERIFY2(dock->saveSummary(dir.filePath(QStringLiteral("summary.csv")), &error), qPrintable(error));
    QFile summaryFile(dir.filePath(QStringLiteral("summary.csv")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    QVector<TrustSummaryRow> summary;
    QVERIFY2(readTrustSummaryCsv(summaryFile.readAll(), &summary, &error), qPrintable(error));
    QCOMPARE(summary.size(), 3);
    QVERIFY2(dock->exportSlide(dir.filePath(QStringLiteral("chart.png")), &error), qPrintable(error));
    QImage slide(dir.filePath(QStringLiteral("chart.png")));
    QCOMPARE(slide.size(), QSize(1600, 900));

    // Stopping sends the pages back to the session.
    QTest::mouseClick(dock->startButton(), Qt::LeftButton);
    QVERIFY(!dock->room()->isActive());
    QVERIFY(dock->roundsBox()->isEnabled());
}

void TestTrustGameDock::classMenuOpensTheDock()
{
    Document document;
    document.setScenario(classScenario());
    QMainWindow window;
    ClassSession session(&document, &window);
    QVERIFY(session.menu()->actions().contains(session.trustGameAction()));
    QVERIFY(!session.trustGameAction()->isEnabled()); // no session, no game
    QVERIFY(session.start(QHostAddress::LocalHost, 0));
    QVERIFY(session.trustGameAction()->isEnabled());
    session.trustGameAction()->trigger();
    auto *dock = window.findChild<TrustGameDock *>();
    QVERIFY(dock);
    QVERIFY(!dock->isHidden());
    QVERIFY(dock->isFloating()); // room for the chart on a projector
    QCOMPARE(dock->width(), window.geometry().width() * 3 / 4);
    session.stop();
    QVERIFY(!session.trustGameAction()->isEnabled());
}

QTEST_MAIN(TestTrustGameDock)
#include "tst_trustgamedock.moc"
