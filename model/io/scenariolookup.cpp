// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's lookups of records read so far: hashed, so that a file with 100,000 parties
// or a million provisions is checked in linear time rather than quadratic.
#include "scenarioreader_p.h"

namespace powerfield::scenariofile {

namespace {

// Ids hold no NUL (docs/file-format.md §Ids), so joining with one keeps keys apart.
QString key(const QString &a, const QString &b, const QString &c = QString())
{
    return a + QChar(0) + b + QChar(0) + c;
}

template<typename List, typename IdOf>
int lookUp(QHash<QString, int> &index, int &seen, const List &list, const QString &id, IdOf idOf)
{
    for (; seen < list.size(); ++seen)
        index.insert(idOf(list[seen]), seen);
    return index.value(id, -1);
}

template<typename List, typename KeyOf>
bool contains(QSet<QString> &keys, int &seen, const List &list, const QString &key, KeyOf keyOf)
{
    for (; seen < list.size(); ++seen)
        keys.insert(keyOf(list[seen]));
    return keys.contains(key);
}

} // namespace

int Reader::index(RefKind kind, const QString &id)
{
    switch (kind) {
    case RefKind::Desire:
        return lookUp(m_desires.index, m_desires.seen, m_scenario.desires, id,
                      [](const Desire &d) { return d.id; });
    case RefKind::Party:
        return lookUp(m_parties.index, m_parties.seen, m_scenario.parties, id,
                      [](const Party &p) { return p.id; });
    case RefKind::Option:
        return lookUp(m_options.index, m_options.seen, m_scenario.options, id,
                      [](const OutsideOption &o) { return o.id; });
    }
    return -1;
}

bool Reader::hasProvision(const Provision &p)
{
    return contains(m_provisions.keys, m_provisions.seen, m_scenario.provisions,
                    key(p.from, p.to, p.desire),
                    [](const Provision &q) { return key(q.from, q.to, q.desire); });
}

bool Reader::hasInvestment(const Investment &i)
{
    return contains(m_investments.keys, m_investments.seen, m_scenario.investments,
                    key(i.party, i.partner),
                    [](const Investment &j) { return key(j.party, j.partner); });
}

} // namespace powerfield::scenariofile
