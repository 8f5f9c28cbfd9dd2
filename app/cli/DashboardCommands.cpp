// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/common/PrivateFile.h"
#include "app/common/SupportedDates.h"
#include "app/dashboard/DashboardReport.h"
#include "app/dashboard/DashboardService.h"
#include "app/storage/ClientRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bk::cli {

namespace {

// lupdate files these messages under "DashboardCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DashboardCommands)
};

// --from, --to and --client, shared by both commands.
QList<QCommandLineOption> periodOptions() {
    return {QCommandLineOption(QStringLiteral("from"),
                               Tr::tr("First day of the period (YYYY-MM-DD); by default %1 days before --to.")
                                   .arg(DashboardRequest::DefaultDays - 1),
                               QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"),
                               Tr::tr("Last day of the period (YYYY-MM-DD); by default today."),
                               QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("client"), Tr::tr("Only this client's figures."),
                               QStringLiteral("ID"))};
}

// The request the options describe, checked against the database; nullopt after reporting why not.
std::optional<DashboardRequest> requestFrom(Invocation &invocation, const Database &database, int *exitCode) {
    const DashboardService service(database);
    const Result<DashboardRequest> fallback = service.defaultRequest();
    if (!fallback) {
        *exitCode = invocation.fail(fallback.error());
        return std::nullopt;
    }
    DashboardRequest request = fallback.value();
    QDate to = request.to;
    if (!readDateOption(invocation, QStringLiteral("to"), &to, exitCode))
        return std::nullopt;
    QDate from = to.addDays(1 - DashboardRequest::DefaultDays);
    if (!readDateOption(invocation, QStringLiteral("from"), &from, exitCode) ||
        !checkPeriod(invocation, from, to, exitCode))
        return std::nullopt;
    request.from = std::max(from, SupportedDates::first());
    request.to = to;
    if (invocation.isSet(QStringLiteral("client"))) {
        const qint64 id = clientIdOption(invocation, exitCode);
        if (!id)
            return std::nullopt;
        if (const Result<Client> client = ClientRepository(database).get(id); !client) {
            *exitCode = invocation.fail(client.error());
            return std::nullopt;
        }
        request.clientId = id;
    }
    return request;
}

