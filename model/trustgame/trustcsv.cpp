// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustcsv.h"

#include "regularfile.h"

#include <QLocale>
#include <QSaveFile>
#include <QStringList>

#include <cmath>
#include <utility>

namespace powerfield {

namespace {

const QStringList &logColumns()
{
    static const QStringList columns = {
        QStringLiteral("round"), QStringLiteral("pair"), QStringLiteral("condition"), QStringLiteral("role"),
        QStringLiteral("choice"), QStringLiteral("payoff"), QStringLiteral("time"), QStringLiteral("player"),
        QStringLiteral("seat"), QStringLiteral("manipulation"), QStringLiteral("high_share")};
    return columns;
}

const QStringList &summaryColumns()
{
    static const QStringList columns = {
        QStringLiteral("condition"), QStringLiteral("role"), QStringLiteral("choices"),
        QStringLiteral("cooperations"), QStringLiteral("rate"), QStringLiteral("wilson_low"),
        QStringLiteral("wilson_high"), QStringLiteral("published"), QStringLiteral("predicted")};
    return columns;
}

bool formulaLike(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("=+-@").contains(text.front());
}

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// The records of a CSV text: fields split at commas outside quotes, records at line ends.
bool records(const QString &text, QVector<QStringList> *out, QString *error)
{
    QStringList record;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                line += c == QLatin1Char('\n') ? 1 : 0;
                current += c;
            }
        } else if (c == QLatin1Char('"') && current.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(std::exchange(current, QString()));
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            record.append(std::exchange(current, QString()));
            out->append(std::exchange(record, QStringList()));
            wasQuoted = false;
            ++line;
        } else if (wasQuoted) {
            *error = QStringLiteral("line %1: text after a closing quote").arg(line);
            return false;
        } else {
            current += c;
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quote is never closed").arg(line);
        return false;
    }
    if (!current.isEmpty() || !record.isEmpty() || wasQuoted) {
        record.append(current);
        out->append(record);
    }
    return true;
}

bool integer(const QString &text, int min, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= min;
}

bool real(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

bool logRow(const QStringList &f, bool withNames, TrustLogRow *row)
{
    const auto condition = conditionFromId(f[2]);
    const auto role = roleFromId(f[3]);
    const auto choice = choiceFromId(f[4]);
    const auto seat = seatKindFromId(f[8]);
    const auto manipulations = manipulationsFromId(f[9]);
    if (!condition || !role || !choice || !seat || !manipulations || conditionOf(*role) != *condition)
        return false;
    row->condition = *condition;
    row->role = *role;
    row->choice = *choice;
    row->seat = *seat;
    row->manipulations = *manipulations;
    if (withNames) {
        row->name = f[11];
        if (row->name.startsWith(QLatin1Char('\'')) && formulaLike(row->name.mid(1)))
            row->name.remove(0, 1);
    }
    return integer(f[0], 1, &row->round) && integer(f[1], 1, &row->pair) && integer(f[5], 0, &row->payoff)
           && real(f[6], &row->time) && integer(f[7], 1, &row->player) && integer(f[10], kTrustMinHighShare, &row->highShare)
           && row->highShare <= kTrustMaxHighShare;
}

} // namespace

QByteArray trustLogCsv(const QVector<TrustLogRow> &log, bool withNames)
{
    QStringList header = logColumns();
    if (withNames)
        header.append(QStringLiteral("name"));
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const TrustLogRow &row : log) {
        QStringList f = {QString::number(row.round), QString::number(row.pair), conditionId(row.condition),
                         roleId(row.role), choiceId(row.choice), QString::number(row.payoff),
                         QString::number(row.time, 'f', 3), QString::number(row.player), seatKindId(row.seat),
                         manipulationsId(row.manipulations), QString::number(row.highShare)};
        if (withNames)
            f.append(field(formulaLike(row.name) ? QLatin1Char('\'') + row.name : row.name));
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

bool readTrustLogCsv(const QByteArray &csv, QVector<TrustLogRow> *log, QString *error)
{
    QVector<QStringList> rows;
    if (!records(QString::fromUtf8(csv), &rows, error))
        return false;
    QStringList named = logColumns();
    named.append(QStringLiteral("name"));
    if (rows.isEmpty() || (rows[0] != logColumns() && rows[0] != named)) {
        *error = QStringLiteral("line 1: not a trust game log (expected the header %1)").arg(logColumns().join(QLatin1Char(',')));
        return false;
    }
    const bool withNames = rows[0] == named;
    log->clear();
    for (int i = 1; i < rows.size(); ++i) {
        TrustLogRow row;
        if (rows[i].size() != rows[0].size() || !logRow(rows[i], withNames, &row)) {
            *error = QStringLiteral("line %1: not a valid log row").arg(i + 1);
            return false;
        }
        log->append(row);
    }
    return true;
}

QByteArray trustSummaryCsv(const TrustResults &results)
{
    QString out = summaryColumns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < kTrustRoleCount; ++r) {
        const TrustRole role = TrustRole(r);
        const TrustProportion &p = results.byRole[r];
        const TrustInterval ci = p.interval();
        out += QStringList{conditionId(conditionOf(role)), roleId(role), QString::number(p.choices),
                           QString::number(p.cooperations), number(p.rate()), number(ci.low), number(ci.high),
                           number(results.published[r]), number(results.predicted[r])}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return out.toUtf8();
}

bool readTrustSummaryCsv(const QByteArray &csv, QVector<TrustSummaryRow> *rows, QString *error)
{
    QVector<QStringList> lines;
    if (!records(QString::fromUtf8(csv), &lines, error))
        return false;
    if (lines.isEmpty() || lines[0] != summaryColumns()) {
        *error = QStringLiteral("line 1: not a trust game summary (expected the header %1)")
                     .arg(summaryColumns().join(QLatin1Char(',')));
        return false;
    }
    rows->clear();
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList &f = lines[i];
        TrustSummaryRow row;
        const auto condition = f.size() == 9 ? conditionFromId(f[0]) : std::nullopt;
        const auto role = f.size() == 9 ? roleFromId(f[1]) : std::nullopt;
        double rate = 0.0;
        const bool ok = condition && role && conditionOf(*role) == *condition
                        && integer(f[2], 0, &row.proportion.choices) && integer(f[3], 0, &row.proportion.cooperations)
                        && row.proportion.cooperations <= row.proportion.choices
                        && (f[4].isEmpty() ? row.proportion.choices == 0 : real(f[4], &rate))
                        && real(f[5], &row.interval.low) && real(f[6], &row.interval.high)
                        && real(f[7], &row.published) && real(f[8], &row.predicted);
        if (!ok) {
            *error = QStringLiteral("line %1: not a valid summary row").arg(i + 1);
            return false;
        }
        row.condition = *condition;
        row.role = *role;
        rows->append(row);
    }
    return true;
}

bool writeTrustFile(const QString &path, const QByteArray &data, QString *error)
{
    const QString why = notRegularFile(path);
    if (!why.isEmpty()) {
        *error = path + QStringLiteral(": ") + why;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace powerfield
