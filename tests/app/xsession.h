// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace powerfield::test {

// A private X server (Xvfb on a display it picks itself) to run the real program on, with
// xdotool for real key presses through XTEST and ImageMagick's import for screenshots.
// Each program started here gets its own data, config and runtime folders under home().
class XSession
{
public:
    // The tools that are missing, empty when a session can start.
    static QStringList missingTools()
    {
        QStringList missing;
        for (const char *tool : {"Xvfb", "xdotool", "import", "xprop", "openbox"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                missing.append(QString::fromLatin1(tool));
        }
        return missing;
    }

    ~XSession()
    {
        for (QProcess *p : std::as_const(m_programs)) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        qDeleteAll(m_programs);
        m_windowManager.terminate();
        m_windowManager.waitForFinished(5000);
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    // Starts Xvfb with a screen of `screen` pixels ("1280x720"); -displayfd makes it choose a
    // free display and print its number. With `windowManager`, openbox manages the windows as
    // on a desktop: title bars, full screen on request, windows kept to the screen.
    bool start(QString *error, const QString &screen = QStringLiteral("1280x900"), bool windowManager = false)
    {
        m_server.start(QStringLiteral("Xvfb"),
                       {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                        QStringLiteral("0"), screen + QStringLiteral("x24"), QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (!out.contains('\n') && timer.elapsed() < 20000 && m_server.state() != QProcess::NotRunning) {
            m_server.waitForReadyRead(500);
            out += m_server.readAllStandardOutput();
        }
        if (!out.contains('\n')) {
            *error = QStringLiteral("Xvfb did not start: ") + QString::fromLocal8Bit(m_server.readAllStandardError());
            return false;
        }
        m_display = QLatin1Char(':') + QString::fromLatin1(out.trimmed());
        for (const char *folder : {"data", "config", "runtime"})
            QDir(m_home.path()).mkpath(QString::fromLatin1(folder));
        QFile::setPermissions(home(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (windowManager && !startWindowManager(error))
            return false;
        return true;
    }

    // The window's frame on the screen (the window manager's title bar and borders included).
    QRect frameGeometry(const QString &window) const
    {
        // xwininfo's absolute position (xdotool's counts the decoration twice under openbox).
        const QByteArray out = run(QStringLiteral("xwininfo"), {QStringLiteral("-id"), window});
        QMap<QByteArray, int> v;
        for (const QByteArray &line : out.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0)
                v.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed().toInt());
        }
        const QRect client(v.value("Absolute upper-left X"), v.value("Absolute upper-left Y"),
                           v.value("Width"), v.value("Height"));
        // _NET_FRAME_EXTENTS(CARDINAL) = left, right, top, bottom
        const QByteArray extents = run(QStringLiteral("xprop"), {QStringLiteral("-id"), window,
                                                                 QStringLiteral("_NET_FRAME_EXTENTS")});
        const QList<QByteArray> parts = extents.mid(extents.indexOf('=') + 1).split(',');
        if (parts.size() != 4)
            return client;
        return client.adjusted(-parts[0].trimmed().toInt(), -parts[2].trimmed().toInt(),
                               parts[1].trimmed().toInt(), parts[3].trimmed().toInt());
    }

    QString display() const { return m_display; }
    QString home(const QString &sub = QString()) const
    {
        return sub.isEmpty() ? m_home.path() : m_home.filePath(sub);
    }

    QProcessEnvironment environment(const QMap<QString, QString> &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home(QStringLiteral("runtime")));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    // Starts the built program; the session owns it and kills it at the end if still running.
    QProcess *startProgram(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {})
    {
        auto *p = new QProcess;
        m_programs.append(p);
        p->setProcessEnvironment(environment(extraEnv));
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(POWERFIELD_BINARY), arguments);
        return p;
    }

    // Runs a tool on the display; returns its standard output, or a null array on failure.
    QByteArray run(const QString &tool, const QStringList &arguments, int timeoutMs = 20000) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(tool, arguments);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return QByteArray();
        }
        const QByteArray out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
                   ? (out.isNull() ? QByteArray("") : out)
                   : QByteArray();
    }

    // The first visible window whose name matches `pattern` (a regular expression), waiting for it.
    QString waitForWindow(const QString &pattern, int timeoutMs = 20000) const
    {
        const QByteArray out = run(QStringLiteral("xdotool"),
                                   {QStringLiteral("search"), QStringLiteral("--sync"),
                                    QStringLiteral("--onlyvisible"), QStringLiteral("--name"), pattern},
                                   timeoutMs);
        return QString::fromLatin1(out.split('\n').value(0)).trimmed();
    }

    // Waits until no visible window's name matches `pattern`.
    bool waitForNoWindow(const QString &pattern, int timeoutMs = 20000) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (run(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                                QStringLiteral("--name"), pattern})
                    .isNull())
                return true; // xdotool search fails when nothing matches
            QTest::qWait(100);
        }
        return false;
    }

    QString windowName(const QString &window) const
    {
        return QString::fromUtf8(run(QStringLiteral("xdotool"), {QStringLiteral("getwindowname"), window})).trimmed();
    }

    // Gives the window the keyboard focus (there is no window manager) and presses the keys
    // (xdotool names: "ctrl+z", "Return", "alt+d"), or types the text.
    bool keys(const QString &window, const QStringList &keys) const
    {
        return !run(QStringLiteral("xdotool"), QStringList{QStringLiteral("windowfocus"), QStringLiteral("--sync"),
                                                          window, QStringLiteral("key"),
                                                          QStringLiteral("--delay"), QStringLiteral("50")}
                                                   + keys)
                    .isNull();
    }
    bool type(const QString &window, const QString &text) const
    {
        return !run(QStringLiteral("xdotool"), {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window,
                                                QStringLiteral("type"), QStringLiteral("--delay"),
                                                QStringLiteral("30"), text})
                    .isNull();
    }

    // A screenshot of the whole screen, as ImageMagick's `import -window root` takes it.
    QImage screenshot(const QString &path) const
    {
        if (run(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path}).isNull())
            return QImage();
        return QImage(path);
    }

    static int distinctColours(const QImage &image, int limit = 1000)
    {
        QSet<QRgb> colours;
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height() && colours.size() < limit; y += 2) {
            const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); x += 2)
                colours.insert(line[x]);
        }
        return int(colours.size());
    }

    // The share of pixels (0..1) that differ between two pictures of the same size.
    static double changedShare(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size() || a.isNull())
            return a.size() == b.size() ? 0.0 : 1.0;
        const QImage x = a.convertToFormat(QImage::Format_RGB32);
        const QImage y = b.convertToFormat(QImage::Format_RGB32);
        qint64 changed = 0;
        for (int row = 0; row < x.height(); ++row) {
            const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
            const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
            for (int col = 0; col < x.width(); ++col)
                changed += p[col] != q[col];
        }
        return double(changed) / (double(x.width()) * x.height());
    }

private:
    bool startWindowManager(QString *error)
    {
        m_windowManager.setProcessEnvironment(environment());
        m_windowManager.start(QStringLiteral("openbox"), {});
        if (!m_windowManager.waitForStarted(10000)) {
            *error = QStringLiteral("openbox did not start");
            return false;
        }
        // openbox announces itself on the root window once it manages the screen.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (run(QStringLiteral("xprop"), {QStringLiteral("-root"), QStringLiteral("_NET_SUPPORTING_WM_CHECK")})
                    .contains("window id"))
                return true;
            QTest::qWait(100);
        }
        *error = QStringLiteral("openbox did not take the screen");
        return false;
    }

    QProcess m_server;
    QProcess m_windowManager;
    QString m_display;
    QTemporaryDir m_home;
    QList<QProcess *> m_programs;
};

} // namespace powerfield::test
