// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdialog.h"

#include <QImage>
#include <QObject>

#include <functional>

class QDockWidget;
class QMenu;
class QWidget;

namespace powerfield {

class Document;

// The window's pictures of its views: File > Export View writes them, Copy Image puts them on
// the clipboard, each with the painters the command line uses (viewpainters.h), so what is
// exported looks like what is shown.
class ViewExporter : public QObject
{
    Q_OBJECT

public:
    ViewExporter(Document *document, QWidget *window);

    // Writes the picture, with a busy cursor meanwhile; false with "PATH: reason" in `error`.
    bool exportView(const ViewExportChoice &choice, QString *error) const;
    // The view at `size` logical pixels, `scale` image pixels each (null for an unknown view).
    QImage image(const QString &view, QSize size, int scale, const Theme &theme) const;
    // Puts that image on the clipboard; false for an unknown view.
    bool copyImage(const QString &view, QSize size, int scale, const Theme &theme) const;

    // Gives `dock` a context menu (on its title bar and wherever its view has no menu of its own)
    // with "Export this view…" and "Copy image", which emit the signals below for `view`.
    void addDockActions(QDockWidget *dock, const QString &view);
    // Adds the same two entries at the end of a view's own context menu: `menuAt` builds that
    // menu for a point of `viewport` (as the view would), the entries follow a separator.
    using MenuFactory = std::function<QMenu *(QPoint pos, QWidget *parent)>;
    void extendContextMenu(QWidget *viewport, MenuFactory menuAt, const QString &view);

signals:
    void exportRequested(const QString &view);
    void copyRequested(const QString &view);

private:
    std::pair<QAction *, QAction *> createActions(QWidget *owner, const QString &view);

    Document *m_document;
    QWidget *m_window;
};

} // namespace powerfield
