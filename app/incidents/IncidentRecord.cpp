// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/IncidentRecord.h"

#include "app/common/Clock.h"

#include <algorithm>

namespace bk {

const StepEntry *IncidentRecord::latestEntry(const QString &key) const {
    const QList<StepEntry> effective = effectiveEntries();
    const StepEntry *latest = nullptr;
    for (const StepEntry &entry : entries) {
        if (entry.stepKey != key)
            continue;
        const bool inForce = std::any_of(effective.begin(), effective.end(),
                                         [&entry](const StepEntry &other) { return other.id == entry.id; });
        if (inForce && (!latest || entry.happenedAt >= latest->happenedAt))
            latest = &entry;
    }
    return latest;
}

const FollowUpOutcome *IncidentRecord::outcomeOf(qint64 followUpId) const {
    const QList<FollowUpOutcome> effective = effectiveOutcomes(outcomes);
    const FollowUpOutcome *found = nullptr;
    for (const FollowUpOutcome &outcome : outcomes) {
        if (outcome.followUpId != followUpId)
            continue;
        if (std::any_of(effective.begin(), effective.end(),
                        [&outcome](const FollowUpOutcome &other) { return other.id == outcome.id; }))
            found = &outcome;
    }
    return found;
}

LadderPosition IncidentRecord::ladderPosition(const QList<LadderStep> &ladder) const {
    LadderPosition position =
        EscalationLadder::position(ladder, effectiveEntries(), followUps, effectiveOutcomes(outcomes),
                                   Clock::toLocal(incident.createdAt).date());
    if (!isOpen()) {
        position.nextAction.clear();
        position.nextDue = QDate();
    }
    for (const DueMove &move : dueMoves) {
        if (move.followUpId == position.dueFollowUpId && move.stepId == position.dueStepId &&
            move.originalDue == position.nextDue)
            position.nextDue = move.movedTo;
    }
    return position;
}

void IncidentRecord::add(const StepEntry &entry, const QList<FollowUp> &followUpsOfEntry) {
    // Storage lists entries by time, then id: a new entry (the highest id) follows those of its time.
    const auto at = std::upper_bound(
        entries.begin(), entries.end(), entry.happenedAt,
        [](const QDateTime &happenedAt, const StepEntry &other) { return happenedAt < other.happenedAt; });
    entries.insert(at, entry);
    for (FollowUp followUp : followUpsOfEntry) {
        followUp.incidentId = entry.incidentId;
        followUp.stepId = entry.id;
        const auto place =
            std::upper_bound(followUps.begin(), followUps.end(), followUp.due,
                             [](const QDate &due, const FollowUp &other) { return due < other.due; });
        followUps.insert(place, followUp);
    }
}

void IncidentRecord::add(const FollowUpOutcome &outcome) {
    outcomes.append(outcome);
}

} // namespace bk
