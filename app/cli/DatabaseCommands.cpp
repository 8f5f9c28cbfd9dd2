// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/cli/CommandGroups.h"
#include "app/storage/Database.h"

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

} // namespace

QList<Command> databaseCommands() {
    Command initCommand;
    initCommand.words = {QStringLiteral("init")};
    initCommand.summary =
        Tr::tr("Create the database, or bring an older one up to date, and show where it is.");
    initCommand.run = init;
    return {initCommand};
}

} // namespace bk::cli
