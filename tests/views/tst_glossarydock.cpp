// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemeter.h"
#include "dependencepanel.h"
#include "document.h"
#include "examples.h"
#include "glossary.h"
#include "glossarydock.h"
#include "statedescription.h"
#include "translations.h"

#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QWhatsThisClickedEvent>
#include <QtTest>

using namespace powerfield;

class TestGlossaryDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyTermHasATitleAndAPage();
    void pagesLinkOnlyToKnownTerms();
    void pagesCiteTheirSources();
    void explainTermsHavePages();
    void aliasesResolve_data();
    void aliasesResolve();
    void showTermShowsThePage();
    void unknownTermChangesNothing();
    void followsLinksInPages();
    void listSelectionShowsThePage();
    void whatsThisLinksOpenTerms();
    void panelPartsLinkToTheirTerms();
    void notesPageShowsTheExamplesNotes();
    void notesPageFollowsTheDocument();
    void descriptionTabFollowsTheDocument();
    void copyDescriptionFillsTheClipboard();
    void translatedPagesMatchEnglish_data();
    void translatedPagesMatchEnglish();
    void pagesFollowTheLanguage();

private:
    QMainWindow *m_window = nullptr;
    Document *m_doc = nullptr;
    GlossaryDock *m_dock = nullptr;
};

void TestGlossaryDock::init()
{
    m_window = new QMainWindow;
    m_doc = new Document(m_window);
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
    m_dock = new GlossaryDock(m_doc, m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestGlossaryDock::cleanup()
{
    delete m_window;
}

void TestGlossaryDock::everyTermHasATitleAndAPage()
{
    const QStringList terms = glossary::terms();
    QCOMPARE(terms.size(), 16);
    for (const QString &term : terms) {
        QVERIFY2(!glossary::title(term).isEmpty(), qPrintable(term));
        if (term != glossary::kNotes)
            QVERIFY2(glossary::page(term).contains(QStringLiteral("<h2>")), qPrintable(term));
    }
    QCOMPARE(m_dock->termList()->count(), terms.size());
}

void TestGlossaryDock::pagesLinkOnlyToKnownTerms()
{
    const QRegularExpression href(QStringLiteral("href=\"glossary:([^\"#]*)"));
    const QStringList terms = glossary::terms();
    for (const QString &term : terms) {
        auto links = href.globalMatch(glossary::page(term));
        while (links.hasNext()) {
            const QString target = links.next().captured(1);
            QVERIFY2(terms.contains(target), qPrintable(term + QStringLiteral(" -> ") + target));
        }
    }
}

void TestGlossaryDock::pagesCiteTheirSources()
{
    const QString sources = glossary::page(QStringLiteral("sources"));
    const QStringList cited = {QStringLiteral("Thibaut, J. W., &amp; Kelley, H. H. (1959)"),
                               QStringLiteral("Kelley, H. H., &amp; Thibaut, J. W. (1978)"),
                               QStringLiteral("Emerson, R. M. (1962)"),
                               QStringLiteral("Waller, W. (1938)"),
                               QStringLiteral("Rusbult, C. E. (1980)"),
                               QStringLiteral("Rusbult, C. E., &amp; Martz, J. M. (1995)"),
                               QStringLiteral("French, J. R. P., Jr., &amp; Raven, B. (1959)"),
                               QStringLiteral("Raven, B. H. (1965)"),
                               QStringLiteral("<i>Journal of Personality and Social Psychology, 124</i>(3)")};
    for (const QString &source : cited)
        QVERIFY2(sources.contains(source), qPrintable(source));
    const QString cooperation = glossary::page(QStringLiteral("cooperation"));
    for (const char *figure : {"83.97%", "69.47%", "58.14%"})
        QVERIFY2(cooperation.contains(QLatin1String(figure)), figure);
}

void TestGlossaryDock::explainTermsHavePages()
{
    using T = explain::Term;
    for (T term : {T::Dependence, T::ComparisonLevel, T::AlternativeLevel, T::Commitment,
                   T::Investment, T::Exclusive, T::RelativePower, T::Cooperation, T::Response,
                   T::Importance, T::Provision}) {
        const QString id = glossary::termOfLink(glossary::url(glossary::termFor(term)));
        QVERIFY2(glossary::terms().contains(id), qPrintable(glossary::termFor(term)));
    }
    QCOMPARE(glossary::link(QStringLiteral("power"), QStringLiteral("A & B")),
             QStringLiteral("<a href=\"glossary:power\">A &amp; B</a>"));
}

void TestGlossaryDock::aliasesResolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("term");
    QTest::newRow("id") << "power" << "power";
    QTest::newRow("upper case") << "Dependence" << "dependence";
    QTest::newRow("cl") << "cl" << "comparison-levels";
    QTest::newRow("clalt") << "CLalt" << "comparison-levels";
    QTest::newRow("investment") << "investment" << "commitment";
    QTest::newRow("perceived") << "perceived" << "lens";
    QTest::newRow("unknown") << "love" << "";
}

void TestGlossaryDock::aliasesResolve()
{
    QFETCH(QString, name);
    QFETCH(QString, term);
    QCOMPARE(glossary::resolve(name), term);
}

void TestGlossaryDock::showTermShowsThePage()
{
    m_dock->hide();
    QVERIFY(m_dock->showTerm(QStringLiteral("clalt")));
    QVERIFY(m_dock->isVisible());
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("comparison-levels"));
    QCOMPARE(m_dock->termList()->currentItem()->text(), glossary::title(QStringLiteral("comparison-levels")));
    QVERIFY(m_dock->browser()->toPlainText().contains(QStringLiteral("comparison level for alternatives")));
    QVERIFY(m_dock->showTerm(glossary::termFor(explain::Term::Exclusive)));
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("commitment"));
    QCOMPARE(m_dock->browser()->source().fragment(), QStringLiteral("exclusive"));
}

