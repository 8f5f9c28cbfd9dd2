// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/cli/IncidentCommands.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentDetails.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bk::cli {

namespace {

// lupdate files these messages under "IncidentShowCommand", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(IncidentShowCommand)
};

// "2026-03-01 21:30 by alex", or the time alone when the OS user was not known.
QString recordedText(const QDateTime &time, const QString &user) {
    return user.isEmpty() ? zonedText(time) : Tr::tr("%1 by %2").arg(zonedText(time), user);
}

// The step's title in the current ladder, or its key when the ladder does not hold it.
QString stepTitle(const IncidentDetails &details, const QString &key) {
    const LadderStep *step = details.step(key);
    return step ? step->title : key;
}

QString clientName(const IncidentDetails &details) {
    return details.client.fullName;
}

// The boundary's title in the version the incident was logged under; empty when that version lacks it.
QString boundaryTitle(const IncidentDetails &details) {
    return details.boundaryRetired ? QString() : details.boundary.title;
}

// Ids of entries a later entry corrects: they stay on record but are no longer in force.
template <typename Entry> QSet<qint64> correctedIds(const QList<Entry> &entries) {
    QSet<qint64> ids;
    for (const Entry &entry : entries) {
        if (entry.correctsId)
            ids.insert(entry.correctsId);
    }
    return ids;
}

QJsonValue idOrNull(qint64 id) {
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject showRecord(const IncidentDetails &set) {
    QJsonObject record = incidentJson(set.incident, clientName(set));
    record.insert(QStringLiteral("boundary_title"), textOrNull(boundaryTitle(set)));
    // A closed incident has no next step, whatever its last recorded one was.
    record.insert(
        QStringLiteral("next_step"),
        textOrNull(set.incident.status == IncidentStatus::Closed ? QString() : set.position.nextStep));
    record.insert(QStringLiteral("outcome"), textOrNull(set.incident.outcome));
    record.insert(QStringLiteral("closed_at"), utcOrNull(set.incident.closedAt));
    record.insert(QStringLiteral("created_at"), utcOrNull(set.incident.createdAt));
    record.insert(QStringLiteral("recorded_by"), set.incident.recordedBy);
    record.insert(QStringLiteral("responsible"), textOrNull(set.authors.responsible.login));
    record.insert(QStringLiteral("created_by"), textOrNull(set.authors.createdBy.login));
    record.insert(QStringLiteral("changed_by"), textOrNull(set.authors.changedBy.login));

    const QSet<qint64> correctedSteps = correctedIds(set.entries);
    QJsonArray steps;
    for (const StepEntry &entry : set.entries)
        steps.append(QJsonObject{{QStringLiteral("id"), QJsonValue(entry.id)},
                                 {QStringLiteral("step"), entry.stepKey},
                                 {QStringLiteral("happened_at"), utcOrNull(entry.happenedAt)},
                                 {QStringLiteral("note"), entry.note},
                                 {QStringLiteral("details"), entry.details},
                                 {QStringLiteral("corrects_id"), idOrNull(entry.correctsId)},
                                 {QStringLiteral("corrected"), correctedSteps.contains(entry.id)},
                                 {QStringLiteral("recorded_at"), utcOrNull(entry.recordedAt)},
                                 {QStringLiteral("recorded_by"), entry.recordedBy}});
    record.insert(QStringLiteral("steps"), steps);

    const QSet<qint64> correctedOutcomes = correctedIds(set.outcomes);
    QJsonArray goals;
    for (const FollowUp &goal : set.followUps) {
        QJsonArray outcomes;
        QJsonValue result(QJsonValue::Null);
        for (const FollowUpOutcome &outcome : set.outcomes) {
            if (outcome.followUpId != goal.id)
                continue;
            const bool corrected = correctedOutcomes.contains(outcome.id);
            if (!corrected)
                result = FollowUpResults::key(outcome.result);
            outcomes.append(QJsonObject{{QStringLiteral("id"), QJsonValue(outcome.id)},
                                        {QStringLiteral("result"), FollowUpResults::key(outcome.result)},
                                        {QStringLiteral("note"), outcome.note},
                                        {QStringLiteral("corrects_id"), idOrNull(outcome.correctsId)},
                                        {QStringLiteral("corrected"), corrected},
                                        {QStringLiteral("recorded_at"), utcOrNull(outcome.recordedAt)},
                                        {QStringLiteral("recorded_by"), outcome.recordedBy}});
        }
        goals.append(QJsonObject{{QStringLiteral("id"), QJsonValue(goal.id)},
                                 {QStringLiteral("step_id"), QJsonValue(goal.stepId)},
                                 {QStringLiteral("goal"), goal.goal},
                                 {QStringLiteral("due"), dateOrNull(goal.due)},
                                 {QStringLiteral("result"), result},
                                 {QStringLiteral("outcomes"), outcomes}});
    }
    record.insert(QStringLiteral("goals"), goals);
    return record;
}

// What a step carries besides its note, in a line or two: the summary's method, the contract's goals and
// review date, the resources provided.
QStringList stepDetailLines(const StepEntry &entry) {
    QStringList lines;
    if (entry.stepKey == QLatin1String(StepKeys::WrittenSummary)) {
        if (const std::optional<SummaryMethod> method = StepDetails::summaryMethod(entry))
            lines.append(Tr::tr("Sent as: %1").arg(SummaryMethods::key(*method)));
        if (const QString text = StepDetails::summaryText(entry); !text.isEmpty())
            lines.append(text);
    } else if (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract)) {
        const BehaviouralContract contract = StepDetails::contract(entry);
        if (!contract.measurableGoals.isEmpty())
            lines.append(Tr::tr("Goals: %1").arg(contract.measurableGoals.join(QStringLiteral("; "))));
        if (contract.reviewDate.isValid())
            lines.append(Tr::tr("Review on %1").arg(contract.reviewDate.toString(Qt::ISODate)));
    } else if (entry.stepKey == QLatin1String(StepKeys::Resources)) {
        QStringList titles;
        for (const PracticeResource &resource : StepDetails::resources(entry))
            titles.append(resource.title);
        if (!titles.isEmpty())
            lines.append(Tr::tr("Provided: %1").arg(titles.join(QStringLiteral("; "))));
    }
    return lines;
}

