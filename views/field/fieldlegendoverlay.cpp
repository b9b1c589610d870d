// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlegendoverlay.h"

#include "appsettings.h"
#include "fieldscene.h"
#include "fieldstyle.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace powerfield {

namespace {
const QString kFoldedKey = QStringLiteral("field/legendFolded");
constexpr double kArrow = 5.0; // half the fold triangle's width, pixels
} // namespace

FieldLegendOverlay::FieldLegendOverlay(FieldScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_folded(appSettings().value(kFoldedKey, false).toBool())
{
    setMouseTracking(true);
    setAccessibleName(FieldLegend::tr("How to read the field"));
    refresh();
}

FieldLegend::Options FieldLegendOverlay::options() const
{
    FieldLegend::Options o;
    o.numbers = m_scene->showNumbers();
    o.faded = m_scene->showInactive();
    o.compact = true;
    return o;
}

void FieldLegendOverlay::setFolded(bool folded)
{
    m_crowded = false; // the user's choice wins until the next fit
    if (folded == m_folded) {
        refresh();
        return;
    }
    m_folded = folded;
    appSettings().setValue(kFoldedKey, folded);
    refresh();
    emit foldedChanged(folded);
}

void FieldLegendOverlay::setCrowded(bool crowded)
{
    if (crowded == m_crowded)
        return;
    m_crowded = crowded;
    refresh();
}

QRectF FieldLegendOverlay::headerRect() const
{
    return QRectF(0, 0, width(), FieldLegend::titleHeight(m_scene->theme(), options()));
}

void FieldLegendOverlay::refresh()
{
    const QSizeF full = FieldLegend::size(m_scene->theme(), options());
    if (m_folded || m_crowded) {
        QFont title = fieldstyle::smallFont(m_scene->theme());
        title.setBold(true);
        const double text = QFontMetricsF(title).horizontalAdvance(FieldLegend::tr("How to read the field"));
        resize(QSizeF(text + 6 * 2 + 4 * kArrow + 8, FieldLegend::titleHeight(m_scene->theme(), options()))
                   .toSize() + QSize(2, 2));
    } else {
        resize(full.toSize() + QSize(2, 2));
    }
    update();
}

void FieldLegendOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Theme &theme = m_scene->theme();
    const QColor text = theme.kind == ThemeKind::Transparent ? QColor(0x20, 0x20, 0x20) : theme.foreground();
    const bool folded = m_folded || m_crowded;
    if (folded) {
        QColor back = theme.kind == ThemeKind::Transparent ? QColor(Qt::white) : theme.background();
        back.setAlphaF(0.92f);
        painter.setPen(QPen(theme.muted(), 1.0));
        painter.setBrush(back);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -1.5, -1.5), 6, 6);
        QFont title = fieldstyle::smallFont(theme);
        title.setBold(true);
        painter.setFont(title);
        painter.setPen(text);
        painter.drawText(QRectF(6, 0, width() - 6, height() - 2), Qt::AlignLeft | Qt::AlignVCenter,
                         FieldLegend::tr("How to read the field"));
    } else {
        FieldLegend::paint(painter, QPointF(0, 0), theme, options());
    }
    // The fold button: a triangle at the title row's right end, pointing down when open.
    const QRectF header = headerRect();
    const QPointF c(header.right() - 4 * kArrow, header.center().y() - (folded ? 1 : 0));
    QPainterPath arrow;
    if (folded) { // pointing up: it opens upward from the corner
        arrow.moveTo(c + QPointF(-kArrow, kArrow / 2));
        arrow.lineTo(c + QPointF(kArrow, kArrow / 2));
        arrow.lineTo(c + QPointF(0, -kArrow / 2));
    } else {
        arrow.moveTo(c + QPointF(-kArrow, -kArrow / 2));
        arrow.lineTo(c + QPointF(kArrow, -kArrow / 2));
        arrow.lineTo(c + QPointF(0, kArrow / 2));
    }
    arrow.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(text);
    painter.drawPath(arrow);
}

void FieldLegendOverlay::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && headerRect().contains(event->position())) {
        setFolded(!(m_folded || m_crowded));
        event->accept();
        return;
    }
    event->ignore(); // the rest of the legend lets the click through to the field
}

void FieldLegendOverlay::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(headerRect().contains(event->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    event->ignore();
}

bool FieldLegendOverlay::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (headerRect().contains(help->pos()))
            QToolTip::showText(help->globalPos(), m_folded || m_crowded ? tr("Show the legend") : tr("Fold the legend away"), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace powerfield
