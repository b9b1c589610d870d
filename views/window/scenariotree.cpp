// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariotree.h"

#include "document.h"
#include "unitdelegate.h"
#include "wantsmenu.h"
#include "models/desiremodel.h"
#include "models/eventmodel.h"
#include "models/optionmodel.h"
#include "models/partytreemodel.h"
#include "models/provisionmodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPointF>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace powerfield {

ScenarioTree::ScenarioTree(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
{
    m_models = {new PartyTreeModel(document, this), new DesireModel(document, this),
                new ProvisionModel(document, this), new OptionModel(document, this),
                new EventModel(document, this)};
    for (QAbstractItemModel *model : m_models) {
        connect(static_cast<RecordTreeModel *>(model), &RecordTreeModel::editRefused, this,
                &ScenarioTree::editRefused);
    }
    for (int page = 0; page < PageCount; ++page) {
        m_views[page] = createView(m_models[page], QString());
        m_tabs->addTab(m_views[page], QString());
    }
    retranslate();
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    for (Page flat : {Desires, Provisions, Events})
        m_views[flat]->setRootIsDecorated(false); // lists, not trees: no empty branch column
    // Needs stay in sight: parties open expanded, also after a reset or when added. Each
    // expanded row is a persistent index the model keeps up to date, so a very large field
    // opens collapsed (tens of seconds at 10,000 parties otherwise).
    QTreeView *parties = m_views[Parties];
    const auto expandIfSmall = [parties] {
        if (parties->model()->rowCount() <= kMaxExpandedParties)
            parties->expandAll();
    };
    expandIfSmall();
    connect(m_models[Parties], &QAbstractItemModel::modelReset, parties, expandIfSmall);
    connect(m_models[Parties], &QAbstractItemModel::rowsInserted, parties,
            [parties](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last && !parent.isValid(); ++row)
                    parties->expand(parties->model()->index(row, 0));
            });

    for (Page page : {Parties, Provisions}) {
        connect(m_views[page]->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, page](const QModelIndex &current) { selectFrom(page, current); });
    }

    // Rows of parties, needs, desires and provisions have their own menu and go with Delete.
    for (Page page : {Parties, Desires, Provisions}) {
        QTreeView *view = m_views[page];
        auto *remove = new QAction(this);
        remove->setObjectName(QStringLiteral("removeRow"));
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetShortcut);
        connect(remove, &QAction::triggered, this, [this, page] { removeCurrent(page); });
        view->addAction(remove); // its shortcut; the context menu names what goes
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, page, view](const QPoint &pos) {
            QMenu *menu = createContextMenu(page, view->indexAt(pos), this);
            menu->exec(view->viewport()->mapToGlobal(pos));
            delete menu;
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

// The models go first: a model that goes invalidates all its persistent indexes at once, while
// a view that goes first (with one persistent index per expanded party) takes each out of the
// model's table one by one, which took minutes with 10,000 parties.
ScenarioTree::~ScenarioTree()
{
    for (QAbstractItemModel *&model : m_models) {
        delete model;
        model = nullptr;
    }
}

void ScenarioTree::retranslate()
{
    const std::array<QString, PageCount> titles = {tr("&Parties"), tr("&Desires"),
                                                   tr("P&rovisions"), tr("&Options"),
                                                   tr("Even&ts")};
    const std::array<QString, PageCount> tips = {
        tr("The parties of the field, each with the desires it has and how much it wants them"),
        tr("What the parties want: company, money, status, safety, advice"),
        tr("Who provides what to whom, and how well (and how well the receiver believes)"),
        tr("Alternatives outside the field that only their owner can use"),
        tr("The story: changes at points of the timeline")};
    for (int page = 0; page < PageCount; ++page) {
        m_tabs->setTabText(page, titles[page]);
        m_tabs->setTabToolTip(page, tips[page]);
        m_views[page]->setAccessibleName(QString(titles[page]).remove(QLatin1Char('&')));
    }
}

void ScenarioTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QTreeView *ScenarioTree::createView(QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new QTreeView(this);
    view->setModel(model);
    // One delegate per view: a shared one would send every view the others' editors.
    view->setItemDelegate(new UnitDelegate(view));
    view->setAccessibleName(accessibleName);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The columns share the dock's width and shorten what is long with "…" (the full text in the
    // editor), so the list never scrolls sideways however narrow the dock. (Names stretching
    // beside values sized to their contents lost all their width to the values.)
    view->header()->setSectionResizeMode(QHeaderView::Stretch);
    view->header()->setMinimumSectionSize(36);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    // Measure the rows in sight and a few more, not 1,000 rows after every edit.
    view->header()->setResizeContentsPrecision(100);
    return view;
}

void ScenarioTree::selectFrom(Page page, const QModelIndex &current)
{
    // IdRole: a party's id first (a need adds its desire); a provision's from, to and desire.
    const QStringList ids = current.data(IdRole).toStringList();
    if (ids.isEmpty())
        return;
    Selection selection;
    selection.a = ids.at(0);
    if (page == Provisions && ids.size() > 1)
        selection.b = ids.at(1);
    m_document->setSelection(selection);
}

ScenarioTree::Page ScenarioTree::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void ScenarioTree::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

void ScenarioTree::addContextAction(Page page, QAction *action)
{
    m_views.at(page)->addAction(action);
}

bool ScenarioTree::addParty(QString *error)
{
    // A new party appears on a circle around the others, never on top of one of them.
    const double n = m_document->scenario().parties.size();
    return addPartyAt(QPointF(200.0 * std::cos(n * 2.4), 200.0 * std::sin(n * 2.4)), error);
}

bool ScenarioTree::addPartyAt(const QPointF &position, QString *error)
{
    if (!m_document->addPartyAt(position, nullptr, error))
        return false;
    editLastRow(Parties, PartyTreeModel::NameColumn);
    return true;
}

bool ScenarioTree::addDesire(QString *error)
{
    if (!m_document->addNewDesire(nullptr, error))
        return false;
    editLastRow(Desires, DesireModel::NameColumn);
    return true;
}

QMenu *ScenarioTree::createContextMenu(Page page, const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QStringList ids = index.data(IdRole).toStringList();
    const Scenario &s = m_document->scenario();
    if (page == Parties && !ids.isEmpty() && s.party(ids.at(0))) {
        menu->addMenu(new WantsMenu(m_document, ids.at(0), menu));
    } else if (page == Desires && !ids.isEmpty() && s.desireIndex(ids.at(0)) >= 0) {
        const QString desire = ids.at(0);
        QMenu *wantedBy = menu->addMenu(tr("Wanted by"));
        wantedBy->setObjectName(QStringLiteral("wantedBy"));
        for (const Party &p : s.parties) {
            if (p.needIndex(desire) >= 0)
                continue;
            const QString party = p.id;
            QAction *a = wantedBy->addAction(p.name, this, [this, party, desire] {
                WantsMenu::want(m_document, party, desire);
            });
            a->setObjectName(QStringLiteral("wantedBy:") + party);
        }
        wantedBy->setEnabled(!wantedBy->isEmpty());
    }
    const QString remove = removeText(page, index);
    if (!remove.isEmpty()) {
        const QPersistentModelIndex row(index);
        QAction *a = menu->addAction(remove, this, [this, page, row] { removeRow(page, row); });
        a->setObjectName(QStringLiteral("removeRow"));
        a->setShortcut(QKeySequence::Delete); // shown; the view's own action takes the key
        a->setShortcutContext(Qt::WidgetShortcut);
    }
    QList<QAction *> own;
    for (QAction *a : m_views.at(page)->actions()) {
        if (a->objectName() != QLatin1String("removeRow"))
            own << a;
    }
    if (!own.isEmpty()) {
        if (!menu->isEmpty())
            menu->addSeparator();
        menu->addActions(own);
    }
    return menu;
}

QString ScenarioTree::removeText(Page page, const QModelIndex &index) const
{
    const QStringList ids = index.data(IdRole).toStringList();
    const Scenario &s = m_document->scenario();
    const auto desireName = [&s](const QString &id) {
        const int i = s.desireIndex(id);
        return i < 0 ? id : s.desires[i].name;
    };
    if (page == Parties && ids.size() == 1 && s.party(ids.at(0)))
        return tr("Remove %1").arg(s.party(ids.at(0))->name);
    if (page == Parties && ids.size() == 2 && s.party(ids.at(0)))
        return tr("Remove %1's need for %2").arg(s.party(ids.at(0))->name, desireName(ids.at(1)));
    if (page == Desires && ids.size() == 1 && s.desireIndex(ids.at(0)) >= 0)
        return tr("Remove %1 and all that refers to it").arg(desireName(ids.at(0)));
    if (page == Provisions && ids.size() == 3 && s.party(ids.at(0)) && s.party(ids.at(1)))
        return tr("Remove %1's %2 for %3").arg(s.party(ids.at(0))->name, desireName(ids.at(2)),
                                               s.party(ids.at(1))->name);
    return QString();
}

bool ScenarioTree::removeCurrent(Page page)
{
    return removeRow(page, m_views.at(page)->currentIndex());
}

bool ScenarioTree::removeRow(Page page, const QModelIndex &index)
{
    const QStringList ids = index.data(IdRole).toStringList();
    QString error;
    bool removed = false;
    if (page == Parties && ids.size() == 1)
        removed = m_document->removeParty(ids.at(0), &error);
    else if (page == Parties && ids.size() == 2)
        removed = m_document->removeNeed(ids.at(0), ids.at(1), &error);
    else if (page == Desires && ids.size() == 1)
        removed = m_document->removeDesire(ids.at(0), &error);
    else if (page == Provisions && ids.size() == 3)
        removed = m_document->removeProvision(ids.at(0), ids.at(1), ids.at(2), &error);
    else
        return false;
    if (!removed)
        emit editRefused(error);
    return removed;
}

void ScenarioTree::editLastRow(Page page, int column)
{
    setCurrentPage(page);
    QTreeView *view = m_views.at(page);
    const int rows = view->model()->rowCount();
    if (rows == 0)
        return;
    const QModelIndex index = view->model()->index(rows - 1, column);
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->setFocus();
    view->edit(index);
}

} // namespace powerfield
