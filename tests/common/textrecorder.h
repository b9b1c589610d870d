// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QRectF>
#include <QDebug>
#include <QString>
#include <QStringList>
#include <QTextItem>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace powerfield::test {

// One piece of text as a painter drew it: where it landed (in the device's coordinates) and
// how tall its type was there, in pixels.
struct DrawnText
{
    QString text;
    QRectF rect;
    double pixelHeight = 0;
};

// A paint engine that draws nothing and keeps each text item's rectangle, so a test can ask
// what a view would show a reader: whether a label is cut at the view's edge, runs into another
// label, or is too small to read.
class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawLines(const QLineF *, int) override {}
    void drawRects(const QRectF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawPoints(const QPointF *, int) override {}
    Type type() const override { return QPaintEngine::User; }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = item.text().trimmed();
        if (text.isEmpty())
            return;
        const QTransform t = painter()->deviceTransform(); // with the offset of a child widget rendered along
        const QRectF local(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        const double scale = std::sqrt(std::abs(t.determinant()));
        m_texts.append({text, t.mapRect(local), fontPixels(item.font()) * scale});
    }

    const QVector<DrawnText> &texts() const { return m_texts; }

private:
    // The type's size in pixels of the device it was drawn on (96 dpi: points * 4/3).
    static double fontPixels(const QFont &font)
    {
        return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
    }

    QVector<DrawnText> m_texts;
};

// A device of a given size at 96 dpi whose painters record text (see TextRecordingEngine).
class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size) : m_size(size) {}
    ~TextRecorder() override = default;

    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QVector<DrawnText> &texts() const { return m_engine.texts(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return qRound(m_size.width() * 25.4 / 96);
        case PdmHeightMM: return qRound(m_size.height() * 25.4 / 96);
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return 96;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine;
};

// What a reader would see wrong with the text drawn into an area of `size`: text cut at the
// edge, text running into other text, text below `floor` pixels. One line per problem, each
// starting with `where`.
inline QStringList textProblems(const QVector<DrawnText> &texts, QSizeF size, double floor, const QString &where)
{
    QStringList problems;
    const QRectF bounds = QRectF(QPointF(), size).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (int i = 0; i < texts.size(); ++i) {
        const DrawnText &t = texts[i];
        if (!bounds.contains(t.rect))
            problems << QStringLiteral("%1: \"%2\" at %3 is cut at the edge of %4x%5")
                            .arg(where, t.text, QDebug::toString(t.rect))
                            .arg(size.width())
                            .arg(size.height());
        if (t.pixelHeight + 0.01 < floor)
            problems << QStringLiteral("%1: \"%2\" is %3 px high, below %4 px")
                            .arg(where, t.text)
                            .arg(t.pixelHeight, 0, 'f', 1)
                            .arg(floor, 0, 'f', 1);
        for (int j = i + 1; j < texts.size(); ++j) {
            // A margin of a pixel: glyphs of one line may touch.
            const QRectF overlap = t.rect.adjusted(1, 1, -1, -1) & texts[j].rect.adjusted(1, 1, -1, -1);
            if (!overlap.isEmpty())
                problems << QStringLiteral("%1: \"%2\" overprints \"%3\"").arg(where, t.text, texts[j].text);
        }
    }
    return problems;
}

} // namespace powerfield::test
