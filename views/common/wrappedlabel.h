// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLabel>
#include <QVarLengthArray>

#include <utility>

namespace powerfield {

// A word-wrapped label that remembers its height at the widths its layout asked for. Any label
// whose text changes makes the layout ask every label of a panel again, and a wrapped label
// lays its text out anew for each answer: after a time step changed three sentences, the
// dependence panel spent a quarter of a 20-party frame laying out the texts that had not
// changed. The answers are forgotten when the text, the font or the style changes.
class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(const QString &text = QString(), QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QString m_measured; // the text the heights are for
    mutable QVarLengthArray<std::pair<int, int>, 4> m_heights; // (width, height), latest last
};

} // namespace powerfield
