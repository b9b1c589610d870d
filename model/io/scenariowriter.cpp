// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariowriter.h"

#include "jsonwriter.h"
#include "regularfile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <initializer_list>
#include <optional>

namespace powerfield {

namespace {

// Qt reads "-0" back as +0, so -0.0 is written as 0 to keep a second write byte-identical.
void put(JsonWriter &w, double v)
{
    w.value(v == 0.0 ? 0.0 : v);
}

void put(JsonWriter &w, bool flag)
{
    w.value(flag);
}

void writeRating(JsonWriter &w, const Rating &rating)
{
    w.key(QStringLiteral("quality"));
    put(w, rating.quality);
    if (rating.perceived) {
        w.key(QStringLiteral("perceived"));
        put(w, *rating.perceived);
    }
}

void writeDesire(JsonWriter &w, const Desire &d)
{
    w.compactNext();
    w.beginObject();
    w.key(QStringLiteral("id"));
    w.value(d.id);
    w.key(QStringLiteral("name"));
    w.value(d.name);
    w.key(QStringLiteral("base"));
    w.value(powerBaseName(d.base));
    w.endObject();
}

void writeParty(JsonWriter &w, const Party &p)
{
    w.beginObject();
    w.key(QStringLiteral("id"));
    w.value(p.id);
    w.key(QStringLiteral("name"));
    w.value(p.name);
    w.key(QStringLiteral("kind"));
    w.value(partyKindName(p.kind));
    w.key(QStringLiteral("color"));
    w.value(p.color);
    w.key(QStringLiteral("x"));
    put(w, p.x);
    w.key(QStringLiteral("y"));
    put(w, p.y);
    w.key(QStringLiteral("comparisonLevel"));
    put(w, p.comparisonLevel);
    w.key(QStringLiteral("active"));
    w.value(p.active);
    w.key(QStringLiteral("needs"));
    w.compactNext();
    w.beginObject();
    for (const Need &need : p.needs) {
        w.key(need.desire);
        put(w, need.importance);
    }
    w.endObject();
    w.endObject();
}

void writeProvision(JsonWriter &w, const Provision &p)
{
    w.compactNext();
    w.beginObject();
    w.key(QStringLiteral("from"));
    w.value(p.from);
    w.key(QStringLiteral("to"));
    w.value(p.to);
    w.key(QStringLiteral("desire"));
    w.value(p.desire);
    writeRating(w, p.rating);
    w.endObject();
}

void writeOption(JsonWriter &w, const OutsideOption &o)
{
    w.beginObject();
    w.key(QStringLiteral("id"));
    w.value(o.id);
    w.key(QStringLiteral("owner"));
    w.value(o.owner);
    w.key(QStringLiteral("name"));
    w.value(o.name);
    w.key(QStringLiteral("offers"));
    w.beginObject();
    for (const Offer &offer : o.offers) {
        w.key(offer.desire);
        w.compactNext();
        w.beginObject();
        writeRating(w, offer.rating);
        w.endObject();
    }
    w.endObject();
    w.endObject();
}

void writeInvestment(JsonWriter &w, const Investment &inv)
{
    w.compactNext();
    w.beginObject();
    w.key(QStringLiteral("party"));
    w.value(inv.party);
    w.key(QStringLiteral("partner"));
    w.value(inv.partner);
    w.key(QStringLiteral("amount"));
    put(w, inv.amount);
    w.key(QStringLiteral("exclusive"));
    w.value(inv.exclusive);
    w.endObject();
}

void writeIds(JsonWriter &w, const char *key, std::initializer_list<QString> ids)
{
    w.key(QLatin1String(key));
    w.beginArray();
    for (const QString &id : ids)
        w.value(id);
    w.endArray();
}

void writeRecordName(JsonWriter &w, const Change &c)
{
    switch (c.target) {
    case Change::Target::Party:
        w.key(QStringLiteral("party"));
        w.value(c.party);
        break;
    case Change::Target::Need:
        writeIds(w, "need", {c.party, c.desire});
        break;
    case Change::Target::Provision:
        writeIds(w, "provision", {c.party, c.other, c.desire});
        break;
    case Change::Target::Option:
        w.key(QStringLiteral("option"));
        w.value(c.option);
        w.key(QStringLiteral("desire"));
        w.value(c.desire);
        break;
    case Change::Target::Investment:
        writeIds(w, "investment", {c.party, c.other});
        break;
    }
}

template<typename T>
void writeIfSet(JsonWriter &w, const char *key, const std::optional<T> &value)
{
    if (value) {
        w.key(QLatin1String(key));
        put(w, *value);
    }
}

void writeChange(JsonWriter &w, const Change &c)
{
    w.compactNext();
    w.beginObject();
    writeRecordName(w, c);
    writeIfSet(w, "active", c.active);
    writeIfSet(w, "comparisonLevel", c.comparisonLevel);
    writeIfSet(w, "x", c.x);
    writeIfSet(w, "y", c.y);
    writeIfSet(w, "importance", c.importance);
    writeIfSet(w, "quality", c.quality);
    writeIfSet(w, "perceived", c.perceived);
    writeIfSet(w, "amount", c.amount);
    writeIfSet(w, "exclusive", c.exclusive);
    w.endObject();
}

void writeEvent(JsonWriter &w, const Event &e)
{
    w.beginObject();
    w.key(QStringLiteral("time"));
    w.value(e.time);
    w.key(QStringLiteral("label"));
    w.value(e.label);
    if (!e.caption.isEmpty()) {
        w.key(QStringLiteral("caption"));
        w.value(e.caption);
    }
    w.key(QStringLiteral("set"));
    w.beginArray();
    for (const Change &c : e.changes)
        writeChange(w, c);
    w.endArray();
    w.endObject();
}

template<typename List, typename WriteOne>
void writeList(JsonWriter &w, const char *key, const List &list, WriteOne writeOne)
{
    w.key(QLatin1String(key));
    w.beginArray();
    for (const auto &item : list)
        writeOne(w, item);
    w.endArray();
}

} // namespace

QByteArray writeScenario(const Scenario &s)
{
    JsonWriter w;
    w.beginObject();
    w.key(QStringLiteral("format"));
    w.value(QStringLiteral("powerfield"));
    w.key(QStringLiteral("version"));
    w.value(1);
    w.key(QStringLiteral("title"));
    w.value(s.title);
    w.key(QStringLiteral("description"));
    w.value(s.description);
    if (!s.notes.isEmpty()) {
        w.key(QStringLiteral("notes"));
        w.value(s.notes);
    }
    w.key(QStringLiteral("duration"));
    w.value(s.duration);
    writeList(w, "desires", s.desires, writeDesire);
    writeList(w, "parties", s.parties, writeParty);
    writeList(w, "provisions", s.provisions, writeProvision);
    writeList(w, "outsideOptions", s.options, writeOption);
    writeList(w, "investments", s.investments, writeInvestment);
    writeList(w, "events", s.events, writeEvent);
    if (s.hasUi) {
        w.key(QStringLiteral("ui"));
        w.raw(QJsonDocument(s.ui).toJson(QJsonDocument::Compact));
    }
    w.endObject();
    QByteArray out = w.data();
    out += '\n';
    return out;
}

namespace {

// Why `file` failed, in words for the user: Qt's own text names the path again in one case
// and says "Unknown error" after a short write.
QString failureReason(const QSaveFile &file, const QString &path)
{
    const QFileInfo info(path);
    if (!file.isOpen() && info.exists() && !info.isDir() && !info.isWritable())
        return QStringLiteral("the file is read-only");
    const QString reason = file.errorString();
    if (file.error() == QFileDevice::NoError || reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return QStringLiteral("not all of the file could be written (is the disk full?)");
    return reason;
}

} // namespace

bool writeScenarioFile(const QString &path, const Scenario &scenario, QString *error)
{
    // QSaveFile follows a symlink and renames its temporary file over the target, also over a
    // device or FIFO; nothing but a regular file (or a new one) is written.
    if (const QString why = notRegularFile(path); !why.isEmpty()) {
        if (error)
            *error = (path.isEmpty() ? QStringLiteral("\"\"") : path) + QLatin1String(": ") + why;
        return false;
    }
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = path + QLatin1String(": ") + failureReason(file, path);
        file.cancelWriting();
        return false;
    };
    // Unbuffered, so a write that stops short is retried and the retry reports errno.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    const QByteArray data = writeScenario(scenario);
    for (qint64 done = 0; done < data.size();) {
        const qint64 written = file.write(data.constData() + done, data.size() - done);
        if (written <= 0)
            return fail();
        done += written;
    }
    return file.commit() || fail();
}

} // namespace powerfield
