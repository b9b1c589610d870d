// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QColor>
#include <QVector>
#include <QWidget>

namespace powerfield {

class Document;

// One partner of a party, for the party view's bar list.
struct PartnerBar
{
    QString name;
    QColor color;
    double dependsOn = 0.0;   // the party on this partner
    double dependedOn = 0.0;  // this partner on the party
};

// The party view's bar list: for each partner, the party's dependence on it and its on the party.
class PartyBars : public QWidget
{
    Q_OBJECT

public:
    explicit PartyBars(QWidget *parent = nullptr);

    void setParty(const QString &name, const QVector<PartnerBar> &bars);
    const QVector<PartnerBar> &bars() const { return m_bars; }
    void setTheme(const Theme &theme);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    bool labelsBeside(int width) const; // else each label goes above its bar

    QString m_name;
    QVector<PartnerBar> m_bars;
    Theme m_theme;
};

// The partners of `party` in the analysis at the current time, in id order.
QVector<PartnerBar> partnerBars(const Document &document, const QString &party);

} // namespace powerfield
