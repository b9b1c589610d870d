// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <memory>

namespace powerfield {

class Document;

// A recovery copy left behind by a session that ended without removing it (a crash, a kill,
// or an earlier "not now").
struct RecoveryCopy
{
    QString copyPath;     // the scenario as it was, a .powerfield.json file
    QString originalPath; // the file the session had open; empty for an untitled scenario
    QString title;        // the scenario's title, for untitled ones
    QDateTime time;       // when the copy was written
};

// Keeps a recovery copy of a Document while it has unsaved changes: at most `interval` after
// an edit the scenario is written atomically to the recovery folder, with a sidecar JSON
// (original file, title, time); a clean document (saved, or undone to the saved state) has no
// copy. Each session holds a lock file beside its copy, so copies of running sessions are
// never offered; findCopies() lists those of sessions that are gone.
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(Document *document, QObject *parent = nullptr);
    ~Autosave() override; // keeps the copy: a quit that should remove it calls discard() first

    // 60 s, or the milliseconds in the environment variable POWERFIELD_AUTOSAVE_MS, a test hook
    // documented in the README.
    static int defaultInterval();
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    // The recovery folder: AppDataLocation/recovery of the program ("Powerfield/Powerfield"
    // under the data location, whatever the application object is called).
    static QString folder();
    QString copyPath() const;
    bool hasCopy() const;

    // Writes the copy now when the document is modified (and removes it when not).
    bool saveNow(QString *error = nullptr);
    // Removes this session's copy (after a clean save or quit).
    void discard();

    // Copies of sessions that are no longer running, newest first.
    static QVector<RecoveryCopy> findCopies();
    static void discardCopy(const RecoveryCopy &copy);
    // Opens the copy in the document: the original file (when it can be read) with the copy's
    // content on top as one undoable step, so Save writes to the original file. The session
    // then keeps the recovered content in its own copy and the old copy is removed.
    bool restore(const RecoveryCopy &copy, QString *error);

signals:
    void saveFailed(const QString &error);

private:
    void documentChanged();
    void timeout();

    Document *m_document;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
};

} // namespace powerfield
