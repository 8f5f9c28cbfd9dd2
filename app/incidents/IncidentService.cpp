// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/IncidentService.h"

#include "app/common/Clock.h"
#include "app/common/PrivateFile.h"
#include "app/incidents/ConversationPlanner.h"
#include "app/incidents/ICalendar.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/practitioner/AvailabilityService.h"
#include "app/storage/AgreementRepository.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/FollowUpRepository.h"
#include "app/storage/IncidentListQuery.h"
#include "app/storage/MetaRepository.h"
#include "app/storage/PolicyRepository.h"
#include "app/storage/ResourceRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace bk {

namespace {

// lupdate files these messages under "IncidentService", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(IncidentService)
};

Error invalid(const QString &message) {
    return Error{Error::Kind::Invalid, message};
}

QStringList messagesOf(const QList<IncidentProblem> &problems) {
    QStringList messages;
    for (const IncidentProblem &problem : problems)
        messages.append(problem.message);
    return messages;
}

} // namespace

const QString IncidentService::ContractCountKey = QStringLiteral("incidents.contract_incident_count");
const QString IncidentService::ContractWindowDaysKey = QStringLiteral("incidents.contract_window_days");
const QString IncidentService::ContractAfterSummaryKey = QStringLiteral("incidents.contract_after_summary");

IncidentService::IncidentService(const Database &database)
    : m_db(database)
    , m_repository(database) {}

Result<CurrentPolicy> IncidentService::currentPolicy() const {
    const Result<PolicyStamp> stamp = PolicyRepository(m_db).stamp();
    if (!stamp)
        return stamp.error();
    return currentPolicy(stamp.value());
}

Result<CurrentPolicy> IncidentService::currentPolicy(const PolicyStamp &stamp) const {
    const PolicyService policies(m_db);
    Result<std::optional<PolicyVersion>> latest = policies.latestVersion(stamp);
    if (!latest)
        return latest.error();
    if (latest.value())
        return CurrentPolicy{latest.value()->version, latest.value()->document};
    if (!stamp.draftSaved)
        return CurrentPolicy{0, PolicyDocument::defaults().publishable()};
    Result<PolicyDocument> draft = policies.draft();
    if (!draft)
        return draft.error();
    return CurrentPolicy{0, draft.value().publishable()};
}

Result<CommunicationTerms> IncidentService::termsForClient(qint64 clientId) const {
    // What the client signed binds both sides, even after the practice profile changed or when the agreement
    // adjusted hours or channels for this client.
    const Result<std::optional<PracticeProfile>> signedTerms =
        AgreementRepository(m_db).signedTermsFor(clientId);
    if (!signedTerms)
        return signedTerms.error();
    if (signedTerms.value())
        return CommunicationTerms::fromProfile(*signedTerms.value());
    Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (!profile)
        return profile.error();
    return CommunicationTerms::fromProfile(profile.value());
}

Result<CommunicationTerms> IncidentService::termsFor(const LogReads &reads) const {
    if (reads.signedTerms)
        return CommunicationTerms::fromProfile(*reads.signedTerms);
    Result<PracticeProfile> profile = PracticeService(m_db).load(reads.profileRowVersion);
    if (!profile)
        return profile.error();
    return CommunicationTerms::fromProfile(profile.value());
}

QStringList IncidentService::problems(const NewIncident &incident, const CurrentPolicy &policy) const {
    return messagesOf(fieldProblems(incident, policy));
}

QList<IncidentProblem> IncidentService::fieldProblems(const NewIncident &incident,
                                                      const CurrentPolicy &policy) const {
    return fieldProblems(incident, policy,
                         incident.clientId > 0 && ClientRepository(m_db).get(incident.clientId).ok());
}

