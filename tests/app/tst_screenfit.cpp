// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on the screens of lecture halls and laptops: CTest runs this suite once per
// screen (offscreen platform with a config file giving the screen's size), and every check asks
// what a person in front of that screen would see: a window larger than the screen, a widget cut
// at its parent's edge, a sideways scroll bar, text cut at a view's edge, running into other
// text or too small to read, a field drawn small in its own view.
#include "../common/textrecorder.h"

#include "appsettings.h"
#include "dependencepanel.h"
#include "document.h"
#include "examples.h"
#include "fieldview.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "scenario.h"

#include <QAbstractScrollArea>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QHeaderView>
#include <QTabBar>
#include <QTreeView>
#include <QtTest>

#include <qcustomplot.h>

using namespace powerfield;
using powerfield::test::DrawnText;
using powerfield::test::TextRecorder;

namespace {

// One problem a reader would see, named so the failure says where.
QStringList &problems()
{
    static QStringList list;
    return list;
}

QString describe(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(w->metaObject()->className());
    if (const auto *label = qobject_cast<const QLabel *>(w))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    return name;
}

// A dock in a tab group whose tab is not the current one: Qt parks it outside the window.
bool inHiddenTab(const QWidget *w, QMainWindow *window)
{
    if (qobject_cast<const QTabBar *>(w) && w->parentWidget() == window) // a tab bar not in use
        return !window->rect().intersects(w->geometry());
    for (; w && w != window; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<const QDockWidget *>(w))
            return !window->tabifiedDockWidgets(const_cast<QDockWidget *>(dock)).isEmpty()
                && !window->rect().intersects(dock->geometry());
    }
    return false;
}

bool insideScrolledContents(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p))
            if (area->viewport()->isAncestorOf(w))
                return true;
    }
    return false;
}

// Every visible widget lies inside its parent (but for the contents of scroll areas, which
// scroll), and no scroll area shows a sideways scroll bar.
void checkWidgets(QMainWindow *window, const QString &where)
{
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || w->isWindow() || insideScrolledContents(w, window) || inHiddenTab(w, window))
            continue;
        const QWidget *parent = w->parentWidget();
        if (!parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            problems() << QStringLiteral("%1: %2 (%3) sticks out of %4 (%5)")
                              .arg(where, describe(w))
                              .arg(QDebug::toString(w->geometry()), describe(parent),
                                   QDebug::toString(parent->rect()));
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            if (area->horizontalScrollBar()->isVisible())
                problems() << QStringLiteral("%1: %2 scrolls sideways (%3 px more than its %4)")
                                  .arg(where, describe(w))
                                  .arg(area->horizontalScrollBar()->maximum())
                                  .arg(area->viewport()->width())
                                  + (qobject_cast<QTreeView *>(w) ? QStringLiteral(" header %1 in %2 sections, model %3").arg(static_cast<QTreeView *>(w)->header()->length()).arg(static_cast<QTreeView *>(w)->header()->count()).arg(QString::fromLatin1(static_cast<QTreeView *>(w)->model()->metaObject()->className())) : QString());
        }
        // A label that cannot wrap shows all its text, or elides it on purpose (with "…").
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->wordWrap() && label->textFormat() != Qt::RichText && !label->text().contains(u'<')
                && label->pixmap().isNull() && label->sizeHint().width() > label->width() + 2)
                problems() << QStringLiteral("%1: %2 is cut (%3 px of text in %4 px)")
                                  .arg(where, describe(w))
                                  .arg(label->sizeHint().width())
                                  .arg(label->width());
        }
    }
}

void checkTexts(const QVector<DrawnText> &texts, QSize size, double floor, const QString &where)
{
    problems() << powerfield::test::textProblems(texts, size, floor, where);
}

QVector<DrawnText> textsOf(QWidget *w)
{
    TextRecorder recorder(w->size());
    w->render(&recorder);
    return recorder.texts();
}

QVector<DrawnText> textsOfPlot(QCustomPlot *plot)
{
    TextRecorder recorder(plot->size());
    QCPPainter painter(&recorder);
    plot->toPainter(&painter, plot->width(), plot->height());
    painter.end();
    return recorder.texts();
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartFits();
    void rememberedGeometryIsFittedAgain();
    void nothingClips_data();
    void nothingClips();

private:
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }
    void settle() const;
    double floorFor(bool presenting) const;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    appSettings().clear();
    qInfo("screen %dx%d", available().width(), available().height());
}

void TestScreenFit::settle() const
{
    // Layouts, a full-screen change and the field's refit (animated, about 300 ms) settle.
    for (int i = 0; i < 8; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(50);
    }
}

double TestScreenFit::floorFor(bool presenting) const
{
    return presenting ? QGuiApplication::primaryScreen()->geometry().height() / 45.0 : 11.0;
}