void TestGlossaryDock::unknownTermChangesNothing()
{
    QVERIFY(m_dock->showTerm(QStringLiteral("power")));
    QVERIFY(!m_dock->showTerm(QStringLiteral("love")));
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("power"));
}

void TestGlossaryDock::followsLinksInPages()
{
    QVERIFY(m_dock->showTerm(QStringLiteral("overview")));
    emit m_dock->browser()->anchorClicked(QUrl(QStringLiteral("glossary:least-interest")));
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("least-interest"));
    QVERIFY(m_dock->browser()->toPlainText().contains(QStringLiteral("Waller")));
    m_dock->browser()->backward();
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("overview"));
    m_dock->openLink(QStringLiteral("glossary:quadrants"));
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("quadrants"));
}

void TestGlossaryDock::listSelectionShowsThePage()
{
    m_dock->termList()->setCurrentRow(glossary::terms().indexOf(QStringLiteral("limits")));
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("limits"));
    QVERIFY(m_dock->browser()->toPlainText().contains(QStringLiteral("What this model does not claim")));
}

void TestGlossaryDock::whatsThisLinksOpenTerms()
{
    QWidget *someWidget = m_window->centralWidget() ? m_window->centralWidget() : m_window;
    QWhatsThisClickedEvent event(QStringLiteral("glossary:bases-of-power"));
    QApplication::sendEvent(someWidget, &event);
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("bases-of-power"));
}

void TestGlossaryDock::panelPartsLinkToTheirTerms()
{
    QCOMPARE(glossary::whatsThis(QStringLiteral("A < B"), QStringLiteral("power")),
             QStringLiteral("<p>A &lt; B</p><p><a href=\"glossary:power\">More in the glossary</a></p>"));
    DependencePanel panel(m_doc);
    QVERIFY(panel.meter()->whatsThis().contains(QStringLiteral("href=\"glossary:power\"")));
    QVERIFY(panel.meter()->whatsThis().contains(explain::definition(explain::Term::RelativePower).toHtmlEscaped()));
}

void TestGlossaryDock::notesPageShowsTheExamplesNotes()
{
    QVERIFY(m_dock->showTerm(glossary::kNotes));
    const QString text = m_dock->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Abe and Mary")));
    QVERIFY(text.contains(QStringLiteral("Learning goal: power lives in the relationship")));
    QVERIFY(m_dock->browser()->toHtml().contains(QStringLiteral("<li")));
}

void TestGlossaryDock::notesPageFollowsTheDocument()
{
    QVERIFY(m_dock->showTerm(glossary::kNotes));
    m_doc->setScenario(Scenario());
    QVERIFY(m_dock->browser()->toPlainText().contains(QStringLiteral("no teacher notes")));
}

