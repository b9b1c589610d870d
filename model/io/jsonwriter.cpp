// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QLocale>

namespace powerfield {

JsonWriter::JsonWriter(int indent)
    : m_indent(indent)
{
}

void JsonWriter::beginObject()
{
    open('{', false);
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[', true);
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    m_out += quoted(name);
    m_out += m_indent >= 0 ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    m_out += quoted(text);
}

void JsonWriter::value(double number)
{
    beforeValue();
    m_out += JsonWriter::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out += json;
}

QByteArray JsonWriter::number(double v)
{
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray JsonWriter::quoted(const QString &text)
{
    // Escaping bytes of the UTF-8 form is safe: multi-byte sequences never hold bytes below 0x80.
    QByteArray out = "\"";
    for (char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u" + QByteArray::number(int(c), 16).rightJustified(4, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += level.compact || m_indent < 0 ? (m_indent < 0 ? "," : ", ") : ",";
    level.empty = false;
    if (!level.compact)
        newline();
}

void JsonWriter::open(char bracket, bool array)
{
    beforeValue();
    m_out += bracket;
    const bool compact = m_compactNext || (!m_levels.isEmpty() && m_levels.last().compact);
    m_compactNext = false;
    m_levels.append({array, true, compact});
}

void JsonWriter::close(char bracket)
{
    const Level level = m_levels.takeLast();
    if (!level.empty && !level.compact)
        newline();
    m_out += bracket;
}

void JsonWriter::newline()
{
    if (m_indent < 0)
        return;
    m_out += '\n';
    m_out += QByteArray(m_levels.size() * m_indent, ' ');
}

} // namespace powerfield