QList<IncidentProblem> IncidentService::fieldProblems(const NewIncident &incident,
                                                      const CurrentPolicy &policy, bool clientFound) {
    using Field = IncidentProblem::Field;
    QList<IncidentProblem> problems;
    if (incident.clientId <= 0)
        problems.append({Field::Client, Tr::tr("Choose the client the incident concerns.")});
    else if (!clientFound)
        problems.append({Field::Client, Tr::tr("The chosen client no longer exists.")});
    if (incident.boundaryKey.isEmpty())
        problems.append({Field::Boundary, Tr::tr("Choose the boundary that was crossed.")});
    else if (!policy.document.boundary(incident.boundaryKey))
        problems.append(
            {Field::Boundary,
             policy.version > 0
                 ? Tr::tr("The boundary \"%1\" is not part of the current policy (version %2).")
                       .arg(incident.boundaryKey)
                       .arg(policy.version)
                 : Tr::tr("The boundary \"%1\" is not part of the policy.").arg(incident.boundaryKey)});
    if (incident.description.trimmed().isEmpty())
        problems.append({Field::Description, Tr::tr("Describe what happened, in a few factual words.")});
    if (incident.occurredAt.isValid() && incident.occurredAt > Clock::nowUtc().addSecs(60))
        problems.append(
            {Field::OccurredAt, Tr::tr("An incident cannot be logged for a time in the future.")});
    return problems;
}

Result<Incident> IncidentService::get(qint64 id) const {
    return m_repository.get(id);
}

Result<qint64> IncidentService::log(const NewIncident &input) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable.error();
    // Everything the checks and flags depend on, read in one statement; what rarely changes (a published
    // policy version, the practice profile) is kept for this connection while that statement says it is
    // still current, so that a change made on another desktop counts from the very next log.
    const Result<LogReads> reads = m_repository.logReads(input.clientId);
    if (!reads)
        return reads.error();
    Result<CurrentPolicy> policy = currentPolicy(reads.value().policy);
    if (!policy)
        return policy.error();
    if (const QStringList problems =
            messagesOf(fieldProblems(input, policy.value(), reads.value().clientFound));
        !problems.isEmpty())
        return invalid(problems.join(QLatin1Char(' ')));
    Result<CommunicationTerms> terms = termsFor(reads.value());
    if (!terms)
        return terms.error();

    const QDateTime now = Clock::nowUtc();
    Incident incident;
    incident.clientId = input.clientId;
    incident.occurredAt = input.occurredAt.isValid() ? input.occurredAt.toUTC() : now;
    incident.channel = input.channel;
    incident.boundaryKey = input.boundaryKey;
    incident.policyVersion = policy.value().version;
    incident.severity = input.severity;
    incident.description = input.description.trimmed();
    incident.crossedBy = input.crossedBy;
    incident.outsideHours = BoundaryFlags::outsideHours(incident.occurredAt, terms.value());
    incident.outsideChannel = BoundaryFlags::outsideChannel(incident.channel, terms.value());
    incident.createdAt = now;
    incident.updatedAt = now;
    const LadderPosition position =
        IncidentRecord{incident, {}, {}, {}}.ladderPosition(policy.value().document.ladder);
    incident.nextAction = position.nextAction;
    incident.nextDue = position.nextDue;
    incident.recordedBy = currentOsUser();
    Result<qint64> id = m_repository.insertTellingOthers(incident);
    if (id)
        m_db.announceTold(QStringLiteral("incidents"));
    return id;
}

Result<qint64> IncidentService::append(StepEntry entry, const QList<FollowUp> &followUps,
                                       bool allowClosed) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable.error();
    Result<IncidentRecord> read = record(entry.incidentId);
    if (!read)
        return read.error();
    IncidentRecord rows = std::move(read).value();
    if (!allowClosed && !rows.isOpen())
        return invalid(Tr::tr("This incident is closed; new steps can no longer be recorded on it."));
    Result<CurrentPolicy> policy = currentPolicy();
    if (!policy)
        return policy.error();
    if (!policy.value().document.step(entry.stepKey))
        return invalid(Tr::tr("\"%1\" is not a step of the practice's ladder.").arg(entry.stepKey));
    if (!entry.happenedAt.isValid())
        entry.happenedAt = Clock::nowUtc();
    entry.happenedAt = entry.happenedAt.toUTC();
    entry.note = entry.note.trimmed();
    entry.recordedAt = Clock::nowUtc();
    entry.recordedBy = currentOsUser();
    const Status saved = m_db.transaction([&]() -> Status {
        Result<qint64> appended = m_repository.appendStep(entry, followUps);
        if (!appended)
            return appended.error();
        entry.id = appended.value();
        if (!rows.isOpen())
            return {};
        rows.add(entry, followUps);
        return storePosition(rows, policy.value().document.ladder);
    });
    if (!saved)
        return saved.error();
    m_db.announce(QStringLiteral("incidents"));
    return entry.id;
}

