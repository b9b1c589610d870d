// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "fieldexport.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "fieldtext.h"
#include "fieldview.h"
#include "linklayer.h"
#include "models/optionmodel.h"
#include "models/provisionmodel.h"
#include "optionnode.h"
#include "partynode.h"

#include <QMenu>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace powerfield;

namespace {

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");

int activeParties(const Document &doc)
{
    int n = 0;
    for (const Party &p : doc.state().parties)
        n += p.active ? 1 : 0;
    return n;
}

// Pixels that differ from the background.
int inkPixels(const QImage &image, QColor background)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) != background ? 1 : 0;
    return n;
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

// The social field: what it draws for a Document, how it follows edits, time and lens, how it
// edits through the Document, and its picture export.
class TestFieldView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsFollowTheState_data();
    void countsFollowTheState();
    void editMovesLinkInSameTurn();
    void itemModelEditsMoveTheField();
    void animationEasesAndLeavesGhost();
    void lensChangesArrow();
    void dragIsOneUndoStep();
    void clickLinkSelectsDyad();
    void deleteAndUndoRestoreParty();
    void doubleClickRenames();
    void contextMenuEdits();
    void keyboardNavigation();
    void tooltipReadsDyad();
    void exportPng();
    void exportSvgAndPdf();
    void addPartyGoesToFreeSpaceInSight();
    void legendFoldsAndRemembers();
    void longNamesAreElidedWithTooltip();
    void namesKeepTheirSizeWhenZoomed();

private:
    void load(const QString &example);
    QPoint viewPoint(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<FieldView> m_view;
};

void TestFieldView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    load(QStringLiteral("abe-and-mary"));
}

void TestFieldView::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestFieldView::load(const QString &example)
{
    m_view.reset();
    m_doc = std::make_unique<Document>();
    QString error;
    QVERIFY2(m_doc->load(examplePath(example), &error), qPrintable(error));
    m_view = std::make_unique<FieldView>(m_doc.get());
    m_view->setAnimated(false);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFieldView::countsFollowTheState_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("time");
    QTest::addColumn<bool>("lensActual");
    QTest::newRow("abe-and-mary t0") << QStringLiteral("abe-and-mary") << 0 << false;
    QTest::newRow("abe-and-mary t4: coworkers arrive") << QStringLiteral("abe-and-mary") << 4 << false;
    QTest::newRow("abe-and-mary t8: singles arrive") << QStringLiteral("abe-and-mary") << 8 << false;
    QTest::newRow("abe-and-mary t8 actual") << QStringLiteral("abe-and-mary") << 8 << true;
    QTest::newRow("1970s t0") << QStringLiteral("1970s-marriage") << 0 << false;
    QTest::newRow("1970s t10") << QStringLiteral("1970s-marriage") << 10 << false;
    QTest::newRow("trading countries t0") << QStringLiteral("trading-countries") << 0 << false;
}

void TestFieldView::countsFollowTheState()
{
    QFETCH(QString, example);
    QFETCH(int, time);
    QFETCH(bool, lensActual);
    load(example);
    m_doc->setCurrentTime(time);
    m_doc->setLens(lensActual ? Lens::Actual : Lens::Perceived);
    const FieldScene *scene = m_view->fieldScene();
    QCOMPARE(scene->nodeCount(), activeParties(*m_doc));
    QCOMPARE(scene->linkCount(), m_doc->analysis().dyads().size());
    for (const DyadReport &d : m_doc->analysis().dyads()) {
        const FieldLink *link = scene->link(d.a, d.b);
        QVERIFY(link);
        QCOMPARE(link->width, fieldstyle::linkWidth(d.result.mutualDependence));
    }
    for (const Party &p : m_doc->state().parties) {
        QCOMPARE(scene->node(p.id)->isVisible(), p.active);
        if (p.active) {
            const double power = m_doc->analysis().engine().fieldPower(m_doc->analysis().partyIndex(p.id));
            QCOMPARE(scene->node(p.id)->naturalRadius(), fieldstyle::nodeRadius(power));
            QCOMPARE(scene->node(p.id)->radius(), scene->drawnRadius(fieldstyle::nodeRadius(power)));
        }
    }
}

