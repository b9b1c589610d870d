// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace powerfield {

class Document;

// "Wants": what a party can come to want, offered wherever its wants are shown (the dependence
// panel, the scenario tree, the field's node). The desires it does not want yet come first,
// then "A new desire…", which asks the name and adds the desire with the need as one undo step.
// The entries are made each time the menu opens, from the document as it is then.
class WantsMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr double kImportance = 0.5; // how much a party wants what it comes to want

    WantsMenu(Document *document, const QString &party, QWidget *parent = nullptr);

    QString party() const { return m_party; }
    // The desires the menu offers, in file order (those `party` does not want yet).
    static QStringList offered(const Document &document, const QString &party);
    // `party` comes to want the existing `desire`, as one undo step.
    static bool want(Document *document, const QString &party, const QString &desire);
    // Asks the name of a new desire (a dialog named "newDesireDialog"), then adds it with `party`'s
    // need as one undo step; false when cancelled or refused.
    static bool wantNew(Document *document, const QString &party, QWidget *dialogParent);

    // Asks whether `to`, given `desire` by `from`, should come to want it (a Shift-drag of a
    // desire it does not want); true for Yes.
    static bool askReceiverWants(QWidget *parent, const Document &document, const QString &from,
                                 const QString &to, const QString &desire);

private:
    void fill();

    Document *m_document;
    QString m_party;
};

} // namespace powerfield