Result<qint64> IncidentService::appendStep(qint64 incidentId, const QString &stepKey, const QDateTime &when,
                                           const QString &note, const QJsonObject &details,
                                           const QList<FollowUp> &followUps) const {
    StepEntry entry;
    entry.incidentId = incidentId;
    entry.stepKey = stepKey;
    entry.happenedAt = when;
    entry.note = note;
    entry.details = details;
    return append(entry, followUps, false);
}

Status IncidentService::storePosition(const IncidentRecord &record, const QList<LadderStep> &ladder) const {
    const LadderPosition position = record.ladderPosition(ladder);
    return m_repository.setPosition(record.incident.id, position.currentStep, position.nextAction,
                                    position.nextDue, Clock::nowUtc());
}

Result<qint64> IncidentService::recordConversation(qint64 incidentId, const QDateTime &when,
                                                   const QString &gist) const {
    if (gist.trimmed().isEmpty())
        return invalid(Tr::tr("Note the gist of the conversation."));
    return appendStep(incidentId, QString::fromLatin1(StepKeys::Conversation), when, gist);
}

Result<qint64> IncidentService::recordWrittenSummary(qint64 incidentId, const QDateTime &sentAt,
                                                     const QString &text, SummaryMethod method,
                                                     const QString &forClient) const {
    if (text.trimmed().isEmpty())
        return invalid(Tr::tr("The written summary has no text."));
    return appendStep(incidentId, QString::fromLatin1(StepKeys::WrittenSummary), sentAt, QString(),
                      StepDetails::writtenSummary(text, method, forClient));
}

Result<qint64> IncidentService::recordGoals(qint64 incidentId, const QDateTime &when, const QString &note,
                                            const QList<FollowUp> &goals) const {
    if (goals.isEmpty())
        return invalid(Tr::tr("Set at least one goal with a follow-up date."));
    for (const FollowUp &goal : goals) {
        if (goal.goal.trimmed().isEmpty())
            return invalid(Tr::tr("Every goal needs a description."));
        if (!goal.due.isValid())
            return invalid(Tr::tr("The goal \"%1\" needs a follow-up date.").arg(goal.goal.trimmed()));
    }
    return appendStep(incidentId, QString::fromLatin1(StepKeys::Goals), when, note, {}, goals);
}

Result<qint64> IncidentService::recordFollowUpOutcome(qint64 followUpId, FollowUpResult result,
                                                      const QString &note) const {
    Result<FollowUp> followUp = m_repository.followUp(followUpId);
    if (!followUp)
        return followUp.error();
    Result<IncidentRecord> read = record(followUp.value().incidentId);
    if (!read)
        return read.error();
    IncidentRecord rows = std::move(read).value();
    for (const FollowUpOutcome &outcome : effectiveOutcomes(rows.outcomes)) {
        if (outcome.followUpId == followUpId)
            return invalid(Tr::tr("This follow-up already has an outcome; record a correction instead."));
    }
    FollowUpOutcome outcome;
    outcome.followUpId = followUpId;
    outcome.result = result;
    outcome.note = note.trimmed();
    outcome.recordedAt = Clock::nowUtc();
    outcome.recordedBy = currentOsUser();
    return appendOutcome(outcome, std::move(rows));
}

Result<qint64> IncidentService::appendOutcome(FollowUpOutcome outcome, IncidentRecord rows) const {
    if (Status writable = m_db.checkWritable(); !writable)
        return writable.error();
    Result<CurrentPolicy> policy = currentPolicy();
    if (!policy)
        return policy.error();
    qint64 id = 0;
    const Status saved = m_db.transaction([&]() -> Status {
        Result<qint64> appended = m_repository.appendOutcome(outcome);
        if (!appended)
            return appended.error();
        id = appended.value();
        if (!rows.isOpen())
            return {};
        outcome.id = id;
        rows.add(outcome);
        return storePosition(rows, policy.value().document.ladder);
    });
    if (!saved)
        return saved.error();
    m_db.announce(QStringLiteral("incidents"));
    return id;
}

