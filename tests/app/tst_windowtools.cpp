// SPDX-License-Identifier: GPL-3.0-or-later
// The window's pictures (Export View, Copy Image, the docks' menus), presentation mode, the UI
// zoom, the lens and Add Outside Option, driven through their actions and keys.
#include "appsettings.h"
#include "document.h"
#include "exportdialog.h"
#include "fieldscene.h"
#include "fieldview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "timecontrols.h"
#include "uizoom.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace powerfield;

class TestWindowTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportWritesTheRememberedChoice();
    void exportFailureSaysWhy();
    void dialogChecksAndRemembers();
    void copyImageTakesTheFocusedView();
    void docksOfferExportAndCopy();
    void fieldMenuOffersExportAndCopy();
    void presentationModeAndBack();
    void uiZoomScalesAndIsRemembered();
    void lensAction();
    void addOutsideOption();

private:
    std::unique_ptr<MainWindow> window();
    QTemporaryDir m_dir;
};

void TestWindowTools::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Settings of its own, so tests run side by side (ctest -j) do not clear each other's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestWindowTools::init()
{
    appSettings().clear();
}

std::unique_ptr<MainWindow> TestWindowTools::window()
{
    auto w = std::make_unique<MainWindow>();
    w->setInteractive(false);
    w->openExample(QStringLiteral("abe-and-mary"));
    w->resize(1400, 900);
    w->show();
    QApplication::setActiveWindow(w.get());
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the window did not become active");
    return w;
}

void TestWindowTools::exportWritesTheRememberedChoice()
{
    ViewExportChoice choice;
    choice.view = QStringLiteral("slide");
    choice.request.path = m_dir.filePath(QStringLiteral("from-window.svg"));
    choice.request.size = QSize(1024, 768);
    choice.remember();
    auto w = window();
    QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
    QFile file(choice.request.path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(w->lastWarning()));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("viewBox=\"0 0 1024 768\""));
    QVERIFY(svg.contains(">Mary<"));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("from-window.svg")));
    // The dock's own action exports its view with the same choice otherwise.
    QVERIFY(w->exportView(QStringLiteral("plot")));
    QCOMPARE(ViewExportChoice::remembered().view, QStringLiteral("plot"));
}

void TestWindowTools::exportFailureSaysWhy()
{
    ViewExportChoice choice;
    choice.request.path = m_dir.filePath(QStringLiteral("no-such-folder/slide.png"));
    choice.remember();
    auto w = window();
    QVERIFY(!w->exportView());
    QVERIFY2(w->lastWarning().contains(QStringLiteral("no-such-folder/slide.png")), qPrintable(w->lastWarning()));
}

void TestWindowTools::dialogChecksAndRemembers()
{
    ExportDialog dialog;
    auto *path = dialog.findChild<QLineEdit *>();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(path && ok);
    path->clear();
    QTest::keyClicks(path, m_dir.filePath(QStringLiteral("talk.gif")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral(".png")));
    path->clear();
    QTest::keyClicks(path, m_dir.filePath(QStringLiteral("talk.png")));
    QVERIFY(ok->isEnabled());
    // The 4:3 preset sets the size; the scale and theme are the user's.
    const QList<QComboBox *> boxes = dialog.findChildren<QComboBox *>();
    QComboBox *preset = nullptr;
    QComboBox *theme = nullptr;
    for (QComboBox *box : boxes) {
        if (box->itemText(0).contains(QStringLiteral("1920")))
            preset = box;
        if (box->itemData(0).toString() == QLatin1String("print"))
            theme = box;
    }
    QVERIFY(preset && theme);
    preset->setCurrentIndex(2);
    emit preset->activated(2);
    theme->setCurrentIndex(1);
    const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins)
        if (spin->maximum() == 4)
            spin->setValue(3);
    const ViewExportChoice c = dialog.choice();
    QCOMPARE(c.request.size, QSize(1024, 768));
    QCOMPARE(c.request.scale, 3);
    QCOMPARE(c.request.theme.kind, ThemeKind::Projector);
    c.remember();
    ExportDialog again;
    QCOMPARE(again.choice().request.size, QSize(1024, 768));
    QCOMPARE(again.choice().request.scale, 3);
    QCOMPARE(again.choice().request.theme.kind, ThemeKind::Projector);
    QCOMPARE(again.choice().request.path, m_dir.filePath(QStringLiteral("talk.png")));
}

