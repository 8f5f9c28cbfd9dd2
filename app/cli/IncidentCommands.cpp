// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "CliArguments.h"
#include "CliOutput.h"
#include "CommandGroups.h"
#include "common/Clock.h"
#include "common/PrivateFile.h"
#include "incidents/ICalendar.h"
#include "incidents/IncidentService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/IncidentListQuery.h"
#include "storage/PolicyRepository.h"
#include "storage/PracticeRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <tuple>

namespace bk::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("IncidentCommands", text);
}

/// Rows read from the database at a time while listing: bounds memory however many incidents there are.
constexpr int ListChunk = 500;
/// Days after today that "upcoming" covers by default, as in the application's follow-up list.
constexpr int DefaultUpcomingDays = 14;
/// "Every upcoming follow-up" for the calendar export: a century of days.
constexpr int AllUpcomingDays = 36525;

const QList<OutputFormat> ListFormats = {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json};
const QList<OutputFormat> ShowFormats = {OutputFormat::Text, OutputFormat::Json};

const QString DateFormat = QStringLiteral("yyyy-MM-dd");
const QString TimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// ---- keys, values and their words ----

template <typename Enum> QString keyList(const QList<Enum> &values, QString (*key)(Enum)) {
    QStringList keys;
    for (Enum value : values)
        keys.append(key(value));
    return keys.join(QStringLiteral(", "));
}

QString channelKeys() {
    return keyList(ContactChannels::all(), &ContactChannels::key);
}
QString severityKeys() {
    return keyList<Severity>({Severity::Minor, Severity::Major}, &Severities::key);
}
QString crossedByKeys() {
    return keyList<CrossedBy>({CrossedBy::Client, CrossedBy::Practitioner}, &CrossedBys::key);
}
QString statusKeys() {
    return keyList<IncidentStatus>({IncidentStatus::Open, IncidentStatus::Closed}, &IncidentStatuses::key);
}

// Reads an option whose value is one of a set of keys; false after reporting wrong usage. An option that
// is not given leaves `value` as it is.
template <typename Enum>
bool readKeyOption(Invocation &invocation, const QString &option, const QString &what,
                   std::optional<Enum> (*fromKey)(const QString &), const QString &allowed, Enum *value,
                   int *exitCode) {
    if (!invocation.isSet(option))
        return true;
    const QString key = invocation.value(option);
    const std::optional<Enum> parsed = fromKey(key);
    if (!parsed) {
        *exitCode = invocation.usageError(tr("“%1” is not %2. Use one of: %3.").arg(key, what, allowed));
        return false;
    }
    *value = *parsed;
    return true;
}

// A YYYY-MM-DD option; invalid after reporting wrong usage.
QDate dateOption(Invocation &invocation, const QString &option, int *exitCode) {
    const QString text = invocation.value(option);
    const QDate date = QDate::fromString(text, DateFormat);
    if (!date.isValid())
        *exitCode = invocation.usageError(
            tr("“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-01.").arg(text));
    return date;
}

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue utcOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString localText(const QDateTime &time) {
    return time.isValid() ? time.toLocalTime().toString(TimeFormat) : QString();
}

// "2026-03-01 21:30 by alex", or the time alone when the OS user was not known.
QString recordedText(const QDateTime &time, const QString &user) {
    return user.isEmpty() ? localText(time) : tr("%1 by %2").arg(localText(time), user);
}

// The machine-readable incident shared by list (CSV and JSON) and show (JSON): stable keys, UTC times.
QJsonObject incidentRecord(const Incident &incident, const QString &clientName) {
    return {
        {QStringLiteral("id"), QJsonValue(incident.id)},
        {QStringLiteral("client_id"), QJsonValue(incident.clientId)},
        {QStringLiteral("client_name"), clientName},
        {QStringLiteral("occurred_at"), utcOrNull(incident.occurredAt)},
        {QStringLiteral("boundary"), incident.boundaryKey},
        {QStringLiteral("policy_version"), incident.policyVersion},
        {QStringLiteral("channel"), ContactChannels::key(incident.channel)},
        {QStringLiteral("severity"), Severities::key(incident.severity)},
        {QStringLiteral("by"), CrossedBys::key(incident.crossedBy)},
        {QStringLiteral("description"), incident.description},
        {QStringLiteral("outside_hours"), incident.outsideHours},
        {QStringLiteral("outside_channel"), incident.outsideChannel},
        {QStringLiteral("step"), textOrNull(incident.currentStep)},
        {QStringLiteral("next_action"), textOrNull(incident.nextAction)},
        {QStringLiteral("next_due"), dateOrNull(incident.nextDue)},
        {QStringLiteral("status"), IncidentStatuses::key(incident.status)},
    };
}