void TestScreenFit::firstStartFits()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle();
    QVERIFY2(available().contains(window.frameGeometry()),
             qPrintable(QDebug::toString(window.frameGeometry())));
    QVERIFY2(window.minimumSizeHint().width() <= available().width()
                 && window.minimumSizeHint().height() <= available().height(),
             qPrintable(QDebug::toString(window.minimumSizeHint())));
    // The field keeps at least two fifths of the window's width and a third of its height, and the
    // window most of the screen.
    QVERIFY2(window.fieldView()->width() >= window.width() * 2 / 5,
             qPrintable(QString::number(window.fieldView()->width())));
    QVERIFY2(window.fieldView()->height() >= window.height() / 3,
             qPrintable(QString::number(window.fieldView()->height())));
    QVERIFY(window.width() * window.height() >= available().width() * available().height() / 2);
}

void TestScreenFit::rememberedGeometryIsFittedAgain()
{
    const auto forget = qScopeGuard([] { appSettings().clear(); });
    {
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(QRect(200, 150, 2400, 1500)); // as on a larger screen last time
        window.close();
    }
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle();
    QVERIFY2(available().contains(window.frameGeometry()),
             qPrintable(QDebug::toString(window.frameGeometry())));
}

void TestScreenFit::nothingClips_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("step"); // 0 the start, 1 the middle event, 2 the last event
    QTest::addColumn<bool>("presenting");
    for (const QString &name : exampleNames()) {
        for (int step = 0; step < 3; ++step) {
            for (bool presenting : {false, true}) {
                QTest::addRow("%s step %d %s", qPrintable(name), step, presenting ? "presenting" : "window")
                    << name << step << presenting;
            }
        }
    }
}

void TestScreenFit::nothingClips()
{
    QFETCH(QString, example);
    QFETCH(int, step);
    QFETCH(bool, presenting);
    problems().clear();

    static MainWindow *window = nullptr;
    if (!window) {
        window = new MainWindow;
        window->setInteractive(false);
        window->setUnsavedAnswer(QMessageBox::Discard);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }
    QVERIFY(window->openExample(example));
    const QVector<Event> &events = window->document()->scenario().events;
    const int time = events.isEmpty() || step == 0 ? 0
        : events.at(step == 1 ? events.size() / 2 : events.size() - 1).time;
    window->document()->setCurrentTime(time);
    window->presentationMode()->setActive(presenting);
    settle();
    const auto leave = qScopeGuard([] { window->presentationMode()->setActive(false); });

    const QRect screen = presenting ? QGuiApplication::primaryScreen()->geometry() : available();
    if (presenting ? window->frameGeometry() != screen : !screen.contains(window->frameGeometry()))
        problems() << QStringLiteral("window: %1 on a screen of %2")
                          .arg(QDebug::toString(window->frameGeometry()), QDebug::toString(screen));

    checkWidgets(window, QStringLiteral("window"));
    const double floor = floorFor(presenting);
    FieldView *field = window->fieldView();
    checkTexts(textsOf(field->viewport()), field->viewport()->size(), floor, QStringLiteral("field"));
    for (QCustomPlot *plot : window->findChildren<QCustomPlot *>()) {
        if (plot->isVisible())
            checkTexts(textsOfPlot(plot), plot->size(), floor, QStringLiteral("plot %1").arg(describe(plot)));
    }
    for (QWidget *w : window->findChild<DependencePanel *>()->findChildren<QWidget *>()) {
        // The panel's painted parts (beam, bars, quadrants); its labels are checked as widgets.
        if (w->isVisible() && !qobject_cast<QLabel *>(w) && w->children().isEmpty()
            && w->metaObject()->className() != QByteArray("QWidget"))
            checkTexts(textsOf(w), w->size(), floor, QStringLiteral("panel %1").arg(describe(w)));
    }

    // The field's drawing covers at least half of the field view's shorter side.
    const int active = int(std::count_if(window->document()->state().parties.cbegin(),
                                         window->document()->state().parties.cend(),
                                         [](const Party &p) { return p.active; }));
    if (active >= 2 && active <= 20) {
        QRectF drawn;
        for (QGraphicsItem *item : field->scene()->items())
            if (item->isVisible() && item->zValue() >= 0 && !item->parentItem())
                drawn |= field->mapFromScene(item->sceneBoundingRect()).boundingRect();
        const QRectF view = field->viewport()->rect();
        drawn &= view;
        const double shorter = std::min(view.width(), view.height());
        if (std::max(drawn.width(), drawn.height()) < shorter / 2)
            problems() << QStringLiteral("field: the drawing is %1x%2 in a %3x%4 view")
                              .arg(drawn.width())
                              .arg(drawn.height())
                              .arg(view.width())
                              .arg(view.height());
    }
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
