// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryprompt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace powerfield {

namespace {

struct RecoveryPrompt
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)
};

QString copyName(const RecoveryCopy &copy)
{
    if (!copy.originalPath.isEmpty())
        return QFileInfo(copy.originalPath).fileName();
    return copy.title.isEmpty() ? RecoveryPrompt::tr("Untitled") : copy.title;
}

} // namespace

QString recoveryQuestion(const RecoveryCopy &copy)
{
    const QString time = QLocale().toString(copy.time.toLocalTime(), QLocale::LongFormat);
    return RecoveryPrompt::tr("“%1” had changes that were not saved when Powerfield last "
                              "stopped. A recovery copy of them was written on %2.\n\n"
                              "Restore the changes?")
        .arg(copyName(copy), time);
}

RecoveryAnswer askToRestore(QWidget *parent, const RecoveryCopy &copy)
{
    QMessageBox box(QMessageBox::Question, RecoveryPrompt::tr("Restore Unsaved Changes"),
                    recoveryQuestion(copy), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    QPushButton *restore = box.addButton(RecoveryPrompt::tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *later = box.addButton(RecoveryPrompt::tr("&Not Now"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(RecoveryPrompt::tr("&Discard"), QMessageBox::DestructiveRole);
    later->setToolTip(RecoveryPrompt::tr("Keep the changes and ask again next time"));
    discard->setToolTip(RecoveryPrompt::tr("Delete the automatically saved changes"));
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryAnswer::Restore;
    return box.clickedButton() == discard ? RecoveryAnswer::Discard : RecoveryAnswer::Later;
}

bool offerRecovery(Autosave *autosave, const std::function<RecoveryAnswer(const RecoveryCopy &)> &ask,
                   QString *error)
{
    const QVector<RecoveryCopy> copies = Autosave::findCopies();
    if (copies.isEmpty())
        return true;
    switch (ask(copies.first())) {
    case RecoveryAnswer::Restore:
        return autosave->restore(copies.first(), error);
    case RecoveryAnswer::Discard:
        Autosave::discardCopy(copies.first());
        return true;
    case RecoveryAnswer::Later:
        return true;
    }
    return true;
}

} // namespace powerfield
