// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/Clock.h"
#include "app/common/PrivateFile.h"
#include "app/incidents/ICalendar.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/Database.h"
#include "app/storage/FollowUpRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <tuple>

namespace bk::cli {

namespace {

// lupdate files these messages under "FollowUpCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(FollowUpCommands)
};

/// Days after today that "upcoming" covers by default, as in the application's follow-up list.
constexpr int DefaultUpcomingDays = 14;
/// "Every upcoming follow-up" for the calendar export: a century of days.
constexpr int AllUpcomingDays = 36525;

/// The open incidents' next actions: overdue, due today and in the upcoming days, earliest first.
struct FollowUpWindows {
    QList<FollowUpItem> overdue;
    QList<FollowUpItem> today;
    QList<FollowUpItem> upcoming;
    int upcomingDays = 0;
};

// --days N, or `fallback` without it; 0 after reporting wrong usage.
int upcomingDaysOption(Invocation &invocation, int fallback, int *exitCode) {
    if (!invocation.isSet(QStringLiteral("days")))
        return fallback;
    const QString text = invocation.value(QStringLiteral("days"));
    const std::optional<qint64> days = positiveNumber(text);
    if (!days || *days > AllUpcomingDays) {
        *exitCode =
            invocation.usageError(Tr::tr("“%1” is not a number of days; give a whole number from 1 to %2.")
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
    return FollowUpWindows{overdue.value(), dueToday.value(), upcoming.value(), upcomingDays};
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
    const int days = upcomingDaysOption(invocation, DefaultUpcomingDays, &exitCode);
    if (!days)
        return exitCode;
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;

    const ListLayout layout{{QStringLiteral("when"), QStringLiteral("due"), QStringLiteral("incident_id"),
                             QStringLiteral("client_id"), QStringLiteral("client_name"),
                             QStringLiteral("boundary"), QStringLiteral("next_action")},
                            {Tr::tr("When"), Tr::tr("Due"), Tr::tr("Incident"), Tr::tr("Client"),
                             Tr::tr("Boundary"), Tr::tr("Next action")}};
    // Read a row at a time, straight from the database: a large practice has hundreds of thousands overdue.
    const FollowUpRepository repository(*database);
    const QDate today = Clock::todayLocal();
    const ListWalk walk = [&](const std::function<void(const ListRow &)> &sink) -> Status {
        const QList<std::tuple<QString, QString, FollowUpWindow>> groups = {
            {QStringLiteral("overdue"), Tr::tr("Overdue"), FollowUpWindow::Overdue},
            {QStringLiteral("today"), Tr::tr("Today"), FollowUpWindow::DueToday},
            {QStringLiteral("upcoming"), Tr::tr("Upcoming"), FollowUpWindow::Upcoming}};
        for (const auto &[key, label, window] : groups) {
            const Status walked =
                repository.walkFollowUpsIn(window, today, days, -1, [&](const FollowUpItem &item) {
                    sink(ListRow{QJsonObject{{QStringLiteral("when"), key},
                                             {QStringLiteral("due"), dateOrNull(item.due)},
                                             {QStringLiteral("incident_id"), QJsonValue(item.incidentId)},
                                             {QStringLiteral("client_id"), QJsonValue(item.clientId)},
                                             {QStringLiteral("client_name"), item.clientName},
                                             {QStringLiteral("boundary"), item.boundaryKey},
                                             {QStringLiteral("next_action"), item.nextAction}},
                                 QStringList{label, item.due.toString(Qt::ISODate),
                                             QString::number(item.incidentId), item.clientName,
                                             item.boundaryKey, item.nextAction}});
                    return true;
                });
            if (!walked)
                return walked;
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
        return invocation.usageError(Tr::tr("--out is required: the calendar file to write."));
    int exitCode = ExitOk;
    const std::optional<FollowUpWindows> windows = chosenFollowUps(invocation, AllUpcomingDays, &exitCode);
    if (!windows)
        return exitCode;
    // Opened already by chosenFollowUps(); the invocation keeps one connection.
    const IncidentService incidents(*invocation.database(DatabaseUse::Existing));
    const Result<CurrentPolicy> policy = incidents.currentPolicy();
    if (!policy)
        return invocation.fail(policy.error());
    const Result<QList<AvailabilityPeriod>> periods = incidents.calendarPeriods(windows->upcomingDays);
    if (!periods)
        return invocation.fail(periods.error());
    QHash<QString, QString> titles;
    for (const Boundary &boundary : policy.value().document.boundaries)
        titles.insert(boundary.key, boundary.title);
    const QList<FollowUpItem> items = windows->overdue + windows->today + windows->upcoming;

    if (const Status writable = checkOutputFile(path, invocation.isSet(QStringLiteral("force"))); !writable)
        return invocation.fail(writable.error());
    if (const Status saved =
            PrivateFile::save(ICalendar::followUps(items, Clock::nowUtc(), titles, periods.value()), path);
        !saved)
        return invocation.fail(saved.error());
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    invocation.out() << Tr::tr("Wrote %n follow-up(s) to %1.", nullptr, int(items.size())).arg(file)
                     << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> followUpCommands() {
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         Tr::tr("Replace FILE when it already exists."));

    Command followUpsListCommand;
    followUpsListCommand.words = {QStringLiteral("followups"), QStringLiteral("list")};
    followUpsListCommand.arguments =
        QStringLiteral("[--days N] [--format %1]").arg(OutputFormats::keys(ListFormats));
    followUpsListCommand.summary =
        Tr::tr("List the next actions due on open incidents: overdue, today, upcoming.");
    followUpsListCommand.options = {
        QCommandLineOption(
            QStringLiteral("days"),
            Tr::tr("How many days after today count as upcoming (default %1).").arg(DefaultUpcomingDays),
            QStringLiteral("N")),
        formatOption(Tr::tr("table (default), csv or json.")),
    };
    followUpsListCommand.details =
        Tr::tr("Overdue follow-ups come first, then those due today, then the upcoming ones; each group\n"
               "earliest first. CSV and JSON keys: when (overdue, today or upcoming), due (YYYY-MM-DD),\n"
               "incident_id, client_id, client_name, boundary (key), next_action.");
    followUpsListCommand.run = listFollowUps;

    Command exportCommand;
    exportCommand.words = {QStringLiteral("followups"), QStringLiteral("export-ics")};
    exportCommand.arguments = QStringLiteral("--out FILE.ics [--days N] [--force]");
    exportCommand.summary =
        Tr::tr("Write the follow-ups as an iCalendar file that calendar programs import.");
    exportCommand.options = {
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write (required)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("days"),
                           Tr::tr("Only upcoming follow-ups due within N days after today (default: all)."),
                           QStringLiteral("N")),
        forceOption,
    };
    exportCommand.details = Tr::tr(
        "One all-day event (RFC 5545) per follow-up on its due date: overdue ones, those due today and\n"
        "the upcoming ones. An event's UID is made of its incident and due date, so importing the same\n"
        "follow-ups again does not duplicate them. Your periods of reduced availability in that time are\n"
        "events over their days, saying what changes (never why). The file is readable by you only (0600);\n"
        "an existing file is only replaced with --force.");
    exportCommand.run = exportIcs;

    return {followUpsListCommand, exportCommand};
}

} // namespace bk::cli
