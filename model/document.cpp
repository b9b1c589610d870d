// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "commands/actioncommand.h"
#include "commands/scenariocommands.h"
#include "timeline.h"
#include "timestep.h"

#include <QUndoStack>

#include <map>

namespace powerfield {

struct Document::Private
{
    Scenario scenario;
    Scenario saved; // as loaded or last saved, for resetToSaved()
    Scenario state;
    Analysis analysis;
    QUndoStack stack;
    QString filePath;
    Selection selection;
    int time = 0;
    int gesture = 0;
    bool inGesture = false;
    QString author;
    // Each author's gesture in progress (students drag at once), and its edits so far: done at
    // once, pushed as one undo entry when the gesture ends, whatever others pushed meanwhile.
    QHash<QString, int> authorGestures;
    std::map<QString, std::unique_ptr<ActionCommand>> authorActions;
    int batch = 0;
    bool batchDirty = false;
    std::unique_ptr<ActionCommand> action; // the user action being built, if any
};

Document::Document(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    connect(&d->stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    d->analysis.reset(d->state);
}

Document::~Document()
{
    // ~QUndoStack clears the stack, which would report a modified document as clean.
    disconnect(&d->stack, nullptr, this, nullptr);
}

const Scenario &Document::scenario() const { return d->scenario; }
const Scenario &Document::state() const { return d->state; }
const Analysis &Document::analysis() const { return d->analysis; }
QUndoStack *Document::undoStack() const { return &d->stack; }
QString Document::filePath() const { return d->filePath; }
bool Document::isModified() const { return !d->stack.isClean(); }
int Document::currentTime() const { return d->time; }
Lens Document::lens() const { return d->analysis.lens(); }
Selection Document::selection() const { return d->selection; }

void Document::setScenario(const Scenario &scenario, const QString &filePath)
{
    d->saved = scenario;
    d->time = 0;
    d->action.reset(); // an action open on the old scenario is gone with it
    d->authorActions.clear();
    rawReplace(scenario);
    d->stack.clear(); // also marks the stack clean
    emit currentTimeChanged(d->time);
    if (!d->selection.isEmpty()) {
        d->selection = Selection();
        emit selectionChanged(d->selection);
    }
    if (filePath != d->filePath) {
        d->filePath = filePath;
        emit filePathChanged(filePath);
    }
}

void Document::markSaved(const QString &path)
{
    d->saved = d->scenario;
    d->stack.setClean();
    if (path != d->filePath) {
        d->filePath = path;
        emit filePathChanged(path);
    }
}

void Document::resetToSaved()
{
    if (d->scenario != d->saved)
        push(new ReplaceScenario(this, d->saved, tr("Reset to saved")));
}

void Document::recover(const Scenario &scenario)
{
    if (d->scenario != scenario)
        push(new ReplaceScenario(this, scenario, tr("Restore unsaved changes")));
}

void Document::setCurrentTime(int time)
{
    time = qBound(0, time, d->scenario.duration);
    if (time == d->time)
        return;
    moveInTime(d->scenario, d->time, time, d->state, d->analysis); // incremental (timestep.h)
    d->time = time;
    emit currentTimeChanged(time);
    emit analysisChanged();
}

void Document::setLens(Lens lens)
{
    if (lens == d->analysis.lens())
        return;
    d->analysis.setLens(lens);
    emit lensChanged(lens);
    emit analysisChanged();
}

void Document::setSelection(const Selection &selection)
{
    Selection s = selection.a.isEmpty() ? Selection{selection.b, QString()} : selection;
    if (s.a == s.b)
        s.b.clear();
    const bool known = (s.a.isEmpty() || d->scenario.party(s.a))
                       && (s.b.isEmpty() || d->scenario.party(s.b));
    if (!known || s == d->selection)
        return;
    d->selection = s;
    emit selectionChanged(s);
}

void Document::beginGesture()
{
    if (!d->author.isEmpty()) {
        endGesture(); // one gesture per author at a time
        d->authorGestures.insert(d->author, ++d->gesture);
        d->authorActions[d->author] = std::make_unique<ActionCommand>(QString());
    } else {
        ++d->gesture;
        d->inGesture = true;
    }
}

void Document::endGesture()
{
    if (!d->author.isEmpty()) {
        d->authorGestures.remove(d->author);
        const auto it = d->authorActions.find(d->author);
        if (it == d->authorActions.end())
            return;
        std::unique_ptr<ActionCommand> action = std::move(it->second);
        d->authorActions.erase(it);
        if (action->isEmpty())
            return;
        const QString text = action->lastChildText();
        action->setText(text.startsWith(authoredText(d->author, QString())) ? text
                                                                           : authoredText(d->author, text));
        d->stack.push(action.release());
    } else {
        d->inGesture = false;
    }
}

QString Document::author() const
{
    return d->author;
}

void Document::setAuthor(const QString &author)
{
    d->author = author;
}

Document::AuthorScope::AuthorScope(Document *document, const QString &author)
    : m_document(document)
    , m_previous(document->author())
{
    document->setAuthor(author);
}

Document::AuthorScope::~AuthorScope()
{
    m_document->setAuthor(m_previous);
}

QString Document::authoredText(const QString &author, const QString &text)
{
    return author.isEmpty() ? text : tr("%1: %2", "an edit named with the student who made it").arg(author, text);
}

int Document::gestureId() const
{
    if (!d->author.isEmpty())
        return d->authorGestures.value(d->author, 0);
    return d->inGesture ? d->gesture : 0;
}

bool Document::push(QUndoCommand *command)
{
    const QString authored = authoredText(d->author, QString());
    if (!d->author.isEmpty() && !command->text().startsWith(authored))
        command->setText(authoredText(d->author, command->text()));
    if (d->action) { // part of the user action being built: done now, pushed with the action
        command->redo();
        d->action->addDone(command);
        return true;
    }
    if (!d->author.isEmpty()) {
        const auto it = d->authorActions.find(d->author);
        if (it != d->authorActions.end()) { // the author's gesture: pushed when it ends
            command->redo();
            it->second->addDone(command);
            return true;
        }
    }
    d->stack.push(command);
    return true;
}

bool Document::act(const QString &text, const std::function<bool()> &steps)
{
    if (d->action) // already inside an action (a drag): the steps join it
        return steps();
    d->action = std::make_unique<ActionCommand>(text);
    const bool ok = steps(); // each step sees the state the steps before it left
    std::unique_ptr<ActionCommand> action = std::move(d->action);
    if (!ok && action)
        action->rollBack();
    if (ok && action && !action->isEmpty())
        d->stack.push(action.release());
    return ok;
}

void Document::beginPartyDrag(const QString &party)
{
    const Party *p = scenario().party(party);
    if (d->action || !p)
        return;
    d->action = std::make_unique<ActionCommand>(tr("Move %1").arg(p->name));
    beginGesture();
    setPartyPinned(party, true);
}

void Document::endPartyDrag()
{
    endGesture();
    std::unique_ptr<ActionCommand> action = std::move(d->action);
    if (action && !action->isEmpty())
        d->stack.push(action.release());
}

void Document::rawEdit(const DocumentChange &change, const std::function<void(Scenario &)> &apply)
{
    emit aboutToChange(change);
    apply(d->scenario);
    const bool timeMoved = d->time > d->scenario.duration;
    if (timeMoved)
        d->time = d->scenario.duration;
    refresh(change);
    emit changed(change);
    adjustSelection(change);
    if (timeMoved)
        emit currentTimeChanged(d->time);
    if (d->batch == 0)
        emit analysisChanged();
}

void Document::rawReplace(const Scenario &scenario)
{
    emit scenarioAboutToBeReset();
    d->scenario = scenario;
    const int time = d->time;
    d->time = qBound(0, d->time, scenario.duration);
    recompute();
    emit scenarioReset();
    if (time != d->time)
        emit currentTimeChanged(d->time);
    DocumentChange removal; // parties may be gone: keep the selection on those that remain
    removal.kind = DocumentChange::Kind::Party;
    removal.action = DocumentChange::Action::Removed;
    adjustSelection(removal);
    emit analysisChanged();
}

void Document::beginBatch()
{
    ++d->batch;
}

void Document::endBatch()
{
    if (--d->batch > 0 || !d->batchDirty)
        return;
    d->batchDirty = false;
    recompute();
    emit analysisChanged();
}

void Document::recompute()
{
    d->state = stateAt(d->scenario, d->time);
    d->analysis.reset(d->state);
}

// Updates the analysis for the one record an edit touched; structural edits rebuild it.
void Document::refresh(const DocumentChange &c)
{
    using Kind = DocumentChange::Kind;
    if (d->batch > 0) {
        d->batchDirty = true;
        return;
    }
    d->state = stateAt(d->scenario, d->time);
    Analysis &a = d->analysis;
    const bool changed = c.action == DocumentChange::Action::Changed;
    switch (c.kind) {
    case Kind::Party:
        return changed ? a.updateParty(d->state, c.id) : a.reset(d->state);
    case Kind::Need:
        return a.updateParty(d->state, c.id);
    case Kind::Desire:
    case Kind::Option:
        return changed ? void() : a.reset(d->state);
    case Kind::Provision:
        return a.updateProvision(d->state, c.id, c.other, c.desire);
    case Kind::Offer:
        return a.updateOffer(d->state, c.id, c.desire);
    case Kind::Investment:
        return a.updateInvestment(d->state, c.id, c.other);
    case Kind::Event:
    case Kind::Meta:
        return a.reset(d->state);
    }
}

// Keeps the selection on parties that exist (after a removal or a reset).
void Document::adjustSelection(const DocumentChange &change)
{
    if (change.kind != DocumentChange::Kind::Party
        || change.action != DocumentChange::Action::Removed || d->selection.isEmpty())
        return;
    Selection s = d->selection;
    if (!s.b.isEmpty() && !d->scenario.party(s.b))
        s.b.clear();
    if (!d->scenario.party(s.a))
        s = Selection{s.b, QString()};
    if (s == d->selection)
        return;
    d->selection = s;
    emit selectionChanged(s);
}

} // namespace powerfield
