// SPDX-License-Identifier: GPL-3.0-or-later
#include "editchecks.h"

#include <QCoreApplication>

#include <QSet>
#include <cmath>

namespace powerfield::checks {

namespace {

// The translation context of these sentences, spelt so that lupdate finds it.
struct DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Document)
};

template<typename List, typename Key>
bool unique(const List &list, Key key, QString *error)
{
    QSet<QString> seen;
    for (const auto &item : list) {
        if (seen.contains(key(item)))
            return fail(error, DocumentText::tr("%1 is listed twice").arg(key(item)));
        seen.insert(key(item));
    }
    return true;
}

// The fields a change of each target may set (docs/file-format.md §Events).
bool fieldsFit(const Change &c)
{
    using T = Change::Target;
    const bool partyFields = c.active || c.comparisonLevel || c.x || c.y;
    const bool ratingFields = c.quality || c.perceived;
    const bool investmentFields = c.amount || c.exclusive;
    const bool needFields = bool(c.importance);
    switch (c.target) {
    case T::Party:
        return !ratingFields && !investmentFields && !needFields && c.other.isEmpty()
               && c.desire.isEmpty() && c.option.isEmpty();
    case T::Need:
        return needFields && !partyFields && !ratingFields && !investmentFields
               && c.other.isEmpty() && c.option.isEmpty();
    case T::Provision:
        return !partyFields && !investmentFields && !needFields && c.option.isEmpty();
    case T::Option:
        return !partyFields && !investmentFields && !needFields && c.party.isEmpty()
               && c.other.isEmpty();
    case T::Investment:
        return !partyFields && !ratingFields && !needFields && c.desire.isEmpty()
               && c.option.isEmpty();
    }
    return false;
}

bool optionalUnit(const std::optional<double> &v, const QString &what, QString *error)
{
    return !v || unit(*v, what, error);
}

bool optionalCoordinate(const std::optional<double> &v, const QString &what, QString *error)
{
    return !v || coordinate(*v, what, error);
}

bool changeValues(const Change &c, QString *error)
{
    return optionalUnit(c.comparisonLevel, DocumentText::tr("The comparison level"), error)
           && optionalCoordinate(c.x, DocumentText::tr("x"), error)
           && optionalCoordinate(c.y, DocumentText::tr("y"), error)
           && optionalUnit(c.importance, DocumentText::tr("The importance"), error)
           && optionalUnit(c.quality, DocumentText::tr("The quality"), error)
           && optionalUnit(c.perceived, DocumentText::tr("The perceived quality"), error)
           && optionalUnit(c.amount, DocumentText::tr("The investment"), error);
}

bool changeRecords(const Scenario &s, const Change &c, QString *error)
{
    using T = Change::Target;
    switch (c.target) {
    case T::Party:
        return party(s, c.party, error);
    case T::Need:
        return party(s, c.party, error) && desire(s, c.desire, error);
    case T::Provision:
        return pair(s, c.party, c.other, error) && desire(s, c.desire, error);
    case T::Option:
        return option(s, c.option, error) && desire(s, c.desire, error);
    case T::Investment:
        return pair(s, c.party, c.other, error);
    }
    return false;
}

} // namespace

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool unit(double value, const QString &what, QString *error)
{
    return isUnitValue(value) || fail(error, DocumentText::tr("%1 must lie between 0 and 1").arg(what));
}

bool finite(double value, const QString &what, QString *error)
{
    return std::isfinite(value) || fail(error, DocumentText::tr("%1 must be a finite number").arg(what));
}

bool coordinate(double value, const QString &what, QString *error)
{
    return finite(value, what, error)
           && (std::abs(value) <= limits::kMaxCoordinate
               || fail(error, DocumentText::tr("%1 must lie between -%2 and %2")
                                  .arg(what)
                                  .arg(qint64(limits::kMaxCoordinate))));
}

bool name(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty())
        return fail(error, DocumentText::tr("A name must not be empty"));
    return text(name, limits::kMaxNameLength, DocumentText::tr("A name"), error);
}

bool text(const QString &text, int maxLength, const QString &what, QString *error)
{
    return text.size() <= maxLength
           || fail(error, DocumentText::tr("%1 must be at most %2 characters long").arg(what).arg(maxLength));
}

