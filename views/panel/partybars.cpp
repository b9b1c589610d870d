// SPDX-License-Identifier: GPL-3.0-or-later
#include "partybars.h"

#include "document.h"
#include "dyadreading.h"
#include "explain.h"
#include "panelpainting.h"
#include "numberformat.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace powerfield {

PartyBars::PartyBars(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(explain::definition(explain::Term::Dependence));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PartyBars::setParty(const QString &name, const QVector<PartnerBar> &bars)
{
    m_name = name;
    m_bars = bars;
    QStringList lines;
    for (const PartnerBar &b : bars)
        lines << tr("%1 depends on %2: %3; %2 depends on %1: %4.")
                     .arg(name, b.name, formatNumber(b.dependsOn), formatNumber(b.dependedOn));
    setAccessibleName(tr("Dependences of %1").arg(name));
    setAccessibleDescription(lines.join(QLatin1Char(' ')));
    updateGeometry();
    update();
}

void PartyBars::setTheme(const Theme &theme)
{
    m_theme = theme;
    updateGeometry();
    update();
}

int PartyBars::rowHeight() const
{
    return int(std::ceil(QFontMetricsF(font()).height() * 1.5));
}

QSize PartyBars::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 40;
    return QSize(width, heightForWidth(width));
}

QSize PartyBars::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 14;
    return QSize(width, heightForWidth(width));
}

bool PartyBars::labelsBeside(int width) const
{
    const QFontMetricsF fm(font());
    const double room = width * 0.45 - 4 - fm.averageCharWidth();
    for (const PartnerBar &b : m_bars) {
        for (const QString &label : {tr("%1 on %2").arg(m_name, b.name), tr("%1 on %2").arg(b.name, m_name)}) {
            if (fm.horizontalAdvance(label) > room)
                return false;
        }
    }
    return true;
}

int PartyBars::heightForWidth(int width) const
{
    // Each partner: its name, then two bars, each with its label beside it or above it.
    const int rowsPerPartner = labelsBeside(width) ? 3 : 5;
    return rowHeight() * std::max(1, rowsPerPartner * int(m_bars.size()));
}

void PartyBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void PartyBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const int h = rowHeight();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font());
    const double gap = fm.averageCharWidth();
    // The numbers get the room they need; the labels what is left of 45%, elided.
    const double valueWidth = fm.horizontalAdvance(formatNumber(1.0)) + 2;
    const bool beside = labelsBeside(width());
    const double labelWidth = beside ? width() * 0.45 : 4.0;
    int y = 0;
    p.setPen(palette().text().color());
    if (m_bars.isEmpty()) {
        p.drawText(QRect(4, 0, width() - 8, h), Qt::AlignCenter,
                   fm.elidedText(tr("%1 has no partners at this time.").arg(m_name), Qt::ElideMiddle, width() - 8));
    }
    for (const PartnerBar &b : m_bars) {
        p.setPen(palette().text().color());
        p.setFont(bold);
        p.drawText(QRectF(4, y, width() - 8, h), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(bold).elidedText(b.name, Qt::ElideMiddle, width() - 8));
        p.setFont(font());
        y += h;
        const QString labels[] = {tr("%1 on %2").arg(m_name, b.name), tr("%1 on %2").arg(b.name, m_name)};
        const double values[] = {b.dependsOn, b.dependedOn};
        for (int i = 0; i < 2; ++i) {
            p.setPen(palette().text().color());
            if (beside) {
                p.drawText(QRectF(4, y, labelWidth - 4 - gap, h), Qt::AlignRight | Qt::AlignVCenter, labels[i]);
            } else { // on a line of its own above the bar
                p.drawText(QRectF(4, y, width() - 8, h), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(labels[i], Qt::ElideMiddle, width() - 8));
                y += h;
            }
            const QRectF value(width() - 4 - valueWidth, y, valueWidth, h);
            const QRectF track(labelWidth, y + h * 0.2, std::max(0.0, value.left() - gap - labelWidth), h * 0.6);
            p.setPen(palette().mid().color());
            p.drawRect(track);
            const QRectF bar(track.topLeft(), QSizeF(track.width() * std::clamp(values[i], 0.0, 1.0), track.height()));
            p.fillRect(bar, i == 0 ? QColor(0x55, 0x55, 0x55) : b.color);
            p.setPen(palette().text().color());
            p.drawText(value, Qt::AlignRight | Qt::AlignVCenter, formatNumber(values[i]));
            y += h;
        }
    }
}

QVector<PartnerBar> partnerBars(const Document &document, const QString &party)
{
    // The party's own dyads by the other's id (as a walk over the sorted dyads() finds them),
    // without building and sorting every dyad of the field on each edit.
    const Analysis &analysis = document.analysis();
    const core::Engine &engine = analysis.engine();
    int self = -1;
    for (int i = 0; i < engine.partyCount() && self < 0; ++i) {
        if (analysis.partyId(i) == party)
            self = i;
    }
    struct Found
    {
        QString other;
        double mine;
        double theirs;
    };
    QVector<Found> found;
    if (self >= 0) {
        engine.forEachDyad([&](const core::DyadResult &d) {
            if (d.a != self && d.b != self)
                return;
            const bool first = d.a == self;
            found.append({analysis.partyId(first ? d.b : d.a), (first ? d.sideA : d.sideB).dependence,
                          (first ? d.sideB : d.sideA).dependence});
        });
    }
    std::sort(found.begin(), found.end(), [](const Found &x, const Found &y) { return x.other < y.other; });
    const Scenario &s = document.state();
    QVector<PartnerBar> bars;
    bars.reserve(found.size());
    for (const Found &f : std::as_const(found))
        bars.append({partyName(s, f.other), partyColor(s, f.other), f.mine, f.theirs});
    return bars;
}

} // namespace powerfield
