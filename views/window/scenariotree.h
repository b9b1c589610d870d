// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

class QAbstractItemModel;
class QAction;
class QMenu;
class QModelIndex;
class QPointF;
class QTabWidget;
class QTreeView;

namespace powerfield {

class Document;

// The scenario as editable lists on the document's item models: parties with their needs,
// desires, provisions, outside options and events, one tab each, edited in place.
class ScenarioTree : public QWidget
{
    Q_OBJECT

public:
    enum Page { Parties, Desires, Provisions, Options, Events, PageCount };
    // Up to this many parties the parties' list opens with every party's needs shown.
    static constexpr int kMaxExpandedParties = 2000;

    explicit ScenarioTree(Document *document, QWidget *parent = nullptr);
    ~ScenarioTree() override;

    QTreeView *view(Page page) const { return m_views.at(page); }
    QAbstractItemModel *model(Page page) const { return m_models.at(page); }
    Page currentPage() const;
    void setCurrentPage(Page page);
    // Puts `action` in the context menu of the page's list.
    void addContextAction(Page page, QAction *action);

    // Add a record with a fresh id and a default name, then start editing its name; false (with
    // the document's message in `error`) when the document refuses. addParty() places the party
    // on a circle around the others; addPartyAt() where the caller says (the field's free spot).
    bool addParty(QString *error = nullptr);
    bool addPartyAt(const QPointF &position, QString *error = nullptr);
    bool addDesire(QString *error = nullptr);

    // The context menu of a row of `page` (Parties: a party or a need; Desires: a desire): what
    // the party wants, who wants the desire, removing the row; then the page's own actions.
    // Owned by `parent`.
    QMenu *createContextMenu(Page page, const QModelIndex &index, QWidget *parent);
    // Removes the record of the current row of `page` with all that depends on it, as one undo
    // step (the Delete key): a party, a need, a desire or a provision.
    bool removeCurrent(Page page);

signals:
    // A value typed into a list was refused; `message` says why.
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTreeView *createView(QAbstractItemModel *model, const QString &accessibleName);
    void editLastRow(Page page, int column);
    void selectFrom(Page page, const QModelIndex &current);
    bool removeRow(Page page, const QModelIndex &index);
    QString removeText(Page page, const QModelIndex &index) const;

    Document *m_document;
    QTabWidget *m_tabs;
    std::array<QAbstractItemModel *, PageCount> m_models {};
    std::array<QTreeView *, PageCount> m_views {};
};

} // namespace powerfield
