// SPDX-License-Identifier: GPL-3.0-or-later
// Access for keyboard, screen reader and colour-blind users: every command reachable by key and
// named, every control named, the palette colour-blind safe, power never shown by colour alone.
#include "appsettings.h"
#include "exportdialog.h"
#include "fieldlegend.h"
#include "fieldstyle.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "palette.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QBuffer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace powerfield;

namespace {

QString plain(const QString &text)
{
    return QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

// The key Alt+key reaches in a menu: the letter after the single '&', or a null QChar.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        if (text[i] == QLatin1Char('&'))
            ++i;
    }
    return QChar();
}

bool isList(const QMenu *menu)
{
    static const QStringList lists = {QStringLiteral("examplesMenu"), QStringLiteral("recentMenu"),
                                      QStringLiteral("languageMenu")};
    return lists.contains(menu->objectName());
}

QString describe(const QAction *a)
{
    return QStringLiteral("'%1' (%2)").arg(plain(a->text()), a->objectName());
}

QString accessibleName(QObject *object)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(object);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// Every control that takes the keyboard focus and has no accessible name (its own, its label
// buddy's or its text), as "class 'objectName' in parent class".
QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root) || w->focusProxy())
            continue;
        // The editor inside a spin box or combo box is named through its owner.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (accessibleName(w).isEmpty())
            problems << QStringLiteral("%1 '%2' in %3").arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                                                             QLatin1String(w->parentWidget() ? w->parentWidget()->metaObject()->className() : "-"));
    }
    return problems;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuCommandsHaveKeysAndNames();
    void toolbarCommandsHaveShortcuts();
    void shortcutsAreUnique();
    void controlsHaveAccessibleNames();
    void exportDialogIsNamed();
    void paletteIsOkabeIto();
    void powerIsNotColourAlone();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Settings of its own, so tests run side by side (ctest -j) do not clear each other's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    appSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->openExample(QStringLiteral("abe-and-mary"));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// A command in a menu needs a shortcut, or a mnemonic no other entry of its menu uses; entries of
// the lists of examples, recent files and languages are reached by their menu's mnemonic and the
// arrow keys, and named by their text.
void TestAccess::menuCommandsHaveKeysAndNames()
{
    QStringList problems;
    std::function<void(QMenu *, bool)> walk = [&](QMenu *menu, bool list) {
        QSet<QChar> used;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (plain(a->text()).isEmpty())
                problems << QStringLiteral("a command without text in %1").arg(plain(menu->title()));
            if (a->menu()) {
                if (mnemonic(a->text()).isNull())
                    problems << describe(a) + QStringLiteral(": a submenu without a mnemonic");
                walk(a->menu(), isList(a->menu()));
                continue;
            }
            const QChar key = mnemonic(a->text());
            if (list)
                continue;
            if (a->shortcut().isEmpty() && (key.isNull() || used.contains(key)))
                problems << describe(a) + QStringLiteral(" in ") + plain(menu->title())
                                + QStringLiteral(": neither a shortcut nor a mnemonic of its own");
            if (!key.isNull())
                used.insert(key);
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu()) {
            if (mnemonic(top->text()).isNull())
                problems << describe(top) + QStringLiteral(": a menu without a mnemonic");
            walk(top->menu(), isList(top->menu()));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccess::toolbarCommandsHaveShortcuts()
{
    QStringList problems;
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || a->menu())
                continue;
            if (a->shortcut().isEmpty())
                problems << describe(a) + QStringLiteral(": no shortcut");
            if (plain(a->text()).isEmpty() && plain(a->iconText()).isEmpty())
                problems << a->objectName() + QStringLiteral(": no text");
            if (accessibleName(bar->widgetForAction(a)).isEmpty())
                problems << describe(a) + QStringLiteral(": its button has no accessible name");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccess::shortcutsAreUnique()
{
    QHash<QKeySequence, QString> owner;
    QStringList clashes;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            if (owner.contains(key) && owner.value(key) != a->objectName() + plain(a->text()))
                clashes << QStringLiteral("%1: %2 and %3").arg(key.toString(), owner.value(key), describe(a));
            owner.insert(key, a->objectName() + plain(a->text()));
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestAccess::controlsHaveAccessibleNames()
{
    const QStringList problems = unnamedControls(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccess::exportDialogIsNamed()
{
    ExportDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = unnamedControls(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(!dialog.windowTitle().isEmpty());
}

void TestAccess::paletteIsOkabeIto()
{
    const QSet<QString> okabeIto = {QStringLiteral("#e69f00"), QStringLiteral("#56b4e9"), QStringLiteral("#009e73"),
                                    QStringLiteral("#f0e442"), QStringLiteral("#0072b2"), QStringLiteral("#d55e00"),
                                    QStringLiteral("#cc79a7"), QStringLiteral("#000000")};
    QSet<QString> seen;
    for (int i = 0; i < 8; ++i)
        seen.insert(palette::okabeIto(i).name());
    QCOMPARE(seen, okabeIto);
    QCOMPARE(palette::okabeIto(8), palette::okabeIto(0));
    // The balanced grey is none of them, so "balanced" never reads as a party's colour.
    QVERIFY(!okabeIto.contains(palette::balanced().name()));
}

// The direction and strength of power are carried by arrowheads and dash patterns as well as by
// colour, and the legend says so in words.
void TestAccess::powerIsNotColourAlone()
{
    QCOMPARE(fieldstyle::linkStyle(0.0), Qt::DotLine);
    QVERIFY(fieldstyle::linkStyle(0.2) != Qt::DotLine && fieldstyle::linkStyle(0.2) != Qt::SolidLine);
    QCOMPARE(fieldstyle::linkStyle(0.6), Qt::SolidLine);
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(600, 800));
    QPainter painter(&svg);
    FieldLegend::paint(painter, QPointF(0, 0), Theme(), FieldLegend::Options{});
    painter.end();
    const QByteArray text = buffer.data();
    QVERIFY2(text.contains("arrow"), "the legend does not explain the arrowheads");
    QVERIFY2(text.contains("Dashed"), "the legend does not explain the dash patterns");
    QVERIFY(text.contains("stroke-dasharray"));
}

QTEST_MAIN(TestAccess)
#include "tst_access.moc"