void TestFieldView::editMovesLinkInSameTurn()
{
    FieldScene *scene = m_view->fieldScene();
    const PartyNode *abeNode = scene->node(abe);
    const FieldLink *before = scene->link(abe, mary);
    QVERIFY(before);
    QCOMPARE(before->stronger(), abe); // Mary depends on Abe (0.70), he not on her
    QCOMPARE(before->width, fieldstyle::linkWidth(0.35));
    const double abeRadius = abeNode->radius();

    // Mary's evenings at home become as good as company gets: she needs Abe no longer.
    QVERIFY(m_doc->setOffer(QStringLiteral("mary-home"), QStringLiteral("company"), Rating{0.9, {}}));
    const FieldLink *after = scene->link(abe, mary);
    QVERIFY(after);
    QCOMPARE(after->stronger(), QString());
    QCOMPARE(after->width, fieldstyle::linkWidth(0.0));
    QCOMPARE(after->style, Qt::DotLine);
    QCOMPARE(scene->node(abe), abeNode); // the same item, updated in place
    QVERIFY(abeNode->radius() < abeRadius);

    m_doc->undoStack()->undo();
    QCOMPARE(scene->link(abe, mary)->stronger(), abe);
    QCOMPARE(abeNode->radius(), abeRadius);
}

void TestFieldView::itemModelEditsMoveTheField()
{
    FieldScene *scene = m_view->fieldScene();
    const double abeRadius = scene->node(abe)->radius();
    const double widthBefore = scene->link(abe, mary)->width;

    // Abe's company gets worse (0.8 -> 0.2): Mary depends on him less (0.10).
    ProvisionModel provisions(m_doc.get());
    const int row = m_doc->scenario().provisionIndex(abe, mary, QStringLiteral("company"));
    QVERIFY(provisions.setData(provisions.index(row, ProvisionModel::QualityColumn), 0.2));
    QCOMPARE(scene->link(abe, mary)->width, fieldstyle::linkWidth(0.05));
    QVERIFY(scene->link(abe, mary)->width < widthBefore);
    QVERIFY(scene->node(abe)->radius() < abeRadius);

    // Mary's evenings at home improve through the option model: her satellite grows.
    OptionModel options(m_doc.get());
    const int option = m_doc->scenario().optionIndex(QStringLiteral("mary-home"));
    const double satellite = scene->option(QStringLiteral("mary-home"))->radius();
    const QModelIndex offer = options.index(0, OptionModel::QualityColumn, options.index(option, 0));
    QVERIFY(options.setData(offer, 0.5));
    QVERIFY(scene->option(QStringLiteral("mary-home"))->radius() > satellite);
    QCOMPARE(scene->link(abe, mary)->stronger(), QString()); // 0.2 company against 0.5 at home
}

void TestFieldView::animationEasesAndLeavesGhost()
{
    m_view->setAnimated(true);
    FieldScene *scene = m_view->fieldScene();
    const double before = scene->link(abe, mary)->width;
    QVERIFY(m_doc->setOffer(QStringLiteral("mary-home"), QStringLiteral("company"), Rating{0.9, {}}));
    const FieldLink *link = scene->link(abe, mary);
    QCOMPARE(link->width, fieldstyle::linkWidth(0.0)); // the target moves at once
    QCOMPARE(link->shownWidth, before);                // the drawing eases toward it
    QCOMPARE(link->ghostWidth, before);
    QTRY_COMPARE(scene->link(abe, mary)->shownWidth, fieldstyle::linkWidth(0.0));
    QTRY_COMPARE_WITH_TIMEOUT(scene->link(abe, mary)->ghostWidth, 0.0, 3000);
}

