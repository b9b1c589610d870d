// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "documentchange.h"
#include "scenario.h"
#include "selection.h"

#include <QHash>
#include <QObject>
#include <QPointF>

#include <functional>
#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace powerfield {

class DocumentEditor;

// One open scenario: the written scenario, its undo stack and clean state, the current time,
// lens and selection, and the analysis of the state at the current time. Every edit goes
// through one of the edit functions below, which validate the value, push one undo command and
// return false (with a message in `error`) when they refuse it; nothing else changes the data.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Scenario &scenario() const;  // as written: the state before any event
    const Scenario &state() const;     // the state at currentTime()
    const Analysis &analysis() const;  // of state(), under lens()
    QUndoStack *undoStack() const;

    QString filePath() const;
    bool isModified() const;
    // Replaces everything (new, open, example); clears the undo stack and marks the document clean.
    void setScenario(const Scenario &scenario, const QString &filePath = QString());
    // On failure the document is unchanged and `error` reads "FILE: PLACE: REASON".
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    // Back to the scenario as loaded or last saved (PhET's Reset All), as one undoable step.
    void resetToSaved();
    // Puts a recovered scenario (an autosave copy) in place of the written one as one undoable
    // step, so the document stays modified until saved; nothing happens when they are equal.
    void recover(const Scenario &scenario);

    int currentTime() const;
    void setCurrentTime(int time);
    Lens lens() const;
    void setLens(Lens lens);
    Selection selection() const;
    void setSelection(const Selection &selection);

    // Drags (slider or node) call beginGesture() on press and endGesture() on release; every
    // edit of the same value in between merges into one undo command. Under an author (below),
    // each author has a gesture of their own, so students dragging at once do not mix: its edits
    // are done at once and pushed as one undo entry when it ends.
    void beginGesture();
    void endGesture();

    // The person an edit is made for (a student of a class session): while set, every command
    // pushed is named "AUTHOR: what changed" in the undo history, and commands of a gesture merge
    // only with the same author's. Empty (the default): the window's own edits.
    QString author() const;
    void setAuthor(const QString &author);
    // Sets the author for one scope and puts the previous one back at its end.
    class AuthorScope
    {
    public:
        AuthorScope(Document *document, const QString &author);
        ~AuthorScope();
        AuthorScope(const AuthorScope &) = delete;
        AuthorScope &operator=(const AuthorScope &) = delete;

    private:
        Document *m_document;
        QString m_previous;
    };
    // "AUTHOR: text" (text unchanged without an author).
    static QString authoredText(const QString &author, const QString &text);

    bool setTitle(const QString &title, QString *error = nullptr);
    // Title, description and teacher notes in one undo step.
    bool setScenarioTexts(const ScenarioTexts &texts, QString *error = nullptr);
    bool setDuration(int duration, QString *error = nullptr);

    bool addParty(const Party &party, QString *error = nullptr);
    bool removeParty(const QString &id, QString *error = nullptr); // with all that refers to it
    bool renameParty(const QString &id, const QString &name, QString *error = nullptr);
    bool setPartyColor(const QString &id, const QString &color, QString *error = nullptr);
    bool setPartyKind(const QString &id, PartyKind kind, QString *error = nullptr);
    bool setPartyActive(const QString &id, bool active, QString *error = nullptr);
    bool setComparisonLevel(const QString &id, double value, QString *error = nullptr);
    bool moveParty(const QString &id, QPointF position, QString *error = nullptr);
    // The automatic layout coming to rest: every position in `positions` (party id to point) as
    // one undo step named `text`; unknown ids and non-finite points are refused, unchanged
    // positions left out, and nothing is pushed when nothing moves.
    bool moveParties(const QHash<QString, QPointF> &positions, const QString &text,
                     QString *error = nullptr);
    // A pinned party keeps its place when the automatic layout runs (kept in the file's `ui`).
    bool isPartyPinned(const QString &id) const;
    bool setPartyPinned(const QString &id, bool pinned, QString *error = nullptr);
    bool setImportance(const QString &party, const QString &desire, double importance,
                       QString *error = nullptr); // adds the need when absent
    // The party comes to want the desire (a user's "Abe wants Company"), in the written scenario;
    // refused when it wants it already.
    bool addNeed(const QString &party, const QString &desire, double importance,
                 QString *error = nullptr);
    // With the event changes that set the same need, in one undo step.
    bool removeNeed(const QString &party, const QString &desire, QString *error = nullptr);
    // Whether the written scenario or one of its events gives `party` a need for `desire`.
    bool hasNeed(const QString &party, const QString &desire) const;

    bool addDesire(const Desire &desire, QString *error = nullptr);
    // A new desire that `party` wants at `importance`, as one undo step.
    bool addWantedDesire(const Desire &desire, const QString &party, double importance,
                         QString *error = nullptr);
    bool removeDesire(const QString &id, QString *error = nullptr); // with all that refers to it
    bool renameDesire(const QString &id, const QString &name, QString *error = nullptr);
    bool setDesireBase(const QString &id, PowerBase base, QString *error = nullptr);

    bool addProvision(const Provision &provision, QString *error = nullptr);
    // The receiver comes to want the provided desire at `importance`, and the provision is
    // added, as one undo step; refused when the receiver wants it already (use addProvision).
    bool addWantedProvision(const Provision &provision, double importance, QString *error = nullptr);
    bool removeProvision(const QString &from, const QString &to, const QString &desire,
                         QString *error = nullptr);
    bool setProvisionQuality(const QString &from, const QString &to, const QString &desire,
                             double quality, QString *error = nullptr);
    // std::nullopt: the belief follows the quality again.
    bool setProvisionPerceived(const QString &from, const QString &to, const QString &desire,
                               std::optional<double> perceived, QString *error = nullptr);

    bool addOption(const OutsideOption &option, QString *error = nullptr);
    bool removeOption(const QString &id, QString *error = nullptr);
    bool renameOption(const QString &id, const QString &name, QString *error = nullptr);
    bool setOffer(const QString &option, const QString &desire, const Rating &rating,
                  QString *error = nullptr); // adds the offer when absent
    bool removeOffer(const QString &option, const QString &desire, QString *error = nullptr);

    bool setInvestment(const QString &party, const QString &partner, double amount,
                       QString *error = nullptr); // adds the investment when absent
    bool setInvestmentExclusive(const QString &party, const QString &partner, bool exclusive,
                                QString *error = nullptr);

    bool addEvent(const Event &event, QString *error = nullptr); // appended at the end
    bool removeEvent(int index, QString *error = nullptr);
    bool setEventTime(int index, int time, QString *error = nullptr);
    bool setEventLabel(int index, const QString &label, QString *error = nullptr);
    bool setEventCaption(int index, const QString &caption, QString *error = nullptr);
    bool addEventChange(int index, const Change &change, QString *error = nullptr);
    bool removeEventChange(int index, int changeIndex, QString *error = nullptr);
    bool setEventChange(int index, int changeIndex, const Change &change, QString *error = nullptr);

    // Editing in time: sets the values `change` names as they should be from the current time
    // on. At time 0 it edits the written scenario (one edit function per field); at t > 0 it
    // writes a change of the last event at t (merged into that event's change of the same record,
    // else appended; a new event "Changes at step t" when there is none), so one undo removes it
    // and the series changes from t on only. A value the state already holds pushes nothing;
    // a whole gesture at t > 0 (creating the event or not) is one undo entry.
    bool editAtCurrentTime(const Change &change, QString *error = nullptr);

    // User actions: each is one undo entry (one parent command of the edits it is made of),
    // checked before anything changes and pushed only when it changes something.
    // A party with a fresh id and the default name at `position`; its id in `id`.
    bool addPartyAt(QPointF position, QString *id = nullptr, QString *error = nullptr);
    // A desire with a fresh id and the default name; its id in `id`.
    bool addNewDesire(QString *id = nullptr, QString *error = nullptr);
    // A new desire named `name` that `party` wants at `importance`.
    bool addDesireFor(const QString &party, const QString &name, double importance,
                      QString *error = nullptr);
    // An outside option of `owner` with a fresh id and the default name, offering `desire` at 0.5
    // (when `desire` is empty: the first desire the owner wants at the current time, if any).
    bool addOutsideOption(const QString &owner, const QString &desire = QString(),
                          QString *error = nullptr);
    // Every provision between `a` and `b` (either way), with the event changes that set them.
    bool removeLink(const QString &a, const QString &b, QString *error = nullptr);
    // The quality of each provision between `a` and `b` in `provisions`, at the current time.
    bool setLinkQualities(const QString &a, const QString &b, const QVector<Provision> &provisions,
                          QString *error = nullptr);
    // A drag of `party` on the field: pins it, and every move until endPartyDrag() is part of the
    // same undo entry (none when nothing changed).
    void beginPartyDrag(const QString &party);
    void endPartyDrag();

