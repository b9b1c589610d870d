// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldtext.h"

#include "document.h"
#include "fieldstyle.h"
#include "linklayer.h"
#include "numberformat.h"

#include <QLocale>
#include <algorithm>

namespace powerfield {

namespace {
QString number(double value)
{
    return formatNumber(value); // "0,70" in German
}
} // namespace

QString FieldText::name(const Document &document, const QString &party)
{
    const Party *p = document.state().party(party);
    return p && !p->name.isEmpty() ? p->name : party;
}

QString FieldText::dyad(const Document &document, const FieldLink &link)
{
    const QString a = name(document, link.a);
    const QString b = name(document, link.b);
    QString reading;
    if (fieldstyle::isBalanced(link.imbalance())) {
        reading = tr("%1 and %2 depend on each other about equally (%3 and %4): neither holds more power.")
                      .arg(a, b, number(link.dependenceA), number(link.dependenceB));
    } else {
        // The weaker party depends more; the stronger one holds the power.
        const bool aStronger = link.relativePowerA > 0;
        const QString weak = aStronger ? b : a;
        const QString strong = aStronger ? a : b;
        const double weakDependence = aStronger ? link.dependenceB : link.dependenceA;
        const double strongDependence = aStronger ? link.dependenceA : link.dependenceB;
        reading = tr("%1 depends on %2 (%3) more than %2 depends on %1 (%4): %2 holds more power.")
                      .arg(weak, strong, number(weakDependence), number(strongDependence));
    }
    const QString lens = document.lens() == Lens::Actual ? tr("actual values") : tr("as each party sees it");
    return reading + QLatin1Char('\n')
           + tr("Imbalance %1 (0: equal, 1: all the power on one side); mutual dependence %2 (%3).")
                 .arg(number(link.imbalance()), number(link.mutual), lens);
}

QString FieldText::party(const Document &document, const QString &party)
{
    const Party *p = document.state().party(party);
    if (!p)
        return QString();
    const QString who = name(document, party);
    if (!p->active)
        return tr("%1 is not in the field at this time.").arg(who);
    const Analysis &analysis = document.analysis();
    const int index = analysis.partyIndex(party);
    const double power = index >= 0 ? analysis.engine().fieldPower(index) : 0.0;
    const double dependence = index >= 0 ? analysis.engine().fieldDependence(index) : 0.0;
    return tr("%1: power in the field %2 (how much the others depend on %1), "
              "depends on the others %3.")
        .arg(who, number(power), number(dependence));
}

QString FieldText::option(const Document &document, const QString &option)
{
    const Scenario &state = document.state();
    const int index = state.optionIndex(option);
    if (index < 0)
        return QString();
    const OutsideOption &o = state.options[index];
    QStringList offers;
    for (const Offer &offer : o.offers) {
        const int d = state.desireIndex(offer.desire);
        const QString desire = d >= 0 ? state.desires[d].name : offer.desire;
        offers << tr("%1 %2").arg(desire, number(offer.rating.value(document.lens())));
    }
    const QString owner = name(document, o.owner);
    if (offers.isEmpty())
        return tr("%1: an outside option of %2 that offers nothing yet.").arg(o.name, owner);
    return tr("%1: an outside option of %2, offering %3.").arg(o.name, owner, offers.join(QStringLiteral(", ")));
}

} // namespace powerfield
