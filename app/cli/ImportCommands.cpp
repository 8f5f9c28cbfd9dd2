// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandGroups.h"
#include "app/import/ImportReader.h"
#include "app/import/ImportService.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QFile>

namespace bk::cli {

namespace {

// lupdate files these messages under "ImportCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

std::optional<DuplicateAction> duplicateAction(const QString &key) {
    if (key == QLatin1String("skip"))
        return DuplicateAction::Skip;
    if (key == QLatin1String("update-empty"))
        return DuplicateAction::UpdateEmptyFields;
    if (key == QLatin1String("new"))
        return DuplicateAction::ImportAsNew;
    return std::nullopt;
}

// Prints a duplicate or rejected row as the plan decides it.
void printEntry(QTextStream &out, const ImportEntry &entry) {
    if (entry.kind == ImportEntry::Kind::Duplicate)
        out << Tr::tr("Line %1: %2 matches client %3 (%4).")
                   .arg(entry.line)
                   .arg(entry.client.fullName)
                   .arg(entry.existingId)
                   .arg(entry.reason.toLower())
            << QLatin1Char('\n');
    else if (entry.kind == ImportEntry::Kind::Rejected)
        out << Tr::tr("Line %1 rejected: %2").arg(entry.line).arg(entry.reason) << QLatin1Char('\n');
}

int importClients(Invocation &invocation) {
    const QString path = invocation.positional(0);
    std::optional<ImportFormat> format;
    if (invocation.isSet(QStringLiteral("format"))) {
        format = ImportFormats::fromKey(invocation.value(QStringLiteral("format")));
        if (!format)
            return invocation.usageError(Tr::tr("--format: “%1” is not csv or vcard.")
                                             .arg(invocation.value(QStringLiteral("format"))));
    }
    const std::optional<DuplicateAction> action =
        duplicateAction(invocation.value(QStringLiteral("duplicates")).isEmpty()
                            ? QStringLiteral("skip")
                            : invocation.value(QStringLiteral("duplicates")));
    if (!action)
        return invocation.usageError(Tr::tr("--duplicates: “%1” is not skip, update-empty or new.")
                                         .arg(invocation.value(QStringLiteral("duplicates"))));
    const bool dryRun = invocation.isSet(QStringLiteral("dry-run"));
    const QString rejectedFile = invocation.value(QStringLiteral("rejected"));
    if (!rejectedFile.isEmpty()) {
        if (const Status writable = checkOutputFile(rejectedFile, false); !writable)
            return invocation.fail(writable.error());
    }

    Result<std::unique_ptr<ImportReader>> reader =
        ImportReader::openFile(path, format, invocation.value(QStringLiteral("encoding")));
    if (!reader)
        return invocation.fail(reader.error());
    ImportMapping mapping = ImportMapping::guess(reader.value()->headers());
    if (invocation.isSet(QStringLiteral("mapping"))) {
        QFile file(invocation.value(QStringLiteral("mapping")));
        if (!file.open(QIODevice::ReadOnly))
            return invocation.fail(
                Tr::tr("Cannot read the mapping %1: %2").arg(file.fileName(), file.errorString()));
        const Result<ImportMapping> read =
            ImportMapping::fromJson(file.read(1024 * 1024), reader.value()->headers());
        if (!read)
            return invocation.fail(Tr::tr("%1: %2").arg(file.fileName(), read.error().message));
        mapping = read.value();
    }
    if (!mapping.mapsName())
        return invocation.fail(Tr::tr("No column of %1 gives the clients' names. Write a mapping (--mapping) "
                                      "that maps one to full_name, given_name or family_name.")
                                   .arg(path));

    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const ImportService service(*database);
    Result<ImportPlan> planned = service.plan(
        *reader.value(), mapping, {}, [&](const ImportEntry &entry) { printEntry(invocation.out(), entry); });
    if (!planned)
        return invocation.fail(planned.error());
    ImportPlan plan = std::move(planned).value();
    plan.setDuplicateAction(*action);
    if (!rejectedFile.isEmpty() && plan.count(ImportEntry::Kind::Rejected) > 0) {
        if (const Status saved = plan.saveRejected(rejectedFile); !saved)
            return invocation.fail(saved.error());
    }

    if (dryRun || !invocation.isSet(QStringLiteral("yes"))) {
        const qint64 duplicates = plan.count(ImportEntry::Kind::Duplicate);
        invocation.out() << Tr::tr("Read as: %1").arg(ImportReader::encodingLabel(plan.encoding()))
                         << QLatin1Char('\n') << Tr::tr("New: %1").arg(plan.count(ImportEntry::Kind::New))
                         << QLatin1Char('\n') << Tr::tr("Already in the register: %1").arg(duplicates)
                         << QLatin1Char('\n')
                         << Tr::tr("Rejected: %1").arg(plan.count(ImportEntry::Kind::Rejected))
                         << QLatin1Char('\n');
        if (dryRun) {
            invocation.out() << Tr::tr("Dry run: nothing was written.") << QLatin1Char('\n');
            return ExitOk;
        }
        invocation.out() << Tr::tr("Import these clients? [y/N] ") << Qt::flush;
        if (!confirmedOnInput()) {
            invocation.out() << QLatin1Char('\n') << Tr::tr("Nothing was written.") << QLatin1Char('\n');
            return ExitFailure;
        }
    }
    const Result<ImportOutcome> outcome = service.apply(plan);
    if (!outcome)
        return invocation.fail(Tr::tr("Nothing was imported: %1").arg(outcome.error().message));
    invocation.out() << Tr::tr("Imported: %1").arg(outcome.value().added) << QLatin1Char('\n')
                     << Tr::tr("Updated: %1").arg(outcome.value().updated) << QLatin1Char('\n')
                     << Tr::tr("Skipped: %1").arg(outcome.value().skipped) << QLatin1Char('\n')
                     << Tr::tr("Rejected: %1").arg(outcome.value().rejected) << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> importCommands() {
    Command command;
    command.words = {QStringLiteral("import"), QStringLiteral("clients")};
    command.arguments = QStringLiteral(
        "FILE [--format csv|vcard] [--encoding NAME] [--mapping FILE] [--duplicates skip|update-empty|new] "
        "[--rejected FILE] [--dry-run] [--yes]");
    command.summary = Tr::tr("Import clients from a CSV file or a vCard address book.");
    command.options = {
        QCommandLineOption(QStringLiteral("format"),
                           Tr::tr("How the file is written; by default its name and start tell."),
                           QStringLiteral("csv|vcard")),
        QCommandLineOption(QStringLiteral("encoding"),
                           Tr::tr("The file's encoding when the one detected reads its names wrongly, e.g. "
                                  "windows-1252 or macintosh (Mac Roman); by default its bytes tell."),
                           QStringLiteral("NAME")),
        QCommandLineOption(
            QStringLiteral("mapping"),
            Tr::tr("A JSON file naming the field each column fills, e.g. {\"columns\": {\"E-mail "
                   "Address\": \"email\"}}; by default the headers tell."),
            QStringLiteral("FILE")),
        QCommandLineOption(
            QStringLiteral("duplicates"),
            Tr::tr("What to do with rows that match a client by email or phone: skip them (default), "
                   "fill the client's empty fields, or import them as new clients."),
            QStringLiteral("skip|update-empty|new")),
        QCommandLineOption(
            QStringLiteral("rejected"),
            Tr::tr("Save the rejected rows, with line and reason, as CSV to correct and import again."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("dry-run"),
                           Tr::tr("Show what the import would do; write nothing.")),
        QCommandLineOption(QStringLiteral("yes"), Tr::tr("Import without asking for confirmation.")),
    };
    command.positionalNames = {QStringLiteral("FILE")};
    command.details = Tr::tr(
        "Reads Google Contacts and Outlook CSV exports, Excel and LibreOffice CSV in any encoding and with "
        "comma, semicolon or tab, and vCard 2.1, 3.0 and 4.0. Phone numbers are read in the practice's "
        "region. Every rejected row is listed with its line and reason. The clients are written in one "
        "transaction: all or none.");
    command.run = importClients;
    return {command};
}

} // namespace bk::cli
