// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QVector>

#include <initializer_list>

namespace powerfield::test {

// Mutates scenario files the way hostile or damaged files differ from good ones: values
// replaced by extreme numbers, wrong types and bad ids, JSON tokens and invalid UTF-8 put in,
// ranges cut, repeated or spliced in from another file. Used by tst_hostilefiles with a fixed
// seed and by the libFuzzer target as its custom mutator.
class Mutator
{
public:
    explicit Mutator(quint32 seed) : m_random(seed) {}

    QByteArray mutate(QByteArray data, const QByteArray &other)
    {
        const int rounds = 1 + int(m_random.bounded(3));
        for (int i = 0; i < rounds; ++i)
            data = mutateOnce(data, other);
        return data;
    }

private:
    qsizetype position(const QByteArray &data) { return data.isEmpty() ? 0 : qsizetype(m_random.bounded(quint32(data.size()))); }
    template<typename T>
    T pick(std::initializer_list<T> list) { return list.begin()[m_random.bounded(quint32(list.size()))]; }

    // Where the value after a key starts ("key": VALUE), or -1.
    qsizetype valueStart(const QByteArray &data)
    {
        const qsizetype from = position(data);
        qsizetype at = data.indexOf("\": ", from);
        if (at < 0)
            at = data.indexOf("\": ");
        return at < 0 ? -1 : at + 3;
    }

    // The length of the JSON value at `start` when it is a number, string or literal; 0 otherwise.
    static qsizetype scalarLength(const QByteArray &data, qsizetype start)
    {
        qsizetype end = start;
        if (end < data.size() && data[end] == '"') {
            for (++end; end < data.size() && data[end] != '"'; ++end) {
                if (data[end] == '\\')
                    ++end;
            }
            return end < data.size() ? end + 1 - start : 0;
        }
        while (end < data.size() && QByteArrayView("-+.eE0123456789truefalsn").contains(data[end]))
            ++end;
        return end - start;
    }

    QByteArray replaceValue(QByteArray data)
    {
        const qsizetype start = valueStart(data);
        if (start < 0)
            return data;
        const qsizetype length = scalarLength(data, start);
        const QByteArray replacement = pick<const char *>(
            {"1e308", "-1e308", "1e999", "-0", "5e-324", "1.0000000000000002", "-0.0000001",
             "9007199254740993", "2147483648", "-2147483649", "1.5", "0.5", "NaN", "Infinity",
             "null", "true", "[]", "{}", "\"\"", "\"x\"", "\"a b\"", "\"#FFFFFF\"", "\"#fffffz\"",
             "\"\\u0000\"", "\"\\ud800\"", "\"\xff\xfe\"", "\"\xc0\x80\"", "\"é\"", "0", "1", "12",
             "100000", "[\"a\", \"b\", \"c\"]", "{\"quality\": 2}", "\"abe\"", "\"mary\"",
             "\"company\""});
        return data.replace(start, length, replacement);
    }

    QByteArray mutateOnce(QByteArray data, const QByteArray &other)
    {
        const qsizetype at = position(data);
        const qsizetype span = qMin<qsizetype>(data.size() - at, 1 + m_random.bounded(64));
        switch (m_random.bounded(9)) {
        case 0:
        case 1:
        case 2:
            return replaceValue(data);
        case 3:
            if (!data.isEmpty())
                data[at] = char(data[at] ^ (1 << m_random.bounded(8)));
            return data;
        case 4:
            return data.insert(at, pick<const char *>({"{", "}", "[", "]", ",", ":", "\"", "\\",
                                                       "\xff", "\xef\xbb\xbf", "\xe2\x80", "\n",
                                                       "\"id\": \"x\", ", "\"unknown\": 1, "}));
        case 5:
            return data.remove(at, span);
        case 6:
            return data.left(at);
        case 7:
            return data.insert(at, data.mid(at, span));
        default: {
            const qsizetype from = position(other);
            return data.insert(at, other.mid(from, 1 + m_random.bounded(512)));
        }
        }
    }

    QRandomGenerator m_random;
};

} // namespace powerfield::test
