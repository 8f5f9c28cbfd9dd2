// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/EscalationLadder.h"

#include "app/common/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace bk {

namespace {

// lupdate files these messages under "EscalationLadder", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(EscalationLadder)
};

QDate localDate(const QDateTime &utc) {
    return Clock::toLocal(utc).date();
}

// When every goal set with `entry` was met: the latest time one was recorded so; invalid when it set none, or
// one is still open or was not (or only partly) met.
QDateTime allGoalsMetAt(const StepEntry &entry, const QList<FollowUp> &followUps,
                        const QHash<qint64, const FollowUpOutcome *> &outcomes) {
    QDateTime metAt;
    for (const FollowUp &followUp : followUps) {
        if (followUp.stepId != entry.id)
            continue;
        const FollowUpOutcome *outcome = outcomes.value(followUp.id);
        if (!outcome || outcome->result != FollowUpResult::Met)
            return {};
        metAt = std::max(metAt, outcome->recordedAt);
    }
    return metAt;
}

} // namespace

namespace EscalationLadder {

int daysToReach(const QString &stepKey) {
    if (stepKey == QLatin1String(StepKeys::Conversation) ||
        stepKey == QLatin1String(StepKeys::WrittenSummary))
        return 2;
    if (stepKey == QLatin1String(StepKeys::BehaviouralContract) ||
        stepKey == QLatin1String(StepKeys::Resources) || stepKey == QLatin1String(StepKeys::EndEngagement))
        return 14;
    return 7;
}

int indexOf(const QList<LadderStep> &ladder, const QString &stepKey) {
    for (qsizetype i = 0; i < ladder.size(); ++i) {
        if (ladder.at(i).key == stepKey)
            return int(i);
    }
    return -1;
}

LadderPosition position(const QList<LadderStep> &ladder, const QList<StepEntry> &effectiveEntries,
                        const QList<FollowUp> &followUps, const QList<FollowUpOutcome> &effectiveOutcomes,
                        const QDate &loggedOn) {
    QHash<qint64, const FollowUpOutcome *> outcomes;
    for (const FollowUpOutcome &outcome : effectiveOutcomes)
        outcomes.insert(outcome.followUpId, &outcome);
    LadderPosition position;
    int current = -1;
    const StepEntry *latest = nullptr;
    const StepEntry *currentEntry = nullptr;
    QSet<qint64> effectiveIds;
    for (const StepEntry &entry : effectiveEntries) {
        effectiveIds.insert(entry.id);
        const int index = indexOf(ladder, entry.stepKey);
        if (index < 0)
            continue;
        if (index >= current) {
            current = index;
            currentEntry = &entry;
        }
        if (!latest || entry.happenedAt > latest->happenedAt)
            latest = &entry;
    }
    if (current >= 0)
        position.currentStep = ladder.at(current).key;
    if (current + 1 < ladder.size())
        position.nextStep = ladder.at(current + 1).key;

    // Goal follow-ups of entries still in force that have no outcome yet come first.
    const FollowUp *earliest = nullptr;
    for (const FollowUp &followUp : followUps) {
        if (!effectiveIds.contains(followUp.stepId) || outcomes.contains(followUp.id))
            continue;
        if (!earliest || followUp.due < earliest->due)
            earliest = &followUp;
    }
    if (earliest) {
        position.nextAction = Tr::tr("Follow up on the goal: %1").arg(earliest->goal);
        position.nextDue = earliest->due;
        position.dueFollowUpId = earliest->id;
        position.dueStepId = earliest->stepId;
        return position;
    }
    if (currentEntry && currentEntry->stepKey == QLatin1String(StepKeys::BehaviouralContract)) {
        const BehaviouralContract contract = StepDetails::contract(*currentEntry);
        if (contract.reviewDate.isValid()) {
            position.nextAction = Tr::tr("Review the behavioural contract");
            position.nextDue = contract.reviewDate;
            position.dueStepId = currentEntry->id;
            return position;
        }
    }
    if (!latest) {
        const LadderStep *first = ladder.isEmpty() ? nullptr : &ladder.first();
        position.nextAction = first ? first->title : Tr::tr("Talk about it in private");
        position.nextDue = loggedOn.addDays(daysToReach(first ? first->key : QString()));
        return position;
    }
    const QDate since = std::max(localDate(latest->happenedAt), loggedOn);
    position.dueStepId = latest->id;
    // The ladder climbs only while the behaviour continues: goals met mean it was corrected, and a contract
    // would answer nothing. A goal not (or only partly) met leads on to the next step as before.
    if (const QDateTime metAt = allGoalsMetAt(*currentEntry, followUps, outcomes); metAt.isValid()) {
        position.nextStep.clear();
        position.nextAction = Tr::tr("The goals were met: record the outcome and close the incident");
        position.nextDue = std::max(since, localDate(metAt)).addDays(7);
        return position;
    }
    if (!position.nextStep.isEmpty()) {
        position.nextAction = ladder.at(current + 1).title;
        position.nextDue = since.addDays(daysToReach(position.nextStep));
    } else {
        position.nextAction = Tr::tr("Record the outcome and close the incident");
        position.nextDue = since.addDays(7);
    }
    return position;
}

} // namespace EscalationLadder

} // namespace bk