signals:
    // Before the whole scenario is replaced (setScenario, load, reset to saved and its undo);
    // scenarioReset() follows.
    void scenarioAboutToBeReset();
    // Around every change of the written scenario, for item models (begin/end rows).
    void aboutToChange(const powerfield::DocumentChange &change);
    void changed(const powerfield::DocumentChange &change);
    // The state or the analysis at the current time moved (after edits, time or lens changes).
    void analysisChanged();
    void scenarioReset(); // the whole scenario was replaced
    void currentTimeChanged(int time);
    void lensChanged(powerfield::Lens lens);
    void selectionChanged(const powerfield::Selection &selection);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class DocumentEditor;
    // The raw mutators, for undo commands only (through DocumentEditor).
    void rawEdit(const DocumentChange &change, const std::function<void(Scenario &)> &apply);
    void rawReplace(const Scenario &scenario);
    void beginBatch();
    void endBatch();
    int gestureId() const;
    bool push(QUndoCommand *command); // takes ownership; always true
    // Runs `steps` as one user action named `text` (see ActionCommand); rolls back when it fails.
    bool act(const QString &text, const std::function<bool()> &steps);
    // The edits of the written scenario at time 0, one per field the change sets.
    bool writeParty(const Change &change, QString *error);
    bool writeImportance(const QString &party, const QString &desire, double importance, QString *error);
    bool writeProvision(const Change &change, QString *error);
    bool writeOffer(const QString &option, const QString &desire, const Rating &rating, QString *error);
    bool writeInvestment(const Change &change, QString *error);
    bool editWritten(const Change &change, QString *error); // editAtCurrentTime() at time 0
    void refresh(const DocumentChange &change);
    bool patchParty(const DocumentChange &change); // false: the state needs a replay
    void recompute();
    void adjustSelection(const DocumentChange &change);
    void markSaved(const QString &path);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace powerfield

