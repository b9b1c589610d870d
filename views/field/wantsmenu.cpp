// SPDX-License-Identifier: GPL-3.0-or-later
#include "wantsmenu.h"

#include "document.h"
#include "numberformat.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

namespace powerfield {

WantsMenu::WantsMenu(Document *document, const QString &party, QWidget *parent)
    : QMenu(parent)
    , m_document(document)
    , m_party(party)
{
    setObjectName(QStringLiteral("wants:") + party);
    const Party *p = document->scenario().party(party);
    setTitle(tr("%1 wants").arg(p ? p->name : party));
    connect(this, &QMenu::aboutToShow, this, &WantsMenu::fill);
    fill(); // also before it is shown, for keyboard shortcuts and tests that read the entries
}

QStringList WantsMenu::offered(const Document &document, const QString &party)
{
    QStringList desires;
    const Party *p = document.scenario().party(party);
    if (!p)
        return desires;
    for (const Desire &d : document.scenario().desires) {
        if (p->needIndex(d.id) < 0)
            desires << d.id;
    }
    return desires;
}

void WantsMenu::fill()
{
    clear();
    const Scenario &s = m_document->scenario();
    for (const QString &id : offered(*m_document, m_party)) {
        QAction *a = addAction(s.desires[s.desireIndex(id)].name, this,
                               [this, id] { want(m_document, m_party, id); });
        a->setObjectName(QStringLiteral("wants:") + id);
    }
    if (!actions().isEmpty())
        addSeparator();
    QAction *fresh = addAction(tr("A new desire…"), this,
                               [this] { wantNew(m_document, m_party, parentWidget()); });
    fresh->setObjectName(QStringLiteral("wantsNew"));
}

bool WantsMenu::want(Document *document, const QString &party, const QString &desire)
{
    return document->addNeed(party, desire, kImportance);
}

bool WantsMenu::wantNew(Document *document, const QString &party, QWidget *dialogParent)
{
    const Scenario &s = document->scenario();
    const Party *p = s.party(party);
    if (!p)
        return false;
    QInputDialog dialog(dialogParent);
    dialog.setObjectName(QStringLiteral("newDesireDialog"));
    dialog.setWindowTitle(tr("A new desire"));
    dialog.setLabelText(tr("What does %1 want? (for example company, money, advice)").arg(p->name));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString name = dialog.textValue().trimmed();
    return !name.isEmpty() && document->addDesireFor(party, name, kImportance);
}

bool WantsMenu::askReceiverWants(QWidget *parent, const Document &document, const QString &from,
                                 const QString &to, const QString &desire)
{
    const Scenario &s = document.scenario();
    const Party *giver = s.party(from);
    const Party *receiver = s.party(to);
    const int d = s.desireIndex(desire);
    if (!giver || !receiver || d < 0)
        return false;
    const QString what = s.desires[d].name;
    return QMessageBox::question(
               parent, tr("Should %1 want %2?").arg(receiver->name, what),
               tr("%1 does not want %2 yet, so what %3 gives counts for nothing.\n\n"
                  "Should %1 want %2 (importance %4)?")
                   .arg(receiver->name, what, giver->name, formatNumber(kImportance, 1)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
           == QMessageBox::Yes;
}

} // namespace powerfield
