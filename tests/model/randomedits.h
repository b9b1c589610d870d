// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "scenariofixture.h"

#include <QRandomGenerator>

#include <limits>

namespace powerfield::test {

// Makes one random edit through the Document's edit functions, some of them invalid on
// purpose (they must be refused), some inside gestures. Returns whether it was accepted.
// Kinds::All adds the edits of names, kinds, colours, the duration and event texts, and
// non-finite values; Kinds::Core keeps the sequence that existing seeds were chosen for.
class RandomEditor
{
public:
    enum class Kinds { Core, All };

    RandomEditor(Document *document, quint32 seed, Kinds kinds = Kinds::Core)
        : m_doc(document)
        , m_random(seed)
        , m_kinds(kinds)
    {
    }

    bool step()
    {
        const int kind = int(m_random.bounded(m_kinds == Kinds::All ? 32 : 22));
        const bool gesture = m_random.bounded(4) == 0;
        if (gesture)
            m_doc->beginGesture();
        const bool accepted = edit(kind);
        if (gesture && m_random.bounded(2) == 0)
            m_doc->endGesture();
        return accepted;
    }
    void finish() { m_doc->endGesture(); }

private:
    const Scenario &s() const { return m_doc->scenario(); }
    double value()
    {
        const int pick = int(m_random.bounded(20));
        if (pick == 0)
            return 1.5;
        if (pick == 1)
            return std::numeric_limits<double>::quiet_NaN();
        if (pick == 2 && m_kinds == Kinds::All)
            return m_random.bounded(2) == 0 ? std::numeric_limits<double>::infinity() : -0.25;
        return int(m_random.bounded(11)) / 10.0;
    }
    QString text() { return QStringLiteral("T%1").arg(m_random.bounded(5)); }
    QString party() { return pick(s().parties).id; }
    QString desire() { return pick(s().desires).id; }
    QString option() { return pick(s().options).id; }
    template<typename List>
    typename List::value_type pick(const List &list)
    {
        return list.isEmpty() ? typename List::value_type() : list[int(m_random.bounded(int(list.size())))];
    }
    int eventIndex() { return s().events.isEmpty() ? 0 : int(m_random.bounded(int(s().events.size()))); }
    QString newId() { return QStringLiteral("r%1").arg(++m_serial); }

    Change change()
    {
        switch (m_random.bounded(4)) {
        case 0: return partyChange(party(), m_random.bounded(2) == 0);
        case 1: return needChange(party(), desire(), value());
        case 2: return provisionChange(party(), party(), desire(), value());
        default: return investmentChange(party(), party(), value());
        }
    }

    bool edit(int kind)
    {
        Document &d = *m_doc;
        switch (kind) {
        case 0: return d.addParty({newId(), QStringLiteral("P"), PartyKind::Group, QString(), 0, 0, value(), true, {}});
        case 1: return m_random.bounded(3) == 0 && d.removeParty(party());
        case 2: return d.renameParty(party(), QStringLiteral("N%1").arg(m_random.bounded(5)));
        case 3: return d.setPartyActive(party(), m_random.bounded(2) == 0);
        case 4: return d.setComparisonLevel(party(), value());
        case 5: return d.moveParty(party(), {double(m_random.bounded(100)), 0});
        case 6: return d.setImportance(party(), desire(), value());
        case 7: return d.removeNeed(party(), desire());
        case 8: return d.addDesire({newId(), QStringLiteral("D"), PowerBase::Other});
        case 9: return m_random.bounded(3) == 0 && d.removeDesire(desire());
        case 10: return d.addProvision({party(), party(), desire(), {value(), std::nullopt}});
        case 11: return d.setProvisionQuality(party(), party(), desire(), value());
        case 12: return d.setProvisionPerceived(party(), party(), desire(), value());
        case 13: return d.removeProvision(party(), party(), desire());
        case 14: return d.addOption({newId(), party(), QStringLiteral("O"), {}});
        case 15: return d.setOffer(option(), desire(), {value(), std::nullopt});
        case 16: return m_random.bounded(2) == 0 ? d.removeOption(option()) : d.removeOffer(option(), desire());
        case 17: return d.setInvestment(party(), party(), value());
        case 18: return d.setInvestmentExclusive(party(), party(), m_random.bounded(2) == 0);
        case 19: return d.addEvent({int(m_random.bounded(13)), QStringLiteral("E"), QString(), {change()}});
        case 20: return m_random.bounded(2) == 0 ? d.addEventChange(eventIndex(), change())
                                                 : d.removeEventChange(eventIndex(), 0);
        case 21: return m_random.bounded(2) == 0 ? d.setEventTime(eventIndex(), int(m_random.bounded(13)))
                                                 : d.removeEvent(eventIndex());
        default: return editMore(kind);
        }
    }

    bool editMore(int kind)
    {
        Document &d = *m_doc;
        static const QString colors[] = {QStringLiteral("#0072B2"), QStringLiteral("#d55e00"),
                                         QStringLiteral("red"), QStringLiteral("#12345")};
        switch (kind) {
        case 22: return d.setTitle(text());
        case 23: return d.setDuration(int(m_random.bounded(16)) - 1);
        case 24: return d.setPartyColor(party(), colors[m_random.bounded(4)]);
        case 25: return d.setPartyKind(party(), PartyKind(m_random.bounded(4)));
        case 26: return d.renameDesire(desire(), text());
        case 27: return d.setDesireBase(desire(), PowerBase(m_random.bounded(7)));
        case 28: return d.renameOption(option(), text());
        case 29: return m_random.bounded(2) == 0 ? d.setEventLabel(eventIndex(), text())
                                                 : d.setEventCaption(eventIndex(), text());
        case 30: return d.setEventChange(eventIndex(), 0, change());
        default: {
            const double x = m_random.bounded(4) == 0 ? std::numeric_limits<double>::infinity() : 5.0;
            return d.moveParty(party(), {x, double(m_random.bounded(100))});
        }
        }
    }

    Document *m_doc;
    QRandomGenerator m_random;
    Kinds m_kinds;
    int m_serial = 0;
};

} // namespace powerfield::test