void writeIncidentText(QTextStream &out, const IncidentDetails &set) {
    const Incident &incident = set.incident;
    const QStringList flags = flagLabels(incident);
    const int stepIndex = EscalationLadder::indexOf(set.ladder, set.position.currentStep);
    QString due = set.position.nextDue.toString(Qt::ISODate);
    if (set.position.nextDue.isValid() && set.position.nextDue < Clock::todayLocal())
        due = Tr::tr("%1 (overdue)").arg(due);
    else if (set.position.nextDue.isValid() && set.position.nextDue == Clock::todayLocal())
        due = Tr::tr("%1 (today)").arg(due);

    QList<QPair<QString, QString>> details = {
        {Tr::tr("Incident"), QString::number(incident.id)},
        {Tr::tr("Client"), Tr::tr("%1 (client %2)").arg(clientName(set)).arg(incident.clientId)},
        {Tr::tr("Occurred"), zonedText(incident.occurredAt)},
        {Tr::tr("Boundary"), boundaryTitle(set).isEmpty()
                                 ? incident.boundaryKey
                                 : Tr::tr("%1 [%2]").arg(boundaryTitle(set), incident.boundaryKey)},
        {Tr::tr("Channel"), ContactChannels::label(incident.channel)},
        {Tr::tr("Severity"), Severities::label(incident.severity)},
        {Tr::tr("Crossed by"), CrossedBys::label(incident.crossedBy)},
        {Tr::tr("Flags"), flags.isEmpty() ? Tr::tr("none") : flags.join(QStringLiteral(", "))},
        {Tr::tr("Description"), incident.description},
        {Tr::tr("Status"), IncidentStatuses::label(incident.status)},
        {Tr::tr("Ladder step"),
         stepIndex < 0 ? Tr::tr("none recorded yet")
                       : Tr::tr("%1 [%2], step %3 of %4")
                             .arg(stepTitle(set, set.position.currentStep), set.position.currentStep)
                             .arg(stepIndex + 1)
                             .arg(set.ladder.size())},
    };
    if (incident.status == IncidentStatus::Closed) {
        details.append({Tr::tr("Closed"), zonedText(incident.closedAt)});
        details.append({Tr::tr("Outcome"), incident.outcome});
    } else {
        details.append({Tr::tr("Next action"), set.position.nextAction});
        details.append({Tr::tr("Due"), due});
    }
    details.append({Tr::tr("Logged"), recordedText(incident.createdAt, incident.recordedBy)});
    details.append({Tr::tr("Responsible"), set.authors.responsible.shownName()});
    details.append({Tr::tr("Created by"), set.authors.createdBy.shownName()});
    details.append({Tr::tr("Changed by"), set.authors.changedBy.shownName()});
    writeDetails(out, details);

    const QSet<qint64> correctedSteps = correctedIds(set.entries);
    out << QLatin1Char('\n') << Tr::tr("Recorded steps (%1)").arg(set.entries.size()) << QLatin1Char('\n');
    for (const StepEntry &entry : set.entries) {
        QString heading = Tr::tr("#%1  %2  %3 [%4]")
                              .arg(entry.id)
                              .arg(zonedText(entry.happenedAt), stepTitle(set, entry.stepKey), entry.stepKey);
        if (entry.correctsId)
            heading += QLatin1Char(' ') + Tr::tr("(correction of #%1)").arg(entry.correctsId);
        if (correctedSteps.contains(entry.id))
            heading += QLatin1Char(' ') + Tr::tr("(corrected later; no longer in force)");
        out << QLatin1Char('\n') << indented(heading, 2) << QLatin1Char('\n');
        QStringList lines = stepDetailLines(entry);
        if (!entry.note.isEmpty())
            lines.prepend(entry.note);
        lines.append(Tr::tr("Recorded %1").arg(recordedText(entry.recordedAt, entry.recordedBy)));
        for (const QString &line : lines)
            out << indented(line, 6) << QLatin1Char('\n');
    }

    const QSet<qint64> correctedOutcomes = correctedIds(set.outcomes);
    out << QLatin1Char('\n') << Tr::tr("Goals (%1)").arg(set.followUps.size()) << QLatin1Char('\n');
    for (const FollowUp &goal : set.followUps) {
        out << QLatin1Char('\n')
            << indented(Tr::tr("#%1  %2, follow up on %3")
                            .arg(goal.id)
                            .arg(goal.goal, goal.due.toString(Qt::ISODate)),
                        2)
            << QLatin1Char('\n');
        bool any = false;
        for (const FollowUpOutcome &outcome : set.outcomes) {
            if (outcome.followUpId != goal.id)
                continue;
            any = true;
            QString line = Tr::tr("%1: %2").arg(FollowUpResults::label(outcome.result), outcome.note);
            if (outcome.note.isEmpty())
                line = FollowUpResults::label(outcome.result);
            line += QLatin1Char(' ') +
                    Tr::tr("(recorded %1)").arg(recordedText(outcome.recordedAt, outcome.recordedBy));
            if (outcome.correctsId)
                line += QLatin1Char(' ') + Tr::tr("(correction)");
            if (correctedOutcomes.contains(outcome.id))
                line += QLatin1Char(' ') + Tr::tr("(corrected later; no longer in force)");
            out << indented(line, 6) << QLatin1Char('\n');
        }
        if (!any)
            out << indented(Tr::tr("No outcome recorded yet."), 6) << QLatin1Char('\n');
    }
}

