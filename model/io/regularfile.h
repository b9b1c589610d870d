// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace powerfield {

// Scenario files and pictures are read from and written to regular files only: a symlink to a
// device had a picture written in the device's place, and /dev/zero or a FIFO was read until
// memory ran out or forever. These look at the path with stat(), following symlinks, and never
// open it (opening a FIFO without a writer blocks). Each returns why the path cannot be used,
// in words for the user, or an empty string when it can.

// Refuses an empty path and a folder, device, FIFO or socket, as input and as output. A path
// naming nothing passes: reading it reports that, writing creates it.
QString notRegularFile(const QString &path);

} // namespace powerfield
