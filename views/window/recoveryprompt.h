// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autosave.h"

#include <functional>

class QWidget;

namespace powerfield {

enum class RecoveryAnswer { Restore, Later, Discard };

// The question about a recovery copy: its original file's name (or the scenario's title) and
// the time it was written.
QString recoveryQuestion(const RecoveryCopy &copy);
// Asks with a dialog: Restore, Not Now (the copy is kept and offered again) or Discard.
RecoveryAnswer askToRestore(QWidget *parent, const RecoveryCopy &copy);

// Offers the newest copy left by an earlier session, answered by `ask`, and restores, keeps or
// discards it. Returns false with `error` set when restoring failed (the copy is then kept).
bool offerRecovery(Autosave *autosave, const std::function<RecoveryAnswer(const RecoveryCopy &)> &ask,
                   QString *error);

} // namespace powerfield
