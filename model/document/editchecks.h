// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filelimits.h"
#include "scenario.h"

namespace powerfield::checks {

// Each check returns true when the value passes; otherwise it writes why into *error (when
// error is not null) and returns false. Messages are translated in the "Document" context.
bool fail(QString *error, const QString &message);
bool unit(double value, const QString &what, QString *error);
bool finite(double value, const QString &what, QString *error);
bool coordinate(double value, const QString &what, QString *error); // within kMaxCoordinate
bool name(const QString &name, QString *error); // not blank, at most kMaxNameLength
bool text(const QString &text, int maxLength, const QString &what, QString *error);
bool kind(PartyKind kind, QString *error); // one of the enum's values, not any int cast to it
bool base(PowerBase base, QString *error);
bool newId(const QString &id, bool taken, QString *error);
bool party(const Scenario &s, const QString &id, QString *error);
bool desire(const Scenario &s, const QString &id, QString *error);
bool option(const Scenario &s, const QString &id, QString *error);
bool rating(const Rating &rating, QString *error);
bool partyRecord(const Scenario &s, const Party &party, QString *error);
bool optionRecord(const Scenario &s, const OutsideOption &option, QString *error);
bool pair(const Scenario &s, const QString &a, const QString &b, QString *error);
bool change(const Scenario &s, const Change &change, QString *error);
bool event(const Scenario &s, const Event &event, QString *error); // also its label and caption

} // namespace powerfield::checks
