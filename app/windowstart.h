// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandlineparts.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace powerfield {

class MainWindow;

// What `powerfield [FILE | --example NAME] [--presentation] [--class-session [--port P]
// [--listen ADDRESS]]` asks the window to open.
struct WindowStart
{
    QString file;       // empty: no file
    QString example;    // empty: no example (the first one opens when neither is given)
    bool presentation = false;
    bool classSession = false; // --class-session: with a class session running
    quint16 port = 8080;       // --port (0: any free port)
    QString listen;            // --listen: the address to listen on; empty: every network
};

// Reads the window's arguments (the program name first); refuses anything the window would
// ignore (the options of --export, a repeated option, two files, an unknown example).
std::optional<cli::Failure> windowStartFrom(const QStringList &arguments, WindowStart *start);

// Opens what `start` names in `window`, shows it, and enters presentation mode (full screen)
// when asked; starts the class session when asked and prints its join address and room code
// on stdout, one a line. False when the file or example could not be opened (the window said
// why) or the session could not start (said on stderr).
bool startWindow(MainWindow &window, const WindowStart &start);

} // namespace powerfield
