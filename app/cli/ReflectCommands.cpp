// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/clients/ClientService.h"
#include "app/common/PrivateFile.h"
#include "app/practitioner/ReflectionReport.h"
#include "app/practitioner/ReflectionService.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace bk::cli {

namespace {

// lupdate files these messages under "ReflectCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ReflectCommands)
};

/// The practitioner's reflection list is read this many entries at a time.
constexpr int ListChunk = 500;

/// A list of entries is printed as a table ("text", as people read it), CSV or JSON.
const QList<OutputFormat> ReflectFormats = {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json};

ListLayout reflectionLayout() {
    QStringList keys = {
        QStringLiteral("id"),          QStringLiteral("date"),           QStringLiteral("client_id"),
        QStringLiteral("client_name"), QStringLiteral("recommendation"), QStringLiteral("decision")};
    for (DisclosureQuestion question : DisclosureCheck::questions())
        keys.append(DisclosureCheck::questionKey(question));
    keys.append(QStringLiteral("note"));
    return {keys,
            {Tr::tr("ID"), Tr::tr("Date"), Tr::tr("Client"), Tr::tr("The check said"), Tr::tr("I decided"),
             Tr::tr("Note")}};
}

ListRow reflectionRow(const ReflectionEntry &entry) {
    QJsonObject record{
        {QStringLiteral("id"), QJsonValue(entry.id)},
        {QStringLiteral("date"), dateOrNull(entry.date)},
        {QStringLiteral("client_id"), entry.clientId > 0 ? QJsonValue(entry.clientId) : QJsonValue()},
        {QStringLiteral("client_name"), textOrNull(entry.clientName)},
        {QStringLiteral("recommendation"), DisclosureCheck::recommendationKey(entry.recommendation)},
        {QStringLiteral("decision"), DisclosureDecisions::key(entry.decision)},
        {QStringLiteral("note"), textOrNull(entry.note)}};
    for (DisclosureQuestion question : DisclosureCheck::questions())
        record.insert(DisclosureCheck::questionKey(question),
                      DisclosureCheck::answerKey(entry.answers.answer(question)));
    return {record,
            {QString::number(entry.id), entry.date.toString(Qt::ISODate),
             entry.clientId > 0 ? entry.clientName : Tr::tr("(no client)"),
             DisclosureCheck::recommendationLabel(entry.recommendation),
             DisclosureDecisions::label(entry.decision), entry.note.simplified()}};
}

int listReflections(Invocation &invocation) {
    int exitCode = ExitOk;
    const std::optional<OutputFormat> format =
        chosenFormat(invocation, OutputFormat::Table, ReflectFormats, &exitCode);
    if (!format)
        return exitCode;
    ReflectionFilter filter;
    if (invocation.isSet(QStringLiteral("client"))) {
        filter.clientId = clientIdOption(invocation, &exitCode);
        if (!filter.clientId)
            return exitCode;
    }
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    if (filter.clientId) {
        if (const Result<Client> client = ClientService(*database).get(filter.clientId); !client)
            return invocation.fail(client.error());
    }
    const ReflectionService reflection(*database);
    const ListWalk walk = pagedWalk<ReflectionEntry>(
        [&](const ReflectionEntry *after) { return reflection.entries(filter, after, ListChunk); },
        &reflectionRow, ListChunk);
    if (const Status written = writeList(invocation.out(), *format, reflectionLayout(), walk); !written)
        return invocation.fail(written.error());
    return ExitOk;
}

int exportReport(Invocation &invocation) {
    const QString path = invocation.value(QStringLiteral("out"));
    if (path.isEmpty())
        return invocation.usageError(Tr::tr("--out is required: the PDF file to write."));
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<ReflectionReport> report = ReflectionReport::read(*database);
    if (!report)
        return invocation.fail(report.error());
    if (const Status writable = checkOutputFile(path, invocation.isSet(QStringLiteral("force"))); !writable)
        return invocation.fail(writable.error());
    const Result<QByteArray> pdf = report.value().renderPdf();
    if (!pdf)
        return invocation.fail(pdf.error());
    if (const Status saved = PrivateFile::save(pdf.value(), path); !saved)
        return invocation.fail(saved.error());
    invocation.out() << Tr::tr(
                            "Wrote your reflection (%n month(s) reflected on, %1 disclosure check(s)) to %2.",
                            nullptr, int(report.value().reflectedMonths()))
                            .arg(report.value().disclosureChecks())
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                     << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> reflectCommands() {
    Command listCommand;
    listCommand.words = {QStringLiteral("reflect"), QStringLiteral("list")};
    listCommand.arguments =
        QStringLiteral("[--client ID] [--format %1]").arg(OutputFormats::keys(ReflectFormats));
    listCommand.summary = Tr::tr("List your private reflection entries (disclosure checks), newest first.");
    listCommand.options = {
        QCommandLineOption(QStringLiteral("client"), Tr::tr("Only the entries about this client."),
                           QStringLiteral("ID")),
        formatOption(Tr::tr("table (default), csv or json.")),
    };
    listCommand.details = Tr::tr(
        "Each entry is a disclosure check you took before sharing something personal with a client: the\n"
        "check's recommendation, what you decided and your note. Entries are yours alone: they are never "
        "part\n"
        "of an agreement, a contract, a written summary or any export of a client's records.\n"
        "CSV and JSON keys: id, date (YYYY-MM-DD), client_id and client_name (null without a client),\n"
        "recommendation (go_ahead, better_not, supervisor), decision (shared, held_back, supervisor),\n"
        "serves_client, relevant_to_goal, brief, focus_returns, comfortable_in_record (yes, no, not_sure),\n"
        "note.");
    listCommand.run = listReflections;

    Command exportCommand;
    exportCommand.words = {QStringLiteral("reflect"), QStringLiteral("export")};
    exportCommand.arguments = QStringLiteral("--out FILE.pdf [--force]");
    exportCommand.summary =
        Tr::tr("Write your monthly reflections and disclosure checks as a PDF for supervision.");
    exportCommand.options = {
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write (required)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("force"), Tr::tr("Replace FILE when it already exists.")),
    };
    exportCommand.details =
        Tr::tr("Every monthly reflection with what the month looked like (your own lapses, contacts you\n"
               "initiated outside hours, clients with repeated incidents, disclosure checks taken) and your\n"
               "answers, then every disclosure check. The file is readable by you only (0600).");
    exportCommand.run = exportReport;
    return {listCommand, exportCommand};
}

} // namespace bk::cli