int show(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Text, ShowFormats, &exitCode);
    if (!format)
        return exitCode;
    const QString text = invocation.positional(0);
    const std::optional<qint64> id = positiveNumber(text);
    if (!id)
        return invocation.usageError(
            Tr::tr("“%1” is not an incident id; ids are whole numbers above 0, as “incidents list” shows.")
                .arg(text));

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<IncidentDetails> set = IncidentDetails::load(*database, *id);
    if (!set)
        return invocation.fail(set.error());
    if (*format == OutputFormat::Json) {
        invocation.out() << QString::fromUtf8(
            QJsonDocument(showRecord(set.value())).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    writeIncidentText(invocation.out(), set.value());
    return ExitOk;
}

} // namespace

QList<Command> incidentShowCommands() {
    const QString group = QStringLiteral("incidents");
    Command showCommand;
    showCommand.words = {group, QStringLiteral("show")};
    showCommand.arguments = QStringLiteral("ID [--format %1]").arg(OutputFormats::keys(ShowFormats));
    showCommand.summary = Tr::tr(
        "Show one incident: its flags, where it stands on the ladder, every recorded step and its goals.");
    showCommand.options = {formatOption(Tr::tr("text (default) or json."))};
    showCommand.positionalNames = {QStringLiteral("ID")};
    showCommand.details = Tr::tr(
        "JSON keys: those of “incidents list”, and boundary_title, next_step, outcome, closed_at,\n"
        "created_at, recorded_by, responsible, created_by, changed_by (logins of practitioners), steps [{id, "
        "step, happened_at, note, details, corrects_id, corrected,\n"
        "recorded_at, recorded_by}] and goals [{id, step_id, goal, due, result (in force; null before\n"
        "any), outcomes [{id, result (met, partly_met or not_met), note, corrects_id, corrected,\n"
        "recorded_at, recorded_by}]}]. Recorded steps and outcomes never change: a correction is a new\n"
        "entry naming the one it corrects (corrects_id), and the corrected entry is marked corrected.");
    showCommand.run = show;

    return {showCommand};
}

} // namespace bk::cli