void TestFieldView::lensChangesArrow()
{
    // At t=6 Abe sees Mary's company through rosy glasses: he depends on her more than she on
    // him as he sees it, while under the actual values the two are level.
    m_doc->setCurrentTime(6);
    const FieldScene *scene = m_view->fieldScene();
    QCOMPARE(scene->link(abe, mary)->stronger(), mary);
    m_doc->setLens(Lens::Actual);
    QCOMPARE(scene->link(abe, mary)->stronger(), QString());
    m_doc->setLens(Lens::Perceived);
    QCOMPARE(scene->link(abe, mary)->stronger(), mary);
}

void TestFieldView::dragIsOneUndoStep()
{
    const QPoint from = viewPoint(QPointF(-120, 0));
    const int undoBefore = m_doc->undoStack()->count();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(m_view->viewport(), from + QPoint(12 * step, 4 * step));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, from + QPoint(60, 20));
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
    const Party *moved = m_doc->scenario().party(abe);
    QCOMPARE(qRound(moved->x), qRound(-120 + 60 / m_view->zoom()));
    QCOMPARE(qRound(moved->y), qRound(20 / m_view->zoom()));
    QCOMPARE(m_view->fieldScene()->node(abe)->pos(), QPointF(moved->x, moved->y));
    QCOMPARE(m_doc->selection(), (Selection{abe, QString()}));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().party(abe)->x, -120.0);
    QCOMPARE(m_view->fieldScene()->node(abe)->pos(), QPointF(-120, 0));
}

void TestFieldView::clickLinkSelectsDyad()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(QPointF(0, 0)));
    const Selection s = m_doc->selection();
    QVERIFY(s.isDyad());
    QCOMPARE(QSet<QString>({s.a, s.b}), QSet<QString>({abe, mary}));
    // Empty space clears it.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(QPointF(0, 150)));
    QVERIFY(m_doc->selection().isEmpty());
}

void TestFieldView::deleteAndUndoRestoreParty()
{
    FieldScene *scene = m_view->fieldScene();
    const int options = scene->optionCount();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(QPointF(120, 0)));
    QCOMPARE(m_doc->selection(), (Selection{mary, QString()}));
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QVERIFY(!m_doc->scenario().party(mary));
    QVERIFY(!scene->node(mary));
    QCOMPARE(scene->nodeCount(), 1);
    QCOMPARE(scene->linkCount(), 0);
    QCOMPARE(scene->optionCount(), options - 1); // her evenings at home went with her

    m_doc->undoStack()->undo();
    QVERIFY(scene->node(mary));
    QCOMPARE(scene->nodeCount(), 2);
    QCOMPARE(scene->linkCount(), 1);
    QCOMPARE(scene->optionCount(), options);
    QCOMPARE(scene->link(abe, mary)->stronger(), abe);
}

void TestFieldView::doubleClickRenames()
{
    m_view->setNamePrompt([](const QString &, const QString &, QString *name) {
        *name = QStringLiteral("Abraham");
        return true;
    });
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(QPointF(-120, 0)));
    QCOMPARE(m_doc->scenario().party(abe)->name, QStringLiteral("Abraham"));
    QCOMPARE(m_view->fieldScene()->node(abe)->name(), QStringLiteral("Abraham"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_view->fieldScene()->node(abe)->name(), QStringLiteral("Abe"));
}