Result<qint64> IncidentService::correctFollowUpOutcome(qint64 outcomeId, FollowUpResult result,
                                                       const QString &note) const {
    Result<FollowUpOutcome> original = m_repository.outcome(outcomeId);
    if (!original)
        return original.error();
    FollowUpOutcome correction;
    correction.followUpId = original.value().followUpId;
    correction.result = result;
    correction.note = note.trimmed();
    correction.correctsId = outcomeId;
    correction.recordedAt = Clock::nowUtc();
    correction.recordedBy = currentOsUser();
    Result<FollowUp> followUp = m_repository.followUp(correction.followUpId);
    if (!followUp)
        return followUp.error();
    Result<IncidentRecord> read = record(followUp.value().incidentId);
    if (!read)
        return read.error();
    return appendOutcome(correction, std::move(read).value());
}

Result<qint64> IncidentService::recordContract(qint64 incidentId, const QDateTime &when, const QString &note,
                                               const BehaviouralContract &contract) const {
    if (contract.appropriate.trimmed().isEmpty())
        return invalid(Tr::tr("Say in the contract what appropriate behaviour is."));
    if (contract.measurableGoals.isEmpty())
        return invalid(Tr::tr("Give the contract at least one measurable goal."));
    if (!contract.reviewDate.isValid())
        return invalid(Tr::tr("Give the contract a review date."));
    return appendStep(incidentId, QString::fromLatin1(StepKeys::BehaviouralContract), when, note,
                      StepDetails::contract(contract));
}

Result<qint64> IncidentService::recordResources(qint64 incidentId, const QDateTime &when, const QString &note,
                                                const QList<qint64> &resourceIds) const {
    Result<QList<PracticeResource>> library = ResourceRepository(m_db).resources();
    if (!library)
        return library.error();
    QList<PracticeResource> provided;
    for (const PracticeResource &resource : library.value()) {
        if (resourceIds.contains(resource.id))
            provided.append(resource);
    }
    if (provided.isEmpty() || provided.size() != resourceIds.size())
        return invalid(Tr::tr("Choose the provided resources from the practice library."));
    return appendStep(incidentId, QString::fromLatin1(StepKeys::Resources), when, note,
                      StepDetails::resources(provided));
}

Result<qint64> IncidentService::recordStep(qint64 incidentId, const QString &stepKey, const QDateTime &when,
                                           const QString &note) const {
    if (note.trimmed().isEmpty())
        return invalid(Tr::tr("Add a short note about this step."));
    return appendStep(incidentId, stepKey, when, note);
}

Result<qint64> IncidentService::correctStep(qint64 stepId, const QDateTime &when, const QString &note,
                                            const QJsonObject &details) const {
    Result<StepEntry> original = m_repository.step(stepId);
    if (!original)
        return original.error();
    StepEntry entry;
    entry.incidentId = original.value().incidentId;
    entry.stepKey = original.value().stepKey;
    entry.happenedAt = when.isValid() ? when : original.value().happenedAt;
    entry.note = note;
    entry.details = details;
    entry.correctsId = stepId;
    return append(entry, {}, true);
}

Status IncidentService::close(qint64 incidentId, const QString &outcome) const {
    if (outcome.trimmed().isEmpty())
        return invalid(Tr::tr("Describe the outcome before closing the incident."));
    if (Status writable = m_db.checkWritable(); !writable)
        return writable;
    Result<Incident> incident = m_repository.get(incidentId);
    if (!incident)
        return incident.error();
    if (incident.value().status == IncidentStatus::Closed)
        return invalid(Tr::tr("This incident is already closed."));
    if (Status closed = m_repository.close(incidentId, outcome.trimmed(), Clock::nowUtc()); !closed)
        return closed;
    m_db.announce(QStringLiteral("incidents"));
    return {};
}

Result<IncidentRecord> IncidentService::record(qint64 incidentId) const {
    Result<Incident> incident = m_repository.get(incidentId);
    if (!incident)
        return incident.error();
    Result<QList<StepEntry>> entries = m_repository.steps(incidentId);
    Result<QList<FollowUp>> followUps = m_repository.followUps(incidentId);
    Result<QList<FollowUpOutcome>> outcomes = m_repository.outcomes(incidentId);
    Result<QList<DueMove>> moves = m_repository.dueMoves(incidentId);
    if (!entries)
        return entries.error();
    if (!followUps)
        return followUps.error();
    if (!outcomes)
        return outcomes.error();
    if (!moves)
        return moves.error();
    return IncidentRecord{std::move(incident).value(), std::move(entries).value(),
                          std::move(followUps).value(), std::move(outcomes).value(),
                          std::move(moves).value()};
}

