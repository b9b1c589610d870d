// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewexporter.h"

#include "mainactions.h"
#include "viewpainters.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>

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

// The texts of a view's two actions, retranslated on their owner's language change.
class ActionTexts : public QObject
{
public:
    ActionTexts(QWidget *owner, QAction *exportAction, QAction *copyAction)
        : QObject(owner), m_export(exportAction), m_copy(copyAction)
    {
        retranslate();
        owner->installEventFilter(this);
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

// Shows a view's own context menu with Export and Copy added, in place of the view's handler.
class MenuExtender : public QObject
{
public:
    MenuExtender(QWidget *viewport, ViewExporter::MenuFactory menuAt, QAction *exportAction, QAction *copyAction)
        : QObject(viewport), m_menuAt(std::move(menuAt)), m_export(exportAction), m_copy(copyAction)
    {
        viewport->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ContextMenu)
            return QObject::eventFilter(watched, event);
        auto *e = static_cast<QContextMenuEvent *>(event);
        auto *viewport = static_cast<QWidget *>(watched);
        QMenu *menu = m_menuAt(e->pos(), viewport);
        if (!menu)
            return false;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addSeparator();
        menu->addActions({m_export, m_copy});
        menu->popup(e->globalPos());
        return true;
    }

private:
    ViewExporter::MenuFactory m_menuAt;
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

std::pair<QAction *, QAction *> ViewExporter::createActions(QWidget *owner, const QString &view)
{
    auto *exportAction = new QAction(MainActions::icon(QStringLiteral("document-export")), QString(), owner);
    exportAction->setObjectName(QStringLiteral("export:") + view);
    auto *copyAction = new QAction(MainActions::icon(QStringLiteral("edit-copy")), QString(), owner);
    copyAction->setObjectName(QStringLiteral("copy:") + view);
    new ActionTexts(owner, exportAction, copyAction);
    connect(exportAction, &QAction::triggered, this, [this, view] { emit exportRequested(view); });
    connect(copyAction, &QAction::triggered, this, [this, view] { emit copyRequested(view); });
    return {exportAction, copyAction};
}

void ViewExporter::addDockActions(QDockWidget *dock, const QString &view)
{
    const auto [exportAction, copyAction] = createActions(dock, view);
    dock->addActions({exportAction, copyAction});
    dock->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ViewExporter::extendContextMenu(QWidget *viewport, MenuFactory menuAt, const QString &view)
{
    const auto [exportAction, copyAction] = createActions(viewport, view);
    new MenuExtender(viewport, std::move(menuAt), exportAction, copyAction);
}

} // namespace powerfield