QJsonValue numberOrNull(const std::optional<double> &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject countsByKey(const QList<KeyedCount> &counts) {
    QJsonObject object;
    for (const KeyedCount &count : counts)
        object.insert(count.key, count.count);
    return object;
}

// The machine-readable dashboard; its keys are listed in the command's help and must stay stable.
QJsonObject figuresRecord(const DashboardFigures &figures) {
    QJsonArray months;
    for (const MonthFigure &month : figures.byMonth)
        months.append(QJsonObject{
            {QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("days"), month.daysInPeriod},
            {QStringLiteral("days_elapsed"), month.daysElapsed},
            {QStringLiteral("so_far"), month.soFar},
            {QStringLiteral("count"), month.count},
            {QStringLiteral("lapses"), month.lapses},
            {QStringLiteral("reflected"), month.reflected},
            {QStringLiteral("active_clients"), month.activeClients},
            {QStringLiteral("rate_per_active_client_30d"), numberOrNull(month.ratePerActiveClient30d)}});
    QJsonArray weekdays;
    for (const auto &day : figures.byWeekdayHour) {
        QJsonArray hours;
        for (qint64 count : day)
            hours.append(count);
        weekdays.append(hours);
    }
    QJsonArray clients;
    for (const ClientCount &client : figures.byClient)
        clients.append(QJsonObject{{QStringLiteral("client_id"), client.clientId},
                                   {QStringLiteral("count"), client.count}});
    QJsonObject bands;
    for (RepeatBand band : RepeatBands::all)
        bands.insert(RepeatBands::key(band), figures.bandCount(band));
    QJsonArray warnings;
    for (const ClientCount &client : figures.earlyWarning)
        warnings.append(client.clientId);
    return {
        {QStringLiteral("from"), figures.request.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), figures.request.to.toString(Qt::ISODate)},
        {QStringLiteral("client_id"),
         figures.request.clientId ? QJsonValue(*figures.request.clientId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("time_zone"), QString::fromUtf8(figures.timeZoneId)},
        {QStringLiteral("open"), figures.openIncidents},
        {QStringLiteral("overdue"), figures.overdueFollowUps},
        {QStringLiteral("reack_due"), figures.reacknowledgementDue},
        {QStringLiteral("drafts"), figures.onboardingDrafts},
        {QStringLiteral("incidents"), figures.incidents},
        {QStringLiteral("outside_hours"), figures.outsideHours},
        {QStringLiteral("addressed_within_24h"), numberOrNull(figures.addressedShare)},
        {QStringLiteral("addressed_judged"), figures.addressJudged},
        {QStringLiteral("addressed_pending"), figures.addressPending},
        {QStringLiteral("resolved"), figures.resolved},
        {QStringLiteral("median_days_to_resolution"), numberOrNull(figures.medianDaysToResolution)},
        {QStringLiteral("by_month"), months},
        {QStringLiteral("by_boundary"), countsByKey(figures.byBoundary)},
        {QStringLiteral("by_channel"), countsByKey(figures.byChannel)},
        {QStringLiteral("by_weekday_hour"), weekdays},
        {QStringLiteral("by_client"), clients},
        {QStringLiteral("repeat_bands"), bands},
        {QStringLiteral("early_warning"), warnings},
        {QStringLiteral("self_reported"), figures.selfReported},
        {QStringLiteral("months_over"), figures.monthsOver},
        {QStringLiteral("months_reflected"), figures.monthsReflected},
        {QStringLiteral("reflected_share"), numberOrNull(figures.reflectedShare)},
    };
}

QString shareText(const std::optional<double> &share) {
    return share ? QStringLiteral("%1 %").arg(QLocale().toString(*share * 100.0, 'f', 0))
                 : Tr::tr("none to measure");
}

// The share addressed in time, and what it is a share of: incidents still inside their 24 hours wait.
QString addressedText(const DashboardFigures &figures) {
    QString text = figures.addressedShare ? Tr::tr("%1 of the %Ln incident(s) whose 24 hours are over",
                                                   nullptr, int(figures.addressJudged))
                                                .arg(shareText(figures.addressedShare))
                                          : Tr::tr("none whose 24 hours are over");
    if (figures.addressPending > 0)
        text +=
            QLatin1Char('\n') + Tr::tr("%Ln incident(s) still within their first 24 hours, not counted yet",
                                       nullptr, int(figures.addressPending));
    return text;
}

void writeCounts(QTextStream &out, const QString &title, const QList<QPair<QString, QString>> &rows) {
    out << QLatin1Char('\n') << title << QLatin1Char('\n');
    if (rows.isEmpty())
        out << QStringLiteral("  ") << Tr::tr("none") << QLatin1Char('\n');
    else
        writeDetails(out, rows);
}

void writeFiguresText(QTextStream &out, const DashboardFigures &figures) {
    const QLocale locale;
    out << DashboardReport::title(figures) << QLatin1Char('\n');
    if (figures.request.clientId)
        out << Tr::tr("Client: %1 (id %2)").arg(figures.clientName).arg(*figures.request.clientId)
            << QLatin1Char('\n');
    out << QLatin1Char('\n');
    writeDetails(out, {{Tr::tr("Open incidents"), locale.toString(figures.openIncidents)},
                       {Tr::tr("Overdue follow-ups"), locale.toString(figures.overdueFollowUps)},
                       {Tr::tr("Re-acknowledgement due"), locale.toString(figures.reacknowledgementDue)},
                       {Tr::tr("Onboarding drafts"), locale.toString(figures.onboardingDrafts)},
                       {Tr::tr("Client incidents"),
                        Tr::tr("%1 (%2 outside working hours)")
                            .arg(locale.toString(figures.incidents), locale.toString(figures.outsideHours))},
                       {Tr::tr("Addressed within 24 h"), addressedText(figures)},
                       {Tr::tr("Median to resolution"),
                        figures.medianDaysToResolution
                            ? Tr::tr("%1 days").arg(locale.toString(*figures.medianDaysToResolution, 'f', 1))
                            : Tr::tr("nothing resolved yet")},
                       {Tr::tr("Self-reported lapses"), locale.toString(figures.selfReported)},
                       {Tr::tr("Months reflected on"),
                        Tr::tr("%1 of the %Ln month(s) over", nullptr, int(figures.monthsOver))
                            .arg(locale.toString(figures.monthsReflected))}});

    QList<QPair<QString, QString>> months;
    for (const MonthFigure &month : figures.byMonth) {
        const QString rate = month.ratePerActiveClient30d
                                 ? locale.toString(*month.ratePerActiveClient30d, 'f', 2)
                                 : Tr::tr("–");
        const QString key = month.month.toString(QStringLiteral("yyyy-MM"));
        months.append(
            month.soFar
                ? qMakePair(QStringLiteral("  ") + Tr::tr("%1 so far").arg(key),
                            Tr::tr("%Ln incident(s), %1 per active client per 30 days, scaled over the "
                                   "%2 days so far",
                                   nullptr, int(month.count))
                                .arg(rate)
                                .arg(month.daysElapsed))
                : qMakePair(
                      QStringLiteral("  ") + key,
                      Tr::tr("%Ln incident(s), %1 per active client per 30 days", nullptr, int(month.count))
                          .arg(rate)));
    }
    writeCounts(out, Tr::tr("By month:"), months);
    const auto keyed = [](const QList<KeyedCount> &counts) {
        QList<QPair<QString, QString>> rows;
        for (const KeyedCount &count : counts)
            rows.append({QStringLiteral("  ") + count.label, QLocale().toString(count.count)});
        return rows;
    };
    writeCounts(out, Tr::tr("By boundary:"), keyed(figures.byBoundary));
    writeCounts(out, Tr::tr("By channel:"), keyed(figures.byChannel));
    QList<QPair<QString, QString>> clients;
    for (const ClientCount &client : figures.byClient.mid(0, 10))
        clients.append(
            {QStringLiteral("  ") + (client.name.isEmpty() ? QString::number(client.clientId) : client.name),
             locale.toString(client.count)});
    writeCounts(out, Tr::tr("Clients with the most incidents:"), clients);
    QList<QPair<QString, QString>> bands;
    for (RepeatBand band : RepeatBands::all)
        bands.append({QStringLiteral("  ") + RepeatBands::label(band),
                      Tr::tr("%Ln client(s)", nullptr, int(figures.bandCount(band)))});
    writeCounts(out, Tr::tr("Repeat bands:"), bands);
    QList<QPair<QString, QString>> warnings;
    for (const ClientCount &client : figures.earlyWarning)
        warnings.append({QStringLiteral("  ") + client.name,
                         Tr::tr("%Ln incident(s) (id %1)", nullptr, int(client.count)).arg(client.clientId)});
    writeCounts(out, Tr::tr("Early warning (2 or more incidents in the last 30 days):"), warnings);
}

// The figures for the options, or nullopt after reporting why there are none.
std::optional<DashboardFigures> figuresFor(Invocation &invocation, int *exitCode) {
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database) {
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    const std::optional<DashboardRequest> request = requestFrom(invocation, *database, exitCode);
    if (!request)
        return std::nullopt;
    Result<DashboardFigures> figures = DashboardService(*database).compute(*request);
    if (!figures) {
        *exitCode = invocation.fail(figures.error());
        return std::nullopt;
    }
    return std::move(figures).value();
}

int show(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Text, ShowFormats, &exitCode);
    if (!format)
        return exitCode;
    const std::optional<DashboardFigures> figures = figuresFor(invocation, &exitCode);
    if (!figures)
        return exitCode;
    if (*format == OutputFormat::Json)
        invocation.out() << QString::fromUtf8(
            QJsonDocument(figuresRecord(*figures)).toJson(QJsonDocument::Indented));
    else
        writeFiguresText(invocation.out(), *figures);
    return ExitOk;
}

