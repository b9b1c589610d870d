// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysissummary.h"
#include "dependencepanel.h"
#include "glossarydock.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "scenariotree.h"
#include "timecontrols.h"
#include "translations.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace powerfield;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void everyLanguageIsEmbedded();
    void switchingRetranslatesTheWindow();
    void languageMenuSwitchesAndRemembers();
    void englishHasItsPluralForms();
    void unknownLanguageMeansTheSystems();

private:
    static QStringList problemsIn(const QString &tsPath);
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslations::cleanup()
{
    Translations::instance()->setLanguage(QString(), false);
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << "powerfield_de.ts" << false;
    QTest::newRow("es") << "powerfield_es.ts" << false;
    QTest::newRow("en (plural forms)") << "powerfield_en.ts" << true;
}

// Every message that is unfinished, vanished, obsolete or empty in a .ts file, one line each.
QStringList TestTranslations::problemsIn(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsPath};
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context, source, type, text;
    bool inTranslation = false;
    bool emptyForm = false;
    int forms = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                inTranslation = true;
                type = xml.attributes().value(QLatin1String("type")).toString();
                text.clear();
                forms = 0;
                emptyForm = false;
            } else if (xml.name() == QLatin1String("numerusform")) {
                ++forms;
                emptyForm = xml.readElementText().trimmed().isEmpty() || emptyForm;
            }
        } else if (inTranslation && xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
            inTranslation = false;
            // unfinished (new or changed), vanished or obsolete (gone from the sources), empty
            const bool empty = forms > 0 ? emptyForm : text.trimmed().isEmpty();
            const QString problem = !type.isEmpty() ? type : empty ? QStringLiteral("empty") : QString();
            if (!problem.isEmpty())
                problems.append(QStringLiteral("%1: [%2] %3").arg(problem, context, source));
        }
    }
    if (xml.hasError())
        problems.append(QStringLiteral("%1:%2: %3").arg(tsPath).arg(xml.lineNumber()).arg(xml.errorString()));
    return problems;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    const QString repoFile = QStringLiteral(POWERFIELD_SOURCE_DIR "/translations/") + file;
    QVERIFY2(QFile::exists(repoFile), qPrintable(repoFile));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(repoFile, copy));

    // lupdate over the tree as scripts/update-translations runs it, but keeping what vanished:
    // anything new, changed or gone then shows up in the copy.
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("model") << QStringLiteral("views") << QStringLiteral("app")
              << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(POWERFIELD_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(POWERFIELD_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // A tr() outside a class lands in a context the program never asks for.
    QVERIFY2(!output.contains(QStringLiteral("lacks Q_OBJECT")),
             qPrintable(QStringLiteral("write Context::tr() with Q_DECLARE_TR_FUNCTIONS(Context):\n") + output));

    const QStringList problems = problemsIn(copy);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries to fix in %2 (run scripts/update-translations, "
                                       "then translate):\n")
                            .arg(problems.size()).arg(file)
                        + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::everyLanguageIsEmbedded()
{
    const QStringList languages = Translations::languages();
    for (const QString &code : languages)
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/powerfield_%1.qm").arg(code)), qPrintable(code));
}

void TestTranslations::switchingRetranslatesTheWindow()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExample(QStringLiteral("abe-and-mary")));
    QMenu *file = window.actions()->fileMenu();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    auto *panel = window.findChild<DependencePanel *>();
    QTRY_VERIFY(!panel->powerText().isEmpty());
    const QString englishReading = panel->powerText();
    QVERIFY2(englishReading.contains(QStringLiteral("holds more power")), qPrintable(englishReading));

    Translations::instance()->setLanguage(QStringLiteral("de"), false);
    QCOMPARE(Translations::instance()->activeLanguage(), QStringLiteral("de"));
    // Qt posts LanguageChange to each window: the texts change once events are processed.
    QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
    QCOMPARE(window.actions()->save->text(), QStringLiteral("&Speichern"));
    QCOMPARE(window.glossaryDock()->windowTitle(), QStringLiteral("Glossar"));
    QTRY_VERIFY(panel->powerText().contains(QStringLiteral("Macht")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QTRY_VERIFY(panel->findChild<QDoubleSpinBox *>()->text().contains(QLatin1Char(','))); // 0,30
    QCOMPARE(window.scenarioTree()->findChild<QTabWidget *>()->tabText(0), QStringLiteral("&Parteien"));
    QCOMPARE(window.summary()->table()->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Deutung"));
    QCOMPARE(window.findChild<QCheckBox *>()->text(), QStringLiteral("Alle Dyaden")); // the plot's
    QVERIFY(window.findChild<TimeControls *>()->findChild<QLabel *>()->text().startsWith(QStringLiteral("Schritt 0 von")));

    Translations::instance()->setLanguage(QStringLiteral("es"), false);
    QTRY_COMPARE(file->title(), QStringLiteral("&Archivo"));
    QTRY_VERIFY(panel->powerText().contains(QStringLiteral("poder")));

    Translations::instance()->setLanguage(QStringLiteral("en"), false);
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QTRY_COMPARE(panel->powerText(), englishReading);
    QTRY_VERIFY(panel->findChild<QDoubleSpinBox *>()->text().contains(QLatin1Char('.')));
}

void TestTranslations::languageMenuSwitchesAndRemembers()
{
    MainWindow window;
    auto *spanish = window.findChild<QAction *>(QStringLiteral("language:es"));
    auto *system = window.findChild<QAction *>(QStringLiteral("language:system"));
    QVERIFY(spanish && system);
    QVERIFY(system->isChecked());
    spanish->trigger();
    QVERIFY(spanish->isChecked());
    QTRY_COMPARE(window.actions()->fileMenu()->title(), QStringLiteral("&Archivo"));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Idioma"));
    QCOMPARE(spanish->text(), QStringLiteral("Español")); // every language under its own name

    Translations::instance()->setLanguage(QStringLiteral("en"), false);
    Translations::instance()->restore(); // the stored choice
    QCOMPARE(Translations::instance()->activeLanguage(), QStringLiteral("es"));
    system->trigger();
    QCOMPARE(Translations::instance()->language(), QString());
    Translations::instance()->restore();
    QCOMPARE(Translations::instance()->language(), QString());
}

void TestTranslations::englishHasItsPluralForms()
{
    Translations::instance()->setLanguage(QStringLiteral("en"), false);
    QCOMPARE(QCoreApplication::translate("powerfield::EventModel", "%n change(s) at time %1", nullptr, 1),
             QStringLiteral("1 change at time %1"));
    QCOMPARE(QCoreApplication::translate("powerfield::EventModel", "%n change(s) at time %1", nullptr, 3),
             QStringLiteral("3 changes at time %1"));
}

void TestTranslations::unknownLanguageMeansTheSystems()
{
    Translations::instance()->setLanguage(QStringLiteral("tlh"), false);
    QCOMPARE(Translations::instance()->language(), QString());
    QVERIFY(Translations::languages().contains(Translations::instance()->activeLanguage()));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