void TestWindowTools::copyImageTakesTheFocusedView()
{
    auto w = window();
    QApplication::clipboard()->clear();
    w->fieldView()->setFocus();
    QCOMPARE(w->focusedView(), QStringLiteral("field"));
    QTest::keyClick(w.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), w->fieldView()->size() * image.devicePixelRatio());
    auto *plotDock = w->findChild<QDockWidget *>(QStringLiteral("plotDock"));
    QWidget *inPlot = nullptr;
    for (QWidget *child : plotDock->findChildren<QWidget *>())
        if (child->focusPolicy() & Qt::TabFocus && child->isVisible())
            inPlot = child;
    QVERIFY(inPlot);
    inPlot->setFocus();
    QCOMPARE(w->focusedView(), QStringLiteral("plot"));
    QApplication::clipboard()->clear();
    QVERIFY(w->copyImage());
    image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.size() != w->fieldView()->size());
}

void TestWindowTools::docksOfferExportAndCopy()
{
    auto w = window();
    for (const QString &name : {QStringLiteral("panel"), QStringLiteral("plot")}) {
        auto *dock = w->findChild<QDockWidget *>(name == QLatin1String("panel") ? QStringLiteral("dependenceDock")
                                                                                : QStringLiteral("plotDock"));
        QVERIFY(dock);
        QCOMPARE(dock->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction *copy = dock->findChild<QAction *>(QStringLiteral("copy:") + name);
        QAction *exportAction = dock->findChild<QAction *>(QStringLiteral("export:") + name);
        QVERIFY(copy && exportAction && dock->actions().contains(copy));
        QVERIFY(!copy->text().isEmpty() && !exportAction->text().isEmpty());
        QApplication::clipboard()->clear();
        copy->trigger();
        QVERIFY(!QApplication::clipboard()->image().isNull());
    }
}

void TestWindowTools::fieldMenuOffersExportAndCopy()
{
    auto w = window();
    QWidget *viewport = w->fieldView()->viewport();
    const QPoint middle = viewport->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, middle, viewport->mapToGlobal(middle));
    QApplication::sendEvent(viewport, &event);
    QVERIFY(event.isAccepted());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *copy = nullptr;
    QAction *exportAction = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String("copy:field"))
            copy = a;
        if (a->objectName() == QLatin1String("export:field"))
            exportAction = a;
    }
    QVERIFY(copy && exportAction);
    QVERIFY(menu->actions().size() > 3); // the field's own entries come first
    QApplication::clipboard()->clear();
    copy->trigger();
    menu->close();
    QVERIFY(!QApplication::clipboard()->image().isNull());
}

