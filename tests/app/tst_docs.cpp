// SPDX-License-Identifier: GPL-3.0-or-later
// The documentation in docs/ against the sources and the built program: comments cite only pages
// of the repository and sections that exist, and the numbers the pages state are the numbers
// `powerfield --analyze` prints (the example file of docs/file-format.md, the worked example of
// docs/model.md).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

const QString kSource = QStringLiteral(POWERFIELD_SOURCE_DIR);

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// The project's own text files (sources, CMake files, Markdown), outside any build folder.
QStringList projectFiles()
{
    QStringList files{kSource + QStringLiteral("/README.md"), kSource + QStringLiteral("/CMakeLists.txt")};
    const QStringList folders{QStringLiteral("app"), QStringLiteral("model"), QStringLiteral("views"),
                              QStringLiteral("tests"), QStringLiteral("resources"),
                              QStringLiteral("scripts"), QStringLiteral("translations"),
                              QStringLiteral("docs")};
    const QStringList patterns{QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.txt"),
                               QStringLiteral("*.md")};
    for (const QString &folder : folders) {
        QDirIterator it(kSource + u'/' + folder, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    return files;
}

QString relative(const QString &path)
{
    return QDir(kSource).relativeFilePath(path);
}

// The section headings of a Markdown page, without the leading #s.
QStringList headings(const QString &page)
{
    QStringList out;
    static const QRegularExpression heading(QStringLiteral("^#+\\s+(.+?)\\s*$"),
                                            QRegularExpression::MultilineOption);
    auto it = heading.globalMatch(readText(kSource + QStringLiteral("/docs/") + page));
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
QString anchorOf(const QString &heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (c == u' ')
            out += u'-';
    }
    return out;
}

// The length of the longest heading `text` starts with, followed by something that is no part
// of a word ("Timeline), the same..." names the section "Timeline"); 0 for none.
qsizetype headingAtStart(const QString &text, const QStringList &headings)
{
    qsizetype longest = 0;
    for (const QString &h : headings) {
        if (text.startsWith(h) && (text.size() == h.size() || !text.at(h.size()).isLetterOrNumber()))
            longest = std::max(longest, h.size());
    }
    return longest;
}

// The comments of a C++ file joined across lines, so a citation broken over two comment lines
// reads as one.
QString joinedComments(const QString &text)
{
    static const QRegularExpression continuation(QStringLiteral("\\n[ \\t]*//[ \\t]?"));
    return QString(text).replace(continuation, QStringLiteral(" "));
}

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(POWERFIELD_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList cells(const QString &row)
{
    QStringList out = row.trimmed().split(u'|');
    if (!out.isEmpty())
        out.removeFirst();
    if (!out.isEmpty())
        out.removeLast();
    for (QString &c : out)
        c = c.trimmed();
    return out;
}

// The ```json block after the marker line `<!-- tst_docs: file -->`.
QString markedJson(const QString &page)
{
    const QString text = readText(kSource + QStringLiteral("/docs/") + page);
    const qsizetype marker = text.indexOf(QStringLiteral("<!-- tst_docs: file -->"));
    if (marker < 0)
        return QString();
    const qsizetype open = text.indexOf(QStringLiteral("```json\n"), marker);
    const qsizetype close = text.indexOf(QStringLiteral("\n```"), open + 1);
    if (open < 0 || close < 0)
        return QString();
    return text.mid(open + 8, close - open - 8);
}

// Checks every table of `page` marked `<!-- tst_docs: SOURCE, dyad A B -->` against the program,
// where SOURCE is `file` (the page's marked JSON, saved as `file`) or `example NAME`. Columns:
// time, lens, then field names of a dyad of `--analyze`; numbers are rounded to four places.
// Returns the number of rows checked.
int checkTables(const QString &page, const QString &file)
{
    const QStringList lines = readText(kSource + QStringLiteral("/docs/") + page).split(u'\n');
    static const QRegularExpression marker(
        QStringLiteral("^<!-- tst_docs: (file|example ([a-z0-9-]+)), dyad ([a-z0-9_-]+) ([a-z0-9_-]+) -->$"));
    int rows = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = marker.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const QStringList source = m.captured(2).isEmpty()
                                       ? QStringList{file}
                                       : QStringList{QStringLiteral("--example"), m.captured(2)};
        const QStringList header = cells(lines.value(i + 1));
        if (header.size() < 3 || header.at(0) != QLatin1String("time") || header.at(1) != QLatin1String("lens")) {
            qWarning("%s line %d: the marked table needs columns time, lens, ...", qPrintable(page), i + 2);
            return -1;
        }
        for (int r = i + 3; r < lines.size() && lines.at(r).startsWith(u'|'); ++r) {
            const QStringList row = cells(lines.at(r));
            const QString where = QStringLiteral("%1 line %2").arg(page).arg(r + 1);
            if (row.size() != header.size()) {
                qWarning("%s: %d cells, the header has %d", qPrintable(where), int(row.size()), int(header.size()));
                return -1;
            }
            const Run result = run(QStringList{QStringLiteral("--analyze")} + source
                                   + QStringList{QStringLiteral("--time"), row.at(0),
                                                 QStringLiteral("--lens"), row.at(1)});
            if (result.status != 0) {
                qWarning("%s: --analyze failed: %s", qPrintable(where), result.err.constData());
                return -1;
            }
            QJsonObject dyad;
            for (const QJsonValue &d : QJsonDocument::fromJson(result.out).object().value(QStringLiteral("dyads")).toArray()) {
                if (d[QStringLiteral("a")] == m.captured(3) && d[QStringLiteral("b")] == m.captured(4))
                    dyad = d.toObject();
            }
            if (dyad.isEmpty()) {
                qWarning("%s: no dyad %s-%s", qPrintable(where), qPrintable(m.captured(3)), qPrintable(m.captured(4)));
                return -1;
            }
            for (int c = 2; c < header.size(); ++c) {
                const QJsonValue actual = dyad.value(header.at(c));
                bool isNumber = false;
                const double expected = row.at(c).toDouble(&isNumber);
                const bool same = isNumber ? actual.isDouble() && std::abs(actual.toDouble() - expected) <= 0.5e-4 + 1e-12
                                           : actual.toString() == row.at(c);
                if (!same) {
                    qWarning("%s: %s is %s in the page, %s from the program", qPrintable(where),
                             qPrintable(header.at(c)), qPrintable(row.at(c)),
                             qPrintable(actual.isDouble() ? QString::number(actual.toDouble(), 'g', 17) : actual.toString()));
                    return -1;
                }
            }
            ++rows;
        }
    }
    return rows;
}

} // namespace

class TestDocs : public QObject
{
    Q_OBJECT

private slots:
    void threePagesExist();
    void noCitationOutsideTheRepository();
    void citedSectionsExist();
    void linksBetweenPagesResolve();
    void formatExampleAnalysesAsStated();
    void workedExampleAnalysesAsStated();
};

void TestDocs::threePagesExist()
{
    for (const char *page : {"model.md", "file-format.md", "architecture.md"}) {
        QVERIFY2(headings(QLatin1String(page)).size() >= 5, page);
        QVERIFY2(readText(kSource + QStringLiteral("/README.md")).contains(QStringLiteral("(docs/") + QLatin1String(page) + u')'),
                 "the README links every page");
    }
}

// The design pages of the project's first session live outside the repository; a clone has
// only docs/, so nothing may point to those pages (their names are built here, so this file
// does not match itself).
void TestDocs::noCitationOutsideTheRepository()
{
    const QStringList outside{QStringLiteral("MODEL") + QStringLiteral(".md"),
                              QStringLiteral("DESIGN") + QStringLiteral(".md")};
    QStringList found;
    for (const QString &path : projectFiles()) {
        const QStringList lines = readText(path).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            for (const QString &name : outside) {
                if (lines.at(i).contains(name))
                    found.append(QStringLiteral("%1:%2: %3").arg(relative(path)).arg(i + 1).arg(lines.at(i).trimmed()));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// "docs/model.md §Dependence" names a page that exists and a heading of it; a second section
// may follow ("§Desires to §Investments").
void TestDocs::citedSectionsExist()
{
    static const QRegularExpression citation(QStringLiteral("docs/([A-Za-z0-9_-]+\\.md)"));
    static const QRegularExpression nextSection(QStringLiteral("^\\s*(?:to |and |, )?\\s*§"));
    QStringList wrong;
    int citations = 0;
    for (const QString &path : projectFiles()) {
        const QString text = joinedComments(readText(path));
        auto it = citation.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString page = m.captured(1);
            ++citations;
            if (!QFile::exists(kSource + QStringLiteral("/docs/") + page)) {
                wrong.append(QStringLiteral("%1: docs/%2 does not exist").arg(relative(path), page));
                continue;
            }
            const QStringList sections = headings(page);
            QString rest = text.mid(m.capturedEnd());
            for (auto s = nextSection.match(rest); s.hasMatch(); s = nextSection.match(rest)) {
                rest = rest.mid(s.capturedLength());
                const qsizetype length = headingAtStart(rest, sections);
                if (length == 0) {
                    wrong.append(QStringLiteral("%1: docs/%2 has no section for \"§%3\"").arg(relative(path), page, rest.left(40)));
                    break;
                }
                rest = rest.mid(length);
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QVERIFY(citations >= 40); // the comments do cite the pages
}

// Markdown links with an anchor, in the README and between the pages, lead to a heading.
void TestDocs::linksBetweenPagesResolve()
{
    static const QRegularExpression link(QStringLiteral("\\]\\(((?:docs/)?[a-z-]+\\.md)?#([a-z0-9_-]+)\\)"));
    QStringList wrong;
    const QStringList pages = QDir(kSource + QStringLiteral("/docs")).entryList({QStringLiteral("*.md")});
    for (const QString &from : pages + QStringList{QStringLiteral("../README.md")}) {
        auto it = link.globalMatch(readText(kSource + QStringLiteral("/docs/") + from));
        while (it.hasNext()) {
            const auto m = it.next();
            QString target = m.captured(1).isEmpty() ? from : m.captured(1);
            target.remove(QStringLiteral("docs/"));
            QStringList anchors;
            for (const QString &h : headings(target))
                anchors.append(anchorOf(h));
            if (!anchors.contains(m.captured(2)))
                wrong.append(QStringLiteral("%1: %2").arg(from, m.captured(0)));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestDocs::formatExampleAnalysesAsStated()
{
    const QString json = markedJson(QStringLiteral("file-format.md"));
    QVERIFY2(!json.isEmpty(), "docs/file-format.md has a JSON block after <!-- tst_docs: file -->");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("example.powerfield.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json.toUtf8());
    out.close();
    const int rows = checkTables(QStringLiteral("file-format.md"), file);
    QVERIFY2(rows >= 3, "every row of the marked table matches --analyze (see the warning)");
}

void TestDocs::workedExampleAnalysesAsStated()
{
    const int rows = checkTables(QStringLiteral("model.md"), QString());
    QVERIFY2(rows >= 6, "every row of the marked table matches --analyze (see the warning)");
}

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
