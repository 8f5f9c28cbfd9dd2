// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/incidents/Incident.h"
#include "app/policy/BoundaryPolicy.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bk {

/// Where an open incident stands on the practice's ladder and what is due next.
struct LadderPosition {
    QString currentStep; ///< the furthest step recorded, empty before the first
    QString nextStep;    ///< the step after it, empty at the last step
    QString nextAction;  ///< in words, for lists and reminders
    QDate nextDue;
    /// What the due date derives from, so that a move applies to this action only: the goal follow-up due
    /// (0: none, or a goal just stored whose id is not known yet) and the step entry the date is counted from
    /// (the entry that set the goal, the behavioural contract reviewed, or the latest entry; 0: none yet).
    qint64 dueFollowUpId = 0;
    qint64 dueStepId = 0;
};

/// Derives ladder positions from recorded steps. Pure functions over the policy's ladder.
namespace EscalationLadder {

/// Days allowed after the previous step (or after logging, for the conversation) before `stepKey` is due:
/// the conversation within 2 days, the written summary 2 days after it, goals within a week, a
/// contract, resources or ending within two weeks, anything else within a week.
int daysToReach(const QString &stepKey);

/// Index of `stepKey` in `ladder`, or -1.
int indexOf(const QList<LadderStep> &ladder, const QString &stepKey);

/// The position of an open incident logged on `loggedOn` (a date on the practice's calendar), from its
/// effective step entries (see effectiveSteps()), the follow-ups set with them and their effective outcomes
/// (see effectiveOutcomes()). Open goal follow-ups come first (the earliest is due next); a behavioural
/// contract is reviewed on its review date; when every goal of the furthest step was met, the behaviour is
/// corrected and the incident is to be closed rather than taken further; otherwise the next ladder step is
/// due; after the last step the incident is to be closed. Steps whose keys the ladder does not hold are
/// ignored.
LadderPosition position(const QList<LadderStep> &ladder, const QList<StepEntry> &effectiveEntries,
                        const QList<FollowUp> &followUps, const QList<FollowUpOutcome> &effectiveOutcomes,
                        const QDate &loggedOn);

} // namespace EscalationLadder

} // namespace bk
