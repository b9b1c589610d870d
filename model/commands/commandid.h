// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace powerfield {

// The merge ids of undo commands (QUndoCommand::id()): commands with the same id and the same
// target merge within one gesture. Commands that never merge return -1.
enum CommandId {
    CmdSetTitle = 1,
    CmdSetDuration,
    CmdRenameParty,
    CmdSetPartyColor,
    CmdSetPartyKind,
    CmdSetPartyActive,
    CmdSetComparisonLevel,
    CmdMoveParty,
    CmdSetImportance,
    CmdRenameDesire,
    CmdSetDesireBase,
    CmdSetProvisionQuality,
    CmdSetProvisionPerceived,
    CmdRenameOption,
    CmdSetOffer,
    CmdSetInvestment,
    CmdSetInvestmentExclusive,
    CmdSetEventTime,
    CmdSetEventLabel,
    CmdSetEventCaption,
    CmdSetEventChange,
    CmdEditAtTime,
    CmdSetScenarioTexts,
};

} // namespace powerfield
