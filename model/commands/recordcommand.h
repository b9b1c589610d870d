// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documenteditor.h"

#include <QUndoCommand>

namespace powerfield {

// Where a record sits: its index in its list, and for needs, offers and event changes the index
// of the party, option or event that holds the list.
struct RecordPos
{
    int parent = -1;
    int index = -1;
};

// Inserts one record at a position, or removes it, and does the opposite on undo. `Traits`
// gives the record type and get(), insert(), remove() and change() (the DocumentChange).
template<typename Traits>
class RecordCommand : public QUndoCommand
{
public:
    using Record = typename Traits::Record;

    RecordCommand(Document *document, RecordPos pos, Record record, bool insert,
                  QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_editor(document)
        , m_pos(pos)
        , m_record(std::move(record))
        , m_insert(insert)
    {
    }
    // The removal of the record that is at `pos` now.
    static RecordCommand *removal(Document *document, RecordPos pos, QUndoCommand *parent = nullptr)
    {
        return new RecordCommand(document, pos, Traits::get(document->scenario(), pos), false,
                                 parent);
    }

    void redo() override { m_insert ? insert() : remove(); }
    void undo() override { m_insert ? remove() : insert(); }

private:
    void insert()
    {
        apply(DocumentChange::Action::Added, [this](Scenario &s) { Traits::insert(s, m_pos, m_record); });
    }
    void remove()
    {
        apply(DocumentChange::Action::Removed, [this](Scenario &s) { Traits::remove(s, m_pos); });
    }
    void apply(DocumentChange::Action action, const std::function<void(Scenario &)> &edit)
    {
        m_editor.edit(Traits::change(m_editor.scenario(), m_pos, m_record, action), edit);
    }

    DocumentEditor m_editor;
    RecordPos m_pos;
    Record m_record;
    bool m_insert;
};

// A command made of child commands (a removal with its cascade): the analysis is brought up to
// date once, after all of them.
class CompoundCommand : public QUndoCommand
{
public:
    CompoundCommand(Document *document, const QString &text)
        : QUndoCommand(text)
        , m_editor(document)
    {
    }
    void redo() override
    {
        DocumentEditor::Batch batch(m_editor);
        QUndoCommand::redo();
    }
    void undo() override
    {
        DocumentEditor::Batch batch(m_editor);
        QUndoCommand::undo();
    }

private:
    DocumentEditor m_editor;
};

// Top-level lists: `List` is the member of Scenario, `kind` the DocumentChange kind.
template<typename T, QVector<T> Scenario::*List, DocumentChange::Kind kind>
struct ListTraits
{
    using Record = T;
    static const T &get(const Scenario &s, RecordPos pos) { return (s.*List)[pos.index]; }
    static void insert(Scenario &s, RecordPos pos, const T &r) { (s.*List).insert(pos.index, r); }
    static void remove(Scenario &s, RecordPos pos) { (s.*List).remove(pos.index); }
    static DocumentChange change(const Scenario &, RecordPos pos, const T &r,
                                 DocumentChange::Action action)
    {
        DocumentChange c;
        c.action = action;
        c.kind = kind;
        c.index = pos.index;
        describeRecord(c, r);
        return c;
    }
};

inline void describeRecord(DocumentChange &c, const Party &r) { c.id = r.id; }
inline void describeRecord(DocumentChange &c, const Desire &r) { c.id = r.id; }
inline void describeRecord(DocumentChange &c, const OutsideOption &r) { c.id = r.id; }
inline void describeRecord(DocumentChange &, const Event &) {}
inline void describeRecord(DocumentChange &c, const Provision &r)
{
    c.id = r.from;
    c.other = r.to;
    c.desire = r.desire;
}
inline void describeRecord(DocumentChange &c, const Investment &r)
{
    c.id = r.party;
    c.other = r.partner;
}

// A need in a party's list: DocumentChange id is the party, index the need's row.
struct NeedTraits
{
    using Record = Need;
    static const Need &get(const Scenario &s, RecordPos p) { return s.parties[p.parent].needs[p.index]; }
    static void insert(Scenario &s, RecordPos p, const Need &r) { s.parties[p.parent].needs.insert(p.index, r); }
    static void remove(Scenario &s, RecordPos p) { s.parties[p.parent].needs.remove(p.index); }
    static DocumentChange change(const Scenario &s, RecordPos p, const Need &r,
                                 DocumentChange::Action action)
    {
        DocumentChange c;
        c.action = action;
        c.kind = DocumentChange::Kind::Need;
        c.id = s.parties[p.parent].id;
        c.desire = r.desire;
        c.index = p.index;
        return c;
    }
};

// An offer in an option's list: DocumentChange id is the option, index the offer's row.
struct OfferTraits
{
    using Record = Offer;
    static const Offer &get(const Scenario &s, RecordPos p) { return s.options[p.parent].offers[p.index]; }
    static void insert(Scenario &s, RecordPos p, const Offer &r) { s.options[p.parent].offers.insert(p.index, r); }
    static void remove(Scenario &s, RecordPos p) { s.options[p.parent].offers.remove(p.index); }
    static DocumentChange change(const Scenario &s, RecordPos p, const Offer &r,
                                 DocumentChange::Action action)
    {
        DocumentChange c;
        c.action = action;
        c.kind = DocumentChange::Kind::Offer;
        c.id = s.options[p.parent].id;
        c.desire = r.desire;
        c.index = p.index;
        return c;
    }
};

// A change in an event's list: announced as a change of the event (its Changes field).
struct EventChangeTraits
{
    using Record = Change;
    static const Change &get(const Scenario &s, RecordPos p) { return s.events[p.parent].changes[p.index]; }
    static void insert(Scenario &s, RecordPos p, const Change &r) { s.events[p.parent].changes.insert(p.index, r); }
    static void remove(Scenario &s, RecordPos p) { s.events[p.parent].changes.remove(p.index); }
    // The event's row stays; only its list of changes grows or shrinks.
    static DocumentChange change(const Scenario &, RecordPos p, const Change &,
                                 DocumentChange::Action)
    {
        DocumentChange c;
        c.kind = DocumentChange::Kind::Event;
        c.field = DocumentChange::Field::Changes;
        c.index = p.parent;
        return c;
    }
};

using PartyRecord = RecordCommand<ListTraits<Party, &Scenario::parties, DocumentChange::Kind::Party>>;
using DesireRecord = RecordCommand<ListTraits<Desire, &Scenario::desires, DocumentChange::Kind::Desire>>;
using ProvisionRecord = RecordCommand<ListTraits<Provision, &Scenario::provisions, DocumentChange::Kind::Provision>>;
using OptionRecord = RecordCommand<ListTraits<OutsideOption, &Scenario::options, DocumentChange::Kind::Option>>;
using InvestmentRecord = RecordCommand<ListTraits<Investment, &Scenario::investments, DocumentChange::Kind::Investment>>;
using EventRecord = RecordCommand<ListTraits<Event, &Scenario::events, DocumentChange::Kind::Event>>;
using NeedRecord = RecordCommand<NeedTraits>;
using OfferRecord = RecordCommand<OfferTraits>;
using EventChangeRecord = RecordCommand<EventChangeTraits>;

} // namespace powerfield
