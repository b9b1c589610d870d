// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario file reader (docs/file-format.md §Reading rules): text checks, the top level, then
// the records.
//
// The text passes checkStrictJson (strictjson.h) before QJsonDocument reads it, so a key given
// twice, a raw control character in a string or a malformed number is refused with its line and
// column, and a number too small for a double reads as 0. What is left to Qt, checked in
// tst_scenariofile: a number too large for a double is refused, so inf and NaN never reach the
// model, and nesting deeper than 1024 levels is refused, so no input recurses without bound.
#include "scenarioreader.h"

#include "filelimits.h"
#include "regularfile.h"
#include "readevents.h"
#include "readrecords.h"
#include "recordfields.h"
#include "strictjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace powerfield {

using namespace scenariofile;

namespace {

using limits::kMaxFileBytes;
using limits::kMaxPartyDesirePairs;
constexpr int kVersion = 1;

struct Limit
{
    const char *key;
    const char *noun;
    qsizetype max;
};
constexpr Limit kLimits[] = {{"desires", "desires", limits::kMaxDesires},
                             {"parties", "parties", limits::kMaxParties},
                             {"provisions", "provisions", limits::kMaxProvisions},
                             {"outsideOptions", "outside options", limits::kMaxOptions},
                             {"investments", "investments", limits::kMaxInvestments},
                             {"events", "events", limits::kMaxEvents}};

// Byte offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms,
// no surrogates, nothing above U+10FFFF), or -1 when the whole text is valid.
qsizetype invalidUtf8Offset(const QByteArray &data)
{
    static const char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const auto lead = static_cast<unsigned char>(data[i]);
        int length = 1;
        char32_t code = lead;
        if (lead >= 0x80) {
            if ((lead & 0xE0) == 0xC0)
                length = 2;
            else if ((lead & 0xF0) == 0xE0)
                length = 3;
            else if ((lead & 0xF8) == 0xF0)
                length = 4;
            else
                return i;
            code = lead & (0x7F >> length);
            if (i + length > n)
                return i;
            for (int k = 1; k < length; ++k) {
                const auto next = static_cast<unsigned char>(data[i + k]);
                if ((next & 0xC0) != 0x80)
                    return i;
                code = (code << 6) | (next & 0x3F);
            }
            if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return i;
        }
        i += length;
    }
    return -1;
}

// Byte offset of the first \uXXXX escape that is half a surrogate pair, or -1. JSON's grammar
// allows such escapes, but they name no character, could not be written back as UTF-8, and
// would come back changed; so they are refused like other text that is not Unicode.
qsizetype loneSurrogateOffset(const QByteArray &text)
{
    const auto unit = [&](qsizetype at) -> int { // the escape \uXXXX at `at`, or -1
        if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u')
            return -1;
        bool ok = false;
        const int value = text.mid(at + 2, 4).toInt(&ok, 16);
        return ok ? value : -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\')
            continue;
        const int u = unit(i);
        if (u >= 0xDC00 && u <= 0xDFFF)
            return i;
        if (u >= 0xD800 && u <= 0xDBFF) {
            const int low = unit(i + 6);
            if (low < 0xDC00 || low > 0xDFFF)
                return i;
            i += 6;
        }
        ++i; // skips the escaped character, so "\\" never starts an escape
    }
    return -1;
}

