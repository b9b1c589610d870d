// SPDX-License-Identifier: GPL-3.0-or-later
// A long seeded run of random edits, undos, redos, time and lens changes through the Document.
// After every step the incremental analysis must equal a fresh one of Document::state(), and
// the written scenario must be byte for byte what it was the last time the undo stack stood at
// the same index; at checkpoints and at the end, undoing everything gives the original bytes.
//
// POWERFIELD_SOAK_STEPS (default 100000), POWERFIELD_SOAK_SEED and POWERFIELD_SOAK_EXAMPLE
// change the run; a failure prints the step, so a run can be replayed up to it.
#include "document.h"
#include "examples.h"
#include "randomedits.h"
#include "scenarioreader.h"
#include "scenariowriter.h"
#include "scenariofixture.h"
#include "timeline.h"

#include <QElapsedTimer>
#include <QUndoStack>
#include <QtTest>

using namespace powerfield;
using namespace powerfield::test;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The field-level sums too, which sameAsFresh() leaves out.
bool sameFieldSums(const Analysis &analysis, const Scenario &state)
{
    Analysis fresh(analysis.lens());
    fresh.reset(state);
    const core::Engine &a = analysis.engine(), &b = fresh.engine();
    if (a.partyCount() != b.partyCount() || a.dyadCount() != b.dyadCount())
        return false;
    for (int p = 0; p < a.partyCount(); ++p) {
        if (analysis.partyId(p) != fresh.partyId(p)
            || std::abs(a.fieldPower(p) - b.fieldPower(p)) > 1e-9
            || std::abs(a.fieldDependence(p) - b.fieldDependence(p)) > 1e-9)
            return false;
    }
    return true;
}

} // namespace

// The soak: nothing drifts, nothing is lost, however long the session.
class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soak();

private:
    enum class Step { Edit, Undo, Redo, Time, Lens, Reset };
    Step pick();
    bool doStep(Step step);
    bool check(int step);
    bool undoAllAndBack(int step);
    QByteArray bytes() const { return writeScenario(m_doc.scenario()); }

    Document m_doc;
    QRandomGenerator m_random;
    RandomEditor *m_editor = nullptr;
    QByteArray m_original;
    // The hash of the written scenario at each undo stack index, as last seen there.
    QVector<size_t> m_atIndex;
};

void TestSoak::initTestCase()
{
    const QString name = qEnvironmentVariable("POWERFIELD_SOAK_EXAMPLE", QStringLiteral("abe-and-mary"));
    Scenario scenario;
    ScenarioError error;
    QVERIFY2(readScenarioFile(examplePath(name), &scenario, &error), qPrintable(error.message()));
    m_doc.setScenario(scenario, QStringLiteral("soak.powerfield.json"));
    m_original = bytes();
    m_atIndex = {qHash(m_original)};
}

TestSoak::Step TestSoak::pick()
{
    const int r = int(m_random.bounded(100));
    if (r < 55)
        return Step::Edit;
    if (r < 80)
        return Step::Undo;
    if (r < 94)
        return Step::Redo;
    if (r < 98)
        return Step::Time;
    return r < 99 ? Step::Lens : Step::Reset;
}

// Applies one step; returns false when the stack no longer matches what was recorded.
bool TestSoak::doStep(Step step)
{
    QUndoStack *stack = m_doc.undoStack();
    switch (step) {
    case Step::Undo:
    case Step::Redo:
        step == Step::Undo ? stack->undo() : stack->redo();
        return m_atIndex.value(stack->index()) == qHash(bytes());
    case Step::Time:
        m_doc.setCurrentTime(int(m_random.bounded(m_doc.scenario().duration + 2)));
        return true;
    case Step::Lens:
        m_doc.setLens(m_doc.lens() == Lens::Actual ? Lens::Perceived : Lens::Actual);
        return true;
    case Step::Edit:
    case Step::Reset:
        break;
    }
    const int before = stack->index();
    const bool accepted = step == Step::Reset ? (m_doc.resetToSaved(), stack->index() != before)
                                              : m_editor->step();
    const size_t now = qHash(bytes());
    if (!accepted && m_atIndex.value(stack->index()) != now)
        return false; // a refused edit changed something
    m_atIndex.resize(stack->count() + 1);
    m_atIndex[stack->index()] = now; // a merge changes the top command's result
    return true;
}

bool TestSoak::check(int step)
{
    const bool ok = m_doc.state() == stateAt(m_doc.scenario(), m_doc.currentTime())
                    && sameAsFresh(m_doc.analysis(), m_doc.state())
                    && sameFieldSums(m_doc.analysis(), m_doc.state());
    if (!ok)
        qWarning("analysis differs from a fresh one after step %d", step);
    return ok;
}

// Undoes every command, checking each, compares with the original bytes, and redoes them all.
bool TestSoak::undoAllAndBack(int step)
{
    QUndoStack *stack = m_doc.undoStack();
    const int top = stack->index();
    const QByteArray end = bytes();
    while (stack->canUndo()) {
        stack->undo();
        if (m_atIndex.value(stack->index()) != qHash(bytes()) || !check(step))
            return false;
    }
    if (bytes() != m_original || m_doc.isModified())
        return false;
    while (stack->index() < top) {
        stack->redo();
        if (m_atIndex.value(stack->index()) != qHash(bytes()) || !check(step))
            return false;
    }
    return bytes() == end;
}

void TestSoak::soak()
{
    const int steps = envInt("POWERFIELD_SOAK_STEPS", 100000);
    const auto seed = quint32(envInt("POWERFIELD_SOAK_SEED", 20240607));
    m_random.seed(seed);
    RandomEditor editor(&m_doc, seed + 1, RandomEditor::Kinds::All);
    m_editor = &editor;
    const int checkpoint = qMax(1, steps / 5);
    QElapsedTimer timer;
    timer.start();
    int edits = 0, maxDepth = 0, pushed = 0;
    for (int i = 1; i <= steps; ++i) {
        const Step step = pick();
        edits += step == Step::Edit;
        const int index = m_doc.undoStack()->index();
        QVERIFY2(doStep(step), qPrintable(QStringLiteral("undo stack out of step at %1").arg(i)));
        QVERIFY2(check(i), qPrintable(QStringLiteral("step %1 (seed %2)").arg(i).arg(seed)));
        maxDepth = qMax(maxDepth, m_doc.undoStack()->index());
        pushed += step == Step::Edit && m_doc.undoStack()->index() > index;
        if (i % checkpoint == 0) {
            editor.finish();
            QVERIFY2(undoAllAndBack(i), qPrintable(QStringLiteral("undo all at step %1").arg(i)));
        }
    }
    editor.finish();
    const auto parties = int(m_doc.scenario().parties.size());
    while (m_doc.undoStack()->canUndo())
        m_doc.undoStack()->undo();
    QCOMPARE(bytes(), m_original);
    QVERIFY(!m_doc.isModified());
    QVERIFY(check(steps));
    QVERIFY(pushed > steps / 5);
    qInfo("%d steps (%d edits, %d new undo commands), deepest undo stack %d, %d parties at the "
          "end, %lld ms", steps, edits, pushed, maxDepth, parties, timer.elapsed());
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
