// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace powerfield {

// The raw mutators of a Document, for undo commands only: each edit changes the written
// scenario between aboutToChange() and changed(), then refreshes the state and the analysis.
class DocumentEditor
{
public:
    explicit DocumentEditor(Document *document)
        : m_document(document)
    {
    }

    Document *document() const { return m_document; }
    const Scenario &scenario() const { return m_document->scenario(); }
    void edit(const DocumentChange &change, const std::function<void(Scenario &)> &apply) const
    {
        m_document->rawEdit(change, apply);
    }
    void replace(const Scenario &scenario) const { m_document->rawReplace(scenario); }
    // The gesture a new command belongs to; 0 outside gestures (such commands never merge).
    int gesture() const { return m_document->gestureId(); }
    // Whom a new command is made for (Document::author()); its text starts with the name.
    QString author() const { return m_document->author(); }

    // Defers the analysis to the end of a compound edit (a removal with its cascade).
    class Batch
    {
    public:
        explicit Batch(const DocumentEditor &editor)
            : m_document(editor.m_document)
        {
            m_document->beginBatch();
        }
        ~Batch() { m_document->endBatch(); }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        Document *m_document;
    };

private:
    Document *m_document;
};

// Undo texts are user-visible; they are translated in the "Commands" context
// (Commands::tr(), spelt so that lupdate finds it).
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

inline QString formatValue(double value)
{
    return formatNumber(value);
}

} // namespace powerfield
