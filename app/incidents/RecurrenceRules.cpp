// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/RecurrenceRules.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace bk {

namespace {

// lupdate files these messages under "RecurrenceRules", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RecurrenceRules)
};

} // namespace

namespace RecurrenceRules {

std::optional<ContractProposal> propose(const QList<Incident> &clientIncidents,
                                        const QList<StepEntry> &effectiveEntries,
                                        const RecurrenceSettings &settings) {
    QHash<qint64, const Incident *> byId;
    for (const Incident &incident : clientIncidents)
        byId.insert(incident.id, &incident);

    QDateTime settledUntil;
    for (const StepEntry &entry : effectiveEntries) {
        if (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract) &&
            (!settledUntil.isValid() || entry.happenedAt > settledUntil))
            settledUntil = entry.happenedAt;
    }

    QList<const Incident *> counted;
    for (const Incident &incident : clientIncidents) {
        if (incident.crossedBy == CrossedBy::Client &&
            (!settledUntil.isValid() || incident.occurredAt > settledUntil))
            counted.append(&incident);
    }
    std::sort(counted.begin(), counted.end(), [](const Incident *a, const Incident *b) {
        return std::pair(a->occurredAt, a->id) < std::pair(b->occurredAt, b->id);
    });

    if (settings.repeatAfterSummary) {
        for (qsizetype i = counted.size() - 1; i >= 0; --i) {
            const Incident *repeat = counted.at(i);
            for (const StepEntry &entry : effectiveEntries) {
                const Incident *summarised = byId.value(entry.incidentId);
                if (entry.stepKey != QLatin1String(StepKeys::WrittenSummary) || !summarised ||
                    summarised->id == repeat->id || summarised->crossedBy != CrossedBy::Client ||
                    summarised->boundaryKey != repeat->boundaryKey || entry.happenedAt >= repeat->occurredAt)
                    continue;
                ContractProposal proposal;
                proposal.reason = ContractProposal::Reason::RepeatedAfterSummary;
                proposal.boundaryKey = repeat->boundaryKey;
                proposal.incidentIds = {summarised->id, repeat->id};
                proposal.explanation =
                    Tr::tr("The same boundary was crossed again after a written summary about it "
                           "was sent.");
                return proposal;
            }
        }
    }

    const int needed = std::max(1, settings.incidentCount);
    for (qsizetype last = counted.size() - 1; last >= needed - 1; --last) {
        const QDateTime windowStart = counted.at(last)->occurredAt.addDays(-settings.windowDays);
        qsizetype first = last;
        while (first > 0 && counted.at(first - 1)->occurredAt >= windowStart)
            --first;
        if (last - first + 1 >= needed) {
            ContractProposal proposal;
            proposal.reason = ContractProposal::Reason::ManyIncidents;
            proposal.boundaryKey = counted.at(last)->boundaryKey;
            for (qsizetype i = first; i <= last; ++i)
                proposal.incidentIds.append(counted.at(i)->id);
            proposal.explanation =
                QCoreApplication::translate("RecurrenceRules", "%n incidents within %1 days.", nullptr,
                                            int(proposal.incidentIds.size()))
                    .arg(settings.windowDays);
            return proposal;
        }
    }
    return std::nullopt;
}

BehaviouralContract draftContract(const ContractProposal &proposal, const QList<Incident> &clientIncidents,
                                  const PolicyDocument &policy, const QDate &today) {
    BehaviouralContract contract;
    QStringList keys;
    for (const Incident &incident : clientIncidents) {
        if (proposal.incidentIds.contains(incident.id) && !keys.contains(incident.boundaryKey))
            keys.append(incident.boundaryKey);
    }
    QStringList appropriate;
    QStringList consequences;
    for (const QString &key : keys) {
        const Boundary *boundary = policy.boundary(key);
        if (!boundary)
            continue;
        appropriate.append(boundary->title + QStringLiteral(": ") + boundary->appropriate);
        if (!boundary->consequence.isEmpty())
            consequences.append(boundary->consequence);
        contract.measurableGoals.append(
            Tr::tr("No further incident concerning \"%1\" before the review date.").arg(boundary->title));
    }
    contract.appropriate = appropriate.join(QLatin1Char('\n'));
    contract.replacement = Tr::tr(
        "When something cannot wait, use the agreed channels within working hours, or write and expect an "
        "answer on the next working day.");
    contract.measurableGoals.append(Tr::tr("Every follow-up meeting before the review date is attended."));
    consequences.append(
        Tr::tr("If the contract is not kept, the next step of the practice's ladder follows, up to "
               "ending the engagement."));
    contract.consequences = consequences.join(QLatin1Char('\n'));
    contract.reviewDate = today.addDays(28);
    contract.status = ContractStatus::Drafted;
    return contract;
}

} // namespace RecurrenceRules

} // namespace bk
