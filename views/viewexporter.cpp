// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewexporter.h"

#include "mainactions.h"
#include "viewpainters.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QEvent>

namespace powerfield {

namespace {

// A busy cursor for as long as a picture is drawn: big PNGs and plots take a moment.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

// The dock's two actions, retranslated with the dock's window.
class DockActions : public QObject
{
public:
    DockActions(QDockWidget *dock, QAction *exportAction, QAction *copyAction)
        : QObject(dock), m_export(exportAction), m_copy(copyAction)
    {
        retranslate();
        dock->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_export->setText(ViewExporter::tr("Export This View…"));
        m_export->setStatusTip(ViewExporter::tr("Write this view to a PNG, SVG or PDF file"));
        m_copy->setText(ViewExporter::tr("Copy Image"));
        m_copy->setStatusTip(ViewExporter::tr("Copy this view to the clipboard as an image"));
    }

    QAction *m_export;
    QAction *m_copy;
};

} // namespace

ViewExporter::ViewExporter(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

bool ViewExporter::exportView(const ViewExportChoice &choice, QString *error) const
{
    ViewOptions options;
    options.size = choice.request.size;
    const PaintFunction paint = painterFor(choice.view, m_document, options);
    if (!paint) {
        if (error)
            *error = tr("There is no view named “%1”.").arg(choice.view);
        return false;
    }
    BusyCursor busy;
    return exportPicture(choice.request, paint, error);
}

QImage ViewExporter::image(const QString &view, QSize size, int scale, const Theme &theme) const
{
    ViewOptions options;
    options.size = size;
    const PaintFunction paint = painterFor(view, m_document, options);
    if (!paint || size.isEmpty())
        return QImage();
    BusyCursor busy;
    return renderImage(size, scale, theme, paint);
}

bool ViewExporter::copyImage(const QString &view, QSize size, int scale, const Theme &theme) const
{
    const QImage picture = image(view, size, scale, theme);
    if (picture.isNull())
        return false;
    QApplication::clipboard()->setImage(picture);
    return true;
}

void ViewExporter::addDockActions(QDockWidget *dock, const QString &view)
{
    auto *exportAction = new QAction(MainActions::icon(QStringLiteral("document-export")), QString(), dock);
    exportAction->setObjectName(QStringLiteral("export:") + view);
    auto *copyAction = new QAction(MainActions::icon(QStringLiteral("edit-copy")), QString(), dock);
    copyAction->setObjectName(QStringLiteral("copy:") + view);
    new DockActions(dock, exportAction, copyAction);
    connect(exportAction, &QAction::triggered, this, [this, view] { emit exportRequested(view); });
    connect(copyAction, &QAction::triggered, this, [this, view] { emit copyRequested(view); });
    dock->addActions({exportAction, copyAction});
    dock->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace powerfield