int exportReport(Invocation &invocation) {
    if (!invocation.isSet(QStringLiteral("out")))
        return invocation.usageError(Tr::tr("--out is required: the PDF file to write."));
    const QString pdfPath = invocation.value(QStringLiteral("out"));
    QList<OutputFile> outputs = {{QStringLiteral("out"), pdfPath}};
    if (invocation.isSet(QStringLiteral("csv")))
        outputs.append({QStringLiteral("csv"), invocation.value(QStringLiteral("csv"))});
    // Both files are checked before either is written, so a refused CSV leaves no PDF behind.
    if (const Status writable = checkOutputFiles(outputs, invocation.isSet(QStringLiteral("force")));
        !writable)
        return invocation.fail(writable.error());
    int exitCode = ExitOk;
    const std::optional<DashboardFigures> figures = figuresFor(invocation, &exitCode);
    if (!figures)
        return exitCode;
    const Result<QByteArray> pdf = DashboardReport::renderPdf(*figures);
    if (!pdf)
        return invocation.fail(pdf.error());
    if (Status saved = PrivateFile::save(pdf.value(), pdfPath); !saved)
        return invocation.fail(saved.error());
    invocation.out() << Tr::tr("Saved the report to %1").arg(QDir::toNativeSeparators(pdfPath))
                     << QLatin1Char('\n');
    if (invocation.isSet(QStringLiteral("csv"))) {
        const QString csvPath = invocation.value(QStringLiteral("csv"));
        if (Status saved = PrivateFile::save(DashboardReport::csv(*figures), csvPath); !saved)
            return invocation.fail(saved.error());
        invocation.out() << Tr::tr("Saved the figures to %1").arg(QDir::toNativeSeparators(csvPath))
                         << QLatin1Char('\n');
    }
    return ExitOk;
}

} // namespace