Result<LadderPosition> IncidentService::position(qint64 incidentId) const {
    Result<IncidentRecord> read = record(incidentId);
    if (!read)
        return read.error();
    Result<CurrentPolicy> policy = currentPolicy();
    if (!policy)
        return policy.error();
    return read.value().ladderPosition(policy.value().document.ladder);
}

Result<RecurrenceSettings> IncidentService::recurrenceSettings() const {
    const MetaRepository meta(m_db);
    RecurrenceSettings settings;
    Result<QString> count = meta.value(ContractCountKey);
    Result<QString> window = meta.value(ContractWindowDaysKey);
    Result<QString> afterSummary = meta.value(ContractAfterSummaryKey);
    if (!count)
        return count.error();
    if (!window)
        return window.error();
    if (!afterSummary)
        return afterSummary.error();
    bool ok = false;
    if (const int value = count.value().toInt(&ok); ok && value > 0)
        settings.incidentCount = value;
    if (const int value = window.value().toInt(&ok); ok && value > 0)
        settings.windowDays = value;
    if (!afterSummary.value().isEmpty())
        settings.repeatAfterSummary = afterSummary.value() != QLatin1String("0");
    return settings;
}

Result<std::optional<ContractProposal>> IncidentService::contractProposal(qint64 clientId) const {
    Result<RecurrenceSettings> settings = recurrenceSettings();
    Result<QList<Incident>> incidents = m_repository.incidentsOfClient(clientId);
    Result<QList<StepEntry>> entries = m_repository.stepsOfClient(clientId);
    if (!settings)
        return settings.error();
    if (!incidents)
        return incidents.error();
    if (!entries)
        return entries.error();
    return RecurrenceRules::propose(incidents.value(), effectiveSteps(entries.value()), settings.value());
}

Result<BehaviouralContract> IncidentService::draftContract(qint64 clientId,
                                                           const ContractProposal &proposal) const {
    Result<QList<Incident>> incidents = m_repository.incidentsOfClient(clientId);
    Result<CurrentPolicy> policy = currentPolicy();
    if (!incidents)
        return incidents.error();
    if (!policy)
        return policy.error();
    return RecurrenceRules::draftContract(proposal, incidents.value(), policy.value().document,
                                          Clock::todayLocal());
}

Result<QList<FollowUpItem>> IncidentService::calendarFollowUps(int upcomingDays) const {
    const QDate today = Clock::todayLocal();
    Result<QList<FollowUpItem>> due =
        FollowUpRepository(m_db).followUpsIn(FollowUpWindow::DueOrOverdue, today);
    if (!due)
        return due.error();
    Result<QList<FollowUpItem>> upcoming =
        FollowUpRepository(m_db).followUpsIn(FollowUpWindow::Upcoming, today, upcomingDays);
    if (!upcoming)
        return upcoming.error();
    return due.value() + upcoming.value();
}

Result<QList<AvailabilityPeriod>> IncidentService::calendarPeriods(int upcomingDays) const {
    const QDate today = Clock::todayLocal();
    return AvailabilityService(m_db).overlapping(today, today.addDays(upcomingDays));
}

Result<int> IncidentService::exportFollowUpCalendar(const QString &path) const {
    Result<QList<FollowUpItem>> items = calendarFollowUps();
    if (!items)
        return items.error();
    Result<CurrentPolicy> policy = currentPolicy();
    if (!policy)
        return policy.error();
    QHash<QString, QString> titles;
    for (const Boundary &boundary : policy.value().document.boundaries)
        titles.insert(boundary.key, boundary.title);
    Result<QList<AvailabilityPeriod>> periods = calendarPeriods();
    if (!periods)
        return periods.error();
    const QByteArray ics = ICalendar::followUps(items.value(), Clock::nowUtc(), titles, periods.value());
    if (Status saved = PrivateFile::save(ics, path); !saved)
        return saved.error();
    return int(items.value().size());
}

Result<QString> IncidentService::clientName(qint64 clientId) const {
    Result<Client> client = ClientRepository(m_db).get(clientId);
    if (!client)
        return client.error();
    return client.value().displayName();
}

Result<QString> IncidentService::conversationScript(qint64 incidentId) const {
    Result<Incident> incident = m_repository.get(incidentId);
    if (!incident)
        return incident.error();
    Result<ConversationContext> context = conversationContext(incident.value());
    if (!context)
        return context.error();
    return ConversationPlanner::script(incident.value(), context.value().boundary, context.value().terms,
                                       context.value().clientName);
}

