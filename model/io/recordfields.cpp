// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfields.h"

namespace powerfield::scenariofile {

QString Fields::path(const char *key) const
{
    return place(key).text();
}

bool Fields::has(const char *key) const
{
    return m_object.contains(QLatin1String(key));
}

QJsonValue Fields::value(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

bool Fields::allowOnly(std::initializer_list<const char *> keys)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        const bool allowed = std::any_of(keys.begin(), keys.end(), [&](const char *k) {
            return key == QLatin1String(k);
        });
        if (!allowed)
            return m_reader.fail(Place(m_place, key), QStringLiteral("unknown key %1").arg(quoted(key)));
    }
    return true;
}

bool Fields::require(const char *key)
{
    if (has(key))
        return true;
    return m_reader.fail(m_place, QStringLiteral("missing required key \"%1\"").arg(QLatin1String(key)));
}

bool Fields::take(const char *key, Presence presence, QJsonValue *v)
{
    if (presence == Presence::Required && !require(key))
        return false;
    *v = value(key);
    return true;
}

bool Fields::string(const char *key, QString *out, Presence presence, int maxLength)
{
    QJsonValue v;
    return take(key, presence, &v)
           && (v.isUndefined() || m_reader.toString(v, place(key), out, maxLength));
}

bool Fields::id(const char *key, QString *out)
{
    QJsonValue v;
    return take(key, Presence::Required, &v) && m_reader.toId(v, place(key), out);
}

bool Fields::reference(const char *key, RefKind kind, QString *out)
{
    QJsonValue v;
    return take(key, Presence::Required, &v) && m_reader.toReference(v, place(key), kind, out);
}

bool Fields::number(const char *key, double *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toNumber(v, place(key), out));
}

bool Fields::number(const char *key, std::optional<double> *out)
{
    if (!has(key))
        return true;
    double d = 0.0;
    if (!number(key, &d))
        return false;
    *out = d;
    return true;
}

bool Fields::coordinate(const char *key, double *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toCoordinate(v, place(key), out));
}

bool Fields::coordinate(const char *key, std::optional<double> *out)
{
    if (!has(key))
        return true;
    double d = 0.0;
    if (!coordinate(key, &d))
        return false;
    *out = d;
    return true;
}

bool Fields::unit(const char *key, double *out, Presence presence)
{
    QJsonValue v;
    return take(key, presence, &v) && (v.isUndefined() || m_reader.toUnit(v, place(key), out));
}

bool Fields::unit(const char *key, std::optional<double> *out)
{
    if (!has(key))
        return true;
    double d = 0.0;
    if (!unit(key, &d))
        return false;
    *out = d;
    return true;
}

bool Fields::integer(const char *key, int lo, int hi, int *out, Presence presence)
{
    QJsonValue v;
    return take(key, presence, &v)
           && (v.isUndefined() || m_reader.toInteger(v, place(key), lo, hi, out));
}

bool Fields::boolean(const char *key, bool *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toBool(v, place(key), out));
}

bool Fields::boolean(const char *key, std::optional<bool> *out)
{
    if (!has(key))
        return true;
    bool b = false;
    if (!boolean(key, &b))
        return false;
    *out = b;
    return true;
}

bool Fields::object(const char *key, QJsonObject *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toObject(v, place(key), out));
}

bool Fields::array(const char *key, QJsonArray *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toArray(v, place(key), out));
}

} // namespace powerfield::scenariofile
