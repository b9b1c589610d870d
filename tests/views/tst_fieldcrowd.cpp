// SPDX-License-Identifier: GPL-3.0-or-later
// A crowded large field: names that would cover one another are not drawn while the field is
// seen whole, come back as the user zooms in, and the selected party's name is always drawn.
#include "document.h"
#include "fieldscene.h"
#include "fieldview.h"
#include "partynode.h"

#include <QtTest>

#include <cmath>
#include <memory>

using namespace powerfield;

namespace {

// `count` parties close together on a ring (their names overlap when the whole ring is seen).
Scenario crowdedRing(int count)
{
    Scenario s;
    s.title = QStringLiteral("Crowd");
    s.duration = 1;
    for (int i = 0; i < count; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Party number %1").arg(i);
        p.color = QStringLiteral("#4080c0");
        const double a = 2 * M_PI * i / count;
        p.x = 400 * std::cos(a);
        p.y = 400 * std::sin(a);
        s.parties << p;
    }
    return s;
}

int hiddenNames(const FieldScene &scene)
{
    int n = 0;
    for (const QString &id : scene.visibleParties())
        n += scene.node(id)->isLabelHidden() ? 1 : 0;
    return n;
}

} // namespace

class TestFieldCrowd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overlappingNamesHideAndComeBackWhenZoomedIn();
    void selectedPartyNameIsDrawn();
    void smallFieldShowsEveryName();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<FieldView> m_view;
};

void TestFieldCrowd::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_doc = std::make_unique<Document>();
    m_doc->setScenario(crowdedRing(400));
    m_view = std::make_unique<FieldView>(m_doc.get());
    m_view->setAnimated(false);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->fitToWindow();
}

void TestFieldCrowd::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestFieldCrowd::overlappingNamesHideAndComeBackWhenZoomedIn()
{
    const FieldScene *scene = m_view->fieldScene();
    QCOMPARE(scene->visibleParties().size(), 400);
    const int whole = hiddenNames(*scene);
    // Seen whole, 400 names on a ring of 900x600 pixels cannot all be drawn apart.
    QVERIFY2(whole > 100, qPrintable(QString::number(whole)));
    QVERIFY2(whole < 400, "some names must still be drawn");
    // The names drawn do not cover each other.
    QVector<QRectF> drawn;
    for (const QString &id : scene->visibleParties()) {
        const PartyNode *node = scene->node(id);
        if (node->isLabelHidden())
            continue;
        const QRectF r = m_view->mapFromScene(node->labelRect().translated(node->pos())).boundingRect();
        for (const QRectF &other : std::as_const(drawn))
            QVERIFY2(!r.adjusted(1, 1, -1, -1).intersects(other), qPrintable(id));
        drawn << r;
    }
    for (int i = 0; i < 16; ++i)
        m_view->zoomIn();
    QTRY_VERIFY2(hiddenNames(*scene) < whole * 2 / 3,
                 qPrintable(QStringLiteral("%1 of %2").arg(hiddenNames(*scene)).arg(whole)));
    // And back out: hidden again.
    for (int i = 0; i < 16; ++i)
        m_view->zoomOut();
    QTRY_VERIFY(hiddenNames(*scene) > whole * 9 / 10);
}

void TestFieldCrowd::selectedPartyNameIsDrawn()
{
    const FieldScene *scene = m_view->fieldScene();
    QString hidden;
    for (const QString &id : scene->visibleParties())
        if (scene->node(id)->isLabelHidden())
            hidden = id;
    QVERIFY(!hidden.isEmpty());
    m_doc->setSelection({hidden, QString()});
    QTRY_VERIFY(!scene->node(hidden)->isLabelHidden());
}

void TestFieldCrowd::smallFieldShowsEveryName()
{
    // A field small enough for names placed with care: every name is drawn, however close.
    m_doc->setScenario(crowdedRing(40));
    m_view->fitToWindow();
    const FieldScene *scene = m_view->fieldScene();
    QTRY_COMPARE(scene->visibleParties().size(), 40);
    QCOMPARE(hiddenNames(*scene), 0);
}

QTEST_MAIN(TestFieldCrowd)
#include "tst_fieldcrowd.moc"
