// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"
#include "recordreader.h"

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

QString Place::text() const
{
    if (m_text)
        return *m_text;
    const QString base = m_parent->text();
    if (m_key)
        return keyPath(base, QLatin1String(m_key));
    return m_index >= 0 ? indexPath(base, m_index) : keyPath(base, m_keyText);
}

bool Reader::fail(const Place &place, const QString &reason)
{
    if (!m_failed) {
        m_failed = true;
        m_place = place.text();
        m_reason = reason;
    }
    return false;
}

bool Reader::toString(const QJsonValue &v, const Place &place, QString *out, int maxLength)
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

bool Reader::toNumber(const QJsonValue &v, const Place &place, double *out)
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

bool Reader::toCoordinate(const QJsonValue &v, const Place &place, double *out)
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

bool Reader::toUnit(const QJsonValue &v, const Place &place, double *out)
{
    double d = 0.0;
    if (!toNumber(v, place, &d))
        return false;
    if (!isUnitValue(d))
        return fail(place, QStringLiteral("value %1 is outside [0, 1]").arg(numberText(d)));
    *out = d;
    return true;
}

bool Reader::toInteger(const QJsonValue &v, const Place &place, int lo, int hi, int *out)
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

bool Reader::toBool(const QJsonValue &v, const Place &place, bool *out)
{
    if (!v.isBool())
        return fail(place, QStringLiteral("expected true or false"));
    *out = v.toBool();
    return true;
}

bool Reader::toObject(const QJsonValue &v, const Place &place, QJsonObject *out)
{
    if (!v.isObject())
        return fail(place, QStringLiteral("expected an object"));
    *out = v.toObject();
    return true;
}

bool Reader::toArray(const QJsonValue &v, const Place &place, QJsonArray *out)
{
    if (!v.isArray())
        return fail(place, QStringLiteral("expected an array"));
    *out = v.toArray();
    return true;
}

bool Reader::toId(const QJsonValue &v, const Place &place, QString *out)
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

bool Reader::checkReference(const QString &id, const Place &place, RefKind kind)
{
    if (index(kind, id) >= 0)
        return true;
    return fail(place, QStringLiteral("unknown %1 %2")
                           .arg(QLatin1String(refKindName(kind)), quoted(id)));
}

bool Reader::toReference(const QJsonValue &v, const Place &place, RefKind kind, QString *out)
{
    QString id;
    if (!toString(v, place, &id) || !checkReference(id, place, kind))
        return false;
    *out = id;
    return true;
}

bool Reader::toReferences(const QJsonValue &v, const Place &place,
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
        if (!toReference(list.at(i), Place(place, i), kind, &id))
            return false;
        ids.append(id);
        ++i;
    }
    *out = ids;
    return true;
}


} // namespace powerfield::scenariofile

// ----------------------------------------------------------------------------------------------
// The reader's lookups of records read so far: hashed, so that a file with 100,000 parties
// or a million provisions is checked in linear time rather than quadratic.

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
