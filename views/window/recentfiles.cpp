// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace powerfield {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString canonicalPath = info.canonicalFilePath();
    return canonicalPath.isEmpty() ? info.absoluteFilePath() : canonicalPath;
}
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
    m_files = appSettings().value(kKey).toStringList().mid(0, MaxFiles);
}

void RecentFiles::add(const QString &path)
{
    const QString file = canonical(path);
    m_files.removeAll(file);
    m_files.prepend(file);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(path) + m_files.removeAll(canonical(path)) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    appSettings().setValue(kKey, m_files);
    emit filesChanged();
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString file = m_files.at(i);
        const QString text = tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName());
        QAction *action = menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (m_files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Recent Files"));
    clearAction->setEnabled(!m_files.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace powerfield
