// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dyadtablemodel.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace powerfield {

class Document;
struct DocumentChange;

// A read-only overview of the open scenario: its title, its story and, for every dyad, who
// depends on whom and who holds the power (a DyadTableModel), kept current with the document's
// analysis while shown. Hidden (closed, or tabbed behind another dock) it does no work and
// catches up when shown again. Long titles and names are cut, never laid out whole.
class AnalysisSummary : public QWidget
{
    Q_OBJECT

public:
    using Column = DyadTableModel::Column;
    static constexpr Column DyadColumn = DyadTableModel::DyadColumn;
    static constexpr Column DependenceAColumn = DyadTableModel::DependenceAColumn;
    static constexpr Column DependenceBColumn = DyadTableModel::DependenceBColumn;
    static constexpr Column PowerColumn = DyadTableModel::PowerColumn;
    static constexpr Column ReadingColumn = DyadTableModel::ReadingColumn;
    // The title is cut to this many characters, the description to kMaxDescriptionLength.
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxDescriptionLength = 2000;

    explicit AnalysisSummary(Document *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DyadTableModel *model() const { return m_model; }
    QString titleText() const;

    // "Mary depends on Abe more: Abe holds more power", or the balanced case.
    static QString reading(const QString &nameA, const QString &nameB, double relativePowerA)
    {
        return DyadTableModel::reading(nameA, nameB, relativePowerA);
    }

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslate();
    void refreshText();
    void updateEmptyNote();
    // The model works only while the table can be seen: shown, and not in a dock tabbed behind
    // another (such a dock stays "visible", moved out of sight). Checked after the layout ran.
    void scheduleActivityCheck();
    void checkActivity();
    void onChanged(const DocumentChange &change);

    Document *m_document;
    DyadTableModel *m_model;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_emptyNote;
    QTableView *m_table;
    QLabel *m_heading;
    bool m_checkScheduled = false;
};

} // namespace powerfield
