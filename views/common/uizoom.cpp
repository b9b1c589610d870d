// SPDX-License-Identifier: GPL-3.0-or-later
#include "uizoom.h"

#include "appsettings.h"
#include "fieldview.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {
constexpr double kStep = 1.25; // the field's own zoom step, so both grow alike
constexpr int kMinLevel = -2;
constexpr int kMaxLevel = 4;
const QString kKey = QStringLiteral("view/uiZoom");
} // namespace

UiZoom::UiZoom(FieldView *field, QWidget *window)
    : QObject(window)
    , m_field(field)
    , m_window(window)
    , m_base(QApplication::font())
    , m_zoomIn(new QAction(window))
    , m_zoomOut(new QAction(window))
    , m_reset(new QAction(window))
{
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_zoomOut->setShortcuts({QKeySequence::ZoomOut});
    m_reset->setObjectName(QStringLiteral("zoomReset"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {m_zoomIn, m_zoomOut, m_reset}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
    }
    connect(m_zoomIn, &QAction::triggered, this, &UiZoom::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &UiZoom::zoomOut);
    connect(m_reset, &QAction::triggered, this, &UiZoom::reset);
    retranslate();
    window->installEventFilter(this);
    const int saved = appSettings().value(kKey, 0).toInt();
    m_level = std::clamp(saved, kMinLevel, kMaxLevel);
    if (m_level != 0)
        applyFont();
}

double UiZoom::factor() const
{
    return std::pow(kStep, m_level);
}

void UiZoom::setLevel(int level)
{
    level = std::clamp(level, kMinLevel, kMaxLevel);
    if (level == m_level)
        return;
    const int steps = level - m_level;
    m_level = level;
    appSettings().setValue(kKey, m_level);
    applyFont();
    // The field follows step by step; back at the normal size it fits the window again.
    if (m_field) {
        if (m_level == 0)
            m_field->fitToWindow();
        else
            for (int i = 0; i < std::abs(steps); ++i)
                steps > 0 ? m_field->zoomIn() : m_field->zoomOut();
    }
    m_zoomIn->setEnabled(m_level < kMaxLevel);
    m_zoomOut->setEnabled(m_level > kMinLevel);
    emit levelChanged(m_level);
}

void UiZoom::setBoost(double boost)
{
    if (boost == m_boost)
        return;
    m_boost = boost;
    applyFont();
}

void UiZoom::applyFont()
{
    QFont font = m_base;
    if (m_base.pointSizeF() > 0)
        font.setPointSizeF(m_base.pointSizeF() * factor() * m_boost);
    else
        font.setPixelSize(std::max(1, int(std::lround(m_base.pixelSize() * factor() * m_boost))));
    QApplication::setFont(font);
}

void UiZoom::retranslate()
{
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomIn->setStatusTip(tr("Make the text and the field larger in every view"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomOut->setStatusTip(tr("Make the text and the field smaller in every view"));
    m_reset->setText(tr("&Normal Size"));
    m_reset->setStatusTip(tr("Return the text to its normal size and fit the field to the window"));
}

bool UiZoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace powerfield
