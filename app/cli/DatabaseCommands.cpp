// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CommandGroups.h"
#include "app/storage/Database.h"
#include "app/storage/PracticeCopy.h"

#include <QCoreApplication>
#include <QDir>

namespace bk::cli {

namespace {

// lupdate files these messages under "DatabaseCommands", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};

int init(Invocation &invocation) {
    const Database *database = invocation.database(DatabaseUse::CreateIfMissing);
    if (!database)
        return ExitFailure;
    // A server's URL (without its password) is shown as it is: it has no native separators.
    const QString location =
        database->isServer() ? database->path() : QDir::toNativeSeparators(database->path());
    invocation.out() << Tr::tr("Database: %1").arg(location) << QLatin1Char('\n')
                     << Tr::tr("Schema version: %1").arg(database->schemaVersion()) << QLatin1Char('\n');
    if (database->isReadOnly())
        invocation.out() << Tr::tr("The file is read-only: it can be read but not changed.")
                         << QLatin1Char('\n');
    return ExitOk;
}

int migrate(Invocation &invocation) {
    const Database *from = invocation.database(DatabaseUse::Existing);
    if (!from)
        return ExitFailure;
    const QString url = invocation.value(QStringLiteral("to"));
    if (!Database::isServerUrl(url))
        return invocation.usageError(Tr::tr("--to takes a server address beginning with postgresql://."));
    Result<std::unique_ptr<Database>> to = Database::open(url);
    if (!to)
        return invocation.fail(to.error());
    const Result<QList<PracticeCopy::Table>> copied = PracticeCopy::copy(
        *from, *to.value(), [&invocation](const QString &table, qint64 done, qint64 total) {
            invocation.err() << Tr::tr("Copying %1: %2 of %3 rows").arg(table).arg(done).arg(total)
                             << QLatin1Char('\n') << Qt::flush;
        });
    if (!copied)
        return invocation.fail(copied.error());
    qint64 rows = 0;
    for (const PracticeCopy::Table &table : copied.value()) {
        invocation.out() << table.name << QLatin1Char('\t') << table.rows << QLatin1Char('\n');
        rows += table.rows;
    }
    invocation.out() << Tr::tr("Copied %1 rows of %2 tables to %3; every count and every signed document's "
                               "SHA-256 match. %4 was not changed.")
                            .arg(rows)
                            .arg(copied.value().size())
                            .arg(to.value()->path(), QDir::toNativeSeparators(from->path()))
                     << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> databaseCommands() {
    Command initCommand;
    initCommand.words = {QStringLiteral("init")};
    initCommand.summary =
        Tr::tr("Create the database, or bring an older one up to date, and show where it is.");
    initCommand.run = init;

    Command migrateCommand;
    migrateCommand.words = {QStringLiteral("migrate")};
    migrateCommand.arguments = QStringLiteral("--to URL");
    migrateCommand.summary =
        Tr::tr("Copy the practice from its file into an empty database on a PostgreSQL server.");
    migrateCommand.options = {QCommandLineOption(
        QStringLiteral("to"), Tr::tr("The server database to copy into (postgresql://…); it must be empty."),
        QStringLiteral("URL"))};
    migrateCommand.details = Tr::tr(
        "Every table is copied row for row with the same ids in one transaction on the server. The record "
        "count of every table and the SHA-256 of every signed document are then compared on both sides; "
        "any difference undoes the copy. The file is only read. Progress goes to standard error; the "
        "copied tables and their row counts, tab-separated, to standard output.");
    migrateCommand.run = migrate;
    return {initCommand, migrateCommand};
}

} // namespace bk::cli
