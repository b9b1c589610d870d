// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace powerfield {

class FieldScene;
class PartyNode;

// Everything the placement reads: the visible parties, the links' ends and the options' owners,
// with where they are now.
struct FieldPlacementInput
{
    QStringList parties; // visible, in file order
    QVector<const PartyNode *> nodes;
    QVector<QPointF> positions;
    QVector<std::pair<const PartyNode *, const PartyNode *>> linkEnds; // in the link layer's order
    QVector<std::pair<QPointF, QPointF>> linkPositions;
    QVector<std::pair<QString, QString>> options; // (option, owner) in the state's order
    QPointF centroid;

    static FieldPlacementInput of(const FieldScene &scene);
};

// Where each outside option's satellite goes around its owner so it stays clear of the owner's
// links, its name and (in small fields) its neighbours: the free direction nearest to "away from
// the field's centre". Placing every satellite of a 10,000-party field costs tens of milliseconds,
// too much for each frame of a drag: in a large field place() redoes only the parties whose links
// moved, and keeps an option whose direction the centre's shift cannot change (a drag moves the
// centre a little). The result is always what placing everything anew would give
// (tst_fieldplacement).
class FieldPlacer
{
public:
    // Places for `input`; false when it equals the last input (nothing to do).
    bool place(FieldPlacementInput input);
    // Radians, scene coordinates (y down); straight up for an option not placed.
    double optionAngle(const QString &option) const;
    // The same for the option at `index` of the state's options, found there without a lookup
    // while the options are those last placed.
    double optionAngleAt(int index, const QString &option) const;
    // Forgets the last input: the next place() does everything.
    void reset();

private:
    struct Placed
    {
        double angle = 0.0;
        double preferred = 0.0; // the "away" direction the angle was chosen for
        double margin = 0.0;    // how much better it scored than the next best candidate
    };

    void placeAll();
    void index();
    // The directions a party's links (and in small fields its neighbours) and its name take.
    void occupy(int party);
    // Its options in order from the first one at or after `from`.
    void placeOptions(int party, int from);
    double preferred(int party) const;

    FieldPlacementInput m_in;
    bool m_valid = false;
    QVector<int> m_linkParty;           // per link end (2 per link): index in m_in.parties, or -1
    QVector<QVector<int>> m_incident;   // per party: its links
    QVector<QVector<int>> m_owned;      // per party: its options in order
    QVector<QVector<double>> m_taken;   // per party: occupied directions before its options
    QVector<Placed> m_placed;           // per option; only those of a visible owner are valid
    QVector<double> m_angleAt;          // per option of m_in.options: its angle, or straight up
    QHash<QString, int> m_optionIndex;  // option id -> its index in m_in.options
};

} // namespace powerfield
