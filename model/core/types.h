// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace powerfield::core {

// Which values a computation reads: each party's beliefs, or the real qualities
// (docs/model.md §Lenses).
enum class Lens : std::uint8_t { Perceived, Actual };

// Thibaut and Kelley's four positions, plus the case of a party that wants nothing.
enum class Quadrant : std::uint8_t {
    SatisfiedStable,
    Trapped,
    SatisfiedUnstable,
    UnsatisfiedUnstable,
    Indifferent
};

// The predicted answer of a party to its partner's non-cooperation.
enum class Response : std::uint8_t { Accept, Fight, WalkAway };

const char *lensName(Lens lens);
const char *quadrantName(Quadrant quadrant);
const char *responseName(Response response);

// Comparisons with the 1e-9 tolerance of docs/model.md §Tolerance, so results do not flip with
// summation order.
constexpr double kTolerance = 1e-9;
inline bool atLeast(double x, double y) { return x >= y - kTolerance; }
inline bool greaterThan(double x, double y) { return x > y + kTolerance; }

} // namespace powerfield::core
