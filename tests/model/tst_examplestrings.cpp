// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "scenarioreader.h"

#include <QTranslator>
#include <QtTest>

using namespace powerfield;

// The examples' texts in the UI language: the extracted list is current, an example opens
// translated, a file opened by the user never is.
class TestExampleStrings : public QObject
{
    Q_OBJECT

private slots:
    void extractionIsCurrent_data();
    void extractionIsCurrent();
    void withoutTranslationAsWritten();
    void germanExample();
};

namespace {

QStringList textsOf(const Scenario &s)
{
    QStringList texts{s.title, s.description, s.notes};
    for (const Desire &d : s.desires)
        texts << d.name;
    for (const Party &p : s.parties)
        texts << p.name;
    for (const OutsideOption &o : s.options)
        texts << o.name;
    for (const Event &e : s.events)
        texts << e.label << e.caption;
    texts.removeAll(QString());
    return texts;
}

Scenario asWritten(const QString &name)
{
    Scenario s;
    ScenarioError error;
    if (!readScenarioFile(examplePath(name), &s, &error))
        qWarning("%s", qPrintable(error.message()));
    return s;
}

} // namespace

void TestExampleStrings::extractionIsCurrent_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : exampleNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestExampleStrings::extractionIsCurrent()
{
    // Fails when an example changed and scripts/extract-example-strings was not run again.
    QFETCH(QString, name);
    const QStringList known = exampleSourceTexts();
    const QStringList texts = textsOf(asWritten(name));
    QVERIFY(texts.size() > 10);
    for (const QString &text : texts)
        QVERIFY2(known.contains(text), qPrintable(QStringLiteral("not extracted: ") + text.left(60)));
}

void TestExampleStrings::withoutTranslationAsWritten()
{
    for (const QString &name : exampleNames()) {
        Scenario read;
        ScenarioError error;
        QVERIFY(readExample(name, &read, &error));
        QCOMPARE(textsOf(read), textsOf(asWritten(name)));
        QCOMPARE(exampleTitle(name), asWritten(name).title);
    }
}

void TestExampleStrings::germanExample()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/powerfield_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });

    Scenario s;
    ScenarioError error;
    QVERIFY(readExample(QStringLiteral("abe-and-mary"), &s, &error));
    QCOMPARE(s.title, QStringLiteral("Abe und Mary"));
    QCOMPARE(exampleTitle(QStringLiteral("abe-and-mary")), QStringLiteral("Abe und Mary"));
    const Scenario english = asWritten(QStringLiteral("abe-and-mary"));
    QVERIFY(s.description != english.description);
    QVERIFY(s.notes != english.notes);
    QCOMPARE(s.party(QStringLiteral("coworkers"))->name, QStringLiteral("Marys Kollegen"));
    QCOMPARE(s.desires.constFirst().name, QStringLiteral("Gesellschaft"));
    for (int i = 0; i < s.events.size(); ++i)
        QVERIFY2(s.events[i].caption != english.events[i].caption, qPrintable(s.events[i].caption));
    // Only the texts: ids, numbers and the story stay as they are.
    QCOMPARE(s.parties.size(), english.parties.size());
    QVERIFY(s.provisions == english.provisions);

    // The same file opened as a file is the user's own: it stays as written.
    Document doc;
    QString message;
    QVERIFY(doc.load(examplePath(QStringLiteral("abe-and-mary")), &message));
    QCOMPARE(doc.scenario().title, english.title);
}

QTEST_GUILESS_MAIN(TestExampleStrings)
#include "tst_examplestrings.moc"