Result<IncidentService::ConversationContext>
IncidentService::conversationContext(const Incident &incident) const {
    Result<CurrentPolicy> policy = currentPolicy();
    if (!policy)
        return policy.error();
    Result<CommunicationTerms> terms = termsForClient(incident.clientId);
    if (!terms)
        return terms.error();
    Result<QString> name = clientName(incident.clientId);
    if (!name)
        return name.error();
    const Boundary *boundary = policy.value().document.boundary(incident.boundaryKey);
    if (!boundary)
        return invalid(Tr::tr("The boundary of this incident is no longer part of the policy."));
    return ConversationContext{*boundary, terms.value(), name.value()};
}

Result<QString> IncidentService::writtenSummaryText(qint64 incidentId, const QString &forClient) const {
    Result<Incident> incident = m_repository.get(incidentId);
    if (!incident)
        return incident.error();
    Result<QList<StepEntry>> entries = m_repository.steps(incidentId);
    if (!entries)
        return entries.error();
    const StepEntry *conversation = nullptr;
    const QList<StepEntry> effective = effectiveSteps(entries.value());
    for (const StepEntry &entry : effective) {
        if (entry.stepKey == QLatin1String(StepKeys::Conversation))
            conversation = &entry;
    }
    if (!conversation)
        return invalid(Tr::tr("Record the conversation first; the summary is written from it."));
    Result<ConversationContext> context = conversationContext(incident.value());
    if (!context)
        return context.error();
    Result<PracticeProfile> profile = PracticeService(m_db).load();
    if (!profile)
        return profile.error();
    QString signature =
        profile.value().practitioners.isEmpty() ? QString() : profile.value().practitioners.first().name;
    if (!profile.value().name.isEmpty())
        signature =
            signature.isEmpty() ? profile.value().name : signature + QLatin1Char('\n') + profile.value().name;
    return ConversationPlanner::writtenSummary(incident.value(), context.value().boundary, *conversation,
                                               context.value().terms, context.value().clientName, signature,
                                               Clock::todayLocal(), forClient);
}

Result<qint64> IncidentService::moveDueDate(qint64 incidentId, const QDate &movedTo, qint64 periodId) const {
    if (!movedTo.isValid())
        return invalid(Tr::tr("Choose the date to move the follow-up to."));
    return m_db.insert(QStringLiteral("incidents"), [&]() -> Result<qint64> {
        Result<IncidentRecord> read = record(incidentId);
        if (!read)
            return read.error();
        IncidentRecord rows = std::move(read).value();
        if (!rows.isOpen() || !rows.incident.nextDue.isValid())
            return invalid(Tr::tr("Incident %1 has no follow-up due to move.").arg(incidentId));
        if (rows.incident.nextDue == movedTo)
            return invalid(Tr::tr("The follow-up of incident %1 is already due on %2.")
                               .arg(incidentId)
                               .arg(QLocale().toString(movedTo, QLocale::ShortFormat)));
        Result<CurrentPolicy> policy = currentPolicy();
        if (!policy)
            return policy.error();
        // The move belongs to the action due now: another one due on the same day later keeps its date.
        const LadderPosition due = rows.ladderPosition(policy.value().document.ladder);
        DueMove move{
            0,       incidentId,     periodId, due.dueFollowUpId, due.dueStepId, rows.incident.nextDue,
            movedTo, Clock::nowUtc()};
        Result<qint64> id = m_repository.appendDueMove(move);
        if (!id)
            return id;
        move.id = id.value();
        rows.dueMoves.append(move);
        if (Status stored = storePosition(rows, policy.value().document.ladder); !stored)
            return stored.error();
        return id;
    });
}

Result<QList<FollowUpItem>> IncidentService::followUpsIn(FollowUpWindow window, const QDate &today,
                                                         int upcomingDays, int limit) const {
    return FollowUpRepository(m_db).followUpsIn(window, today, upcomingDays, limit);
}

Result<qint64> IncidentService::countFollowUpsIn(FollowUpWindow window, const QDate &today,
                                                 int upcomingDays) const {
    return FollowUpRepository(m_db).countFollowUpsIn(window, today, upcomingDays);
}

Result<qint64> IncidentService::count(const IncidentFilter &filter) const {
    return IncidentListQuery(m_db).count(filter);
}

} // namespace bk
