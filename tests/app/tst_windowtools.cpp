// SPDX-License-Identifier: GPL-3.0-or-later
// The window's pictures (Export View, Copy Image, the docks' menus), presentation mode, the UI
// zoom, the lens and Add Outside Option, driven through their actions and keys.
#include "appsettings.h"
#include "document.h"
#include "exportdialog.h"
#include "fieldscene.h"
#include "fieldview.h"
#include "glossarydock.h"
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
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QStyle>
#include <QFontMetrics>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

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
    void propertiesAreEditedUndoablyAndSaved();
    void newStartsFromTwoPeople();
    void helpMenuLeadsToGettingStarted();
    void exportStartsWhereTheScenarioIs();
    void toolBarNamesOnlyWhereTheyFit();

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

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

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
    // The story's buttons grow with its type: a 16-pixel symbol is lost on a projector.
    const auto storyButtons = story->findChildren<QToolButton *>();
    QVERIFY(!storyButtons.isEmpty());
    for (const QToolButton *b : storyButtons)
        QVERIFY2(b->iconSize().height() >= 0.8 * QFontMetrics(story->font()).height(),
                 qPrintable(QStringLiteral("%1 px beside %2 px type").arg(b->iconSize().height())
                                .arg(QFontMetrics(story->font()).height())));
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
    for (const QToolButton *b : storyButtons)
        QCOMPARE(b->iconSize().height(), w->style()->pixelMetric(QStyle::PM_SmallIconSize));
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

// File > Properties: the title, description and teacher notes a student types are one undo
// step, show in the window's title, and are saved in the file.
void TestWindowTools::propertiesAreEditedUndoablyAndSaved()
{
    auto w = window();
    w->setInteractive(true);
    Document *d = w->document();
    const QString oldTitle = d->scenario().title;
    const int steps = d->undoStack()->count();
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("propertiesTitle"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Roommates"));
        auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("propertiesNotes"));
        notes->selectAll();
        QTest::keyClicks(notes, QStringLiteral("Try an alternative for Me."));
        dialog->accept();
    });
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(d->scenario().title, QStringLiteral("Roommates"));
    QCOMPARE(d->scenario().notes, QStringLiteral("Try an alternative for Me."));
    QCOMPARE(d->undoStack()->count(), steps + 1);
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("Roommates")));

    const QString path = m_dir.filePath(QStringLiteral("roommates.powerfield.json"));
    QString error;
    QVERIFY2(d->save(path, &error), qPrintable(error));
    QVERIFY(readFile(path).contains("\"title\": \"Roommates\""));

    w->actions()->undo->trigger();
    QCOMPARE(d->scenario().title, oldTitle);
    QVERIFY(d->scenario().notes != QStringLiteral("Try an alternative for Me."));
    w->setInteractive(false);
}

// File > New > Start from Two People: a pair that already depends on each other, so the
// student's first alternative shifts power at once.
void TestWindowTools::newStartsFromTwoPeople()
{
    auto w = window();
    w->setUnsavedAnswer(QMessageBox::Discard);
    w->setNewStart(MainWindow::NewStart::TwoPeople);
    w->actions()->newFile->trigger();
    Document *d = w->document();
    QCOMPARE(d->state().parties.size(), 2);
    QCOMPARE(d->analysis().engine().dyadCount(), 1);
    const QString me = d->state().parties.at(0).id;
    const QString other = d->state().parties.at(1).id;
    const auto dyad = d->analysis().dyad(me, other);
    QVERIFY(dyad);
    QVERIFY(dyad->sideA.dependence > 0.1 && dyad->sideB.dependence > 0.1);
    QVERIFY(std::abs(dyad->relativePowerA) > 0.05); // unequal from the start: something to see
    QVERIFY(!d->isModified());

    w->setNewStart(MainWindow::NewStart::Empty);
    w->actions()->newFile->trigger();
    QVERIFY(d->state().parties.isEmpty());
}

void TestWindowTools::helpMenuLeadsToGettingStarted()
{
    auto w = window();
    auto *start = w->findChild<QAction *>(QStringLiteral("gettingStarted"));
    QVERIFY(start && w->actions()->helpMenu()->actions().contains(start));
    start->trigger();
    QVERIFY(w->glossaryDock()->isVisible());
    auto *browser = w->glossaryDock()->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QVERIFY2(browser->toPlainText().contains(QStringLiteral("six steps")), qPrintable(browser->toPlainText().left(200)));
    QVERIFY(w->findChild<QAction *>(QStringLiteral("glossary")));
}

// Open, Save As and Export View start in one folder: the one the user last worked in.
void TestWindowTools::exportStartsWhereTheScenarioIs()
{
    auto w = window();
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("mine.powerfield.json"));
    QString error;
    QVERIFY2(w->document()->save(path, &error), qPrintable(error));
    QVERIFY(w->openFile(path));
    const QString exportPath = ViewExportChoice::remembered().request.path;
    QCOMPARE(QFileInfo(exportPath).absolutePath(), QFileInfo(path).absolutePath());
}

// Every toolbar button stays on the bar, not behind its overflow arrow: named while the names
// fit, symbols alone when the window is narrower (1280 pixels, a classroom projector).
void TestWindowTools::toolBarNamesOnlyWhereTheyFit()
{
    auto w = window();
    QToolBar *bar = w->actions()->toolBar;
    const auto allOnTheBar = [&] {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QWidget *b = bar->widgetForAction(a);
            if (!b || !b->isVisible() || b->geometry().right() > bar->width())
                return false;
        }
        return true;
    };
    w->resize(1900, 900);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QTRY_VERIFY(allOnTheBar());
    w->resize(1000, 700);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QTRY_VERIFY(allOnTheBar());
    w->resize(1900, 900);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QTRY_VERIFY(allOnTheBar());
}

QTEST_MAIN(TestWindowTools)
#include "tst_windowtools.moc"