void TestWindowTools::presentationModeAndBack()
{
    auto w = window();
    auto *tree = w->findChild<QDockWidget *>(QStringLiteral("scenarioDock"));
    auto *plot = w->findChild<QDockWidget *>(QStringLiteral("plotDock"));
    const QByteArray state = w->saveState();
    const double font = QApplication::font().pointSizeF();
    const QColor window = w->palette().color(QPalette::Window);
    QWidget *story = plot->findChild<TimeControls *>();
    QVERIFY(story && w->fieldView()->isLegendVisible());
    QVERIFY(tree->isVisible() && w->actions()->toolBar->isVisible() && w->statusBar()->isVisible());

    QTest::keyClick(w.get(), Qt::Key_F5);
    QVERIFY(w->presentationMode()->isActive());
    QVERIFY(w->windowState() & Qt::WindowFullScreen);
    QVERIFY(!tree->isVisible());
    QVERIFY(!w->actions()->toolBar->isVisible());
    QVERIFY(!w->statusBar()->isVisible());
    QVERIFY(plot->isVisible()); // the story's controls and caption stay
    QCOMPARE(w->fieldView()->fieldScene()->theme().kind, ThemeKind::Projector);
    QVERIFY(w->fieldView()->fieldScene()->theme().presentation);
    // Type for the back row: at least 1/45 of the screen's height, the caption larger still.
    QVERIFY(QApplication::font().pointSizeF() > font);
    QVERIFY2(QFontInfo(QApplication::font()).pixelSize() >= w->screen()->geometry().height() / 45,
             qPrintable(QString::number(QFontInfo(QApplication::font()).pixelSize())));
    QVERIFY(!w->menuBar()->isVisible());
    QVERIFY(plot->titleBarWidget() && plot->titleBarWidget()->sizeHint().isEmpty());
    QVERIFY(story->font().pointSizeF() > QApplication::font().pointSizeF() * 1.2); // the caption largest
    QVERIFY(w->palette().color(QPalette::Window).lightness() < 40); // the window dark as the views
    QVERIFY(!w->fieldView()->isLegendVisible());

    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(!w->presentationMode()->isActive());
    QVERIFY(!(w->windowState() & Qt::WindowFullScreen));
    QVERIFY(tree->isVisible() && w->actions()->toolBar->isVisible() && w->statusBar()->isVisible());
    QCOMPARE(w->fieldView()->fieldScene()->theme().kind, ThemeKind::Print);
    QVERIFY(!w->fieldView()->fieldScene()->theme().presentation);
    QCOMPARE(QApplication::font().pointSizeF(), font);
    QCOMPARE(story->font().pointSizeF(), font);
    QCOMPARE(w->palette().color(QPalette::Window), window);
    QVERIFY(w->fieldView()->isLegendVisible());
    QVERIFY(w->menuBar()->isVisible() && !plot->titleBarWidget());
    QTRY_COMPARE(w->saveState(), state);
}

void TestWindowTools::uiZoomScalesAndIsRemembered()
{
    const double font = QApplication::font().pointSizeF();
    {
        auto w = window();
        const double zoom = w->fieldView()->zoom();
        QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(w->uiZoom()->level(), 1);
        QCOMPARE(QApplication::font().pointSizeF(), font * 1.25);
        QVERIFY(qAbs(w->fieldView()->zoom() / zoom - 1.25) < 0.01);
        QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(w->uiZoom()->level(), -1);
        QVERIFY(QApplication::font().pointSizeF() < font);
        w->uiZoom()->setLevel(2);
    }
    QFont start = QApplication::font(); // as at a new start of the program
    start.setPointSizeF(font);
    QApplication::setFont(start);
    {
        auto w = window();
        QCOMPARE(w->uiZoom()->level(), 2);
        QVERIFY(QApplication::font().pointSizeF() > font * 1.5);
        QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(w->uiZoom()->level(), 0);
        QCOMPARE(QApplication::font().pointSizeF(), font);
    }
}

void TestWindowTools::lensAction()
{
    auto w = window();
    Document *d = w->document();
    QAction *lens = w->actions()->lensActual;
    QCOMPARE(d->lens(), Lens::Perceived);
    QVERIFY(!lens->isChecked());
    QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(d->lens(), Lens::Actual);
    QVERIFY(lens->isChecked());
    d->setLens(Lens::Perceived);
    QVERIFY(!lens->isChecked());
    QVERIFY(w->actions()->toolBar->actions().contains(lens));
}

void TestWindowTools::addOutsideOption()
{
    auto w = window();
    Document *d = w->document();
    QAction *add = w->actions()->addOption;
    const QString party = d->scenario().parties.first().id;
    d->setSelection(Selection{party, d->scenario().parties.last().id});
    QVERIFY(!add->isEnabled()); // a dyad: whose option would it be?
    d->setSelection(Selection{party, QString()});
    QVERIFY(add->isEnabled());
    const int before = d->scenario().options.size();
    QTest::keyClick(w.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d->scenario().options.size(), before + 1);
    QCOMPARE(d->scenario().options.last().owner, party);
    w->actions()->undo->trigger();
    QCOMPARE(d->scenario().options.size(), before);
}

QTEST_MAIN(TestWindowTools)
#include "tst_windowtools.moc"