void TestGlossaryDock::descriptionTabFollowsTheDocument()
{
    m_dock->showDescription();
    QCOMPARE(m_dock->descriptionView()->toPlainText(), describeState(*m_doc));
    m_doc->setCurrentTime(4);
    QTRY_COMPARE(m_dock->descriptionView()->toPlainText(), describeState(*m_doc));
    QVERIFY(m_dock->descriptionView()->toPlainText().contains(QStringLiteral("step 4 of 12")));
    QVERIFY(m_dock->descriptionView()->isReadOnly());
    QVERIFY(!m_dock->descriptionView()->accessibleName().isEmpty());
}

void TestGlossaryDock::copyDescriptionFillsTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    m_dock->copyDescriptionAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), describeState(*m_doc));
    QVERIFY(!m_dock->copyDescriptionAction()->shortcut().isEmpty());
}

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What a translated page must keep from the English one: its links, anchors and cited years.
QStringList structure(const QString &html)
{
    QStringList found;
    static const QRegularExpression marks(QStringLiteral("href=\"glossary:[^\"]*\"|name=\"[^\"]*\"|\\(\\d{4}\\)"));
    for (auto it = marks.globalMatch(html); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

void TestGlossaryDock::translatedPagesMatchEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("term");
    for (const char *language : {"de", "es"}) {
        for (const QString &term : glossary::terms()) {
            if (term != glossary::kNotes)
                QTest::addRow("%s/%s", language, qPrintable(term)) << QString::fromLatin1(language) << term;
        }
    }
}

void TestGlossaryDock::translatedPagesMatchEnglish()
{
    QFETCH(QString, language);
    QFETCH(QString, term);
    const QString english = resourceText(QStringLiteral(":/glossary/%1.html").arg(term));
    const QString translated = resourceText(QStringLiteral(":/glossary/%1/%2.html").arg(language, term));
    QVERIFY2(!translated.isEmpty(), "no page in this language");
    QVERIFY(translated != english);
    QVERIFY(translated.contains(QStringLiteral("<h2>")));
    QCOMPARE(structure(translated), structure(english));
    if (term == QLatin1String("sources")) { // the references stay as published
        static const QRegularExpression item(QStringLiteral("<li>(.*?)</li>"),
                                             QRegularExpression::DotMatchesEverythingOption);
        for (auto it = item.globalMatch(english); it.hasNext();)
            QVERIFY(translated.contains(it.next().captured()));
    }
}

void TestGlossaryDock::pagesFollowTheLanguage()
{
    QVERIFY(m_dock->showTerm(QStringLiteral("dependence")));
    QVERIFY(m_dock->browser()->toPlainText().startsWith(QStringLiteral("Dependence")));
    const QLocale before;
    const auto restore = qScopeGuard([before] {
        Translations::instance()->setLanguage(QStringLiteral("en"), false);
        QLocale::setDefault(before);
    });
    Translations::instance()->setLanguage(QStringLiteral("de"), false);
    QTRY_VERIFY(m_dock->browser()->toPlainText().startsWith(QStringLiteral("Abhängigkeit")));
    QVERIFY(m_dock->browser()->toPlainText().contains(QStringLiteral("Richard Emerson hat")));
    QCOMPARE(m_dock->currentTerm(), QStringLiteral("dependence"));
    QCOMPARE(m_dock->termList()->currentItem()->text(), QStringLiteral("Abhängigkeit"));
    // Links inside a translated page lead to the pages of the same language.
    m_dock->openLink(QStringLiteral("glossary:power"));
    QTRY_VERIFY(m_dock->browser()->toPlainText().startsWith(QStringLiteral("Macht")));
    Translations::instance()->setLanguage(QStringLiteral("es"), false);
    QTRY_VERIFY(m_dock->browser()->toPlainText().startsWith(QStringLiteral("Poder")));
    Translations::instance()->setLanguage(QStringLiteral("en"), false);
    QTRY_VERIFY(m_dock->browser()->toPlainText().startsWith(QStringLiteral("Power")));
    // A language without pages of its own reads the English ones.
    QLocale::setDefault(QLocale(QLocale::French));
    QCOMPARE(glossary::page(QStringLiteral("power")), resourceText(QStringLiteral(":/glossary/power.html")));
    QLocale::setDefault(QLocale(QLocale::German));
    QVERIFY(glossary::page(QStringLiteral("power")).contains(QStringLiteral("<h2>Macht</h2>")));
}

QTEST_MAIN(TestGlossaryDock)
#include "tst_glossarydock.moc"
