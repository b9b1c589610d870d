// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandid.h"
#include "documenteditor.h"

#include <QUndoCommand>

#include <optional>

namespace powerfield {

// Sets one value of one record (named by `Key`) and merges with the next command of the same
// id and key within one gesture; a gesture that ends at its start value makes it obsolete.
// A subclass gives getValue(), setValue() and describe() (the undo text for a value).
template<typename Key, typename Value>
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(Document *document, CommandId id, Key key, Value value)
        : m_editor(document)
        , m_id(id)
        , m_key(std::move(key))
        , m_new(std::move(value))
        , m_gesture(m_editor.gesture())
        , m_author(m_editor.author())
    {
    }

    void undo() override { setValue(*m_old); }
    void redo() override
    {
        if (!m_old) // the first redo runs on push, before anything else changed the record
            m_old = getValue();
        setValue(m_new);
    }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeValue *>(other); // same id, same class
        if (m_gesture == 0 || o->m_gesture != m_gesture || !(o->m_key == m_key)
            || o->m_author != m_author)
            return false;
        m_new = o->m_new;
        updateText();
        setObsolete(m_old && *m_old == m_new);
        return true;
    }

protected:
    const DocumentEditor &editor() const { return m_editor; }
    const Scenario &scenario() const { return m_editor.scenario(); }
    const Key &key() const { return m_key; }
    const Value &newValue() const { return m_new; }
    // Call at the end of a subclass constructor; the text is named with the author, if any.
    void updateText() { setText(Document::authoredText(m_author, describe(m_new))); }

    virtual Value getValue() const = 0;
    virtual void setValue(const Value &value) = 0;
    virtual QString describe(const Value &value) const = 0;

private:
    DocumentEditor m_editor;
    CommandId m_id;
    Key m_key;
    Value m_new;
    std::optional<Value> m_old;
    int m_gesture;
    QString m_author;
};

} // namespace powerfield
