// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the scenario reader: typed, path-aware access to parsed JSON that records the
// first error. Not part of the model's interface.

#include "filelimits.h"
#include "scenario.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace powerfield::scenariofile {

enum class Presence { Optional, Required };
enum class RefKind { Desire, Party, Option };

// "$.parties" + "needs" -> "$.parties.needs"; keys that are not plain ids are quoted:
// "$.parties[0].needs[\"my desire\"]".
QString keyPath(const QString &path, const QString &key);
QString indexPath(const QString &path, int index);
QString numberText(double v);
QString quoted(const QString &text); // as a JSON string, for messages

// Converts JSON values to model values, checking types, ranges and references against the
// scenario read so far. Every check that fails records the place and reason and returns false;
// only the first failure is kept.
class Reader
{
public:
    explicit Reader(const Scenario &scenario)
        : m_scenario(scenario)
    {
    }

    bool fail(const QString &place, const QString &reason);
    bool failed() const { return m_failed; }
    QString place() const { return m_place; }
    QString reason() const { return m_reason; }

    // A string of at most `maxLength` UTF-16 units (filelimits.h).
    bool toString(const QJsonValue &v, const QString &place, QString *out,
                  int maxLength = limits::kMaxNameLength);
    bool toNumber(const QJsonValue &v, const QString &place, double *out); // any finite number
    bool toCoordinate(const QJsonValue &v, const QString &place, double *out); // within kMaxCoordinate
    bool toUnit(const QJsonValue &v, const QString &place, double *out);   // in [0, 1]
    bool toInteger(const QJsonValue &v, const QString &place, int lo, int hi, int *out);
    bool toBool(const QJsonValue &v, const QString &place, bool *out);
    bool toObject(const QJsonValue &v, const QString &place, QJsonObject *out);
    bool toArray(const QJsonValue &v, const QString &place, QJsonArray *out);
    bool toId(const QJsonValue &v, const QString &place, QString *out);
    // A string naming an existing record of the given kind.
    bool toReference(const QJsonValue &v, const QString &place, RefKind kind, QString *out);
    // An array of references such as [FROM, TO, DESIRE]; `shape` names it in the error.
    bool toReferences(const QJsonValue &v, const QString &place,
                      std::initializer_list<RefKind> kinds, const char *shape, QStringList *out);
    bool checkReference(const QString &id, const QString &place, RefKind kind);

    // Lookups among the records read so far, in constant time however long the lists are (the
    // Scenario's own index functions search linearly); each catches up with the records
    // appended since it was last asked.
    int index(RefKind kind, const QString &id); // -1 when there is none
    bool hasProvision(const Provision &p);
    bool hasInvestment(const Investment &i);

private:
    struct Ids
    {
        QHash<QString, int> index;
        int seen = 0;
    };
    struct Keys
    {
        QSet<QString> keys;
        int seen = 0;
    };

    const Scenario &m_scenario;
    Ids m_desires;
    Ids m_parties;
    Ids m_options;
    Keys m_provisions;
    Keys m_investments;
    bool m_failed = false;
    QString m_place;
    QString m_reason;
};

// One JSON object being read: looks keys up, reports missing and unknown ones at the object's
// path and type errors at the key's path. Optional getters leave `out` alone when the key is absent.
class Fields
{
public:
    Fields(Reader &reader, const QJsonObject &object, const QString &path)
        : m_reader(reader), m_object(object), m_path(path)
    {
    }

    Reader *reader() const { return &m_reader; }
    const QJsonObject &object() const { return m_object; }
    QString path() const { return m_path; }
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
    QString m_path;
};

// Reads each element of `list` (at `path`[i]) as an object through readOne(Fields &, int i).
template<typename ReadOne>
bool readObjects(Reader &r, const QJsonArray &list, const QString &path, ReadOne readOne)
{
    for (int i = 0; i < list.size(); ++i) {
        const QString place = indexPath(path, i);
        QJsonObject object;
        if (!r.toObject(list.at(i), place, &object))
            return false;
        Fields fields(r, object, place);
        if (!readOne(fields, i))
            return false;
    }
    return true;
}

// The parts of a scenario after the top level, each reading into `s` in order, so later
// parts can check references against earlier ones.
bool readDesires(Reader &r, const QJsonArray &list, Scenario *s);
bool readParties(Reader &r, const QJsonArray &list, Scenario *s);
bool readProvisions(Reader &r, const QJsonArray &list, Scenario *s);
bool readOptions(Reader &r, const QJsonArray &list, Scenario *s);
bool readInvestments(Reader &r, const QJsonArray &list, Scenario *s);
bool readEvents(Reader &r, const QJsonArray &list, Scenario *s);

} // namespace powerfield::scenariofile