void TestFieldView::contextMenuEdits()
{
    std::unique_ptr<QMenu> onEmpty(m_view->createContextMenu(QPointF(0, 200)));
    QAction *add = findAction(onEmpty.get(), m_view->tr("Add a party here"));
    QVERIFY(add);
    add->trigger();
    QCOMPARE(m_doc->scenario().parties.size(), 5);
    const Party &added = m_doc->scenario().parties.last();
    QCOMPARE(QPointF(added.x, added.y), QPointF(0, 200));
    QCOMPARE(m_view->fieldScene()->nodeCount(), 3);

    std::unique_ptr<QMenu> onAbe(m_view->createContextMenu(QPointF(-120, 0)));
    QAction *option = findAction(onAbe.get(), m_view->tr("Add an outside option"));
    QVERIFY(option);
    const int options = m_view->fieldScene()->optionCount();
    option->trigger();
    QCOMPARE(m_view->fieldScene()->optionCount(), options + 1);
    QAction *active = findAction(onAbe.get(), m_view->tr("In the field"));
    QVERIFY(active && active->isChecked());
    active->trigger();
    QVERIFY(!m_view->fieldScene()->node(abe)->isVisible());
    QCOMPARE(m_view->fieldScene()->linkCount(), 0);
    m_view->setShowInactive(true);
    QVERIFY(m_view->fieldScene()->node(abe)->isVisible());
    QCOMPARE(m_view->fieldScene()->node(abe)->opacity(), 0.3);
}

void TestFieldView::keyboardNavigation()
{
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(m_doc->selection(), (Selection{abe, QString()}));
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(m_doc->selection(), (Selection{mary, QString()}));
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(m_doc->selection(), (Selection{abe, mary}));
    QTest::keyClick(m_view.get(), Qt::Key_Backtab);
    QCOMPARE(m_doc->selection(), (Selection{mary, QString()}));
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_doc->scenario().party(mary)->x, 130.0);
    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(m_doc->scenario().party(mary)->y, -1.0);
    const double zoom = m_view->zoom();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->zoom() > zoom);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), zoom);
}

void TestFieldView::tooltipReadsDyad()
{
    const QString text = FieldText::dyad(*m_doc, *m_view->fieldScene()->link(abe, mary));
    QVERIFY2(text.startsWith(QStringLiteral(
                 "Mary depends on Abe (0.70) more than Abe depends on Mary (0.00): Abe holds more power.")),
             qPrintable(text));
    m_doc->setCurrentTime(10);
    const QString level = FieldText::dyad(*m_doc, *m_view->fieldScene()->link(abe, mary));
    QVERIFY2(level.contains(QStringLiteral("neither holds more power")), qPrintable(level));
}

void TestFieldView::exportPng()
{
    for (ThemeKind kind : {ThemeKind::Print, ThemeKind::Projector}) {
        Theme theme;
        theme.kind = kind;
        const QImage image = renderImage(QSize(800, 450), 1, theme, fieldPainter(m_doc.get(), true));
        QCOMPARE(image.size(), QSize(800, 450));
        QVERIFY(inkPixels(image, theme.background()) > 800 * 450 / 50);
    }
    QTemporaryDir dir;
    ExportRequest request;
    request.path = dir.filePath(QStringLiteral("field.png"));
    request.scale = 2;
    QString error;
    QVERIFY2(exportPicture(request, fieldPainter(m_doc.get()), &error), qPrintable(error));
    QCOMPARE(QImage(request.path).size(), QSize(3200, 1800));
}

void TestFieldView::exportSvgAndPdf()
{
    m_doc->setCurrentTime(4);
    QTemporaryDir dir;
    ExportRequest request;
    request.path = dir.filePath(QStringLiteral("field.svg"));
    QString error;
    QVERIFY2(exportPicture(request, fieldPainter(m_doc.get()), &error), qPrintable(error));
    QFile svg(request.path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray bytes = svg.readAll();
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const Party &p : m_doc->state().parties) // a long name may be on two lines
        if (p.active)
            for (const QString &word : p.name.split(QLatin1Char(' ')))
                QVERIFY2(bytes.contains(word.toHtmlEscaped().toUtf8()), qPrintable(p.name));

    request.path = dir.filePath(QStringLiteral("field.pdf"));
    QVERIFY2(exportPicture(request, fieldPainter(m_doc.get()), &error), qPrintable(error));
    QFile pdf(request.path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.contains("/Page"));
}

