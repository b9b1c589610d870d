// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace powerfield {

class Document;
struct DocumentChange;

// A read-only overview of the open scenario: its title, its story and, for every dyad, who
// depends on whom and who holds the power, kept current with the document's analysis.
class AnalysisSummary : public QWidget
{
    Q_OBJECT

public:
    enum Column { DyadColumn, DependenceAColumn, DependenceBColumn, PowerColumn, ReadingColumn,
                  ColumnCount };

    explicit AnalysisSummary(Document *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString titleText() const;

    // "Mary depends on Abe more: Abe holds more power", or the balanced case.
    static QString reading(const QString &nameA, const QString &nameB, double relativePowerA);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshText();
    void refreshTable();
    void onChanged(const DocumentChange &change);

    Document *m_document;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_emptyNote;
    QTableWidget *m_table;
    QLabel *m_heading;
};

} // namespace powerfield
