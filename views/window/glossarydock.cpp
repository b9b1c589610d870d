// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossarydock.h"

#include "document.h"
#include "glossary.h"
#include "statedescription.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QWhatsThisClickedEvent>

#include <functional>

namespace powerfield {

namespace {

constexpr int kTermRole = Qt::UserRole;

// A text browser that reads glossary: links from the glossary's pages, so that its history,
// anchors and Alt+Left / Alt+Right work as for any document.
class GlossaryBrowser : public QTextBrowser
{
public:
    explicit GlossaryBrowser(std::function<QString(const QString &)> pages)
        : m_pages(std::move(pages))
    {
    }

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (name.scheme() == glossary::kScheme)
            return m_pages(name.path());
        return QTextBrowser::loadResource(type, name);
    }

private:
    std::function<QString(const QString &)> m_pages;
};

} // namespace

GlossaryDock::GlossaryDock(Document *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_copyDescription(new QAction(this))
{
    setObjectName(QStringLiteral("glossaryDock"));
    m_tabs->addTab(buildGlossaryTab(), QString());
    m_tabs->addTab(buildDescriptionTab(), QString());
    setWidget(m_tabs);
    // Tabbed with the panel: it must not make the right column taller than the panel needs.
    for (QWidget *w : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_browser),
                       static_cast<QWidget *>(m_description)})
        w->setMinimumHeight(48);

    m_copyDescription->setObjectName(QStringLiteral("copyDescription"));
    m_copyDescription->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    addAction(m_copyDescription);
    connect(m_copyDescription, &QAction::triggered, this, &GlossaryDock::copyDescription);
    connect(m_copyButton, &QPushButton::clicked, this, &GlossaryDock::copyDescription);

    connect(m_document, &Document::analysisChanged, this, &GlossaryDock::scheduleDescription);
    connect(m_document, &Document::changed, this, &GlossaryDock::scenarioChanged);
    connect(m_document, &Document::scenarioReset, this, &GlossaryDock::scenarioChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &GlossaryDock::scheduleDescription);
    connect(this, &QDockWidget::visibilityChanged, this, &GlossaryDock::scheduleDescription);
    qApp->installEventFilter(this); // What's This links anywhere in the program open terms here

    retranslate();
    selectTerm(glossary::terms().constFirst());
}

GlossaryDock::~GlossaryDock()
{
    qApp->removeEventFilter(this);
}

QWidget *GlossaryDock::buildGlossaryTab()
{
    auto *splitter = new QSplitter(Qt::Vertical);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("glossaryTerms"));
    auto *browser = new GlossaryBrowser([this](const QString &term) {
        return term == glossary::kNotes ? glossary::notesPage(m_document->scenario())
                                        : glossary::page(term);
    });
    m_browser = browser;
    m_browser->setObjectName(QStringLiteral("glossaryText"));
    m_browser->setOpenLinks(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    connect(m_list, &QListWidget::currentItemChanged, this, &GlossaryDock::termSelected);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GlossaryDock::anchorClicked);
    return splitter;
}

QWidget *GlossaryDock::buildDescriptionTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("stateDescription"));
    m_description->setReadOnly(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyButton = new QPushButton;
    m_copyButton->setObjectName(QStringLiteral("copyDescriptionButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    layout->addWidget(m_description);
    layout->addLayout(buttons);
    return page;
}

void GlossaryDock::retranslate()
{
    setWindowTitle(tr("Glossary"));
    m_tabs->setTabText(0, tr("Glossary"));
    m_tabs->setTabText(1, tr("Description"));
    m_list->setAccessibleName(tr("Glossary terms"));
    m_browser->setAccessibleName(tr("Explanation of the term"));
    m_description->setAccessibleName(tr("Description of the current state"));
    m_description->setAccessibleDescription(
        tr("Who depends on whom and who holds power, in sentences, updated with every change"));
    m_copyButton->setText(tr("&Copy Description"));
    m_copyButton->setAccessibleName(tr("Copy description"));
    m_copyDescription->setText(tr("Copy &Description"));
    m_copyDescription->setStatusTip(
        tr("Copy the description of the current state to the clipboard, for slide notes"));
    fillTermList();
    m_browser->reload(); // the page in the new language, when there is one
    m_descriptionDirty = true;
    scheduleDescription();
}

void GlossaryDock::fillTermList()
{
    const QString current = currentTerm();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QStringList terms = glossary::terms();
    for (const QString &term : terms) {
        auto *item = new QListWidgetItem(glossary::title(term), m_list);
        item->setData(kTermRole, term);
        if (term == current)
            m_list->setCurrentItem(item);
    }
}

void GlossaryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

bool GlossaryDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WhatsThisClicked) {
        const QUrl link(static_cast<QWhatsThisClickedEvent *>(event)->href());
        if (!glossary::termOfLink(link).isEmpty())
            return showTerm(link.toString(QUrl::RemoveScheme));
    }
    return QDockWidget::eventFilter(watched, event);
}

QString GlossaryDock::currentTerm() const
{
    return glossary::termOfLink(m_browser->source());
}

bool GlossaryDock::showTerm(const QString &term)
{
    const QUrl target = glossary::url(term);
    const QString id = glossary::termOfLink(target);
    if (id.isEmpty())
        return false;
    m_tabs->setCurrentIndex(0);
    show();
    raise();
    QUrl canonical = glossary::url(id);
    canonical.setFragment(target.fragment());
    selectTerm(id);
    if (m_browser->source() != canonical)
        m_browser->setSource(canonical, QTextDocument::HtmlResource);
    return true;
}

void GlossaryDock::selectTerm(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kTermRole).toString() == id) {
            m_list->setCurrentRow(row); // shows the page through termSelected()
            return;
        }
    }
}

void GlossaryDock::termSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(kTermRole).toString();
    if (currentTerm() != id)
        m_browser->setSource(glossary::url(id), QTextDocument::HtmlResource);
}

void GlossaryDock::openLink(const QString &link)
{
    anchorClicked(QUrl(link));
}

void GlossaryDock::anchorClicked(const QUrl &link)
{
    if (link.scheme() == glossary::kScheme)
        showTerm(link.toString(QUrl::RemoveScheme));
    else if (link.isValid() && !link.isRelative())
        QDesktopServices::openUrl(link);
}

void GlossaryDock::scenarioChanged()
{
    if (currentTerm() == glossary::kNotes)
        m_browser->reload();
    scheduleDescription(); // names and titles appear in the description
}

void GlossaryDock::scheduleDescription()
{
    m_descriptionDirty = true;
    // Only a visible description is kept current; description() catches up on demand.
    if (m_descriptionQueued || !isVisible() || m_tabs->currentIndex() != 1)
        return;
    m_descriptionQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_descriptionQueued = false;
        updateDescription();
    });
}

void GlossaryDock::updateDescription()
{
    if (!m_descriptionDirty)
        return;
    m_descriptionDirty = false;
    const QString text = describeState(*m_document);
    if (m_description->toPlainText() != text)
        m_description->setPlainText(text);
}

QString GlossaryDock::description() const
{
    return describeState(*m_document);
}

void GlossaryDock::showDescription()
{
    show();
    raise();
    m_tabs->setCurrentIndex(1);
    updateDescription();
}

void GlossaryDock::copyDescription()
{
    QGuiApplication::clipboard()->setText(description());
}

} // namespace powerfield
