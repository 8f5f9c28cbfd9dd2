// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/EscalationLadder.h"
#include "app/incidents/Incident.h"
#include "app/policy/BoundaryPolicy.h"

#include <QList>

namespace bk {

/// An incident with every row its ladder position derives from, in the order storage lists them: the one
/// place the position is computed, whether from rows just read or from rows in hand plus one just written.
struct IncidentRecord {
    Incident incident;
    /// Every step entry, corrections included, by time then id.
    QList<StepEntry> entries;
    /// Every goal follow-up, by due date then id.
    QList<FollowUp> followUps;
    /// Every outcome, corrections included, in recording order.
    QList<FollowUpOutcome> outcomes;
    /// Every due date moved, in recording order: the position's due date follows the moves made from it.
    QList<DueMove> dueMoves = {};

    bool isOpen() const { return incident.status == IncidentStatus::Open; }
    /// The entries no later entry corrects, in order.
    QList<StepEntry> effectiveEntries() const { return effectiveSteps(entries); }
    /// The latest effective entry of step `key`, or nullptr.
    const StepEntry *latestEntry(const QString &key) const;
    /// The effective outcome of follow-up `followUpId`, or nullptr when it has none.
    const FollowUpOutcome *outcomeOf(qint64 followUpId) const;

    /// Where the incident stands on `ladder`; a closed incident keeps its step but has no next action. A due
    /// date that was moved is the date it was moved to (after every later move from that one), when the move
    /// was made for the very action due now, not for another one that fell due on the same day.
    LadderPosition ladderPosition(const QList<LadderStep> &ladder) const;

    /// Adds `entry` (stored, with its id) and the follow-ups stored with it where storage lists them. The
    /// follow-ups' own ids are not known here: they have no outcome yet, which is all the position needs.
    void add(const StepEntry &entry, const QList<FollowUp> &followUpsOfEntry);
    /// Adds `outcome` (stored, with its id) as the latest recorded.
    void add(const FollowUpOutcome &outcome);
};

} // namespace bk
