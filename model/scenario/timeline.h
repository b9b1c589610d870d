// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <memory>

namespace powerfield {

// Applies one event change to a state (docs/model.md §Timeline). The change must name records that
// exist, as the reader and the Document guarantee; provisions, offers, needs and investments it
// names are created when absent.
void applyChange(Scenario &state, const Change &change);

// Finds the records of one state: by searching the lists, or (`hashed`) through hashes built on
// first use and kept up with appended records, for many changes applied in a row. The state must
// outlive it; a hashed finder needs a state that only grows.
class RecordFinder
{
public:
    explicit RecordFinder(const Scenario &state, bool hashed = true);
    // Hashed, for the records `changes` name and no others: their provisions and investments are
    // found, any other is not (parties and options, all of them).
    RecordFinder(const Scenario &state, const QVector<const Change *> &changes);
    ~RecordFinder();
    RecordFinder(const RecordFinder &) = delete;
    RecordFinder &operator=(const RecordFinder &) = delete;

    int party(const QString &id);
    int option(const QString &id);
    int provision(const Change &change); // from party, to other, desire
    int investment(const Change &change); // party, other

private:
    friend void applyChange(Scenario &, const Change &, RecordFinder &);
    struct Hashes;
    std::unique_ptr<Hashes> m_hashes;
};

// applyChange() looking the records up through `find`, which was made for `state`.
void applyChange(Scenario &state, const Change &change, RecordFinder &find);

// Event indices in the order they apply: by time, and by file order for equal times.
QVector<int> eventOrder(const Scenario &scenario);

// The state at integer time `time`: the written state with every event of time <= `time` applied.
Scenario stateAt(const Scenario &scenario, int time);

// The party at `index` of the written scenario as stateAt(scenario, time) holds it: its record with
// the changes of events up to `time` that name it applied (events add no parties, so the state's
// parties line up with the written ones). One party's edit needs only this, not a whole replay.
Party partyAt(const Scenario &scenario, int index, int time);

} // namespace powerfield
