// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace powerfield {

// The list of recently opened files, newest first, remembered with QSettings, with a menu that
// mirrors it.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);   // moves it to the front, dropping the oldest past MaxFiles
    void remove(const QString &path);
    void clear();

    // Rebuilds `menu` with one numbered action per file (mnemonics &1 .. &8) and a Clear
    // action; triggering a file emits openRequested.
    void fillMenu(QMenu *menu);

signals:
    void filesChanged();
    void openRequested(const QString &path);

private:
    void store();

    QStringList m_files;
};

} // namespace powerfield