// "line L, column C" for a byte offset; the column counts characters, not bytes.
QString linePlace(const QByteArray &data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column;
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString sizeReason()
{
    return QStringLiteral("file is larger than %1 MB, the limit for scenario files")
        .arg(kMaxFileBytes / (1024 * 1024));
}

// UTF-16 starts with a byte-order mark FF FE or FE FF, or, when it has none, its first
// character (ASCII in any JSON) has a zero byte on one side.
bool isUtf16(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return true;
    return data.size() >= 2 && (data[0] == '\0') != (data[1] == '\0');
}

bool isBlank(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// The text as UTF-8 of one file, before it is parsed.
bool checkEncoding(Reader &r, const QByteArray &data, QByteArray *text)
{
    const QString file = QStringLiteral("file");
    if (data.size() > kMaxFileBytes)
        return r.fail(file, sizeReason());
    if (isUtf16(data))
        return r.fail(file, QStringLiteral("the file is UTF-16: save it as UTF-8"));
    *text = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    if (text->startsWith("\xEF\xBB\xBF"))
        return r.fail(linePlace(*text, 0), QStringLiteral("a second byte-order mark"));
    if (isBlank(*text))
        return r.fail(file, QStringLiteral("the file is empty"));
    const QByteArray &t = *text;
    const qsizetype bad = invalidUtf8Offset(t);
    if (bad >= 0) {
        return r.fail(linePlace(t, bad),
                      QStringLiteral("not UTF-8 text (byte 0x%1)")
                          .arg(static_cast<unsigned char>(t[bad]), 2, 16, QLatin1Char('0')));
    }
    const qsizetype surrogate = loneSurrogateOffset(t);
    if (surrogate >= 0) {
        return r.fail(linePlace(t, surrogate),
                      QStringLiteral("%1 is half of a UTF-16 surrogate pair, not a character")
                          .arg(QString::fromLatin1(t.mid(surrogate, 6))));
    }
    return true;
}

bool parseText(Reader &r, const QByteArray &data, QJsonObject *top)
{
    QByteArray text;
    if (!checkEncoding(r, data, &text))
        return false;
    JsonProblem problem;
    if (!checkStrictJson(&text, &problem))
        return r.fail(linePlace(text, problem.offset), problem.reason);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QString reason = parseError.errorString();
        if (parseError.error == QJsonParseError::IllegalNumber)
            reason += QStringLiteral(" (malformed, or too large or too small for a double)");
        return r.fail(linePlace(text, parseError.offset), reason);
    }
    if (!doc.isObject())
        return r.fail(QStringLiteral("$"), QStringLiteral("expected an object"));
    *top = doc.object();
    return true;
}

// Format and version come first; a newer version is reported as such whatever else the file
// holds (docs/file-format.md §Format and version), even before a missing or foreign format.
bool checkFormat(Reader &r, Fields &f)
{
    const QJsonValue declared = f.value("version");
    if (declared.isDouble() && declared.toDouble() > kVersion && std::floor(declared.toDouble()) == declared.toDouble()) {
        return r.fail(f.path("version"),
                      QStringLiteral("version %1 is newer than this program supports (%2)")
                          .arg(numberText(declared.toDouble()))
                          .arg(kVersion));
    }
    QString format;
    if (!f.string("format", &format, Presence::Required))
        return false;
    if (format != QLatin1String("powerfield"))
        return r.fail(f.path("format"), QStringLiteral("format must be \"powerfield\""));
    double version = 0.0;
    if (!f.require("version") || !r.toNumber(f.value("version"), f.path("version"), &version))
        return false;
    if (std::floor(version) != version)
        return r.fail(f.path("version"), QStringLiteral("must be an integer"));
    if (version > kVersion) {
        return r.fail(f.path("version"),
                      QStringLiteral("version %1 is newer than this program supports (%2)")
                          .arg(numberText(version))
                          .arg(kVersion));
    }
    if (version < 1) {
        return r.fail(f.path("version"),
                      QStringLiteral("version %1 does not exist (versions start at 1)")
                          .arg(numberText(version)));
    }
    return true;
}

// The lengths of the top-level lists, checked before any record is read.
bool checkCounts(Reader &r, Fields &f)
{
    for (const Limit &limit : kLimits) {
        const qsizetype n = f.value(limit.key).toArray().size();
        if (n > limit.max) {
            return r.fail(f.path(limit.key), QStringLiteral("too many %1 (%2; at most %3)")
                                                 .arg(QLatin1String(limit.noun))
                                                 .arg(n)
                                                 .arg(limit.max));
        }
    }
    const qsizetype desires = f.value("desires").toArray().size();
    const qsizetype parties = f.value("parties").toArray().size();
    if (desires * parties > kMaxPartyDesirePairs) {
        return r.fail(f.path("desires"),
                      QStringLiteral("too many desires for %1 parties (%2 desires; at most %3 "
                                     "parties times desires)")
                          .arg(parties)
                          .arg(desires)
                          .arg(kMaxPartyDesirePairs));
    }
    return true;
}

bool readTopLevel(Reader &r, Fields &f, Scenario *s)
{
    if (!f.allowOnly({"format", "version", "title", "description", "duration", "desires",
                      "parties", "provisions", "outsideOptions", "investments", "events",
                      "notes", "ui"})
        || !f.string("title", &s->title)
        || !f.string("description", &s->description, Presence::Optional, limits::kMaxTextLength)
        || !f.string("notes", &s->notes, Presence::Optional, limits::kMaxTextLength)
        || !f.integer("duration", 1, kMaxDuration, &s->duration, Presence::Optional))
        return false;
    if (f.has("ui")) {
        // The program's own view state: only its being an object is checked
        // (docs/file-format.md §Top level).
        if (!f.object("ui", &s->ui))
            return false;
        s->hasUi = true;
    }
    QJsonArray desires, parties, provisions, options, investments, events;
    return f.require("desires") && f.array("desires", &desires) && f.require("parties")
           && f.array("parties", &parties) && f.array("provisions", &provisions)
           && f.array("outsideOptions", &options) && f.array("investments", &investments)
           && f.array("events", &events) && checkCounts(r, f) && readDesires(r, desires, s)
           && readParties(r, parties, s) && readProvisions(r, provisions, s)
           && readOptions(r, options, s) && readInvestments(r, investments, s)
           && readEvents(r, events, s);
}

bool readInto(Reader &r, const QByteArray &data, Scenario *s)
{
    QJsonObject top;
    if (!parseText(r, data, &top))
        return false;
    const QString root = QStringLiteral("$");
    Fields f(r, top, root);
    return checkFormat(r, f) && readTopLevel(r, f, s);
}

} // namespace

QString ScenarioError::message() const
{
    return file + QLatin1String(": ") + place + QLatin1String(": ") + reason;
}

bool readScenario(const QByteArray &data, const QString &fileName, Scenario *out,
                  ScenarioError *error)
{
    Scenario scenario;
    Reader reader(scenario);
    if (!readInto(reader, data, &scenario)) {
        if (error)
            *error = {fileName, reader.place(), reader.reason()};
        return false;
    }
    if (out)
        *out = std::move(scenario);
    return true;
}

// Only a regular file is opened (regularfile.h), and it is read in chunks up to one byte past
// the limit whatever size it claims: /proc files claim 0 and grow while read.
bool readScenarioFile(const QString &path, Scenario *out, ScenarioError *error)
{
    QFile file(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = {path.isEmpty() ? QStringLiteral("\"\"") : path, QStringLiteral("file"), reason};
        return false;
    };
    if (const QString why = notRegularFile(path); !why.isEmpty())
        return fail(why);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxFileBytes)
        return fail(sizeReason());
    QByteArray data;
    constexpr qint64 kChunk = 1024 * 1024;
    while (data.size() <= kMaxFileBytes) {
        const QByteArray chunk = file.read(qMin(kChunk, kMaxFileBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return readScenario(data, path, out, error);
}

} // namespace powerfield
