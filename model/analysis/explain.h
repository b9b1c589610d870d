// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alternatives.h"
#include "core/dyadmath.h"

#include <QString>
#include <QVector>

namespace powerfield {

// Plain-language sentences about a dyad, whole and translatable (context "Explain"), so the
// panel, tooltips, screen readers and slide notes all say the same thing.
namespace explain {

// Below this |R| the two parties count as balanced in every sentence and picture.
constexpr double kBalanced = 0.05;

enum class Term { Dependence, ComparisonLevel, AlternativeLevel, Commitment, Investment,
                  Exclusive, RelativePower, Cooperation, Response, Importance, Provision };

// One sentence defining a term, for tooltips and accessible descriptions.
QString definition(Term term);
QString quadrantLabel(core::Quadrant quadrant);
QString responseLabel(core::Response response);

// "Mary depends on Abe (0.70) more than Abe on Mary (0.00): Abe holds more power."
QString powerSentence(const QString &nameA, const QString &nameB, const core::DyadResult &dyad);
QString quadrantSentence(const QString &name, const QString &partner, const core::SideResult &side);
QString commitmentSentence(const QString &name, const QString &partner,
                           const core::SideResult &side, double investment);
QString cooperationSentence(const QString &name, const QString &partner, double relativePower,
                            double cooperation);
QString responseSentence(const QString &name, const QString &partner, const core::SideResult &side);

} // namespace explain

} // namespace powerfield