ListLayout incidentListLayout() {
    return {{QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("client_name"),
             QStringLiteral("occurred_at"), QStringLiteral("boundary"), QStringLiteral("policy_version"),
             QStringLiteral("channel"), QStringLiteral("severity"), QStringLiteral("by"),
             QStringLiteral("description"), QStringLiteral("outside_hours"),
             QStringLiteral("outside_channel"), QStringLiteral("step"), QStringLiteral("next_action"),
             QStringLiteral("next_due"), QStringLiteral("status")},
            {tr("ID"), tr("Occurred"), tr("Client"), tr("Boundary"), tr("Channel"), tr("Severity"),
             tr("Flags"), tr("Step"), tr("Next due"), tr("Status")}};
}

ListRow incidentListRow(const IncidentListRow &row) {
    const Incident &incident = row.incident;
    return {incidentRecord(incident, row.clientName),
            {QString::number(incident.id), localText(incident.occurredAt), row.clientName,
             incident.boundaryKey, ContactChannels::label(incident.channel),
             Severities::label(incident.severity), flagLabels(incident).join(QStringLiteral(", ")),
             incident.currentStep, incident.nextDue.toString(Qt::ISODate),
             IncidentStatuses::label(incident.status)}};
}

// ---- incidents log ----

int logIncident(Invocation &invocation) {
    for (const char *required : {"client", "boundary", "description"}) {
        if (!invocation.isSet(QLatin1String(required)))
            return invocation.usageError(tr("--%1 is required; an incident needs a client, a boundary and a "
                                            "description.")
                                             .arg(QLatin1String(required)));
    }
    int exitCode = ExitOk;
    NewIncident incident;
    incident.clientId = clientIdOption(invocation, &exitCode);
    if (!incident.clientId)
        return exitCode;
    incident.boundaryKey = invocation.value(QStringLiteral("boundary"));
    incident.description = invocation.value(QStringLiteral("description"));
    if (!readKeyOption(invocation, QStringLiteral("channel"), tr("a contact channel"),
                       &ContactChannels::fromKey, channelKeys(), &incident.channel, &exitCode) ||
        !readKeyOption(invocation, QStringLiteral("severity"), tr("a severity"), &Severities::fromKey,
                       severityKeys(), &incident.severity, &exitCode) ||
        !readKeyOption(invocation, QStringLiteral("by"), tr("who crossed the boundary"), &CrossedBys::fromKey,
                       crossedByKeys(), &incident.crossedBy, &exitCode))
        return exitCode;

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    if (invocation.isSet(QStringLiteral("at"))) {
        // A time without an offset is read in the practice's time zone, where its working hours are.
        const Result<PracticeProfile> profile = PracticeRepository(*database).load();
        if (!profile)
            return invocation.fail(profile.error());
        const Result<QDateTime> at =
            parseDateTime(invocation.value(QStringLiteral("at")), profile.value().timeZoneId);
        if (!at)
            return invocation.usageError(at.error().message);
        incident.occurredAt = at.value();
    }
    // Said plainly here; the core's wording assumes the client was picked from a list.
    if (const Result<Client> client = ClientRepository(*database).get(incident.clientId); !client)
        return invocation.fail(client.error());
    const Result<qint64> logged = IncidentService(*database).log(incident);
    if (!logged)
        return invocation.fail(logged.error());
    invocation.out() << logged.value() << QLatin1Char('\n');
    return ExitOk;
}

// ---- incidents list ----

