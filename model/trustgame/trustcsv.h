// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustgame.h"
#include "trusttally.h"

#include <QByteArray>

namespace powerfield {

// The trust game's data files (docs/trustgame.md), UTF-8 CSV with a header row, RFC 4180
// quoting, numbers in the C locale.
//
// The log, one row per choice:
//   round,pair,condition,role,choice,payoff,time,player,seat,manipulation,high_share[,name]
// time in seconds since the game began; player a number, the same for one student all game;
// seat student|computer|replaced; manipulation "", both-feel-powerful, outside-threat or both
// joined by '+'; the name column only when names are on (a name starting with = + - @ is
// written after an apostrophe, so a spreadsheet does not run it as a formula).
QByteArray trustLogCsv(const QVector<TrustLogRow> &log, bool withNames);
// Reads a log back; false with "line N: reason" in `error`.
bool readTrustLogCsv(const QByteArray &csv, QVector<TrustLogRow> *log, QString *error);

// The summary, one row per condition and role (equal/equal, unequal/low, unequal/high):
//   condition,role,choices,cooperations,rate,wilson_low,wilson_high,published,predicted
// rate empty without choices.
struct TrustSummaryRow
{
    TrustCondition condition = TrustCondition::Equal;
    TrustRole role = TrustRole::Equal;
    TrustProportion proportion;
    TrustInterval interval;
    double published = 0.0;
    double predicted = 0.0;
};
QByteArray trustSummaryCsv(const TrustResults &results);
bool readTrustSummaryCsv(const QByteArray &csv, QVector<TrustSummaryRow> *rows, QString *error);

// Writes `data` to a regular file (or a new one) atomically; false with "PATH: reason".
bool writeTrustFile(const QString &path, const QByteArray &data, QString *error);

} // namespace powerfield
