// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine.h"
#include "core/idindex.h"
#include "scenario.h"

#include <QHash>

namespace powerfield {

class RecordFinder;

// One dyad's results named by party ids, `a` before `b` in byte order
// (docs/model.md §Analysis output).
struct DyadReport
{
    QString a;
    QString b;
    core::DyadResult result; // sideA belongs to `a`
};

// The analysis of one scenario state, keyed by ids: a core::Engine plus the maps between ids
// and the engine's indices. The update functions read the named record from `state` and touch
// only what depends on it; structural changes (adding or removing records of a kind the engine
// numbers) need reset().
class Analysis
{
public:
    explicit Analysis(Lens lens = Lens::Perceived);

    void reset(const Scenario &state);
    Lens lens() const { return m_engine.lens(); }
    void setLens(Lens lens) { m_engine.setLens(lens); }

    // The state is the one the record was read from; a record missing from it was removed.
    void updateParty(const Scenario &state, const QString &party);
    void updateProvision(const Scenario &state, const QString &from, const QString &to,
                         const QString &desire);
    void updateOffer(const Scenario &state, const QString &option, const QString &desire);
    void updateInvestment(const Scenario &state, const QString &party, const QString &partner);
    // Applies an event change to `state` and updates the engine to match.
    void apply(Scenario &state, const Change &change);
    // The same, looking the state's records up through `find` (made for `state`): a walk
    // over a timeline's events applies each in constant time instead of a search.
    void apply(Scenario &state, const Change &change, RecordFinder &find);

    const core::Engine &engine() const { return m_engine; }
    int partyIndex(const QString &id) const { return m_partyIndex.find(idView(id)); }
    QString partyId(int index) const { return m_partyIds.value(index); }
    const QVector<QString> &partyIds() const { return m_partyIds; }
    // The dyad of two parties in either order, with sideA belonging to `a` as given.
    std::optional<core::DyadResult> dyad(const QString &a, const QString &b) const;
    // Every dyad, sorted by (a, b) in byte order of ids.
    QVector<DyadReport> dyads() const;
    // The dyad with the largest power imbalance |R|, the first in id order on ties: the default
    // for views that show one dyad (docs/architecture.md §Command line).
    std::optional<DyadReport> mostImbalancedDyad() const;
    // Whether the analysis is structurally in step with the state (same parties, desires, options).
    bool matches(const Scenario &state) const;

private:
    std::optional<DyadReport> walkInIdOrder() const; // mostImbalancedDyad() over every dyad
    static core::Rating toCore(const Rating &r) { return {r.quality, r.perceivedValue()}; }
    static std::u16string_view idView(const QString &id)
    {
        return {reinterpret_cast<const char16_t *>(id.constData()), size_t(id.size())};
    }
    core::Field toField(const Scenario &state) const;
    // The row of a provision in `state`, by the engine's indices of its parties and desire:
    // remembered from the last lookup and checked against the row before it is trusted, so
    // that a state whose provisions moved (added, removed) is indexed again, not misread.
    int provisionRow(const Scenario &state, int from, int to, int desire, const QString &fromId,
                     const QString &toId, const QString &desireId);

    core::Engine m_engine;
    // The indices view the text of these copies of the ids.
    QVector<QString> m_partyIds;
    QVector<QString> m_desireIds;
    QVector<QString> m_optionIds;
    core::IdIndex m_partyIndex;
    core::IdIndex m_desireIndex;
    core::IdIndex m_optionIndex;
    QHash<quint64, int> m_provisionRows; // (from, to, desire) -> row in the state's provisions
};

} // namespace powerfield
