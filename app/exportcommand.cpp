// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandlineparts.h"
#include "document.h"
#include "imageexport.h"
#include "regularfile.h"
#include "report.h"
#include "viewpainters.h"

#include <QApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace powerfield {

namespace {

using namespace cli;

QStringList exportOptions()
{
    return {QStringLiteral("export"), QStringLiteral("view"), QStringLiteral("example"), QStringLiteral("time"),
            QStringLiteral("lens"), QStringLiteral("dyad"), QStringLiteral("size"), QStringLiteral("scale"),
            QStringLiteral("theme"), QStringLiteral("presentation"), QStringLiteral("layout")};
}

std::optional<Failure> pictureFrom(const QCommandLineParser &parser, ExportRequest *request)
{
    request->path = parser.value(QStringLiteral("export"));
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const QRegularExpressionMatch m = pattern.match(parser.value(QStringLiteral("size")));
        if (!m.hasMatch())
            return usage(CommandLine::tr("--size must be WIDTHxHEIGHT, such as 1920x1080"));
        request->size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        if (request->size.width() < 16 || request->size.height() < 16 || request->size.width() > 20000
            || request->size.height() > 20000)
            return usage(CommandLine::tr("--size must lie between 16x16 and 20000x20000"));
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        request->scale = parser.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok || request->scale < 1 || request->scale > 4)
            return usage(CommandLine::tr("--scale must be 1, 2, 3 or 4"));
    }
    const QSize pixels = request->size * request->scale;
    if (qMax(pixels.width(), pixels.height()) > 20000)
        return usage(CommandLine::tr("--size times --scale must stay within 20000x20000 pixels"));
    if (parser.isSet(QStringLiteral("theme"))) {
        const auto kind = Theme::kindFromName(parser.value(QStringLiteral("theme")));
        if (!kind)
            return usage(CommandLine::tr("--theme must be print, projector or transparent"));
        request->theme.kind = *kind;
    }
    request->theme.presentation = parser.isSet(QStringLiteral("presentation"));
    const QString suffix = request->path.section(QLatin1Char('.'), -1).toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return usage(CommandLine::tr("--export needs a file ending in .png, .svg or .pdf"));
    return std::nullopt;
}

// OUT must be a regular file or a new one, checked before the input is read or a picture is
// rendered; exportPicture() checks again (regularfile.h).
std::optional<Failure> outputFrom(const ExportRequest &request)
{
    const QString why = notRegularFile(request.path);
    if (why.isEmpty())
        return std::nullopt;
    return Failure{ExitCannotWrite, request.path + QStringLiteral(": ") + why};
}

// Whether `a` and `b` form a dyad at some step of the timeline (the walk stops at the first).
bool dyadAtSomeStep(const Document &document, const QString &a, const QString &b)
{
    bool found = false;
    forEachStep(document.scenario(), document.lens(), [&](int, const Scenario &, const Analysis &analysis) {
        found = analysis.dyad(a, b).has_value();
        return !found;
    });
    return found;
}

// --dyad, else the dyad saved in the file's ui, else the most imbalanced one (docs/architecture.md
// §Command line). A --dyad that the picture could not show is refused: the panel (alone or in the
// window) needs the dyad at the chosen time, the other views at some time.
std::optional<Failure> selectDyad(const QCommandLineParser &parser, const QString &view, Document &document)
{
    QStringList ids;
    if (parser.isSet(QStringLiteral("dyad"))) {
        ids = parser.value(QStringLiteral("dyad")).split(QLatin1Char(','));
        if (ids.size() != 2 || ids[0] == ids[1])
            return usage(CommandLine::tr("--dyad must name two different parties of the file, as A,B"));
        for (const QString &id : ids) {
            if (!document.state().party(id))
                return usage(CommandLine::tr("--dyad: the file has no party with the id '%1'").arg(id));
        }
        const bool panel = view == QLatin1String("panel") || view == QLatin1String("window");
        if (panel && !document.analysis().dyad(ids[0], ids[1]))
            return usage(CommandLine::tr("--dyad: %1 and %2 form no dyad at time %3 (neither depends on the other "
                                         "then)").arg(ids[0], ids[1]).arg(document.currentTime()));
        if (!panel && !dyadAtSomeStep(document, ids[0], ids[1]))
            return usage(CommandLine::tr("--dyad: %1 and %2 form no dyad at any time").arg(ids[0], ids[1]));
    } else {
        const QJsonArray saved = document.scenario().ui.value(QStringLiteral("dyad")).toArray();
        if (saved.size() == 2 && document.state().party(saved[0].toString()) && document.state().party(saved[1].toString()))
            ids = QStringList{saved[0].toString(), saved[1].toString()};
        else if (const auto d = document.analysis().mostImbalancedDyad())
            ids = QStringList{d->a, d->b};
    }
    if (ids.size() == 2)
        document.setSelection({ids[0], ids[1]});
    return std::nullopt;
}

int exportWith(const QCommandLineParser &parser)
{
    ExportRequest request;
    Scenario scenario;
    QString path;
    Lens lens = Lens::Perceived;
    int time = 0;
    if (auto f = onlyOptions(parser, QStringLiteral("--export"), exportOptions()))
        return fail(*f);
    const QString view = parser.value(QStringLiteral("view"));
    if (!parser.isSet(QStringLiteral("view")))
        return fail(usage(CommandLine::tr("--export needs --view (%1)").arg(viewNames().join(QStringLiteral(", ")))));
    if (!viewNames().contains(view))
        return fail(usage(CommandLine::tr("--view must be one of %1").arg(viewNames().join(QStringLiteral(", ")))));
    if (auto f = pictureFrom(parser, &request))
        return fail(*f);
    if (auto f = outputFrom(request))
        return fail(*f);
    if (auto f = lensFrom(parser, &lens))
        return fail(*f);
    if (auto f = inputFrom(parser, &scenario, &path))
        return fail(*f);
    if (auto f = timeFrom(parser, scenario, &time))
        return fail(*f);
    Document document;
    document.setScenario(scenario, path);
    document.setLens(lens);
    document.setCurrentTime(time);
    if (auto f = selectDyad(parser, view, document))
        return fail(*f);
    request.title = scenario.title;
    ViewOptions options;
    options.layout = parser.isSet(QStringLiteral("layout"));
    options.size = request.size;
    QString error;
    if (!exportPicture(request, painterFor(view, &document, options), &error))
        return fail({ExitCannotWrite, error});
    return ExitOk;
}

} // namespace

int runExport(int &argc, char **argv, const QStringList &arguments)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    useEnvironmentLanguage();
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(usage(parser.errorText()));
    return exportWith(parser);
}

} // namespace powerfield
