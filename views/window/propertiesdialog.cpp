// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace powerfield {

PropertiesDialog::PropertiesDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Scenario Properties"));
    m_title->setObjectName(QStringLiteral("propertiesTitle"));
    m_title->setPlaceholderText(tr("For example: Roommates and the quiet evenings"));
    m_title->setAccessibleName(tr("Title"));
    m_description->setObjectName(QStringLiteral("propertiesDescription"));
    m_description->setPlaceholderText(tr("The situation in a few sentences, for whoever opens the file"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_notes->setObjectName(QStringLiteral("propertiesNotes"));
    m_notes->setPlaceholderText(tr("Learning goal, what to try, what the model does not claim"));
    m_notes->setAccessibleName(tr("Teacher notes"));
    m_notes->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Teacher &notes:"), m_notes);
    form->addRow(buttons);
    resize(520, 420);
}

void PropertiesDialog::setTexts(const ScenarioTexts &texts)
{
    m_title->setText(texts.title);
    m_description->setPlainText(texts.description);
    m_notes->setPlainText(texts.notes);
}

ScenarioTexts PropertiesDialog::texts() const
{
    return {m_title->text().trimmed(), m_description->toPlainText().trimmed(), m_notes->toPlainText().trimmed()};
}

} // namespace powerfield
