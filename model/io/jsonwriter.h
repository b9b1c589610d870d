// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace powerfield {

// Writes JSON text with keys in the order they are given (QJsonDocument sorts them) and numbers
// in the shortest form that reads back to the same double, so files diff well and round-trip.
class JsonWriter
{
public:
    // indent < 0 writes everything on one line.
    explicit JsonWriter(int indent = 2);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);
    void value(const QString &text);
    void value(const char *text) { value(QString::fromUtf8(text)); }
    void value(double number);
    void value(int number) { value(double(number)); }
    void value(bool flag);
    void raw(const QByteArray &json); // an already serialized value, e.g. QJsonDocument output
    // Keeps the next container on one line, for short records that read better that way.
    void compactNext() { m_compactNext = true; }

    QByteArray data() const { return m_out; }
    static QByteArray number(double v);
    static QByteArray quoted(const QString &text);

private:
    struct Level
    {
        bool array = false;
        bool empty = true;
        bool compact = false;
    };
    void beforeValue();
    void open(char bracket, bool array);
    void close(char bracket);
    void newline();

    QByteArray m_out;
    QVector<Level> m_levels;
    int m_indent;
    bool m_afterKey = false;
    bool m_compactNext = false;
};

} // namespace powerfield
