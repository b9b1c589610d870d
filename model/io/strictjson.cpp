// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QSet>
#include <QVarLengthArray>

namespace powerfield {

namespace {

constexpr int kMaxDepth = 1024;   // as QJsonDocument's own limit
constexpr int kQuoted = 24;       // characters of a bad number or word shown in a message
constexpr int kHashedKeys = 16;   // an object with more keys looks them up in a hash

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isWordChar(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.'
           || c == '+' || c == '-';
}

int hexValue(const char *p)
{
    return QByteArray::fromRawData(p, 4).toInt(nullptr, 16);
}

void appendUtf8(QByteArray *out, char32_t code)
{
    *out += QString::fromUcs4(&code, 1).toUtf8();
}

// The decimal order of magnitude of a number that QByteArray::toDouble() refused: below zero
// it was too small for a double, else too large.
int orderOf(const QByteArray &number)
{
    const qsizetype e = qMax(number.indexOf('e'), number.indexOf('E'));
    const QByteArray mantissa = e < 0 ? number : number.left(e);
    const int exponent = e < 0 ? 0 : number.mid(e + 1).toInt();
    const qsizetype point = mantissa.indexOf('.');
    const qsizetype digitsStart = mantissa.startsWith('-') ? 1 : 0;
    const qsizetype integerDigits = (point < 0 ? mantissa.size() : point) - digitsStart;
    int firstNonZero = 0;
    for (qsizetype i = digitsStart; i < mantissa.size(); ++i) {
        if (mantissa[i] == '.')
            continue;
        if (mantissa[i] != '0')
            break;
        ++firstNonZero;
    }
    return int(integerDigits) - firstNonZero - 1 + exponent;
}

// Recursive descent over the text, depth bounded by kMaxDepth.
class Checker
{
public:
    explicit Checker(QByteArray *text)
        : m_owner(text)
        , m_text(text->constData())
        , m_size(text->size())
    {
    }

    bool run(JsonProblem *problem)
    {
        skipSpace();
        bool ok = value(1);
        skipSpace();
        if (ok && !atEnd())
            ok = fail(m_at, QStringLiteral("unexpected %1 after the end of the JSON value").arg(found()));
        if (!ok && problem)
            *problem = {m_failAt, m_reason};
        return ok;
    }

private:
    bool fail(qsizetype at, const QString &reason)
    {
        m_failAt = at;
        m_reason = reason;
        return false;
    }

    char peek() const { return m_at < m_size ? m_text[m_at] : '\0'; }
    bool atEnd() const { return m_at >= m_size; }

    void skipSpace()
    {
        while (m_at < m_size && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }

    // What stands at the current place, for a message.
    QString found() const
    {
        if (atEnd())
            return QStringLiteral("end of the file");
        const auto c = static_cast<unsigned char>(m_text[m_at]);
        if (c > 0x20 && c < 0x7F)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        // The text is valid UTF-8 (the reader checked), so the sequence is complete.
        const int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint code = length == 1 ? c : c & (0x7F >> length);
        for (int i = 1; i < length && m_at + i < m_size; ++i)
            code = (code << 6) | (static_cast<unsigned char>(m_text[m_at + i]) & 0x3F);
        if (code == 0xFEFF)
            return QStringLiteral("a byte-order mark (U+FEFF)");
        return QStringLiteral("character U+") + QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0'));
    }

    QString token(qsizetype begin, qsizetype end) const
    {
        const QByteArray text(m_text + begin, qMin<qsizetype>(end - begin, kQuoted));
        return QString::fromLatin1(text) + (end - begin > kQuoted ? QStringLiteral("...") : QString());
    }

    bool value(int depth)
    {
        const char c = peek();
        if (c == '{' || c == '[') {
            if (depth > kMaxDepth)
                return fail(m_at, QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth));
            return c == '{' ? object(depth) : array(depth);
        }
        if (c == '"')
            return string(nullptr);
        if (isDigit(c) || c == '-' || c == '+' || c == '.')
            return number();
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return word();
        return fail(m_at, QStringLiteral("expected a value, found %1").arg(found()));
    }

