// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary.h"

#include "scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>

namespace powerfield::glossary {

namespace {

struct Entry
{
    const char *id;
    const char *title;
};

// Titles are translated where they are shown (context "Glossary").
constexpr Entry kEntries[] = {
    {"overview", QT_TRANSLATE_NOOP("Glossary", "Overview")},
    {"getting-started", QT_TRANSLATE_NOOP("Glossary", "Getting started: your own scenario")},
    {"views", QT_TRANSLATE_NOOP("Glossary", "The window's views")},
    {"dependence", QT_TRANSLATE_NOOP("Glossary", "Dependence")},
    {"power", QT_TRANSLATE_NOOP("Glossary", "Power")},
    {"least-interest", QT_TRANSLATE_NOOP("Glossary", "The principle of least interest")},
    {"comparison-levels", QT_TRANSLATE_NOOP("Glossary", "CL and CLalt: comparison levels")},
    {"quadrants", QT_TRANSLATE_NOOP("Glossary", "The four quadrants")},
    {"commitment", QT_TRANSLATE_NOOP("Glossary", "Investments and commitment")},
    {"bases-of-power", QT_TRANSLATE_NOOP("Glossary", "Bases of power")},
    {"lens", QT_TRANSLATE_NOOP("Glossary", "Perceived and actual alternatives")},
    {"cooperation", QT_TRANSLATE_NOOP("Glossary", "Power and cooperation")},
    {"responses", QT_TRANSLATE_NOOP("Glossary", "Accept, fight or walk away")},
    {"limits", QT_TRANSLATE_NOOP("Glossary", "What this model does not claim")},
    {"notes", QT_TRANSLATE_NOOP("Glossary", "Teacher notes")},
    {"sources", QT_TRANSLATE_NOOP("Glossary", "Sources")},
};

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("cl"), QStringLiteral("comparison-levels")},
        {QStringLiteral("clalt"), QStringLiteral("comparison-levels")},
        {QStringLiteral("outcome"), QStringLiteral("comparison-levels")},
        {QStringLiteral("satisfaction"), QStringLiteral("quadrants")},
        {QStringLiteral("importance"), QStringLiteral("dependence")},
        {QStringLiteral("provision"), QStringLiteral("dependence")},
        {QStringLiteral("relative-power"), QStringLiteral("power")},
        {QStringLiteral("mutual-dependence"), QStringLiteral("power")},
        {QStringLiteral("investment"), QStringLiteral("commitment")},
        {QStringLiteral("exclusive"), QStringLiteral("commitment")},
        {QStringLiteral("perceived"), QStringLiteral("lens")},
        {QStringLiteral("actual"), QStringLiteral("lens")},
        {QStringLiteral("response"), QStringLiteral("responses")},
        {QStringLiteral("base"), QStringLiteral("bases-of-power")},
    };
    return map;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList terms()
{
    QStringList ids;
    for (const Entry &entry : kEntries)
        ids.append(QString::fromLatin1(entry.id));
    return ids;
}

QString title(const QString &term)
{
    for (const Entry &entry : kEntries) {
        if (term == QLatin1String(entry.id))
            return QCoreApplication::translate("Glossary", entry.title);
    }
    return QString();
}

QString resolve(const QString &termOrAlias)
{
    const QString key = termOrAlias.trimmed().toLower();
    if (terms().contains(key))
        return key;
    return aliases().value(key);
}

QString page(const QString &term)
{
    const QString id = resolve(term);
    if (id.isEmpty())
        return QString();
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QString localized = readText(QStringLiteral(":/glossary/%1/%2.html").arg(language, id));
    return localized.isEmpty() ? readText(QStringLiteral(":/glossary/%1.html").arg(id)) : localized;
}

QString notesPage(const Scenario &scenario)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(title(kNotes).toHtmlEscaped());
    if (!scenario.title.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(scenario.title.toHtmlEscaped());
    if (!scenario.description.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(scenario.description.toHtmlEscaped());
    if (scenario.notes.trimmed().isEmpty()) {
        return html + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate(
            "Glossary", "This scenario has no teacher notes. Notes travel in the scenario file "
            "(its \"notes\" text): the learning goal, what to try, what the model does not claim.")
            .toHtmlEscaped());
    }
    bool inList = false;
    const QStringList lines = scenario.notes.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const bool item = line.startsWith(QLatin1String("- "));
        if (inList && !item)
            html += QStringLiteral("</ul>");
        if (item && !inList)
            html += QStringLiteral("<ul>");
        inList = item;
        if (item)
            html += QStringLiteral("<li>%1</li>").arg(line.mid(2).toHtmlEscaped());
        else if (!line.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    return inList ? html + QStringLiteral("</ul>") : html;
}

QString termFor(explain::Term term)
{
    using T = explain::Term;
    switch (term) {
    case T::Dependence:
    case T::Importance:
    case T::Provision:
        return QStringLiteral("dependence");
    case T::ComparisonLevel:
        return QStringLiteral("comparison-levels#cl");
    case T::AlternativeLevel:
        return QStringLiteral("comparison-levels#clalt");
    case T::Commitment:
    case T::Investment:
        return QStringLiteral("commitment");
    case T::Exclusive:
        return QStringLiteral("commitment#exclusive");
    case T::RelativePower:
        return QStringLiteral("power");
    case T::Cooperation:
        return QStringLiteral("cooperation");
    case T::Response:
        return QStringLiteral("responses");
    }
    return QStringLiteral("overview");
}

QUrl url(const QString &term)
{
    return QUrl(kScheme + QLatin1Char(':') + term);
}

QString link(const QString &term, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url(term).toString(), text.toHtmlEscaped());
}

QString whatsThis(const QString &text, const QString &term)
{
    return QStringLiteral("<p>%1</p><p>%2</p>")
        .arg(text.toHtmlEscaped(),
             link(term, QCoreApplication::translate("Glossary", "More in the glossary")));
}

QString whatsThis(explain::Term term)
{
    return whatsThis(explain::definition(term), termFor(term));
}

QString termOfLink(const QUrl &link)
{
    if (link.scheme() != kScheme)
        return QString();
    return resolve(link.path());
}

} // namespace powerfield::glossary
