// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace powerfield::scenariofile {

// One JSON object being read: looks keys up, reports missing and unknown ones at the object's
// path and type errors at the key's path. Optional getters leave `out` alone when the key is absent.
class Fields
{
public:
    // `place` must outlive the fields (see Place).
    Fields(Reader &reader, const QJsonObject &object, const Place &place)
        : m_reader(reader), m_object(object), m_place(place)
    {
    }
    // A temporary text would be gone before the fields are read.
    Fields(Reader &reader, const QJsonObject &object, QString &&place) = delete;

    Reader *reader() const { return &m_reader; }
    const QJsonObject &object() const { return m_object; }
    const Place &place() const { return m_place; }
    // A key's place, valid while these fields are.
    Place place(const char *key) const { return Place(m_place, key); }
    QString path() const { return m_place.text(); }
    QString path(const char *key) const;
    bool has(const char *key) const;
    QJsonValue value(const char *key) const;

    bool allowOnly(std::initializer_list<const char *> keys);
    bool require(const char *key);

    bool string(const char *key, QString *out, Presence presence = Presence::Optional,
                int maxLength = limits::kMaxNameLength);
    bool id(const char *key, QString *out); // required
    bool reference(const char *key, RefKind kind, QString *out); // required
    bool number(const char *key, double *out);
    bool number(const char *key, std::optional<double> *out);
    bool coordinate(const char *key, double *out);
    bool coordinate(const char *key, std::optional<double> *out);
    bool unit(const char *key, double *out, Presence presence = Presence::Optional);
    bool unit(const char *key, std::optional<double> *out);
    bool integer(const char *key, int lo, int hi, int *out, Presence presence);
    bool boolean(const char *key, bool *out);
    bool boolean(const char *key, std::optional<bool> *out);
    bool object(const char *key, QJsonObject *out);
    bool array(const char *key, QJsonArray *out);

private:
    // False only for a missing required key; `*v` is undefined when an optional key is absent.
    bool take(const char *key, Presence presence, QJsonValue *v);

    Reader &m_reader;
    QJsonObject m_object;
    Place m_place;
};

// Reads each element of `list` (at `path`[i]) as an object through readOne(Fields &, int i).
template<typename ReadOne>
bool readObjects(Reader &r, const QJsonArray &list, const Place &path, ReadOne readOne)
{
    for (int i = 0; i < list.size(); ++i) {
        const Place place(path, i);
        QJsonObject object;
        if (!r.toObject(list.at(i), place, &object))
            return false;
        Fields fields(r, object, place);
        if (!readOne(fields, i))
            return false;
    }
    return true;
}

} // namespace powerfield::scenariofile
