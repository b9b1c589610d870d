// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedlabel.h"

#include <QEvent>

namespace powerfield {

namespace {

constexpr int kKeptWidths = 4; // a layout pass asks for one or two widths; resizing, a few more

} // namespace

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_measured) {
        m_heights.clear();
        m_measured = text();
    }
    for (const auto &[w, h] : m_heights)
        if (w == width)
            return h;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == kKeptWidths)
        m_heights.erase(m_heights.begin());
    m_heights.append({width, height});
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // A font, style, palette or language change may change the text's measure.
    m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace powerfield
