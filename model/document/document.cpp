// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "changebuilders.h"
#include "changemerge.h"
#include "commands/actioncommand.h"
#include "commands/desirecommands.h"
#include "commands/edittimecommand.h"
#include "commands/eventcommands.h"
#include "commands/investmentcommands.h"
#include "commands/layoutcommands.h"
#include "commands/needcommands.h"
#include "commands/optioncommands.h"
#include "commands/partycommands.h"
#include "commands/provisioncommands.h"
#include "commands/scenariocommands.h"
#include "editchecks.h"
#include "layoutscenario.h"
#include "newrecords.h"
#include "scenarioreader.h"
#include "scenariowriter.h"
#include "timeline.h"
#include "timestep.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

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
    if (!patchParty(c))
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

// An edit of one party's own values or needs (a drag moves one party per frame, a slider sets
// one importance) changes only its record in the state: it is read again from the written one,
// without replaying the whole timeline.
bool Document::patchParty(const DocumentChange &c)
{
    using Field = DocumentChange::Field;
    const Field f = c.field;
    const bool own = f == Field::Name || f == Field::Kind || f == Field::Color || f == Field::Position
                     || f == Field::ComparisonLevel || f == Field::Active;
    const bool partyValue = c.kind == DocumentChange::Kind::Party && c.action == DocumentChange::Action::Changed && own;
    if (!partyValue && c.kind != DocumentChange::Kind::Need)
        return false;
    const QVector<Party> &written = d->scenario.parties;
    const int index = partyValue ? c.index : d->scenario.partyIndex(c.id); // a need's index is its row
    if (index < 0 || index >= written.size() || d->state.parties.size() != written.size()
        || written[index].id != c.id || d->state.parties[index].id != c.id)
        return false;
    d->state.parties[index] = partyAt(d->scenario, index, d->time);
    return true;
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

// ----------------------------------------------------------------------------------------------
// load and save, apart from document.cpp so that code which never touches files
// links without the reader and writer.

bool Document::load(const QString &path, QString *error)
{
    Scenario scenario;
    ScenarioError problem;
    if (!readScenarioFile(path, &scenario, &problem)) {
        if (error)
            *error = problem.message();
        return false;
    }
    setScenario(scenario, path);
    return true;
}

// The selection and lens are not stored into scenario().ui: that would change the written
// scenario without an undo command and dirty the document; ui stays as loaded.
bool Document::save(const QString &path, QString *error)
{
    if (!writeScenarioFile(path, scenario(), error))
        return false;
    markSaved(path);
    return true;
}

// ----------------------------------------------------------------------------------------------
// editing in time: an edit at t > 0 becomes a change of the event at t.

bool Document::editAtCurrentTime(const Change &change, QString *error)
{
    if (!checks::change(scenario(), change, error))
        return false;
    if (holds(state(), change))
        return true; // never push a no-op
    const int t = currentTime();
    if (t == 0)
        return editWritten(change, error);
    const int e = lastEventAt(scenario(), t);
    if (e < 0)
        return push(new EditAtTime(this, {t, tr("Changes at step %1").arg(t), QString(), {change}}));
    QVector<Change> changes = scenario().events[e].changes;
    int i = int(changes.size()) - 1;
    while (i >= 0 && !sameRecord(changes[i], change))
        --i;
    if (i >= 0)
        changes[i] = merged(changes[i], change);
    else
        changes.append(change);
    return push(new EditAtTime(this, e, changes));
}

// At time 0: the written scenario, through the write function of the change's record.
bool Document::editWritten(const Change &c, QString *error)
{
    switch (c.target) {
    case Change::Target::Party:
        return writeParty(c, error);
    case Change::Target::Need:
        return writeImportance(c.party, c.desire, c.importance.value_or(0.0), error);
    case Change::Target::Provision:
        return writeProvision(c, error);
    case Change::Target::Option: {
        const OutsideOption &o = scenario().options[scenario().optionIndex(c.option)];
        const int i = o.offerIndex(c.desire);
        Rating r = i < 0 ? Rating() : o.offers[i].rating;
        r.quality = c.quality.value_or(r.quality);
        r.perceived = c.perceived ? c.perceived : r.perceived;
        return writeOffer(c.option, c.desire, r, error);
    }
    case Change::Target::Investment:
        return writeInvestment(c, error);
    }
    return false;
}

// ----------------------------------------------------------------------------------------------
// edit functions for the scenario, its parties, needs and desires.

bool Document::setTitle(const QString &title, QString *error)
{
    if (!checks::text(title, limits::kMaxNameLength, tr("The title"), error))
        return false;
    return title == scenario().title || push(new SetTitle(this, title));
}

bool Document::setScenarioTexts(const ScenarioTexts &texts, QString *)
{
    const Scenario &s = scenario();
    return texts == ScenarioTexts{s.title, s.description, s.notes}
        || push(new SetScenarioTexts(this, texts));
}

bool Document::setDuration(int duration, QString *error)
{
    if (duration < 1)
        return checks::fail(error, tr("The duration must be at least one step"));
    if (duration > kMaxDuration)
        return checks::fail(error, tr("The duration must be at most %1 steps").arg(kMaxDuration));
    const auto &events = scenario().events;
    const auto last = std::max_element(events.cbegin(), events.cend(),
                                       [](const Event &a, const Event &b) { return a.time < b.time; });
    if (last != events.cend() && last->time > duration)
        return checks::fail(error, tr("An event lies at time %1, after the end").arg(last->time));
    return duration == scenario().duration || push(new SetDuration(this, duration));
}

bool Document::addParty(const Party &party, QString *error)
{
    if (!checks::partyRecord(scenario(), party, error))
        return false;
    Party p = party;
    if (p.color.isEmpty())
        p.color = paletteColor(int(scenario().parties.size()));
    return push(addPartyCommand(this, p));
}

bool Document::removeParty(const QString &id, QString *error)
{
    return checks::party(scenario(), id, error) && push(removePartyCommand(this, id));
}

bool Document::renameParty(const QString &id, const QString &name, QString *error)
{
    if (!checks::party(scenario(), id, error) || !checks::name(name, error))
        return false;
    return name == scenario().party(id)->name || push(new RenameParty(this, id, name));
}

bool Document::setPartyColor(const QString &id, const QString &color, QString *error)
{
    if (!checks::party(scenario(), id, error))
        return false;
    if (!isValidColor(color))
        return checks::fail(error, tr("\"%1\" is not a colour of the form #RRGGBB").arg(color));
    return color == scenario().party(id)->color || push(new SetPartyColor(this, id, color));
}

bool Document::setPartyKind(const QString &id, PartyKind kind, QString *error)
{
    if (!checks::party(scenario(), id, error) || !checks::kind(kind, error))
        return false;
    return kind == scenario().party(id)->kind || push(new SetPartyKind(this, id, kind));
}

bool Document::setPartyActive(const QString &id, bool active, QString *error)
{
    Change c = changes::party(id);
    c.active = active;
    return editAtCurrentTime(c, error);
}

bool Document::setComparisonLevel(const QString &id, double value, QString *error)
{
    Change c = changes::party(id);
    c.comparisonLevel = value;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the party's fields in the written scenario.
bool Document::writeParty(const Change &c, QString *error)
{
    const Party *p = scenario().party(c.party);
    if (c.active && *c.active != p->active && !push(new SetPartyActive(this, c.party, *c.active)))
        return false;
    if (c.comparisonLevel && *c.comparisonLevel != p->comparisonLevel)
        push(new SetComparisonLevel(this, c.party, *c.comparisonLevel));
    return !(c.x || c.y) || moveParty(c.party, QPointF(c.x.value_or(p->x), c.y.value_or(p->y)), error);
}

bool Document::moveParty(const QString &id, QPointF position, QString *error)
{
    if (!checks::party(scenario(), id, error) || !checks::coordinate(position.x(), tr("x"), error)
        || !checks::coordinate(position.y(), tr("y"), error))
        return false;
    const Party *p = scenario().party(id);
    return (position.x() == p->x && position.y() == p->y) || push(new MoveParty(this, id, position));
}

bool Document::setImportance(const QString &party, const QString &desire, double importance,
                             QString *error)
{
    Change c = changes::need(party, desire);
    c.importance = importance;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the need in the written scenario, added when absent.
bool Document::writeImportance(const QString &party, const QString &desire, double importance,
                               QString *)
{
    const Party *p = scenario().party(party);
    const int i = p->needIndex(desire);
    return (i >= 0 && p->needs[i].importance == importance)
           || push(new SetImportance(this, party, desire, importance));
}

bool Document::addNeed(const QString &party, const QString &desire, double importance,
                       QString *error)
{
    const Scenario &s = scenario();
    if (!checks::party(s, party, error) || !checks::desire(s, desire, error)
        || !checks::unit(importance, tr("The importance"), error))
        return false;
    if (s.party(party)->needIndex(desire) >= 0)
        return checks::fail(error, tr("%1 wants %2 already").arg(party, desire));
    return push(addNeedCommand(this, party, desire, importance));
}

bool Document::hasNeed(const QString &party, const QString &desire) const
{
    const Scenario &s = scenario();
    if (const Party *p = s.party(party); p && p->needIndex(desire) >= 0)
        return true;
    for (const Event &e : s.events) {
        for (const Change &c : e.changes) {
            if (c.target == Change::Target::Need && c.party == party && c.desire == desire)
                return true;
        }
    }
    return false;
}

bool Document::removeNeed(const QString &party, const QString &desire, QString *error)
{
    if (!checks::party(scenario(), party, error) || !checks::desire(scenario(), desire, error))
        return false;
    if (!hasNeed(party, desire))
        return checks::fail(error, tr("%1 has no need for %2").arg(party, desire));
    return push(removeNeedCommand(this, party, desire));
}

bool Document::addDesire(const Desire &desire, QString *error)
{
    if (!checks::newId(desire.id, scenario().desireIndex(desire.id) >= 0, error)
        || !checks::name(desire.name, error) || !checks::base(desire.base, error))
        return false;
    return push(addDesireCommand(this, desire));
}

bool Document::addWantedDesire(const Desire &desire, const QString &party, double importance,
                               QString *error)
{
    if (!checks::newId(desire.id, scenario().desireIndex(desire.id) >= 0, error)
        || !checks::name(desire.name, error) || !checks::base(desire.base, error)
        || !checks::party(scenario(), party, error)
        || !checks::unit(importance, tr("The importance"), error))
        return false;
    return push(addWantedDesireCommand(this, desire, party, importance));
}

bool Document::removeDesire(const QString &id, QString *error)
{
    return checks::desire(scenario(), id, error) && push(removeDesireCommand(this, id));
}

bool Document::renameDesire(const QString &id, const QString &name, QString *error)
{
    if (!checks::desire(scenario(), id, error) || !checks::name(name, error))
        return false;
    return name == scenario().desires[scenario().desireIndex(id)].name
           || push(new RenameDesire(this, id, name));
}

bool Document::setDesireBase(const QString &id, PowerBase base, QString *error)
{
    if (!checks::desire(scenario(), id, error) || !checks::base(base, error))
        return false;
    return base == scenario().desires[scenario().desireIndex(id)].base
           || push(new SetDesireBase(this, id, base));
}

// ----------------------------------------------------------------------------------------------
// edit functions for provisions, outside options and investments.

namespace {

bool findProvision(const Scenario &s, const QString &from, const QString &to,
                   const QString &desire, QString *error)
{
    if (s.provisionIndex(from, to, desire) >= 0)
        return true;
    return checks::fail(error, Document::tr("There is no provision of %1 from %2 to %3")
                                   .arg(desire, from, to));
}

} // namespace

bool Document::addProvision(const Provision &p, QString *error)
{
    const Scenario &s = scenario();
    if (!checks::pair(s, p.from, p.to, error) || !checks::desire(s, p.desire, error)
        || !checks::rating(p.rating, error))
        return false;
    if (s.provisionIndex(p.from, p.to, p.desire) >= 0)
        return checks::fail(error, tr("%1 already provides %2 to %3").arg(p.from, p.desire, p.to));
    return push(addProvisionCommand(this, p));
}

bool Document::addWantedProvision(const Provision &p, double importance, QString *error)
{
    const Scenario &s = scenario();
    if (!checks::pair(s, p.from, p.to, error) || !checks::desire(s, p.desire, error)
        || !checks::rating(p.rating, error) || !checks::unit(importance, tr("The importance"), error))
        return false;
    if (s.provisionIndex(p.from, p.to, p.desire) >= 0)
        return checks::fail(error, tr("%1 already provides %2 to %3").arg(p.from, p.desire, p.to));
    if (s.party(p.to)->needIndex(p.desire) >= 0)
        return checks::fail(error, tr("%1 wants %2 already").arg(p.to, p.desire));
    return push(addWantedProvisionCommand(this, p, importance));
}

bool Document::removeProvision(const QString &from, const QString &to, const QString &desire,
                               QString *error)
{
    return findProvision(scenario(), from, to, desire, error)
           && push(removeProvisionCommand(this, {from, to, desire}));
}

bool Document::setProvisionQuality(const QString &from, const QString &to, const QString &desire,
                                   double quality, QString *error)
{
    if (!findProvision(state(), from, to, desire, error))
        return false;
    Change c = changes::provision(from, to, desire);
    c.quality = quality;
    return editAtCurrentTime(c, error);
}

bool Document::setProvisionPerceived(const QString &from, const QString &to, const QString &desire,
                                     std::optional<double> perceived, QString *error)
{
    if (!findProvision(state(), from, to, desire, error))
        return false;
    if (perceived) {
        Change c = changes::provision(from, to, desire);
        c.perceived = perceived;
        return editAtCurrentTime(c, error);
    }
    // A belief that follows the quality again is no change in time: the written record.
    const Scenario &s = scenario();
    if (!findProvision(s, from, to, desire, error))
        return false;
    return !s.provisions[s.provisionIndex(from, to, desire)].rating.perceived
           || push(new SetProvisionPerceived(this, {from, to, desire}, std::nullopt));
}

// At time 0 (editAtCurrentTime): the provision in the written scenario, added when absent.
bool Document::writeProvision(const Change &c, QString *error)
{
    const Scenario &s = scenario();
    const int i = s.provisionIndex(c.party, c.other, c.desire);
    if (i < 0)
        return addProvision({c.party, c.other, c.desire, Rating{c.quality.value_or(0.0), c.perceived}}, error);
    const Rating &r = s.provisions[i].rating;
    if (c.quality && *c.quality != r.quality)
        push(new SetProvisionQuality(this, {c.party, c.other, c.desire}, *c.quality));
    if (c.perceived && c.perceived != r.perceived)
        push(new SetProvisionPerceived(this, {c.party, c.other, c.desire}, c.perceived));
    return true;
}

bool Document::addOption(const OutsideOption &option, QString *error)
{
    return checks::optionRecord(scenario(), option, error) && push(addOptionCommand(this, option));
}

bool Document::removeOption(const QString &id, QString *error)
{
    return checks::option(scenario(), id, error) && push(removeOptionCommand(this, id));
}

bool Document::renameOption(const QString &id, const QString &name, QString *error)
{
    if (!checks::option(scenario(), id, error) || !checks::name(name, error))
        return false;
    return name == scenario().options[scenario().optionIndex(id)].name
           || push(new RenameOption(this, id, name));
}

bool Document::setOffer(const QString &option, const QString &desire, const Rating &rating,
                        QString *error)
{
    Change c = changes::offer(option, desire);
    c.quality = rating.quality;
    c.perceived = rating.perceived;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the offer in the written scenario, added when absent.
bool Document::writeOffer(const QString &option, const QString &desire, const Rating &rating, QString *)
{
    const Scenario &s = scenario();
    const OutsideOption &o = s.options[s.optionIndex(option)];
    const int i = o.offerIndex(desire);
    return (i >= 0 && o.offers[i].rating == rating) || push(new SetOffer(this, {option, desire}, rating));
}

bool Document::removeOffer(const QString &option, const QString &desire, QString *error)
{
    const Scenario &s = scenario();
    if (!checks::option(s, option, error) || !checks::desire(s, desire, error))
        return false;
    if (s.options[s.optionIndex(option)].offerIndex(desire) < 0)
        return checks::fail(error, tr("%1 offers nothing for %2").arg(option, desire));
    return push(removeOfferCommand(this, {option, desire}));
}

bool Document::setInvestment(const QString &party, const QString &partner, double amount,
                             QString *error)
{
    Change c = changes::investment(party, partner);
    c.amount = amount;
    return editAtCurrentTime(c, error);
}

bool Document::setInvestmentExclusive(const QString &party, const QString &partner, bool exclusive,
                                      QString *error)
{
    Change c = changes::investment(party, partner);
    c.exclusive = exclusive;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the investment in the written scenario, added when absent.
bool Document::writeInvestment(const Change &c, QString *)
{
    const Scenario &s = scenario();
    const int i = s.investmentIndex(c.party, c.other);
    const Investment old = i >= 0 ? s.investments[i] : Investment{c.party, c.other, 0.0, false};
    if (c.amount && (i < 0 || *c.amount != old.amount)) {
        Investment next = old;
        next.amount = *c.amount;
        push(new SetInvestment(this, CmdSetInvestment, next));
    }
    const int j = scenario().investmentIndex(c.party, c.other);
    if (c.exclusive && (j < 0 || *c.exclusive != scenario().investments[j].exclusive)) {
        Investment next = j >= 0 ? scenario().investments[j] : old;
        next.exclusive = *c.exclusive;
        push(new SetInvestment(this, CmdSetInvestmentExclusive, next));
    }
    return true;
}

// ----------------------------------------------------------------------------------------------
// edit functions for the events of the timeline.

namespace {

bool findEvent(const Scenario &s, int index, QString *error)
{
    if (index >= 0 && index < s.events.size())
        return true;
    return checks::fail(error, Document::tr("There is no event %1").arg(index));
}

bool findChange(const Scenario &s, int index, int change, QString *error)
{
    if (!findEvent(s, index, error))
        return false;
    if (change >= 0 && change < s.events[index].changes.size())
        return true;
    return checks::fail(error, Document::tr("The event has no change %1").arg(change));
}

} // namespace

bool Document::addEvent(const Event &event, QString *error)
{
    return checks::event(scenario(), event, error) && push(addEventCommand(this, event));
}

bool Document::removeEvent(int index, QString *error)
{
    return findEvent(scenario(), index, error) && push(removeEventCommand(this, index));
}

bool Document::setEventTime(int index, int time, QString *error)
{
    if (!findEvent(scenario(), index, error))
        return false;
    if (time < 0 || time > scenario().duration)
        return checks::fail(error, tr("The time must lie between 0 and %1").arg(scenario().duration));
    return time == scenario().events[index].time || push(new SetEventTime(this, index, time));
}

bool Document::setEventLabel(int index, const QString &label, QString *error)
{
    if (!findEvent(scenario(), index, error)
        || !checks::text(label, limits::kMaxNameLength, tr("The label"), error))
        return false;
    return label == scenario().events[index].label || push(new SetEventLabel(this, index, label));
}

bool Document::setEventCaption(int index, const QString &caption, QString *error)
{
    if (!findEvent(scenario(), index, error)
        || !checks::text(caption, limits::kMaxTextLength, tr("The caption"), error))
        return false;
    return caption == scenario().events[index].caption
           || push(new SetEventCaption(this, index, caption));
}

bool Document::addEventChange(int index, const Change &change, QString *error)
{
    return findEvent(scenario(), index, error) && checks::change(scenario(), change, error)
           && push(addEventChangeCommand(this, index, change));
}

bool Document::removeEventChange(int index, int changeIndex, QString *error)
{
    return findChange(scenario(), index, changeIndex, error)
           && push(removeEventChangeCommand(this, index, changeIndex));
}

bool Document::setEventChange(int index, int changeIndex, const Change &change, QString *error)
{
    if (!findChange(scenario(), index, changeIndex, error) || !checks::change(scenario(), change, error))
        return false;
    return change == scenario().events[index].changes[changeIndex]
           || push(new SetEventChange(this, index, changeIndex, change));
}

// ----------------------------------------------------------------------------------------------
// edits for the automatic layout: many parties moved at once, and pinned parties.

bool Document::moveParties(const QHash<QString, QPointF> &positions, const QString &text, QString *error)
{
    QVector<MoveParties::Move> moves;
    // In file order, so the command does the same on every run whatever the hash's order.
    for (const Party &p : scenario().parties) {
        const auto it = positions.constFind(p.id);
        if (it == positions.cend())
            continue;
        if (!checks::coordinate(it->x(), tr("x"), error) || !checks::coordinate(it->y(), tr("y"), error))
            return false;
        if (it->x() != p.x || it->y() != p.y)
            moves.append({p.id, QPointF(p.x, p.y), *it});
    }
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (!checks::party(scenario(), it.key(), error))
            return false;
    return moves.isEmpty() || push(new MoveParties(this, moves, text));
}

bool Document::isPartyPinned(const QString &id) const
{
    return pinnedParties(scenario()).contains(id);
}

bool Document::setPartyPinned(const QString &id, bool pinned, QString *error)
{
    if (!checks::party(scenario(), id, error))
        return false;
    return pinned == isPartyPinned(id) || push(new SetPartyPinned(this, id, pinned));
}

// ----------------------------------------------------------------------------------------------
// user actions: each thing a user does as one undo entry, from fresh ids and default
// names made in one place (newrecords.h).

namespace {

QString partyName(const Scenario &s, const QString &id)
{
    const Party *p = s.party(id);
    return p ? p->name : id;
}

bool between(const Provision &p, const QString &a, const QString &b)
{
    return (p.from == a && p.to == b) || (p.from == b && p.to == a);
}

} // namespace

bool Document::addPartyAt(QPointF position, QString *id, QString *error)
{
    const Party party = newrecords::party(scenario(), position);
    if (!checks::partyRecord(scenario(), party, error)
        || !act(QString(), [&] { return addParty(party, error); }))
        return false;
    if (id)
        *id = party.id;
    return true;
}

bool Document::addNewDesire(QString *id, QString *error)
{
    const Desire desire = newrecords::desire(scenario());
    if (!act(QString(), [&] { return addDesire(desire, error); }))
        return false;
    if (id)
        *id = desire.id;
    return true;
}

bool Document::addDesireFor(const QString &party, const QString &name, double importance,
                            QString *error)
{
    if (!checks::name(name, error)) // a desire the user names: never a default name
        return false;
    const Desire desire = newrecords::desire(scenario(), name.trimmed());
    return act(QString(), [&] { return addWantedDesire(desire, party, importance, error); });
}

bool Document::addOutsideOption(const QString &owner, const QString &desire, QString *error)
{
    if (!checks::party(scenario(), owner, error))
        return false;
    QString offered = desire;
    if (offered.isEmpty()) { // the first desire the owner wants now, if any
        const Party *p = state().party(owner);
        if (p && !p->needs.isEmpty())
            offered = p->needs.first().desire;
    }
    if (!offered.isEmpty() && !checks::desire(scenario(), offered, error))
        return false;
    const OutsideOption option = newrecords::option(scenario(), owner, offered);
    return act(QString(), [&] { return addOption(option, error); });
}

bool Document::removeLink(const QString &a, const QString &b, QString *error)
{
    if (!checks::pair(scenario(), a, b, error))
        return false;
    QVector<Provision> links;
    for (const Provision &p : scenario().provisions)
        if (between(p, a, b))
            links.append(p);
    if (links.isEmpty())
        return checks::fail(error, tr("There is no link between %1 and %2").arg(a, b));
    const QString text = tr("Remove the link between %1 and %2")
                             .arg(partyName(scenario(), a), partyName(scenario(), b));
    return act(text, [&] {
        for (const Provision &p : std::as_const(links))
            if (!removeProvision(p.from, p.to, p.desire, error))
                return false;
        return true;
    });
}

bool Document::setLinkQualities(const QString &a, const QString &b,
                                const QVector<Provision> &provisions, QString *error)
{
    if (!checks::pair(scenario(), a, b, error))
        return false;
    for (const Provision &p : provisions) {
        if (!between(p, a, b))
            return checks::fail(error, tr("%1 to %2 is not between %3 and %4").arg(p.from, p.to, a, b));
        if (state().provisionIndex(p.from, p.to, p.desire) < 0)
            return checks::fail(error, tr("There is no provision of %1 from %2 to %3")
                                           .arg(p.desire, p.from, p.to));
        if (!checks::unit(p.rating.quality, tr("The quality"), error))
            return false;
    }
    const QString text = tr("Edit the link between %1 and %2")
                             .arg(partyName(scenario(), a), partyName(scenario(), b));
    return act(text, [&] {
        for (const Provision &p : provisions)
            if (!setProvisionQuality(p.from, p.to, p.desire, p.rating.quality, error))
                return false;
        return true;
    });
}

} // namespace powerfield