int list(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode);
    if (!format)
        return exitCode;
    IncidentFilter filter;
    if (invocation.isSet(QStringLiteral("client"))) {
        filter.clientId = clientIdOption(invocation, &exitCode);
        if (!*filter.clientId)
            return exitCode;
    }
    IncidentStatus status = IncidentStatus::Open;
    CrossedBy crossedBy = CrossedBy::Client;
    if (!readKeyOption(invocation, QStringLiteral("status"), tr("an incident status"),
                       &IncidentStatuses::fromKey, statusKeys(), &status, &exitCode) ||
        !readKeyOption(invocation, QStringLiteral("by"), tr("who crossed the boundary"), &CrossedBys::fromKey,
                       crossedByKeys(), &crossedBy, &exitCode))
        return exitCode;
    if (invocation.isSet(QStringLiteral("status")))
        filter.status = status;
    if (invocation.isSet(QStringLiteral("by")))
        filter.crossedBy = crossedBy;
    filter.boundaryKey = invocation.value(QStringLiteral("boundary"));
    filter.overdueOnly = invocation.isSet(QStringLiteral("overdue"));
    filter.today = Clock::todayLocal();
    for (const auto &[option, date] :
         {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("to"), &filter.to}}) {
        if (!invocation.isSet(option))
            continue;
        *date = dateOption(invocation, option, &exitCode);
        if (!date->isValid())
            return exitCode;
    }

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    if (filter.clientId) {
        if (const Result<Client> client = ClientRepository(*database).get(*filter.clientId); !client)
            return invocation.fail(client.error());
    }
    const IncidentListQuery incidents(*database);
    const IncidentSort sort;
    // Keyset paging, newest first, through the same filtered listing the Incidents section uses.
    const ListWalk walk = pagedWalk<IncidentListRow>(
        [&](const IncidentListRow *after) {
            return after ? incidents.pageNextTo(filter, sort, *after, false, ListChunk)
                         : incidents.pageAt(filter, sort, 0, ListChunk);
        },
        &incidentListRow, ListChunk);
    if (const Status written = writeList(invocation.out(), *format, incidentListLayout(), walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

// ---- incidents show ----

/// Everything recorded about one incident, read together for show.
struct IncidentRecordSet {
    Incident incident;
    QString clientName;
    LadderPosition position;
    QList<StepEntry> steps;
    QList<FollowUp> goals;
    QList<FollowUpOutcome> outcomes;
    PolicyDocument policy; ///< the current policy: the ladder the position is on
    QString boundaryTitle; ///< from the version the incident was logged under
};

Result<IncidentRecordSet> readIncident(const Database &database, qint64 id) {
    const IncidentRepository repository(database);
    const IncidentService service(database);
    IncidentRecordSet set;
    Result<Incident> incident = repository.get(id);
    if (!incident)
        return incident.error();
    set.incident = std::move(incident).value();
    Result<Client> client = ClientRepository(database).get(set.incident.clientId);
    Result<LadderPosition> position = service.position(id);
    Result<QList<StepEntry>> steps = repository.steps(id);
    Result<QList<FollowUp>> goals = repository.followUps(id);
    Result<QList<FollowUpOutcome>> outcomes = repository.outcomes(id);
    Result<CurrentPolicy> current = service.currentPolicy();
    for (const Error *error :
         {client ? nullptr : &client.error(), position ? nullptr : &position.error(),
          steps ? nullptr : &steps.error(), goals ? nullptr : &goals.error(),
          outcomes ? nullptr : &outcomes.error(), current ? nullptr : &current.error()}) {
        if (error)
            return *error;
    }
    set.clientName = client.value().fullName;
    set.position = std::move(position).value();
    set.steps = std::move(steps).value();
    set.goals = std::move(goals).value();
    set.outcomes = std::move(outcomes).value();
    set.policy = current.value().document;
    PolicyDocument loggedUnder = set.policy;
    if (set.incident.policyVersion > 0 && set.incident.policyVersion != current.value().version) {
        Result<PolicyVersion> version = PolicyRepository(database).version(set.incident.policyVersion);
        if (!version)
            return version.error();
        loggedUnder = version.value().document;
    }
    const Boundary *boundary = loggedUnder.boundary(set.incident.boundaryKey);
    set.boundaryTitle = boundary ? boundary->title : QString();
    return set;
}

QString stepTitle(const PolicyDocument &policy, const QString &key) {
    const LadderStep *step = policy.step(key);
    return step ? step->title : key;
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

QJsonObject showRecord(const IncidentRecordSet &set) {
    QJsonObject record = incidentRecord(set.incident, set.clientName);
    record.insert(QStringLiteral("boundary_title"), textOrNull(set.boundaryTitle));
    // A closed incident has no next step, whatever its last recorded one was.
    record.insert(
        QStringLiteral("next_step"),
        textOrNull(set.incident.status == IncidentStatus::Closed ? QString() : set.position.nextStep));
    record.insert(QStringLiteral("outcome"), textOrNull(set.incident.outcome));
    record.insert(QStringLiteral("closed_at"), utcOrNull(set.incident.closedAt));
    record.insert(QStringLiteral("created_at"), utcOrNull(set.incident.createdAt));
    record.insert(QStringLiteral("recorded_by"), set.incident.recordedBy);

    const QSet<qint64> correctedSteps = correctedIds(set.steps);
    QJsonArray steps;
    for (const StepEntry &entry : set.steps)
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
    for (const FollowUp &goal : set.goals) {
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
            lines.append(tr("Sent as: %1").arg(SummaryMethods::key(*method)));
        if (const QString text = StepDetails::summaryText(entry); !text.isEmpty())
            lines.append(text);
    } else if (entry.stepKey == QLatin1String(StepKeys::BehaviouralContract)) {
        const BehaviouralContract contract = StepDetails::contract(entry);
        if (!contract.measurableGoals.isEmpty())
            lines.append(tr("Goals: %1").arg(contract.measurableGoals.join(QStringLiteral("; "))));
        if (contract.reviewDate.isValid())
            lines.append(tr("Review on %1").arg(contract.reviewDate.toString(Qt::ISODate)));
    } else if (entry.stepKey == QLatin1String(StepKeys::Resources)) {
        QStringList titles;
        for (const PracticeResource &resource : StepDetails::resources(entry))
            titles.append(resource.title);
        if (!titles.isEmpty())
            lines.append(tr("Provided: %1").arg(titles.join(QStringLiteral("; "))));
    }
    return lines;
}

void writeIncidentText(QTextStream &out, const IncidentRecordSet &set) {
    const Incident &incident = set.incident;
    const QStringList flags = flagLabels(incident);
    const int stepIndex = EscalationLadder::indexOf(set.policy.ladder, set.position.currentStep);
    QString due = set.position.nextDue.toString(Qt::ISODate);
    if (set.position.nextDue.isValid() && set.position.nextDue < Clock::todayLocal())
        due = tr("%1 (overdue)").arg(due);
    else if (set.position.nextDue.isValid() && set.position.nextDue == Clock::todayLocal())
        due = tr("%1 (today)").arg(due);

    QList<QPair<QString, QString>> details = {
        {tr("Incident"), QString::number(incident.id)},
        {tr("Client"), tr("%1 (client %2)").arg(set.clientName).arg(incident.clientId)},
        {tr("Occurred"), localText(incident.occurredAt)},
        {tr("Boundary"), set.boundaryTitle.isEmpty()
                             ? incident.boundaryKey
                             : tr("%1 [%2]").arg(set.boundaryTitle, incident.boundaryKey)},
        {tr("Channel"), ContactChannels::label(incident.channel)},
        {tr("Severity"), Severities::label(incident.severity)},
        {tr("Crossed by"), CrossedBys::label(incident.crossedBy)},
        {tr("Flags"), flags.isEmpty() ? tr("none") : flags.join(QStringLiteral(", "))},
        {tr("Description"), incident.description},
        {tr("Status"), IncidentStatuses::label(incident.status)},
        {tr("Ladder step"),
         stepIndex < 0 ? tr("none recorded yet")
                       : tr("%1 [%2], step %3 of %4")
                             .arg(stepTitle(set.policy, set.position.currentStep), set.position.currentStep)
                             .arg(stepIndex + 1)
                             .arg(set.policy.ladder.size())},
    };
    if (incident.status == IncidentStatus::Closed) {
        details.append({tr("Closed"), localText(incident.closedAt)});
        details.append({tr("Outcome"), incident.outcome});
    } else {
        details.append({tr("Next action"), set.position.nextAction});
        details.append({tr("Due"), due});
    }
    details.append({tr("Logged"), recordedText(incident.createdAt, incident.recordedBy)});
    writeDetails(out, details);

    const QSet<qint64> correctedSteps = correctedIds(set.steps);
    out << QLatin1Char('\n') << tr("Recorded steps (%1)").arg(set.steps.size()) << QLatin1Char('\n');
    for (const StepEntry &entry : set.steps) {
        QString heading =
            tr("#%1  %2  %3 [%4]")
                .arg(entry.id)
                .arg(localText(entry.happenedAt), stepTitle(set.policy, entry.stepKey), entry.stepKey);
        if (entry.correctsId)
            heading += QLatin1Char(' ') + tr("(correction of #%1)").arg(entry.correctsId);
        if (correctedSteps.contains(entry.id))
            heading += QLatin1Char(' ') + tr("(corrected later; no longer in force)");
        out << QLatin1Char('\n') << indented(heading, 2) << QLatin1Char('\n');
        QStringList lines = stepDetailLines(entry);
        if (!entry.note.isEmpty())
            lines.prepend(entry.note);
        lines.append(tr("Recorded %1").arg(recordedText(entry.recordedAt, entry.recordedBy)));
        for (const QString &line : lines)
            out << indented(line, 6) << QLatin1Char('\n');
    }

    const QSet<qint64> correctedOutcomes = correctedIds(set.outcomes);
    out << QLatin1Char('\n') << tr("Goals (%1)").arg(set.goals.size()) << QLatin1Char('\n');
    for (const FollowUp &goal : set.goals) {
        out << QLatin1Char('\n')
            << indented(
                   tr("#%1  %2, follow up on %3").arg(goal.id).arg(goal.goal, goal.due.toString(Qt::ISODate)),
                   2)
            << QLatin1Char('\n');
        bool any = false;
        for (const FollowUpOutcome &outcome : set.outcomes) {
            if (outcome.followUpId != goal.id)
                continue;
            any = true;
            QString line = tr("%1: %2").arg(FollowUpResults::label(outcome.result), outcome.note);
            if (outcome.note.isEmpty())
                line = FollowUpResults::label(outcome.result);
            line += QLatin1Char(' ') +
                    tr("(recorded %1)").arg(recordedText(outcome.recordedAt, outcome.recordedBy));
            if (outcome.correctsId)
                line += QLatin1Char(' ') + tr("(correction)");
            if (correctedOutcomes.contains(outcome.id))
                line += QLatin1Char(' ') + tr("(corrected later; no longer in force)");
            out << indented(line, 6) << QLatin1Char('\n');
        }
        if (!any)
            out << indented(tr("No outcome recorded yet."), 6) << QLatin1Char('\n');
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
            tr("“%1” is not an incident id; ids are the whole numbers “incidents list” shows.").arg(text));

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<IncidentRecordSet> set = readIncident(*database, *id);
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

// ---- follow-ups ----

/// The open incidents' next actions: overdue, due today and in the upcoming days, earliest first.
struct FollowUpWindows {
    QList<FollowUpItem> overdue;
    QList<FollowUpItem> today;
    QList<FollowUpItem> upcoming;
};

// --days N, or `fallback` without it; 0 after reporting wrong usage.
int upcomingDaysOption(Invocation &invocation, int fallback, int *exitCode) {
    if (!invocation.isSet(QStringLiteral("days")))
        return fallback;
    const QString text = invocation.value(QStringLiteral("days"));
    const std::optional<qint64> days = positiveNumber(text);
    if (!days || *days > AllUpcomingDays) {
        *exitCode =
            invocation.usageError(tr("“%1” is not a number of days; give a whole number from 1 to %2.")
                                      .arg(text)
                                      .arg(AllUpcomingDays));
        return 0;
    }
    return int(*days);
}

Result<FollowUpWindows> readFollowUps(const Database &database, int upcomingDays) {
    const FollowUpRepository repository(database);
    const QDate today = Clock::todayLocal();
    Result<QList<FollowUpItem>> overdue = repository.followUpsIn(FollowUpWindow::Overdue, today);
    Result<QList<FollowUpItem>> dueToday = repository.followUpsIn(FollowUpWindow::DueToday, today);
    Result<QList<FollowUpItem>> upcoming =
        repository.followUpsIn(FollowUpWindow::Upcoming, today, upcomingDays);
    for (const auto *read : {&overdue, &dueToday, &upcoming}) {
        if (!*read)
            return read->error();
    }
    return FollowUpWindows{overdue.value(), dueToday.value(), upcoming.value()};
}

// The follow-ups a command asks for with --days (`defaultDays` without it); std::nullopt after reporting
// why not, with the exit code in `exitCode`.
std::optional<FollowUpWindows> chosenFollowUps(Invocation &invocation, int defaultDays, int *exitCode) {
    const int days = upcomingDaysOption(invocation, defaultDays, exitCode);
    if (!days)
        return std::nullopt;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database) {
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    Result<FollowUpWindows> windows = readFollowUps(*database, days);
    if (!windows) {
        *exitCode = invocation.fail(windows.error());
        return std::nullopt;
    }
    return std::move(windows).value();
}

int listFollowUps(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ListFormats, &exitCode);
    if (!format)
        return exitCode;
    const std::optional<FollowUpWindows> windows =
        chosenFollowUps(invocation, DefaultUpcomingDays, &exitCode);
    if (!windows)
        return exitCode;

    const ListLayout layout{
        {QStringLiteral("when"), QStringLiteral("due"), QStringLiteral("incident_id"),
         QStringLiteral("client_id"), QStringLiteral("client_name"), QStringLiteral("boundary"),
         QStringLiteral("next_action")},
        {tr("When"), tr("Due"), tr("Incident"), tr("Client"), tr("Boundary"), tr("Next action")}};
    const ListWalk walk = [&](const std::function<void(const ListRow &)> &sink) -> Status {
        const QList<std::tuple<QString, QString, const QList<FollowUpItem> *>> groups = {
            {QStringLiteral("overdue"), tr("Overdue"), &windows->overdue},
            {QStringLiteral("today"), tr("Today"), &windows->today},
            {QStringLiteral("upcoming"), tr("Upcoming"), &windows->upcoming}};
        for (const auto &[key, label, items] : groups) {
            for (const FollowUpItem &item : *items)
                sink(ListRow{QJsonObject{{QStringLiteral("when"), key},
                                         {QStringLiteral("due"), dateOrNull(item.due)},
                                         {QStringLiteral("incident_id"), QJsonValue(item.incidentId)},
                                         {QStringLiteral("client_id"), QJsonValue(item.clientId)},
                                         {QStringLiteral("client_name"), item.clientName},
                                         {QStringLiteral("boundary"), item.boundaryKey},
                                         {QStringLiteral("next_action"), item.nextAction}},
                             QStringList{label, item.due.toString(Qt::ISODate),
                                         QString::number(item.incidentId), item.clientName, item.boundaryKey,
                                         item.nextAction}});
        }
        return {};
    };
    if (const Status written = writeList(invocation.out(), *format, layout, walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

int exportIcs(Invocation &invocation) {
    const QString path = invocation.value(QStringLiteral("out"));
    if (path.isEmpty())
        return invocation.usageError(tr("--out is required: the calendar file to write."));
    int exitCode = ExitOk;
    const std::optional<FollowUpWindows> windows = chosenFollowUps(invocation, AllUpcomingDays, &exitCode);
    if (!windows)
        return exitCode;
    // Opened already by chosenFollowUps(); the invocation keeps one connection.
    const Result<CurrentPolicy> policy =
        IncidentService(*invocation.database(DatabaseUse::Existing)).currentPolicy();
    if (!policy)
        return invocation.fail(policy.error());
    QHash<QString, QString> titles;
    for (const Boundary &boundary : policy.value().document.boundaries)
        titles.insert(boundary.key, boundary.title);
    const QList<FollowUpItem> items = windows->overdue + windows->today + windows->upcoming;

    if (const Status writable = checkOutputFile(path, invocation.isSet(QStringLiteral("force"))); !writable)
        return invocation.fail(writable.error());
    if (const Status saved = PrivateFile::save(ICalendar::followUps(items, Clock::nowUtc(), titles), path);
        !saved)
        return invocation.fail(saved.error());
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    invocation.out() << (items.size() == 1 ? tr("Wrote 1 follow-up to %1.").arg(file)
                                           : tr("Wrote %1 follow-ups to %2.").arg(items.size()).arg(file))
                     << QLatin1Char('\n');
    return ExitOk;
}

QCommandLineOption formatOption(const QString &description) {
    return QCommandLineOption(QStringLiteral("format"), description, QStringLiteral("FORMAT"));
}

} // namespace

QList<Command> incidentCommands() {
    const QString group = QStringLiteral("incidents");
    const QCommandLineOption clientOption(QStringLiteral("client"), tr("Only the incidents of this client."),
                                          QStringLiteral("ID"));

    Command logCommand;
    logCommand.words = {group, QStringLiteral("log")};
    logCommand.arguments =
        QStringLiteral("--client ID --boundary KEY --description TEXT [--channel C] [--at ISO-8601] "
                       "[--severity minor|major] [--by client|practitioner]");
    logCommand.summary = tr("Log a crossed boundary and print the new incident's id.");
    logCommand.options = {
        QCommandLineOption(QStringLiteral("client"), tr("The client concerned (required)."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("boundary"),
                           tr("The boundary crossed, by its key in the current policy (required; “policy "
                              "show” lists the keys)."),
                           QStringLiteral("KEY")),
        QCommandLineOption(QStringLiteral("description"),
                           tr("What happened, in a few factual words (required)."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("channel"),
                           tr("How it happened: %1 (default in_person).").arg(channelKeys()),
                           QStringLiteral("C")),
        QCommandLineOption(QStringLiteral("at"),
                           tr("When it happened (default now), ISO 8601: 2026-03-01T21:30Z or "
                              "2026-03-01T21:30+01:00; a time without Z or an offset is in the practice's "
                              "time zone (see “practice show”)."),
                           QStringLiteral("ISO-8601")),
        QCommandLineOption(QStringLiteral("severity"), tr("%1 (default minor).").arg(severityKeys()),
                           QStringLiteral("S")),
        QCommandLineOption(
            QStringLiteral("by"),
            tr("Who crossed it: %1 (a self-reported lapse; default client).").arg(crossedByKeys()),
            QStringLiteral("WHO")),
    };
    logCommand.details =
        tr("The incident is flagged automatically when it happened outside the agreed working hours or\n"
           "through a channel that is not agreed, and gets its first next action on the escalation ladder.\n"
           "An unknown client, a boundary that is not in the current policy, an empty description or a time\n"
           "in the future is refused (exit status 1) and nothing is stored.");
    logCommand.run = logIncident;

    Command listCommand;
    listCommand.words = {group, QStringLiteral("list")};
    listCommand.arguments =
        QStringLiteral("[--client ID] [--status S] [--overdue] [--boundary KEY] [--by WHO] "
                       "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format %1]")
            .arg(OutputFormats::keys(ListFormats));
    listCommand.summary = tr("List incidents, newest first.");
    listCommand.options = {
        clientOption,
        QCommandLineOption(QStringLiteral("status"),
                           tr("Only incidents with this status: %1.").arg(statusKeys()), QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("overdue"),
                           tr("Only open incidents whose next action is overdue.")),
        QCommandLineOption(QStringLiteral("boundary"), tr("Only incidents about this boundary."),
                           QStringLiteral("KEY")),
        QCommandLineOption(
            QStringLiteral("by"),
            tr("Only incidents where this side crossed the boundary: %1.").arg(crossedByKeys()),
            QStringLiteral("WHO")),
        QCommandLineOption(QStringLiteral("from"), tr("Only incidents on or after this day."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("to"), tr("Only incidents on or before this day."),
                           QStringLiteral("YYYY-MM-DD")),
        formatOption(tr("table (default), csv (RFC 4180, with a header row) or json (an array of objects).")),
    };
    listCommand.details =
        tr("CSV and JSON keys: id, client_id, client_name, occurred_at (UTC, ISO 8601 ending in Z),\n"
           "boundary (key), policy_version, channel, severity (minor or major), by (client or\n"
           "practitioner), description, outside_hours, outside_channel (true or false), step (the furthest\n"
           "ladder step recorded; null before the first), next_action, next_due (YYYY-MM-DD; null when\n"
           "closed), status (open or closed). Rows are read a page at a time, so any number of incidents\n"
           "can be listed.");
    listCommand.run = list;

    Command showCommand;
    showCommand.words = {group, QStringLiteral("show")};
    showCommand.arguments = QStringLiteral("ID [--format %1]").arg(OutputFormats::keys(ShowFormats));
    showCommand.summary =
        tr("Show one incident: its flags, where it stands on the ladder, every recorded step and its goals.");
    showCommand.options = {formatOption(tr("text (default) or json."))};
    showCommand.positionalNames = {QStringLiteral("ID")};
    showCommand.details =
        tr("JSON keys: those of “incidents list”, and boundary_title, next_step, outcome, closed_at,\n"
           "created_at, recorded_by, steps [{id, step, happened_at, note, details, corrects_id, corrected,\n"
           "recorded_at, recorded_by}] and goals [{id, step_id, goal, due, result (in force; null before\n"
           "any), outcomes [{id, result (met, partly_met or not_met), note, corrects_id, corrected,\n"
           "recorded_at, recorded_by}]}]. Recorded steps and outcomes never change: a correction is a new\n"
           "entry naming the one it corrects (corrects_id), and the corrected entry is marked corrected.");
    showCommand.run = show;

    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace FILE when it already exists."));

    Command followUpsListCommand;
    followUpsListCommand.words = {QStringLiteral("followups"), QStringLiteral("list")};
    followUpsListCommand.arguments =
        QStringLiteral("[--days N] [--format %1]").arg(OutputFormats::keys(ListFormats));
    followUpsListCommand.summary =
        tr("List the next actions due on open incidents: overdue, today, upcoming.");
    followUpsListCommand.options = {
        QCommandLineOption(
            QStringLiteral("days"),
            tr("How many days after today count as upcoming (default %1).").arg(DefaultUpcomingDays),
            QStringLiteral("N")),
        formatOption(tr("table (default), csv or json.")),
    };
    followUpsListCommand.details =
        tr("Overdue follow-ups come first, then those due today, then the upcoming ones; each group\n"
           "earliest first. CSV and JSON keys: when (overdue, today or upcoming), due (YYYY-MM-DD),\n"
           "incident_id, client_id, client_name, boundary (key), next_action.");
    followUpsListCommand.run = listFollowUps;

    Command exportCommand;
    exportCommand.words = {QStringLiteral("followups"), QStringLiteral("export-ics")};
    exportCommand.arguments = QStringLiteral("--out FILE.ics [--days N] [--force]");
    exportCommand.summary = tr("Write the follow-ups as an iCalendar file that calendar programs import.");
    exportCommand.options = {
        QCommandLineOption(QStringLiteral("out"), tr("The file to write (required)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("days"),
                           tr("Only upcoming follow-ups due within N days after today (default: all)."),
                           QStringLiteral("N")),
        forceOption,
    };
    exportCommand.details =
        tr("One all-day event (RFC 5545) per follow-up on its due date: overdue ones, those due today and\n"
           "the upcoming ones. An event's UID is made of its incident and due date, so importing the same\n"
           "follow-ups again does not duplicate them. The file is readable by you only (0600); an existing\n"
           "file is only replaced with --force.");
    exportCommand.run = exportIcs;

    return {logCommand, listCommand, showCommand, followUpsListCommand, exportCommand};
}

} // namespace bk::cli
