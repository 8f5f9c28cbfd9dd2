// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/IncidentCommands.h"

#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"
#include "app/storage/IncidentListQuery.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bk::cli {

namespace {

// lupdate files these messages under "IncidentCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(IncidentCommands)
};

/// Rows read from the database at a time while listing: bounds memory however many incidents there are.
constexpr int ListChunk = 500;

} // namespace

QJsonObject incidentJson(const Incident &incident, const QString &clientName) {
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

namespace {

ListLayout incidentListLayout() {
    return {{QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("client_name"),
             QStringLiteral("occurred_at"), QStringLiteral("boundary"), QStringLiteral("policy_version"),
             QStringLiteral("channel"), QStringLiteral("severity"), QStringLiteral("by"),
             QStringLiteral("description"), QStringLiteral("outside_hours"),
             QStringLiteral("outside_channel"), QStringLiteral("step"), QStringLiteral("next_action"),
             QStringLiteral("next_due"), QStringLiteral("status")},
            {Tr::tr("ID"), Clock::headerWithZone(Tr::tr("Occurred")), Tr::tr("Client"), Tr::tr("Boundary"),
             Tr::tr("Channel"), Tr::tr("Severity"), Tr::tr("Flags"), Tr::tr("Step"), Tr::tr("Next due"),
             Tr::tr("Status")}};
}

ListRow incidentListRow(const IncidentListRow &row) {
    const Incident &incident = row.incident;
    return {incidentJson(incident, row.clientName),
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
            return invocation.usageError(
                Tr::tr("--%1 is required; an incident needs a client, a boundary and a "
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
    if (!readChannelOption(invocation, QStringLiteral("channel"), &incident.channel, &exitCode) ||
        !readSeverityOption(invocation, QStringLiteral("severity"), &incident.severity, &exitCode) ||
        !readCrossedByOption(invocation, QStringLiteral("by"), &incident.crossedBy, &exitCode))
        return exitCode;

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    if (invocation.isSet(QStringLiteral("at"))) {
        // A time without an offset is read in the practice's time zone, where its working hours are.
        const Result<PracticeProfile> profile = PracticeService(*database).load();
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
    if (!readIncidentStatusOption(invocation, QStringLiteral("status"), &status, &exitCode) ||
        !readCrossedByOption(invocation, QStringLiteral("by"), &crossedBy, &exitCode))
        return exitCode;
    if (invocation.isSet(QStringLiteral("status")))
        filter.status = status;
    if (invocation.isSet(QStringLiteral("by")))
        filter.crossedBy = crossedBy;
    filter.boundaryKey = invocation.value(QStringLiteral("boundary"));
    filter.overdueOnly = invocation.isSet(QStringLiteral("overdue"));
    filter.today = Clock::todayLocal();
    if (!readDateOption(invocation, QStringLiteral("from"), &filter.from, &exitCode) ||
        !readDateOption(invocation, QStringLiteral("to"), &filter.to, &exitCode) ||
        !checkPeriod(invocation, filter.from, filter.to, &exitCode))
        return exitCode;

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

} // namespace

QList<Command> incidentCommands() {
    const QString group = QStringLiteral("incidents");
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          Tr::tr("Only the incidents of this client."), QStringLiteral("ID"));

    Command logCommand;
    logCommand.words = {group, QStringLiteral("log")};
    logCommand.arguments =
        QStringLiteral("--client ID --boundary KEY --description TEXT [--channel C] [--at ISO-8601] "
                       "[--severity minor|major] [--by client|practitioner]");
    logCommand.summary = Tr::tr("Log a crossed boundary and print the new incident's id.");
    logCommand.options = {
        QCommandLineOption(QStringLiteral("client"), Tr::tr("The client concerned (required)."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("boundary"),
                           Tr::tr("The boundary crossed, by its key in the current policy (required; “policy "
                                  "show” lists the keys)."),
                           QStringLiteral("KEY")),
        QCommandLineOption(QStringLiteral("description"),
                           Tr::tr("What happened, in a few factual words (required)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("channel"),
                           Tr::tr("How it happened: %1 (default in_person).").arg(channelKeys()),
                           QStringLiteral("C")),
        QCommandLineOption(
            QStringLiteral("at"),
            Tr::tr("When it happened (default now), ISO 8601: 2026-03-01T21:30Z or "
                   "2026-03-01T21:30+01:00; a time without Z or an offset is in the practice's "
                   "time zone (see “practice show”)."),
            QStringLiteral("ISO-8601")),
        QCommandLineOption(QStringLiteral("severity"), Tr::tr("%1 (default minor).").arg(severityKeys()),
                           QStringLiteral("S")),
        QCommandLineOption(
            QStringLiteral("by"),
            Tr::tr("Who crossed it: %1 (a self-reported lapse; default client).").arg(crossedByKeys()),
            QStringLiteral("WHO")),
    };
    logCommand.details = Tr::tr(
        "The incident is flagged automatically when it happened outside the agreed working hours or\n"
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
    listCommand.summary = Tr::tr("List incidents, newest first.");
    listCommand.options = {
        clientOption,
        QCommandLineOption(QStringLiteral("status"),
                           Tr::tr("Only incidents with this status: %1.").arg(incidentStatusKeys()),
                           QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("overdue"),
                           Tr::tr("Only open incidents whose next action is overdue.")),
        QCommandLineOption(QStringLiteral("boundary"), Tr::tr("Only incidents about this boundary."),
                           QStringLiteral("KEY")),
        QCommandLineOption(
            QStringLiteral("by"),
            Tr::tr("Only incidents where this side crossed the boundary: %1.").arg(crossedByKeys()),
            QStringLiteral("WHO")),
        QCommandLineOption(QStringLiteral("from"), Tr::tr("Only incidents on or after this day."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("to"), Tr::tr("Only incidents on or before this day."),
                           QStringLiteral("YYYY-MM-DD")),
        formatOption(
            Tr::tr("table (default), csv (RFC 4180, with a header row) or json (an array of objects).")),
    };
    listCommand.details = Tr::tr(
        "CSV and JSON keys: id, client_id, client_name, occurred_at (UTC, ISO 8601 ending in Z),\n"
        "boundary (key), policy_version, channel, severity (minor or major), by (client or\n"
        "practitioner), description, outside_hours, outside_channel (true or false), step (the furthest\n"
        "ladder step recorded; null before the first), next_action, next_due (YYYY-MM-DD; null when\n"
        "closed), status (open or closed). Rows are read a page at a time, so any number of incidents\n"
        "can be listed.");
    listCommand.run = list;

    return {logCommand, listCommand};
}

} // namespace bk::cli
