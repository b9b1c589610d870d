// SPDX-License-Identifier: GPL-3.0-or-later
#include "classlog.h"

#include "document.h"

#include <QIODevice>

#include <algorithm>

namespace powerfield::classroom {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool writeLines(QIODevice *device, const QStringList &lines)
{
    const QByteArray bytes = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    return device->write(bytes) == bytes.size();
}

} // namespace

void ClassLog::append(const Entry &entry, const Document &document)
{
    m_entries.append(entry);
    const int change = int(m_entries.size());
    const Analysis &analysis = document.analysis();
    for (const DyadReport &dyad : analysis.dyads()) {
        m_power.append({change, entry.time, dyad.a, dyad.b, dyad.result.sideA.dependence,
                        dyad.result.relativePowerA});
        m_power.append({change, entry.time, dyad.b, dyad.a, dyad.result.sideB.dependence,
                        -dyad.result.relativePowerA});
    }
}

void ClassLog::clear()
{
    m_entries.clear();
    m_power.clear();
}

QString ClassLog::csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
        field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return field;
}

bool ClassLog::writeEntries(QIODevice *device) const
{
    QStringList lines{QStringLiteral("time,student,party,what,old,new")};
    for (const Entry &e : m_entries) {
        lines.append(QStringList{stamp(e.time), csvField(e.student), csvField(e.party),
                                 csvField(e.what), number(e.oldValue), number(e.newValue)}
                         .join(QLatin1Char(',')));
    }
    return writeLines(device, lines);
}

bool ClassLog::writePower(QIODevice *device) const
{
    QStringList lines{QStringLiteral("change,time,party,partner,dependence,power")};
    for (const PowerRow &r : m_power) {
        lines.append(QStringList{QString::number(r.change), stamp(r.time), csvField(r.party),
                                 csvField(r.partner), number(r.dependence), number(r.power)}
                         .join(QLatin1Char(',')));
    }
    return writeLines(device, lines);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace powerfield::classroom
