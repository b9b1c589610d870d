// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetext.h"

#include "sweep.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace powerfield {

namespace {

// The translation context of the change descriptions, spelt so that lupdate finds it.
struct ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
};

QString number(double value)
{
    return formatNumber(value);
}

QString partyName(const Scenario &s, const QString &id)
{
    const Party *p = s.party(id);
    return p ? p->name : id;
}

// The change reduced to one numeric field, named as the sweep names it.
QString valueName(const Scenario &s, const Change &c, std::optional<double> Change::*field)
{
    Change one;
    one.target = c.target;
    one.party = c.party;
    one.other = c.other;
    one.desire = c.desire;
    one.option = c.option;
    one.*field = c.*field;
    return sweepTargetName(s, one);
}

} // namespace

QString describeChange(const Scenario &s, const Change &c)
{
    QStringList parts;
    for (auto field : {&Change::comparisonLevel, &Change::importance, &Change::quality,
                       &Change::perceived, &Change::amount}) {
        if (c.*field)
            parts << ChangeText::tr("%1 becomes %2").arg(valueName(s, c, field), number(*(c.*field)));
    }
    const QString party = partyName(s, c.party);
    if (c.active)
        parts << (*c.active ? ChangeText::tr("%1 becomes active").arg(party)
                            : ChangeText::tr("%1 becomes inactive").arg(party));
    if (c.x || c.y)
        parts << ChangeText::tr("%1 moves on the field").arg(party);
    if (c.exclusive)
        parts << (*c.exclusive ? ChangeText::tr("%1: investment in %2 becomes exclusive")
                               : ChangeText::tr("%1: investment in %2 stops being exclusive"))
                     .arg(party, partyName(s, c.other));
    if (parts.isEmpty()) // a change that only creates its record
        parts << ChangeText::tr("%1 is added").arg(sweepTargetName(s, c));
    return parts.join(QStringLiteral("; "));
}

} // namespace powerfield
