// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a scenario's events and their changes (docs/file-format.md §Events).
#include "readevents.h"
#include "recordfields.h"

#include <algorithm>
#include <array>
#include <vector>

namespace powerfield::scenariofile {

namespace {

// The key that names a change's record, and the fields a change of that kind may set.
struct ChangeKind
{
    Change::Target target;
    const char *key;
    const char *article; // for messages: "a party change", "an option change"
    std::vector<const char *> fields;
};

const std::array<ChangeKind, 5> &changeKinds()
{
    static const std::array<ChangeKind, 5> kinds = {{
        {Change::Target::Party, "party", "a", {"active", "comparisonLevel", "x", "y"}},
        {Change::Target::Need, "need", "a", {"importance"}},
        {Change::Target::Provision, "provision", "a", {"quality", "perceived"}},
        {Change::Target::Option, "option", "an", {"desire", "quality", "perceived"}},
        {Change::Target::Investment, "investment", "an", {"amount", "exclusive"}},
    }};
    return kinds;
}

bool isChangeField(const QString &key)
{
    const auto &kinds = changeKinds();
    return std::any_of(kinds.begin(), kinds.end(), [&](const ChangeKind &kind) {
        return std::any_of(kind.fields.begin(), kind.fields.end(),
                           [&](const char *field) { return key == QLatin1String(field); });
    });
}

bool findKind(Fields &f, const ChangeKind **out)
{
    QStringList named;
    for (const ChangeKind &kind : changeKinds()) {
        if (f.has(kind.key)) {
            named.append(QLatin1String(kind.key));
            *out = &kind;
        }
    }
    if (named.isEmpty()) {
        return f.reader()->fail(f.path(),
                                QStringLiteral("names no record (expected one of \"party\", "
                                               "\"need\", \"provision\", \"option\" or "
                                               "\"investment\")"));
    }
    if (named.size() > 1) {
        return f.reader()->fail(f.path(), QStringLiteral("names more than one record (\"%1\")")
                                              .arg(named.join(QStringLiteral("\", \""))));
    }
    return true;
}

bool checkKeys(Fields &f, const ChangeKind &kind)
{
    const QJsonObject &object = f.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String(kind.key)
            || std::any_of(kind.fields.begin(), kind.fields.end(),
                           [&](const char *field) { return key == QLatin1String(field); }))
            continue;
        const QString reason = isChangeField(key)
                                   ? QStringLiteral("%1 %2 change cannot set %3")
                                         .arg(QLatin1String(kind.article),
                                              QLatin1String(kind.key), quoted(key))
                                   : QStringLiteral("unknown key %1").arg(quoted(key));
        return f.reader()->fail(keyPath(f.path(), key), reason);
    }
    return true;
}

bool readPair(Fields &f, const char *key, std::initializer_list<RefKind> kinds,
              const char *shape, QStringList *ids)
{
    return f.reader()->toReferences(f.value(key), f.path(key), kinds, shape, ids);
}

bool readRecordName(Fields &f, Change *c)
{
    Reader &r = *f.reader();
    QStringList ids;
    switch (c->target) {
    case Change::Target::Party:
        return f.reference("party", RefKind::Party, &c->party);
    case Change::Target::Need:
        if (!readPair(f, "need", {RefKind::Party, RefKind::Desire}, "[PARTY, DESIRE]", &ids))
            return false;
        c->party = ids[0];
        c->desire = ids[1];
        return true;
    case Change::Target::Provision:
        if (!readPair(f, "provision", {RefKind::Party, RefKind::Party, RefKind::Desire},
                      "[FROM, TO, DESIRE]", &ids))
            return false;
        if (ids[0] == ids[1]) {
            return r.fail(f.path("provision"),
                          QStringLiteral("a provision cannot go from a party to itself"));
        }
        c->party = ids[0];
        c->other = ids[1];
        c->desire = ids[2];
        return true;
    case Change::Target::Option:
        return f.reference("option", RefKind::Option, &c->option)
               && f.reference("desire", RefKind::Desire, &c->desire);
    case Change::Target::Investment:
        if (!readPair(f, "investment", {RefKind::Party, RefKind::Party}, "[PARTY, PARTNER]", &ids))
            return false;
        if (ids[0] == ids[1]) {
            return r.fail(f.path("investment"),
                          QStringLiteral("a party cannot invest in a relationship with itself"));
        }
        c->party = ids[0];
        c->other = ids[1];
        return true;
    }
    return false;
}

// Keys a kind may not set were refused by checkKeys, so every field can be read here.
bool readValues(Fields &f, Change *c)
{
    return f.boolean("active", &c->active) && f.unit("comparisonLevel", &c->comparisonLevel)
           && f.coordinate("x", &c->x) && f.coordinate("y", &c->y) && f.unit("importance", &c->importance)
           && f.unit("quality", &c->quality) && f.unit("perceived", &c->perceived)
           && f.unit("amount", &c->amount) && f.boolean("exclusive", &c->exclusive);
}

bool readChange(Fields &f, Event *event)
{
    const ChangeKind *kind = nullptr;
    if (!findKind(f, &kind) || !checkKeys(f, *kind))
        return false;
    Change c;
    c.target = kind->target;
    if (!readRecordName(f, &c) || !readValues(f, &c))
        return false;
    if (!c.setsAnything())
        return f.reader()->fail(f.path(), QStringLiteral("sets no field"));
    event->changes.append(c);
    return true;
}

bool readEvent(Fields &f, Scenario *s)
{
    Event e;
    QJsonArray set;
    if (!f.allowOnly({"time", "label", "caption", "set"})
        || !f.integer("time", 0, s->duration, &e.time, Presence::Required)
        || !f.string("label", &e.label)
        || !f.string("caption", &e.caption, Presence::Optional, limits::kMaxTextLength)
        || !f.array("set", &set))
        return false;
    if (!readObjects(*f.reader(), set, f.path("set"),
                     [&](Fields &change, int) { return readChange(change, &e); }))
        return false;
    s->events.append(e);
    return true;
}

} // namespace

bool readEvents(Reader &r, const QJsonArray &list, Scenario *s)
{
    return readObjects(r, list, QStringLiteral("$.events"),
                       [&](Fields &f, int) { return readEvent(f, s); });
}

} // namespace powerfield::scenariofile
