// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"
#include "scenarioreader_p.h"

#include <algorithm>
#include <cmath>

namespace powerfield::scenariofile {

namespace {

const char *refKindName(RefKind kind)
{
    switch (kind) {
    case RefKind::Desire: return "desire";
    case RefKind::Party: return "party";
    case RefKind::Option: return "outside option";
    }
    return "";
}

} // namespace

QString keyPath(const QString &path, const QString &key)
{
    if (isValidId(key))
        return path + u'.' + key;
    return path + u'[' + quoted(key) + u']';
}

QString indexPath(const QString &path, int index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString quoted(const QString &text)
{
    return QString::fromUtf8(JsonWriter::quoted(text));
}

QString numberText(double v)
{
    return QString::fromLatin1(JsonWriter::number(v));
}

bool Reader::fail(const QString &place, const QString &reason)
{
    if (!m_failed) {
        m_failed = true;
        m_place = place;
        m_reason = reason;
    }
    return false;
}

bool Reader::toString(const QJsonValue &v, const QString &place, QString *out, int maxLength)
{
    if (!v.isString())
        return fail(place, QStringLiteral("expected a string"));
    const QString text = v.toString();
    if (text.size() > maxLength) {
        return fail(place, QStringLiteral("text of %1 characters is too long (at most %2)")
                               .arg(text.size())
                               .arg(maxLength));
    }
    *out = text;
    return true;
}

bool Reader::toNumber(const QJsonValue &v, const QString &place, double *out)
{
    if (!v.isDouble())
        return fail(place, QStringLiteral("expected a number"));
    const double d = v.toDouble();
    // The parser already refuses 1e999; this keeps inf and NaN out whatever the source.
    if (!std::isfinite(d))
        return fail(place, QStringLiteral("number is not finite"));
    *out = d;
    return true;
}

bool Reader::toCoordinate(const QJsonValue &v, const QString &place, double *out)
{
    double d = 0.0;
    if (!toNumber(v, place, &d))
        return false;
    if (std::abs(d) > limits::kMaxCoordinate) {
        return fail(place, QStringLiteral("position %1 is outside [-%2, %2]")
                               .arg(numberText(d), QString::number(qint64(limits::kMaxCoordinate))));
    }
    *out = d;
    return true;
}

bool Reader::toUnit(const QJsonValue &v, const QString &place, double *out)
{
    double d = 0.0;
    if (!toNumber(v, place, &d))
        return false;
    if (!isUnitValue(d))
        return fail(place, QStringLiteral("value %1 is outside [0, 1]").arg(numberText(d)));
    *out = d;
    return true;
}

bool Reader::toInteger(const QJsonValue &v, const QString &place, int lo, int hi, int *out)
{
    double d = 0.0;
    if (!toNumber(v, place, &d))
        return false;
    if (std::floor(d) != d)
        return fail(place, QStringLiteral("must be an integer, not %1").arg(numberText(d)));
    if (d < lo || d > hi) {
        return fail(place, QStringLiteral("value %1 is outside [%2, %3]")
                               .arg(numberText(d), QString::number(lo), QString::number(hi)));
    }
    *out = int(d);
    return true;
}

bool Reader::toBool(const QJsonValue &v, const QString &place, bool *out)
{
    if (!v.isBool())
        return fail(place, QStringLiteral("expected true or false"));
    *out = v.toBool();
    return true;
}

bool Reader::toObject(const QJsonValue &v, const QString &place, QJsonObject *out)
{
    if (!v.isObject())
        return fail(place, QStringLiteral("expected an object"));
    *out = v.toObject();
    return true;
}

bool Reader::toArray(const QJsonValue &v, const QString &place, QJsonArray *out)
{
    if (!v.isArray())
        return fail(place, QStringLiteral("expected an array"));
    *out = v.toArray();
    return true;
}

bool Reader::toId(const QJsonValue &v, const QString &place, QString *out)
{
    QString id;
    if (!toString(v, place, &id))
        return false;
    if (!isValidId(id)) {
        return fail(place, QStringLiteral("invalid id %1 (use ASCII letters, digits, - and _)")
                               .arg(quoted(id)));
    }
    *out = id;
    return true;
}

bool Reader::checkReference(const QString &id, const QString &place, RefKind kind)
{
    if (index(kind, id) >= 0)
        return true;
    return fail(place, QStringLiteral("unknown %1 %2")
                           .arg(QLatin1String(refKindName(kind)), quoted(id)));
}

bool Reader::toReference(const QJsonValue &v, const QString &place, RefKind kind, QString *out)
{
    QString id;
    if (!toString(v, place, &id) || !checkReference(id, place, kind))
        return false;
    *out = id;
    return true;
}

bool Reader::toReferences(const QJsonValue &v, const QString &place,
                          std::initializer_list<RefKind> kinds, const char *shape,
                          QStringList *out)
{
    QJsonArray list;
    if (!toArray(v, place, &list))
        return false;
    if (list.size() != qsizetype(kinds.size()))
        return fail(place, QStringLiteral("expected %1").arg(QLatin1String(shape)));
    QStringList ids;
    int i = 0;
    for (RefKind kind : kinds) {
        QString id;
        if (!toReference(list.at(i), indexPath(place, i), kind, &id))
            return false;
        ids.append(id);
        ++i;
    }
    *out = ids;
    return true;
}

QString Fields::path(const char *key) const
{
    return keyPath(m_path, QLatin1String(key));
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
            return m_reader.fail(keyPath(m_path, key), QStringLiteral("unknown key %1").arg(quoted(key)));
    }
    return true;
}

bool Fields::require(const char *key)
{
    if (has(key))
        return true;
    return m_reader.fail(m_path, QStringLiteral("missing required key \"%1\"").arg(QLatin1String(key)));
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
           && (v.isUndefined() || m_reader.toString(v, path(key), out, maxLength));
}

bool Fields::id(const char *key, QString *out)
{
    QJsonValue v;
    return take(key, Presence::Required, &v) && m_reader.toId(v, path(key), out);
}

bool Fields::reference(const char *key, RefKind kind, QString *out)
{
    QJsonValue v;
    return take(key, Presence::Required, &v) && m_reader.toReference(v, path(key), kind, out);
}

bool Fields::number(const char *key, double *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toNumber(v, path(key), out));
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
           && (v.isUndefined() || m_reader.toCoordinate(v, path(key), out));
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
    return take(key, presence, &v) && (v.isUndefined() || m_reader.toUnit(v, path(key), out));
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
           && (v.isUndefined() || m_reader.toInteger(v, path(key), lo, hi, out));
}

bool Fields::boolean(const char *key, bool *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toBool(v, path(key), out));
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
           && (v.isUndefined() || m_reader.toObject(v, path(key), out));
}

bool Fields::array(const char *key, QJsonArray *out)
{
    QJsonValue v;
    return take(key, Presence::Optional, &v)
           && (v.isUndefined() || m_reader.toArray(v, path(key), out));
}

} // namespace powerfield::scenariofile
