// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A paint device that draws nothing and records every piece of text painted on it, with the
// rectangle it covers in device pixels: what a reader of the picture would see written where.

#include <QPaintDevice>
#include <QPaintEngine>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTransform>
#include <QVector>

namespace powerfield::test {

struct DrawnText
{
    QString text;
    QRectF rect; // device pixels, from the ascent to the descent
};

class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
        , m_engine(this)
    {
    }
    const QVector<DrawnText> &texts() const { return m_texts; }
    void clear() { m_texts.clear(); }
    QPaintEngine *paintEngine() const override { return const_cast<Engine *>(&m_engine); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *owner)
            : QPaintEngine(QPaintEngine::AllFeatures)
            , m_owner(owner)
        {
        }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & QPaintEngine::DirtyTransform)
                m_transform = state.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QRectF local(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
            m_owner->m_texts.append({item.text(), m_transform.mapRect(local)});
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder *m_owner;
        QTransform m_transform;
    };

    QSize m_size;
    Engine m_engine;
    QVector<DrawnText> m_texts;
};

} // namespace powerfield::test
