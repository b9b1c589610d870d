// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisiondialogs.h"

#include "document.h"
#include "fieldtext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace powerfield {

namespace {

// The dialogs' strings, in their own translation context.
struct ProvisionDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ProvisionDialogs)
};

QDoubleSpinBox *qualityBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 1.0);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    box->setValue(value);
    return box;
}

QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QString desireName(const Scenario &s, const QString &id)
{
    const int i = s.desireIndex(id);
    return i >= 0 ? s.desires[i].name : id;
}

} // namespace

bool askNewProvision(QWidget *parent, const Document &document, const QString &from, const QString &to,
                     QString *desire, double *quality)
{
    const Scenario &s = document.scenario();
    const Party *receiver = s.party(to);
    if (!receiver || s.desires.isEmpty())
        return false;
    QDialog dialog(parent);
    dialog.setWindowTitle(ProvisionDialogs::tr("New provision"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(ProvisionDialogs::tr("What does %1 give %2?")
                                .arg(FieldText::name(document, from), FieldText::name(document, to))));
    auto *desires = new QComboBox(&dialog);
    // What the receiver wants comes first, most important first; then every other desire.
    QVector<Need> wanted = receiver->needs;
    std::stable_sort(wanted.begin(), wanted.end(),
                     [](const Need &a, const Need &b) { return a.importance > b.importance; });
    for (const Need &n : std::as_const(wanted))
        desires->addItem(ProvisionDialogs::tr("%1 (%2 wants it)").arg(desireName(s, n.desire), receiver->name), n.desire);
    for (const Desire &d : s.desires)
        if (receiver->needIndex(d.id) < 0)
            desires->addItem(d.name, d.id);
    form->addRow(ProvisionDialogs::tr("Desire:"), desires);
    QDoubleSpinBox *how = qualityBox(*quality, &dialog);
    form->addRow(ProvisionDialogs::tr("How well (0 to 1):"), how);
    form->addRow(buttons(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *desire = desires->currentData().toString();
    *quality = how->value();
    return true;
}

bool editProvisions(QWidget *parent, const Document &document, const QString &a, const QString &b,
                    QVector<Provision> *provisions)
{
    const Scenario &s = document.scenario();
    QDialog dialog(parent);
    dialog.setWindowTitle(ProvisionDialogs::tr("The link between %1 and %2")
                              .arg(FieldText::name(document, a), FieldText::name(document, b)));
    auto *form = new QFormLayout(&dialog);
    QVector<QDoubleSpinBox *> boxes;
    for (const Provision &p : std::as_const(*provisions)) {
        boxes.append(qualityBox(p.rating.quality, &dialog));
        form->addRow(ProvisionDialogs::tr("How well %1 gives %2 %3:")
                         .arg(FieldText::name(document, p.from), FieldText::name(document, p.to),
                              desireName(s, p.desire)),
                     boxes.last());
    }
    form->addRow(buttons(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    for (int i = 0; i < boxes.size(); ++i)
        (*provisions)[i].rating.quality = boxes[i]->value();
    return true;
}

} // namespace powerfield
