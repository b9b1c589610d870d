// SPDX-License-Identifier: GPL-3.0-or-later
#include "trusttypes.h"

#include <QStringList>

namespace powerfield {

QString conditionId(TrustCondition condition)
{
    return condition == TrustCondition::Equal ? QStringLiteral("equal") : QStringLiteral("unequal");
}

QString roleId(TrustRole role)
{
    switch (role) {
    case TrustRole::Equal:
        return QStringLiteral("equal");
    case TrustRole::Low:
        return QStringLiteral("low");
    case TrustRole::High:
        return QStringLiteral("high");
    }
    return QString();
}

QString choiceId(TrustChoice choice)
{
    switch (choice) {
    case TrustChoice::Cooperate:
        return QStringLiteral("cooperate");
    case TrustChoice::Defect:
        return QStringLiteral("defect");
    case TrustChoice::None:
        break;
    }
    return QString();
}

std::optional<TrustCondition> conditionFromId(const QString &id)
{
    for (TrustCondition c : {TrustCondition::Equal, TrustCondition::Unequal}) {
        if (conditionId(c) == id)
            return c;
    }
    return std::nullopt;
}

std::optional<TrustRole> roleFromId(const QString &id)
{
    for (TrustRole r : {TrustRole::Equal, TrustRole::Low, TrustRole::High}) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

std::optional<TrustChoice> choiceFromId(const QString &id)
{
    for (TrustChoice c : {TrustChoice::Cooperate, TrustChoice::Defect}) {
        if (choiceId(c) == id)
            return c;
    }
    return std::nullopt;
}

TrustCondition conditionOf(TrustRole role)
{
    return role == TrustRole::Equal ? TrustCondition::Equal : TrustCondition::Unequal;
}

namespace {

const QString &feelPowerfulId()
{
    static const QString id = QStringLiteral("both-feel-powerful");
    return id;
}

const QString &threatId()
{
    static const QString id = QStringLiteral("outside-threat");
    return id;
}

} // namespace

QString manipulationsId(const TrustManipulations &m)
{
    QStringList parts;
    if (m.bothFeelPowerful)
        parts.append(feelPowerfulId());
    if (m.outsideThreat)
        parts.append(threatId());
    return parts.join(QLatin1Char('+'));
}

std::optional<TrustManipulations> manipulationsFromId(const QString &id)
{
    TrustManipulations m;
    if (id.isEmpty())
        return m;
    for (const QString &part : id.split(QLatin1Char('+'))) {
        if (part == feelPowerfulId() && !m.bothFeelPowerful)
            m.bothFeelPowerful = true;
        else if (part == threatId() && !m.outsideThreat)
            m.outsideThreat = true;
        else
            return std::nullopt;
    }
    return m;
}

} // namespace powerfield
