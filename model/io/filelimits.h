// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The limits a scenario file and an edit must keep, in one place: the reader, the edit checks
// and the README (tst_scenariofile compares its numbers with these) all take them from here.
// Listed in docs/file-format.md §Limits: they keep a hostile file from costing minutes or
// gigabytes and lie far above what the program is made for (10,000 parties, 40,000 provisions).

#include <QtGlobal>

namespace powerfield::limits {

constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

// Five times the largest fields the program is made for: a 50 MB file of 800,000 provisions
// took 1.6 GB to read and analyse, 200,000 take about 450 MB.
constexpr int kMaxDesires = 10000;
constexpr int kMaxParties = 50000;
constexpr int kMaxProvisions = 200000;
constexpr int kMaxOptions = 50000;
constexpr int kMaxInvestments = 200000;
constexpr int kMaxEvents = 100000;
// The analysis keeps values per party and desire: 2 million pairs take about 100 MB.
constexpr qint64 kMaxPartyDesirePairs = 2000000;

// Text, in UTF-16 code units (QString::size()). A name of a megabyte kept the window from
// painting for minutes; a name is drawn on the field, so a short line is all it needs.
constexpr int kMaxNameLength = 200;   // ids, names of parties, desires and options, event labels, the title
constexpr int kMaxTextLength = 10000; // the description, the notes and event captions

// Positions on the field, in scene units (the examples use a few hundred). Beyond this a
// party shrank to a hairline in a picture fitted to the field, and doubles lose the precision
// the layout needs.
constexpr double kMaxCoordinate = 1e6;

} // namespace powerfield::limits
