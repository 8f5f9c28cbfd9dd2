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
    if (!readDateOption(invocation, QStringLiteral("from"), &filter.from, &exitCode) ||
        !readDateOption(invocation, QStringLiteral("to"), &filter.to, &exitCode) ||
        !checkPeriod(invocation, filter.from, filter.to, &exitCode))
        return exitCode;
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

// The reflection entry the first positional argument names, read from the practice (`*database`);
// std::nullopt after reporting why not (its exit code in `exitCode`).
std::optional<ReflectionEntry> namedEntry(Invocation &invocation, const Database **database, int *exitCode) {
    const std::optional<qint64> id = positiveNumber(invocation.positional(0));
    if (!id) {
        *exitCode = invocation.usageError(
            Tr::tr("“%1” is not a reflection entry id; use the id “reflect list” shows.")
                .arg(invocation.positional(0)));
        return std::nullopt;
    }
    *database = invocation.database(DatabaseUse::Existing);
    if (!*database) {
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    const Result<ReflectionEntry> found = ReflectionService(**database).get(*id);
    if (!found) {
        *exitCode = invocation.fail(found.error());
        return std::nullopt;
    }
    return found.value();
}

// The option of a question of the check: its key with dashes, e.g. "serves-client".
QString answerOption(DisclosureQuestion question) {
    return DisclosureCheck::questionKey(question).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// Reads the options of `reflect edit` over `entry`; what is not given stays. False after reporting wrong
// usage (its exit code in `exitCode`).
bool readEntryOptions(Invocation &invocation, NewReflection *entry, int *exitCode) {
    if (invocation.isSet(QStringLiteral("client")) && invocation.isSet(QStringLiteral("no-client"))) {
        *exitCode = invocation.usageError(Tr::tr("Give either --client or --no-client, not both."));
        return false;
    }
    if (invocation.isSet(QStringLiteral("client"))) {
        entry->clientId = clientIdOption(invocation, exitCode);
        if (!entry->clientId)
            return false;
    }
    if (invocation.isSet(QStringLiteral("no-client")))
        entry->clientId = 0;
    if (!readDateOption(invocation, QStringLiteral("date"), &entry->date, exitCode))
        return false;
    for (DisclosureQuestion question : DisclosureCheck::questions()) {
        if (!invocation.isSet(answerOption(question)))
            continue;
        const QString key = invocation.value(answerOption(question));
        const std::optional<CheckAnswer> answer = DisclosureCheck::answerFromKey(key);
        if (!answer) {
            *exitCode =
                invocation.usageError(Tr::tr("“%1” is not an answer for --%2; use yes, no or not_sure.")
                                          .arg(key, answerOption(question)));
            return false;
        }
        entry->answers.setAnswer(question, *answer);
    }
    if (invocation.isSet(QStringLiteral("decision"))) {
        const QString key = invocation.value(QStringLiteral("decision"));
        entry->decision = DisclosureDecisions::fromKey(key);
        if (!entry->decision) {
            *exitCode = invocation.usageError(
                Tr::tr("“%1” is not a decision; use shared, held_back or supervisor.").arg(key));
            return false;
        }
    }
    if (invocation.isSet(QStringLiteral("note")))
        entry->note = invocation.value(QStringLiteral("note"));
    return true;
}

int editEntry(Invocation &invocation) {
    int exitCode = ExitOk;
    const Database *database = nullptr;
    const std::optional<ReflectionEntry> found = namedEntry(invocation, &database, &exitCode);
    if (!found)
        return exitCode;
    const qint64 id = found->id;
    const ReflectionService reflection(*database);
    NewReflection entry = found->toNew();
    if (!readEntryOptions(invocation, &entry, &exitCode))
        return exitCode;
    if (const Status updated = reflection.update(id, entry); !updated)
        return invocation.fail(Tr::tr("Nothing was saved. %1").arg(updated.error().message));
    const Result<ReflectionEntry> saved = reflection.get(id);
    if (!saved)
        return invocation.fail(saved.error());
    const ReflectionEntry &stored = saved.value();
    invocation.out() << Tr::tr("Saved reflection entry %1 of %2: the check said “%3”; you decided “%4”.")
                            .arg(id)
                            .arg(stored.date.toString(Qt::ISODate),
                                 DisclosureCheck::recommendationLabel(stored.recommendation),
                                 DisclosureDecisions::label(stored.decision))
                     << QLatin1Char('\n');
    return ExitOk;
}

int deleteEntry(Invocation &invocation) {
    int exitCode = ExitOk;
    const Database *database = nullptr;
    const std::optional<ReflectionEntry> found = namedEntry(invocation, &database, &exitCode);
    if (!found)
        return exitCode;
    const qint64 id = found->id;
    if (!invocation.isSet(QStringLiteral("yes")))
        return invocation.usageError(
            Tr::tr("Deleting reflection entry %1 of %2 cannot be undone; give --yes to confirm.")
                .arg(id)
                .arg(found->date.toString(Qt::ISODate)));
    if (const Status removed = ReflectionService(*database).remove(id); !removed)
        return invocation.fail(removed.error());
    invocation.out()
        << Tr::tr("Deleted reflection entry %1 of %2.").arg(id).arg(found->date.toString(Qt::ISODate))
        << QLatin1Char('\n');
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
        QStringLiteral("[--client ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format %1]")
            .arg(OutputFormats::keys(ReflectFormats));
    listCommand.summary = Tr::tr("List your private reflection entries (disclosure checks), newest first.");
    listCommand.options = {
        QCommandLineOption(QStringLiteral("client"), Tr::tr("Only the entries about this client."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("from"), Tr::tr("Only the entries of this day or later."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("to"), Tr::tr("Only the entries of this day or earlier."),
                           QStringLiteral("YYYY-MM-DD")),
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

    Command editCommand;
    editCommand.words = {QStringLiteral("reflect"), QStringLiteral("edit")};
    editCommand.arguments = QStringLiteral("ID [OPTIONS]");
    editCommand.summary = Tr::tr("Change one of your reflection entries; what is not given stays as it is.");
    editCommand.options = {
        QCommandLineOption(QStringLiteral("client"), Tr::tr("The client the entry is about."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("no-client"), Tr::tr("The entry is about no particular client.")),
        QCommandLineOption(QStringLiteral("date"), Tr::tr("The day of the check; not in the future."),
                           QStringLiteral("YYYY-MM-DD")),
    };
    for (DisclosureQuestion question : DisclosureCheck::questions())
        editCommand.options.append(
            QCommandLineOption(answerOption(question),
                               Tr::tr("yes, no or not_sure: %1").arg(DisclosureCheck::questionText(question)),
                               QStringLiteral("ANSWER")));
    editCommand.options.append(QCommandLineOption(
        QStringLiteral("decision"), Tr::tr("What you decided: shared, held_back or supervisor."),
        QStringLiteral("DECISION")));
    editCommand.options.append(QCommandLineOption(
        QStringLiteral("note"), Tr::tr("Your note; an empty one removes it."), QStringLiteral("TEXT")));
    editCommand.positionalNames = {QStringLiteral("ID")};
    editCommand.details = Tr::tr(
        "The check's recommendation is worked out again from the answers. Only your own entries can be\n"
        "changed; the audit trail records that the entry changed, never its text.");
    editCommand.run = editEntry;

    Command deleteCommand;
    deleteCommand.words = {QStringLiteral("reflect"), QStringLiteral("delete")};
    deleteCommand.arguments = QStringLiteral("ID --yes");
    deleteCommand.summary = Tr::tr("Delete one of your reflection entries for good.");
    deleteCommand.options = {
        QCommandLineOption(QStringLiteral("yes"), Tr::tr("Confirm the deletion; it cannot be undone.")),
    };
    deleteCommand.positionalNames = {QStringLiteral("ID")};
    deleteCommand.details =
        Tr::tr("Only your own entries can be deleted; the audit trail keeps that the entry existed and was\n"
               "deleted, never its text.");
    deleteCommand.run = deleteEntry;
    return {listCommand, editCommand, deleteCommand, exportCommand};
}

} // namespace bk::cli
