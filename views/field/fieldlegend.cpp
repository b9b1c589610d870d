// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlegend.h"

#include "dottedline.h"
#include "fieldstyle.h"
#include "palette.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QVector>

namespace powerfield {

namespace {

enum Sample { Shapes, Size, Width, Arrow, Dashes, Option, Number, Faded };

constexpr double kPad = 10.0;
constexpr double kSampleWidth = 70.0;
constexpr double kTextWidth = 250.0;
constexpr double kCompactPad = 6.0;
constexpr double kCompactSampleWidth = 48.0;
constexpr double kCompactTextWidth = 190.0;
constexpr double kCompactRow = 20.0;

struct Metrics
{
    double pad, sample, text, row;
    QFont title, body;
};

Metrics metricsFor(const Theme &theme, bool compact)
{
    const double s = theme.fontScale();
    if (!compact)
        return {kPad, kSampleWidth * s, kTextWidth * s, 26.0 * s, fieldstyle::labelFont(theme, true),
                fieldstyle::smallFont(theme)};
    QFont title = fieldstyle::smallFont(theme);
    title.setBold(true);
    QFont body = fieldstyle::smallFont(theme);
    body.setPixelSize(std::max(1, qRound(11 * s)));
    return {kCompactPad, kCompactSampleWidth * s, kCompactTextWidth * s, kCompactRow * s, title, body};
}

QColor exampleColor()
{
    return palette::okabeIto(0);
}

void arrowLine(QPainter &p, QPointF from, QPointF tip, double width, const QColor &color, Qt::PenStyle style)
{
    const double head = 6.0 + 1.5 * width;
    const QPointF base(tip.x() - head, tip.y());
    p.setPen(QPen(color, width, style, Qt::FlatCap));
    p.drawLine(from, base + QPointF(1, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const double half = 3.5 + 0.9 * width;
    p.drawPolygon(QPolygonF({tip, base + QPointF(0, -half), base + QPointF(0, half)}));
}

} // namespace

struct FieldLegend::Row
{
    int sample;
    QString text;
};

QVector<FieldLegend::Row> FieldLegend::rows(const Options &options)
{
    QVector<Row> rows = {
        {Shapes, tr("Shape: a person, a group, an organization, a country.")},
        {Size, tr("A bigger node has more power in the field: the others depend on it more.")},
        {Width, tr("A thicker link: the two depend on each other more.")},
        {Arrow, tr("The arrow points to the party with more power; the link takes that party's colour.")},
        {Dashes, tr("Solid: clearly unequal. Dashed: somewhat unequal. Grey dots, no arrow: balanced.")},
        {Option, tr("Small circle on a dashed tie: an outside option; bigger is a better alternative.")},
    };
    if (options.numbers)
        rows.append({Number, tr("Number on a link: the imbalance, from 0 (equal) to 1 (all the power on one side).")});
    if (options.faded)
        rows.append({Faded, tr("Faded with a dashed outline: not in the field at this time.")});
    return rows;
}

double FieldLegend::titleHeight(const Theme &theme, const Options &options)
{
    const Metrics m = metricsFor(theme, options.compact);
    return m.pad + QFontMetricsF(m.title).height() + m.pad / 2;
}

QSizeF FieldLegend::size(const Theme &theme, const Options &options)
{
    const Metrics m = metricsFor(theme, options.compact);
    const QFontMetricsF body(m.body);
    double height = titleHeight(theme, options);
    for (const Row &row : rows(options)) {
        const QRectF text = body.boundingRect(QRectF(0, 0, m.text, 1000), Qt::TextWordWrap, row.text);
        height += std::max(text.height(), m.row) + m.pad / 2;
    }
    return QSizeF(m.sample + m.text + 3 * m.pad, height + m.pad / 2);
}

void FieldLegend::paint(QPainter &painter, QPointF topLeft, const Theme &theme, const Options &options)
{
    const Metrics m = metricsFor(theme, options.compact);
    const QSizeF total = size(theme, options);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor back = theme.kind == ThemeKind::Transparent ? QColor(Qt::white) : theme.background();
    back.setAlphaF(0.92f);
    painter.setPen(QPen(theme.muted(), 1.0));
    painter.setBrush(back);
    painter.drawRoundedRect(QRectF(topLeft, total), 6, 6);
    const QColor text = theme.kind == ThemeKind::Transparent ? QColor(0x20, 0x20, 0x20) : theme.foreground();
    const QFont titleFont = m.title;
    const QFont bodyFont = m.body;
    const QFontMetricsF title(titleFont);
    const QFontMetricsF body(bodyFont);
    const double pad = m.pad;
    double y = topLeft.y() + pad;
    painter.setFont(titleFont);
    painter.setPen(text);
    painter.drawText(QRectF(topLeft.x() + pad, y, total.width() - 2 * pad, title.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("How to read the field"));
    y += title.height() + pad / 2;
    Theme sampleTheme = theme;
    sampleTheme.presentation = false; // samples keep their size; the box grows with the type
    for (const Row &row : rows(options)) {
        const QRectF bounds = body.boundingRect(QRectF(0, 0, m.text, 1000), Qt::TextWordWrap, row.text);
        const double h = std::max(bounds.height(), m.row);
        const QRectF sampleArea(topLeft.x() + pad, y, m.sample, h);
        painter.save();
        paintSample(painter, row.sample, sampleArea, sampleTheme);
        painter.restore();
        painter.setFont(bodyFont);
        painter.setPen(text);
        painter.drawText(QRectF(sampleArea.right() + pad, y, m.text, h),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.text);
        y += h + pad / 2;
    }
    painter.restore();
}

void FieldLegend::paintSample(QPainter &p, int sample, const QRectF &area, const Theme &theme)
{
    const QPointF c = area.center();
    const double w = area.width();
    const QColor outline = theme.kind == ThemeKind::Transparent ? QColor(0x20, 0x20, 0x20) : theme.foreground();
    p.setPen(QPen(outline, 1.2));
    p.setBrush(exampleColor());
    switch (sample) {
    case Shapes: {
        const PartyKind kinds[] = {PartyKind::Person, PartyKind::Group, PartyKind::Organization, PartyKind::Country};
        for (int i = 0; i < 4; ++i)
            p.drawPath(fieldstyle::nodeShape(kinds[i], w / 11).translated(area.left() + w * (0.125 + 0.25 * i), c.y()));
        break;
    }
    case Size:
        p.drawEllipse(QPointF(area.left() + w * 0.2, c.y()), w * 0.07, w * 0.07);
        p.drawEllipse(QPointF(area.left() + w * 0.68, c.y()), w * 0.17, w * 0.17);
        break;
    case Width:
        p.setPen(QPen(palette::balanced(), 2.0, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(area.left(), c.y() - area.height() * 0.25), QPointF(area.right(), c.y() - area.height() * 0.25));
        p.setPen(QPen(palette::balanced(), 9.0, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(area.left(), c.y() + area.height() * 0.2), QPointF(area.right(), c.y() + area.height() * 0.2));
        break;
    case Arrow:
        arrowLine(p, QPointF(area.left(), c.y()), QPointF(area.right() - w * 0.16, c.y()), 4.0, exampleColor(), Qt::SolidLine);
        p.setPen(QPen(outline, 1.2));
        p.setBrush(exampleColor());
        p.drawEllipse(QPointF(area.right() - w * 0.08, c.y()), w * 0.08, w * 0.08);
        break;
    case Dashes: {
        const double rows[] = {0.6, 0.2, 0.0};
        for (int i = 0; i < 3; ++i) {
            const double y = area.top() + area.height() * (0.2 + 0.3 * i);
            const double imbalance = rows[i];
            const QColor color = fieldstyle::linkColor(imbalance, exampleColor());
            if (fieldstyle::isBalanced(imbalance)) {
                p.setPen(dottedPen(color, 3.0));
                p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            } else {
                arrowLine(p, QPointF(area.left(), y), QPointF(area.right(), y), 3.0, color,
                          fieldstyle::linkStyle(imbalance));
            }
        }
        break;
    }
    case Option: {
        p.setPen(QPen(theme.muted(), 1.5, Qt::DashLine));
        p.drawLine(QPointF(area.left() + w * 0.25, c.y()), QPointF(area.right() - w * 0.2, c.y()));
        p.setBrush(fieldstyle::optionFill(exampleColor()));
        p.setPen(QPen(exampleColor().darker(120), 1.5));
        p.drawEllipse(QPointF(area.right() - w * 0.12, c.y()), w * 0.1, w * 0.1);
        p.setPen(QPen(outline, 1.2));
        p.setBrush(exampleColor());
        p.drawEllipse(QPointF(area.left() + w * 0.12, c.y()), w * 0.12, w * 0.12);
        break;
    }
    case Number: {
        const QRectF box(c.x() - w * 0.3, c.y() - 9, w * 0.6, 18);
        p.setPen(QPen(exampleColor(), 1.5));
        p.setBrush(theme.kind == ThemeKind::Transparent ? QColor(Qt::white) : theme.background());
        p.drawRoundedRect(box, 4, 4);
        p.setFont(fieldstyle::smallFont(theme));
        p.setPen(outline);
        p.drawText(box, Qt::AlignCenter, formatNumber(0.70));
        break;
    }
    case Faded:
        p.setOpacity(0.3);
        p.setPen(QPen(outline, 1.5, Qt::DashLine));
        p.drawEllipse(c, w * 0.15, w * 0.15);
        break;
    }
}

} // namespace powerfield
