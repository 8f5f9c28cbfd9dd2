// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CliArguments.h"
#include "app/cli/CommandGroups.h"
#include "app/export/ExportFolder.h"
#include "app/export/PracticeExport.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace bk::cli {

namespace {

// lupdate files these messages under "ExportCommands", the context Tr::tr() asks for at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

int exportPractice(Invocation &invocation) {
    const QString folder = invocation.value(QStringLiteral("out"));
    if (folder.isEmpty())
        return invocation.usageError(
            Tr::tr("--out is required: a new or empty folder to write the export to."));
    const Database *database = invocation.database(DatabaseUse::Existing);
    if (!database)
        return ExitFailure;
    const Result<PracticeExport::Summary> written = PracticeExport::write(*database, folder);
    if (!written)
        return invocation.fail(written.error());
    invocation.out() << Tr::tr("Exported %1 with %2 and %3 to %4.")
                            .arg(Tr::tr("%n table(s)", nullptr, written.value().tables),
                                 Tr::tr("%n row(s)", nullptr, int(written.value().rows)),
                                 Tr::tr("%n file(s)", nullptr, written.value().files),
                                 QDir::toNativeSeparators(folder))
                     << QLatin1Char('\n');
    return ExitOk;
}

int verify(Invocation &invocation) {
    const QString folder = invocation.positional(0);
    if (const Status checked = ExportFolder::verify(folder); !checked)
        return invocation.fail(checked.error());
    invocation.out() << Tr::tr("Every file in %1 matches its manifest.").arg(QDir::toNativeSeparators(folder))
                     << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> exportCommands() {
    const QString group = QStringLiteral("export");

    Command practiceCommand;
    practiceCommand.words = {group, QStringLiteral("practice")};
    practiceCommand.arguments = QStringLiteral("--out DIR");
    practiceCommand.summary =
        Tr::tr("Write the whole practice as CSV, JSON and PDF files any program reads, with a manifest.");
    practiceCommand.options = {QCommandLineOption(QStringLiteral("out"),
                                                  Tr::tr("A new or empty folder to write to (required)."),
                                                  QStringLiteral("DIR"))};
    practiceCommand.details = Tr::tr(
        "DIR gets tables/NAME.csv and tables/NAME.json for every table, pdf/agreements/ and pdf/contracts/\n"
        "with every signed PDF (named by its document ID), policy/version-N.json with each published\n"
        "policy's canonical text, and manifest.json: every file with its size and SHA-256, the schema\n"
        "version, the time of the export, the row counts and whose view it is (on a server a practitioner\n"
        "exports only what they may see). Every file is readable by you only (0600).");
    practiceCommand.run = exportPractice;

    Command verifyCommand;
    verifyCommand.words = {group, QStringLiteral("verify")};
    verifyCommand.arguments = QStringLiteral("DIR");
    verifyCommand.summary = Tr::tr("Check an exported folder against its manifest.");
    verifyCommand.positionalNames = {QStringLiteral("DIR")};
    verifyCommand.details =
        Tr::tr("Exit status 0 when every file the manifest lists is there with its size and\n"
               "SHA-256 and there is no other file; 1 naming the first mismatch otherwise.");
    verifyCommand.run = verify;

    return {practiceCommand, verifyCommand};
}

} // namespace bk::cli
