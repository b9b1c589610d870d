// SPDX-License-Identifier: GPL-3.0-or-later
// `--export --layout`: the built program spreads a field whose parties all sit on one point
// before drawing it, and leaves the file as it was.
#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

int exportField(const QStringList &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POWERFIELD_BINARY), extra);
    if (!process.waitForFinished(60000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// An example with every party moved to (0, 0).
QByteArray collapsedExample()
{
    QFile file(QStringLiteral(POWERFIELD_SOURCE_DIR "/resources/examples/trust-study.powerfield.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray parties = root.value(QStringLiteral("parties")).toArray();
    for (int i = 0; i < parties.size(); ++i) {
        QJsonObject p = parties[i].toObject();
        p.insert(QStringLiteral("x"), 0);
        p.insert(QStringLiteral("y"), 0);
        parties[i] = p;
    }
    root.insert(QStringLiteral("parties"), parties);
    return QJsonDocument(root).toJson();
}

// The parties whose node shows: their colour fills at least a few dozen pixels.
int visibleParties(const QImage &image, const QByteArray &scenario)
{
    const QJsonArray parties = QJsonDocument::fromJson(scenario).object().value(QStringLiteral("parties")).toArray();
    int visible = 0;
    for (const QJsonValue &p : parties) {
        const QRgb color = QColor(p.toObject().value(QStringLiteral("color")).toString()).rgb();
        int pixels = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                pixels += (image.pixel(x, y) & 0xffffff) == (color & 0xffffff) ? 1 : 0;
        visible += pixels >= 30 ? 1 : 0;
    }
    return visible;
}

} // namespace

class TestExportLayout : public QObject
{
    Q_OBJECT

private slots:
    void layoutSpreadsCollapsedField();
};

void TestExportLayout::layoutSpreadsCollapsedField()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("collapsed.powerfield.json"));
    const QByteArray content = collapsedExample();
    QVERIFY(!content.isEmpty());
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const QString plain = dir.filePath(QStringLiteral("plain.png"));
    const QString laidOut = dir.filePath(QStringLiteral("laid-out.png"));
    const QStringList common{QStringLiteral("--view"), QStringLiteral("field"), QStringLiteral("--size"),
                             QStringLiteral("800x450"), input};
    QCOMPARE(exportField(QStringList{QStringLiteral("--export"), plain} + common), 0);
    QCOMPARE(exportField(QStringList{QStringLiteral("--export"), laidOut, QStringLiteral("--layout")} + common), 0);

    const QImage before(plain);
    const QImage after(laidOut);
    QCOMPARE(before.size(), after.size());
    QVERIFY(before != after);
    // On one point the nodes hide one another; spread out, every party shows.
    QVERIFY(visibleParties(before, content) < 4);
    QCOMPARE(visibleParties(after, content), 4);

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // the file keeps its positions
}

QTEST_GUILESS_MAIN(TestExportLayout)
#include "tst_exportlayout.moc"