bool kind(PartyKind kind, QString *error)
{
    return (int(kind) >= 0 && int(kind) <= int(PartyKind::Country))
           || fail(error, DocumentText::tr("Unknown kind of party (%1)").arg(int(kind)));
}

bool base(PowerBase base, QString *error)
{
    return (int(base) >= 0 && int(base) <= int(PowerBase::Other))
           || fail(error, DocumentText::tr("Unknown base of power (%1)").arg(int(base)));
}

bool newId(const QString &id, bool taken, QString *error)
{
    if (!isValidId(id)) {
        return fail(error, DocumentText::tr("\"%1\" is not a valid id: use ASCII letters, digits, - and _")
                               .arg(id.left(limits::kMaxNameLength)));
    }
    if (!text(id, limits::kMaxNameLength, DocumentText::tr("An id"), error))
        return false;
    return !taken || fail(error, DocumentText::tr("The id \"%1\" is taken").arg(id));
}

bool party(const Scenario &s, const QString &id, QString *error)
{
    return s.partyIndex(id) >= 0 || fail(error, DocumentText::tr("There is no party \"%1\"").arg(id));
}

bool desire(const Scenario &s, const QString &id, QString *error)
{
    return s.desireIndex(id) >= 0 || fail(error, DocumentText::tr("There is no desire \"%1\"").arg(id));
}

bool option(const Scenario &s, const QString &id, QString *error)
{
    return s.optionIndex(id) >= 0 || fail(error, DocumentText::tr("There is no outside option \"%1\"").arg(id));
}

bool rating(const Rating &r, QString *error)
{
    return unit(r.quality, DocumentText::tr("The quality"), error)
           && optionalUnit(r.perceived, DocumentText::tr("The perceived quality"), error);
}

bool pair(const Scenario &s, const QString &a, const QString &b, QString *error)
{
    if (!party(s, a, error) || !party(s, b, error))
        return false;
    return a != b || fail(error, DocumentText::tr("A party cannot be its own partner"));
}

bool partyRecord(const Scenario &s, const Party &p, QString *error)
{
    if (!newId(p.id, s.partyIndex(p.id) >= 0, error) || !name(p.name, error) || !kind(p.kind, error))
        return false;
    if (!p.color.isEmpty() && !isValidColor(p.color))
        return fail(error, DocumentText::tr("\"%1\" is not a colour of the form #RRGGBB").arg(p.color));
    if (!coordinate(p.x, DocumentText::tr("x"), error) || !coordinate(p.y, DocumentText::tr("y"), error)
        || !unit(p.comparisonLevel, DocumentText::tr("The comparison level"), error))
        return false;
    for (const Need &n : p.needs) {
        if (!desire(s, n.desire, error) || !unit(n.importance, DocumentText::tr("The importance"), error))
            return false;
    }
    return unique(p.needs, [](const Need &n) { return n.desire; }, error);
}

bool optionRecord(const Scenario &s, const OutsideOption &o, QString *error)
{
    if (!newId(o.id, s.optionIndex(o.id) >= 0, error) || !party(s, o.owner, error)
        || !name(o.name, error))
        return false;
    for (const Offer &offer : o.offers) {
        if (!desire(s, offer.desire, error) || !rating(offer.rating, error))
            return false;
    }
    return unique(o.offers, [](const Offer &offer) { return offer.desire; }, error);
}

bool change(const Scenario &s, const Change &c, QString *error)
{
    if (!c.setsAnything())
        return fail(error, DocumentText::tr("A change must set at least one value"));
    if (!fieldsFit(c))
        return fail(error, DocumentText::tr("A change names one record and sets only the fields of its kind"));
    return changeRecords(s, c, error) && changeValues(c, error);
}

bool event(const Scenario &s, const Event &e, QString *error)
{
    if (e.time < 0 || e.time > s.duration)
        return fail(error, DocumentText::tr("The time must lie between 0 and %1").arg(s.duration));
    if (!text(e.label, limits::kMaxNameLength, DocumentText::tr("The label"), error)
        || !text(e.caption, limits::kMaxTextLength, DocumentText::tr("The caption"), error))
        return false;
    for (const Change &c : e.changes) {
        if (!change(s, c, error))
            return false;
    }
    return true;
}

} // namespace powerfield::checks
