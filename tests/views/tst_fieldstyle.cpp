// SPDX-License-Identifier: GPL-3.0-or-later
// The field's shapes: the bounds a sync measures without building paths are the paths' bounds.
#include "fieldstyle.h"

#include <QTest>

using namespace powerfield;

class TestFieldStyle : public QObject
{
    Q_OBJECT

private slots:
    void boundsAreTheShapesBounds_data();
    void boundsAreTheShapesBounds();
};

void TestFieldStyle::boundsAreTheShapesBounds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("radius");
    for (PartyKind kind : {PartyKind::Person, PartyKind::Group, PartyKind::Organization, PartyKind::Country})
        for (double radius : {0.5, 11.2, 40.0, 177.3})
            QTest::addRow("%s r=%g", qPrintable(partyKindName(kind)), radius) << int(kind) << radius;
}

void TestFieldStyle::boundsAreTheShapesBounds()
{
    QFETCH(int, kind);
    QFETCH(double, radius);
    const QRectF path = fieldstyle::nodeShape(PartyKind(kind), radius).boundingRect();
    const QRectF bounds = fieldstyle::nodeBounds(PartyKind(kind), radius);
    const double tolerance = 1e-9 * radius;
    QVERIFY2(std::abs(path.left() - bounds.left()) <= tolerance && std::abs(path.top() - bounds.top()) <= tolerance
                 && std::abs(path.right() - bounds.right()) <= tolerance
                 && std::abs(path.bottom() - bounds.bottom()) <= tolerance,
             qPrintable(QStringLiteral("path %1,%2 %3x%4; bounds %5,%6 %7x%8")
                            .arg(path.left()).arg(path.top()).arg(path.width()).arg(path.height())
                            .arg(bounds.left()).arg(bounds.top()).arg(bounds.width()).arg(bounds.height())));
}

QTEST_GUILESS_MAIN(TestFieldStyle)
#include "tst_fieldstyle.moc"