// A party added without a place goes near the selected one, in sight, clear of the others.
void TestFieldView::addPartyGoesToFreeSpaceInSight()
{
    m_doc->setSelection(Selection{mary, QString()});
    QVERIFY(m_view->addParty());
    const Party &added = m_doc->scenario().parties.last();
    QCOMPARE(m_doc->selection(), (Selection{added.id, QString()}));
    const FieldScene *scene = m_view->fieldScene();
    const PartyNode *node = scene->node(added.id);
    QVERIFY(node && node->isVisible());
    const QRectF viewport(QPointF(0, 0), m_view->viewport()->size());
    QVERIFY(viewport.contains(m_view->mapFromScene(node->sceneBoundingRect()).boundingRect()));
    const QPointF at(added.x, added.y);
    for (const QString &id : {abe, mary}) {
        const PartyNode *other = scene->node(id);
        QVERIFY2(QLineF(at, other->pos()).length() > other->radius() + node->radius(), qPrintable(id));
    }
    // Nearer Mary (the selection) than Abe.
    QVERIFY(QLineF(at, scene->node(mary)->pos()).length() < QLineF(at, scene->node(abe)->pos()).length());
}

void TestFieldView::legendFoldsAndRemembers()
{
    m_view->setLegendFolded(false);
    QVERIFY(m_view->isLegendVisible());
    const QRect open = m_view->legendRect();
    QVERIFY(!open.isEmpty());
    // A click on its title row folds it to that row.
    QWidget *legend = m_view->viewport()->childAt(open.topLeft() + QPoint(20, 8));
    QVERIFY(legend);
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(20, 8));
    QVERIFY(m_view->isLegendFolded());
    QVERIFY(m_view->legendRect().height() < open.height() / 2);
    // A new view remembers.
    FieldView other(m_doc.get());
    QVERIFY(other.isLegendFolded());
    other.setLegendFolded(false);
    QVERIFY(!m_view->legendRect().isEmpty());
    m_view->setLegendVisible(false);
    QVERIFY(m_view->legendRect().isEmpty());
    QVERIFY(!m_view->isLegendVisible());
}

void TestFieldView::longNamesAreElidedWithTooltip()
{
    const QString name = QStringLiteral("Abraham Lincoln Washington of Springfield");
    QCOMPARE(name.size(), 41);
    QVERIFY(m_doc->renameParty(abe, name));
    const PartyNode *node = m_view->fieldScene()->node(abe);
    QVERIFY2(node->shownLabel().endsWith(QChar(0x2026)), qPrintable(node->shownLabel()));
    QVERIFY(name.startsWith(node->shownLabel().chopped(1)));
    QVERIFY(FieldText::party(*m_doc, abe).contains(name));
    const QString text = fieldstyle::elideLabel(name, fieldstyle::nameFont(Theme(), 14, true), 100);
    QVERIFY(text.size() < name.size());
    QCOMPARE(fieldstyle::elideLabel(QStringLiteral("Abe"), fieldstyle::nameFont(Theme(), 14, true), 100),
             QStringLiteral("Abe"));
}

void TestFieldView::namesKeepTheirSizeWhenZoomed()
{
    const FieldScene *scene = m_view->fieldScene();
    const auto labelHeight = [&] {
        const PartyNode *node = scene->node(abe);
        return m_view->mapFromScene(node->labelRect().translated(node->pos())).boundingRect().height();
    };
    const int before = labelHeight();
    QVERIFY(before >= 14);
    for (int i = 0; i < 6; ++i)
        m_view->zoomOut();
    QVERIFY(!m_view->isAutoFit());
    QVERIFY2(std::abs(labelHeight() - before) <= 1, qPrintable(QString::number(labelHeight())));
    QVERIFY(scene->node(abe)->radius() * m_view->zoom() >= 0.79 * scene->labelPixels());
}

QTEST_MAIN(TestFieldView)
#include "tst_fieldview.moc"