QList<Command> dashboardCommands() {
    Command showCommand;
    showCommand.words = {QStringLiteral("dashboard")};
    showCommand.arguments = QStringLiteral("[--from DATE] [--to DATE] [--client ID] [--format %1]")
                                .arg(OutputFormats::keys(ShowFormats));
    showCommand.summary =
        Tr::tr("Show where, when, how often and with whom boundaries are crossed, and what needs "
               "attention now.");
    showCommand.options = periodOptions();
    showCommand.options.append(formatOption(Tr::tr("text (default) or json.")));
    showCommand.details = Tr::tr(
        "The period is in the practice's time zone; open, overdue, reack_due, drafts and early_warning are "
        "as\n"
        "of today. Self-reported lapses count only in self_reported; every other incident figure counts the\n"
        "incidents clients crossed (open and overdue count both). Incidents of archived clients count;\n"
        "archived clients are left out of reack_due, drafts, early_warning and active clients, closed\n"
        "clients out of reack_due and active clients.\n"
        "\n"
        "JSON keys: from, to (YYYY-MM-DD), client_id (null for all), time_zone, open, overdue, reack_due,\n"
        "drafts, incidents, outside_hours, addressed_judged (client incidents whose first 24 hours are\n"
        "over), addressed_pending (those still within them, not counted yet), addressed_within_24h (a\n"
        "fraction of addressed_judged, null when it is 0), resolved, median_days_to_resolution (null when\n"
        "none resolved), by_month [{month (YYYY-MM), days, days_elapsed (of days, those up to today),\n"
        "so_far (true for the month holding today), count, lapses (your own), reflected (the monthly\n"
        "reflection), active_clients, rate_per_active_client_30d (scaled over days_elapsed)}], by_boundary "
        "and by_channel {key: count}, by_weekday_hour (7 arrays\n"
        "of 24 counts, Monday first, practice-local hours), by_client [{client_id, count}] most first,\n"
        "repeat_bands {\"1\", \"2-5\", \"6+\": clients}, early_warning [client ids], self_reported,\n"
        "months_over (months of the period that are over), months_reflected (of those, reflected on),\n"
        "reflected_share (null when no month is over).");
    showCommand.run = show;

    Command exportCommand;
    exportCommand.words = {QStringLiteral("dashboard"), QStringLiteral("export")};
    exportCommand.arguments =
        QStringLiteral("--out FILE.pdf [--csv FILE.csv] [--force] [--from DATE] [--to DATE] [--client ID]");
    exportCommand.summary =
        Tr::tr("Save the dashboard as a PDF report (one view per page) and, optionally, its figures as CSV.");
    exportCommand.options = periodOptions();
    exportCommand.options.append(
        {QCommandLineOption(QStringLiteral("out"), Tr::tr("The PDF file to write."), QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("csv"), Tr::tr("Also write the figures to this CSV file."),
                            QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("force"), Tr::tr("Replace the files when they already exist."))});
    exportCommand.details =
        Tr::tr("Both files are readable by you only (0600); an existing file is only replaced with --force.\n"
               "CSV columns: figure, key, label, value.");
    exportCommand.run = exportReport;
    return {showCommand, exportCommand};
}

} // namespace bk::cli
