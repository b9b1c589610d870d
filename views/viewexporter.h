// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdialog.h"

#include <QImage>
#include <QObject>

class QDockWidget;
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

signals:
    void exportRequested(const QString &view);
    void copyRequested(const QString &view);

private:
    Document *m_document;
    QWidget *m_window;
};

} // namespace powerfield
