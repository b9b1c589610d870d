// SPDX-License-Identifier: GPL-3.0-or-later
#include "partybars.h"

#include "document.h"
#include "dyadreading.h"
#include "explain.h"
#include "panelpainting.h"

#include <QPainter>
#include <QLocale>

namespace powerfield {

PartyBars::PartyBars(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(explain::definition(explain::Term::Dependence));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PartyBars::setParty(const QString &name, const QVector<PartnerBar> &bars)
{
    m_name = name;
    m_bars = bars;
    QStringList lines;
    for (const PartnerBar &b : bars)
        lines << tr("%1 depends on %2: %3; %2 depends on %1: %4.")
                     .arg(name, b.name, QLocale().toString(b.dependsOn, 'f', 2), QLocale().toString(b.dependedOn, 'f', 2));
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
    return int(22 * m_theme.fontScale());
}

QSize PartyBars::sizeHint() const
{
    return QSize(360, rowHeight() * (1 + 3 * std::max<int>(1, int(m_bars.size()))));
}

void PartyBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const int h = rowHeight();
    const double labelWidth = width() * 0.45, valueWidth = 44 * m_theme.fontScale();
    p.setFont(panelpainting::pixelFont(m_theme, 12));
    int y = 0;
    p.setPen(palette().text().color());
    if (m_bars.isEmpty())
        p.drawText(QRect(0, 0, width(), h), Qt::AlignCenter, tr("%1 has no partners at this time.").arg(m_name));
    for (const PartnerBar &b : m_bars) {
        p.setPen(palette().text().color());
        p.setFont(panelpainting::pixelFont(m_theme, 12, true));
        p.drawText(QRect(4, y, width() - 8, h), Qt::AlignLeft | Qt::AlignVCenter, b.name);
        p.setFont(panelpainting::pixelFont(m_theme, 12));
        y += h;
        const QString labels[] = {tr("%1 on %2").arg(m_name, b.name), tr("%1 on %2").arg(b.name, m_name)};
        const double values[] = {b.dependsOn, b.dependedOn};
        for (int i = 0; i < 2; ++i) {
            p.setPen(palette().text().color());
            p.drawText(QRectF(4, y, labelWidth - 8, h), Qt::AlignRight | Qt::AlignVCenter, labels[i]);
            const QRectF track(labelWidth, y + h * 0.2, width() - labelWidth - valueWidth, h * 0.6);
            p.setPen(palette().mid().color());
            p.drawRect(track);
            const QRectF bar(track.topLeft(), QSizeF(track.width() * values[i], track.height()));
            p.fillRect(bar, i == 0 ? QColor(0x55, 0x55, 0x55) : b.color);
            p.setPen(palette().text().color());
            p.drawText(QRectF(track.right() + 4, y, valueWidth - 4, h), Qt::AlignLeft | Qt::AlignVCenter,
                       QLocale().toString(values[i], 'f', 2));
            y += h;
        }
    }
}

QVector<PartnerBar> partnerBars(const Document &document, const QString &party)
{
    QVector<PartnerBar> bars;
    const Scenario &s = document.state();
    for (const DyadReport &d : document.analysis().dyads()) {
        if (d.a != party && d.b != party)
            continue;
        const bool first = d.a == party;
        const QString other = first ? d.b : d.a;
        const auto &mine = first ? d.result.sideA : d.result.sideB;
        const auto &theirs = first ? d.result.sideB : d.result.sideA;
        bars.append({partyName(s, other), partyColor(s, other), mine.dependence, theirs.dependence});
    }
    return bars;
}

} // namespace powerfield
