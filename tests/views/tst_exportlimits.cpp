// SPDX-License-Identifier: GPL-3.0-or-later
// Export refuses sizes and scales outside its limits with a message naming the file, and never
// writes an empty or partial picture.
#include "imageexport.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace powerfield;

// The limits of exportPicture().
class TestExportLimits : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void largestAllowed();
};

void TestExportLimits::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too large at scale 4") << "a.png" << QSize(20000, 20000) << 4 << "size times scale";
    QTest::newRow("wide at scale 2") << "a.png" << QSize(10001, 100) << 2 << "size times scale";
    QTest::newRow("too small") << "a.png" << QSize(15, 100) << 1 << "size must be";
    QTest::newRow("negative") << "a.svg" << QSize(-100, 100) << 1 << "size must be";
    QTest::newRow("too wide") << "a.pdf" << QSize(20001, 100) << 1 << "size must be";
    QTest::newRow("scale 0") << "a.png" << QSize(100, 100) << 0 << "scale must be";
    QTest::newRow("scale 5") << "a.png" << QSize(100, 100) << 5 << "scale must be";
    QTest::newRow("format") << "a.bmp" << QSize(100, 100) << 1 << "unknown picture format";
}

void TestExportLimits::refused()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    ExportRequest request;
    request.path = dir.filePath(file);
    request.size = size;
    request.scale = scale;
    QString error;
    bool painted = false;
    QVERIFY(!exportPicture(request, [&](QPainter &, const QRectF &, const Theme &) { painted = true; }, &error));
    QVERIFY2(error.startsWith(request.path + QLatin1String(": ")) && error.contains(reason), qPrintable(error));
    QVERIFY(!painted);
    QVERIFY(!QFileInfo::exists(request.path));
}

// 5000x5000 at scale 4 is the largest square PNG: it must still be written.
void TestExportLimits::largestAllowed()
{
    QTemporaryDir dir;
    ExportRequest request;
    request.path = dir.filePath(QStringLiteral("a.png"));
    request.size = QSize(5000, 20);
    request.scale = 4;
    QString error;
    QVERIFY2(exportPicture(request, [](QPainter &p, const QRectF &r, const Theme &) { p.drawLine(r.topLeft(), r.bottomRight()); }, &error),
             qPrintable(error));
    QImage image(request.path);
    QCOMPARE(image.size(), QSize(20000, 80));
}

QTEST_MAIN(TestExportLimits)
#include "tst_exportlimits.moc"