    bool object(int depth)
    {
        const qsizetype open = m_at++;
        Keys keys;
        QSet<QByteArray> hashed;
        skipSpace();
        if (peek() == '}') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"') {
                return fail(m_at, atEnd() ? unclosed("object", open)
                                          : QStringLiteral("expected a key in double quotes, found %1").arg(found()));
            }
            const qsizetype keyAt = m_at;
            if (!string(nullptr))
                return false;
            // Most keys hold no escape: they are compared where they stand, without a copy.
            QByteArray key = QByteArray::fromRawData(m_text + keyAt + 1, m_at - keyAt - 2);
            if (key.contains('\\')) {
                const qsizetype end = m_at;
                m_at = keyAt;
                key.clear();
                string(&key); // checked above, so it passes again
                m_at = end;
            }
            if (!uniqueKey(key, keyAt, &keys, &hashed))
                return false;
            skipSpace();
            if (peek() != ':') {
                return fail(m_at, atEnd() ? unclosed("object", open)
                                          : QStringLiteral("expected ':' after the key, found %1").arg(found()));
            }
            ++m_at;
            skipSpace();
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == '}') {
                ++m_at;
                return true;
            }
            if (peek() != ',') {
                return fail(m_at, atEnd() ? unclosed("object", open)
                                          : QStringLiteral("expected ',' or '}' in an object, found %1").arg(found()));
            }
            ++m_at;
        }
    }

    bool array(int depth)
    {
        const qsizetype open = m_at++;
        skipSpace();
        if (peek() == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (atEnd())
                return fail(m_at, unclosed("array", open));
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == ']') {
                ++m_at;
                return true;
            }
            if (peek() != ',') {
                return fail(m_at, atEnd() ? unclosed("array", open)
                                          : QStringLiteral("expected ',' or ']' in an array, found %1").arg(found()));
            }
            ++m_at;
        }
    }

    QString unclosed(const char *what, qsizetype open) const
    {
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < open; ++i) {
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const int column = QString::fromUtf8(m_text + lineStart, open - lineStart).size() + 1;
        return QStringLiteral("the file ends inside the %1 opened at line %2, column %3")
            .arg(QLatin1String(what))
            .arg(line)
            .arg(column);
    }

    using Keys = QVarLengthArray<QByteArray, kHashedKeys>;

    bool uniqueKey(const QByteArray &key, qsizetype at, Keys *keys, QSet<QByteArray> *hashed)
    {
        bool seen = false;
        if (keys->size() < kHashedKeys) {
            for (const QByteArray &k : *keys)
                seen = seen || k == key;
            keys->append(key);
            if (keys->size() == kHashedKeys)
                *hashed = QSet<QByteArray>(keys->cbegin(), keys->cend());
        } else {
            seen = hashed->contains(key);
            hashed->insert(key);
        }
        if (!seen)
            return true;
        return fail(at, QStringLiteral("the key \"%1\" appears twice in one object").arg(QString::fromUtf8(key)));
    }

    // A string from its opening quote; `decoded` (when given) receives its text as UTF-8.
    bool string(QByteArray *decoded)
    {
        const qsizetype open = m_at++;
        qsizetype plainFrom = m_at;
        const auto flush = [&] {
            if (decoded)
                decoded->append(m_text + plainFrom, m_at - plainFrom);
        };
        for (;;) {
            if (atEnd())
                return fail(open, QStringLiteral("the string is not closed (a \" is missing)"));
            const auto c = static_cast<unsigned char>(m_text[m_at]);
            if (c == '"') {
                flush();
                ++m_at;
                return true;
            }
            if (c < 0x20) {
                const QString hex = QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0'));
                return fail(m_at, QStringLiteral("control character U+%1 inside a string (write it as \\u%2)")
                                      .arg(hex.toUpper(), hex));
            }
            if (c != '\\') {
                ++m_at;
                continue;
            }
            flush();
            if (!escape(decoded))
                return false;
            plainFrom = m_at;
        }
    }

    bool escape(QByteArray *decoded)
    {
        const qsizetype at = m_at++;
        const char e = peek();
        static const char simple[] = "\"\\/bfnrt";
        static const char meaning[] = "\"\\/\b\f\n\r\t";
        for (int i = 0; simple[i]; ++i) {
            if (e == simple[i]) {
                if (decoded)
                    decoded->append(meaning[i]);
                ++m_at;
                return true;
            }
        }
        if (e != 'u') {
            if (atEnd())
                return fail(at, QStringLiteral("the string is not closed (a \" is missing)"));
            return fail(at, e > 0x20 && e < 0x7F ? QStringLiteral("invalid escape \\%1 in a string").arg(QLatin1Char(e))
                                                 : QStringLiteral("invalid escape in a string"));
        }
        for (int i = 1; i <= 4; ++i) {
            if (m_at + i >= m_size || !isHex(m_text[m_at + i]))
                return fail(at, QStringLiteral("\\u needs four hexadecimal digits"));
        }
        char32_t code = char32_t(hexValue(m_text + m_at + 1));
        m_at += 5;
        // A high surrogate followed by a low one is one character; the reader refuses halves.
        if (code >= 0xD800 && code <= 0xDBFF && m_at + 6 <= m_size && m_text[m_at] == '\\'
            && m_text[m_at + 1] == 'u') {
            bool hex = true;
            for (int i = 2; i < 6; ++i)
                hex = hex && isHex(m_text[m_at + i]);
            const int low = hex ? hexValue(m_text + m_at + 2) : 0;
            if (low >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((code - 0xD800) << 10) + char32_t(low - 0xDC00);
                m_at += 6;
            }
        }
        if (decoded)
            appendUtf8(decoded, code);
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, read as one run of number-like characters
    // so that a message can quote all of "0x10" or "5.".
    bool number()
    {
        const qsizetype begin = m_at;
        while (m_at < m_size && isWordChar(m_text[m_at]))
            ++m_at;
        const char *t = m_text + begin;
        const qsizetype n = m_at - begin;
        const QString quotedNumber = token(begin, m_at);
        const auto bad = [&](const QString &why) {
            return fail(begin, QStringLiteral("the number %1 %2").arg(quotedNumber, why));
        };
        qsizetype i = 0;
        if (t[0] == '+')
            return bad(QStringLiteral("starts with '+' (write it without)"));
        if (t[i] == '-')
            ++i;
        if (i < n && t[i] == '.')
            return bad(QStringLiteral("needs a digit before the decimal point"));
        if (i == n || !isDigit(t[i]))
            return bad(QStringLiteral("is malformed"));
        if (t[i] == '0' && i + 1 < n && (t[i + 1] == 'x' || t[i + 1] == 'X'))
            return bad(QStringLiteral("is hexadecimal; write numbers in decimal"));
        if (t[i] == '0' && i + 1 < n && isDigit(t[i + 1]))
            return bad(QStringLiteral("has a leading zero"));
        while (i < n && isDigit(t[i]))
            ++i;
        if (i < n && t[i] == '.') {
            if (++i == n || !isDigit(t[i]))
                return bad(QStringLiteral("needs a digit after the decimal point"));
            while (i < n && isDigit(t[i]))
                ++i;
        }
        bool exponent = false;
        if (i < n && (t[i] == 'e' || t[i] == 'E')) {
            exponent = true;
            if (++i < n && (t[i] == '+' || t[i] == '-'))
                ++i;
            if (i == n || !isDigit(t[i]))
                return bad(QStringLiteral("needs digits in its exponent"));
            while (i < n && isDigit(t[i]))
                ++i;
        }
        if (i != n)
            return bad(QStringLiteral("is malformed"));
        return (!exponent && n < 300) || fitDouble(begin, n, bad);
    }

    // Only a number with an exponent or hundreds of digits can lie outside a double's range.
    template<typename Bad>
    bool fitDouble(qsizetype begin, qsizetype n, const Bad &bad)
    {
        const QByteArray number = QByteArray::fromRawData(m_text + begin, n);
        bool ok = false;
        number.toDouble(&ok);
        if (ok)
            return true;
        if (orderOf(number) >= 0)
            return bad(QStringLiteral("is too large for a double"));
        char *text = m_owner->data(); // too small for a double, so as good as zero
        m_text = text;
        text[begin] = '0';
        for (qsizetype i = 1; i < n; ++i)
            text[begin + i] = ' ';
        return true;
    }

    bool word()
    {
        const qsizetype begin = m_at;
        while (m_at < m_size && isWordChar(m_text[m_at]))
            ++m_at;
        const QByteArray w = QByteArray::fromRawData(m_text + begin, m_at - begin);
        if (w == "true" || w == "false" || w == "null")
            return true;
        return fail(begin, QStringLiteral("unexpected word %1 (JSON knows true, false and null)").arg(token(begin, m_at)));
    }

    QByteArray *m_owner;
    const char *m_text;
    qsizetype m_size;
    qsizetype m_at = 0;
    qsizetype m_failAt = -1;
    QString m_reason;
};

} // namespace

bool checkStrictJson(QByteArray *text, JsonProblem *problem)
{
    Checker checker(text);
    return checker.run(problem);
}

} // namespace powerfield
